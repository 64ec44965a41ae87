package build

import (
	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// Form is what the programme leader filled in for sections 1–4.
type Form struct {
	Programnavn, Programleder, UtfyltAv, Telefon, Epost string
	Programstart, Rapporteringsdato                     *period.Date
	Rapporteringsar                                     int
	// Sammendrag is the programme leader's short summary of the period,
	// shown at the front of the report and on the steering page.
	Sammendrag string
	// MadeFor is the period the workbook was filled in for, when it says;
	// MadeForYear is set when it says only its year (older workbooks).
	MadeFor                                    *period.Period
	MadeForYear                                bool
	Organisering, OrganiseringEndring          string
	Styringsgruppe, Programgruppe              []Member
	StyringsgruppeTekst, StyringsgruppeEndring string
	ProgramgruppeTekst, ProgramgruppeEndring   string
	Forankring, ForankringEndring              string
	Aktiviteter                                []Activity
	Eksempler                                  []Example
	Okonomi                                    []EconomyRow
	Overforinger                               map[int]num.Dec // year → transfer from the year before
}

// Member is one member of the steering or programme group.
type Member struct{ Rolle, Tittel, Virksomhet string }

// Activity is one row of the activity plan.
type Activity struct {
	Hovedmal, Aktivitet, HvaKonkret, Resultat, Status string
	Framdrift                                         *int
	Avvik, Begrunnelse                                string
}

// Example is one good example (section 3.1).
type Example struct{ Tittel, Tekst string }

// Funding sources of the economy section, in the form's order.
const (
	Husbanken = iota // kompetansetilskudd
	Egen             // egen finansiering kommunen
	Annen            // annen finansiering
	sources
)

// EconomyRow is one activity's budget and accounts for one year.
type EconomyRow struct {
	Aktivitet string
	Ar        int
	Budsjett  [sources]num.Dec
	Regnskap  [sources]num.Dec
	// NoBudsjett and NoRegnskap mark amounts left empty: shown empty, not
	// as 0 (accounts not yet kept are not accounts of 0 kr).
	NoBudsjett, NoRegnskap [sources]bool
	FraTil                 string // Fra/til hvilken aktivitet, for the total deviation
	// FraTilHusbanken is the form's second "Fra/til hvilken aktivitet
	// (prosjekt)": where Husbanken's grant was moved from or to.
	FraTilHusbanken string
}

// sumCells adds the cells of a row or column that show a number, with a
// formula over every cell listed (a spreadsheet counts what is filled in
// later); with no number among them, an empty cell that keeps the formula.
func sumCells(t *model.Table, refs []model.CellRef) model.Cell {
	var total num.Dec
	any := false
	for _, r := range refs {
		if c := cellAt(t, r); c.IsNum {
			total += c.Num
			any = true
		}
	}
	cell := model.Cell{}
	if any {
		cell = amount(total)
	}
	cell.Formula = &model.Formula{Op: model.Sum, Refs: refs}
	return cell
}

func cellAt(t *model.Table, r model.CellRef) model.Cell {
	if r.Row < len(t.Rows) && r.Col < len(t.Rows[r.Row].Cells) {
		return t.Rows[r.Row].Cells[r.Col]
	}
	return model.Cell{}
}

// diffCells is a − b, an empty cell counting as 0 kr; empty when both are.
func diffCells(a, b model.CellRef, cells []model.Cell) model.Cell {
	x, y := cells[a.Col], cells[b.Col]
	d := model.Cell{}
	if x.IsNum || y.IsNum {
		d = amount(x.Num - y.Num) // an empty cell's Num is 0
		d.Signed = true
		if d.Num > 0 {
			d.Text = "+" + d.Text
		}
	}
	d.Formula = &model.Formula{Op: model.Diff, Refs: []model.CellRef{a, b}}
	return d
}

// shareCells is a / b in per cent with one decimal, an empty a counting
// as 0; empty when b is empty or 0.
func shareCells(a, b model.CellRef, cells []model.Cell) model.Cell {
	x, y := cells[a.Col], cells[b.Col]
	c := model.Cell{}
	if y.IsNum && y.Num != 0 {
		if v, ok := engine.Ratio(x.Num, y.Num, 100); ok {
			c = numberCell(v, 1)
			c.Text += " %"
		}
	}
	c.Formula = &model.Formula{Op: model.Share, Refs: []model.CellRef{a, b}}
	return c
}

// refCell shows the cell r of table t again, kept equal to it.
func refCell(t *model.Table, r model.CellRef) model.Cell {
	c := cellAt(t, r)
	c.Formula = &model.Formula{Op: model.Ref, Refs: []model.CellRef{{Row: r.Row, Col: r.Col, Table: t.ID}}}
	return c
}

// maybeAmount is an amount, or an empty cell when it was left empty.
func maybeAmount(v num.Dec, missing bool) model.Cell {
	if missing {
		return model.Cell{}
	}
	return amount(v)
}

func (b *builder) formSections() []model.Section {
	f := b.in.Form
	if f == nil {
		f = &Form{}
	}
	out := []model.Section{b.section1(f), b.section2(f), b.section3(f), b.section31(f), b.section4(f)}
	if note := b.otherPeriodNote(f); note != "" {
		// say so where a reader starts, and where amounts are read as the period's
		for _, i := range []int{0, 4} {
			out[i].Blocks = append([]model.Block{{Note: &model.Note{Text: note}}}, out[i].Blocks...)
		}
	}
	return out
}

// otherPeriodNote says that sections 1–4 come from a workbook filled in
// for another period than the report's, or "" when it is the report's.
func (b *builder) otherPeriodNote(f *Form) string {
	if f.MadeFor == nil {
		return ""
	}
	m, p := *f.MadeFor, b.in.Period
	if f.MadeForYear {
		if m.Year == p.Year {
			return ""
		}
		return msg.RepOtherYear.F(m.Year, format.Period(p))
	}
	if m == p {
		return ""
	}
	return msg.RepOtherPeriod.F(format.Period(m), format.Period(p))
}

func dateText(d *period.Date) string {
	if d == nil {
		return ""
	}
	return format.Date(*d)
}

func (b *builder) section1(f *Form) model.Section {
	name := f.Programnavn
	if name == "" {
		name = b.in.Program.Name
	}
	year := ""
	if f.Rapporteringsar != 0 {
		year = itoa(f.Rapporteringsar)
	} else {
		year = itoa(b.in.Period.Year)
	}
	reportDate := dateText(f.Rapporteringsdato)
	if reportDate == "" {
		reportDate = format.Date(b.in.ReportDate)
	}
	rows := []model.Field{
		{Label: msg.RepFProgramnavn.F(), Value: name},
		{Label: msg.RepFKommune.F(), Value: b.kommuneName() + " (" + b.in.Kommune + ")"},
		{Label: msg.RepFProgramleder.F(), Value: f.Programleder},
		{Label: msg.RepFProgramstart.F(), Value: dateText(f.Programstart)},
		{Label: msg.RepFRapporteringsar.F(), Value: year},
		{Label: msg.RepFRapporteringsdag.F(), Value: reportDate},
		{Label: msg.RepFUtfyltAv.F(), Value: f.UtfyltAv},
		{Label: msg.RepFTelefon.F(), Value: f.Telefon},
		{Label: msg.RepFEpost.F(), Value: f.Epost},
	}
	return model.Section{ID: "s1", Number: "1", Title: msg.RepS1.F(), Level: 1, Blocks: []model.Block{{Fields: &model.Fields{ID: "programinfo", Rows: rows}}}}
}

func orNotFilled(s string) string {
	if s == "" {
		return msg.RepNotFilled.F()
	}
	return s
}

func change(s string) string {
	if s == "" {
		s = msg.RepNoChange.F()
	}
	return msg.RepEndring.F(s)
}

func (b *builder) section2(f *Form) model.Section {
	b.section, b.tables = "2", 0
	members := func(caption string, ms []Member) model.Block {
		t := &model.Table{ID: b.unique(anchor("", caption)), Caption: msg.RepTableChart.F(b.nextTable(), caption),
			Columns: []model.Column{{Title: msg.RepColRolle.F(), Kind: model.TextColumn, Width: 2}, {Title: msg.RepColTittel.F(), Kind: model.TextColumn, Width: 2.5}, {Title: msg.RepColVirksomhet.F(), Kind: model.TextColumn, Width: 3}}}
		for _, m := range ms {
			t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(m.Rolle), textCell(m.Tittel), textCell(m.Virksomhet)}})
		}
		if len(ms) == 0 {
			return model.Block{Paragraph: &model.Paragraph{Heading: caption, Text: msg.RepNotFilled.F()}}
		}
		return model.Block{Table: t}
	}
	// a group's description, when given, stands before its members
	group := func(caption string, ms []Member, text, changed string) []model.Block {
		if text == "" && changed == "" {
			return []model.Block{members(caption, ms)}
		}
		return []model.Block{{Paragraph: &model.Paragraph{Heading: caption, Text: orNotFilled(text) + "\n\n" + change(changed)}}, members(caption, ms)}
	}
	blocks := []model.Block{{Paragraph: &model.Paragraph{Heading: msg.RepOrganisering.F(), Text: orNotFilled(f.Organisering) + "\n\n" + change(f.OrganiseringEndring)}}}
	blocks = append(blocks, group(msg.RepStyringsgruppe.F(), f.Styringsgruppe, f.StyringsgruppeTekst, f.StyringsgruppeEndring)...)
	blocks = append(blocks, group(msg.RepProgramgruppe.F(), f.Programgruppe, f.ProgramgruppeTekst, f.ProgramgruppeEndring)...)
	blocks = append(blocks, model.Block{Paragraph: &model.Paragraph{Heading: msg.RepForankring.F(), Text: orNotFilled(f.Forankring) + "\n\n" + change(f.ForankringEndring)}})
	return model.Section{ID: "s2", Number: "2", Title: msg.RepS2.F(), Level: 1, Blocks: blocks}
}

func (b *builder) section3(f *Form) model.Section {
	b.section, b.tables = "3", 0
	s := model.Section{ID: "s3", Number: "3", Title: msg.RepS3.F(), Level: 1}
	var goals []string
	byGoal := map[string][]Activity{}
	for _, a := range f.Aktiviteter {
		if _, ok := byGoal[a.Hovedmal]; !ok {
			goals = append(goals, a.Hovedmal)
		}
		byGoal[a.Hovedmal] = append(byGoal[a.Hovedmal], a)
	}
	if len(goals) == 0 {
		s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Text: msg.RepNoActivities.F()}})
		return s
	}
	for _, g := range goals {
		t := &model.Table{ID: b.unique(anchor("aktiviteter-", g)), Caption: msg.RepActivityTable.F(b.nextTable(), g),
			Columns: []model.Column{
				{Title: msg.RepColAktivitet.F(), Kind: model.TextColumn, Width: 2.2},
				{Title: msg.RepColKonkret.F(), Kind: model.TextColumn, Width: 3},
				{Title: msg.RepColResultat.F(), Kind: model.TextColumn, Width: 2.2},
				{Title: msg.RepColStatus.F(), Kind: model.TextColumn, Width: 0.8},
				{Title: msg.RepColFramdrift.F(), Kind: model.PercentColumn, Width: 1},
				{Title: msg.RepColAvvik.F(), Kind: model.TextColumn, Width: 1.6},
				{Title: msg.RepColBegrunnelse.F(), Kind: model.TextColumn, Width: 2.2},
			}}
		for _, a := range byGoal[g] {
			prog := model.Cell{}
			if a.Framdrift != nil {
				prog = numberCell(num.MustInt(int64(*a.Framdrift)), 0)
				prog.Text += " %"
			}
			t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(a.Aktivitet), textCell(a.HvaKonkret), textCell(a.Resultat),
				textCell(a.Status), prog, textCell(a.Avvik), textCell(a.Begrunnelse)}})
		}
		t.Notes = []string{msg.RepStatusLegend.F()}
		s.Blocks = append(s.Blocks, model.Block{Table: t})
	}
	return s
}

func (b *builder) section31(f *Form) model.Section {
	s := model.Section{ID: "s3-1", Number: "3.1", Title: msg.RepS31.F(), Level: 2}
	for _, e := range f.Eksempler {
		s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Heading: e.Tittel, Text: e.Tekst}})
	}
	if len(s.Blocks) == 0 {
		s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Text: msg.RepNoExamples.F()}})
	}
	return s
}

func amount(v num.Dec) model.Cell { return numberCell(v, 0) }

func sumRefs(rows []int, col int) *model.Formula {
	f := &model.Formula{Op: model.Sum}
	for _, r := range rows {
		f.Refs = append(f.Refs, model.CellRef{Row: r, Col: col})
	}
	return f
}

func (b *builder) section4(f *Form) model.Section {
	b.section, b.tables = "4", 0
	year := b.in.Period.Year
	s := model.Section{ID: "s4", Number: "4", Title: msg.RepS4.F(), Level: 1}
	rows := economyRows(f, year)
	var eco *model.Table
	if len(rows) == 0 {
		s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Text: msg.RepNoEconomy.F(year)}})
	} else {
		eco = b.economyTable(rows, year)
		s.Blocks = append(s.Blocks, model.Block{Table: eco})
		if b.yearOver() {
			s.Blocks = append(s.Blocks, model.Block{Table: b.deviationTable(eco, rows, year)})
		}
	}
	if ov := b.overviewTable(f, eco); ov != nil {
		s.Blocks = append(s.Blocks, model.Block{Table: ov})
	}
	note := msg.RepEcoNote.F()
	if !b.yearOver() {
		note = msg.RepEcoNoteHalf.F(format.Date(b.in.Period.Last()))
	}
	s.Blocks = append(s.Blocks, model.Block{Note: &model.Note{Text: note}})
	return s
}

// yearOver reports whether the report is an annual one whose year's
// accounts are closed: only then are accounts held against the budget as
// a deviation.
func (b *builder) yearOver() bool {
	return b.in.Period.Type == period.Year
}

func economyRows(f *Form, year int) []EconomyRow {
	var rows []EconomyRow
	for _, r := range f.Okonomi {
		if r.Ar == year {
			rows = append(rows, r)
		}
	}
	return rows
}

// economyTable is budget and accounts per activity and funding source for
// one year, with totals as formulas. A half-year report's accounts are
// those per 30 June, held against the whole year's budget as the share
// used so far.
func (b *builder) economyTable(rows []EconomyRow, year int) *model.Table {
	cols := []model.Column{{Title: msg.RepColAktivitet.F(), Kind: model.TextColumn, Width: 2.4}}
	accounts := []msg.Text{msg.RepColHusbankenR, msg.RepColEgenR, msg.RepColAnnenR, msg.RepColTotalR}
	if !b.yearOver() {
		accounts = []msg.Text{msg.RepColHusbankenRHalf, msg.RepColEgenRHalf, msg.RepColAnnenRHalf, msg.RepColTotalRHalf}
	}
	for i, t := range []msg.Text{msg.RepColHusbankenB, msg.RepColEgenB, msg.RepColAnnenB, msg.RepColTotalB} {
		cols = append(cols, model.Column{Title: t.F(), Kind: model.AmountColumn, Width: 1.2}, model.Column{Title: accounts[i].F(), Kind: model.AmountColumn, Width: 1.2})
	}
	no := b.nextTable()
	caption := msg.RepEcoTable.F(no, year)
	if !b.yearOver() {
		cols = append(cols, model.Column{Title: msg.RepColUsed.F(), Kind: model.PercentColumn, Width: 1.1})
		caption = msg.RepEcoTableHalf.F(no, year, format.Date(b.in.Period.Last()))
	}
	t := &model.Table{ID: "okonomi", Caption: caption, Columns: cols}
	const totB, totR = 7, 8
	var dataRows []int
	for i, r := range rows {
		cells := []model.Cell{textCell(r.Aktivitet)}
		for src := 0; src < sources; src++ {
			cells = append(cells, maybeAmount(r.Budsjett[src], r.NoBudsjett[src]), maybeAmount(r.Regnskap[src], r.NoRegnskap[src]))
		}
		t.Rows = append(t.Rows, model.Row{Cells: cells})
		cells = append(cells,
			sumCells(t, []model.CellRef{{Row: i, Col: 1}, {Row: i, Col: 3}, {Row: i, Col: 5}}),
			sumCells(t, []model.CellRef{{Row: i, Col: 2}, {Row: i, Col: 4}, {Row: i, Col: 6}}))
		if !b.yearOver() {
			cells = append(cells, shareCells(model.CellRef{Row: i, Col: totR}, model.CellRef{Row: i, Col: totB}, cells))
		}
		t.Rows[i].Cells = cells
		dataRows = append(dataRows, i)
	}
	total := model.Row{Kind: model.TotalRow, Cells: []model.Cell{textCell(msg.RepTotal.F())}}
	for c := 1; c <= totR; c++ {
		total.Cells = append(total.Cells, sumCells(t, sumRefs(dataRows, c).Refs))
	}
	if !b.yearOver() {
		ti := len(t.Rows)
		total.Cells = append(total.Cells, shareCells(model.CellRef{Row: ti, Col: totR}, model.CellRef{Row: ti, Col: totB}, total.Cells))
		for _, r := range rows {
			if r.NoRegnskap != [sources]bool{} {
				t.Notes = []string{msg.RepEcoBlankZeroHalf.F()}
				break
			}
		}
	}
	t.Rows = append(t.Rows, total)
	return t
}

// deviationTable is the form's two deviation groups per activity: the
// total (accounts minus budget, and where money was moved from or to) and
// Husbanken's grant (the same, for the kompetansetilskudd). The budgets and
// accounts are those of the economy table, referred to, not copied.
func (b *builder) deviationTable(eco *model.Table, rows []EconomyRow, year int) *model.Table {
	t := &model.Table{ID: "okonomi-avvik", Caption: msg.RepEcoDeviations.F(b.nextTable(), year), Columns: []model.Column{
		{Title: msg.RepColAktivitet.F(), Kind: model.TextColumn, Width: 2.2},
		{Title: msg.RepColTotalB.F(), Kind: model.AmountColumn, Width: 1.2},
		{Title: msg.RepColTotalR.F(), Kind: model.AmountColumn, Width: 1.2},
		{Title: msg.RepColAvvikTotal.F(), Kind: model.AmountColumn, Width: 1.2},
		{Title: msg.RepColFraTil.F(), Kind: model.TextColumn, Width: 1.8},
		{Title: msg.RepColHusbankenB.F(), Kind: model.AmountColumn, Width: 1.2},
		{Title: msg.RepColHusbankenR.F(), Kind: model.AmountColumn, Width: 1.2},
		{Title: msg.RepColAvvikHB.F(), Kind: model.AmountColumn, Width: 1.2},
		{Title: msg.RepColFraTilProsjekt.F(), Kind: model.TextColumn, Width: 1.8},
	}}
	// the economy table's columns: Husbanken budget 1, accounts 2; totals 7, 8
	const ecoHB, ecoHR, ecoTB, ecoTR = 1, 2, 7, 8
	for i := 0; i <= len(rows); i++ {
		label, fraTil, fraTilHB := msg.RepTotal.F(), "", ""
		kind := model.TotalRow
		if i < len(rows) {
			label, fraTil, fraTilHB, kind = rows[i].Aktivitet, rows[i].FraTil, rows[i].FraTilHusbanken, model.DataRow
		}
		cells := []model.Cell{textCell(label), refCell(eco, model.CellRef{Row: i, Col: ecoTB}), refCell(eco, model.CellRef{Row: i, Col: ecoTR})}
		cells = append(cells, diffCells(model.CellRef{Row: i, Col: 2}, model.CellRef{Row: i, Col: 1}, cells), textCell(fraTil),
			refCell(eco, model.CellRef{Row: i, Col: ecoHB}), refCell(eco, model.CellRef{Row: i, Col: ecoHR}))
		cells = append(cells, diffCells(model.CellRef{Row: i, Col: 6}, model.CellRef{Row: i, Col: 5}, cells), textCell(fraTilHB))
		t.Rows = append(t.Rows, model.Row{Kind: kind, Cells: cells})
	}
	t.Notes = []string{msg.RepEcoBlankZero.F()}
	return t
}

// overviewTable is the accounts per year for the whole programme period;
// the report year's are the economy table's (eco, nil when there is none).
func (b *builder) overviewTable(f *Form, eco *model.Table) *model.Table {
	if len(f.Okonomi) == 0 && len(f.Overforinger) == 0 {
		return nil
	}
	t := &model.Table{ID: "okonomi-programperioden", Caption: msg.RepEcoOverview.F(b.nextTable()),
		Columns: []model.Column{{Title: msg.RepColAr.F(), Kind: model.TextColumn, Width: 1},
			{Title: msg.RepColTilskuddHB.F(), Kind: model.AmountColumn, Width: 1.5}, {Title: msg.RepColTilskuddK.F(), Kind: model.AmountColumn, Width: 1.5},
			{Title: msg.RepColAnnen.F(), Kind: model.AmountColumn, Width: 1.5}, {Title: msg.RepColOverforing.F(), Kind: model.AmountColumn, Width: 1.5},
			{Title: msg.RepColTotalt.F(), Kind: model.AmountColumn, Width: 1.5}}}
	var dataRows []int
	for _, y := range b.in.Program.Period.Parts(period.Year) {
		if y.Year > b.in.Period.Year {
			break
		}
		var src [sources]num.Dec
		var has [sources]bool
		any := false
		for _, r := range f.Okonomi {
			if r.Ar == y.Year {
				for i := range src {
					if !r.NoRegnskap[i] {
						src[i] += r.Regnskap[i]
						has[i] = true
					}
				}
				any = true
			}
		}
		tr, hasTr := f.Overforinger[y.Year]
		if !any && !hasTr {
			continue
		}
		i := len(t.Rows)
		label := itoa(y.Year)
		if y.Year == b.in.Period.Year && b.accountsOpen() {
			label += " " + string(engine.Provisional) // the year's accounts are not closed
		}
		cells := []model.Cell{textCell(label), maybeAmount(src[Husbanken], !has[Husbanken]), maybeAmount(src[Egen], !has[Egen]),
			maybeAmount(src[Annen], !has[Annen]), maybeAmount(tr, !hasTr)}
		if y.Year == b.in.Period.Year && eco != nil {
			// the report year's accounts are the economy table's totals, referred to
			tr := len(eco.Rows) - 1
			for i, col := range []int{2, 4, 6} {
				cells[1+i] = refCell(eco, model.CellRef{Row: tr, Col: col})
			}
		}
		t.Rows = append(t.Rows, model.Row{Cells: cells})
		t.Rows[i].Cells = append(cells, sumCells(t, []model.CellRef{{Row: i, Col: 1}, {Row: i, Col: 2}, {Row: i, Col: 3}, {Row: i, Col: 4}}))
		dataRows = append(dataRows, i)
	}
	if len(dataRows) == 0 {
		return nil // no year up to the report's has figures
	}
	// the programme period's total of what was spent; money carried over
	// from a year is in that year's figures already and is not added again
	total := model.Row{Kind: model.TotalRow, Cells: []model.Cell{textCell(msg.RepTotal.F())}}
	for c := 1; c <= 3; c++ {
		total.Cells = append(total.Cells, sumCells(t, sumRefs(dataRows, c).Refs))
	}
	ti := len(t.Rows)
	t.Rows = append(t.Rows, total)
	t.Rows[ti].Cells = append(t.Rows[ti].Cells, model.Cell{}, sumCells(t, []model.CellRef{{Row: ti, Col: 1}, {Row: ti, Col: 2}, {Row: ti, Col: 3}}))
	t.Notes = []string{msg.RepEcoOverviewNote.F()}
	if b.accountsOpen() {
		t.Notes = append(t.Notes, msg.RepEcoProvisional.F(b.in.Period.Year, format.Date(min(b.in.ReportDate, b.in.Period.Last()))))
	}
	return t
}

// accountsOpen reports whether the report year's accounts are not closed
// at the report: a half-year report, or an annual one made before the
// year is over.
func (b *builder) accountsOpen() bool {
	return !b.yearOver() || (b.in.ReportDate != 0 && b.in.ReportDate < b.in.Period.Last())
}
