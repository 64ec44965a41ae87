package suppress

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"
)

// Audit computes, with linear programming (gonum lp.Simplex: minimise and
// maximise each unknown cell subject to the relations, the visible cells
// fixed at their values and all cells >= 0), the feasible interval of
// every cell a reader does not see (hidden, or latent) that has a
// protection range, and returns those intervals that do NOT contain it:
// the disclosures. An empty slice means the document is safe.
//
// A cell pinned to a single value (Lo == Hi) is always a disclosure, even
// when its protection range is a single value.
// Intervals are sorted by cell; Hi is +Inf when the cell is unbounded.
// Unknown cells that take part in no relation are unconstrained and safe.
func (p *Problem) Audit(hidden []bool) ([]Interval, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	if len(hidden) != len(p.Cells) {
		return nil, fmt.Errorf("suppress: hidden has %d entries, the problem has %d cells", len(hidden), len(p.Cells))
	}
	return newAuditor(p).audit(hidden)
}

// AuditFloors is Audit for a reader who also takes every hidden cell to be
// at least its Floor (a count shown as ":" where zeros are shown as 0),
// in every component where that holds of the true values. Protect hides a
// zero where that helps, but does not promise to: the protection the
// package guarantees is Audit's.
func (p *Problem) AuditFloors(hidden []bool) ([]Interval, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	if len(hidden) != len(p.Cells) {
		return nil, fmt.Errorf("suppress: hidden has %d entries, the problem has %d cells", len(hidden), len(p.Cells))
	}
	a := newAuditor(p)
	a.useFloors = true
	return a.audit(hidden)
}

// auditor audits hidden sets of one problem. The unknown cells fall into
// independent components (cells linked through shared relations); each
// component's linear program depends only on its own unknown cells, so its
// result is cached by that set.
type auditor struct {
	p         *Problem
	useFloors bool     // also attack with hidden cells at least their floors
	coefs     [][]term // per relation: net coefficient of each cell, zeros dropped
	cellRels  [][]int  // relations each cell takes part in
	cache     map[string][]Interval
}

type term struct {
	cell int
	coef float64
}

func newAuditor(p *Problem) *auditor {
	a := &auditor{p: p, coefs: make([][]term, len(p.Relations)), cellRels: make([][]int, len(p.Cells)), cache: map[string][]Interval{}}
	if p.Cache != nil {
		if p.Cache.m == nil {
			p.Cache.m = map[string][]Interval{}
		}
		a.cache = p.Cache.m
	}
	if p.Cache != nil {
		if coefs, cellRels, ok := p.Cache.coefsFor(p); ok {
			a.coefs, a.cellRels = coefs, cellRels
			return a
		}
	}
	for ri, r := range p.Relations {
		for _, t := range netTerms(r.Terms) {
			a.coefs[ri] = append(a.coefs[ri], t)
			a.cellRels[t.cell] = append(a.cellRels[t.cell], ri)
		}
	}
	if c := p.Cache; c != nil {
		c.rels, c.ncells, c.coefs, c.cellRels = p.Relations, len(p.Cells), a.coefs, a.cellRels
	}
	return a
}

// netTerms adds up the coefficients of each cell in terms, in the order
// the cells first come, and drops those that come to zero.
func netTerms(terms []Term) []term {
	out := make([]term, 0, len(terms))
	if len(terms) <= 16 {
		// few terms (the usual relation): look back instead of a map
	next:
		for _, t := range terms {
			for i := range out {
				if out[i].cell == t.Cell {
					out[i].coef += t.Coef
					continue next
				}
			}
			out = append(out, term{t.Cell, t.Coef})
		}
	} else {
		at := make(map[int]int, len(terms))
		for _, t := range terms {
			if i, ok := at[t.Cell]; ok {
				out[i].coef += t.Coef
				continue
			}
			at[t.Cell] = len(out)
			out = append(out, term{t.Cell, t.Coef})
		}
	}
	n := 0
	for _, t := range out {
		if t.coef != 0 {
			out[n] = t
			n++
		}
	}
	return out[:n]
}

func (a *auditor) audit(hidden []bool) ([]Interval, error) {
	unknown := a.p.unknown(hidden)
	n := len(a.p.Cells)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	inRow := make([]bool, n)
	for _, ts := range a.coefs {
		first := -1
		for _, t := range ts {
			if !unknown[t.cell] {
				continue
			}
			inRow[t.cell] = true
			if first < 0 {
				first = t.cell
			} else if ra, rb := find(first), find(t.cell); ra != rb {
				if ra < rb {
					parent[rb] = ra
				} else {
					parent[ra] = rb
				}
			}
		}
	}
	comps := map[int][]int{}
	protected := map[int]bool{}
	var roots []int
	for i := 0; i < n; i++ {
		if !unknown[i] || !inRow[i] {
			continue
		}
		r := find(i)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], i)
		if a.p.Cells[i].Protect != nil {
			protected[r] = true
		}
	}
	var out []Interval
	for _, r := range roots {
		if !protected[r] {
			continue // nothing in it needs protection
		}
		cells := comps[r]
		var kb strings.Builder
		for _, c := range cells {
			kb.WriteString(strconv.Itoa(c))
			if a.p.Cells[c].Protect == nil {
				kb.WriteByte('-')
			}
			if a.p.Cells[c].Latent {
				kb.WriteByte('l')
			}
			kb.WriteByte(',')
		}
		if a.useFloors {
			kb.WriteByte('f')
		}
		key := kb.String()
		res, ok := a.cache[key]
		if !ok {
			var err error
			// a reader who knows only that every cell is >= 0; for a cone
			// through 0 and the truth every cell ranges over [0, ∞)
			if !a.homogeneous(cells, unknown) {
				if res, err = a.component(cells, unknown, nil); err != nil {
					return nil, err
				}
			}
			// a reader who also takes every ":" to be at least its floor,
			// which holds when no hidden cell of the component is below it
			if floor := a.floors(cells); a.useFloors && floor != nil {
				more, err := a.component(cells, unknown, floor)
				if err != nil {
					return nil, err
				}
				res = mergeIntervals(res, more)
			}
			a.cache[key] = res
		}
		out = append(out, res...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cell < out[j].Cell })
	return out, nil
}

// floors returns, for a component's cells, the floor a reader may assume
// for each hidden one (latent cells have none: nothing marks them), or nil
// when no hidden cell has a floor or one is below its floor (a hidden zero
// among them makes the assumption false, and a reader cannot rely on it).
func (a *auditor) floors(cells []int) []float64 {
	var out []float64
	for j, c := range cells {
		cell := a.p.Cells[c]
		if cell.Latent || cell.Floor == 0 {
			continue
		}
		if cell.Value < cell.Floor {
			return nil
		}
		if out == nil {
			out = make([]float64, len(cells))
		}
		out[j] = cell.Floor
	}
	return out
}

// mergeIntervals joins two audits of one component: a cell disclosed by
// either is disclosed, with the narrower interval.
func mergeIntervals(a, b []Interval) []Interval {
	byCell := map[int]Interval{}
	for _, iv := range a {
		byCell[iv.Cell] = iv
	}
	for _, iv := range b {
		if old, ok := byCell[iv.Cell]; !ok || iv.Hi-iv.Lo < old.Hi-old.Lo {
			byCell[iv.Cell] = iv
		}
	}
	out := make([]Interval, 0, len(byCell))
	for _, iv := range byCell {
		out = append(out, iv)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cell < out[j].Cell })
	return out
}

// homogeneous reports whether every relation touching the component has
// only unknown cells and a zero right-hand side. Its feasible set is then
// a cone (x >= 0, A x = 0, B x <= 0) holding the true values, so every cell
// with a value > 0 can be scaled from 0 to any size: no protection range
// is narrowed, and no linear program is needed.
func (a *auditor) homogeneous(cells []int, unknown []bool) bool {
	for _, c := range cells {
		for _, ri := range a.cellRels[c] {
			if a.p.Relations[ri].RHS != 0 {
				return false
			}
			for _, t := range a.coefs[ri] {
				if !unknown[t.cell] {
					return false
				}
			}
		}
	}
	for _, c := range cells {
		if a.p.Cells[c].Protect != nil && a.p.Cells[c].Value <= 0 {
			return false
		}
	}
	return true
}

// eps is the tolerance of the interval tests, relative to the size of the
// protection range's upper end.
func eps(r *Range) float64 { return 1e-7 * math.Max(1, math.Abs(r.Hi)) }

// safe reports whether [lo, hi] protects a cell with range r.
func safe(r *Range, lo, hi float64) bool {
	e := eps(r)
	return lo <= r.Lo+e && hi >= r.Hi-e && hi-lo > e
}

// component audits one connected set of unknown cells.
//
// floor, when not nil, is the least value a reader takes each cell to have
// (a count shown as ":" is at least 1 while zeros are shown as 0): the
// program is solved for x − floor >= 0 and its intervals shifted back.
func (a *auditor) component(cells []int, unknown []bool, floor []float64) ([]Interval, error) {
	p := a.p
	m := len(cells)
	col := make(map[int]int, m)
	for j, c := range cells {
		col[c] = j
	}
	if floor == nil {
		floor = make([]float64, m)
	}
	// One row per relation touching the component:
	// sum(coef*x over unknown members) [+ slack] = RHS - sum(coef*value over known members).
	// Slack columns (one per inequality) follow the m cell columns.
	seenRel := map[int]bool{}
	var specs []rowSpec
	for _, c := range cells {
		for _, ri := range a.cellRels[c] {
			if seenRel[ri] {
				continue
			}
			seenRel[ri] = true
			rel := p.Relations[ri]
			rs := rowSpec{coef: make([]float64, m), rhs: rel.RHS, slack: rel.Op == AtMost}
			for _, t := range a.coefs[ri] {
				if unknown[t.cell] {
					rs.coef[col[t.cell]] += t.coef
					rs.rhs -= t.coef * floor[col[t.cell]]
				} else {
					rs.rhs -= t.coef * p.Cells[t.cell].Value
				}
			}
			specs = append(specs, rs)
		}
	}
	slacks := 0
	for _, rs := range specs {
		if rs.slack {
			slacks++
		}
	}
	nv := m + slacks
	truth := make([]float64, nv)
	for j, c := range cells {
		truth[j] = p.Cells[c].Value - floor[j]
	}
	rows := make([][]float64, 0, len(specs))
	s := m
	for _, rs := range specs {
		row := make([]float64, nv+1)
		copy(row, rs.coef)
		row[nv] = rs.rhs
		if rs.slack {
			row[s] = 1
			v := rs.rhs
			for j := 0; j < m; j++ {
				v -= rs.coef[j] * truth[j]
			}
			truth[s] = math.Max(0, v)
			s++
		}
		rows = append(rows, row)
	}
	// Cheap witnesses first: moving an amount from one unknown cell to
	// another that stands with the same coefficient in every equation the
	// two take part in keeps them all, and the inequalities allow it up to
	// their slack: a feasible point, found without a linear program. A
	// region's kommune and another kommune under the same shown total is
	// the common case.
	sparse := make([]sparseRow, 0, len(specs))
	si := m
	for _, rs := range specs {
		var r sparseRow
		for j, c := range rs.coef {
			if c != 0 {
				r.cols = append(r.cols, j)
				r.coef = append(r.coef, c)
			}
		}
		r.slack = -1
		if rs.slack {
			r.slack = truth[si]
			si++
		}
		sparse = append(sparse, r)
	}
	pairLo, pairHi := pairWitnesses(m, sparse, truth[:m])
	ub := rowBounds(m, sparse, specs)
	rows, pivots := rref(rows, nv)

	// Witnessed range per cell: every feasible point seen so far.
	obsLo := append([]float64(nil), pairLo...)
	obsHi := append([]float64(nil), pairHi...)
	observe := func(x []float64) {
		for j := 0; j < m && j < len(x); j++ {
			obsLo[j] = math.Min(obsLo[j], x[j])
			obsHi[j] = math.Max(obsHi[j], x[j])
		}
	}
	prot := func(j int) *Range {
		r := p.Cells[cells[j]].Protect
		if r == nil || floor[j] == 0 {
			return r
		}
		return &Range{Lo: r.Lo - floor[j], Hi: r.Hi - floor[j]}
	}

	// Structurally pinned cells: pivot rows without free entries.
	pinned := make([]bool, m)
	for r, pc := range pivots {
		if pc >= m {
			continue
		}
		free := false
		for j := 0; j < nv; j++ {
			if j != pc && rows[r][j] != 0 {
				free = true
				break
			}
		}
		pinned[pc] = !free
	}

	var sv *lpSolver
	solver := func() *lpSolver {
		if sv == nil {
			sv = newLPSolver(rows, pivots, nv, truth, specs, m)
		}
		return sv
	}
	wrap := func(j int, err error) error {
		return fmt.Errorf("suppress: audit of cell %d: %w", cells[j], err)
	}

	// One program pushing down every protected cell still lacking a low
	// witness usually witnesses most of them at once.
	var c []float64
	for j := 0; j < m; j++ {
		if r := prot(j); r != nil && !pinned[j] && obsLo[j] > r.Lo+eps(r) {
			if c == nil {
				c = make([]float64, nv)
			}
			c[j] = 1
		}
	}
	if c != nil {
		_, x, err := solver().solve(c)
		if err != nil {
			return nil, wrap(0, err)
		}
		observe(x)
	}

	var out []Interval
	for j := 0; j < m; j++ {
		r := prot(j)
		if r == nil {
			continue
		}
		if pinned[j] {
			v := truth[j] + floor[j]
			out = append(out, Interval{Cell: cells[j], Lo: v, Hi: v, Floor: floor[j] != 0})
			continue
		}
		// Solve only for the side not yet witnessed; a disclosure gets
		// both sides exactly.
		lo, hi := math.NaN(), math.NaN()
		if v, ok := attained(obsHi[j], ub[j]); ok && v < r.Hi-eps(r) {
			// a witness reaches the bound a single relation sets: that is
			// the greatest value, and too small
			hi = v
			if v, ok := attained(obsLo[j], 0); ok {
				lo = v // nothing is below 0
			}
		}
		if obsLo[j] > r.Lo+eps(r) {
			if x := solver().witness(j, false, r.Lo); feasible(specs, x, m) {
				observe(x)
			}
		}
		if obsHi[j] < r.Hi-eps(r) {
			if x := solver().witness(j, true, r.Hi); feasible(specs, x, m) {
				observe(x)
			}
		}
		if math.IsNaN(lo) && obsLo[j] > r.Lo+eps(r) {
			v, x, err := solver().min(j)
			if err != nil {
				return nil, wrap(j, err)
			}
			observe(x)
			lo = v
		}
		if math.IsNaN(hi) && obsHi[j] < r.Hi-eps(r) {
			v, x, err := solver().max(j)
			if err != nil {
				return nil, wrap(j, err)
			}
			if x != nil {
				observe(x)
			}
			hi = v
		}
		if safe(r, obsLo[j], obsHi[j]) {
			continue
		}
		if math.IsNaN(lo) {
			v, x, err := solver().min(j)
			if err != nil {
				return nil, wrap(j, err)
			}
			observe(x)
			lo = v
		}
		if math.IsNaN(hi) {
			v, x, err := solver().max(j)
			if err != nil {
				return nil, wrap(j, err)
			}
			if x != nil {
				observe(x)
			}
			hi = v
		}
		lo, hi = snap(lo), snap(hi)
		if !safe(r, lo, hi) {
			out = append(out, Interval{Cell: cells[j], Lo: lo + floor[j], Hi: hi + floor[j], Floor: floor[j] != 0})
		}
	}
	return out, nil
}

// feasible reports whether x (m cells, then one slack per inequality)
// satisfies a component's relations and is >= 0, within what the
// relations allow the true values.
func feasible(specs []rowSpec, x []float64, m int) bool {
	if x == nil {
		return false
	}
	for _, v := range x {
		if v < -1e-9 || math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	s := m
	for _, rs := range specs {
		lhs, scale := 0.0, math.Abs(rs.rhs)
		for j, c := range rs.coef {
			if c != 0 {
				lhs += c * x[j]
				scale = math.Max(scale, math.Abs(c*x[j]))
			}
		}
		if rs.slack {
			lhs += x[s]
			scale = math.Max(scale, x[s])
			s++
		}
		if math.Abs(lhs-rs.rhs) > relTol*math.Max(1, scale) {
			return false
		}
	}
	return true
}

// rowBounds returns, for each of a component's m cells, the upper bound a
// single relation sets on its own: a relation whose unknown cells all
// stand with the same sign (and an inequality's slack with the sign of
// the cells, or none) bounds each of them by its right-hand side over the
// cell's coefficient, every cell being >= 0. +Inf where no relation does.
func rowBounds(m int, rows []sparseRow, specs []rowSpec) []float64 {
	ub := make([]float64, m)
	for j := range ub {
		ub[j] = math.Inf(1)
	}
	for ri, r := range rows {
		if len(r.cols) == 0 {
			continue
		}
		sign := math.Copysign(1, r.coef[0])
		same := true
		for _, c := range r.coef {
			if math.Copysign(1, c) != sign {
				same = false
				break
			}
		}
		rhs := specs[ri].rhs
		if !same || (r.slack >= 0 && sign < 0) {
			continue // a cell can grow while another, or the slack, does too
		}
		for k, j := range r.cols {
			ub[j] = math.Min(ub[j], math.Max(0, rhs/r.coef[k]))
		}
	}
	return ub
}

// attained reports whether a witnessed value v reaches the bound b, so
// that b (an integer: the bound of counts, where the linear program's
// value would be snapped to it too) is the exact optimum.
func attained(v, b float64) (float64, bool) {
	if math.IsInf(b, 0) || snap(b) != b || math.Abs(v-b) > 1e-9*math.Max(1, math.Abs(b)) {
		return 0, false
	}
	return b, true
}

// snap rounds values within eps of an integer (LP noise) to that integer.
func snap(v float64) float64 {
	if r := math.Round(v); math.Abs(v-r) < 1e-7*math.Max(1, math.Abs(r)) {
		return r
	}
	return v
}

// rref reduces the augmented rows (m coefficients + right-hand side) to
// reduced row echelon form, dropping dependent rows. It returns the rows and
// the pivot column of each.
func rref(rows [][]float64, m int) ([][]float64, []int) {
	var pivots []int
	r := 0
	for c := 0; c < m && r < len(rows); c++ {
		best, bestAbs := -1, tol
		for i := r; i < len(rows); i++ {
			if v := math.Abs(rows[i][c]); v > bestAbs {
				best, bestAbs = i, v
			}
		}
		if best < 0 {
			continue
		}
		rows[r], rows[best] = rows[best], rows[r]
		pivot(rows, r, c)
		pivots = append(pivots, c)
		r++
	}
	// Rows r.. are zero in every coefficient; their right-hand sides are
	// zero too because the true values satisfy every relation.
	return rows[:r], pivots
}

// lpSolver holds one component's standard-form program A x = b, x >= 0.
type lpSolver struct {
	A     *mat.Dense
	b     []float64
	m     int
	basis []int // a feasible starting basis, or nil to let Simplex find one
	// tableau is the program in canonical form for basis (row i: basic
	// column basis[i] = last entry − the rest), when basis is set.
	tableau [][]float64
	// specs are the component's relations over its cells (the first
	// cells columns), for checking what simplex finds
	specs []rowSpec
	cells int
}

func newLPSolver(rows [][]float64, pivots []int, m int, truth []float64, specs []rowSpec, cells int) *lpSolver {
	k := len(rows)
	basis := purify(rows, pivots, m, truth)
	A := mat.NewDense(k, m, nil)
	b := make([]float64, k)
	for i, row := range rows {
		for j := 0; j < m; j++ {
			A.Set(i, j, row[j])
		}
		b[i] = row[m]
	}
	sv := &lpSolver{A: A, b: b, m: m, basis: basis, specs: specs, cells: cells}
	if basis != nil {
		sv.tableau = rows
	}
	return sv
}

// witnessPivots bounds the pivots witness makes on a tableau of k rows:
// each costs about k² of the k³ one step of lp.Simplex does (a dense LU
// factorisation), so beyond about k/2 the linear program is as cheap.
func witnessPivots(k int) int { return 20 + k/2 }

// witness looks for a feasible point where variable j is at least target
// (up) or at most target (not up): simplex steps on a copy of the
// tableau, from the starting vertex, with Bland's rule, stopping as soon
// as the point gets there. It returns nil when it does not get there
// (the variable's optimum is short of target, or numerical trouble): only
// a linear program of its own can tell then. The point is not checked
// here; callers check it against the relations before relying on it.
func (s *lpSolver) witness(j int, up bool, target float64) []float64 {
	if s.tableau == nil {
		return nil
	}
	k, n := len(s.tableau), s.m
	t := make([][]float64, k)
	for i, row := range s.tableau {
		t[i] = append([]float64(nil), row...)
	}
	basis := append([]int(nil), s.basis...)
	rowOf := make([]int, n)
	for c := range rowOf {
		rowOf[c] = -1
	}
	for i, b := range basis {
		rowOf[b] = i
	}
	sign := 1.0 // the objective: maximise sign·x_j
	if !up {
		sign = -1
	}
	point := func() []float64 {
		x := make([]float64, n)
		for i, b := range basis {
			x[b] = math.Max(0, t[i][n])
		}
		return x
	}
	value := func() float64 {
		if r := rowOf[j]; r >= 0 {
			return t[r][n]
		}
		return 0
	}
	reached := func(v float64) bool {
		if up {
			return v >= target
		}
		return v <= target
	}
	for range witnessPivots(k) {
		if reached(value()) {
			return point()
		}
		// entering column: the lowest that improves the objective
		// (x_B = rhs − T·x_N, so column q changes x_j by −T[r][q])
		q := -1
		if r := rowOf[j]; r < 0 {
			q = j
		} else {
			for c := 0; c < n; c++ {
				if rowOf[c] < 0 && -sign*t[r][c] > tol {
					q = c
					break
				}
			}
		}
		if q < 0 {
			return nil // optimal short of target
		}
		// ratio test, ties to the lowest basic column (Bland)
		leave, best := -1, math.Inf(1)
		for i := 0; i < k; i++ {
			if a := t[i][q]; a > tol {
				r := math.Max(0, t[i][n]) / a
				if r < best-tol || (r <= best+tol && leave >= 0 && basis[i] < basis[leave]) {
					leave, best = i, r
				}
			}
		}
		if leave < 0 {
			// unbounded along q: step far enough
			x := point()
			rate := 1.0 // change of x_j per unit of q
			if r := rowOf[j]; r >= 0 {
				rate = -t[r][q]
			}
			step := math.Abs(target-value())/math.Abs(rate) + 1
			x[q] = step
			for i, b := range basis {
				x[b] = t[i][n] - t[i][q]*step
			}
			return x
		}
		pivot(t, leave, q)
		rowOf[basis[leave]] = -1
		basis[leave] = q
		rowOf[q] = leave
	}
	return nil
}

// purify turns the tableau rows (reduced row echelon form, pivots[i] the
// basic column of row i) into one whose basic solution is a vertex of the
// feasible region, starting from the feasible point x (the true values),
// so that Simplex can start from it instead of solving a phase I problem.
// Each step takes a non-basic variable with a positive value down towards
// zero, moving the basic variables along; if a basic variable reaches zero
// first, the two are exchanged by a pivot. Every step leaves one more
// non-basic variable at zero. It returns the final basic columns, or nil if
// numerical trouble makes the result doubtful.
func purify(rows [][]float64, pivots []int, m int, truth []float64) []int {
	k := len(rows)
	x := append([]float64(nil), truth...)
	basic := make([]int, m) // row of each basic column, -1 if non-basic
	for j := range basic {
		basic[j] = -1
	}
	for i, p := range pivots {
		basic[p] = i
	}
	for steps := 0; steps <= m; steps++ {
		f := -1
		for j := 0; j < m; j++ {
			if basic[j] < 0 && x[j] > tol {
				f = j
				break
			}
		}
		if f < 0 {
			break
		}
		// Decreasing x[f] by t changes basic x[p_i] by +rows[i][f]*t.
		t, leave := x[f], -1
		for i := 0; i < k; i++ {
			if a := rows[i][f]; a < -tol {
				if r := x[pivots[i]] / -a; r < t-tol {
					t, leave = r, i
				}
			}
		}
		for i := 0; i < k; i++ {
			x[pivots[i]] += rows[i][f] * t
		}
		x[f] -= t
		if leave < 0 {
			x[f] = 0
			continue
		}
		// Pivot: f enters the basis in row leave, pivots[leave] leaves at 0.
		old := pivots[leave]
		x[old] = 0
		pivot(rows, leave, f)
		basic[old], basic[f] = -1, leave
		pivots[leave] = f
	}
	// The basic solution of the tableau is now x: rhs == x on the basis.
	for i, p := range pivots {
		rhs := rows[i][m]
		if math.Abs(rhs-x[p]) > 1e-6 || rhs < -1e-6 {
			return nil
		}
		if rhs < 0 {
			rows[i][m] = 0
		}
	}
	for j := 0; j < m; j++ {
		if basic[j] < 0 && x[j] > 1e-6 {
			return nil
		}
	}
	return append([]int(nil), pivots...)
}

func (s *lpSolver) min(j int) (float64, []float64, error) {
	c := make([]float64, s.m)
	c[j] = 1
	f, x, err := s.solve(c)
	if err != nil {
		return 0, nil, err
	}
	return f, x, nil
}

// max returns +Inf and a nil point when the variable is unbounded.
func (s *lpSolver) max(j int) (float64, []float64, error) {
	c := make([]float64, s.m)
	c[j] = -1
	f, x, err := s.solve(c)
	if errors.Is(err, lp.ErrUnbounded) {
		return math.Inf(1), nil, nil
	}
	if err != nil {
		return 0, nil, err
	}
	return -f, x, nil
}

func (s *lpSolver) solve(c []float64) (float64, []float64, error) {
	if s.tableau != nil {
		switch f, x, st := s.simplex(c); st {
		case optimal:
			return f, x, nil
		case unbounded:
			return math.Inf(-1), nil, lp.ErrUnbounded
		}
	}
	if s.basis != nil {
		f, x, err := simplexGuarded(c, s.A, s.b, s.basis)
		if err == nil || errors.Is(err, lp.ErrUnbounded) {
			return f, x, err
		}
	}
	// No usable starting vertex: let Simplex solve its own phase I.
	return simplexGuarded(c, s.A, s.b, nil)
}

// The outcomes of lpSolver.simplex.
const (
	gaveUp = iota
	optimal
	unbounded
)

// simplexPivots bounds the pivots simplex makes on a program of k rows
// and n columns before it gives up (Bland's rule does not cycle, but
// rounding may).
func simplexPivots(k, n int) int { return 50 + 10*(k+n) }

// simplex minimises c·x over the program by primal simplex steps on a
// copy of its tableau, from the starting vertex, with Bland's rule: each
// step costs about k·n where one of lp.Simplex's (a dense LU
// factorisation and a condition estimate of the basis) costs about k³.
// It answers only what it can vouch for:
//   - optimal: no column improves c·x, and the point satisfies the
//     component's relations and is >= 0 (so its value is attained; were
//     rounding to stop it short of the optimum, the interval it gives is
//     narrower than the truth, which hides more, never less);
//   - unbounded: a column improves c·x along a ray on which every
//     variable grows or stays, checked against the relations;
//
// and gives up otherwise (too many pivots, a point or a ray that misses
// the relations), for lp.Simplex to solve.
func (s *lpSolver) simplex(c []float64) (float64, []float64, int) {
	k, n := len(s.tableau), s.m
	t := make([][]float64, k+1)
	for i, row := range s.tableau {
		t[i] = append([]float64(nil), row...)
	}
	// the objective row: reduced costs, and −(c·x) at the vertex
	z := make([]float64, n+1)
	copy(z, c)
	basis := append([]int(nil), s.basis...)
	rowOf := make([]int, n)
	for j := range rowOf {
		rowOf[j] = -1
	}
	for i, b := range basis {
		rowOf[b] = i
		if f := c[b]; f != 0 {
			for j, v := range t[i] {
				z[j] -= f * v
			}
		}
	}
	t[k] = z
	for range simplexPivots(k, n) {
		q := -1
		for j := 0; j < n; j++ {
			if rowOf[j] < 0 && z[j] < -tol {
				q = j
				break
			}
		}
		if q < 0 {
			x := make([]float64, n)
			for i, b := range basis {
				x[b] = t[i][n]
			}
			if !s.feasible(x) {
				return 0, nil, gaveUp
			}
			for j := range x {
				x[j] = max(0, x[j])
			}
			f := 0.0
			for j, v := range c {
				f += v * x[j]
			}
			return f, x, optimal
		}
		leave, best := -1, math.Inf(1)
		for i := 0; i < k; i++ {
			if a := t[i][q]; a > tol {
				r := math.Max(0, t[i][n]) / a
				if r < best-tol || (r <= best+tol && leave >= 0 && basis[i] < basis[leave]) {
					leave, best = i, r
				}
			}
		}
		if leave < 0 {
			// x_q grows without end; the basic variables move by −T·x_q
			d := make([]float64, n)
			d[q] = 1
			for i, b := range basis {
				d[b] = -t[i][q]
			}
			if !s.ray(d) {
				return 0, nil, gaveUp
			}
			return math.Inf(-1), nil, unbounded
		}
		pivot(t, leave, q)
		rowOf[basis[leave]] = -1
		basis[leave] = q
		rowOf[q] = leave
	}
	return 0, nil, gaveUp
}

// feasible reports whether x (the cells, then one slack per inequality)
// satisfies the component's relations and is >= 0.
func (s *lpSolver) feasible(x []float64) bool {
	return s.specs != nil && feasible(s.specs, x, s.cells)
}

// ray reports whether d is a direction along which every point of the
// component's program stays one: d >= 0 and the relations unchanged by it.
func (s *lpSolver) ray(d []float64) bool {
	if s.specs == nil {
		return false
	}
	for _, v := range d {
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	sl := s.cells
	for _, rs := range s.specs {
		lhs, scale := 0.0, 0.0
		for j, c := range rs.coef {
			if c != 0 {
				lhs += c * d[j]
				scale = math.Max(scale, math.Abs(c*d[j]))
			}
		}
		if rs.slack {
			lhs += d[sl]
			scale = math.Max(scale, d[sl])
			sl++
		}
		if math.Abs(lhs) > relTol*math.Max(1, scale) {
			return false
		}
	}
	return true
}

// simplexGuarded calls lp.Simplex, turning its panic on a rejected
// starting basis into an error.
func simplexGuarded(c []float64, A *mat.Dense, b []float64, basis []int) (f float64, x []float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("lp: %v", r)
		}
	}()
	return lp.Simplex(c, A, b, 1e-10, basis)
}

// tol is below what counts as zero in the eliminations: values are counts.
const tol = 1e-9

// pivot scales row r so that column c is 1 and clears column c from every
// other row (Gauss–Jordan), rounding values below tol to 0.
func pivot(rows [][]float64, r, c int) {
	pr := rows[r]
	inv := 1 / pr[c]
	for j := range pr {
		pr[j] *= inv
	}
	pr[c] = 1
	for i := range rows {
		if i == r || rows[i][c] == 0 {
			continue
		}
		f := rows[i][c]
		for j := range rows[i] {
			rows[i][j] -= f * pr[j]
			if math.Abs(rows[i][j]) < tol {
				rows[i][j] = 0
			}
		}
		rows[i][c] = 0
	}
}

// rowSpec is a relation of a component over its cells' columns:
// Σ coef·x [+ slack] = rhs, the known cells moved to the right.
type rowSpec struct {
	coef  []float64 // cell columns
	rhs   float64
	slack bool
}

// sparseRow is a relation of a component: its cells' coefficients, and
// for an inequality the slack the true values leave (-1 for an equation).
type sparseRow struct {
	cols  []int
	coef  []float64
	slack float64
}

// pairWitnesses returns, for each of a component's m cells, the lowest and
// highest value seen at feasible points reached from the true values x by
// moving amounts between two cells: from q to j (or back) where both stand
// with the same coefficient in every equation either takes part in, as far
// as the cells stay >= 0 and the inequalities' slack allows. The moves for
// one cell are made one after the other from the point the last one
// reached, with every partner in turn (a kommune raised by what several
// others under the same total give up), and each point is a witness for
// every cell it moved.
func pairWitnesses(m int, rows []sparseRow, x []float64) (lo, hi []float64) {
	lo = append([]float64(nil), x...)
	hi = append([]float64(nil), x...)
	in := make([][]int, m)         // rows each cell is in
	inCoef := make([][]float64, m) // and its coefficient there
	for ri, r := range rows {
		for k, c := range r.cols {
			in[c] = append(in[c], ri)
			inCoef[c] = append(inCoef[c], r.coef[k])
		}
	}
	coefIn := func(ri, c int) float64 {
		for k, r := range in[c] {
			if r == ri {
				return inCoef[c][k]
			}
		}
		return 0
	}
	// The point moved to, kept as changes from x: y[c] for the cells moved
	// and slack[ri] for the inequalities whose slack changed.
	y := map[int]float64{}
	slack := map[int]float64{}
	at := func(c int) float64 {
		if v, ok := y[c]; ok {
			return v
		}
		return x[c]
	}
	slackOf := func(ri int) float64 {
		if v, ok := slack[ri]; ok {
			return v
		}
		return rows[ri].slack
	}
	seen := map[int]bool{}
	// move moves as much as it can from q to j (up) or from j to q (down)
	// at the current point and returns the amount.
	move := func(j, q int, up bool) float64 {
		giver := q
		if !up {
			giver = j
		}
		limit := at(giver) // the giver stays >= 0
		if limit <= 0 {
			return 0
		}
		clear(seen)
		for _, list := range [][]int{in[j], in[q]} {
			for _, ri := range list {
				if seen[ri] {
					continue
				}
				seen[ri] = true
				d := coefIn(ri, j) - coefIn(ri, q) // change of the row per unit moved up
				if !up {
					d = -d
				}
				if d == 0 {
					continue
				}
				if rows[ri].slack < 0 {
					return 0 // an equation the move breaks
				}
				if d > 0 {
					limit = math.Min(limit, slackOf(ri)/d)
				}
			}
		}
		if limit <= 0 {
			return 0
		}
		t := limit
		if !up {
			t = -t
		}
		y[j] = at(j) + t
		y[q] = at(q) - t
		if !up {
			y[j] = math.Max(0, y[j]) // the giver, exactly at 0 when emptied
		} else {
			y[q] = math.Max(0, y[q])
		}
		for ri := range seen {
			if rows[ri].slack < 0 {
				continue
			}
			if d := coefIn(ri, j) - coefIn(ri, q); d != 0 {
				slack[ri] = math.Max(0, slackOf(ri)-d*t)
			}
		}
		return limit
	}
	for j := 0; j < m; j++ {
		for _, up := range []bool{true, false} {
			clear(y)
			clear(slack)
			// partners: the cells sharing an equation with j
			tried := map[int]bool{j: true}
			for _, ri := range in[j] {
				if rows[ri].slack >= 0 {
					continue
				}
				for _, q := range rows[ri].cols {
					if tried[q] {
						continue
					}
					tried[q] = true
					move(j, q, up)
				}
			}
			for c, v := range y {
				lo[c] = math.Min(lo[c], v)
				hi[c] = math.Max(hi[c], v)
			}
		}
	}
	return lo, hi
}
