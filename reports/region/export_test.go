package region

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/tidy"
	"boso/templates/msg"

	"golang.org/x/text/encoding/charmap"
)

// An export read back keeps every figure (breakdowns too) and finds each
// by its key; a figure given twice is an error at the second row naming
// the first.
func TestReadExportFiguresAndDuplicates(t *testing.T) {
	csv := hamarExport(t)
	dir := t.TempDir()
	write := func(name, text string) string {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return filepath.Join(dir, name)
	}
	fs := files.Dir(dir, false)
	ex, err := ReadExport(fs, write("tall.csv", csv))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(csv, "\n"), "\n")
	if len(ex.Figures) != len(lines)-1 {
		t.Fatalf("%d figures from %d rows", len(ex.Figures), len(lines)-1)
	}
	groups := 0
	for i := range ex.Figures {
		f := &ex.Figures[i]
		if f.Group != "" {
			groups++
		}
		g, ok := ex.Get(f.Kommune, f.Indicator, f.Period, f.Group)
		if !ok || g != f {
			t.Fatalf("Get(%s, %s, %v, %q) = %v, %v; want row %d", f.Kommune, f.Indicator, f.Period, f.Group, g, ok, f.Pos.Line)
		}
	}
	if groups == 0 {
		t.Fatal("the example's export has no breakdowns: the test reads too little")
	}
	if _, ok := ex.Get("3403", "finnes_ikke", ex.Figures[0].Period, ""); ok {
		t.Error("Get found an indicator the export does not have")
	}

	dup := strings.Join(append(lines, lines[5]), "\n") + "\n"
	_, err = ReadExport(fs, write("dobbel.csv", dup))
	var le *diag.ListError
	if !errors.As(err, &le) {
		t.Fatalf("a figure given twice: err = %v, want a list of problems", err)
	}
	want := msg.RegExportDuplicate.F(6)
	if s := le.List.String(); !strings.Contains(s, want) || !strings.Contains(s, "dobbel.csv") {
		t.Errorf("a figure given twice (rows 6 and %d): %s\nwant %q", len(lines)+1, s, want)
	}
}

// A submission's rows are judged as a programme reading the export judges
// them (engine.CheckExportRow, engine.CheckFigureValue): each hostile row
// is an error at its line, an 11-digit value is never repeated, and a
// misspelt indicator is said (a warning) instead of vanishing.
func TestReadExportJudgesRows(t *testing.T) {
	base := hamarExport(t)
	rows, err := csv.NewReader(strings.NewReader(base)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	find := func(ind, p, group string) int {
		for i, r := range rows {
			if r[tidy.ColIndikator] == ind && r[tidy.ColPeriode] == p && r[tidy.ColInndeling] == group && r[tidy.ColVerdi] != "" {
				return i
			}
		}
		t.Fatalf("no row %s %s %q with a value", ind, p, group)
		return -1
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		name       string
		ind, group string
		col        int
		value      string
		want       string // in the error
		warning    bool
	}{
		{"an id as a count", "bostedslose", "", tidy.ColVerdi, "12058800072", msg.ValuePersonalID.F(), false},
		{"an id as a denominator", "bostedslose_per_1000", "", tidy.ColNevner, "12058800072", msg.ValuePersonalID.F(), false},
		{"a negative count", "bostedslose", "", tidy.ColVerdi, "-5", "er negativ", false},
		{"a count with decimals", "bostedslose", "", tidy.ColVerdi, "5.5", "har desimaler", false},
		{"a ratio its parts do not give", "bostedslose_per_1000", "", tidy.ColVerdi, "99.5", "", false},
		{"a value with a mark", "bostedslose", "", tidy.ColMerknad, "..", "", false},
		{"a breakdown the indicator lacks", "bostedslose", "", tidy.ColInndeling, "alder=pensjonister", "", false},
		{"a misspelt indicator", "bostedslose", "", tidy.ColIndikator, "bostedslosee", "mente du «bostedslose»", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edited := make([][]string, len(rows))
			for i := range rows {
				edited[i] = append([]string(nil), rows[i]...)
			}
			i := find(tc.ind, "2025H1", tc.group)
			edited[i][tc.col] = tc.value
			var b strings.Builder
			w := csv.NewWriter(&b)
			w.WriteAll(edited)
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".csv")
			if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			ex, err := ReadExport(files.Dir(dir, false), path)
			line := fmt.Sprintf(".csv:%d", i+1)
			if tc.warning {
				if err != nil || ex.Warnings.Len() != 1 || !strings.Contains(ex.Warnings.String(), tc.want) || !strings.Contains(ex.Warnings.String(), line) {
					t.Fatalf("err %v, warnings %s; want one warning at %s with %q", err, ex.Warnings.String(), line, tc.want)
				}
				if _, ok := ex.Get("3403", "bostedslose", period.MustParse("2025H1"), ""); ok {
					t.Error("the misspelt row was used")
				}
				return
			}
			var le *diag.ListError
			if !errors.As(err, &le) {
				t.Fatalf("err = %v, want the row's problem", err)
			}
			s := le.List.String()
			if le.List.Errors() != 1 || !strings.Contains(s, line) || !strings.Contains(s, tc.want) {
				t.Errorf("%s\nwant one error at %s with %q", s, line, tc.want)
			}
			if strings.Contains(s, "12058800072") || strings.Contains(s, "12 058 800 072") {
				t.Errorf("the id is repeated: %s", s)
			}
		})
	}
}

// The export opened and saved again in Excel with Norwegian settings («;»,
// decimal commas, CRLF, Windows-1252, the leading zero of 0301 dropped)
// reads as the same figures.
func TestReadExportSavedByExcel(t *testing.T) {
	orig := hamarExport(t)
	dir := t.TempDir()
	fs := files.Dir(dir, false)
	want := func(name string, b []byte) *Export {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		ex, err := ReadExport(fs, filepath.Join(dir, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return ex
	}
	a := want("tall.csv", []byte(orig))
	rows, err := csv.NewReader(strings.NewReader(orig)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	decimals := 0
	for _, r := range rows {
		for i, c := range r {
			if n := strings.Count(c, "."); n == 1 && strings.Trim(strings.Replace(c, ".", "", 1), "-0123456789") == "" && c != "." {
				r[i] = strings.Replace(c, ".", ",", 1)
				decimals++
			}
			if i == 0 && c == "3403" {
				r[i] = "403" // as if Hamar were 0403: Excel drops the zero
			}
		}
		w := csv.NewWriter(&b)
		w.Comma, w.UseCRLF = ';', true
		w.Write(r)
		w.Flush()
	}
	if decimals == 0 {
		t.Fatal("the example's export has no decimals: the test reads too little")
	}
	cp, err := charmap.Windows1252.NewEncoder().String(b.String())
	if err != nil {
		t.Fatal(err)
	}
	e := want("excel.csv", []byte(cp))
	if len(e.Figures) != len(a.Figures) || len(e.Warnings.Items()) != len(a.Warnings.Items()) {
		t.Fatalf("%d figures and %d warnings, want %d and %d", len(e.Figures), len(e.Warnings.Items()), len(a.Figures), len(a.Warnings.Items()))
	}
	for i := range a.Figures {
		x, y := a.Figures[i], e.Figures[i]
		if y.Kommune == "0403" {
			y.Kommune = "3403"
		}
		if x.Kommune != y.Kommune || x.Indicator != y.Indicator || x.Value != y.Value || x.Numerator != y.Numerator || x.Denominator != y.Denominator || x.Mark != y.Mark || x.Reason != y.Reason || x.Rows != y.Rows {
			t.Fatalf("row %d: %+v\nsaved by Excel: %+v", x.Pos.Line, x, y)
		}
	}
}
