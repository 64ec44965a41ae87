package engine

import (
	"math/bits"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// acc accumulates a count or an exact sum for one cell.
type acc struct {
	n        int64
	sum      num.Dec
	overflow bool
}

// keySets records, for each key by its id in the kommune's key table
// (see cells.keyID), the set of requested periods (by index) it counts
// in. Up to 64 periods a set is one word, and each row's word is only
// appended (pairs): the words of one key are joined when counting, so a
// row costs no map lookup. Beyond 64 periods each key has its own words
// in a map.
type keySets struct {
	pairs []keyBits
	large map[uint32][]uint64
	words int
}

// keyBits is the periods a key counts in, as one row gave them.
type keyBits struct {
	bits uint64
	id   uint32
}

// add records that the key with id counts in the periods listed.
// scratch is a buffer all zero (see join).
func (s *keySets) add(id uint32, periods []int, scratch *[]uint64) {
	if s.words <= 1 {
		var w uint64
		for _, p := range periods {
			w |= 1 << uint(p)
		}
		s.addBits(id, w, scratch)
		return
	}
	set, ok := s.large[id]
	if !ok {
		set = make([]uint64, s.words)
		s.large[id] = set
	}
	for _, p := range periods {
		set[p/64] |= 1 << (uint(p) % 64)
	}
}

// addBits is add of the first 64 periods, given as one word.
func (s *keySets) addBits(id uint32, w uint64, scratch *[]uint64) {
	if w == 0 {
		return
	}
	if s.words > 1 { // (not met: a run of more periods has them listed)
		set, ok := s.large[id]
		if !ok {
			set = make([]uint64, s.words)
			s.large[id] = set
		}
		set[0] |= w
		return
	}
	if len(s.pairs) == cap(s.pairs) && len(s.pairs) >= minCompact {
		// full: join each key's words before the slice grows, so that it
		// holds at most about twice the keys, not a word per row
		s.pairs = join(s.pairs, scratch)
	}
	s.pairs = append(s.pairs, keyBits{w, id})
}

// minCompact is the fewest words a key set's pairs are joined at.
const minCompact = 256

// join joins the words of each key of pairs into one, in place, and
// returns the pairs left, one per key. scratch is a buffer indexed by
// key id, all zero before and after (grown as needed).
func join(pairs []keyBits, scratch *[]uint64) []keyBits {
	var top uint32
	for _, p := range pairs {
		top = max(top, p.id)
	}
	if len(*scratch) <= int(top) {
		*scratch = make([]uint64, int(top)+1+len(*scratch)/2)
	}
	joined := *scratch
	for _, p := range pairs {
		joined[p.id] |= p.bits
	}
	n := 0
	for _, p := range pairs {
		if w := joined[p.id]; w != 0 {
			pairs[n] = keyBits{w, p.id}
			joined[p.id] = 0
			n++
		}
	}
	return pairs[:n]
}

// counts returns, per period, the number of keys counted in it; scratch
// is as for join.
func (s *keySets) counts(n int, scratch *[]uint64) []int64 {
	out := make([]int64, n)
	count := func(w uint64, base int) {
		for w != 0 {
			out[base+bits.TrailingZeros64(w)]++
			w &= w - 1
		}
	}
	s.pairs = join(s.pairs, scratch)
	for _, p := range s.pairs {
		count(p.bits, 0)
	}
	for _, set := range s.large {
		for i, w := range set {
			count(w, i*64)
		}
	}
	return out
}

type groupKey struct {
	i, p int32
	g    string
}

type keysKey struct {
	i int32
	g string
}

// cells holds one kommune's accumulators. Distinct counts keep each key
// once, with the set of periods it counts in, so a row costs one map
// lookup however many periods contain it.
type cells struct {
	flat    []acc // [indicator × periods + period], totals
	groups  map[groupKey]*acc
	keys    map[keysKey]*keySets
	counted map[keysKey][]int64 // distinct counts per period, made by countKeys
	// ids numbers the kommune's distinct keys once for all its indicators
	// and breakdown groups, so that a key's text is kept once (and not the
	// whole line of the file it was read from, which a substring would keep)
	ids map[string]uint32
}

// keyID returns key's number in the kommune's key table, adding it (as a
// copy of its own) the first time.
func (c *cells) keyID(key string) uint32 {
	if id, ok := c.ids[key]; ok {
		return id
	}
	id := uint32(len(c.ids))
	c.ids[strings.Clone(key)] = id
	return id
}

// kommuneCells returns the accumulators of kommune k.
func (e *engine) kommuneCells(k string) *cells {
	if e.lastK == k && e.lastC != nil {
		return e.lastC
	}
	c := e.byKommune[k]
	if c == nil {
		c = &cells{
			flat:   make([]acc, len(e.inds)*len(e.periods)),
			groups: map[groupKey]*acc{},
			keys:   map[keysKey]*keySets{},
			ids:    map[string]uint32{},
		}
		e.byKommune[k] = c
	}
	e.lastK, e.lastC = k, c
	return c
}

func (e *engine) seeGroup(i int, g string) {
	if e.groups[i] == nil {
		e.groups[i] = map[string]bool{}
	}
	e.groups[i][g] = true
}

// cell returns the accumulator of a count or sum.
func (e *engine) cell(c *cells, i, p int, g string) *acc {
	if g == "" {
		return &c.flat[i*len(e.periods)+p]
	}
	key := groupKey{int32(i), int32(p), g}
	a := c.groups[key]
	if a == nil {
		a = &acc{}
		c.groups[key] = a
	}
	return a
}

// keySet returns the key sets of indicator i and group g.
func (e *engine) keySet(c *cells, i int, g string) *keySets {
	kk := keysKey{int32(i), g}
	s := c.keys[kk]
	if s == nil {
		s = &keySets{words: (len(e.periods) + 63) / 64}
		if s.words > 1 {
			s.large = map[uint32][]uint64{}
		}
		c.keys[kk] = s
	}
	return s
}

// countKeys turns the key sets into counts per period, and lets the sets
// and the key table go: only the counts are needed from here on.
func (e *engine) countKeys() {
	for _, bs := range e.binds {
		for _, b := range bs {
			b.setsOf, b.sets = nil, nil // or they would keep the sets
		}
	}
	for _, c := range e.byKommune {
		c.counted = map[keysKey][]int64{}
		for kk, s := range c.keys {
			c.counted[kk] = s.counts(len(e.periods), &e.scratch)
			c.keys[kk] = nil // its rows' words go now, not with the kommune's last
		}
		c.keys, c.ids = nil, nil
	}
}

// value returns the figure of indicator i for kommune k, period p and group g.
func (e *engine) value(ind *definition.Indicator, k string, i, p int, g string) num.Dec {
	c := e.byKommune[k]
	if c == nil {
		return 0
	}
	if ind.Kind == definition.Stock || ind.Measure == definition.CountDistinct {
		if counts := c.counted[keysKey{int32(i), g}]; counts != nil {
			d, _ := num.FromInt(counts[p])
			return d
		}
		return 0
	}
	var a *acc
	if g == "" {
		a = &c.flat[i*len(e.periods)+p]
	} else if a = c.groups[groupKey{int32(i), int32(p), g}]; a == nil {
		return 0
	}
	if ind.Measure == definition.Sum {
		if a.overflow {
			e.l.Add(CodeOverflow, diag.Pos{}, msg.PlanSumOverflow.F(ind.ID, k, norsk.Period(e.periods[p])))
		}
		return a.sum
	}
	d, _ := num.FromInt(a.n)
	return d
}

// rows returns how many rows a sum of indicator i added for kommune k,
// period p and group g: the units (loans, cases) the amount rests on.
func (e *engine) rows(k string, i, p int, g string) int64 {
	c := e.byKommune[k]
	if c == nil {
		return 0
	}
	if g == "" {
		return c.flat[i*len(e.periods)+p].n
	}
	if a := c.groups[groupKey{int32(i), int32(p), g}]; a != nil {
		return a.n
	}
	return 0
}
