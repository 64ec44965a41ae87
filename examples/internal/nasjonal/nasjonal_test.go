package nasjonal

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/kommuner"
	"boso/indicators/period"
	"boso/reports/pipeline"
)

// compared are the indicators the benchmark's peers compute too: each
// must have figures above zero in a small workload.
var compared = []string{
	"bostedslose", "bostedslose_per_1000", "midlertidig_botilbud", "midlertidig_botilbud_over_3_mnd",
	"barnefamilier_uegnet_bolig", "begjaeringer_utkastelse", "utkastelser", "startlan_soknader",
	"startlan_innvilget", "startlan_innvilget_belop", "startlan_innvilgelsesandel", "fra_leie_til_eie",
	"kommunal_bolig_soknader", "kommunal_bolig_tildelinger", "kommunal_bolig_venteliste",
}

// figures computes a written workload as `boso compute` does and returns
// its tall.csv; the problems found must hold no error.
// To keep the test fast, only every sixth kommune is computed (all 357 are
// read and checked).
func figures(t *testing.T, dir string) []byte {
	t.Helper()
	ctx := context.Background()
	var some []string
	for i, k := range kommuner.All() {
		if i%6 == 0 {
			some = append(some, k.Number)
		}
	}
	var l diag.List
	run, err := pipeline.Load(ctx, pipeline.Config{Files: files.Dir(dir, false), Program: filepath.Join(dir, ProgramFile), Date: period.MustDate(2026, 1, 15), Kommuner: some}, &l)
	if err != nil {
		t.Fatalf("load: %v\n%s", err, l.String())
	}
	if _, err := run.Compute(ctx, &l); err != nil {
		t.Fatal(err)
	}
	if l.Errors() > 0 {
		t.Fatalf("%d errors:\n%s", l.Errors(), l.String())
	}
	var b bytes.Buffer
	if err := run.FigureFiles("ut")[0].Fill(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A small workload is read without errors, and every indicator the
// benchmark compares has figures, summed over the kommuner, above zero in
// every year; the legacy export of the same records gives the same figures.
func TestSmallWorkload(t *testing.T) {
	clean, legacy := t.TempDir(), t.TempDir()
	st, err := Write(clean, Options{Rows: 20_000})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(kommuner.All()); n != 357 {
		t.Errorf("%d kommuner, want 357", n)
	}
	if prog, _ := os.ReadFile(filepath.Join(clean, ProgramFile)); bytes.Count(prog, []byte("{number: ")) != 357 {
		t.Errorf("the programme does not list the 357 kommuner")
	}
	if st.CaseRows < 18_000 || st.CaseRows > 22_000 {
		t.Errorf("%d case rows, want about 20 000", st.CaseRows)
	}
	if _, err := Write(legacy, Options{Rows: 20_000, Legacy: true}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{KartleggingFile, StartlanFile} {
		b, err := os.ReadFile(filepath.Join(legacy, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte{0xA0}) && name == StartlanFile || !bytes.Contains(b, []byte("Bostedsl\xf8s")) && name == KartleggingFile {
			t.Errorf("%s: not a Windows-1252 export with grouped amounts", name)
		}
	}
	a := figures(t, clean)
	rows, err := csv.NewReader(bytes.NewReader(a)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	sum := map[string]float64{} // indicator|year
	for _, r := range rows[1:] {
		if r[col["inndeling"]] != "" || len(r[col["periode"]]) != 4 {
			continue
		}
		v, err := strconv.ParseFloat(r[col["verdi"]], 64)
		if err == nil {
			sum[r[col["indikator"]]+"|"+r[col["periode"]]] += v
		}
	}
	for _, id := range compared {
		for y := 2016; y <= 2025; y++ {
			if s := sum[id+"|"+strconv.Itoa(y)]; s <= 0 {
				t.Errorf("%s %d: %v, want above zero", id, y, s)
			}
		}
	}
	if b := figures(t, legacy); !bytes.Equal(a, b) {
		al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
		for i := range min(len(al), len(bl)) {
			if al[i] != bl[i] {
				t.Fatalf("the legacy export gives other figures, line %d:\n  %s\n  %s", i+1, al[i], bl[i])
			}
		}
		t.Fatalf("the legacy export gives %d lines, the clean one %d", len(bl), len(al))
	}
}

// The same options give the same bytes.
func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if _, err := Write(d, Options{Rows: 3_000, Legacy: true}); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{ProgramFile, KartleggingFile, StartlanFile, UtkastelserFile, KommunalBoligFile, InnbyggereFile, "kilder/kartlegging.yaml"} {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs (or is empty)", name)
		}
	}
}
