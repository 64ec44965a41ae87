package engine

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"boso/indicators/definition"
	"boso/indicators/period"
)

// TestKeySetsCountEachKeyOnce checks the distinct counts of key sets,
// one word per row joined when counting (up to 64 periods) and a map of
// words per key (more), against sets of keys per period.
func TestKeySetsCountEachKeyOnce(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, periods := range []int{1, 30, 64, 65, 200} {
		const ids = 500
		s := &keySets{words: (periods + 63) / 64}
		if s.words > 1 {
			s.large = map[uint32][]uint64{}
		}
		var scratch []uint64
		want := make([]map[uint32]bool, periods)
		for i := range want {
			want[i] = map[uint32]bool{}
		}
		for range 40000 { // many times the keys: the words are joined as they come
			id := uint32(rng.IntN(ids))
			var ps []int
			for p := range periods {
				if rng.IntN(5) == 0 {
					ps = append(ps, p)
					want[p][id] = true
				}
			}
			s.add(id, ps, &scratch)
		}
		got := s.counts(periods, &scratch)
		for p := range periods {
			if got[p] != int64(len(want[p])) {
				t.Fatalf("%d periods: period %d counts %d keys, want %d", periods, p, got[p], len(want[p]))
			}
		}
		if slices.ContainsFunc(scratch, func(w uint64) bool { return w != 0 }) {
			t.Fatalf("%d periods: the buffer is not left zero", periods)
		}
		if periods <= 64 && cap(s.pairs) > 4*ids {
			t.Fatalf("%d periods: room for %d words kept for %d keys", periods, cap(s.pairs), ids)
		}
	}
}

// TestGroupOnlyOnceCounted checks which breakdown groups a figure export
// has: a count's group is one once a row counts in a requested period
// (a målgruppe met only in 2019 gives no 2020 group), while a distinct
// count has every group a row of the run named, as before the labels
// were kept per binding.
func TestGroupOnlyOnceCounted(t *testing.T) {
	defs := `
indicators:
  - id: soknader
    name: Søknader
    definition: d
    source: s
    unit: antall
    kind: flow
    register: lte
    date: dato
    measure: count
    breakdown: [malgruppe]
  - id: husstander
    name: Husstander
    definition: d
    source: s
    unit: antall
    kind: flow
    register: lte
    date: dato
    measure: count_distinct
    key: husstand
    breakdown: [malgruppe]
`
	f := newFixture(t, defs)
	f.register("lte", "lte", lines(
		"Kommune;Husstand;Dato;Målgruppe",
		"3403;A;01.02.2019;Unge",
		"3403;B;01.02.2020;Flyktning",
		"3403;C;01.03.2020;Flyktning",
	), `  kommune: {column: Kommune, type: kommune}
  husstand: {column: Husstand, type: text}
  dato: {column: Dato, type: date}
  malgruppe: {column: Målgruppe, type: category, values: {Flyktning: flyktninger, Unge: unge}}
`, "2016-01-01", "2025-12-31")
	r := f.mustRun("2020")
	groups := map[string][]string{}
	for _, fig := range r.Figures {
		if fig.Group != "" {
			groups[fig.Indicator] = append(groups[fig.Indicator], fig.Group+"="+show(fig))
		}
	}
	if got := strings.Join(groups["soknader"], " "); got != "malgruppe=flyktninger=2" {
		t.Errorf("soknader's groups: %s", got)
	}
	if got := strings.Join(groups["husstander"], " "); got != "malgruppe=flyktninger=2 malgruppe=unge=0" {
		t.Errorf("husstander's groups: %s", got)
	}
}

// oneFileTwoRegisters is TestOneFileTwoRegisters' programme: a fixture
// and its two mappings of one file (or of two copies), with a context.
func oneFileTwoRegisters(t *testing.T, defs, data, fields string, copies bool, ctx context.Context) *fixture {
	f := newFixture(t, defs)
	os.WriteFile(filepath.Join(f.dir, "a.csv"), []byte(data), 0o644)
	os.WriteFile(filepath.Join(f.dir, "b.csv"), []byte(data), 0o644)
	second := "a.csv"
	if copies {
		second = "b.csv"
	}
	for _, m := range []struct{ id, reg, file, where string }{
		{"bo", "bo", "a.csv", `situasjon == "bostedslos"`},
		{"midl", "midl", second, `situasjon == "midlertidig"`},
	} {
		y := "id: " + m.id + "\nregister: " + m.reg + "\nfile: " + m.file + "\nwhere: '" + m.where + "'\ncovers: {from: 2016-01-01, to: 2025-12-31}\n" + fields
		path := filepath.Join(f.dir, m.id+".yaml")
		os.WriteFile(path, []byte(y), 0o644)
		f.mappings = append(f.mappings, path)
	}
	f.in.Context = ctx
	return f
}

// cancelAfter is a context cancelled once its Err has been asked n times.
type cancelAfter struct {
	context.Context
	n int
}

func (c *cancelAfter) Err() error {
	if c.n <= 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

// TestOneFileTwoRegisters checks that two mappings of one file, each for
// its own register (read once, source.Share), give the figures and the
// problems of the same mappings reading it apart, and the figures of two
// copies of the file.
func TestOneFileTwoRegisters(t *testing.T) {
	defs := `
indicators:
  - id: bostedslose
    name: Bostedsløse
    definition: d
    source: s
    unit: antall
    kind: stock
    register: bo
    from: fra
    to: til
    key: husstand
    stock_on: last_day
  - id: midlertidig
    name: Midlertidig
    definition: d
    source: s
    unit: antall
    kind: stock
    register: midl
    from: fra
    to: til
    key: husstand
    stock_on: last_day
`
	var rows []string
	rows = append(rows, "Kommune;Husstand;Situasjon;Fra;Til")
	for i := range 3000 {
		sit := []string{"Bostedsløs", "Midlertidig", "Bostedsløs", "Ukjent"}[i%4]
		rows = append(rows, "3403;H"+strconv.Itoa(i%700)+";"+sit+";0"+strconv.Itoa(1+i%9)+".0"+strconv.Itoa(1+i%9)+".20"+strconv.Itoa(16+i%9)+";")
	}
	data := lines(rows...)
	fields := `fields:
  kommune: {column: Kommune, type: kommune}
  husstand: {column: Husstand, type: text}
  situasjon: {column: Situasjon, type: category, values: {Bostedsløs: bostedslos, Midlertidig: midlertidig}}
  fra: {column: Fra, type: date}
  til: {column: Til, type: date}
`
	run := func(copies, together bool) (string, string) {
		readTogether = together
		defer func() { readTogether = true }()
		f := oneFileTwoRegisters(t, defs, data, fields, copies, nil)
		r, l := f.run("2018", "2020", "2024", "2024H1")
		var figs []string
		for _, fig := range r.Figures {
			figs = append(figs, fig.Indicator+" "+fig.Period.String()+" "+show(fig))
		}
		return strings.Join(figs, "\n"), strings.ReplaceAll(l.String(), f.dir, "")
	}
	gotFigs, gotProblems := run(false, true)
	apartFigs, apartProblems := run(false, false)
	copiesFigs, _ := run(true, true)
	if gotFigs != apartFigs || gotFigs != copiesFigs {
		t.Errorf("one file read once:\n%s\napart:\n%s\ntwo copies:\n%s", gotFigs, apartFigs, copiesFigs)
	}
	if gotProblems != apartProblems {
		t.Errorf("one file read once, problems:\n%s\napart:\n%s", gotProblems, apartProblems)
	}
	if !strings.Contains(gotFigs, "midlertidig 2024 ") || strings.Contains(gotFigs, "midlertidig 2024 0\n") {
		t.Errorf("no midlertidig figures:\n%s", gotFigs)
	}
	// cancelled part-way through the shared file, the run stops and
	// returns no figures: the readers waiting for each other are let go
	// together, not one after the other
	big := []string{rows[0]}
	for range 15 {
		big = append(big, rows[1:]...) // 45 000 rows: more than the readers hold ahead
	}
	for _, after := range []int{0, 1, 2, 3, 5, 8, 13, 21} {
		f := oneFileTwoRegisters(t, defs, lines(big...), fields, false, &cancelAfter{Context: context.Background(), n: after})
		done := make(chan *Result)
		go func() { r, _ := f.run("2018", "2024"); done <- r }()
		select {
		case r := <-done:
			if len(r.Figures) != 0 {
				t.Errorf("cancelled after %d looks: %d figures", after, len(r.Figures))
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("cancelled after %d looks: the run does not stop", after)
		}
	}
	if !strings.Contains(gotProblems, "Ukjent") {
		t.Errorf("the unknown category is not said:\n%s", gotProblems)
	}
}

// TestActiveBits checks that the periods a stock's row counts in, as one
// word, are those window.active accepts one by one: with and without a
// minimum duration, ongoing and ended episodes, empty windows.
func TestActiveBits(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	base := period.MustDate(2016, 1, 1)
	for range 20000 {
		wins := make([]window, 1+rng.IntN(64))
		for i := range wins {
			first := base.AddDays(rng.IntN(3650))
			wins[i] = window{first: first, last: first.AddDays(rng.IntN(400) - 20)}
		}
		ind := &definition.Indicator{}
		if rng.IntN(2) == 0 {
			ind.MinDuration = &definition.Duration{MoreThanDays: rng.IntN(200), Counting: definition.Nights}
		}
		from := base.AddDays(rng.IntN(3800) - 100)
		var to *period.Date
		if rng.IntN(3) > 0 {
			d := from.AddDays(rng.IntN(500))
			to = &d
		}
		var want uint64
		for pi, w := range wins {
			if w.active(ind, from, to) {
				want |= 1 << uint(pi)
			}
		}
		if got := activeBits(wins, ind, from, to); got != want {
			t.Fatalf("windows %v, from %v to %v, min %v: %b, want %b", wins, from, to, ind.MinDuration, got, want)
		}
	}
}
