package region

import (
	"strconv"
	"strings"

	"boso/indicators/definition"
	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// maxTrendKommuner is the largest roll-up that draws each kommune's trend
// as small charts. An adviser follows 5 to 20 programme kommuner (SPEC
// §1); 24 panels are six rows of four, one printed page per indicator.
// Beyond that the figures grow past what a reader scans (40 kommuner: 440
// small charts, 34 more pages; the whole country's 357 kommuner would be
// 357 per indicator), so the section says so and the trend stands in the
// indicator tables.
const maxTrendKommuner = 24

// trendMultiples draws each kommune's figures per 1000 innbyggere over the
// comparable periods as one small line chart per kommune, all on the same
// scale, with the region's figure as a dashed reference line in each; its
// data table follows it. Per 1000 innbyggere, not the counts: with the
// counts on one scale a small kommune's line lies flat at the bottom under
// a large one's, while the rate puts them on the same footing (a count
// scale per panel would make every line look alike and hide the levels).
// A hidden figure (its count is) is a gap with «:», in the line, the
// panel's description and the table alike.
func trendMultiples(tableNo, figNo int, r *Rollup, ind, per *definition.Indicator, h *Hidden) []model.Block {
	dec := per.ShownDecimals()
	first, last := format.Period(r.Periods[0]), format.Period(r.Periods[len(r.Periods)-1])
	title := msg.RegTrendTitle.F(ind.Name, first, last)
	id := "trend-" + strings.ReplaceAll(ind.ID, "_", "-")
	m := &model.Multiples{ID: id, Title: msg.RegFigure.F(figNo, title), YAxis: msg.RegUnitPer1000.F(), Unit: model.NumberColumn,
		Legend: []string{msg.RegTrendOwn.F(), msg.RegTotalRow.F()}, TableID: id + "-tall", Source: msg.RegChartSource.F(),
		AltText: msg.RegTrendAlt.F(ind.Name, first, last)}
	t := &model.Table{ID: m.TableID, Caption: msg.RegTrendTable.F(tableNo, title), Columns: []model.Column{
		{Title: msg.RegColKommune.F(), Kind: model.TextColumn, Width: 2.5}}}
	for _, p := range r.Periods {
		m.Categories = append(m.Categories, format.Period(p))
		m.Short = append(m.Short, strconv.Itoa(p.Year)) // the same half-year or the year: the title names it
		t.Columns = append(t.Columns, model.Column{Title: format.Period(p), Kind: model.NumberColumn, Width: 1})
	}
	// point is a figure as the chart and the table show it
	point := func(v Value, ok, hidden bool) (model.Point, model.Cell) {
		mark := ".."
		switch {
		case !ok:
		case hidden:
			mark = ":"
		case !v.Has:
			if v.Mark != "" {
				mark = v.Mark
			}
		default:
			d := dec2(v.Num, dec)
			text := format.Number(d, dec)
			c := model.Cell{Text: text, Num: d, IsNum: true, Decimals: dec}
			if v.Mark == "*" {
				text += " *"
				c.Text, c.Mark = text, "*"
			}
			return model.Point{Num: d, Has: true, Label: text}, c
		}
		return model.Point{Label: mark}, model.Cell{Text: mark, Mark: mark}
	}
	region := model.Series{Name: msg.RegTotalRow.F(), Target: true}
	total := model.Row{Kind: model.TotalRow, Cells: []model.Cell{textCell(msg.RegTotalRow.F())}}
	for _, p := range r.Periods {
		pt, c := point(r.Total(per.ID, p), true, h.Region(per.ID, p))
		region.Values = append(region.Values, pt)
		total.Cells = append(total.Cells, c)
	}
	for _, k := range r.Kommuner {
		name := kommuneName(k)
		own := model.Series{Name: name}
		row := model.Row{Cells: []model.Cell{textCell(name)}}
		var alt []string
		for i, p := range r.Periods {
			v, ok := r.Get(k, per.ID, p)
			pt, c := point(v, ok, h.Kommune(k, per.ID, p))
			own.Values = append(own.Values, pt)
			row.Cells = append(row.Cells, c)
			alt = append(alt, m.Categories[i]+" "+pt.Label)
		}
		t.Rows = append(t.Rows, row)
		m.Panels = append(m.Panels, model.Panel{Title: name, Series: []model.Series{own, region},
			AltText: msg.RegTrendPanelAlt.F(name, strings.Join(alt, "; "))})
	}
	t.Rows = append(t.Rows, total)
	t.Notes = append(t.Notes, msg.RegTrendNote.F())
	return []model.Block{{Multiples: m}, {Table: t}}
}
