package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// chart draws a chart at the current row from its own data.
func (s *sheet) chart(c *model.Chart) error { return s.chartAt(c, nil) }

// chartAt draws c at the current row, below everything written so far,
// with its series pointing at table p's cells where a column holds
// exactly the series (same name, same numbers, blanks for gaps) and at a
// hidden copy of the series' points otherwise.
func (s *sheet) chartAt(c *model.Chart, p *placement) error {
	if len(c.Categories) == 0 || len(c.Series) == 0 {
		return nil // nothing to draw; its table, if any, shows that there are no figures
	}
	cats := ""
	var fromTable []int // per series: table column, or -1
	if p != nil {
		if col := categoryColumn(c, p.t); col >= 0 {
			cats = p.colRange(col, p.first, p.first+len(p.t.Rows)-1)
		}
	}
	for _, se := range c.Series {
		col := -1
		if cats != "" {
			col = seriesColumn(se, p.t)
		}
		fromTable = append(fromTable, col)
	}
	var hidden []int
	for i, col := range fromTable {
		if col < 0 {
			hidden = append(hidden, i)
		}
	}
	var dataCats string
	dataSer := map[int][2]string{}
	if len(hidden) > 0 {
		dataCats, dataSer = s.b.chartData(c, hidden)
	}
	var bars, lines []excelize.ChartSeries
	for i, se := range c.Series {
		var cs excelize.ChartSeries
		if col := fromTable[i]; col >= 0 {
			cs = excelize.ChartSeries{
				Name:       p.colRange(col, p.first-1, p.first-1),
				Categories: cats,
				Values:     p.colRange(col, p.first, p.first+len(p.t.Rows)-1),
			}
		} else {
			cs = excelize.ChartSeries{Name: dataSer[i][0], Categories: dataCats, Values: dataSer[i][1]}
		}
		switch {
		case se.Target:
			cs.Line = excelize.LineOptions{Dash: excelize.LineDashDash, Width: 1.5}
			cs.Marker = excelize.ChartMarker{Symbol: "diamond", Size: 7}
			lines = append(lines, cs)
		case c.Kind == model.BarChart:
			bars = append(bars, cs)
		default:
			cs.Line = excelize.LineOptions{Width: 2.25}
			cs.Marker = excelize.ChartMarker{Symbol: "circle", Size: 5}
			lines = append(lines, cs)
		}
	}
	no, yes := false, true
	axisFont := excelize.Font{Size: 9, Color: axisColour}
	ax := valueAxis(c)
	newChart := func(typ excelize.ChartType, series []excelize.ChartSeries) *excelize.Chart {
		return &excelize.Chart{
			Type:      typ,
			Series:    series,
			Format:    excelize.GraphicOptions{AltText: c.AltText, PrintObject: &yes, Locked: &no, ScaleX: 1, ScaleY: 1, OffsetX: 2, OffsetY: 2},
			Dimension: excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
			Legend:    excelize.ChartLegend{Position: "bottom"},
			Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.Title,
				Font: &excelize.Font{Bold: true, Size: 12}}}},
			VaryColors:   &no,
			ShowBlanksAs: "gap",
			XAxis:        excelize.ChartAxis{Font: axisFont},
			// the same axis as the PDF and the HTML draw: its range and
			// steps, its name with the unit, its labels in kr or mill. kr
			YAxis: excelize.ChartAxis{MajorGridLines: true, Font: axisFont,
				Minimum: &ax.Min, Maximum: &ax.Max, MajorUnit: ax.Step,
				NumFmt: excelize.ChartNumFmt{CustomNumFmt: axisFormat(ax, c.Unit)},
				Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: ax.Name, Font: &excelize.Font{Size: 9, Color: axisColour}}}}},
		}
	}
	var main *excelize.Chart
	var combo []*excelize.Chart
	if len(bars) > 0 {
		main = newChart(excelize.Col, bars)
		if len(lines) > 0 {
			combo = append(combo, newChart(excelize.Line, lines))
		}
	} else {
		main = newChart(excelize.Line, lines)
	}
	if err := s.b.f.AddChart(s.name, s.cell(1, s.row), main, combo...); err != nil {
		return fmt.Errorf("chart %q: %w", c.ID, err)
	}
	// the rows under the chart are empty rows, which excelize takes to be
	// rowPixels high when it anchors the chart; they are the chart's in
	// the page plan
	rows := (chartHeight+rowPixels-1)/rowPixels + 1
	for r := s.row; r < s.row+rows; r++ {
		s.heights[r] = lineHeight
	}
	s.row += rows
	if c.Source != "" {
		if err := s.note(c.Source, s.span); err != nil {
			return err
		}
	} else {
		s.row++
	}
	return nil
}

// valueAxis is a chart's value axis as every format draws it
// (reports/format.ValueAxis): ticks spanning its points and zero.
func valueAxis(c *model.Chart) format.Axis { return format.ChartAxis(c) }

// axisFormat is the number format of a value axis' labels, so that the
// spreadsheet labels its ticks as the axis does: the tick's decimals,
// amounts in millions scaled by the format (each "," after the digits
// divides by a thousand: #,##0,, shows 180000000 as 180), a per cent sign
// after a percentage (the value is in per cent already).
func axisFormat(ax format.Axis, unit model.ColumnKind) string {
	f := "#,##0"
	if ax.Decimals > 0 {
		f += "." + strings.Repeat("0", ax.Decimals)
	}
	for s := ax.Scale; s >= 1000; s /= 1000 {
		f += ","
	}
	if unit == model.PercentColumn {
		f += `"` + msg.AxisPercent.String() + `"`
	}
	return f
}

// categoryColumn is the table column whose cells are the chart's
// categories, or -1.
func categoryColumn(c *model.Chart, t *model.Table) int {
	if len(c.Categories) != len(t.Rows) {
		return -1
	}
	for j := range t.Columns {
		ok := true
		for i, cat := range c.Categories {
			if cells := t.Rows[i].Cells; j >= len(cells) || cells[j].Text != cat {
				ok = false
				break
			}
		}
		if ok {
			return j
		}
	}
	return -1
}

// seriesColumn is the table column headed with the series' name that holds
// exactly its points: a number where the series has one, an empty cell
// (a gap in the chart) where it has none. A mark such as ":" is text,
// which spreadsheets plot as zero, so such a series is not drawn from the
// table.
func seriesColumn(se model.Series, t *model.Table) int {
	if len(se.Values) != len(t.Rows) {
		return -1
	}
	for j, col := range t.Columns {
		if col.Title != se.Name {
			continue
		}
		ok := true
		for i, pt := range se.Values {
			cells := t.Rows[i].Cells
			var c model.Cell
			if j < len(cells) {
				c = cells[j]
			}
			if pt.Has != c.IsNum || (pt.Has && pt.Num != c.Num) || (!pt.Has && c.Text != "") {
				ok = false
				break
			}
		}
		if ok {
			return j
		}
	}
	return -1
}

// colRange is an absolute reference to rows from..to of table column col.
func (p *placement) colRange(col, from, to int) string {
	return absRange(p.sheet, col+1, from, col+1, to)
}

func absRange(sheet string, c1, r1, c2, r2 int) string {
	a, _ := excelize.CoordinatesToCellName(c1, r1, true)
	if c1 == c2 && r1 == r2 {
		return quoteSheet(sheet) + "!" + a
	}
	b, _ := excelize.CoordinatesToCellName(c2, r2, true)
	return quoteSheet(sheet) + "!" + a + ":" + b
}

func quoteSheet(name string) string { return "'" + strings.ReplaceAll(name, "'", "''") + "'" }

// chartData copies the categories and the given series of c to the hidden
// chart-data sheet and returns their references: the categories, and per
// series its name cell and values.
func (b *book) chartData(c *model.Chart, series []int) (string, map[int][2]string) {
	if b.dataRow == 0 {
		b.data = append(b.data, dataCell{1, 1, msg.XlsxChartDataNote.F(), false})
		b.dataRow = 3
	}
	top := b.dataRow
	b.data = append(b.data, dataCell{1, top, c.Title, true})
	head, first := top+1, top+2
	for i, cat := range c.Categories {
		b.data = append(b.data, dataCell{1, first + i, cat, false})
	}
	last := first + len(c.Categories) - 1
	refs := map[int][2]string{}
	for k, si := range series {
		se := c.Series[si]
		col := k + 2
		b.data = append(b.data, dataCell{col, head, se.Name, true})
		for i, pt := range se.Values {
			if pt.Has && i < len(c.Categories) {
				b.data = append(b.data, dataCell{col, first + i, pt.Num.Float(), false})
			}
		}
		refs[si] = [2]string{absRange(b.dataSheet, col, head, col, head), absRange(b.dataSheet, col, first, col, last)}
	}
	b.dataRow = last + 2
	return absRange(b.dataSheet, 1, first, 1, last), refs
}

func (b *book) writeChartData() error {
	if len(b.data) == 0 {
		return nil
	}
	if _, err := b.f.NewSheet(b.dataSheet); err != nil {
		return err
	}
	bold, err := b.style(style{bold: true})
	if err != nil {
		return err
	}
	for _, d := range b.data {
		ref, _ := excelize.CoordinatesToCellName(d.col, d.row)
		if err := b.f.SetCellValue(b.dataSheet, ref, d.value); err != nil {
			return err
		}
		if d.bold {
			if err := b.f.SetCellStyle(b.dataSheet, ref, ref, bold); err != nil {
				return err
			}
		}
	}
	if err := b.f.SetColWidth(b.dataSheet, "A", "A", 24); err != nil {
		return err
	}
	if err := b.f.SetColWidth(b.dataSheet, "B", "H", 16); err != nil {
		return err
	}
	if err := b.pageSetup(b.dataSheet, printSetup{}); err != nil {
		return err
	}
	return b.f.SetSheetVisible(b.dataSheet, false)
}
