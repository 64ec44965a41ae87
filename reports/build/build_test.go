package build

import (
	"strings"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/reports/format"
	"boso/reports/model"
)

// example computes the shipped example programme once.
func example(t testing.TB) (*program.Program, *engine.Input, *engine.Result) {
	t.Helper()
	var l diag.List
	prog, ok := program.Load("../../examples/program.yaml", &l)
	if !ok {
		t.Fatal(l.String())
	}
	in := prog.Inputs(nil, period.MustDate(2025, 8, 20), &l)
	res := engine.Compute(in, &l)
	if l.Errors() > 0 {
		t.Fatal(l.String())
	}
	return prog, in, res
}

func sampleForm() *Form {
	two, ninety := 20, 90
	d := period.MustDate(2016, 1, 1)
	return &Form{
		Programleder: "Áilu Čoavddis", Programstart: &d, Organisering: "Programleder i full stilling.",
		Styringsgruppe: []Member{{"Leder", "Kommunedirektør", "Hamar kommune"}},
		Aktiviteter: []Activity{
			{Hovedmal: "Økt forebygging", Aktivitet: "Bo-oppfølging", HvaKonkret: "Team", Resultat: "Færre utkastelser", Status: "v", Framdrift: &ninety},
			{Hovedmal: "Økt forebygging", Aktivitet: "Kartlegging", Status: "n", Framdrift: &two, Avvik: "Forsinket", Begrunnelse: "Sykefravær"},
		},
		Okonomi: []EconomyRow{
			{Aktivitet: "Bo-oppfølging", Ar: 2025, Budsjett: [3]num.Dec{num.MustInt(250000), num.MustInt(100000), 0}, Regnskap: [3]num.Dec{num.MustInt(231500), num.MustInt(120250), 0}},
			{Aktivitet: "Kartlegging", Ar: 2025, Budsjett: [3]num.Dec{num.MustInt(50000), 0, num.MustInt(10000)}, Regnskap: [3]num.Dec{num.MustInt(12000), 0, 0}},
			{Aktivitet: "Kartlegging", Ar: 2024, Regnskap: [3]num.Dec{num.MustInt(40000), num.MustInt(5000), 0}},
		},
		Overforinger: map[int]num.Dec{2025: num.MustInt(28000)},
	}
}

func build(t *testing.T, p string, internal bool) *model.Report {
	prog, in, res := example(t)
	r, err := Build(&Input{Program: prog, Set: in.Set, Figures: res.Figures, Kommune: "3403", Period: period.MustParse(p),
		ReportDate: period.MustDate(2025, 8, 20), Internal: internal, Targets: TargetsOf(prog, in.Set, "3403"), Form: sampleForm()})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Every formula reproduces the number boso shows in its cell (an empty
// cell counting as nothing there), so a spreadsheet that recalculates
// shows boso's figures.
func checkFormulas(t *testing.T, r *model.Report) {
	t.Helper()
	byID := map[string]*model.Table{}
	for _, tab := range tables(r) {
		byID[tab.ID] = tab
	}
	for _, tab := range tables(r) {
		for ri, row := range tab.Rows {
			for c, cell := range row.Cells {
				if cell.Formula == nil {
					continue
				}
				var vals []model.Cell
				for _, ref := range cell.Formula.Refs {
					src := tab
					if ref.Table != "" {
						src = byID[ref.Table]
					}
					if src == nil || ref.Row >= len(src.Rows) || ref.Col >= len(src.Rows[ref.Row].Cells) {
						t.Fatalf("%s: formula at %d,%d refers to %+v, which is not there", tab.ID, ri, c, ref)
					}
					v := src.Rows[ref.Row].Cells[ref.Col]
					if !v.IsNum && v.Text != "" {
						t.Fatalf("%s: formula at %d,%d refers to %q, not a number", tab.ID, ri, c, v.Text)
					}
					vals = append(vals, v)
				}
				var got num.Dec
				has := false
				switch cell.Formula.Op {
				case model.Sum:
					for _, v := range vals {
						got += v.Num
						has = has || v.IsNum
					}
				case model.Diff:
					got, has = vals[0].Num-vals[1].Num, vals[0].IsNum || vals[1].IsNum
				case model.Share:
					if vals[1].IsNum && vals[1].Num != 0 {
						got, _ = engine.Ratio(vals[0].Num, vals[1].Num, 100)
						got, has = format.Round(got, 1), true
					}
				case model.Ref:
					got, has = vals[0].Num, vals[0].IsNum
				}
				if has != cell.IsNum || got != cell.Num {
					t.Errorf("%s: formula at row %d col %d gives %s (%v), cell shows %q", tab.ID, ri, c, got, has, cell.Text)
				}
			}
		}
	}
}

func tables(r *model.Report) []*model.Table {
	var out []*model.Table
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			if b.Table != nil {
				out = append(out, b.Table)
			}
		}
	}
	for _, t := range []*model.Table{r.Steering.Targets, r.Steering.Deviations, r.Steering.Budget} {
		if t != nil {
			out = append(out, t)
		}
	}
	return out
}

func TestHalfYearReport(t *testing.T) {
	r := build(t, "2025H1", false)
	var numbers []string
	for _, s := range r.Sections {
		numbers = append(numbers, s.Number)
	}
	if got := strings.Join(numbers, ","); !strings.HasPrefix(got, "1,2,3,3.1,4,5,5.1,5.2") || !strings.HasSuffix(got, ",") {
		t.Errorf("sections %s", got)
	}
	if r.Meta.Title != "Halvårsrapport 2025" || r.Meta.Period != "1. halvår 2025" || len(r.Meta.Banners) != 1 {
		t.Errorf("meta %+v", r.Meta)
	}
	checkFormulas(t, r)
	// the summary compares 1. halvår 2025 with 1. halvår 2024
	var summary *model.Table
	for _, tab := range tables(r) {
		if tab.ID == "maloppnaelse" {
			summary = tab
		}
	}
	if summary == nil || summary.Columns[2].Title != "1. halvår 2024" || summary.Columns[3].Title != "1. halvår 2025" {
		t.Fatalf("summary %+v", summary)
	}
	// published: no count from 1 to 4 is shown
	hiddenSeen := false
	for _, tab := range tables(r) {
		for _, row := range tab.Rows {
			for c, cell := range row.Cells {
				// targets are plans, not data; a difference between two shown numbers discloses nothing
				title := tab.Columns[c].Title
				if title != "Mål" && title != "Endring" && title != "Avvik fra mål" && tab.Columns[c].Kind == model.NumberColumn && cell.IsNum && cell.Num >= num.MustInt(1) && cell.Num <= num.MustInt(4) && cell.Decimals == 0 {
					t.Errorf("%s shows the small count %s", tab.ID, cell.Text)
				}
				hiddenSeen = hiddenSeen || cell.Mark == ":"
			}
		}
	}
	if !hiddenSeen {
		t.Error("no suppressed cell in the example report; the test does not test suppression")
	}
	if len(r.Steering.Summary) < 3 || r.Steering.Budget == nil || r.Steering.Deviations == nil {
		t.Errorf("steering %+v", r.Steering)
	}
}

func TestInternalReportShowsSmallCounts(t *testing.T) {
	r := build(t, "2024", true)
	if r.Meta.Title != "Årsrapport 2024" || !strings.Contains(strings.Join(r.Meta.Banners, "|"), "Internt – ikke for publisering") {
		t.Errorf("meta %+v", r.Meta)
	}
	for _, tab := range tables(r) {
		for _, row := range tab.Rows {
			for _, cell := range row.Cells {
				if cell.Mark == ":" {
					t.Fatalf("%s: internal report suppresses", tab.ID)
				}
			}
		}
	}
}

func TestTargetForAndComparable(t *testing.T) {
	tg := &Target{Values: map[period.Period]num.Dec{
		period.MustParse("2025H1"): num.MustInt(10), period.MustParse("2025H2"): num.MustInt(50),
		period.MustParse("2025"): num.MustInt(60), period.MustParse("2020"): num.MustInt(5)}}
	for _, tc := range []struct{ p, want string }{
		{"2025H2", "2025H2"}, // its own period first
		{"2025H1", "2025H1"},
		{"2025", "2025"},
		{"2023", "2025"},     // the first target of the same kind ending at or after the period's end
		{"2024H2", "2025H1"}, // a half-year before the half-year targets
		{"2019", "2020"},
	} {
		got, ok := targetFor(tg, period.MustParse(tc.p))
		if !ok || got.String() != tc.want {
			t.Errorf("%s: target %s, want %s", tc.p, got, tc.want)
		}
	}
	if _, ok := targetFor(tg, period.MustParse("2026")); ok {
		t.Error("no target after the programme")
	}
	flowNOK := &definition.Indicator{Kind: definition.Flow, Unit: definition.NOK}
	stock := &definition.Indicator{Kind: definition.Stock, Unit: definition.Count}
	rate := &definition.Indicator{Kind: definition.Ratio, Unit: definition.Percent}
	h1, y := period.MustParse("2025H1"), period.MustParse("2025")
	if comparable(flowNOK, h1, y) || !comparable(stock, h1, y) || !comparable(rate, h1, y) || !comparable(flowNOK, y, y) {
		t.Error("half-year events are not held against a year's target; stocks and rates are")
	}
}

// Amounts left empty are shown empty, not as 0, and no formula refers to them.
func TestEmptyAmountsStayEmpty(t *testing.T) {
	prog, in, res := example(t)
	f := sampleForm()
	f.Okonomi[1].NoRegnskap = [3]bool{true, true, true} // Kartlegging 2025: no accounts yet
	f.Okonomi[0].NoBudsjett[Annen] = true
	r, err := Build(&Input{Program: prog, Set: in.Set, Figures: res.Figures, Kommune: "3403", Period: period.MustParse("2025H1"),
		ReportDate: period.MustDate(2025, 8, 20), Targets: TargetsOf(prog, in.Set, "3403"), Form: f})
	if err != nil {
		t.Fatal(err)
	}
	var eco *model.Table
	checkFormulas(t, r)
	for _, tab := range tables(r) {
		if tab.ID == "okonomi" {
			eco = tab
		}
	}
	if eco == nil {
		t.Fatal("no economy table")
	}
	row := eco.Rows[1]
	for _, c := range []int{2, 4, 6, 8} { // accounts, total accounts
		if row.Cells[c].Text != "" || row.Cells[c].IsNum {
			t.Errorf("column %d of an activity without accounts shows %q", c, row.Cells[c].Text)
		}
	}
	if got := row.Cells[9].Text; got != "0,0 %" {
		t.Errorf("an activity with a budget and nothing booked yet has used %q of it, want 0,0 %%", got)
	}
	if eco.Rows[0].Cells[5].Text != "" {
		t.Errorf("an empty budget shows %q", eco.Rows[0].Cells[5].Text)
	}
	if total := eco.Rows[2].Cells[8]; total.Num != num.MustInt(351750) {
		t.Errorf("total accounts %q, want the first activity's only", total.Text)
	}
}

// The goal table's deviation is the figure minus the target, and the
// status follows from them; rows worked out by hand from the example's
// figures and targets (the renderers are checked against the model in
// reports/trust).
func TestGoalTableHandComputed(t *testing.T) {
	r := build(t, "2025H1", false)
	var goal *model.Table
	for _, tab := range tables(r) {
		if tab.ID == "maloppnaelse" {
			goal = tab
		}
	}
	if goal == nil {
		t.Fatal("no goal table")
	}
	rows := map[string][]string{}
	for _, row := range goal.Rows {
		var cells []string
		for _, c := range row.Cells[3:] {
			cells = append(cells, c.Text)
		}
		rows[row.Cells[0].Text] = cells
	}
	for name, want := range map[string][]string{
		// now, change, target, deviation, status
		"Bostedsløse husstander":                                          {"29", "−1", "25 (2025)", "+4", "ikke i rute"},  // 29 − 25; above the line from 54 (2016) to 25 (2025), 26.6 at 30.06.2025
		"Husstander i midlertidig botilbud i mer enn 3 måneder":           {"0", "", "2 (2025)", "−2", "mål nådd"},         // 0 − 2; 1. halvår 2024 is hidden, so no change
		"Husstander på venteliste til kommunal bolig ved periodens start": {"25", "−1", "25 (2025)", "0", "mål nådd"},      // 25 − 25
		"Gjennomførte utkastelser":                                        {":", "", "8 (2025)", "", "ikke vurdert"},       // 1. halvår 2025 is small and hidden: no change, deviation or status
		"Innvilgede startlån":                                             {"72", "+13", "110 (2025)", "", "ikke vurdert"}, // half-year events are not held against a year's target
	} {
		got, ok := rows[name]
		if !ok {
			t.Errorf("no row %q", name)
			continue
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

// A baseline that is not the computed figure of its period is the
// programme's own: shown as typed, and said so under the goal table.
func TestBaselineOwnFigure(t *testing.T) {
	prog, in, res := example(t)
	targets := TargetsOf(prog, in.Set, "3403")
	for i := range targets {
		if targets[i].Indicator == "bostedslose" {
			targets[i].Baseline.Num = num.MustInt(50) // the registers give 54 for 2016
		}
	}
	r, err := Build(&Input{Program: prog, Set: in.Set, Figures: res.Figures, Kommune: "3403", Period: period.MustParse("2025H1"),
		ReportDate: period.MustDate(2025, 8, 20), Targets: targets})
	if err != nil {
		t.Fatal(err)
	}
	goal := tables(r)[0]
	for _, tab := range tables(r) {
		if tab.ID == "maloppnaelse" {
			goal = tab
		}
	}
	if got := goal.Rows[0].Cells[1].Text; got != "50 (2016)" {
		t.Errorf("baseline %q, want 50 (2016)", got)
	}
	notes := strings.Join(goal.Notes, "\n")
	if !strings.Contains(notes, "Utgangspunktet for Bostedsløse husstander er programmets eget tall for 2016") {
		t.Errorf("no note on the programme's own baseline:\n%s", notes)
	}
	if strings.Count(notes, "Utgangspunktet for") != 1 {
		t.Errorf("notes on baselines that are the computed figures:\n%s", notes)
	}
}

// Sections 1–4 from a workbook filled in for another period say so, at the
// start and in the economy section; the workbook's own period says nothing.
func TestWorkbookForAnotherPeriod(t *testing.T) {
	prog, in, res := example(t)
	for _, tc := range []struct {
		made     string
		yearOnly bool
		report   string
		want     string
	}{
		{"2025H1", false, "2024H1", "Kapittel 1–4 er hentet fra en arbeidsbok fylt ut for 1. halvår 2025, ikke for 1. halvår 2024"},
		{"2025H1", false, "2025", "fylt ut for 1. halvår 2025, ikke for 2025"},
		{"2025", true, "2024", "fylt ut for 2025, ikke for 2024"},
		{"2025", true, "2025H1", ""},
		{"2025H1", false, "2025H1", ""},
	} {
		f := sampleForm()
		m := period.MustParse(tc.made)
		f.MadeFor, f.MadeForYear = &m, tc.yearOnly
		r, err := Build(&Input{Program: prog, Set: in.Set, Figures: res.Figures, Kommune: "3403", Period: period.MustParse(tc.report),
			ReportDate: period.MustDate(2025, 8, 20), Targets: TargetsOf(prog, in.Set, "3403"), Form: f})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range r.Sections {
			if s.ID != "s1" && s.ID != "s4" {
				continue
			}
			got := ""
			if n := s.Blocks[0].Note; n != nil {
				got = n.Text
			}
			if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
				t.Errorf("workbook for %s, report %s, section %s: note %q, want %q", tc.made, tc.report, s.Number, got, tc.want)
			}
		}
	}
}
