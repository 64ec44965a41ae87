package examples_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"boso/examples/internal/fiktiv"
	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/region"
	"boso/templates/msg"
	"boso/templates/workbook"
)

// regionFiles makes the example region once for the tests of this file.
func regionFiles(t *testing.T) []fiktiv.File {
	t.Helper()
	made, err := fiktiv.RegionFiles(".")
	if err != nil {
		t.Fatal(err)
	}
	return made
}

// TestRegionUpToDate regenerates the example region and compares it byte
// for byte with examples/region, so that the committed submissions cannot
// drift from the generator, from the workbook template or from the figure
// export's columns.
func TestRegionUpToDate(t *testing.T) {
	made := regionFiles(t)
	want := map[string][]byte{}
	for _, f := range made {
		want[f.Name] = f.Data
	}
	var got []string
	err := filepath.WalkDir("region", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, "region"+string(filepath.Separator)))
		if rel != "README.md" {
			got = append(got, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("%v; run «go run ./examples/gen»", err)
	}
	sort.Strings(got)
	var names []string
	for name := range want {
		names = append(names, name)
	}
	sort.Strings(names)
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("examples/region holds %v, the generator makes %v; run «go run ./examples/gen»", got, names)
	}
	for _, name := range names {
		committed, err := os.ReadFile(filepath.Join("region", filepath.FromSlash(name)))
		if err != nil {
			continue // reported above
		}
		if !bytes.Equal(committed, want[name]) {
			t.Errorf("examples/region/%s differs from what the generator makes; run «go run ./examples/gen»", name)
		}
	}
	if _, err := os.Stat(filepath.Join("region", "README.md")); err != nil {
		t.Errorf("examples/region has no README.md: %v", err)
	}
}

// TestRegionCases reads the committed example region as the roll-up does
// and checks that it shows what it was made to show: a state per case,
// the former number read, the workbook's errors reported with their cells,
// and every figure of a kommune's export its own and example data.
func TestRegionCases(t *testing.T) {
	var l diag.List
	fsys := files.Dir("region", false)
	c, ok := region.Load(fsys, "region/region.yaml", false, &l)
	if !ok {
		t.Fatalf("region.yaml:\n%s", l.String())
	}
	if !c.Example {
		t.Error("region.yaml must say example: true")
	}
	found := region.Discover(fsys, c.Resolve(c.Submissions), &l)
	subs, err := region.ReadAll(context.Background(), fsys, found, nil)
	if err != nil {
		t.Fatal(err)
	}
	log := region.ReadLog(fsys, c.Resolve(c.Log), &l)
	if l.Len() > 0 {
		t.Errorf("the region's own files have problems:\n%s", l.String())
	}
	o := c.Judge(period.MustParse(fiktiv.RegionPeriod), fiktiv.RegionDate, subs, log)
	if len(o.Others) > 0 {
		t.Errorf("%d submissions not matched to a kommune of the region", len(o.Others))
	}
	want := map[fiktiv.Case]region.State{
		fiktiv.OnTime: region.OnTime, fiktiv.Late: region.Late, fiktiv.Missing: region.Missing,
		fiktiv.Errors: region.OnTime, fiktiv.Unreadable: region.Unreadable,
	}
	byNumber := map[string]region.Status{}
	for _, s := range o.Statuses {
		byNumber[s.Kommune] = s
	}
	cases := map[fiktiv.Case]int{}
	for _, k := range fiktiv.Region {
		cases[k.Case]++
		st, ok := byNumber[k.Number]
		if !ok {
			t.Errorf("%s %s is not in the overview", k.Number, k.Name)
			continue
		}
		if st.State != want[k.Case] {
			t.Errorf("%s %s (%s): state %s, want %s", k.Number, k.Name, k.Case, st.State, want[k.Case])
		}
		if k.Received != 0 && (st.Received != k.Received || st.From != region.FromLog) {
			t.Errorf("%s %s: received %v from %q, want %v from the log", k.Number, k.Name, st.Received, st.From, k.Received)
		}
		s := st.Submission
		switch k.Case {
		case fiktiv.Missing:
			if s != nil {
				t.Errorf("%s %s: has a submission, want none", k.Number, k.Name)
			}
			continue
		case fiktiv.Unreadable:
			if s == nil || !s.Unreadable || st.Errors == 0 {
				t.Errorf("%s %s: want an unreadable submission with its error", k.Number, k.Name)
			}
			continue
		case fiktiv.Errors:
			wantErrors(t, k, s)
		default:
			if st.Errors > 0 {
				t.Errorf("%s %s: %d errors, want none:\n%s", k.Number, k.Name, st.Errors, s.Problems.String())
			}
		}
		if s == nil || s.Workbook == nil || s.Export == nil {
			t.Errorf("%s %s: want its workbook and its export read", k.Number, k.Name)
			continue
		}
		if k.Former != "" && strings.HasPrefix(k.Folder, k.Former) && s.Given != k.Former {
			t.Errorf("%s %s: folder %s, Given %q; want the former number read", k.Number, k.Name, k.Folder, s.Given)
		}
		pi := s.Workbook.Program
		if !pi.ReportDate.Filled || pi.ReportDate.Value != k.ReportDate {
			t.Errorf("%s %s: Rapporteringsdato %v, want %v", k.Number, k.Name, pi.ReportDate.Value, k.ReportDate)
		}
		if made, ok := s.Workbook.Period(); !ok || made.Period.String() != fiktiv.RegionPeriod {
			t.Errorf("%s %s: the workbook is for %+v, want %s", k.Number, k.Name, made, fiktiv.RegionPeriod)
		}
		if ks := s.Export.Kommuner(); len(ks) != 1 || ks[0] != k.Number {
			t.Errorf("%s %s: the export has figures of %v, want only its own", k.Number, k.Name, ks)
		}
		if len(s.Export.Figures) < 1000 {
			t.Errorf("%s %s: the export has %d figures, want every indicator, period and breakdown", k.Number, k.Name, len(s.Export.Figures))
		}
		exampleMarked(t, s.ExportPath)
	}
	if cases[fiktiv.OnTime] < 4 || cases[fiktiv.Late] < 1 || cases[fiktiv.Missing] != 1 ||
		cases[fiktiv.Errors] != 1 || cases[fiktiv.Unreadable] != 1 {
		t.Errorf("cases %v; the issue asks for some on time, some late, one missing, one with errors, one unreadable", cases)
	}
}

// wantErrors checks the workbook with errors: each mistake made in it is
// reported, at its cell.
func wantErrors(t *testing.T, k fiktiv.RegionKommune, s *region.Submission) {
	t.Helper()
	if s == nil || s.Workbook == nil {
		t.Errorf("%s %s: want its workbook read, with errors", k.Number, k.Name)
		return
	}
	sheets := map[string]int{}
	for _, p := range s.Problems.Items() {
		if p.Severity == diag.Error && p.Pos.Row > 0 && p.Pos.Column != "" {
			sheets[p.Pos.Sheet]++
		}
	}
	if sheets[msg.WBSheetActivities.F()] < 2 || sheets[msg.WBSheetEconomy.F()] < 1 {
		t.Errorf("%s %s: errors with a cell per sheet %v, want 2 on Aktiviteter (framdrift, status) and 1 on Økonomi:\n%s",
			k.Number, k.Name, sheets, s.Problems.String())
	}
	var bad []workbook.Activity
	for _, a := range s.Workbook.Activities {
		if !a.Progress.Filled || !a.Status.Filled {
			bad = append(bad, a)
		}
	}
	if len(bad) != 2 {
		t.Errorf("%s %s: %d activities with a value not read, want 2", k.Number, k.Name, len(bad))
	}
}

// exampleMarked checks that every figure of an export says it is example
// data, as everything made from an example programme does.
func exampleMarked(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\r\n"), "\n")
	for i, line := range lines[1:] {
		if !strings.Contains(line, msg.ExampleData.F()) {
			t.Errorf("%s:%d does not say «%s»: %s", path, i+2, msg.ExampleData.F(), line)
			return
		}
	}
}

// TestRegionHamarIsTheExample checks that Hamar's submission is the
// shipped example programme's: the same registers, so the same figures
// with the same marks as «boso compute» gives for examples/program.yaml.
func TestRegionHamarIsTheExample(t *testing.T) {
	res := compute(t, fiktiv.HalfYear)
	var hamar fiktiv.RegionKommune
	for _, k := range fiktiv.Region {
		if k.Number == "3403" {
			hamar = k
		}
	}
	if hamar.ReportDate != fiktiv.HalfYear.ReportDate {
		t.Fatalf("Hamar's submission is made on %v, the example on %v", hamar.ReportDate, fiktiv.HalfYear.ReportDate)
	}
	path := filepath.Join("region", "innsendt", hamar.Folder, "tall.csv")
	ex, err := region.ReadExport(files.OS, path)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Figures) != len(res.Figures) {
		t.Errorf("%s has %d figures, the example %d", path, len(ex.Figures), len(res.Figures))
	}
	differ := 0
	for _, f := range res.Figures {
		g, ok := ex.Get(f.Kommune, f.Indicator, f.Period, f.Group)
		if !ok || g.Has != f.Has || (f.Has && g.Value != f.Value) || g.Mark != string(f.Mark) {
			if differ++; differ <= 5 {
				t.Errorf("%s %s %q: %s%s in the example, %v in the submission", f.Indicator, f.Period, f.Group, f.Value, f.Mark, g)
			}
		}
	}
}
