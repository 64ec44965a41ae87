package fiktiv

import "math/rand/v2"

// seed is the Hamar example's fixed seed; each register draws from its
// own stream, so changing one register leaves the others as they are.
// The kommuner of the example region each have a seed of their own.
const seed = 3403_2016_2025

// The streams, one per register.
const (
	streamBoligsituasjon = iota + 1
	streamMidlertidig
	streamUtkastelser
	streamStartlan
	streamKommunalBolig
	streamLeieTilEie
	streamTall
	streamInnbyggere
	streamArbeidsbok
)

// rng draws whole numbers only: floating point could round differently on
// another machine and change the bytes.
type rng struct{ r *rand.Rand }

func newRNG(stream uint64) rng { return seeded(seed, stream) }

func seeded(seed, stream uint64) rng { return rng{rand.New(rand.NewPCG(seed, stream))} }

// rng is the stream of one register for the export's kommune.
func (x export) rng(stream uint64) rng { return seeded(x.k.seed, stream) }

// between returns lo…hi, both included.
func (g rng) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// around returns base ± spread.
func (g rng) around(base, spread int) int { return g.between(base-spread, base+spread) }

// chance is true with the given probability in per mille.
func (g rng) chance(permille int) bool { return g.r.IntN(1000) < permille }

// dayIn returns a day of year y.
func (g rng) dayIn(y int) day {
	first, next := mkday(y, 1, 1), mkday(y+1, 1, 1)
	return first + day(g.r.IntN(int(next-first)))
}

// pick returns an index, chosen with the given weights.
func (g rng) pick(weights ...int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := g.r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// span is a range of lengths in days, drawn with a weight.
type span struct{ weight, lo, hi int }

// length draws a length from weighted ranges.
func (g rng) length(spans ...span) int {
	w := make([]int, len(spans))
	for i, s := range spans {
		w[i] = s.weight
	}
	s := spans[g.pick(w...)]
	return g.between(s.lo, s.hi)
}

// byYear is a figure per year, 2015 (before the programme, so that stocks
// on its first days are not empty) to 2025.
type byYear [11]int

// A year after 2025 (a stay that follows one running into 2026) has
// 2025's figure.
func (b byYear) of(y int) int { return b[min(max(y, 2015), 2025)-2015] }
