package examples_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"boso/examples/internal/fiktiv"
	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/files"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/reports/build"
	"boso/reports/html"
	"boso/reports/model"
	"boso/reports/pdf"
	"boso/reports/pipeline"
	"boso/reports/xlsx"
	"boso/templates/msg"
	"boso/templates/workbook"
)

// TestDataUpToDate regenerates the exports of both examples and compares
// them with the committed files, so that data/ cannot drift from the
// generator.
func TestDataUpToDate(t *testing.T) {
	for _, ex := range fiktiv.Examples {
		dir := t.TempDir()
		if err := fiktiv.Write(dir, ex); err != nil {
			t.Fatal(err)
		}
		committedDir := filepath.Join(ex.Dir, "data")
		want := fileNames(t, dir)
		got := fileNames(t, committedDir)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s holds %v, the generator makes %v; run «go run ./examples/gen»", committedDir, got, want)
		}
		for _, name := range want {
			fresh, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			committed, err := os.ReadFile(filepath.Join(committedDir, name))
			if err != nil {
				continue // reported above
			}
			if !bytes.Equal(fresh, committed) {
				t.Errorf("%s/%s differs from what the generator makes; run «go run ./examples/gen»", committedDir, name)
			}
		}
	}
}

func fileNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

// compute runs an example programme the way «boso compute» does, on the
// report date of its README command.
func compute(t *testing.T, ex *fiktiv.Example) *engine.Result {
	t.Helper()
	run, l := load(t, ex, "3403")
	if !run.Program.Example {
		t.Errorf("%s must say example: true", run.Program.Path)
	}
	run.ReadWorkbook(files.OS, "", l)
	res, err := run.Compute(context.Background(), l)
	if err != nil {
		t.Fatal(err)
	}
	if l.Errors() > 0 {
		t.Fatalf("%d feil:\n%s", l.Errors(), l.String())
	}
	if l.Len() > 0 {
		t.Logf("advarsler:\n%s", l.String())
	}
	return res
}

// load loads an example programme through the pipeline, reading its
// folder as boso does; a programme that cannot be loaded fails the test.
func load(t *testing.T, ex *fiktiv.Example, kommuner ...string) (*pipeline.Run, *diag.List) {
	t.Helper()
	var l diag.List
	path := filepath.Join(ex.Dir, "program.yaml")
	run, err := pipeline.Load(context.Background(), pipeline.Config{
		Files: files.Dir(ex.Dir, false), Program: path, Date: ex.ReportDate, Kommuner: kommuner,
	}, &l)
	if err != nil {
		t.Fatalf("%s: %v\n%s", path, err, l.String())
	}
	return run, &l
}

func TestExampleComputes(t *testing.T) {
	res := compute(t, fiktiv.HalfYear)
	if testing.Verbose() {
		t.Log("\n" + table(res))
	}

	nonZero := map[string]bool{}
	for _, f := range res.Figures {
		if f.Has && f.Value != 0 {
			nonZero[f.Indicator] = true
		}
	}
	for _, ind := range res.Indicators {
		if !nonZero[ind.ID] {
			t.Errorf("indicator %s has no figure other than 0 or missing in any period", ind.ID)
		}
	}

	coverage := false
	for _, f := range res.Figures {
		for _, fl := range f.Flags {
			if fl.Code == engine.FlagCoverage && !f.Has && f.Mark == engine.NoData {
				coverage = true
			}
		}
	}
	if !coverage {
		t.Error(`no figure is ".." because its register does not cover the period`)
	}

	// Periods are compared by their ids: the report shows ids, and a year
	// must be the same year however it was made (Parse or Parts).
	provisional := 0
	for _, f := range res.Figures {
		switch p := f.Period.String(); {
		case p == "2025H1" && f.Mark == engine.Provisional:
			t.Errorf("%s %s %q is provisional: 2025H1 ended before the report date", f.Indicator, p, f.Group)
		case p == "2025" && f.Has && f.Mark != engine.Provisional:
			t.Errorf("%s %s %q = %s is not marked provisional («*»)", f.Indicator, p, f.Group, f.Value)
		case p == "2025" && f.Mark == engine.Provisional:
			provisional++
		}
	}
	if provisional == 0 {
		t.Error(`no figure for 2025 is marked provisional ("*")`)
	}
}

// TestAnnualExampleCoversTheYear checks what the annual example is for:
// its registers cover all of 2025, so every indicator that has a figure
// for 1. halvår 2025 has one for 2. halvår and for the year, and none is
// provisional (the report date is after the year's end).
func TestAnnualExampleCoversTheYear(t *testing.T) {
	res := compute(t, fiktiv.Annual)
	has := map[string]bool{}
	for _, f := range res.Figures {
		if f.Group == "" && f.Has {
			has[f.Indicator+" "+f.Period.String()] = true
		}
		if f.Period.Year == 2025 && f.Mark == engine.Provisional {
			t.Errorf("%s %s %q is provisional; the year ended before the report date", f.Indicator, f.Period, f.Group)
		}
	}
	n := 0
	for _, ind := range res.Indicators {
		if !has[ind.ID+" 2025H1"] {
			continue
		}
		n++
		for _, p := range []string{"2025H2", "2025"} {
			if !has[ind.ID+" "+p] {
				t.Errorf("%s has a figure for 2025H1 but not for %s", ind.ID, p)
			}
		}
	}
	if n < 15 {
		t.Errorf("only %d indicators have figures for 2025H1", n)
	}
}

// TestLaterExportAgrees checks that the two examples are the same history
// taken out at two times: every figure of a period that had ended when the
// half-year's registers were exported (15.08.2025) is the same in both,
// with the same marks. The annual export only adds what came after.
func TestLaterExportAgrees(t *testing.T) {
	half, year := compute(t, fiktiv.HalfYear), compute(t, fiktiv.Annual)
	type key struct{ indicator, period, group string }
	later := map[key]engine.Figure{}
	for _, f := range year.Figures {
		later[key{f.Indicator, f.Period.String(), f.Group}] = f
	}
	exported := period.MustDate(2025, 8, 15)
	compared, differ := 0, 0
	for _, f := range half.Figures {
		if f.Period.Type == period.Programme || f.Period.Last() > exported {
			continue
		}
		g, ok := later[key{f.Indicator, f.Period.String(), f.Group}]
		compared++
		if !ok || g.Has != f.Has || g.Value != f.Value || g.Mark != f.Mark {
			differ++
			if differ <= 10 {
				t.Errorf("%s %s %q: %s%s in the half-year example, %s%s in the annual one",
					f.Indicator, f.Period, f.Group, f.Value, f.Mark, g.Value, g.Mark)
			}
		}
	}
	if differ > 0 || compared < 1000 {
		t.Errorf("%d of %d figures differ", differ, compared)
	}
	// and the annual export does have more: the second half of 2025
	if f := later[key{"startlan_soknader", "2025H2", ""}]; !f.Has || f.Value == 0 {
		t.Errorf("startlan_soknader 2025H2 = %s %q in the annual example, want a count", f.Value, f.Mark)
	}
}

// TestExampleYearIsSumOfHalves checks SPEC §3's identity for flows that
// count rows or sum amounts: the year is H1 + H2.
func TestExampleYearIsSumOfHalves(t *testing.T) {
	for _, ex := range fiktiv.Examples {
		res := compute(t, ex)
		yearIsSumOfHalves(t, res, ex.Dir)
	}
}

func yearIsSumOfHalves(t *testing.T, res *engine.Result, name string) {
	byID := map[string]engine.Figure{}
	for _, f := range res.Figures {
		if f.Group == "" {
			byID[f.Indicator+" "+f.Period.String()] = f
		}
	}
	for _, ind := range res.Indicators {
		if ind.Kind != definition.Flow || ind.Measure == definition.CountDistinct {
			continue
		}
		var wrong []string
		for y := 2016; y <= 2025; y++ {
			year := byID[fmt.Sprintf("%s %d", ind.ID, y)]
			h1, h2 := byID[fmt.Sprintf("%s %dH1", ind.ID, y)], byID[fmt.Sprintf("%s %dH2", ind.ID, y)]
			if year.Has && h1.Has && h2.Has && year.Value != h1.Value+h2.Value {
				wrong = append(wrong, fmt.Sprintf("%d = %s, H1 + H2 = %s + %s", y, year.Value, h1.Value, h2.Value))
			}
		}
		if len(wrong) > 0 {
			t.Errorf("%s, %s: year ≠ H1 + H2: %s", name, ind.ID, strings.Join(wrong, "; "))
		}
	}
}

// TestExampleEdgeCases checks figures the exports were built to test.
func TestExampleEdgeCases(t *testing.T) {
	res := compute(t, fiktiv.HalfYear)
	get := func(id, p, group string) engine.Figure {
		t.Helper()
		for _, f := range res.Figures {
			if f.Indicator == id && f.Period.String() == p && f.Group == group {
				return f
			}
		}
		t.Fatalf("no figure %s %s %q", id, p, group)
		return engine.Figure{}
	}
	// Leie til eie was registered from 2018: earlier periods are "..".
	for _, p := range []string{"2016", "2016H1", "2017H2", "2016-2025"} {
		if f := get("fra_leie_til_eie", p, ""); f.Has || f.Mark != engine.NoData {
			t.Errorf("fra_leie_til_eie %s = %s %q, want ..", p, f.Value, f.Mark)
		}
	}
	// The export is from 15.08.2025: 2025H2 is not covered.
	if f := get("startlan_soknader", "2025H2", ""); f.Has || f.Mark != engine.NoData {
		t.Errorf("startlan_soknader 2025H2 = %s %q, want ..", f.Value, f.Mark)
	}
	// An entered figure left as ".." in the workbook.
	if f := get("bostotte_mottakere", "2017H1", ""); f.Has || f.Mark != engine.NoData {
		t.Errorf("bostotte_mottakere 2017H1 = %s %q, want ..", f.Value, f.Mark)
	}
	// Rows under 0403 and 403 are counted for 3403.
	if f := get("startlan_soknader", "2016H1", ""); !f.Has || f.Value == 0 {
		t.Errorf("startlan_soknader 2016H1 = %s %q, want the rows of 403", f.Value, f.Mark)
	}
}

// table shows the totals of every indicator per year and half-year.
func table(res *engine.Result) string {
	var b strings.Builder
	var cols []period.Period
	for _, p := range res.Periods {
		if p.Type != period.Programme {
			cols = append(cols, p)
		}
	}
	fmt.Fprintf(&b, "%-36s", "")
	for _, p := range cols {
		fmt.Fprintf(&b, "%9s", p)
	}
	b.WriteString("\n")
	rows := map[string]map[period.Period]string{}
	for _, f := range res.Figures {
		if f.Group != "" {
			continue
		}
		if rows[f.Indicator] == nil {
			rows[f.Indicator] = map[period.Period]string{}
		}
		s := string(f.Mark)
		if f.Has {
			s = f.Value.String() + s
		}
		rows[f.Indicator][f.Period] = s
	}
	for _, ind := range res.Indicators {
		fmt.Fprintf(&b, "%-36.36s", ind.ID)
		for _, p := range cols {
			fmt.Fprintf(&b, "%9.9s", rows[ind.ID][p])
		}
		b.WriteString("\n")
	}
	return b.String()
}

// The filled input workbooks (arbeidsbok.xlsx) and the reports made with
// them.

// reportPeriods are the report periods an example's workbook must fill
// completely: the report it was made for and, for the half-year one, the
// annual report before it.
func reportPeriods(ex *fiktiv.Example) []string {
	if ex == fiktiv.HalfYear {
		return []string{ex.Period, "2024"}
	}
	return []string{ex.Period}
}

// TestWorkbookUpToDate regenerates the filled workbooks and compares them
// with the committed files, so that they cannot drift from the generator
// or from the template they are made from.
func TestWorkbookUpToDate(t *testing.T) {
	for _, ex := range fiktiv.Examples {
		path := filepath.Join(ex.Dir, "program.yaml")
		var l diag.List
		p, ok := program.Load(path, &l)
		if !ok {
			t.Fatalf("%s:\n%s", path, l.String())
		}
		if p.Workbook != "arbeidsbok.xlsx" {
			t.Errorf("%s: workbook is %q, want arbeidsbok.xlsx", path, p.Workbook)
		}
		fresh, err := fiktiv.Arbeidsbok(path, ex)
		if err != nil {
			t.Fatal(err)
		}
		again, err := fiktiv.Arbeidsbok(path, ex)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fresh, again) {
			t.Errorf("%s: two runs of the generator give different workbooks", path)
		}
		committed, err := os.ReadFile(p.WorkbookPath())
		if err != nil {
			t.Fatalf("%v; run «go run ./examples/gen»", err)
		}
		if !bytes.Equal(fresh, committed) {
			t.Errorf("%s differs from what the generator makes; run «go run ./examples/gen»", p.WorkbookPath())
		}
	}
}

// reportInputs loads an example programme and reads its workbook the way
// «boso report» does for report period rp; every problem fails the test.
func reportInputs(t *testing.T, ex *fiktiv.Example, rp period.Period) *pipeline.Run {
	t.Helper()
	run, l := load(t, ex)
	if l.Len() > 0 {
		t.Fatalf("%s:\n%s", run.Program.Path, l.String())
	}
	run.Need(rp, rp.SameLastYear())
	wb := run.ReadWorkbook(files.OS, "", l)
	if l.Len() > 0 {
		t.Errorf("%s for %s: %d problems, want none:\n%s", run.Program.WorkbookPath(), rp, l.Len(), l.String())
	}
	if wb == nil {
		t.FailNow()
	}
	return run
}

// TestWorkbookReads checks that each workbook reads without a single
// problem and holds what a filled workbook should.
func TestWorkbookReads(t *testing.T) {
	for _, ex := range fiktiv.Examples {
		t.Run(ex.Period, func(t *testing.T) { workbookReads(t, ex) })
	}
}

func workbookReads(t *testing.T, ex *fiktiv.Example) {
	for _, ps := range reportPeriods(ex) {
		reportInputs(t, ex, period.MustParse(ps))
	}
	rp := period.MustParse(ex.Period)
	run := reportInputs(t, ex, rp)
	in, wb := run.Input, run.Workbook

	pi := wb.Program
	for _, c := range []workbook.Cell[string]{pi.Leader, pi.FilledInBy, pi.Phone, pi.Email} {
		if !c.Filled {
			t.Errorf("Programinfo: %s is empty", c.Pos)
		}
	}
	if !pi.Start.Filled || pi.Start.Value != period.MustDate(2016, 1, 1) {
		t.Errorf("Programstart = %v, want 01.01.2016", pi.Start.Value)
	}
	if pi.ReportYear.Value != 2025 || !pi.ReportDate.Filled || pi.ReportDate.Value != ex.ReportDate {
		t.Errorf("Rapporteringsår %d, dato %v; want 2025 and %v", pi.ReportYear.Value, pi.ReportDate.Value, ex.ReportDate)
	}
	if made, ok := wb.Period(); !ok || made.YearOnly || made.Period != rp {
		t.Errorf("Rapporteringsperiode %+v, want %s", made, rp)
	}
	if n := len(strings.Fields(pi.Summary.Value)); n < 40 || n > 120 {
		t.Errorf("Sammendrag has %d words, want a few sentences (40–120)", n)
	}

	o := wb.Organisation
	for _, s := range []workbook.Section{o.Organising, o.SteeringGroup, o.ProgramGroup, o.Anchoring} {
		if !s.Text.Filled || !s.Change.Filled {
			t.Errorf("Organisering: row %d is not filled in", s.Text.Pos.Row)
		}
	}
	if n := len(o.SteeringMembers); n < 4 || n > 5 {
		t.Errorf("styringsgruppe has %d members, want 4–5", n)
	}
	if n := len(o.ProgramMembers); n < 6 || n > 8 {
		t.Errorf("programgruppe has %d members, want 6–8", n)
	}

	if n := len(wb.Activities); n < 12 || n > 15 {
		t.Errorf("%d activities, want 12–15", n)
	}
	goals, statuses, deviations := map[string]bool{}, map[workbook.Status]bool{}, 0
	for _, a := range wb.Activities {
		goals[a.Goal.Value] = true
		statuses[a.Status.Value] = true
		if !a.Concrete.Filled || !a.Result.Filled || !a.Status.Filled || !a.Progress.Filled {
			t.Errorf("activity %q (row %d) is not filled in", a.Name.Value, a.Name.Pos.Row)
		}
		if a.Deviation.Filled != a.Reason.Filled {
			t.Errorf("activity %q has avvik without begrunnelse or the other way round", a.Name.Value)
		}
		if a.Deviation.Filled {
			deviations++
		}
	}
	if len(goals) != len(in.Set.Goals) {
		t.Errorf("activities under %d hovedmål, want all %d", len(goals), len(in.Set.Goals))
	}
	if len(statuses) != 4 {
		t.Errorf("statuses used: %v, want n, v, g and a", statuses)
	}
	if deviations != 3 {
		t.Errorf("%d activities with avvik, want 3", deviations)
	}

	if len(wb.GoodExamples) != 2 {
		t.Errorf("%d good examples, want 2", len(wb.GoodExamples))
	}
	for _, e := range wb.GoodExamples {
		if n := len(strings.Fields(e.Text.Value)); n < 150 || n > 250 {
			t.Errorf("good example %q has %d words, want 150–250", e.Title.Value, n)
		}
	}

	perYear, grant := map[int]int{}, map[int]num.Dec{}
	moves, grantMoves := 0, 0
	var accounts2025 num.Dec
	for _, r := range wb.Economy {
		perYear[r.Year.Value]++
		grant[r.Year.Value] += r.Grant.Budget.Value
		if r.FromTo.Filled {
			moves++
		}
		if r.GrantFromTo.Filled {
			grantMoves++
			if !r.FromTo.Filled {
				t.Errorf("Økonomi row %d: the grant was moved, but «Fra/til hvilken aktivitet» is empty", r.Year.Pos.Row)
			}
		}
		if r.Year.Value == 2025 {
			accounts2025 += r.Grant.Accounts.Value + r.Own.Accounts.Value + r.Other.Accounts.Value
		}
	}
	for y := 2016; y <= 2025; y++ {
		if n := perYear[y]; n < 3 || n > 5 {
			t.Errorf("Økonomi %d: %d activities, want 3–5", y, n)
		}
		if g := grant[y]; g < num.MustInt(200_000) || g > num.MustInt(800_000) {
			t.Errorf("Økonomi %d: kompetansetilskudd %s, want 200 000–800 000", y, g)
		}
	}
	if moves == 0 || grantMoves == 0 || len(wb.Transfers) == 0 {
		t.Errorf("%d rows with «fra/til», %d with the grant's, %d transfers; want some of each", moves, grantMoves, len(wb.Transfers))
	}
	// 2025's budget is about 1.8 million kroner: half of it spent by 30
	// June, nearly all of it by the end of the year.
	lo, hi := 600_000, 1_100_000
	if rp.Type == period.Year {
		lo, hi = 1_400_000, 1_900_000
	}
	if accounts2025 < num.MustInt(int64(lo)) || accounts2025 > num.MustInt(int64(hi)) {
		t.Errorf("Økonomi 2025: regnskap %s, want %d–%d for a report of %s", accounts2025, lo, hi, rp)
	}

	if n := len(wb.Targets); n < 8 || n > 12 {
		t.Errorf("Mål: %d rows filled in, want 8–12", n)
	}
	assessed := 0
	for _, tg := range wb.Targets {
		if tg.Assessment.Filled {
			assessed++
		}
	}
	if assessed < 8 {
		t.Errorf("Mål: %d goals with «Kommunens vurdering», want every goal", assessed)
	}
	// Tall is left empty: the entered indicators come from boligkontoret.xlsx.
	if e := build.EnteredOf(wb); len(e) > 0 {
		t.Errorf("Tall has %d figures; the example's come from its table export", len(e))
	}

	// The Northern Sami letters, which the PDF's font must show.
	var all strings.Builder
	all.WriteString(pi.Leader.Value + " " + o.ProgramGroup.Text.Value + " " + o.ProgramGroup.Change.Value)
	for _, e := range wb.GoodExamples {
		all.WriteString(e.Text.Value)
	}
	for _, r := range "áčđŋšŧž" {
		if !strings.ContainsRune(strings.ToLower(all.String()), r) {
			t.Errorf("no name in the workbook has %c", r)
		}
	}
}

// TestWorkbookReport builds the report as «boso report» does, for each
// example's report periods, and checks that sections 1–4 hold the
// workbook's content, with nothing left «Ikke fylt ut», and that the
// summary, the grant's fra/til and the assessments reach the report's
// input.
func TestWorkbookReport(t *testing.T) {
	for _, ex := range fiktiv.Examples {
		for _, ps := range reportPeriods(ex) {
			t.Run(ex.Period+"/"+ps, func(t *testing.T) { workbookReport(t, ex, period.MustParse(ps)) })
		}
	}
}

func workbookReport(t *testing.T, ex *fiktiv.Example, rp period.Period) {
	run := reportInputs(t, ex, rp)
	wb := run.Workbook
	var l diag.List
	if _, err := run.Compute(context.Background(), &l); err != nil {
		t.Fatal(err)
	}
	if l.Errors() > 0 {
		t.Fatalf("%d feil:\n%s", l.Errors(), l.String())
	}
	reps, err := run.Reports(context.Background(), pipeline.ReportOptions{Period: rp, Threshold: build.DefaultThreshold})
	if err != nil || len(reps) != 1 {
		t.Fatalf("reports: %v", err)
	}
	r, form, targets := reps[0].Model, reps[0].Input.Form, reps[0].Input.Targets

	// The workbook's new fields reach the report's input.
	if form.Sammendrag != wb.Program.Summary.Value || form.Sammendrag == "" {
		t.Errorf("Form.Sammendrag = %q, want the workbook's", form.Sammendrag)
	}
	grantMoves := 0
	for i, e := range form.Okonomi {
		if e.FraTilHusbanken != wb.Economy[i].GrantFromTo.Value || e.FraTil != wb.Economy[i].FromTo.Value {
			t.Errorf("Form.Okonomi[%d] fra/til %q, %q; want the workbook's", i, e.FraTil, e.FraTilHusbanken)
		}
		if e.FraTilHusbanken != "" {
			grantMoves++
		}
	}
	if grantMoves == 0 {
		t.Error("no economy row has the grant's fra/til")
	}
	assessed := 0
	for _, tg := range targets {
		if tg.Vurdering != "" {
			assessed++
		}
		for _, w := range wb.Targets {
			if w.Indicator.Value == tg.Indicator && w.Assessment.Value != tg.Vurdering {
				t.Errorf("target %s: Vurdering %q, want the workbook's %q", tg.Indicator, tg.Vurdering, w.Assessment.Value)
			}
		}
	}
	if assessed < 8 {
		t.Errorf("%d targets with the kommune's assessment, want every goal", assessed)
	}

	text := map[string]string{}
	var economy *model.Table
	for _, s := range r.Sections {
		text[s.ID] = sectionText(s)
		for _, b := range s.Blocks {
			if b.Table != nil && b.Table.ID == "okonomi" {
				economy = b.Table
			}
		}
	}
	for _, id := range []string{"s1", "s2", "s3", "s3-1", "s4"} {
		s, ok := text[id]
		if !ok {
			t.Errorf("no section %s", id)
			continue
		}
		for _, empty := range []string{msg.RepNotFilled.F(), msg.RepNoChange.F(), msg.RepNoActivities.F(),
			msg.RepNoExamples.F(), msg.RepNoEconomy.F(rp.Year)} {
			if strings.Contains(s, empty) {
				t.Errorf("section %s says «%s»", id, empty)
			}
		}
	}
	for _, want := range []string{wb.Program.Leader.Value, wb.Program.Email.Value} {
		if !strings.Contains(text["s1"], want) {
			t.Errorf("section 1 does not show %q", want)
		}
	}
	for _, want := range []string{wb.Organisation.Organising.Text.Value, wb.Organisation.SteeringMembers[0].Title.Value} {
		if !strings.Contains(text["s2"], want) {
			t.Errorf("section 2 does not show %q", want)
		}
	}
	deviations := 0
	for _, a := range wb.Activities {
		if !strings.Contains(text["s3"], a.Name.Value) {
			t.Errorf("section 3 does not show the activity %q", a.Name.Value)
		}
		if a.Deviation.Filled {
			deviations++
		}
	}
	for _, e := range wb.GoodExamples {
		if !strings.Contains(text["s3-1"], e.Title.Value) {
			t.Errorf("section 3.1 does not show the example %q", e.Title.Value)
		}
	}

	// The economy table's total of the accounts is the workbook's.
	var accounts num.Dec
	for _, e := range wb.Economy {
		if e.Year.Value == rp.Year {
			accounts += e.Grant.Accounts.Value + e.Own.Accounts.Value + e.Other.Accounts.Value
		}
	}
	if economy == nil {
		t.Fatal("section 4 has no economy table")
	}
	total := economy.Rows[len(economy.Rows)-1]
	col := -1
	for i, c := range economy.Columns {
		if c.Title == msg.RepColTotalR.F() || c.Title == msg.RepColTotalRHalf.F() {
			col = i
		}
	}
	if total.Kind != model.TotalRow || col < 0 || total.Cells[col].Num != accounts {
		t.Errorf("economy %d: total accounts in the report %v, in the workbook %s", rp.Year, total.Cells, accounts)
	}

	st := r.Steering
	if st.Targets == nil || st.Budget == nil || st.Deviations == nil || len(st.Deviations.Rows) != deviations {
		t.Errorf("steering page: targets %v, budget %v, deviations %v; want all, with %d deviations",
			st.Targets != nil, st.Budget != nil, st.Deviations, deviations)
	}

	// Every format «boso report» writes can be made.
	for name, write := range map[string]func(io.Writer, *model.Report) error{
		"xlsx": xlsx.WriteReport, "pdf": pdf.Write, "html": html.Write, "styringsgruppe": pdf.WriteSteering,
	} {
		if err := write(io.Discard, r); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// sectionText is every text a section shows, joined.
func sectionText(s model.Section) string {
	var b strings.Builder
	add := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
			b.WriteString("\n")
		}
	}
	add(s.Title)
	for _, bl := range s.Blocks {
		switch {
		case bl.Paragraph != nil:
			add(bl.Paragraph.Heading, bl.Paragraph.Text)
		case bl.Fields != nil:
			for _, f := range bl.Fields.Rows {
				add(f.Label, f.Value)
			}
		case bl.Table != nil:
			add(bl.Table.Caption)
			for _, r := range bl.Table.Rows {
				for _, c := range r.Cells {
					add(c.Text)
				}
			}
		case bl.Note != nil:
			add(bl.Note.Text)
		}
	}
	return b.String()
}
