package reference

import (
	"strings"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/stdlib"
)

// Every text the report's readers see for a standard indicator – its name,
// definition, source and how it is counted – is free of developer words,
// and no source rests on «boso».
func TestStandardLibraryForReaders(t *testing.T) {
	var l diag.List
	set := definition.Load(stdlib.Sources(), &l)
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	for _, ind := range set.Indicators {
		for what, text := range map[string]string{
			"name": ind.Name, "definition": ind.Definition, "source": ind.Source,
			"ForReaders": ForReaders(ind, set), "TypedInForReaders": TypedInForReaders(ind, set),
		} {
			if w := DeveloperWords(text); len(w) > 0 {
				t.Errorf("%s: %s has developer words %q: %s", ind.ID, what, w, text)
			}
		}
		if ForReaders(ind, set) == "" {
			t.Errorf("%s: no description for readers", ind.ID)
		}
	}
}

// The checker itself finds what it must.
func TestDeveloperWords(t *testing.T) {
	for _, bad := range []string{
		"stock: forskjellige `husstand`", "flow: antall rader der mottatt", "vedtak == \"innvilget\"",
		"startlan_innvilget / startlan_vedtak", "sammenlignet med 2023H2", "Kilde: boso", "boso sitt valg",
		"en episode aktiv på dagen", "entered: registreres for hånd", "i H2",
	} {
		if len(DeveloperWords(bad)) == 0 {
			t.Errorf("not caught: %q", bad)
		}
	}
	if w := DeveloperWords("Tallet for 2. halvår 2023 er antall husstander per 31. desember; første og siste dag regnes med."); len(w) > 0 {
		t.Errorf("plain text flagged: %q", w)
	}
}

// Each kind and setting gives its own plain description.
func TestForReadersByKind(t *testing.T) {
	set := testSet(t, `
indicators:
  - {id: a, name: Innvilgede, definition: d, source: s, unit: antall, kind: flow, register: r, date: vedtaksdato, measure: count}
  - {id: b, name: Ferdigbehandlede, definition: d, source: s, unit: antall, kind: flow, register: r, date: okdato, measure: count}
  - {id: c, name: Husstander, definition: d, source: s, unit: antall, kind: flow, register: r, date: overtatt, measure: count_distinct, key: husstand}
  - {id: d, name: Beløp, definition: d, source: s, unit: NOK, kind: flow, register: r, date: vedtaksdato, measure: sum, amount: belop}
  - {id: e, name: Bostedsløse, definition: d, source: s, unit: antall, kind: stock, register: r, from: fra, to: til, key: husstand, stock_on: last_day, per_1000: true}
  - {id: f, name: Venteliste, definition: d, source: s, unit: antall, kind: stock, register: r, from: fra, to: til, key: husstand, stock_on: first_day}
  - {id: g, name: I løpet av, definition: d, source: s, unit: antall, kind: stock, register: r, from: fra, to: til, key: sakid, stock_on: during}
  - {id: h, name: Lenge, definition: d, source: s, unit: antall, kind: stock, register: r, from: fra, to: til, key: husstand, stock_on: last_day, min_duration: {more_than_days: 90, counting: nights}}
  - {id: i, name: Lenge2, definition: d, source: s, unit: antall, kind: stock, register: r, from: fra, to: til, key: husstand, stock_on: during, min_duration: {more_than_days: 1, counting: days_inclusive}}
  - {id: j, name: Andel, definition: d, source: s, unit: prosent, kind: ratio, numerator: a, denominator: b, factor: 100}
  - {id: k, name: Forhold, definition: d, source: s, unit: forhold, kind: ratio, numerator: a, denominator: b, factor: 1}
  - {id: l, name: Per 10000, definition: d, source: s, unit: forhold, kind: ratio, numerator: a, denominator: innbyggere, factor: 10000}
  - {id: m, name: Sum, definition: d, source: s, unit: antall, kind: derived, formula: "(a + b) * 2.5"}
  - {id: n, name: Størst, definition: d, source: s, unit: antall, kind: derived, formula: "max(a, b)"}
  - {id: o, name: Bostøtte, definition: d, source: s, unit: antall, kind: entered, behaves_as: stock}
  - {id: p, name: Kurs, definition: d, source: s, unit: antall, kind: entered, behaves_as: flow}
`)
	for _, c := range []struct {
		id   string
		want []string
	}{
		{"a", []string{"Antall saker med vedtaksdato i perioden, første og siste dag medregnet", "Et år er summen av de to halvårene"}},
		{"b", []string{"Antall saker med dato i perioden"}},
		{"c", []string{"Antall husstander med dato for overtakelse", "Hver husstand telles én gang per periode", "et år kan være mindre enn summen"}},
		{"d", []string{"Summen i kroner for saker med vedtaksdato"}},
		{"e", []string{"på periodens siste dag (30. juni for 1. halvår, 31. desember for et helt år)", "Hver husstand telles én gang", "Per 1000 innbyggere: delt på folketallet i kommunen 1. januar samme år"}},
		{"f", []string{"på periodens første dag (1. januar for et helt år og for 1. halvår, 1. juli for 2. halvår)"}},
		{"g", []string{"Antall saker som definisjonen har gjeldt for minst én dag i perioden", "Hver sak telles én gang"}},
		{"h", []string{"Bare husstander som på den dagen har vært i situasjonen sammenhengende i mer enn 90 netter (første dag er natt 0), telles", "to opphold etter hverandre legges ikke sammen"}},
		{"i", []string{"på en dag i perioden", "mer enn 1 dag (første og siste dag medregnet)"}},
		{"j", []string{"«Innvilgede» i prosent av «Ferdigbehandlede» i samme periode", "Er «Ferdigbehandlede» 0, kan andelen ikke beregnes (.)"}},
		{"k", []string{"«Innvilgede» delt på «Ferdigbehandlede» i samme periode."}},
		{"l", []string{"«Innvilgede» delt på folketallet i kommunen 1. januar samme år, ganger 10000."}},
		{"m", []string{"Regnes ut som («Innvilgede» pluss «Ferdigbehandlede») ganger 2,5 for samme periode", "(..)"}},
		{"n", []string{"Regnes ut fra «Innvilgede» og «Ferdigbehandlede» for samme periode"}},
		{"o", []string{"føres inn av kommunen", "arket «Tall»", "Et år har samme tall som 2. halvår"}},
		{"p", []string{"føres inn av kommunen", "summen av de to halvårene"}},
		{"e_per_1000", []string{"«Bostedsløse» per 1000 innbyggere: tallet delt på folketallet i kommunen 1. januar samme år, ganger 1000", "Begge halvår og året bruker samme folketall"}},
	} {
		ind := set.Get(c.id)
		got := ForReaders(ind, set)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", c.id, got, w)
			}
		}
		if w := DeveloperWords(got); len(w) > 0 {
			t.Errorf("%s: developer words %q in %q", c.id, w, got)
		}
	}
	typed := TypedInForReaders(set.Get("e"), set)
	if !strings.HasPrefix(typed, ForReaders(set.Get("e"), set)) || !strings.Contains(typed, "føres inn av kommunen") {
		t.Errorf("typed-in stock: %q", typed)
	}
	if TypedInForReaders(set.Get("o"), set) != ForReaders(set.Get("o"), set) {
		t.Error("an entered indicator is described once")
	}
}

func testSet(t *testing.T, yaml string) *definition.Set {
	t.Helper()
	var l diag.List
	set := definition.Load([]definition.Source{{Name: "test.yaml", Data: []byte(yaml)}}, &l)
	if l.Errors() > 0 {
		t.Fatal(l.String())
	}
	return set
}
