package suppress

import (
	"errors"
	"math"
	"math/rand"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"
)

// rollupProblem is a region's figures: K kommuner × I indicators with the
// region's total of each indicator (cell K*I+i), each total = Σ kommuner,
// and indicator i+1 a subset of indicator i in every kommune and the region
// (x[i+1] <= x[i]) — the shape of the national roll-up, where one shown
// total ties every kommune's hidden cell together and the subsets limit how
// far one can move.
func rollupProblem(rng *rand.Rand, K, I int) *Problem {
	cell := func(k, i int) int { return k*I + i }
	region := func(i int) int { return K*I + i }
	p := &Problem{Cells: make([]Cell, (K+1)*I)}
	for k := 0; k < K; k++ {
		v := float64(rng.Intn(12))
		for i := 0; i < I; i++ {
			p.Cells[cell(k, i)] = Cell{Value: v, Protect: small(4), Cost: 1}
			v = math.Floor(v * rng.Float64() * 1.2)
			v = math.Min(v, p.Cells[cell(k, i)].Value)
		}
	}
	for i := 0; i < I; i++ {
		parts := make([]int, K)
		sum := 0.0
		for k := range parts {
			parts[k] = cell(k, i)
			sum += p.Cells[parts[k]].Value
		}
		p.Cells[region(i)] = Cell{Value: sum, Protect: small(4), Cost: 5}
		p.Relations = append(p.Relations, Sum(region(i), parts...))
	}
	for k := 0; k <= K; k++ {
		for i := 0; i+1 < I; i++ {
			a, b := cell(k, i+1), cell(k, i)
			if k == K {
				a, b = region(i+1), region(i)
			}
			p.Relations = append(p.Relations, Linear{Terms: []Term{{a, 1}, {b, -1}}, Op: AtMost})
		}
	}
	for i, c := range p.Cells {
		p.Cells[i].Hidden = c.Value >= 1 && c.Value <= 4
	}
	return p
}

// lpIntervals is the reference audit: for every unknown protected cell
// that takes part in a relation, its least and greatest value by a linear
// program over the whole problem solved from scratch (no witnesses, no
// components, no starting basis).
func lpIntervals(t *testing.T, p *Problem, hidden []bool) map[int]Interval {
	t.Helper()
	unknown := p.unknown(hidden)
	col := map[int]int{}
	var vars []int
	inRel := map[int]bool{}
	for _, r := range p.Relations {
		for _, tm := range r.Terms {
			if unknown[tm.Cell] {
				inRel[tm.Cell] = true
			}
		}
	}
	for i := range p.Cells {
		if unknown[i] && inRel[i] {
			col[i] = len(vars)
			vars = append(vars, i)
		}
	}
	slacks := 0
	for _, r := range p.Relations {
		if r.Op == AtMost {
			slacks++
		}
	}
	nv := len(vars) + slacks
	var rows [][]float64
	s := len(vars)
	for _, r := range p.Relations {
		row := make([]float64, nv+1)
		row[nv] = r.RHS
		for _, tm := range r.Terms {
			if j, ok := col[tm.Cell]; ok {
				row[j] += tm.Coef
			} else {
				row[nv] -= tm.Coef * p.Cells[tm.Cell].Value
			}
		}
		if r.Op == AtMost {
			row[s] = 1
			s++
		}
		rows = append(rows, row)
	}
	rows, _ = rref(rows, nv)
	out := map[int]Interval{}
	if len(rows) == 0 {
		return out
	}
	A := mat.NewDense(len(rows), nv, nil)
	b := make([]float64, len(rows))
	for i, row := range rows {
		for j := 0; j < nv; j++ {
			A.Set(i, j, row[j])
		}
		b[i] = row[nv]
	}
	for j, c := range vars {
		if p.Cells[c].Protect == nil {
			continue
		}
		obj := make([]float64, nv)
		obj[j] = 1
		lo, _, err := lp.Simplex(obj, A, b, 0, nil)
		if err != nil {
			t.Fatalf("min of cell %d: %v", c, err)
		}
		obj[j] = -1
		hi, _, err := lp.Simplex(obj, A, b, 0, nil)
		switch {
		case errors.Is(err, lp.ErrUnbounded):
			hi = math.Inf(1)
		case err != nil:
			t.Fatalf("max of cell %d: %v", c, err)
		default:
			hi = -hi
		}
		out[c] = Interval{Cell: c, Lo: snap(lo), Hi: snap(hi)}
	}
	return out
}

// TestAuditMatchesPlainLP checks the audit, with its shortcuts (components,
// witnesses found by moving amounts between kommuner, the cache), against
// plain linear programs on random roll-ups: the same cells are disclosed,
// with the same intervals.
func TestAuditMatchesPlainLP(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	disclosures, safeCells := 0, 0
	for c := 0; c < 60; c++ {
		K, I := 2+rng.Intn(7), 1+rng.Intn(3)
		p := rollupProblem(rng, K, I)
		hidden := make([]bool, len(p.Cells))
		for i, cell := range p.Cells {
			hidden[i] = cell.Hidden || rng.Float64() < 0.3
		}
		got, err := p.Audit(hidden)
		if err != nil {
			t.Fatal(err)
		}
		gotBy := map[int]Interval{}
		for _, iv := range got {
			gotBy[iv.Cell] = iv
		}
		for cell, iv := range lpIntervals(t, p, hidden) {
			r := p.Cells[cell].Protect
			g, disclosed := gotBy[cell]
			if safe(r, iv.Lo, iv.Hi) {
				safeCells++
				if disclosed {
					t.Errorf("case %d: cell %d is safe, [%g, %g] by the plain LP, but the audit reports [%g, %g]", c, cell, iv.Lo, iv.Hi, g.Lo, g.Hi)
				}
				continue
			}
			disclosures++
			if !disclosed {
				t.Errorf("case %d: cell %d is narrowed to [%g, %g] by the plain LP, but the audit calls it safe", c, cell, iv.Lo, iv.Hi)
			} else if math.Abs(g.Lo-iv.Lo) > 1e-6 || (g.Hi != iv.Hi && math.Abs(g.Hi-iv.Hi) > 1e-6) {
				t.Errorf("case %d: cell %d: audit [%g, %g], plain LP [%g, %g]", c, cell, g.Lo, g.Hi, iv.Lo, iv.Hi)
			}
			delete(gotBy, cell)
		}
		for cell, g := range gotBy {
			t.Errorf("case %d: the audit reports cell %d [%g, %g], which the plain LP does not narrow (or has no relation)", c, cell, g.Lo, g.Hi)
		}
	}

	// the comparison must have met both kinds, many times
	if disclosures < 30 || safeCells < 100 {
		t.Fatalf("only %d disclosures and %d safe cells: the random roll-ups test too little", disclosures, safeCells)
	}
}

// TestWitnessCoupledMove: five kommuner with a count A among a count B
// (A <= B), every one 1 and hidden, the region's totals (5 and 5) shown.
// Raising one kommune's A needs its B raised with it and another
// kommune's pair lowered: no move between two cells does it, the simplex
// steps of witness do, to A = 5 and no further.
func TestWitnessCoupledMove(t *testing.T) {
	const K = 5
	m, nv := 2*K, 3*K // A_k = k, B_k = K+k, then the slacks of A_k <= B_k
	var specs []rowSpec
	a, b := rowSpec{coef: make([]float64, m), rhs: K}, rowSpec{coef: make([]float64, m), rhs: K}
	for k := 0; k < K; k++ {
		a.coef[k], b.coef[K+k] = 1, 1
	}
	specs = append(specs, a, b)
	for k := 0; k < K; k++ {
		s := rowSpec{coef: make([]float64, m), slack: true}
		s.coef[k], s.coef[K+k] = 1, -1
		specs = append(specs, s)
	}
	truth := make([]float64, nv)
	for j := 0; j < m; j++ {
		truth[j] = 1
	}
	var rows [][]float64
	var sparse []sparseRow
	si := m
	for _, rs := range specs {
		row := make([]float64, nv+1)
		copy(row, rs.coef)
		row[nv] = rs.rhs
		var sr sparseRow
		for j, c := range rs.coef {
			if c != 0 {
				sr.cols, sr.coef = append(sr.cols, j), append(sr.coef, c)
			}
		}
		sr.slack = -1
		if rs.slack {
			row[si] = 1
			sr.slack = 0
			si++
		}
		rows = append(rows, row)
		sparse = append(sparse, sr)
	}
	_, pairHi := pairWitnesses(m, sparse, truth[:m])
	if pairHi[0] != 1 {
		t.Fatalf("moves between two cells raise A_0 to %g: the test no longer needs witness", pairHi[0])
	}
	rows, pivots := rref(rows, nv)
	sv := newLPSolver(rows, pivots, nv, truth, specs, m)
	if sv.tableau == nil {
		t.Fatal("no starting vertex")
	}
	x := sv.witness(0, true, 4)
	if !feasible(specs, x, m) || x[0] < 4 {
		t.Fatalf("witness(A_0 >= 4) = %v", x)
	}
	if x := sv.witness(0, false, 0); !feasible(specs, x, m) || x[0] > 0 {
		t.Fatalf("witness(A_0 <= 0) = %v", x)
	}
	if x := sv.witness(0, true, 5.5); x != nil && feasible(specs, x, m) && x[0] >= 5.5 {
		t.Fatalf("witness(A_0 >= 5.5) = %v, but A_0 is at most 5", x)
	}
	// a point that breaks a relation is not a witness
	bad := append([]float64(nil), truth...)
	bad[0] = 4
	if feasible(specs, bad, m) {
		t.Fatal("feasible accepts A_0 = 4 with every other cell at 1")
	}
}
