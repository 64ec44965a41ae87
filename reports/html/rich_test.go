package html

import (
	"fmt"

	"boso/indicators/num"
	"boso/reports/format"
	"boso/reports/model"
	"boso/reports/model/modeltest"
)

// richSample is the sample report with what a half-year report of the
// whole programme period holds besides: charts over 19 half-years (long
// labels, crowded at a phone's width) in kroner and in per cent, with
// several kinds of gap at one category, long series names, and the goal
// table of section 5 with all eight columns, which the steering page
// shortens.
func richSample() *model.Report {
	r := modeltest.Sample()
	var halves []string
	for y := 2016; y <= 2025; y++ {
		halves = append(halves, fmt.Sprintf("1. halvår %d", y))
		if y < 2025 {
			halves = append(halves, fmt.Sprintf("2. halvår %d", y))
		}
	}
	cell := func(v num.Dec, dec int, unit string) model.Cell {
		return model.Cell{Text: format.Number(v, dec) + unit, Num: v, IsNum: true, Decimals: dec}
	}
	mark := func(m string) model.Cell { return model.Cell{Text: m, Mark: m} }
	point := func(c model.Cell) model.Point {
		if !c.IsNum {
			return model.Point{Label: c.Text}
		}
		return model.Point{Num: c.Num, Has: true, Label: c.Text}
	}

	// Kroner: 40 to 171 million, one half-year hidden and one missing.
	amount := &model.Chart{ID: "fig_belop", Title: "Figur 5.3 Innvilget beløp, startlån", Kind: model.BarChart, YAxis: "NOK", Unit: model.AmountColumn,
		Categories: halves, TableID: "tab-belop", Source: "Kilde: kommunens startlånsregister",
		AltText: "Innvilget beløp økte fra 40 millioner kroner i 1. halvår 2016 til 171 millioner i 1. halvår 2025."}
	amounts := &model.Table{ID: "tab-belop", Caption: "Tabell 5.2 Innvilget beløp, startlån",
		Columns: []model.Column{{Title: "Periode", Kind: model.TextColumn}, {Title: "Innvilget beløp, startlån (kr)", Kind: model.AmountColumn}}}
	s := model.Series{Name: "Innvilget beløp, startlån"}
	for i, h := range halves {
		c := cell(num.MustInt(40_125_000+int64(i)*6_992_500+int64(i%3)*1_250_000), 0, "")
		switch i {
		case 5:
			c = mark(":")
		case 11:
			c = mark("..")
		}
		if i == len(halves)-1 {
			c = cell(num.MustInt(170_985_000), 0, "")
		}
		s.Values = append(s.Values, point(c))
		amounts.Rows = append(amounts.Rows, model.Row{Cells: []model.Cell{{Text: h}, c}})
	}
	amount.Series = []model.Series{s}

	// Per cent: three series with long names; at one half-year each has
	// a gap of its own kind, so their marks stand one above the other.
	share := &model.Chart{ID: "fig_andel", Title: "Figur 5.4 Andeler for startlån og midlertidig botilbud", Kind: model.LineChart, YAxis: "prosent", Unit: model.PercentColumn,
		Categories: halves, TableID: "tab-andel", Source: "Kilde: kommunens registre",
		AltText: "Innvilgelsesandelen for startlån lå mellom 60 og 80 prosent."}
	shares := &model.Table{ID: "tab-andel", Caption: "Tabell 5.3 Andeler for startlån og midlertidig botilbud",
		Columns: []model.Column{{Title: "Periode", Kind: model.TextColumn}}}
	names := []string{"Innvilgelsesandel, startlån", "Andel husstander i midlertidig botilbud i mer enn 3 måneder", "Andel søknader om kommunal bolig avgjort innen fristen"}
	for _, n := range names {
		share.Series = append(share.Series, model.Series{Name: n})
		shares.Columns = append(shares.Columns, model.Column{Title: n, Kind: model.PercentColumn})
	}
	for i, h := range halves {
		row := model.Row{Cells: []model.Cell{{Text: h}}}
		for k := range names {
			c := cell(num.MustInt(int64(600+k*90+(i*37+k*11)%190))/10, 1, "") // 60,0 … 97,9 per cent
			if i == 7 {
				c = mark([]string{":", "..", "."}[k])
			}
			share.Series[k].Values = append(share.Series[k].Values, point(c))
			row.Cells = append(row.Cells, c)
		}
		shares.Rows = append(shares.Rows, row)
	}

	// The goal table, as the report builder lays it out.
	goal := &model.Table{ID: "maloppnaelse", Caption: "Tabell 5.4 Måloppnåelse, 1. halvår 2025",
		Columns: []model.Column{
			{Title: "Indikator", Kind: model.TextColumn, Width: 3.2},
			{Title: "Utgangspunkt", Kind: model.NumberColumn, Width: 1.3},
			{Title: "1. halvår 2024", Kind: model.NumberColumn, Width: 1.1},
			{Title: "1. halvår 2025", Kind: model.NumberColumn, Width: 1.1},
			{Title: "Endring", Kind: model.NumberColumn, Width: 1},
			{Title: "Mål", Kind: model.NumberColumn, Width: 1.3},
			{Title: "Avvik fra mål", Kind: model.NumberColumn, Width: 1},
			{Title: "Status", Kind: model.StatusColumn, Width: 1.2},
		}}
	text := func(s string) model.Cell { return model.Cell{Text: s} }
	for _, row := range [][8]string{
		{"Bostedsløse husstander", "54 (2016)", "30", "29", "−1", "25 (2025)", "+4", "ikke i rute"},
		{"Husstander i midlertidig botilbud i mer enn 3 måneder", "6 (2016)", ":", "0", "", "2 (2025)", "−2", "mål nådd"},
		{"Innvilget beløp, startlån", "", "135 885 000", "170 985 000", "+35 100 000", "", "", "ikke vurdert"},
		{"Innvilgelsesandel, startlån", "61,0 (2016)", "72,0", "75,8", "+3,8", "80,0 (2025)", "−4,2", "i rute"},
		{"Husstander på venteliste til kommunal bolig ved periodens start", "53 (2016)", "26", "25", "−1", "25 (2025)", "0", "mål nådd"},
	} {
		var cells []model.Cell
		for _, t := range row {
			cells = append(cells, text(t))
		}
		switch row[7] {
		case "ikke i rute":
			cells[7].Status = model.OffTrack
		case "ikke vurdert":
			cells[7].Status = model.NoTarget
		default:
			cells[7].Status = model.OnTrack
		}
		goal.Rows = append(goal.Rows, model.Row{Cells: cells})
	}
	goal.Notes = []string{"Tegn: .. = tall mangler, : = skjult av personvernhensyn (tall 1–4 vises ikke)."}

	s5 := &r.Sections[5]
	s5.Blocks = append(s5.Blocks, model.Block{Table: goal}, model.Block{Chart: amount}, model.Block{Table: amounts}, model.Block{Chart: share}, model.Block{Table: shares})

	// The steering page's targets: the goal table's indicator, baseline,
	// current figure, target and status.
	st := &model.Table{ID: "styring-mal", Caption: "Mål"}
	keep := []int{0, 1, 3, 5, 7}
	for _, c := range keep {
		st.Columns = append(st.Columns, goal.Columns[c])
	}
	for _, row := range goal.Rows {
		var cells []model.Cell
		for _, c := range keep {
			cells = append(cells, row.Cells[c])
		}
		st.Rows = append(st.Rows, model.Row{Cells: cells})
	}
	r.Steering.Targets = st
	return r
}
