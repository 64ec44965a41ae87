// Package suppress implements statistical disclosure control for published
// tables of counts (SPEC §6 "Trust"): primary suppression of small counts,
// a secondary-suppression heuristic, and an audit that computes, with linear
// programming the way τ-ARGUS does, the interval an attacker can derive for
// every hidden cell from the visible cells and the table's additive relations.
//
// The protection rule (SPEC §6) applies to every hidden cell, primary or
// secondary: its feasible interval must contain the whole protection interval
// [1, Threshold]. This is stricter than τ-ARGUS's default (which only protects
// primary cells): a hidden cell must not be recognisable as "small" nor as
// "certainly not small" (which would single it out as a secondary suppression
// and narrow the primaries around it).
//
// Everything is deterministic: the same Table always gives the same Result.
package suppress

import (
	"fmt"
	"sort"
	"strings"
)

// DefaultThreshold is used when Table.Threshold is 0: counts 1..4 are hidden.
const DefaultThreshold = 4

// Table is a set of non-negative integer cells with additive relations.
type Table struct {
	Values    []int64    // the true counts; index = cell id
	Relations []Relation // each: Values[Total] == sum of Values[Parts]
	Threshold int64      // primary suppression: cells with 1 <= v <= Threshold (default 4 when 0)
	Fixed     []bool     // optional, same length: cells that are public anyway and must never be suppressed (e.g. published totals); nil = none
}

// Relation states Values[Total] == sum of Values[Parts]. A relation with a
// single part (a stock year equal to its H2) is allowed.
type Relation struct {
	Total int
	Parts []int
}

// Result says which cells to hide and why.
type Result struct {
	Primary   []bool // 1..Threshold
	Secondary []bool // hidden so that primary cells cannot be recovered
}

// Hidden reports whether cell i is suppressed (primary or secondary).
// Out-of-range indices are reported as not hidden.
func (r Result) Hidden(i int) bool {
	return (i >= 0 && i < len(r.Primary) && r.Primary[i]) ||
		(i >= 0 && i < len(r.Secondary) && r.Secondary[i])
}

// Interval is the range an attacker can derive for a hidden cell.
type Interval struct {
	Cell   int
	Lo, Hi float64 // Hi is +Inf when nothing bounds the cell from above
}

// UnprotectableError is returned by Protect when no admissible set of
// suppressions protects every hidden cell, typically because the cells that
// would have to be hidden are Fixed. Intervals are the remaining disclosures
// (cell and derivable range); callers word the message for users.
type UnprotectableError struct {
	Intervals []Interval
}

func (e *UnprotectableError) Error() string {
	var b strings.Builder
	b.WriteString("suppress: cannot protect cells")
	for i, iv := range e.Intervals {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, " %d (derivable range [%g, %g])", iv.Cell, iv.Lo, iv.Hi)
	}
	b.WriteString(": no admissible set of cells to hide protects them (the cells that would have to be hidden are fixed, or could not be protected themselves)")
	return b.String()
}

// problem is a validated Table plus indexes used by Protect and Audit.
type problem struct {
	vals     []int64
	rels     []Relation
	thr      int64
	fixed    []bool
	blocked  []bool  // never hidden as secondary: fixed, or unprotectable when hidden
	cellRels [][]int // relations each cell takes part in (as total or part)
	isTotal  []bool  // cell is the total of some relation
	members  [][]int // distinct cells of each relation, total first
}

func newProblem(t Table) (*problem, error) {
	n := len(t.Values)
	thr := t.Threshold
	if thr == 0 {
		thr = DefaultThreshold
	}
	if thr < 0 {
		return nil, fmt.Errorf("suppress: negative threshold %d", t.Threshold)
	}
	for i, v := range t.Values {
		if v < 0 {
			return nil, fmt.Errorf("suppress: cell %d has negative value %d", i, v)
		}
	}
	fixed := make([]bool, n)
	if t.Fixed != nil {
		if len(t.Fixed) != n {
			return nil, fmt.Errorf("suppress: Fixed has %d entries, Values has %d", len(t.Fixed), n)
		}
		copy(fixed, t.Fixed)
	}
	p := &problem{
		vals:     t.Values,
		rels:     t.Relations,
		thr:      thr,
		fixed:    fixed,
		cellRels: make([][]int, n),
		isTotal:  make([]bool, n),
		members:  make([][]int, len(t.Relations)),
	}
	for ri, r := range t.Relations {
		if r.Total < 0 || r.Total >= n {
			return nil, fmt.Errorf("suppress: relation %d: total cell %d out of range [0, %d)", ri, r.Total, n)
		}
		var sum int64
		seen := map[int]bool{r.Total: true}
		mem := []int{r.Total}
		for _, c := range r.Parts {
			if c < 0 || c >= n {
				return nil, fmt.Errorf("suppress: relation %d: part cell %d out of range [0, %d)", ri, c, n)
			}
			sum += t.Values[c]
			if !seen[c] {
				seen[c] = true
				mem = append(mem, c)
			}
		}
		if sum != t.Values[r.Total] {
			return nil, fmt.Errorf("suppress: relation %d does not hold: cell %d = %d, sum of parts %v = %d",
				ri, r.Total, t.Values[r.Total], r.Parts, sum)
		}
		p.members[ri] = mem
		p.isTotal[r.Total] = true
		for _, c := range mem {
			p.cellRels[c] = append(p.cellRels[c], ri)
		}
	}
	return p, nil
}

// Protect chooses primary and secondary suppressions. Secondary
// suppression must make every hidden cell's feasible interval (given all
// visible cells, all relations, and all cells >= 0) contain the whole
// protection interval [1, Threshold] — i.e. an attacker cannot tell the
// value is small or pin it down — while hiding as little as possible
// (prefer hiding the smallest non-zero visible cells of a relation; never
// hide a Fixed cell; zeros are never primary-suppressed — a true 0 is published).
//
// Fixed cells are never primary-suppressed either (they are public anyway).
// When the table cannot be protected the error is an *UnprotectableError and
// the returned Result is the best attempt, which must not be published.
func Protect(t Table) (Result, error) {
	p, err := newProblem(t)
	if err != nil {
		return Result{}, err
	}
	n := len(p.vals)
	res := Result{Primary: make([]bool, n), Secondary: make([]bool, n)}
	hidden := make([]bool, n)
	for i, v := range p.vals {
		if !p.fixed[i] && v >= 1 && v <= p.thr {
			res.Primary[i] = true
			hidden[i] = true
		}
	}
	a := newAuditor(p)

	// Hiding more cells only widens intervals. So a cell that is disclosed
	// even when every admissible cell is hidden can never be protected: if
	// it is primary the table is unprotectable, otherwise it is blocked
	// (never chosen as a secondary suppression), which shrinks the
	// admissible set; repeat until nothing changes.
	p.blocked = append([]bool(nil), p.fixed...)
	all := make([]bool, n)
	for {
		for i := range all {
			all[i] = !p.blocked[i]
		}
		disc, err := a.audit(all)
		if err != nil {
			return res, err
		}
		var lost []Interval
		changed := false
		for _, d := range disc {
			if res.Primary[d.Cell] {
				lost = append(lost, d)
			} else {
				p.blocked[d.Cell] = true
				changed = true
			}
		}
		if len(lost) > 0 {
			return res, &UnprotectableError{Intervals: lost}
		}
		if !changed {
			break
		}
	}

	p.closeSingletons(hidden)

	// Greedy phase: while the audit finds disclosures, add the candidate
	// cell that leaves the smallest total shortfall (one-step lookahead).
	for iter := 0; iter <= n; iter++ {
		disc, err := a.audit(hidden)
		if err != nil {
			return res, err
		}
		if len(disc) == 0 {
			break
		}
		next, ok, err := p.bestAddition(a, hidden, disc)
		if err != nil {
			return res, err
		}
		if !ok {
			fill(&res, hidden)
			return res, &UnprotectableError{Intervals: disc}
		}
		hidden = next
	}

	// Pruning phase: give back secondary suppressions that are not needed,
	// largest first (they carry the most information).
	var sec []int
	for i, h := range hidden {
		if h && !res.Primary[i] {
			sec = append(sec, i)
		}
	}
	sort.SliceStable(sec, func(x, y int) bool { return p.vals[sec[x]] > p.vals[sec[y]] })
	for _, c := range sec {
		hidden[c] = false
		if p.hasSingleton(hidden, c) {
			hidden[c] = true
			continue
		}
		disc, err := a.audit(hidden)
		if err != nil {
			return res, err
		}
		if len(disc) > 0 {
			hidden[c] = true
		}
	}

	fill(&res, hidden)
	disc, err := a.audit(hidden)
	if err != nil {
		return res, err
	}
	if len(disc) > 0 {
		return res, &UnprotectableError{Intervals: disc}
	}
	return res, nil
}

func fill(res *Result, hidden []bool) {
	for i, h := range hidden {
		res.Secondary[i] = h && !res.Primary[i]
	}
}

// eligible reports whether c may be hidden as a secondary suppression.
func (p *problem) eligible(hidden []bool, c int) bool {
	return !hidden[c] && !p.blocked[c]
}

// cand is a candidate secondary suppression; lower rank is better.
// Non-zero cells that are not the total of any relation come first (hiding
// a total whose parts are visible leaves its lower bound at the sum of
// those parts), then non-zero totals, then zeros. Within a tier, cells large enough to cover the
// shortfall come first, smallest first; then the rest, largest first.
type cand struct {
	cell        int
	tier, short int
	dist        int64 // distance of the value from the shortfall
}

func (p *problem) rank(c int, need int64) cand {
	v := p.vals[c]
	k := cand{cell: c}
	switch {
	case v == 0:
		k.tier = 2
	case p.isTotal[c]:
		k.tier = 1
	}
	if v < need {
		k.short = 1
		k.dist = need - v
	} else {
		k.dist = v - need
	}
	return k
}

func sortCands(cs []cand) {
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if a.short != b.short {
			return a.short < b.short
		}
		if a.dist != b.dist {
			return a.dist < b.dist
		}
		return a.cell < b.cell
	})
}

// closeSingletons hides cells until no relation has exactly one hidden
// member: such a member is determined by the visible ones.
func (p *problem) closeSingletons(hidden []bool) {
	for changed := true; changed; {
		changed = false
		for ri, mem := range p.members {
			h, cnt := -1, 0
			for _, c := range mem {
				if hidden[c] {
					h, cnt = c, cnt+1
				}
			}
			if cnt != 1 {
				continue
			}
			x := p.vals[h]
			need := p.thr - x // partner part lets h rise to x+v
			if h == p.rels[ri].Total {
				need = x - 1 // partner part lets the total fall to x-v
			}
			var cs []cand
			for _, c := range mem {
				if p.eligible(hidden, c) {
					cs = append(cs, p.rank(c, need))
				}
			}
			if len(cs) == 0 {
				continue // the audit reports it; nothing admissible here
			}
			sortCands(cs)
			hidden[cs[0].cell] = true
			changed = true
		}
	}
}

// hasSingleton reports whether a relation containing c has exactly one
// hidden member.
func (p *problem) hasSingleton(hidden []bool, c int) bool {
	for _, ri := range p.cellRels[c] {
		cnt := 0
		for _, m := range p.members[ri] {
			if hidden[m] {
				cnt++
			}
		}
		if cnt == 1 {
			return true
		}
	}
	return false
}

// maxLookahead bounds how many candidates are tried per greedy step.
const maxLookahead = 12

// bestAddition tries the best-ranked candidates for the worst disclosure
// (each followed by closeSingletons) and returns the hidden set with the
// lowest remaining shortfall; ties go to fewer added cells, then to the
// smaller added value, then to the candidate ranking.
func (p *problem) bestAddition(a *auditor, hidden []bool, disc []Interval) ([]bool, bool, error) {
	worst := disc[0]
	for _, d := range disc[1:] {
		if p.shortfall(d) > p.shortfall(worst) {
			worst = d
		}
	}
	need := int64(p.shortfall(worst) + 0.5)

	// Candidate pools, widening: relations of the worst cell, of any
	// disclosed cell, of any hidden cell.
	var pools [3][]int
	pools[0] = []int{worst.Cell}
	for _, d := range disc {
		pools[1] = append(pools[1], d.Cell)
	}
	for i, h := range hidden {
		if h {
			pools[2] = append(pools[2], i)
		}
	}
	var cs []cand
	for _, pool := range pools {
		seen := map[int]bool{}
		for _, h := range pool {
			for _, ri := range p.cellRels[h] {
				for _, c := range p.members[ri] {
					if !seen[c] && p.eligible(hidden, c) {
						seen[c] = true
						cs = append(cs, p.rank(c, need))
					}
				}
			}
		}
		if len(cs) > 0 {
			break
		}
	}
	if len(cs) == 0 {
		return nil, false, nil
	}
	sortCands(cs)
	if len(cs) > maxLookahead {
		cs = cs[:maxLookahead]
	}

	var (
		best      []bool
		bestScore float64
		bestAdded int
		bestVal   int64
		trial     = make([]bool, len(hidden))
		base      = countTrue(hidden)
	)
	for _, c := range cs {
		copy(trial, hidden)
		trial[c.cell] = true
		p.closeSingletons(trial)
		d, err := a.audit(trial)
		if err != nil {
			return nil, false, err
		}
		score := 0.0
		for _, iv := range d {
			score += 1 + p.shortfall(iv)
		}
		added := countTrue(trial) - base
		var val int64
		for i, h := range trial {
			if h && !hidden[i] {
				val += p.vals[i]
			}
		}
		if best == nil || score < bestScore ||
			(score == bestScore && (added < bestAdded || (added == bestAdded && val < bestVal))) {
			best = append(best[:0], trial...)
			bestScore, bestAdded, bestVal = score, added, val
		}
	}
	return best, true, nil
}

// shortfall is how far an interval is from containing [1, Threshold].
func (p *problem) shortfall(iv Interval) float64 {
	s := 0.0
	if iv.Lo > 1 {
		s += iv.Lo - 1
	}
	if t := float64(p.thr); iv.Hi < t {
		s += t - iv.Hi
	}
	return s
}

func countTrue(b []bool) int {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return n
}
