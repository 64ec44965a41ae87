package modeltest

import (
	"fmt"

	"boso/indicators/num"
	"boso/reports/format"
	"boso/reports/model"
)

// MultiplesKommuner are the panels of Multiples' figure, in order.
var MultiplesKommuner = []string{"Hamar", "Kárášjohka – Karasjok", "Løten", "Stange", "Nord-Odal"}

// Multiples is the sample report with a section of small multiples: five
// kommuners' rates per 1000 over four half-years, the region's as the
// reference line in each, with a hidden figure (":") in Løten's and the
// region's, and a kommune without any figures («..»), then their table.
func Multiples() *model.Report {
	r := Sample()
	cats := []string{"1. halvår 2022", "1. halvår 2023", "1. halvår 2024", "1. halvår 2025"}
	// tenths of a rate; -1 hidden, -2 missing
	rates := [][]int64{{11, 8, 9, 9}, {25, 31, 28, 22}, {13, -1, 9, 8}, {-2, -2, -2, -2}, {6, 7, -1, 5}}
	region := []int64{12, 9, -1, 8}
	point := func(v int64) (model.Point, model.Cell) {
		switch v {
		case -1:
			return model.Point{Label: ":"}, markCell(":")
		case -2:
			return model.Point{Label: ".."}, markCell("..")
		}
		d, _ := num.Parse(fmt.Sprintf("%d.%d", v/10, v%10))
		c := model.Cell{Text: format.Number(d, 1), Num: d, IsNum: true, Decimals: 1}
		return model.Point{Num: d, Has: true, Label: c.Text}, c
	}
	m := &model.Multiples{ID: "trend-bostedslose", Title: "Figur 6.1 Bostedsløse husstander per 1000 innbyggere per kommune, 1. halvår 2022–1. halvår 2025",
		YAxis: "per 1000 innbyggere", Unit: model.NumberColumn, Categories: cats, Short: []string{"2022", "2023", "2024", "2025"},
		Legend: []string{"Kommunen", "Regionen i alt"}, TableID: "trend-bostedslose-tall", Source: "Kilde: kommunenes talleksport",
		AltText: "Små figurer, én per kommune, med samme skala."}
	t := &model.Table{ID: m.TableID, Caption: "Tabell 6.1 Tallene i figuren", Columns: []model.Column{{Title: "Kommune", Kind: model.TextColumn, Width: 2.5}}}
	for _, c := range cats {
		t.Columns = append(t.Columns, model.Column{Title: c, Kind: model.NumberColumn, Width: 1})
	}
	ref := model.Series{Name: "Regionen i alt", Target: true}
	total := model.Row{Kind: model.TotalRow, Cells: []model.Cell{text("Regionen i alt")}}
	for _, v := range region {
		p, c := point(v)
		ref.Values = append(ref.Values, p)
		total.Cells = append(total.Cells, c)
	}
	for i, k := range MultiplesKommuner {
		own := model.Series{Name: k}
		row := model.Row{Cells: []model.Cell{text(k)}}
		alt := k + ":"
		for j, v := range rates[i] {
			p, c := point(v)
			own.Values = append(own.Values, p)
			row.Cells = append(row.Cells, c)
			alt += " " + cats[j] + " " + p.Label + ";"
		}
		m.Panels = append(m.Panels, model.Panel{Title: k, Series: []model.Series{own, ref}, AltText: alt})
		t.Rows = append(t.Rows, row)
	}
	t.Rows = append(t.Rows, total)
	r.Sections = append(r.Sections, model.Section{ID: "s6", Number: "6", Title: "Utvikling per kommune", Level: 1,
		Blocks: []model.Block{{Multiples: m}, {Table: t}}})
	return r
}
