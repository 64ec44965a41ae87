package region

import (
	"bytes"
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/indicators/stdlib"
	"boso/reports/build"
	"boso/reports/html"
	"boso/reports/pipeline"

	"github.com/xuri/excelize/v2"
)

var (
	hamarOnce sync.Once
	hamarCSV  string
	hamarErr  error
)

// hamarExport is the shipped example's figure export (Hamar, 3403), made
// through the pipeline as boso compute makes it.
func hamarExport(t testing.TB) string {
	t.Helper()
	hamarOnce.Do(func() {
		ctx := context.Background()
		var l diag.List
		run, err := pipeline.Load(ctx, pipeline.Config{Files: files.Dir("../../examples", false), Program: "../../examples/program.yaml", Date: period.MustDate(2025, 8, 20)}, &l)
		if err != nil {
			hamarErr = err
			return
		}
		run.ReadWorkbook(files.OS, "", &l)
		if _, err := run.Compute(ctx, &l); err != nil || l.Errors() > 0 {
			hamarErr = err
			return
		}
		var b strings.Builder
		hamarErr = run.FigureFiles("ut")[0].Fill(&b)
		hamarCSV = b.String()
	})
	if hamarErr != nil {
		t.Fatal(hamarErr)
	}
	return hamarCSV
}

// asKommune is an export with its kommunenummer changed.
func asKommune(csv, k string) string {
	lines := strings.Split(csv, "\n")
	for i := 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "3403,") {
			lines[i] = k + "," + strings.TrimPrefix(lines[i], "3403,")
		}
	}
	return strings.Join(lines, "\n")
}

const regionYAML = `name: Eksempelregion
example: true
kommuner: ["3403", "3405", "3407", "3411"]
submissions: innsendt
log: innsendinger.csv
`

func testRegion(t *testing.T) fstest.MapFS {
	t.Helper()
	wb, err := os.ReadFile("../../examples/arbeidsbok.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	csv := hamarExport(t)
	return fstest.MapFS{
		"region.yaml":                          {Data: []byte(regionYAML)},
		"innsendinger.csv":                     {Data: []byte("Kommunenummer;Mottatt\n3403;20.08.2025\n3405;12.09.2025\n")},
		"innsendt/3403-hamar/tall.csv":         {Data: []byte(csv)},
		"innsendt/3403-hamar/arbeidsbok.xlsx":  {Data: wb},
		"innsendt/3405/tall.csv":               {Data: []byte(asKommune(csv, "3405"))},
		"innsendt/3407-gjovik/arbeidsbok.xlsx": {Data: []byte("PK\x03\x04 dette er ikke en arbeidsbok")},
	}
}

func runRegion(t *testing.T, fsys fstest.MapFS) *Result {
	t.Helper()
	var l diag.List
	res, err := Run(context.Background(), Options{Files: files.New(fsys, ""), Config: "region.yaml",
		Period: period.MustParse("2025H1"), Date: period.MustDate(2025, 9, 15)}, &l)
	if err != nil {
		t.Fatalf("%v\n%s", err, l.String())
	}
	if l.Errors() > 0 {
		t.Fatalf("problems:\n%s", l.String())
	}
	return res
}

func TestStatus(t *testing.T) {
	res := runRegion(t, testRegion(t))
	o := res.Overview
	want := map[string]State{"3403": OnTime, "3405": Late, "3407": Unreadable, "3411": Missing}
	for _, st := range o.Statuses {
		if st.State != want[st.Kommune] {
			t.Errorf("%s: %s, want %s", st.Kommune, st.State, want[st.Kommune])
		}
	}
	if o.Statuses[1].DaysLate != 12 || o.Statuses[1].From != FromLog {
		t.Errorf("3405: %d days late from %q, want 12 from the log", o.Statuses[1].DaysLate, o.Statuses[1].From)
	}
	if o.Received() != 3 || o.ReceivedOnTime() != 1 || o.Expected() != 4 {
		t.Errorf("received %d, on time %d, expected %d; want 3, 1, 4", o.Received(), o.ReceivedOnTime(), o.Expected())
	}
	if st := o.Statuses[2]; st.Errors == 0 || len(st.First) == 0 || !strings.Contains(st.First[0].Pos.File, "3407-gjovik") {
		t.Errorf("the unreadable submission lists no problem with its file: %+v", st.First)
	}
	if got := strings.Join(o.Statuses[1].Empty, ","); got != "1,2,3,3.1,4,5" {
		t.Errorf("a submission without a workbook: empty sections %q", got)
	}
}

// The region's figures are made from the kommuners': counts add, ratios
// are summed numerators over summed denominators.
func TestTotals(t *testing.T) {
	res := runRegion(t, testRegion(t))
	r := res.Rollup
	checked := 0
	for _, ind := range r.Indicators {
		for _, p := range r.Periods {
			a, okA := r.Get("3403", ind.ID, p)
			b, okB := r.Get("3405", ind.ID, p)
			tot := r.Total(ind.ID, p)
			if !okA || !okB || !a.Has || !b.Has {
				continue
			}
			want := a.Num + b.Num
			if ind.Kind == definition.Ratio {
				if !a.Parts {
					t.Errorf("%s %s: the export has no numerator and denominator", ind.ID, p)
					continue
				}
				// the same kommune twice: its own ratio, from its exact parts
				want = (a.Numerator + b.Numerator) / (a.Denominator + b.Denominator) * ind.Factor
				if diff := want - a.Num; diff > 1e-4 || diff < -1e-4 {
					t.Errorf("%s %s: the export's ratio %g is not its parts' %g", ind.ID, p, a.Num, want)
				}
			}
			if diff := tot.Num - want; diff > 1e-6 || diff < -1e-6 || tot.Kommuner != 2 {
				t.Errorf("%s %s: region %g over %d kommuner, want %g over 2", ind.ID, p, tot.Num, tot.Kommuner, want)
			}
			checked++
		}
	}
	if checked < 20 {
		t.Errorf("only %d figures compared", checked)
	}
}

// No published figure gives a small count away: each is hidden, and a
// reader who subtracts the shown kommuner from the shown region total
// does not get one back.
func TestSmallCountsHidden(t *testing.T) {
	res := runRegion(t, testRegion(t))
	r := res.Rollup
	var dl diag.List
	set := definition.Load(stdlib.Sources(), &dl)
	h, err := r.Protect(set, build.DefaultThreshold)
	if err != nil {
		t.Fatal(err)
	}
	small := 0
	for _, ind := range r.baseIndicators(set) {
		if ind.Unit != definition.Count {
			continue
		}
		for _, p := range r.Periods {
			tot := r.Total(ind.ID, p)
			rest := tot.Num
			unknown := 0
			for _, k := range r.Kommuner {
				v, ok := r.Get(k, ind.ID, p)
				if !ok || !v.Has {
					continue
				}
				if v.Num >= 1 && v.Num <= build.DefaultThreshold {
					small++
					if !h.Kommune(k, ind.ID, p) {
						t.Errorf("%s %s %s = %g is shown", k, ind.ID, p, v.Num)
					}
				}
				if h.Kommune(k, ind.ID, p) {
					unknown++
				} else {
					rest -= v.Num
				}
			}
			if unknown == 1 && !h.Region(ind.ID, p) {
				t.Errorf("%s %s: one kommune hidden and the region shown: the difference %g gives it away", ind.ID, p, rest)
			}
		}
	}
	if small == 0 {
		t.Fatal("the test region has no small count: the test proves nothing")
	}
}

func TestRenders(t *testing.T) {
	res := runRegion(t, testRegion(t))
	var b strings.Builder
	if err := html.Write(&b, res.Report); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{"Eksempel – fiktive tall", "Hamar", "mottatt 12 dager for sent", "mangler", "Regionen i alt", "Rapporteringsgrad"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, f := range res.Files(t.TempDir()) {
		if err := f.Fill(&strings.Builder{}); err != nil {
			t.Errorf("%s: %v", f.Path, err)
		}
	}
}

// The whole country's and the KOSTRA group's figures from an SSB table
// stand beside the kommuners', for the latest year SSB has at the report
// period; a rate the export lacks is made from SSB's population.
func TestComparisons(t *testing.T) {
	fsys := testRegion(t)
	kostra, err := os.ReadFile("../../indicators/ssb/testdata/kostra-sosialhjelp.json")
	if err != nil {
		t.Fatal(err)
	}
	pop, err := os.ReadFile("../../indicators/ssb/testdata/befolkning-07459-api.csv")
	if err != nil {
		t.Fatal(err)
	}
	fsys["ssb/kostra.json"] = &fstest.MapFile{Data: kostra}
	fsys["ssb/befolkning.csv"] = &fstest.MapFile{Data: pop}
	fsys["region.yaml"] = &fstest.MapFile{Data: []byte(regionYAML + `population: ssb/befolkning.csv
comparisons:
  - file: ssb/kostra.json
    indicators: {bostedslose_per_1000: KOSandelsosialhj0000}
kostra_groups: {"3403": EKG13, "3405": EKG13}
`)}
	// Lillehammer's export without its rates: they come from SSB's population
	var kept []string
	for _, line := range strings.Split(string(fsys["innsendt/3405/tall.csv"].Data), "\n") {
		if !strings.Contains(line, "_per_1000,") {
			kept = append(kept, line)
		}
	}
	fsys["innsendt/3405/tall.csv"] = &fstest.MapFile{Data: []byte(strings.Join(kept, "\n"))}
	res := runRegion(t, fsys)
	cm := res.Rollup.Compared["bostedslose_per_1000"]
	if cm == nil || cm.Country == nil || cm.Country.Period.String() != "2024" || cm.Groups["EKG13"] == nil {
		t.Fatalf("comparisons: %+v", cm)
	}
	p := period.MustParse("2025H1")
	v, ok := res.Rollup.Get("3405", "bostedslose_per_1000", p)
	count, _ := res.Rollup.Get("3405", "bostedslose", p)
	if !ok || !v.Has || v.Denominator != 29390 || v.Num != count.Num/29390*1000 {
		t.Errorf("3405's rate from SSB's population: %+v (count %g)", v, count.Num)
	}
	var b strings.Builder
	if err := html.Write(&b, res.Report); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Hele landet (SSB, 2024)", "KOSTRA-gruppe 13 (SSB, 2024)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// A kommune's figures in the roll-up are those of its own report: every
// figure the kommune's published report shows for one indicator and period
// is the roll-up's for the kommune, where the roll-up shows it too.
func TestSameAsOwnReport(t *testing.T) {
	ctx := context.Background()
	var l diag.List
	run, err := pipeline.Load(ctx, pipeline.Config{Files: files.Dir("../../examples", false), Program: "../../examples/program.yaml", Date: period.MustDate(2025, 8, 20)}, &l)
	if err != nil {
		t.Fatal(err)
	}
	p := period.MustParse("2025H1")
	run.Need(p, p.SameLastYear())
	run.ReadWorkbook(files.OS, "", &l)
	if _, err := run.Compute(ctx, &l); err != nil {
		t.Fatal(err)
	}
	reps, err := run.Reports(ctx, pipeline.ReportOptions{Period: p, Threshold: build.DefaultThreshold})
	if err != nil {
		t.Fatal(err)
	}
	res := runRegion(t, testRegion(t))
	compared := 0
	for _, s := range reps[0].Model.Sections {
		for _, b := range s.Blocks {
			if b.Table == nil {
				continue
			}
			for _, row := range b.Table.Rows {
				for _, c := range row.Cells {
					if !c.IsNum || c.Signed || len(c.Facts) != 1 {
						continue
					}
					f := strings.Split(c.Facts[0], "|")
					if len(f) != 3 || f[2] != "" {
						continue
					}
					q, err := period.Parse(f[1])
					if err != nil {
						continue
					}
					v, ok := res.Rollup.Get("3403", f[0], q)
					if !ok {
						continue
					}
					if !v.Has {
						t.Errorf("%s %s: the report shows %s, the roll-up has no figure", f[0], q, c.Text)
						continue
					}
					if got := dec2(v.Num, c.Decimals); got != c.Num {
						t.Errorf("%s %s: the report shows %s, the roll-up has %s", f[0], q, c.Text, got)
					}
					compared++
				}
			}
		}
	}
	if compared < 20 {
		t.Errorf("only %d figures compared", compared)
	}
}

// The same submissions give the same bytes.
func TestRerunSameBytes(t *testing.T) {
	fsys := testRegion(t)
	render := func() [][]byte {
		res := runRegion(t, fsys)
		var out [][]byte
		for _, f := range res.Files("ut") {
			var b bytes.Buffer
			if err := f.Fill(&b); err != nil {
				t.Fatal(err)
			}
			out = append(out, b.Bytes())
		}
		return out
	}
	a, b := render(), render()
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			t.Errorf("file %d differs between two runs", i)
		}
	}
}

// A negative count typed into a submission's Tall sheet is listed among
// its problems at its cell, as the kommune's own report refuses it.
func TestSubmissionWorkbookNegative(t *testing.T) {
	fsys := testRegion(t)
	f, err := excelize.OpenReader(bytes.NewReader(fsys["innsendt/3403-hamar/arbeidsbok.xlsx"].Data))
	if err != nil {
		t.Fatal(err)
	}
	// Tall!C3 is bostotte_mottakere (antall) for 2016H1; G is Verdi
	if id, _ := f.GetCellValue("Tall", "C3"); id != "bostotte_mottakere" {
		t.Fatalf("Tall!C3 is %q: the example workbook changed", id)
	}
	if err := f.SetCellInt("Tall", "G3", -4); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	fsys["innsendt/3403-hamar/arbeidsbok.xlsx"] = &fstest.MapFile{Data: b.Bytes()}
	res := runRegion(t, fsys)
	st := res.Overview.Statuses[0]
	found := false
	for _, p := range st.First {
		if p.Pos.Sheet == "Tall" && p.Pos.Row == 3 && strings.Contains(p.Msg, "−4") {
			found = true
		}
	}
	if !found || st.Errors == 0 {
		t.Errorf("the negative count at Tall!G3 is not among Hamar's problems: %d errors, %+v", st.Errors, st.First)
	}
}
