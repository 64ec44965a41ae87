package region

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/templates/msg"
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
