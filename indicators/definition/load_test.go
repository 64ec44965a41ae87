package definition

import (
	"strings"
	"testing"

	"boso/indicators/diag"
)

func load(t *testing.T, src string) (*Set, string) {
	t.Helper()
	var l diag.List
	s := Load([]Source{{Name: "d.yaml", Data: []byte(src)}}, &l)
	return s, l.String()
}

const head = `indicators:
  - id: a
    name: A
    definition: d
    source: s
    unit: antall
`

func TestValidationProblems(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"unknown kind", head + "    kind: strøm\n", "d.yaml:7:11: ugyldig verdi «strøm»: «strøm» er ikke tillatt; bruk en av: flow, stock, ratio, derived, entered"},
		{"flow needs date", head + "    kind: flow\n    register: r\n    measure: count\n", "d.yaml:2:5: indikator «a» av typen flow trenger feltet «date»"},
		{"stock field on flow", head + "    kind: flow\n    register: r\n    date: d\n    measure: count\n    stock_on: last_day\n", "d.yaml:11:15: indikator «a» av typen flow kan ikke ha feltet «stock_on»"},
		{"distinct needs key", head + "    kind: flow\n    register: r\n    date: d\n    measure: count_distinct\n", "d.yaml:10:14: indikator «a»: målet count_distinct trenger feltet «key»"},
		{"bad id", strings.Replace(head, "id: a", "id: A-1", 1) + "    kind: entered\n", "d.yaml:2:9: id «A-1» kan bare ha små bokstaver"},
		{"formula unknown", head + "    kind: derived\n    formula: b + 1\n", "d.yaml:8:14: ukjent navn «b» i uttrykket"},
		{"cycle", head + "    kind: derived\n    formula: b + 1\n  - {id: b, name: B, definition: d, source: s, unit: antall, kind: derived, formula: a * 2}\n", "avhenger av seg selv (a → b → a)"},
		{"percent factor", head + "    kind: entered\n  - {id: p, name: P, definition: d, source: s, unit: prosent, kind: ratio, numerator: a, denominator: a, factor: 1}\n", "indikator «p» har enhet prosent og bør ha factor 100, fant 1"},
		{"bad target period", head + "    kind: entered\n    targets: {2025H3: 4}\n", "«2025H3» er ikke en periode"},
		{"duplicate", head + "    kind: entered\n" + strings.TrimPrefix(head, "indicators:\n") + "    kind: entered\n", "indikator «a» er definert to ganger (første gang i d.yaml:2:5)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got := load(t, tc.src)
			if !strings.Contains(got, tc.want) {
				t.Errorf("want %q in\n%s", tc.want, got)
			}
		})
	}
}

func TestPer1000AndOrder(t *testing.T) {
	s, problems := load(t, head+"    kind: derived\n    formula: b * 2\n    per_1000: true\n  - {id: b, name: B, definition: d, source: s, unit: antall, kind: entered}\n")
	if problems != "" {
		t.Fatal(problems)
	}
	p := s.Get("a_per_1000")
	if p == nil || p.Numerator != "a" || p.Denominator != Population || p.Factor != 1000 || p.Unit != Per1000 {
		t.Fatalf("per 1000: %+v", p)
	}
	var order []string
	for _, ind := range s.Order() {
		order = append(order, ind.ID)
	}
	if strings.Join(order, ",") != "b,a,a_per_1000" {
		t.Fatal(order)
	}
}

func TestDurationDays(t *testing.T) {
	if (Duration{MoreThanDays: 90, Counting: Nights}).MinDays() != 91 || (Duration{MoreThanDays: 90, Counting: DaysInclusive}).MinDays() != 90 {
		t.Fatal("more than 90 nights means from ≤ d − 91; 90 days counting both ends means from ≤ d − 90")
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(head + "    kind: flow\n    register: r\n    date: d\n    measure: count\n    filter: x > 1\n")
	f.Add(head + "    kind: derived\n    formula: a + b\n")
	f.Add("rules: [{id: r, text: t, assert: a < b}]\n")
	f.Fuzz(func(t *testing.T, src string) {
		var l diag.List
		s := Load([]Source{{Name: "f.yaml", Data: []byte(src)}}, &l)
		s.Order()
		for _, p := range l.Items() {
			if p.Pos.File != "f.yaml" || p.Msg == "" {
				t.Fatalf("problem without file or text: %+v", p)
			}
		}
	})
}

func TestBreakdownLabels(t *testing.T) {
	s, problems := load(t, head+"    kind: entered\nbreakdowns:\n  - field: malgruppe\n    name: Målgruppe\n    values:\n      - {code: unge, name: Unge}\n      - {code: ukjent, name: Ikke oppgitt}\n")
	if problems != "" {
		t.Fatal(problems)
	}
	for _, tc := range []struct {
		group, field, value string
		order               int
	}{
		{"malgruppe=ukjent", "Målgruppe", "Ikke oppgitt", 1},
		{"malgruppe=unge", "Målgruppe", "Unge", 0},
		{"malgruppe=eldre", "Målgruppe", "eldre", -1},
		{"kjonn=k", "kjonn", "k", -1},
	} {
		f, v, o := s.Group(tc.group)
		if f != tc.field || v != tc.value || o != tc.order {
			t.Errorf("Group(%q) = %q, %q, %d; want %q, %q, %d", tc.group, f, v, o, tc.field, tc.value, tc.order)
		}
	}
	if _, problems := load(t, head+"    kind: entered\nbreakdowns:\n  - field: malgruppe\n    values: [{code: unge}]\n"); !strings.Contains(problems, "name") {
		t.Errorf("missing names not reported: %q", problems)
	}
}
