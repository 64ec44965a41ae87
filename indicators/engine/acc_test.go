package engine

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
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
