package build

import (
	"flag"
	"os"
	"strings"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/indicators/reference"
	"boso/reports/model"
)

var updateAppendix = flag.Bool("update", false, "rewrite testdata/appendix-*.txt")

func appendixOf(t *testing.T, r *model.Report) *model.Section {
	t.Helper()
	for i := range r.Sections {
		if r.Sections[i].ID == "vedlegg" {
			return &r.Sections[i]
		}
	}
	t.Fatal("no appendix")
	return nil
}

// appendixText is the appendix as a reader reads it: each definition's
// heading and text, then the notes.
func appendixText(s *model.Section) string {
	var b strings.Builder
	b.WriteString(s.Title + "\n")
	for _, bl := range s.Blocks {
		switch {
		case bl.Paragraph != nil:
			b.WriteString("\n## " + bl.Paragraph.Heading + "\n\n" + bl.Paragraph.Text + "\n")
		case bl.Note != nil:
			b.WriteString("\n" + bl.Note.Text + "\n")
		}
	}
	return b.String()
}

// The definitions appendix is written for the report's readers: no kinds,
// field names, filters, period ids or «boso» as a source, in the half-year
// and the annual report of the example; every indicator of section 5 is
// defined; the waiting list names its day; figures typed in say so.
func TestAppendixForReaders(t *testing.T) {
	_, in, _ := example(t)
	for _, p := range []string{"2025H1", "2025"} {
		r := build(t, p, false)
		s := appendixOf(t, r)
		text := appendixText(s)
		if w := reference.DeveloperWords(text); len(w) > 0 {
			t.Errorf("%s: developer words in the appendix: %q", p, w)
		}
		heads := map[string]string{}
		for _, bl := range s.Blocks {
			if bl.Paragraph != nil {
				heads[bl.Paragraph.Heading] = bl.Paragraph.Text
			}
		}
		for _, ind := range in.Set.Indicators {
			if !ind.InReport() {
				continue
			}
			got, ok := heads[ind.Name]
			if !ok {
				t.Errorf("%s: %s not defined in the appendix", p, ind.ID)
				continue
			}
			if !strings.Contains(got, reference.ForReaders(ind, in.Set)) && !strings.Contains(got, reference.TypedInForReaders(ind, in.Set)) {
				t.Errorf("%s: %s lacks its description for readers", p, ind.ID)
			}
			if ind.Kind == definition.Entered && !strings.Contains(got, "føres inn av kommunen") {
				t.Errorf("%s: entered %s does not say it is typed in", p, ind.ID)
			}
		}
		vl := heads[in.Set.Get("kommunal_bolig_venteliste").Name]
		if !strings.Contains(vl, "per 1. januar") || !strings.Contains(vl, "gjelder 1. januar 2025") {
			t.Errorf("%s: the waiting list does not name its day: %s", p, vl)
		}
		if !strings.Contains(heads["Innvilgelsesandel, startlån"], "«Ferdigbehandlede søknader om startlån»: ") {
			t.Errorf("%s: the share's denominator, not shown in the report, is not defined", p)
		}
		golden := "testdata/appendix-" + p + ".txt"
		if *updateAppendix {
			os.WriteFile(golden, []byte(text), 0o644)
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if text != string(want) {
			t.Errorf("appendix differs from %s; run go test ./reports/build -run Appendix -update and review the diff", golden)
		}
	}
}

// A computed indicator whose figure was typed in (its register had no
// export) is described as typed in, not as counted from cases.
func TestAppendixTypedIn(t *testing.T) {
	prog, in, res := example(t)
	p := period.MustParse("2025H1")
	figs := append([]engine.Figure(nil), res.Figures...)
	for i := range figs {
		if figs[i].Indicator == "utkastelser" && figs[i].Period == p && figs[i].Kommune == "3403" {
			figs[i].Flags = append(figs[i].Flags, &engine.Flag{Code: engine.FlagEntered})
		}
	}
	r, err := Build(&Input{Program: prog, Set: in.Set, Figures: figs, Kommune: "3403", Period: p,
		ReportDate: period.MustDate(2025, 8, 20), Targets: TargetsOf(prog, in.Set, "3403")})
	if err != nil {
		t.Fatal(err)
	}
	for _, bl := range appendixOf(t, r).Blocks {
		if bl.Paragraph == nil {
			continue
		}
		typed := strings.Contains(bl.Paragraph.Text, "føres inn av kommunen")
		switch bl.Paragraph.Heading {
		case "Gjennomførte utkastelser":
			if !typed {
				t.Errorf("typed-in utkastelser: %s", bl.Paragraph.Text)
			}
		case "Begjæringer om utkastelse":
			if typed {
				t.Errorf("computed begjæringer called typed in: %s", bl.Paragraph.Text)
			}
		}
	}
}
