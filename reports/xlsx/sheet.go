package xlsx

import (
	"github.com/xuri/excelize/v2"

	"boso/reports/model"
)

// sheet is one worksheet being written top to bottom.
type sheet struct {
	b       *book
	name    string
	row     int       // next free row, 1-based
	widths  []float64 // column widths in characters
	span    int       // columns that running text spans
	lay     *layout
	heights map[int]float64 // row heights set, in points; other rows are empty ones, lineHeight high
	units   []unit          // what a page break must not split, in order
	long    *model.Table    // the table whose header is the print title
	header  int             // its header row
}

// placement is where a table's data rows are: table cell (r, c) is at
// sheet column c+1, row first+r; its header is the row above.
type placement struct {
	t     *model.Table
	sheet string
	first int
	// rows, when a long text made some table rows take several sheet
	// rows, is the first sheet row of each table row (rowOf)
	rows []int
}

func (b *book) newSheet(name string, lay *layout) (*sheet, error) {
	if _, err := b.f.NewSheet(name); err != nil {
		return nil, err
	}
	return b.startSheet(name, lay)
}

// startSheet sets up an existing sheet's columns. Every row written gets
// its height (setHeight), which no spreadsheet then fits to its contents,
// so that rows are as high as the page plan assumes; empty rows keep the
// default height of 15 pt (excelize anchors charts on that, in pixels).
func (b *book) startSheet(name string, lay *layout) (*sheet, error) {
	s := &sheet{b: b, name: name, row: 1, widths: lay.widths, span: lay.span, lay: lay, heights: map[int]float64{}}
	for j, w := range s.widths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := b.f.SetColWidth(name, col, col, w); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *sheet) textWidth(from, to int) float64 {
	w := 0.0
	for j := from - 1; j < to && j < len(s.widths); j++ {
		w += s.widths[j]
	}
	return w
}

// writeSheet writes one planned sheet: its heading and banners, its
// items, and its print setup with the page breaks that keep every unit
// on one page.
func (b *book) writeSheet(sp *sheetPlan) error {
	s, err := b.newSheet(sp.name, sp.lay)
	if err != nil {
		return err
	}
	s.long = sp.long
	if sp.toc != "" {
		b.toc = append(b.toc, tocEntry{text: sp.toc, sheet: sp.name, row: s.row, level: sp.level})
	}
	if err := s.heading(sp.heading, 16); err != nil {
		return err
	}
	if err := s.banners(); err != nil {
		return err
	}
	s.row++
	s.units = append(s.units, unit{first: 1, last: s.lastSet(1), glue: true})
	group, table := 0, ""
	for _, it := range sp.items {
		first := s.row
		if err := s.item(it); err != nil {
			return err
		}
		u := unit{first: first, last: s.lastSet(first), glue: it.heading != ""}
		inGroup := len(s.units) > 0 && group > 0 && s.units[len(s.units)-1].group == group
		switch bl := it.block; {
		case bl.Table != nil:
			group++
			u.group, table = group, bl.Table.ID
		case bl.Chart != nil && bl.Chart.TableID == table && inGroup, bl.Note != nil && inGroup,
			bl.Multiples != nil && bl.Multiples.TableID == table && inGroup:
			u.group = group
		}
		if u.last >= u.first {
			s.units = append(s.units, u)
		}
	}
	ps := printSetup{landscape: sp.lay.landscape}
	if sp.long != nil {
		// the long table breaks where the spreadsheet breaks it, below its
		// repeated header; nothing but its notes follows it on the sheet
		ps.titleRow, ps.freeze = s.header, sp.freeze
	} else {
		ps.breaks = paginate(s.units, s.height, sp.lay.capacity)
	}
	return b.pageSetup(s.name, ps)
}

func (s *sheet) item(it item) error {
	if it.heading != "" {
		s.b.toc = append(s.b.toc, tocEntry{text: it.heading, sheet: s.name, row: s.row, level: it.level})
		return s.heading(it.heading, 13)
	}
	switch bl := it.block; {
	case bl.Fields != nil:
		return s.fields(bl.Fields)
	case bl.Paragraph != nil:
		return s.paragraph(bl.Paragraph)
	case bl.Note != nil:
		return s.note(bl.Note.Text, s.span)
	case bl.Table != nil:
		p, err := s.table(bl.Table)
		if err != nil {
			return err
		}
		s.lay.placed[bl.Table.ID] = p
	case bl.Chart != nil:
		// a chart's series point at its table's columns when they are
		// rows of their own (ranges without the rows long texts went on in)
		if p, ok := s.lay.placed[bl.Chart.TableID]; ok && p.rows == nil {
			return s.chartAt(bl.Chart, &p)
		}
		return s.chart(bl.Chart)
	case bl.Multiples != nil:
		return s.multiples(bl.Multiples)
	}
	return nil
}

// setHeight gives a row its height in points and records it for the page plan.
func (s *sheet) setHeight(row int, h float64) error {
	s.heights[row] = h
	return s.b.f.SetRowHeight(s.name, row, h)
}

// height is the points of rows from..to.
func (s *sheet) height(from, to int) float64 {
	h := 0.0
	for r := from; r <= to; r++ {
		if v, ok := s.heights[r]; ok {
			h += v
		} else {
			h += lineHeight
		}
	}
	return h
}

// lastSet is the last row from first on that was given a height: the
// last row of what was just written, without the empty rows below it.
func (s *sheet) lastSet(first int) int {
	last := first - 1
	for r := first; r < s.row; r++ {
		if _, ok := s.heights[r]; ok {
			last = r
		}
	}
	return last
}

func (s *sheet) cell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

func (s *sheet) set(col, row int, v any, st style) error {
	ref := s.cell(col, row)
	if v != nil {
		if err := s.b.f.SetCellValue(s.name, ref, v); err != nil {
			return err
		}
	}
	id, err := s.b.style(st)
	if err != nil {
		return err
	}
	return s.b.f.SetCellStyle(s.name, ref, ref, id)
}
