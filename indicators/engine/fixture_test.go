package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/period"
	"boso/indicators/source"
)

// fixture is a small world: definitions, registers as CSV files with their
// mappings, and a run over some kommuner and periods.
type fixture struct {
	t        *testing.T
	dir      string
	defs     string
	standard bool // the definitions are the standard library's
	mappings []string
	in       Input
}

func newFixture(t *testing.T, defs string) *fixture {
	return &fixture{t: t, dir: t.TempDir(), defs: defs}
}

// register writes a ';'-separated CSV and its mapping. fields is the YAML
// of the mapping's fields block; covers its coverage ("2020-01-01", "2025-12-31").
func (f *fixture) register(id, register, csv, fields, from, to string) {
	f.t.Helper()
	if err := os.WriteFile(filepath.Join(f.dir, id+".csv"), []byte(csv), 0o644); err != nil {
		f.t.Fatal(err)
	}
	cov := ""
	if from != "" {
		cov = "covers: {from: " + from + ", to: " + to + "}\n"
	}
	y := "id: " + id + "\nregister: " + register + "\nfile: " + id + ".csv\n" + cov + "fields:\n" + fields
	path := filepath.Join(f.dir, id+".yaml")
	if err := os.WriteFile(path, []byte(y), 0o644); err != nil {
		f.t.Fatal(err)
	}
	f.mappings = append(f.mappings, path)
}

// run computes, failing the test on problems unless wantProblems.
func (f *fixture) run(periods ...string) (*Result, *diag.List) {
	f.t.Helper()
	var l diag.List
	set := definition.Load([]definition.Source{{Name: "def.yaml", Data: []byte(f.defs), Standard: f.standard}}, &l)
	maps := source.LoadMappings(f.mappings, &l)
	if l.Len() > 0 {
		f.t.Fatalf("setup problems:\n%s", l.String())
	}
	in := f.in
	in.Set, in.Mappings = set, maps
	for _, p := range periods {
		in.Periods = append(in.Periods, period.MustParse(p))
	}
	res := Compute(&in, &l)
	return res, &l
}

func (f *fixture) mustRun(periods ...string) *Result {
	f.t.Helper()
	res, l := f.run(periods...)
	if l.Errors() > 0 {
		f.t.Fatalf("problems:\n%s", l.String())
	}
	return res
}

func find(t *testing.T, r *Result, kommune, id, p, group string) Figure {
	t.Helper()
	for _, f := range r.Figures {
		if f.Kommune == kommune && f.Indicator == id && f.Period.String() == p && f.Group == group {
			return f
		}
	}
	t.Fatalf("no figure %s %s %s %q", kommune, id, p, group)
	return Figure{}
}

// show renders a figure as the export would: value or mark.
func show(f Figure) string {
	if !f.Has {
		return string(f.Mark)
	}
	s := f.Value.String()
	if f.Mark != NoMark {
		s += " " + string(f.Mark)
	}
	return s
}

func expect(t *testing.T, r *Result, kommune, id string, want map[string]string) {
	t.Helper()
	for p, w := range want {
		if got := show(find(t, r, kommune, id, p, "")); got != w {
			t.Errorf("%s %s %s = %q, want %q", kommune, id, p, got, w)
		}
	}
}

func lines(rows ...string) string { return strings.Join(rows, "\r\n") + "\r\n" }

func explainFixture(t *testing.T, f *fixture, id, kommune, p string, l *diag.List) *Explanation {
	t.Helper()
	set := definition.Load([]definition.Source{{Name: "def.yaml", Data: []byte(f.defs)}}, l)
	maps := source.LoadMappings(f.mappings, l)
	in := f.in
	in.Set, in.Mappings = set, maps
	ex, ok := Explain(&in, id, kommune, period.MustParse(p), l)
	if !ok {
		t.Fatalf("no figure; problems:\n%s", l.String())
	}
	return ex
}
