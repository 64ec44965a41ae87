package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"boso/templates/msg"
)

// TestExportShapes runs the standard library on the shipped example's
// registers written as case systems also export them: one housing
// situation file for boligsituasjon and midlertidig (with a number of
// children instead of a yes/no), and evictions as events with a type
// column. The mappings are the reference page's own examples; every
// figure must be the one the example's own shapes give.
func TestExportShapes(t *testing.T) {
	dir := t.TempDir()
	orig, shaped := filepath.Join(dir, "orig"), filepath.Join(dir, "shaped")
	for _, d := range []string{orig, shaped} {
		copyFolder(t, "../../examples", d, "arsrapport", "gen", "internal")
	}
	for _, f := range []string{"boligsituasjon.yaml", "midlertidig.yaml", "utkastelser.yaml"} {
		if err := os.Remove(filepath.Join(shaped, "kilder", f)); err != nil {
			t.Fatal(err)
		}
	}
	for _, ex := range []msg.Text{msg.RefShapeSituation, msg.RefShapeTemporary, msg.RefShapeEvictions} {
		text := ex.F()
		name := strings.TrimPrefix(strings.SplitN(text, "\n", 2)[0], "# ")
		writeText(t, filepath.Join(shaped, name), text)
	}
	writeText(t, filepath.Join(shaped, "data", "kartlegging.csv"), situationFile(t, orig))
	writeText(t, filepath.Join(shaped, "data", "utkastelser_hendelser.csv"), evictionEvents(t, orig))

	want := computeFigures(t, orig)
	got := computeFigures(t, shaped)
	if len(want) < 1000 {
		t.Fatalf("only %d figures from the example", len(want))
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			t.Errorf("%s: shaped export gives %q, the example %q", k, g, w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: only in the shaped export", k)
		}
	}
}

// computeFigures runs compute on a programme folder and returns value and
// mark by kommune, period, indicator and breakdown.
func computeFigures(t *testing.T, dir string) map[string]string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	out := filepath.Join(dir, "ut")
	code := run([]string{"compute", "--program", filepath.Join(dir, "program.yaml"), "--ut", out}, &stdout, &stderr, time.Date(2025, 8, 20, 12, 0, 0, 0, time.UTC))
	if code != 0 {
		t.Fatalf("compute in %s: exit %d\n%s%s", dir, code, stdout.String(), stderr.String())
	}
	f, err := os.Open(filepath.Join(out, "tall.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	figs := map[string]string{}
	for _, r := range rows[1:] {
		figs[strings.Join([]string{r[0], r[2], r[3], r[4]}, " ")] = r[5] + " " + r[6]
	}
	return figs
}

// situationFile writes the example's housing situations and temporary
// stays as one UTF-8 export with a Situasjon column and a number of children.
func situationFile(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Kommunenr;Husstand;Situasjon;Fra dato;Til dato;Antall barn;Målgruppe\n")
	raw, err := os.ReadFile(filepath.Join(dir, "data", "boligsituasjon.csv"))
	if err != nil {
		t.Fatal(err)
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	header := true
	n := 0
	for _, line := range strings.Split(strings.ReplaceAll(string(text), "\r\n", "\n"), "\n") {
		c := strings.Split(line, ";")
		if header {
			header = len(c) < 8 || strings.TrimSpace(c[2]) != "HUSSTAND-ID"
			continue
		}
		if len(c) < 8 || c[0] == "Totalt" {
			continue
		}
		children := "0"
		if strings.HasPrefix(strings.TrimSpace(c[6]), "J") {
			children = strconv.Itoa(1 + n%3)
		}
		n++
		fmt.Fprintf(&b, "%s;%s;%s;%s;%s;%s;%s\n", c[1], c[2], c[3], c[4], c[5], children, c[7])
	}
	if n < 1000 {
		t.Fatalf("read only %d housing situations", n)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "data", "midlertidig_botilbud.xlsx"), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Opphold")
	if err != nil {
		t.Fatal(err)
	}
	group := map[string]string{"Rus/psykiatri": "Rus/psykisk helse", "Ungdom under 25": "Unge (16–24 år)", "Flyktning": "Flyktning", "Barnefamilie": "Barnefamilie", "Annet": "Øvrige", "": ""}
	stays := 0
	for _, r := range rows {
		if len(r) < 7 || r[0] == "Kommunenr" || r[0] == "Sum" {
			continue
		}
		g, ok := group[r[6]]
		if !ok {
			t.Fatalf("målgruppe %q", r[6])
		}
		fmt.Fprintf(&b, "%s;%s;Midlertidig botilbud;%s;%s;;%s\n", r[0], r[1], serialDate(t, r[3]), serialDate(t, r[4]), g)
		stays++
	}
	if stays < 500 {
		t.Fatalf("read only %d stays", stays)
	}
	return b.String()
}

func serialDate(t *testing.T, s string) string {
	if s == "" {
		return ""
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("date serial %q", s)
	}
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(v)).Format("02.01.2006")
}

// evictionEvents writes the example's eviction cases as events: one row
// per request and one per eviction carried out, with a type column.
func evictionEvents(t *testing.T, dir string) string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "data", "utkastelser_namsfogden.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("Saksnummer,Kommunenr,Type,Dato\n")
	done := 0
	for _, r := range rows[1:] {
		fmt.Fprintf(&b, "%s,%s,Begjæring,%s\n", r[0], r[1], r[4])
		if r[5] != "" {
			fmt.Fprintf(&b, "%s,%s,Gjennomført,%s\n", r[0], r[1], r[5])
			done++
		}
	}
	if done < 100 {
		t.Fatalf("only %d evictions", done)
	}
	return b.String()
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// copyFolder copies a folder, leaving out the named subfolders.
func copyFolder(t *testing.T, from, to string, skip ...string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		for _, s := range skip {
			if rel == s {
				return filepath.SkipDir
			}
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		src, err := os.Open(p)
		if err != nil {
			return err
		}
		defer src.Close()
		dst, err := os.Create(filepath.Join(to, rel))
		if err != nil {
			return err
		}
		if _, err := io.Copy(dst, src); err != nil {
			dst.Close()
			return err
		}
		return dst.Close()
	})
	if err != nil {
		t.Fatal(err)
	}
}
