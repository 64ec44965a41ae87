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
	// Floor is set when the interval is what a reader gets by taking every
	// hidden cell to be at least its floor (Cell.Floor); hiding a cell
	// below its floor (a zero) in the component takes that away.
	Floor bool
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

// Problem converts the table into the general form: every cell is shown
// and protected by [1, Threshold] while hidden, counts 1..Threshold that
// are not Fixed are hidden, each relation is total = Σ parts.
func (t Table) Problem() (*Problem, error) {
	thr := t.Threshold
	if thr == 0 {
		thr = DefaultThreshold
	}
	if thr < 0 {
		return nil, fmt.Errorf("suppress: negative threshold %d", t.Threshold)
	}
	n := len(t.Values)
	if t.Fixed != nil && len(t.Fixed) != n {
		return nil, fmt.Errorf("suppress: Fixed has %d entries, Values has %d", len(t.Fixed), n)
	}
	p := &Problem{Cells: make([]Cell, n)}
	prot := &Range{Lo: 1, Hi: float64(thr)}
	for i, v := range t.Values {
		if v < 0 {
			return nil, fmt.Errorf("suppress: cell %d has negative value %d", i, v)
		}
		c := Cell{Value: float64(v), Protect: prot}
		if t.Fixed != nil && t.Fixed[i] {
			c.Fixed = true
		} else if v >= 1 && v <= thr {
			c.Hidden = true
		}
		p.Cells[i] = c
	}
	totals := make([]bool, n)
	for ri, r := range t.Relations {
		if r.Total < 0 || r.Total >= n {
			return nil, fmt.Errorf("suppress: relation %d: total cell %d out of range [0, %d)", ri, r.Total, n)
		}
		var sum int64
		for _, c := range r.Parts {
			if c < 0 || c >= n {
				return nil, fmt.Errorf("suppress: relation %d: part cell %d out of range [0, %d)", ri, c, n)
			}
			sum += t.Values[c]
		}
		if sum != t.Values[r.Total] {
			return nil, fmt.Errorf("suppress: relation %d does not hold: cell %d = %d, sum of parts %v = %d",
				ri, r.Total, t.Values[r.Total], r.Parts, sum)
		}
		p.Relations = append(p.Relations, Sum(r.Total, r.Parts...))
		totals[r.Total] = true
	}
	// Hiding a total whose parts are visible leaves its lower bound at the
	// sum of those parts: parts are cheaper to hide than totals.
	for i := range p.Cells {
		if totals[i] {
			p.Cells[i].Cost = 1
		}
	}
	return p, nil
}

// Protect chooses secondary suppressions for the table (see Problem.Protect).
func Protect(t Table) (Result, error) {
	p, err := t.Problem()
	if err != nil {
		return Result{}, err
	}
	return p.Protect()
}

// Audit returns the disclosures of the table with the given cells hidden
// (see Problem.Audit).
func Audit(t Table, hidden []bool) ([]Interval, error) {
	p, err := t.Problem()
	if err != nil {
		return nil, err
	}
	return p.Audit(hidden)
}

// search is a validated problem plus indexes used by Protect.
type search struct {
	p        *Problem
	a        *auditor
	blocked  []bool  // never hidden as secondary: fixed, latent, or unprotectable when hidden
	members  [][]int // distinct cells of each relation
	equality []bool  // relation is an equation
}

// Protect chooses secondary suppressions: cells to hide besides the
// Hidden ones so that, given every visible cell and every relation (and
// all cells >= 0), the feasible interval of every unknown cell with a
// protection range contains that range — a reader cannot tell which small
// number a hidden small count is — while hiding as little as possible:
// the fewest cells, then the cheapest (Cell.Cost), then the smallest.
// Fixed and latent cells are never chosen.
//
// When the document cannot be protected the error is an
// *UnprotectableError and the returned Result is the best attempt, which
// must not be published.
func (p *Problem) Protect() (Result, error) {
	if err := p.check(); err != nil {
		return Result{}, err
	}
	n := len(p.Cells)
	res := Result{Primary: make([]bool, n), Secondary: make([]bool, n)}
	hidden := make([]bool, n)
	for i, c := range p.Cells {
		if c.Hidden {
			res.Primary[i] = true
			hidden[i] = true
		}
	}
	s := &search{p: p, a: newAuditor(p), members: make([][]int, len(p.Relations)), equality: make([]bool, len(p.Relations))}
	for ri := range p.Relations {
		for _, t := range s.a.coefs[ri] {
			s.members[ri] = append(s.members[ri], t.cell)
		}
		s.equality[ri] = p.Relations[ri].Op == Equal
	}

	// Hiding more cells only widens intervals. So a cell that is disclosed
	// even when every admissible cell is hidden can never be protected: if
	// it must be hidden (or is latent) the document is unprotectable,
	// otherwise it is blocked (never chosen as a secondary suppression),
	// which shrinks the admissible set; repeat until nothing changes.
	s.blocked = make([]bool, n)
	for i, c := range p.Cells {
		s.blocked[i] = c.Fixed || c.Latent
	}
	all := make([]bool, n)
	for {
		for i := range all {
			all[i] = !s.blocked[i] || hidden[i]
		}
		disc, err := s.a.audit(all)
		if err != nil {
			return res, err
		}
		var lost []Interval
		changed := false
		for _, d := range disc {
			if hidden[d.Cell] || p.Cells[d.Cell].Latent {
				lost = append(lost, d)
			} else if !s.blocked[d.Cell] {
				s.blocked[d.Cell] = true
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

	s.closeSingletons(hidden)

	// Greedy phase: while the audit finds disclosures, add the candidate
	// cell that leaves the smallest total shortfall (one-step lookahead).
	for iter := 0; iter <= n; iter++ {
		disc, err := s.a.audit(hidden)
		if err != nil {
			return res, err
		}
		if len(disc) == 0 {
			break
		}
		next, ok, err := s.bestAddition(hidden, disc)
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
	// the most costly first.
	var sec []int
	for i, h := range hidden {
		if h && !res.Primary[i] {
			sec = append(sec, i)
		}
	}
	sort.SliceStable(sec, func(x, y int) bool {
		a, b := p.Cells[sec[x]], p.Cells[sec[y]]
		if a.Cost != b.Cost {
			return a.Cost > b.Cost
		}
		return a.Value > b.Value
	})
	for _, c := range sec {
		hidden[c] = false
		if s.hasSingleton(hidden, c) {
			hidden[c] = true
			continue
		}
		disc, err := s.a.audit(hidden)
		if err != nil {
			return res, err
		}
		if len(disc) > 0 {
			hidden[c] = true
		}
	}

	s.hideZeros(hidden)
	s.hideAttribute(hidden)

	fill(&res, hidden)
	disc, err := s.a.audit(hidden)
	if err != nil {
		return res, err
	}
	if len(disc) > 0 {
		return res, &UnprotectableError{Intervals: disc}
	}
	return res, nil
}

// hideZeros takes away what a reader learns by taking every ":" to be at
// least its floor (zeros are shown as 0): where that narrows a protected
// cell, it hides an eligible zero tied to it, the cheapest first, if one
// removes the narrowing. Hiding more never narrows what Audit finds, so
// this cannot undo the protection already chosen. Best effort: where no
// zero helps, the narrowing stays (three hidden groups of 1 give a hidden
// total of at least 3 whatever else is hidden).
func (s *search) hideZeros(hidden []bool) {
	fa := newAuditor(s.p)
	fa.useFloors = true
	fa.cellRels, fa.coefs = s.a.cellRels, s.a.coefs
	for range len(hidden) {
		disc, err := fa.audit(hidden)
		if err != nil || len(disc) == 0 {
			return
		}
		done := false
		for _, d := range disc {
			if !d.Floor {
				continue
			}
			var zeros []cand
			for _, c := range s.reach([]int{d.Cell}, s.p.unknown(hidden)) {
				if s.eligible(hidden, c) && s.p.Cells[c].Value < s.p.Cells[c].Floor {
					zeros = append(zeros, s.rank(c, 0))
				}
			}
			sortCands(zeros)
			for _, z := range zeros {
				hidden[z.cell] = true
				after, err := fa.audit(hidden)
				if err == nil && !disclosed(after, d.Cell) {
					done = true
					break
				}
				hidden[z.cell] = false
			}
			if done {
				break
			}
		}
		if !done {
			return
		}
	}
}

// hideAttribute hides a zero part where a total's only non-zero part is
// hidden and every other part is a shown zero: the reader would not learn
// how many, but would learn that all of them are in that part (every
// household hidden in «I alt» is in the one målgruppe hidden beside the
// zeros). Best effort, like hideZeros.
func (s *search) hideAttribute(hidden []bool) {
	for ri, r := range s.p.Relations {
		if r.Op != Equal || r.RHS != 0 {
			continue
		}
		total, parts := -1, []int(nil)
		for _, t := range s.a.coefs[ri] {
			switch t.coef {
			case 1:
				if total >= 0 {
					total = -2
				} else if total == -1 {
					total = t.cell
				}
			case -1:
				parts = append(parts, t.cell)
			default:
				total = -2
			}
		}
		if total < 0 || len(parts) < 2 {
			continue
		}
		hiddenNonZero, shownZeros := 0, 0
		var zeros []cand
		for _, c := range parts {
			cell := s.p.Cells[c]
			switch {
			case hidden[c] && cell.Value > 0:
				hiddenNonZero++
			case !hidden[c] && !cell.Latent && cell.Value == 0:
				shownZeros++
				if s.eligible(hidden, c) {
					zeros = append(zeros, s.rank(c, 0))
				}
			}
		}
		if hiddenNonZero != 1 || shownZeros != len(parts)-1 || len(zeros) == 0 {
			continue
		}
		sortCands(zeros)
		hidden[zeros[0].cell] = true
	}
}

func disclosed(ivs []Interval, cell int) bool {
	for _, iv := range ivs {
		if iv.Cell == cell {
			return true
		}
	}
	return false
}

func fill(res *Result, hidden []bool) {
	for i, h := range hidden {
		res.Secondary[i] = h && !res.Primary[i]
	}
}

// eligible reports whether c may be hidden as a secondary suppression.
func (s *search) eligible(hidden []bool, c int) bool {
	return !hidden[c] && !s.blocked[c]
}

// cand is a candidate secondary suppression; lower rank is better.
// Non-zero cells come before zeros (hiding a zero rarely widens anything),
// then cheaper cells; within the same cost, cells large enough to cover
// the shortfall come first, smallest first; then the rest, largest first.
type cand struct {
	cell  int
	zero  bool
	cost  float64
	short int
	dist  float64 // distance of the value from the shortfall
}

func (s *search) rank(c int, need float64) cand {
	v := s.p.Cells[c].Value
	k := cand{cell: c, zero: v == 0, cost: s.p.Cells[c].Cost}
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
		if a.zero != b.zero {
			return !a.zero
		}
		if a.cost != b.cost {
			return a.cost < b.cost
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

// closeSingletons hides cells until no equation has exactly one unknown
// member that needs protection: such a member is determined by the
// visible ones.
func (s *search) closeSingletons(hidden []bool) {
	for changed := true; changed; {
		changed = false
		for ri, mem := range s.members {
			if !s.equality[ri] {
				continue
			}
			h, cnt := -1, 0
			for _, c := range mem {
				if hidden[c] || s.p.Cells[c].Latent {
					h, cnt = c, cnt+1
				}
			}
			if cnt != 1 || s.p.Cells[h].Protect == nil {
				continue
			}
			need := s.p.Cells[h].Protect.Hi - s.p.Cells[h].Value
			var cs []cand
			for _, c := range mem {
				if s.eligible(hidden, c) {
					cs = append(cs, s.rank(c, need))
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

// hasSingleton reports whether an equation containing c has exactly one
// unknown member that needs protection.
func (s *search) hasSingleton(hidden []bool, c int) bool {
	for _, ri := range s.a.cellRels[c] {
		if !s.equality[ri] {
			continue
		}
		cnt, h := 0, -1
		for _, m := range s.members[ri] {
			if hidden[m] || s.p.Cells[m].Latent {
				cnt++
				h = m
			}
		}
		if cnt == 1 && s.p.Cells[h].Protect != nil {
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
// cheaper, then to the smaller added value, then to the candidate ranking.
func (s *search) bestAddition(hidden []bool, disc []Interval) ([]bool, bool, error) {
	worst := disc[0]
	for _, d := range disc[1:] {
		if s.shortfall(d) > s.shortfall(worst) {
			worst = d
		}
	}
	need := s.shortfall(worst)

	// Candidate pools, widening: cells related to the worst cell, to any
	// disclosed cell, to any unknown cell — through relations, and through
	// unknown cells linked to them (a component).
	unknown := s.p.unknown(hidden)
	var pools [3][]int
	pools[0] = []int{worst.Cell}
	for _, d := range disc {
		pools[1] = append(pools[1], d.Cell)
	}
	for i, u := range unknown {
		if u {
			pools[2] = append(pools[2], i)
		}
	}
	var cs []cand
	for _, pool := range pools {
		seen := map[int]bool{}
		for _, c := range s.reach(pool, unknown) {
			if !seen[c] && s.eligible(hidden, c) {
				seen[c] = true
				cs = append(cs, s.rank(c, need))
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
		bestCost  float64
		bestVal   float64
		trial     = make([]bool, len(hidden))
		base      = countTrue(hidden)
	)
	for _, c := range cs {
		copy(trial, hidden)
		trial[c.cell] = true
		s.closeSingletons(trial)
		d, err := s.a.audit(trial)
		if err != nil {
			return nil, false, err
		}
		score := 0.0
		for _, iv := range d {
			score += 1 + s.shortfall(iv)
		}
		added := countTrue(trial) - base
		var val, cost float64
		for i, h := range trial {
			if h && !hidden[i] {
				val += s.p.Cells[i].Value
				cost += s.p.Cells[i].Cost
			}
		}
		if best == nil || score < bestScore ||
			(score == bestScore && (added < bestAdded || (added == bestAdded && (cost < bestCost || (cost == bestCost && val < bestVal))))) {
			best = append(best[:0], trial...)
			bestScore, bestAdded, bestCost, bestVal = score, added, cost, val
		}
	}
	return best, true, nil
}

// reach returns the cells of every relation touching the given cells or
// the unknown cells connected to them through relations.
func (s *search) reach(start []int, unknown []bool) []int {
	seenCell := map[int]bool{}
	seenRel := map[int]bool{}
	queue := append([]int(nil), start...)
	for _, c := range start {
		seenCell[c] = true
	}
	var out []int
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		for _, ri := range s.a.cellRels[c] {
			if seenRel[ri] {
				continue
			}
			seenRel[ri] = true
			for _, m := range s.members[ri] {
				out = append(out, m)
				if unknown[m] && !seenCell[m] {
					seenCell[m] = true
					queue = append(queue, m)
				}
			}
		}
	}
	return out
}

// shortfall is how far an interval is from containing its cell's
// protection range, relative to the range's size (so counts and amounts
// weigh alike).
func (s *search) shortfall(iv Interval) float64 {
	r := s.p.Cells[iv.Cell].Protect
	if r == nil {
		return 0
	}
	sh := 0.0
	if iv.Lo > r.Lo {
		sh += iv.Lo - r.Lo
	}
	if iv.Hi < r.Hi {
		sh += r.Hi - iv.Hi
	}
	if iv.Hi-iv.Lo <= eps(r) {
		sh += 1
	}
	return sh
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
