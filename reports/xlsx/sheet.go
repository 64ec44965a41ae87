package xlsx

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"boso/reports/model"
)

// sheet is one worksheet being written top to bottom.
type sheet struct {
	b         *book
	name      string
	row       int       // next free row, 1-based
	widths    []float64 // column widths in characters
	span      int       // columns that running text spans
	placed    map[string]placement
	pending   map[string][]*model.Chart // charts waiting for their table
	inSheet   map[string]bool           // table IDs on this sheet
	header    int                       // header row of the sheet's first table
	landscape bool
}

// placement is where a table's data rows are: table cell (r, c) is at
// sheet column c+1, row first+r; its header is the row above.
type placement struct {
	t     *model.Table
	first int
}

func (b *book) newSheet(name string, secs []model.Section) (*sheet, error) {
	if _, err := b.f.NewSheet(name); err != nil {
		return nil, err
	}
	s := &sheet{b: b, name: name, row: 1, placed: map[string]placement{}, pending: map[string][]*model.Chart{}, inSheet: map[string]bool{}}
	fields := false
	tableWidth := 0.0
	for _, sec := range secs {
		for _, bl := range sec.Blocks {
			switch {
			case bl.Table != nil:
				s.inSheet[bl.Table.ID] = true
				tw := 0.0
				for j, c := range bl.Table.Columns {
					// wide enough for the header's longest word, which
					// would otherwise break inside (bold is wider)
					w := math.Max(math.Max(c.Width, 0.8)*widthUnit, longestWord(c.Title)*1.15+2)
					for len(s.widths) <= j {
						s.widths = append(s.widths, 0)
					}
					s.widths[j] = math.Max(s.widths[j], w)
					tw += w
				}
				tableWidth = math.Max(tableWidth, tw)
			case bl.Fields != nil:
				fields = true
			}
		}
	}
	if fields {
		for len(s.widths) < 2 {
			s.widths = append(s.widths, 0)
		}
		s.widths[0] = math.Max(s.widths[0], 28)
		s.widths[1] = math.Max(s.widths[1], 60)
	}
	if len(s.widths) == 0 {
		s.widths = []float64{100} // running text only
	}
	if w := s.textWidth(1, len(s.widths)); w < minTextWidth {
		// running text on a sheet of narrow tables gets a column of its
		// own beside them, so the tables keep their widths
		s.widths = append(s.widths, minTextWidth-w)
	}
	s.span = len(s.widths)
	s.landscape = tableWidth > landscapeFrom
	for j, w := range s.widths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := b.f.SetColWidth(name, col, col, w); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func longestWord(s string) float64 {
	n := 0
	for _, w := range strings.Fields(s) {
		n = max(n, utf8.RuneCountInString(w))
	}
	return float64(n)
}

func (s *sheet) textWidth(from, to int) float64 {
	w := 0.0
	for j := from - 1; j < to && j < len(s.widths); j++ {
		w += s.widths[j]
	}
	return w
}

func (s *sheet) render(heading string, secs []model.Section) error {
	if err := s.heading(heading, 16); err != nil {
		return err
	}
	if err := s.banners(); err != nil {
		return err
	}
	s.row++
	for i, sec := range secs {
		if i > 0 {
			if err := s.heading(sectionHeading(sec), 13); err != nil {
				return err
			}
		}
		for _, bl := range sec.Blocks {
			if err := s.block(bl); err != nil {
				return err
			}
		}
	}
	return s.b.pageSetup(s.name, s.landscape, s.header)
}

func (s *sheet) block(bl model.Block) error {
	switch {
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
		for _, c := range s.pending[bl.Table.ID] {
			if err := s.chartAt(c, &p); err != nil {
				return err
			}
		}
		delete(s.pending, bl.Table.ID)
		return nil
	case bl.Chart != nil:
		c := bl.Chart
		if p, ok := s.placed[c.TableID]; ok {
			return s.chartAt(c, &p)
		}
		if s.inSheet[c.TableID] {
			// below its table, which comes later on this sheet
			s.pending[c.TableID] = append(s.pending[c.TableID], c)
			return nil
		}
		return s.chart(c)
	}
	return nil
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
