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

const exportDefs = `indicators:
  - {id: soknader, name: S, definition: d, source: s, unit: antall, kind: flow, register: sok, date: mottatt, measure: count, breakdown: [malgruppe]}
  - {id: innvilget, name: I, definition: d, source: s, unit: antall, kind: flow, register: sok, date: innvilget, measure: count}
  - {id: belop, name: B, definition: d, source: s, unit: NOK, kind: flow, register: sok, date: innvilget, measure: sum, amount: belop}
  - {id: andel, name: A, definition: d, source: s, unit: prosent, kind: ratio, numerator: innvilget, denominator: soknader, factor: 100}
  - {id: dobbel, name: D, definition: d, source: s, unit: antall, kind: derived, formula: "soknader * 2"}
  - {id: bostotte, name: Bo, definition: d, source: s, unit: antall, kind: entered, behaves_as: stock}
`

const exportHeader = "kommunenummer,kommune,periode,indikator,inndeling,verdi,merknad,forklaring,kvalitet,datagrunnlag,forklaringskode,teller,nevner,rader,beregning\n"

// FuzzExportReader reads arbitrary bytes as boso's own figure export
// (format: boso-tall): boso never panics, and what it accepts without an
// error holds together — a figure with a value has no missing-mark, a
// missing one has no value, and a ratio's value is its numerator over its
// denominator.
func FuzzExportReader(f *testing.F) {
	for _, seed := range []string{
		exportHeader + "3403,Hamar,2024,soknader,,3,,,,,,,,,flow_count\n" +
			"3403,Hamar,2024,soknader,malgruppe=unge,2,,,,,,,,,flow_count\n" +
			"3403,Hamar,2024,andel,,66.6667,,,,,,2,3,,ratio\n" +
			"3403,Hamar,2024H1,andel,,,.,nevneren er 0,,,NEVNER_NULL,0,0,,ratio\n" +
			"3403,Hamar,2024,belop,,550000.5,,,,,,,,2,flow_sum\n" +
			"3403,Hamar,2024H2,dobbel,,6,*,,,,IKKE_OVER,,,,derived\n" +
			"3403,Hamar,2024,bostotte,,,..,,,,IKKE_REGISTRERT,,,,entered_stock\n",
		exportHeader + `3403,"'=HYPERLINK(""x"")",2024,soknader,"'@x=1",1,,,,,,,,,` + "\n",
		exportHeader + "3403,Hamar,2024,soknader,,3,..,,,,,,,,\n3403,Hamar,2024,soknader,,3,,,,,,,,,\n",
		exportHeader + "3403,Hamar,2024,andel,,50,,,,,,2,3,,ratio\n3403,Hamar,2024,andel,,,,,,,,,1,,\n",
		exportHeader + "0403,Hamar,2024,soknader,kjonn=,1e9,:,,,,FREMTID,-1,,-2,x\n",
		"kommunenummer;periode;indikator;verdi\n3403;2024;soknader;1\n",
	} {
		f.Add([]byte(seed))
	}
	var l diag.List
	set := definition.Load([]definition.Source{{Name: "def.yaml", Data: []byte(exportDefs)}}, &l)
	if l.Len() > 0 {
		f.Fatal(l.String())
	}
	f.Fuzz(func(t *testing.T, data []byte) { readExportChecked(t, set, data) })
}

// readExportChecked reads data as an export and checks what it accepts.
func readExportChecked(t *testing.T, set *definition.Set, data []byte) {
	periods := []period.Period{period.MustParse("2024"), period.MustParse("2024H1"), period.MustParse("2024H2")}
	{
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "tall.csv"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		mapping := filepath.Join(dir, "tall.yaml")
		if err := os.WriteFile(mapping, []byte("id: t\nregister: tall\nformat: boso-tall\nfile: tall.csv\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		var l diag.List
		maps := source.LoadMappings([]string{mapping}, &l)
		res := Compute(&Input{Set: set, Mappings: maps, Periods: periods, ReportDate: period.MustDate(2025, 1, 31)}, &l)
		if l.Errors() > 0 {
			return
		}
		for _, fig := range res.Figures {
			if fig.Has && fig.Mark != NoMark && fig.Mark != Provisional {
				t.Errorf("%s %s %s %q: value %s with mark %q", fig.Kommune, fig.Period, fig.Indicator, fig.Group, fig.Value, fig.Mark)
			}
			if !fig.Has && (fig.Value != 0 || fig.Mark == NoMark) {
				t.Errorf("%s %s %s %q: missing with value %s, mark %q", fig.Kommune, fig.Period, fig.Indicator, fig.Group, fig.Value, fig.Mark)
			}
			if fig.Indicator == "andel" && fig.Has {
				if want, ok := Ratio(fig.Numerator, fig.Denominator, 100); !fig.Parts || !ok || want != fig.Value {
					t.Errorf("%s %s andel %s from %s / %s (parts %v)", fig.Kommune, fig.Period, fig.Value, fig.Numerator, fig.Denominator, fig.Parts)
				}
			}
			if fig.Group != "" && !strings.HasPrefix(fig.Group, "malgruppe=") {
				t.Errorf("%s %s %s: group %q accepted", fig.Kommune, fig.Period, fig.Indicator, fig.Group)
			}
		}
	}
}
