package xlsx

import (
	"strings"
	"unicode/utf8"

	"boso/reports/model"
)

// merged writes text into columns from..to of the current row, merged and
// wrapped, with a row height for the lines it needs (no spreadsheet
// fits the height of merged cells itself).
func (s *sheet) merged(text string, from, to int, st style) error {
	st.wrap, st.top = true, true
	if to > from {
		if err := s.b.f.MergeCell(s.name, s.cell(from, s.row), s.cell(to, s.row)); err != nil {
			return err
		}
		for c := from + 1; c <= to; c++ {
			if err := s.set(c, s.row, nil, st); err != nil {
				return err
			}
		}
	}
	if err := s.set(from, s.row, text, st); err != nil {
		return err
	}
	if err := s.setHeight(s.row, mergedHeight(text, s.textWidth(from, to), st)); err != nil {
		return err
	}
	s.row++
	return nil
}

// mergedHeight is the height of a row whose text wraps in a merged cell
// width characters wide.
func mergedHeight(text string, width float64, st style) float64 {
	size := st.size
	if size == 0 {
		size = 11
	}
	return linesHeight(wrappedLines(text, width*11/size, st.bold), size)
}

// fitHeight is the height of a row whose texts (texts[j] in column j+1)
// wrap in their columns.
func fitHeight(texts []string, widths []float64, bold bool) float64 {
	n := 1
	for j, t := range texts {
		if j < len(widths) {
			n = max(n, wrappedLines(t, widths[j], bold))
		}
	}
	return linesHeight(n, 11)
}

// linesHeight is the height of a row of n lines of text of the given size;
// one line takes an empty row's height.
func linesHeight(n int, size float64) float64 {
	if n <= 1 {
		return lineHeight
	}
	return float64(n)*lineHeight*size/11 + 2
}

// wrappedLines estimates the lines text wraps to in a cell width characters
// wide. It errs on the side of too many: a clipped line hides text, a
// spare one only leaves space. Characters are taken as a little wider than
// the digit the column width is measured in, so the estimate also holds
// for wider substitute fonts (LibreOffice without Carlito).
func wrappedLines(text string, width float64, bold bool) int {
	capacity := width * 0.95
	if bold {
		capacity = width * 0.88
	}
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines++
		used := 0.0
		for _, w := range strings.Fields(para) {
			n := float64(utf8.RuneCountInString(w))
			switch {
			case used == 0:
				used = n
			case used+1+n <= capacity:
				used += 1 + n
			default:
				lines++
				used = n
			}
			for used > capacity { // a word longer than the line breaks inside
				lines++
				used -= capacity
			}
		}
	}
	return lines
}

func (s *sheet) heading(text string, size float64) error {
	if err := s.set(1, s.row, text, style{bold: true, size: size}); err != nil {
		return err
	}
	if err := s.setHeight(s.row, size*1.6); err != nil {
		return err
	}
	s.row++
	return nil
}

func (s *sheet) banners() error {
	for _, bn := range s.b.meta.Banners {
		if err := s.set(1, s.row, bn, style{bold: true, colour: bannerColour}); err != nil {
			return err
		}
		if err := s.setHeight(s.row, lineHeight); err != nil {
			return err
		}
		s.row++
	}
	return nil
}

func (s *sheet) note(text string, cols int) error {
	if err := s.merged(text, 1, max(cols, 1), noteStyle); err != nil {
		return err
	}
	s.row++
	return nil
}

func (s *sheet) fields(fs *model.Fields) error {
	for _, f := range fs.Rows {
		if err := s.set(1, s.row, f.Label, style{bold: true, top: true, wrap: true}); err != nil {
			return err
		}
		if err := s.set(2, s.row, f.Value, style{top: true, wrap: true}); err != nil {
			return err
		}
		if err := s.fitRow(s.row, []string{f.Label, f.Value}, false); err != nil {
			return err
		}
		s.row++
	}
	s.row++
	return nil
}

func (s *sheet) paragraph(p *model.Paragraph) error {
	if p.Heading != "" {
		if err := s.set(1, s.row, p.Heading, style{bold: true}); err != nil {
			return err
		}
		if err := s.setHeight(s.row, lineHeight); err != nil {
			return err
		}
		s.row++
	}
	if err := s.merged(p.Text, 1, s.span, style{}); err != nil {
		return err
	}
	s.row++
	return nil
}

// fitRow gives a row the height its wrapped texts need (texts[j] in
// column j+1). LibreOffice keeps the height a file gives a row, or the
// default one, rather than fitting it to wrapped text.
func (s *sheet) fitRow(row int, texts []string, bold bool) error {
	return s.setHeight(row, fitHeight(texts, s.widths, bold))
}
