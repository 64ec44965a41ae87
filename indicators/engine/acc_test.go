package engine

import (
	"math/rand/v2"
	"slices"
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
