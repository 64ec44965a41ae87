package engine

import (
	"path/filepath"
	"strings"
	"testing"
)

func codeDefs(filters ...string) string {
	var b strings.Builder
	b.WriteString("indicators:\n")
	for i, f := range filters {
		b.WriteString(`  - {id: i` + string(rune('a'+i)) + `, name: N, definition: D, source: S, unit: antall, kind: flow, register: sak, date: dato, measure: count, filter: '` + f + `'}` + "\n")
	}
	return b.String()
}

const codeFields = `  kommune: {column: K, type: kommune}
  dato: {column: Dato, type: date}
  s: {column: S, type: category, values: {A: a, B: b}}
  barn: {column: Barn, type: bool}
`

// Which codes are told, by which check, for filters and mappings that
// disagree (or not). Each line of want is a problem code and its whole
// message.
func TestCodeChecks(t *testing.T) {
	for _, tc := range []struct {
		name    string
		filters []string
		fields  string // of export sak; "" for codeFields
		csv     string // of export sak; "" for both codes
		second  string // fields of a second export of the register, if any
		std     bool   // the filters are the standard library's
		want    []string
	}{
		{name: "agree", filters: []string{`s == "a"`, `s in ["b"]`}},
		{name: "not in, misspelt", filters: []string{`s == "a"`, `s not in ["bb"]`},
			want: []string{`BOSO-K001 indikator «ib» ser etter koden «bb» i feltet «s», men kilden «sak» gir den aldri, bare a og b`}},
		{name: "a label for a code", filters: []string{`s == "a"`, `s == "B"`},
			want: []string{`BOSO-K001 indikator «ib» ser etter koden «B» i feltet «s», men kilden «sak» gir den aldri, bare a og b («B» er verdien i filen; filteret må bruke koden den gir, «b»)`}},
		{name: "a label in other letters", filters: []string{`s == "a"`, `s == "ja"`},
			fields: strings.Replace(codeFields, "{A: a, B: b}", "{A: a, Ja: b}", 1), csv: "K;Dato;S;Barn\n3403;01.02.2024;A;ja\n3403;01.03.2024;Ja;nei\n",
			want: []string{`BOSO-K001 indikator «ib» ser etter koden «ja» i feltet «s», men kilden «sak» gir den aldri, bare a og b («Ja» er verdien i filen; filteret må bruke koden den gir, «b»)`}},
		{name: "a code in other letters", filters: []string{`s == "a"`, `s == "fravikelse"`},
			fields: strings.Replace(codeFields, "values: {A: a, B: b}", "codes: [a, Fravikelse]", 1), csv: "K;Dato;S;Barn\n3403;01.02.2024;a;nei\n3403;01.03.2024;Fravikelse;nei\n",
			want: []string{`BOSO-K001 indikator «ib» ser etter koden «fravikelse» i feltet «s», men kilden «sak» gir den aldri, bare Fravikelse og a (koden skrives «Fravikelse»: i et filter teller store og små bokstaver)`}},
		{name: "a code no filter counts", filters: []string{`s == "a"`},
			want: []string{`BOSO-K002 ingen indikator teller rader med koden «b» i feltet «s»: indikatorene på registeret «sak» ser bare etter a`}},
		{name: "counted through another field", filters: []string{`s == "a" || barn == true`}},
		{name: "counted by an indicator without filter on it", filters: []string{`s == "a"`, `barn == true`}},
		{name: "field no filter reads", filters: []string{`barn == true`}},
		{name: "one export of two lacks the code", filters: []string{`s == "a"`, `s == "b"`},
			second: strings.Replace(codeFields, "{A: a, B: b}", "{A: a, X: x}", 1),
			want: []string{
				`BOSO-E001 kilden «sak2» dekker de samme dagene som «sak» (register sak, 01.01.2024–31.12.2024); rader som står i begge, telles to ganger (forskjellige nøkler telles likevel én gang)`,
				`BOSO-K002 ingen indikator teller rader med koden «x» i feltet «s»: indikatorene på registeret «sak» ser bare etter a og b`,
				`BOSO-K001 indikator «ib» ser etter koden «b» i feltet «s», men kilden «sak2» gir den aldri, bare a og x`,
			}},
		{name: "standard library, no near miss: told at the values", filters: []string{`s == "a"`, `s == "c"`}, std: true,
			want: []string{
				`sak.yaml:8:42: BOSO-K001 standardindikatoren «ib» ser etter koden «c» i feltet «s», men kilden gir den aldri, bare a og b`,
				`sak.yaml:8:52: BOSO-K002 ingen indikator teller rader med koden «b» i feltet «s»: indikatorene på registeret «sak» ser bare etter a og c`,
			}},
		{name: "standard library, near miss: told at the value", filters: []string{`s == "alfa"`, `s == "beta"`}, std: true,
			fields: strings.Replace(codeFields, "{A: a, B: b}", "{A: alfa, B: bota}", 1),
			csv:    "K;Dato;S;Barn\n3403;01.02.2024;A;ja\n",
			want: []string{
				`sak.yaml:8:55: BOSO-K001 standardindikatoren «ib» ser etter koden «beta» i feltet «s», men kilden gir den aldri, bare alfa og bota (skal «bota» være «beta»?)`,
			}},
		{name: "passed through: told by compute when absent", filters: []string{`s == "a"`, `s == "c"`},
			fields: strings.Replace(codeFields, ", values: {A: a, B: b}", "", 1), csv: "K;Dato;S;Barn\n3403;01.02.2024;a;ja\n",
			want: []string{`BOSO-K003 ingen rad har koden «c» i feltet «s» (kolonne «S»), som filteret til «ib» ser etter`}},
		{name: "absent from the data", filters: []string{`s == "a"`, `s == "b"`}, csv: "K;Dato;S;Barn\n3403;01.02.2024;A;ja\n",
			want: []string{`BOSO-K003 ingen rad har koden «b» i feltet «s» (kolonne «S», fra «B»), som filteret til «ib» ser etter`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, codeDefs(tc.filters...))
			f.standard = tc.std
			fields, csv := tc.fields, tc.csv
			if fields == "" {
				fields = codeFields
			}
			if csv == "" {
				csv = "K;Dato;S;Barn\n3403;01.02.2024;A;ja\n3403;01.03.2024;B;nei\n"
			}
			f.register("sak", "sak", csv, fields, "2024-01-01", "2024-12-31")
			if tc.second != "" {
				f.register("sak2", "sak", "K;Dato;S;Barn\n5610;01.02.2024;A;ja\n5610;01.02.2024;X;ja\n", tc.second, "2024-01-01", "2024-12-31")
			}
			_, l := f.run("2024")
			var got []string
			for _, p := range l.Items() {
				line := p.Code + " " + p.Msg
				if tc.std && p.Pos.File != "" {
					line = filepath.Base(p.Pos.String()) + ": " + line
				}
				got = append(got, line)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for i, w := range tc.want {
				if got[i] != w {
					t.Errorf("problem %d:\n got %s\nwant %s", i, got[i], w)
				}
			}
		})
	}
}

// A short breakdown code that is the start of a named group (or the other
// way round) is taken for a typo of it: «ung» for «unge».
func TestPrefixOf(t *testing.T) {
	named := []string{"barnefamilier", "flyktninger", "unge", "ovrige"}
	for code, want := range map[string]string{"ung": "unge", "ungdom": "", "unger": "unge", "ov": "", "annen": ""} {
		got, ok := prefixOf(code, named)
		if got != want || ok != (want != "") {
			t.Errorf("prefixOf(%q) = %q, %v; want %q", code, got, ok, want)
		}
	}
}
