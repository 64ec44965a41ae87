package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"boso/indicators/diag"
)

func loadOne(t *testing.T, yaml, csv string) (*Mapping, *diag.List) {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "data.csv"), []byte(csv), 0o644)
	p := filepath.Join(dir, "kilde.yaml")
	os.WriteFile(p, []byte(yaml), 0o644)
	var l diag.List
	ms := LoadMappings([]string{p}, &l)
	if len(ms) != 1 {
		t.Fatalf("no mapping: %s", l.String())
	}
	return ms[0], &l
}

// A values map and a codes list both declare the codes a field can take,
// each with the position of the mapping value that gives the code.
func TestCodeSetAndPositions(t *testing.T) {
	m, l := loadOne(t, `id: k
register: r
file: data.csv
kommune: "3403"
covers: {from: 2024-01-01, to: 2024-12-31}
fields:
  situasjon:
    column: Situasjon
    type: category
    values:
      Uten bolig: bostedslos
      Bostedsløs: bostedslos
      Fare: fare
  vedtak: {column: Vedtak, type: category, codes: [innvilget, avslag]}
  fritt: {column: Fritt, type: category}
  navn: {column: Navn, type: text}
`, "Situasjon;Vedtak;Fritt;Navn\n")
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	for _, c := range []struct {
		field, codes string
		declared     bool
	}{
		{"situasjon", "bostedslos fare", true},
		{"vedtak", "avslag innvilget", true},
		{"fritt", "", false},
		{"navn", "", false},
	} {
		codes, declared := m.Fields[c.field].CodeSet()
		if strings.Join(codes, " ") != c.codes || declared != c.declared {
			t.Errorf("%s: CodeSet() = %v, %v; want %q, %v", c.field, codes, declared, c.codes, c.declared)
		}
	}
	for _, c := range []struct {
		field, code, pos string
	}{
		{"situasjon", "bostedslos", "kilde.yaml:11:19"}, // the first label giving it
		{"situasjon", "fare", "kilde.yaml:13:13"},
		{"vedtak", "avslag", "kilde.yaml:14:63"},
		{"vedtak", "finnes_ikke", "kilde.yaml:14:51"}, // the list itself
	} {
		got := m.Fields[c.field].CodePos(c.code)
		got.File = filepath.Base(got.File)
		if got.String() != c.pos {
			t.Errorf("%s: CodePos(%s) = %s, want %s", c.field, c.code, got, c.pos)
		}
	}
}

// With codes, a cell must hold one of them (in any case); values and codes
// together are refused.
func TestCodesList(t *testing.T) {
	m, l := loadOne(t, `id: k
register: r
file: data.csv
kommune: "3403"
covers: {from: 2024-01-01, to: 2024-12-31}
fields:
  vedtak: {column: Vedtak, type: category, codes: [innvilget, avslag]}
`, "Vedtak\nInnvilget\navslag\n\ntrukket\n")
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	s, ok := m.Open([]string{"vedtak"}, l)
	if !ok {
		t.Fatal(l.String())
	}
	defer s.Close()
	s.Watch("vedtak", "innvilget")
	s.Watch("vedtak", "avslag")
	s.Watch("vedtak", "avslag")
	var got []string
	var rec Record
	for s.Next(&rec) {
		got = append(got, rec.Values[0].Str)
	}
	if strings.Join(got, ",") != "innvilget,avslag," {
		t.Errorf("values %q", got)
	}
	if !strings.Contains(l.String(), "«trukket» er ikke en kjent verdi for Vedtak (ventet en av: innvilget, avslag)") {
		t.Errorf("problems:\n%s", l.String())
	}
	if u := s.Unseen("vedtak"); len(u) != 0 || s.Rows() != 3 {
		t.Errorf("Unseen = %v, Rows = %d", u, s.Rows())
	}

	_, l = loadOne(t, `id: k
register: r
file: data.csv
kommune: "3403"
covers: {from: 2024-01-01, to: 2024-12-31}
fields:
  vedtak: {column: Vedtak, type: category, values: {Ja: ja}, codes: [ja]}
  dato: {column: Dato, type: date, codes: [x]}
`, "Vedtak;Dato\n")
	want := []string{
		"kilde.yaml:7:69: feltet «vedtak» kan ha values eller codes, ikke begge",
		"kilde.yaml:8:43: feltet «dato» har type date og kan ikke ha «codes»",
	}
	for _, w := range want {
		if !strings.Contains(l.String(), w) {
			t.Errorf("missing %q in\n%s", w, l.String())
		}
	}
}

// A stream notes the watched codes no row holds.
func TestUnseen(t *testing.T) {
	m, l := loadOne(t, `id: k
register: r
file: data.csv
kommune: "3403"
covers: {from: 2024-01-01, to: 2024-12-31}
fields:
  s: {column: S, type: category, values: {A: a, B: b, C: c}}
`, "S\nA\nA\nC\nSum\n")
	s, ok := m.Open([]string{"s"}, l)
	if !ok {
		t.Fatal(l.String())
	}
	defer s.Close()
	for _, c := range []string{"a", "b", "c", "d"} {
		s.Watch("s", c)
	}
	s.Watch("ukjent", "a")
	var rec Record
	for s.Next(&rec) {
	}
	if u := strings.Join(s.Unseen("s"), ","); u != "b,d" || s.Rows() != 3 {
		t.Errorf("Unseen = %q, Rows = %d", u, s.Rows())
	}
}
