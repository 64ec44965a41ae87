// Package modeltest holds a sample report for renderer tests: every kind of
// block, long tables that must break across pages, charts with gaps and
// targets, formulas, marks, and a kommune with a Northern Sami name.
package modeltest

import (
	"fmt"

	"boso/indicators/num"
	"boso/reports/format"
	"boso/reports/model"
)

func numCell(v int64, dec int) model.Cell {
	d := num.MustInt(v)
	return model.Cell{Text: format.Number(d, dec), Num: d, IsNum: true, Decimals: dec}
}

func markCell(mark string) model.Cell { return model.Cell{Text: mark, Mark: mark} }

func text(s string) model.Cell { return model.Cell{Text: s} }

// Sample returns a half-year report for Kárášjohka – Karasjok with
// invented figures.
func Sample() *model.Report {
	r := &model.Report{Meta: model.Meta{
		Kind: model.HalfYear, Title: "Halvårsrapport 2025", Subtitle: "Boligsosialt utviklingsprogram 2016–2025",
		Kommune: "Kárášjohka – Karasjok", Kommunenummer: "5610", Period: "1. halvår 2025", PeriodID: "2025H1",
		ReportDate: "20.08.2025", ReportDateISO: "2025-08-20",
		RunningHeader: "Kárášjohka – Karasjok kommune · 1. halvår 2025",
		Banners:       []string{"Eksempel – fiktive tall"},
		Lang:          "nb",
		Labels: model.Labels{PageOf: "Side %d av %d", Contents: "Innhold", SkipToMain: "Hopp til innholdet",
			ChartData: "Tallene i figuren", Source: "Kilde", SteeringTOC: "Til styringsgruppen"},
	}}

	s1 := model.Section{ID: "s1", Number: "1", Title: "Generell programinformasjon", Level: 1, Blocks: []model.Block{{Fields: &model.Fields{ID: "programinfo", Rows: []model.Field{
		{Label: "Programnavn", Value: "Boligsosialt utviklingsprogram 2016–2025"},
		{Label: "Kommune", Value: "Kárášjohka – Karasjok (5610)"},
		{Label: "Programleder", Value: "Áilu Čoavddis-Đuođi"},
		{Label: "Programstart", Value: "01.01.2016"},
		{Label: "Rapporteringsår", Value: "2025"},
		{Label: "Rapporteringsdato", Value: "20.08.2025"},
		{Label: "Utfylt av", Value: "Máret Ŋuolla-Šiŧŧo Žáhkar"},
		{Label: "Telefon", Value: "78 46 00 00"},
		{Label: "E-post", Value: "postmottak@example.no"},
	}}}}}

	members := &model.Table{ID: "styringsgruppe", Caption: "Tabell 2.1 Styringsgruppe",
		Columns: []model.Column{{Title: "Rolle", Kind: model.TextColumn, Width: 2}, {Title: "Tittel", Kind: model.TextColumn, Width: 2}, {Title: "Virksomhet", Kind: model.TextColumn, Width: 3}}}
	for _, m := range [][3]string{{"Leder", "Kommunedirektør", "Kárášjoga gielda"}, {"Medlem", "Kommunalsjef helse og omsorg", "Kárášjoga gielda"}, {"Medlem", "Seniorrådgiver", "Husbanken Hammerfest"}} {
		members.Rows = append(members.Rows, model.Row{Cells: []model.Cell{text(m[0]), text(m[1]), text(m[2])}})
	}
	s2 := model.Section{ID: "s2", Number: "2", Title: "Rapportering på programplanen – status", Level: 1, Blocks: []model.Block{
		{Paragraph: &model.Paragraph{Heading: "Organisering", Text: "Programmet ledes av en programleder i 100 % stilling.\n\nEndring siden forrige rapportering: ingen."}},
		{Table: members},
		{Paragraph: &model.Paragraph{Heading: "Forankring av programplanen i planverket", Text: "Programplanen er forankret i kommuneplanens samfunnsdel og i boligsosial handlingsplan."}},
	}}

	acts := &model.Table{ID: "aktiviteter", Caption: "Tabell 3.1 Aktivitetsplan",
		Columns: []model.Column{{Title: "Aktivitet", Kind: model.TextColumn, Width: 2}, {Title: "Hva skal vi gjøre konkret?", Kind: model.TextColumn, Width: 3},
			{Title: "Resultat", Kind: model.TextColumn, Width: 2}, {Title: "Status", Kind: model.TextColumn, Width: 1}, {Title: "Framdrift", Kind: model.PercentColumn, Width: 1},
			{Title: "Avvik", Kind: model.TextColumn, Width: 2}, {Title: "Begrunnelse", Kind: model.TextColumn, Width: 2}}}
	for g, goal := range []string{"Økt forebygging og bekjempelse av bostedsløshet", "Økt boligsosial aktivitet i kommunene"} {
		acts.Rows = append(acts.Rows, model.Row{Kind: model.GroupRow, Cells: []model.Cell{text(goal), {}, {}, {}, {}, {}, {}}})
		for i := 1; i <= 18; i++ {
			pct := int64((i * 7) % 101)
			dev, why := "", ""
			if i%5 == 0 {
				dev, why = "Forsinket", "Ventet på avklaring om tomt; ny frist er satt til 1. desember."
			}
			acts.Rows = append(acts.Rows, model.Row{Cells: []model.Cell{
				text(fmt.Sprintf("%d.%d Tiltak for boligetablering nr. %d", g+1, i, i)),
				text("Kartlegge behov, samarbeide med NAV og Husbanken, og følge opp husstandene tett gjennom hele prosessen."),
				text("Flere husstander har fått varig bolig."), text([]string{"n", "v", "g", "a"}[i%4]),
				{Text: format.Number(num.MustInt(pct), 0) + " %", Num: num.MustInt(pct), IsNum: true}, text(dev), text(why)}})
		}
	}
	s3 := model.Section{ID: "s3", Number: "3", Title: "Rapportering på aktivitetsplan", Level: 1, Blocks: []model.Block{{Table: acts}}}
	s31 := model.Section{ID: "s3-1", Number: "3.1", Title: "Formidling av erfaringer og gode eksempler", Level: 2, Blocks: []model.Block{
		{Paragraph: &model.Paragraph{Heading: "Fra leie til eie i Deatnu-dalen", Text: "En familie på fem gikk fra kommunal leiebolig til egen bolig med startlån og tilskudd."}}}}

	// Økonomi: totals and deviations are formulas over the rows above.
	eco := &model.Table{ID: "okonomi", Caption: "Tabell 4.1 Budsjett og regnskap 2025",
		Columns: []model.Column{{Title: "Aktivitet", Kind: model.TextColumn, Width: 3}, {Title: "Budsjett", Kind: model.AmountColumn, Width: 1.5},
			{Title: "Regnskap", Kind: model.AmountColumn, Width: 1.5}, {Title: "Avvik (+/-)", Kind: model.AmountColumn, Width: 1.5}}}
	var tb, tr int64
	for i, a := range []struct {
		name   string
		b, reg int64
	}{{"Boligkartlegging", 250000, 231500}, {"Bo-oppfølging", 400000, 412250}, {"Kompetanseheving", 120000, 98000}} {
		tb, tr = tb+a.b, tr+a.reg
		dev := numCell(a.b-a.reg, 0)
		dev.Formula = &model.Formula{Op: model.Diff, Refs: []model.CellRef{{Row: i, Col: 1}, {Row: i, Col: 2}}}
		eco.Rows = append(eco.Rows, model.Row{Cells: []model.Cell{text(a.name), numCell(a.b, 0), numCell(a.reg, 0), dev}})
	}
	total := model.Row{Kind: model.TotalRow, Cells: []model.Cell{text("TOTALT"), numCell(tb, 0), numCell(tr, 0), numCell(tb-tr, 0)}}
	for c := 1; c <= 3; c++ {
		total.Cells[c].Formula = &model.Formula{Op: model.Sum, Refs: []model.CellRef{{Row: 0, Col: c}, {Row: 1, Col: c}, {Row: 2, Col: c}}}
	}
	eco.Rows = append(eco.Rows, total)
	s4 := model.Section{ID: "s4", Number: "4", Title: "Rapportering på økonomi", Level: 1, Blocks: []model.Block{{Table: eco}}}

	years := []string{"2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "1. halvår 2025"}
	vals := []int64{54, 51, -1, 47, 44, 40, 37, 30, 35, 29} // -1: suppressed, -2: missing
	soknader := []int64{114, 120, 131, 140, 150, 164, 167, 168, 177, 88}
	innv := []int64{61, 70, 74, 80, 95, 109, 109, 112, 120, -2}
	ind := &model.Table{ID: "tab-startlan", Caption: "Tabell 5.1 Bruk av startlån",
		Columns: []model.Column{{Title: "Periode", Kind: model.TextColumn, Width: 2}, {Title: "Søknader", Kind: model.NumberColumn, Width: 1}, {Title: "Innvilget", Kind: model.NumberColumn, Width: 1}, {Title: "Bostedsløse", Kind: model.NumberColumn, Width: 1}}}
	chart := &model.Chart{ID: "fig_startlan", Title: "Figur 5.1 Bruk av startlån", Kind: model.BarChart, YAxis: "antall", Categories: years, TableID: "tab-startlan",
		Source: "Kilde: kommunens startlånsregister", AltText: "Søknader om startlån økte fra 114 i 2016 til 177 i 2024."}
	line := &model.Chart{ID: "fig_bostedslose", Title: "Figur 5.2 Bostedsløse husstander", Kind: model.LineChart, YAxis: "antall husstander", Categories: years, TableID: "tab-startlan",
		Source: "Kilde: boligsituasjonsregisteret", AltText: "Bostedsløse husstander gikk ned fra 54 i 2016 til 29 i første halvår 2025."}
	sS, sI, sB := model.Series{Name: "Søknader"}, model.Series{Name: "Innvilget"}, model.Series{Name: "Bostedsløse husstander"}
	target := model.Series{Name: "Mål", Target: true}
	point := func(v int64) (model.Point, model.Cell) {
		switch v {
		case -1:
			return model.Point{Label: ":"}, markCell(":")
		case -2:
			return model.Point{Label: ".."}, markCell("..")
		}
		c := numCell(v, 0)
		return model.Point{Num: c.Num, Has: true, Label: c.Text}, c
	}
	for i, y := range years {
		ps, cs := point(soknader[i])
		pi, ci := point(innv[i])
		pb, cb := point(vals[i])
		sS.Values, sI.Values, sB.Values = append(sS.Values, ps), append(sI.Values, pi), append(sB.Values, pb)
		tp := model.Point{Label: ""}
		if i == 4 || i == 9 {
			tp = model.Point{Num: num.MustInt([]int64{40, 25}[i/9]), Has: true, Label: []string{"40", "25"}[i/9]}
		}
		target.Values = append(target.Values, tp)
		ind.Rows = append(ind.Rows, model.Row{Cells: []model.Cell{text(y), cs, ci, cb}})
	}
	chart.Series = []model.Series{sS, sI}
	line.Series = []model.Series{sB, target}
	ind.Notes = []string{"Tegn: .. = tall mangler, : = skjult av personvernhensyn (tall 1–4 vises ikke)."}
	s5 := model.Section{ID: "s5", Number: "5", Title: "Indikatorer og måloppnåelse", Level: 1, Blocks: []model.Block{
		{Chart: chart}, {Chart: line}, {Table: ind}, {Note: &model.Note{Text: "Tall 1–4 er skjult (:) fordi rapporten publiseres."}}}}
	app := model.Section{ID: "vedlegg", Title: "Vedlegg: Definisjoner", Level: 1, Blocks: []model.Block{
		{Paragraph: &model.Paragraph{Heading: "Bostedsløse husstander", Text: "Husstander som ikke disponerer egen eid eller leid bolig … Kilde: NIBR/Husbanken."}},
		{Paragraph: &model.Paragraph{Heading: "Tegn i tabellene", Text: ".. tall mangler · . kan ikke beregnes · : skjult av personvernhensyn · * foreløpig tall"}}}}
	r.Sections = []model.Section{s1, s2, s3, s31, s4, s5, app}

	st := &model.Table{ID: "styring-mal", Caption: "Mål",
		Columns: []model.Column{{Title: "Indikator", Kind: model.TextColumn, Width: 3}, {Title: "Utgangspunkt", Kind: model.NumberColumn, Width: 1}, {Title: "Mål 2025", Kind: model.NumberColumn, Width: 1},
			{Title: "1. halvår 2025", Kind: model.NumberColumn, Width: 1}, {Title: "Status", Kind: model.StatusColumn, Width: 1}}}
	st.Rows = []model.Row{
		{Cells: []model.Cell{text("Bostedsløse husstander"), numCell(54, 0), numCell(25, 0), numCell(29, 0), {Text: "ikke i rute", Status: model.OffTrack}}},
		{Cells: []model.Cell{text("Innvilgede startlån"), numCell(61, 0), numCell(110, 0), numCell(58, 0), {Text: "i rute", Status: model.OnTrack}}},
	}
	r.Steering = model.Steering{Title: "Til styringsgruppen – Kárášjohka – Karasjok, 1. halvår 2025",
		Summary: []string{"1 av 2 mål er i rute.", "3 aktiviteter har avvik.", "Regnskapet er 28 250 kr under budsjett."},
		Targets: st, Deviations: &model.Table{ID: "styring-avvik", Caption: "Aktiviteter med avvik",
			Columns: []model.Column{{Title: "Aktivitet", Kind: model.TextColumn, Width: 2}, {Title: "Avvik", Kind: model.TextColumn, Width: 1}, {Title: "Begrunnelse", Kind: model.TextColumn, Width: 3}},
			Rows:    []model.Row{{Cells: []model.Cell{text("1.5 Tiltak for boligetablering nr. 5"), text("Forsinket"), text("Ventet på avklaring om tomt.")}}}},
		Budget: eco}
	return r
}
