package pipeline

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"testing/fstest"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/html"
)

// fuzzProgram is the programme every fuzzed input runs in: one kommune,
// the programme's usual period types, the user's definitions in place of
// the standard library and one source mapping.
const fuzzProgram = `name: Fuzz
kommuner:
  - {number: "3403", name: Hamar}
period: 2016-2025
period_types: [program, år, halvår]
standard_library: false
indicators: [egne.yaml]
sources: [kilde.yaml]
renumber:
  "0403": ["3403"]
targets:
  - indicator: utkastelser
    kommune: "3403"
    direction: lower
    baseline: {period: "2016", value: 17}
    targets: {"2020": 12, "2025": 8}
`

// FuzzPipeline drives definitions × source mapping × register file through
// the whole computation — loading the programme, computing every period,
// explaining a figure, the tidy export and the internal report's model and
// HTML — and asks only that nothing panics. The seeds are the shipped
// example's files (each mapping pointed at data.csv, the file the fuzzer
// writes).
func FuzzPipeline(f *testing.F) { fuzzPipeline(f, false) }

// FuzzPipelinePublished is FuzzPipeline that also builds the published
// report, whose disclosure planning makes each run some hundred times
// slower: fuzz it for longer.
func FuzzPipelinePublished(f *testing.F) { fuzzPipeline(f, true) }

func fuzzPipeline(f *testing.F, published bool) {
	stdlib, err := os.ReadFile("../../indicators/stdlib/husbanken.yaml")
	if err != nil {
		f.Fatal(err)
	}
	fileLine := regexp.MustCompile(`(?m)^file: .*$`)
	for _, ex := range []struct{ mapping, data string }{
		{"utkastelser.yaml", "utkastelser_namsfogden.csv"},
		{"startlan.yaml", "startlan.csv"},
		{"boligsituasjon.yaml", "boligsituasjon.csv"},
		{"innbyggere.yaml", "innbyggere.csv"},
		{"kommunal_bolig.yaml", "kommunal_bolig.txt"},
	} {
		m, err := os.ReadFile(filepath.Join("../../examples/kilder", ex.mapping))
		if err != nil {
			f.Fatal(err)
		}
		d, err := os.ReadFile(filepath.Join("../../examples/data", ex.data))
		if err != nil {
			f.Fatal(err)
		}
		m = fileLine.ReplaceAll(m, []byte("file: data.csv"))
		f.Add(stdlib, m, head(d, 40))
	}
	f.Add([]byte(fuzzDefs), []byte(fuzzMapping), []byte(fuzzData))
	f.Fuzz(func(t *testing.T, defs, mapping, data []byte) {
		if len(defs)+len(mapping)+len(data) > 1<<17 {
			t.Skip()
		}
		fsys := fstest.MapFS{
			"program.yaml": {Data: []byte(fuzzProgram)}, "egne.yaml": {Data: defs},
			"kilde.yaml": {Data: mapping}, "data.csv": {Data: data},
		}
		runAll(t, files.New(fsys, ""), published)
	})
}

// runAll runs one programme the way boso compute, explain and report do.
func runAll(t *testing.T, fsys files.FS, published bool) {
	ctx := context.Background()
	var l diag.List
	p := period.Period{Type: period.Half, Year: 2025, N: 1}
	run, err := Load(ctx, Config{Files: fsys, Program: "program.yaml", Date: period.MustDate(2025, 8, 20)}, &l)
	if err != nil {
		return
	}
	run.Need(p, p.SameLastYear())
	if l.Errors() > 0 {
		return
	}
	if _, err := run.Compute(ctx, &l); err != nil {
		t.Fatal(err)
	}
	_ = l.String()
	streamedAsWhole(t, fsys, run, &l, p)
	for _, ind := range run.Input.Set.Order() {
		if ind.Kind == definition.Flow || ind.Kind == definition.Stock {
			var el diag.List
			if _, _, err := run.Explain(ctx, ind.ID, "3403", p, &el); err != nil {
				t.Fatal(err)
			}
			_ = el.String()
			break
		}
	}
	if l.Errors() > 0 {
		return
	}
	for _, f := range run.FigureFiles("ut")[:1] { // the csv
		if err := f.Fill(io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	for _, internal := range []bool{true, false} {
		if !internal && !published {
			continue
		}
		reps, err := run.Reports(ctx, ReportOptions{Period: p, Internal: internal})
		if err != nil {
			t.Fatalf("build: %v", err)
		}
		for _, rep := range reps {
			if err := html.Write(io.Discard, rep.Model); err != nil {
				t.Fatalf("html: %v", err)
			}
		}
	}
}

// streamedAsWhole runs the programme again the way compute --uten-xlsx
// does (figures made kommune by kommune as tall.csv is written) and
// checks that it finds the same problems and writes the same tall.csv as
// run, computed whole into l.
func streamedAsWhole(t *testing.T, fsys files.FS, run *Run, l *diag.List, p period.Period) {
	t.Helper()
	ctx := context.Background()
	var whole bytes.Buffer
	if l.Errors() == 0 {
		if err := run.FigureFiles("ut")[0].Fill(&whole); err != nil {
			t.Fatal(err)
		}
	}
	var sl diag.List
	again, err := Load(ctx, Config{Files: fsys, Program: "program.yaml", Date: period.MustDate(2025, 8, 20)}, &sl)
	if err != nil {
		t.Fatalf("loaded once, not twice: %v", err)
	}
	again.Need(p, p.SameLastYear())
	sc, err := again.Scan(ctx, &sl)
	if err != nil {
		t.Fatal(err)
	}
	var streamed bytes.Buffer
	if sl.Errors() == 0 {
		err = again.StreamedCSVFigureFiles("ut", sc, &sl, nil)[0].Fill(&streamed)
		if err != nil && !errors.Is(err, ErrFinishProblems) {
			t.Fatal(err)
		}
		if errors.Is(err, ErrFinishProblems) != (sl.Errors() > 0) {
			t.Fatalf("Fill: %v, with %d errors", err, sl.Errors())
		}
	}
	if got, want := sl.String(), l.String(); got != want {
		t.Fatalf("streamed, the problems are\n%s\nwhole, they are\n%s", got, want)
	}
	if l.Errors() == 0 && !bytes.Equal(streamed.Bytes(), whole.Bytes()) {
		t.Fatalf("streamed tall.csv differs:\n%s\nwhole:\n%s", streamed.String(), whole.String())
	}
}

// head returns the first n lines of b (a UTF-16 file's lines end in "\n\x00").
func head(b []byte, n int) []byte {
	sep := []byte("\n")
	if len(b) > 1 && (b[0] == 0xff && b[1] == 0xfe) {
		sep = []byte("\n\x00")
	}
	i := 0
	for ; n > 0; n-- {
		j := bytes.Index(b[i:], sep)
		if j < 0 {
			return b
		}
		i += j + len(sep)
	}
	return b[:i]
}

const fuzzDefs = `indicators:
  - id: utkastelser
    name: Gjennomførte utkastelser
    definition: d
    source: Test
    unit: antall
    kind: flow
    register: utkastelser
    date: gjennomfort
    measure: count
    filter: belop > 0
    breakdown: [type]
  - id: husstander
    name: Husstander
    definition: d
    source: Test
    unit: antall
    kind: stock
    register: utkastelser
    from: gjennomfort
    to: slutt
    key: husstand
    stock_on: last_day
    min_duration: {more_than_days: 90, counting: nights}
  - id: belop
    name: Beløp
    definition: d
    source: Test
    unit: NOK
    kind: flow
    register: utkastelser
    date: gjennomfort
    measure: sum
    amount: belop
  - id: andel
    name: Andel
    definition: d
    source: Test
    unit: prosent
    kind: ratio
    numerator: utkastelser
    denominator: husstander
    factor: 100
  - id: sum
    name: Sum
    definition: d
    source: Test
    unit: antall
    kind: derived
    formula: utkastelser + husstander
`

const fuzzMapping = `id: utk
register: utkastelser
file: data.csv
delimiter: ";"
decimal: ","
covers: {from: 2016-01-01, exported: 2025-08-15}
fields:
  kommune: {column: Kommunenr, type: kommune}
  gjennomfort: {column: Gjennomført, type: date}
  slutt: {column: Slutt, type: date}
  belop: {column: Beløp, type: amount}
  husstand: {column: Husstand, type: text}
  type:
    column: Type
    type: category
    values: {A: a, B: b}
`

const fuzzData = "Kommunenr;Gjennomført;Slutt;Beløp;Husstand;Type\n" +
	"3403;01.02.2024;;1 000;A;A\n" +
	"0403;01.03.2019;01.06.2019;12 500,50;B;B\n" +
	"3403;15.03.2025;;0;A;A\n" +
	"3403;01.01.2016;31.12.2024;7;C;B\n"
