package xlsx

import (
	"strings"
	"unicode/utf8"

	"boso/reports/model"
)

// merged writes text into columns from..to of the current row, merged and
// wrapped, with a row height for the lines it needs (no spreadsheet
// fits the height of merged cells itself). A text longer than the highest
// row Excel allows goes on in the rows below, a piece in each
// (mergedPieces).
func (s *sheet) merged(text string, from, to int, st style) error {
	st.wrap, st.top = true, true
	for _, piece := range mergedPieces(text, s.textWidth(from, to), st) {
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
		if err := s.set(from, s.row, piece, st); err != nil {
			return err
		}
		if err := s.setHeight(s.row, mergedHeight(piece, s.textWidth(from, to), st)); err != nil {
			return err
		}
		s.row++
	}
	return nil
}

// mergedPieces splits text for merged cells width characters wide into
// pieces that each fit in one row (maxRowHeight).
func mergedPieces(text string, width float64, st style) []string {
	size := st.size
	if size == 0 {
		size = 11
	}
	return splitLines(text, width*11/size, st.bold, maxLines(size))
}

// mergedHeights are the heights merged writes text's rows with.
func mergedHeights(text string, width float64, st style) []float64 {
	var out []float64
	for _, piece := range mergedPieces(text, width, st) {
		out = append(out, mergedHeight(piece, width, st))
	}
	return out
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

// Excel's limits: the highest row, in points, and the most characters a
// cell holds.
const (
	maxRowHeight = 409
	maxCellChars = 32767
)

// maxLines is how many lines of text of the given size fit in the highest
// row (the inverse of linesHeight).
func maxLines(size float64) int {
	return max(1, int((maxRowHeight-2)*11/(lineHeight*size)))
}

// pieceLines is the most lines of each row a text too long for one row
// is split into: rows of about a third of a page let the page plan fill
// pages, where rows of the highest height would leave much of one empty.
const pieceLines = 10

// splitLines splits text too long for one row — more than n lines, as
// wrappedLines counts them in a cell width characters wide, or more than
// maxCellChars characters — into pieces for a row each: a paragraph or
// pieceLines lines of one, broken between words (a word longer than a
// line between characters). The blank lines between paragraphs are left
// out: each piece is a row of its own. A text that fits is returned whole.
func splitLines(text string, width float64, bold bool, n int) []string {
	if wrappedLines(text, width, bold) <= n && utf8.RuneCountInString(text) <= maxCellChars {
		return []string{text}
	}
	per := min(n, pieceLines)
	lines := wrapLines(text, width, bold)
	var out []string
	for len(lines) > 0 {
		for len(lines) > 0 && lines[0].para && lines[0].text == "" {
			lines = lines[1:]
		}
		if len(lines) == 0 {
			break
		}
		k := 1
		for k < len(lines) && k < per && !lines[k].para {
			k++
		}
		piece := joinLines(lines[:k])
		// the count of the piece, wrapped again, is the one that matters
		for k > 1 && (wrappedLines(piece, width, bold) > per || utf8.RuneCountInString(piece) > maxCellChars) {
			k--
			piece = joinLines(lines[:k])
		}
		out = append(out, piece)
		lines = lines[k:]
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}

// wrappedLine is one line of wrapped text.
type wrappedLine struct {
	text string
	para bool // it begins a paragraph
	cont bool // it goes on with a word broken at the end of the line before
}

// wrapLines wraps text as wrappedLines counts it, cutting a word longer
// than a line into pieces of whole characters.
func wrapLines(text string, width float64, bold bool) []wrappedLine {
	capacity := width * 0.95
	if bold {
		capacity = width * 0.88
	}
	per := max(1, int(capacity))
	var out []wrappedLine
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			out = append(out, wrappedLine{para: true})
			continue
		}
		var cur []rune
		used, first, cont := 0.0, true, false
		emit := func() {
			out = append(out, wrappedLine{text: string(cur), para: first, cont: cont})
			first, cont = false, false
		}
		for _, w := range words {
			r := []rune(w)
			n := float64(len(r))
			switch {
			case used == 0:
				cur, used = r, n
			case used+1+n <= capacity:
				cur = append(append(cur, ' '), r...)
				used += 1 + n
			default:
				emit()
				cur, used = r, n
			}
			for len(cur) > per && used > capacity {
				// the pieces before are strings already: cur may share them
				rest := cur[per:]
				cur = cur[:per]
				emit()
				cur, used, cont = rest, float64(len(rest)), true
			}
		}
		emit()
	}
	return out
}

// joinLines makes wrapped lines one text again.
func joinLines(lines []wrappedLine) string {
	var b strings.Builder
	for i, l := range lines {
		switch {
		case i == 0:
		case l.para:
			b.WriteByte('\n')
		case !l.cont:
			b.WriteByte(' ')
		}
		b.WriteString(l.text)
	}
	return b.String()
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
		// a long value goes on in the rows below (rowPieces)
		for m, texts := range rowPieces([]string{f.Label, f.Value}, s.widths, false) {
			label, value := any(texts[0]), any(texts[1])
			if m > 0 {
				label, value = nilIfEmpty(texts[0]), nilIfEmpty(texts[1])
			}
			if err := s.set(1, s.row, label, style{bold: true, top: true, wrap: true}); err != nil {
				return err
			}
			if err := s.set(2, s.row, value, style{top: true, wrap: true}); err != nil {
				return err
			}
			if err := s.fitRow(s.row, texts, false); err != nil {
				return err
			}
			s.row++
		}
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

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
