package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"boso/examples/internal/fiktiv"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/program"
	"boso/indicators/source"
	"boso/reports/build"
	"boso/reports/notes"
	"boso/reports/tidy"
	"boso/reports/xlsx"
	"boso/templates/workbook"
)

// TestExportReadsBack computes each example as «boso compute» does
// (registers and workbook), writes tall.csv and tall.xlsx, and reads each
// back as the only source of a second run (format: boso-tall): every
// figure — indicator × period × group — comes back with the same value,
// mark, reason code, numerator, denominator and rows. This is what a
// regional roll-up relies on when it reads a kommune's export.
func TestExportReadsBack(t *testing.T) {
	for _, ex := range fiktiv.Examples {
		t.Run(ex.Period, func(t *testing.T) {
			p, in := computeInputs(t, ex)
			var l diag.List
			res := engine.Compute(in, &l)
			if l.Errors() > 0 {
				t.Fatalf("%d feil:\n%s", l.Errors(), l.String())
			}
			meta := tidy.Meta{Program: p.Name, Example: p.Example, Kommuner: map[string]string{"3403": "Hamar"}, Words: notes.For(in.Set), Set: in.Set}
			dir := t.TempDir()
			var csvFile, xlsxFile bytes.Buffer
			if err := tidy.WriteCSV(&csvFile, res.Figures, meta); err != nil {
				t.Fatal(err)
			}
			if err := xlsx.WriteFigures(&xlsxFile, res.Figures, meta, in.ReportDate); err != nil {
				t.Fatal(err)
			}
			for name, data := range map[string][]byte{"tall.csv": csvFile.Bytes(), "tall.xlsx": xlsxFile.Bytes()} {
				t.Run(name, func(t *testing.T) {
					back := readBack(t, dir, name, data, in)
					sameFigures(t, res.Figures, back.Figures)
				})
			}
		})
	}
}

// computeInputs is what «boso compute» reads for an example: its
// registers and the figures typed into its workbook.
func computeInputs(t *testing.T, ex *fiktiv.Example) (*program.Program, *engine.Input) {
	t.Helper()
	var l diag.List
	path := filepath.Join(ex.Dir, "program.yaml")
	p, ok := program.Load(path, &l)
	if !ok {
		t.Fatalf("%s:\n%s", path, l.String())
	}
	in := p.Inputs(nil, ex.ReportDate, &l)
	mapped := map[string]bool{}
	for _, m := range in.Mappings {
		mapped[m.Register] = true
	}
	wb, wl := workbook.Read(p.WorkbookPath(), build.WorkbookOptions(p, in.Set, mapped))
	l.Append(wl)
	if l.Errors() > 0 || wb == nil {
		t.Fatalf("%s:\n%s", path, l.String())
	}
	in.Entered = build.EnteredOf(wb)
	return p, in
}

// readBack computes again from the export alone: one mapping with format:
// boso-tall, no registers, no workbook, the same periods and report date.
func readBack(t *testing.T, dir, name string, data []byte, orig *engine.Input) *engine.Result {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
	mapping := filepath.Join(dir, name+".yaml")
	y := "id: innsendt\nregister: tall\nformat: boso-tall\nfile: " + name + "\n"
	if err := os.WriteFile(mapping, []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	var l diag.List
	in := *orig
	in.Mappings = source.LoadMappings([]string{mapping}, &l)
	in.Entered = nil
	res := engine.Compute(&in, &l)
	if l.Errors() > 0 {
		t.Fatalf("reading %s back: %d feil:\n%s", name, l.Errors(), l.String())
	}
	return res
}

// origin is the reason code a figure has where it was computed: a figure
// read back from an export keeps it as Reason.Origin.
func origin(f *engine.Figure) engine.ReasonCode {
	if f.Reason == nil {
		return ""
	}
	if f.Reason.Origin != "" {
		return f.Reason.Origin
	}
	return f.Reason.Code
}

func sameFigures(t *testing.T, want, got []engine.Figure) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d figures read back, want %d", len(got), len(want))
	}
	groups, marks, ratios := 0, 0, 0
	for i := range want {
		w, g := &want[i], &got[i]
		if w.Kommune != g.Kommune || w.Period != g.Period || w.Indicator != g.Indicator || w.Group != g.Group ||
			w.Has != g.Has || w.Value != g.Value || w.Mark != g.Mark || origin(w) != origin(g) ||
			w.Parts != g.Parts || w.Numerator != g.Numerator || w.Denominator != g.Denominator || w.Rows != g.Rows {
			t.Errorf("figure %d:\n got %s %s %s %q: %v %s %q %s parts %v %s/%s rows %d\nwant %s %s %s %q: %v %s %q %s parts %v %s/%s rows %d", i,
				g.Kommune, g.Period, g.Indicator, g.Group, g.Has, g.Value, g.Mark, origin(g), g.Parts, g.Numerator, g.Denominator, g.Rows,
				w.Kommune, w.Period, w.Indicator, w.Group, w.Has, w.Value, w.Mark, origin(w), w.Parts, w.Numerator, w.Denominator, w.Rows)
			if t.Failed() && i > 20 {
				t.FailNow()
			}
		}
		if w.Group != "" {
			groups++
		}
		if w.Mark != engine.NoMark {
			marks++
		}
		if w.Parts {
			ratios++
		}
	}
	// the example has all three, or the test proves less than it says
	if groups == 0 || marks == 0 || ratios == 0 {
		t.Errorf("the example has %d breakdown figures, %d marked and %d ratios; want some of each", groups, marks, ratios)
	}
}
