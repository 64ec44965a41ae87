package examples_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"boso/examples/internal/fiktiv"
	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/indicators/source"
	"boso/indicators/stdlib"
)

// TestDataUpToDate regenerates the exports and compares them with the
// committed files, so that data/ cannot drift from the generator.
func TestDataUpToDate(t *testing.T) {
	dir := t.TempDir()
	if err := fiktiv.Write(dir); err != nil {
		t.Fatal(err)
	}
	want := fileNames(t, dir)
	got := fileNames(t, "data")
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("data/ holds %v, the generator makes %v; run «go run ./examples/gen»", got, want)
	}
	for _, name := range want {
		fresh, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join("data", name))
		if err != nil {
			continue // reported above
		}
		if !bytes.Equal(fresh, committed) {
			t.Errorf("data/%s differs from what the generator makes; run «go run ./examples/gen»", name)
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

// compute runs the example programme the way «boso compute» does.
func compute(t *testing.T) *engine.Result {
	t.Helper()
	var l diag.List
	p, ok := program.Load("program.yaml", &l)
	if !ok {
		t.Fatalf("program.yaml:\n%s", l.String())
	}
	if !p.Example {
		t.Error("program.yaml must say example: true")
	}
	set := definition.Load(stdlib.Sources(), &l)
	mappings := source.LoadMappings(p.Glob("sources", p.Sources, &l), &l)
	res := engine.Compute(&engine.Input{
		Set:        set,
		Mappings:   mappings,
		Kommuner:   []string{"3403"},
		Periods:    p.Periods(p.Types()),
		ReportDate: period.MustDate(2025, 8, 20),
		Renumber:   p.Renumber,
	}, &l)
	if l.Errors() > 0 {
		t.Fatalf("%d feil:\n%s", l.Errors(), l.String())
	}
	if l.Len() > 0 {
		t.Logf("advarsler:\n%s", l.String())
	}
	return res
}

func TestExampleComputes(t *testing.T) {
	res := compute(t)
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

// TestExampleYearIsSumOfHalves checks SPEC §3's identity for flows that
// count rows or sum amounts: the year is H1 + H2.
func TestExampleYearIsSumOfHalves(t *testing.T) {
	res := compute(t)
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
		for y := 2016; y <= 2024; y++ {
			year := byID[fmt.Sprintf("%s %d", ind.ID, y)]
			h1, h2 := byID[fmt.Sprintf("%s %dH1", ind.ID, y)], byID[fmt.Sprintf("%s %dH2", ind.ID, y)]
			if year.Has && h1.Has && h2.Has && year.Value != h1.Value+h2.Value {
				wrong = append(wrong, fmt.Sprintf("%d = %s, H1 + H2 = %s + %s", y, year.Value, h1.Value, h2.Value))
			}
		}
		if len(wrong) > 0 {
			t.Errorf("%s: year ≠ H1 + H2: %s", ind.ID, strings.Join(wrong, "; "))
		}
	}
}

// TestExampleEdgeCases checks figures the exports were built to test.
func TestExampleEdgeCases(t *testing.T) {
	res := compute(t)
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
