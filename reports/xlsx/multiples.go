package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// Small multiples in the workbook: a grid of small native line charts,
// three to a row, each on the one axis of all panels.
const (
	panelCols   = 3
	panelWidth  = 213 // pixels: three make a chart's width
	panelHeight = 140
)

// multiples writes m at the current row: its title and a key to the
// lines and the shared scale, then the panels. Their series point at a
// copy on the hidden chart-data sheet, with blanks for gaps (the table's
// marks are text, which a chart would plot as zero).
func (s *sheet) multiples(m *model.Multiples) error {
	if len(m.Panels) == 0 || len(m.Categories) == 0 {
		return nil
	}
	ax := format.MultiplesAxis(m)
	key := ""
	if len(m.Legend) >= 2 {
		key = msg.XlsxMultiplesKey.F(m.Legend[0], m.Legend[1], ax.Name)
	}
	if err := s.paragraph(&model.Paragraph{Heading: m.Title, Text: key}); err != nil {
		return err
	}
	cats, refs := s.b.multiplesData(m)
	no, yes := false, true
	axisFont := excelize.Font{Size: 8, Color: axisColour}
	top := s.row
	for i, p := range m.Panels {
		var lines []excelize.ChartSeries
		for j, se := range p.Series {
			cs := excelize.ChartSeries{Name: refs[i][j][0], Categories: cats, Values: refs[i][j][1]}
			if se.Target {
				cs.Line = excelize.LineOptions{Dash: excelize.LineDashDash, Width: 1.25}
				cs.Marker = excelize.ChartMarker{Symbol: "none"}
			} else {
				cs.Line = excelize.LineOptions{Width: 2}
				cs.Marker = excelize.ChartMarker{Symbol: "circle", Size: 4}
			}
			lines = append(lines, cs)
		}
		row := top + (i/panelCols)*((panelHeight+rowPixels-1)/rowPixels)
		col, dx := s.columnAt(2 + (i%panelCols)*panelWidth)
		ch := &excelize.Chart{
			Type:   excelize.Line,
			Series: lines,
			Format: excelize.GraphicOptions{AltText: p.AltText, PrintObject: &yes, Locked: &no, ScaleX: 1, ScaleY: 1,
				OffsetX: dx, OffsetY: 2},
			Dimension: excelize.ChartDimension{Width: panelWidth - 4, Height: panelHeight - 4},
			Legend:    excelize.ChartLegend{Position: "none"},
			Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: p.Title,
				Font: &excelize.Font{Bold: true, Size: 10}}}},
			VaryColors:   &no,
			ShowBlanksAs: "gap",
			XAxis:        excelize.ChartAxis{Font: axisFont},
			YAxis: excelize.ChartAxis{MajorGridLines: true, Font: axisFont,
				Minimum: &ax.Min, Maximum: &ax.Max, MajorUnit: ax.Step,
				NumFmt: excelize.ChartNumFmt{CustomNumFmt: axisFormat(ax, m.Unit)}},
		}
		if err := s.b.f.AddChart(s.name, s.cell(col, row), ch); err != nil {
			return fmt.Errorf("chart %q: %w", m.ID, err)
		}
	}
	perRow := (panelHeight + rowPixels - 1) / rowPixels
	rows := perRow*((len(m.Panels)+panelCols-1)/panelCols) + 1
	for r := s.row; r < s.row+rows; r++ {
		s.heights[r] = lineHeight
	}
	s.row += rows
	if m.Source != "" {
		return s.note(m.Source, s.span)
	}
	s.row++
	return nil
}

// multiplesData copies m's points to the hidden chart-data sheet: its
// title, the short categories in a row, then a row per panel and series
// (blank at a gap). It returns the categories' range and, per panel and
// series, the series' name cell and values.
func (b *book) multiplesData(m *model.Multiples) (string, [][][2]string) {
	if b.dataRow == 0 {
		b.data = append(b.data, dataCell{1, 1, msg.XlsxChartDataNote.F(), false})
		b.dataRow = 3
	}
	top := b.dataRow
	b.data = append(b.data, dataCell{1, top, m.Title, true})
	head := top + 1
	n := len(m.Categories)
	for i, c := range m.Categories {
		if i < len(m.Short) && m.Short[i] != "" {
			c = m.Short[i]
		}
		b.data = append(b.data, dataCell{i + 2, head, c, true})
	}
	row := head + 1
	refs := make([][][2]string, len(m.Panels))
	for i, p := range m.Panels {
		for _, se := range p.Series {
			name := p.Title + " – " + se.Name
			if se.Name == p.Title {
				name = p.Title
			}
			b.data = append(b.data, dataCell{1, row, name, false})
			for j, pt := range se.Values {
				if pt.Has && j < n {
					b.data = append(b.data, dataCell{j + 2, row, pt.Num.Float(), false})
				}
			}
			refs[i] = append(refs[i], [2]string{absRange(b.dataSheet, 1, row, 1, row), absRange(b.dataSheet, 2, row, n+1, row)})
			row++
		}
	}
	b.dataRow = row + 1
	return absRange(b.dataSheet, 2, head, n+1, head), refs
}

// columnAt is the column x pixels from the sheet's left edge is in, and
// how far into it: an object's offset must stay inside its anchor cell
// (excelize cuts it to the cell's width).
func (s *sheet) columnAt(x int) (col, dx int) {
	col = 1
	for {
		w := defaultColumnPixels
		if col <= len(s.widths) {
			w = int(s.widths[col-1]*8 + 0.5) // as excelize converts a width in characters
		}
		if x < w || w <= 0 {
			return col, x
		}
		x -= w
		col++
	}
}

// defaultColumnPixels is the width of a column without a width of its own.
const defaultColumnPixels = 64
