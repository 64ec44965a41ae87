package suppress

import (
	"errors"
	"math"
	"math/rand"
	"testing"

	"gonum.org/v1/gonum/optimize/convex/lp"
)

// randomProgram is a component's program as component builds it: m
// cells with small integer true values, equations and inequalities with
// coefficients in {−2, …, 2} (a formula's weight, a total and its parts, a
// subset), their right-hand sides what the true values give (an
// inequality with some slack left), reduced and purified to a vertex.
func randomProgram(rng *rand.Rand, m, eqs, ineqs int) (*lpSolver, []float64) {
	var specs []rowSpec
	truth := make([]float64, m)
	for j := range truth {
		truth[j] = float64(rng.Intn(8))
	}
	for r := 0; r < eqs+ineqs; r++ {
		rs := rowSpec{coef: make([]float64, m), slack: r >= eqs}
		for j := range rs.coef {
			if rng.Intn(3) == 0 {
				rs.coef[j] = float64(rng.Intn(5) - 2)
			}
		}
		for j, c := range rs.coef {
			rs.rhs += c * truth[j]
		}
		if rs.slack {
			rs.rhs += float64(rng.Intn(3))
		}
		specs = append(specs, rs)
	}
	nv := m + ineqs
	x := append(truth, make([]float64, ineqs)...)
	var rows [][]float64
	si := m
	for _, rs := range specs {
		row := make([]float64, nv+1)
		copy(row, rs.coef)
		row[nv] = rs.rhs
		if rs.slack {
			row[si] = 1
			v := rs.rhs
			for j := 0; j < m; j++ {
				v -= rs.coef[j] * x[j]
			}
			x[si] = v
			si++
		}
		rows = append(rows, row)
	}
	rows, pivots := rref(rows, nv)
	if len(rows) == 0 {
		return nil, nil // no relation left: not a component
	}
	return newLPSolver(rows, pivots, nv, x, specs, m), x
}

// TestSimplexAsLP: on random programs, the tableau simplex finds the
// optimum lp.Simplex finds solving from scratch (its own phase I, no
// starting basis), says unbounded exactly where it does, and gives up
// rarely; its optimal points satisfy the relations.
func TestSimplexAsLP(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var solved, rays, gave int
	for c := 0; c < 8000; c++ {
		m := 2 + rng.Intn(24)
		sv, _ := randomProgram(rng, m, rng.Intn(m), rng.Intn(6))
		if sv == nil || sv.tableau == nil || zeroColumn(sv) {
			continue // lp.Simplex refuses a column of zeros; a component has none
		}
		obj := make([]float64, sv.m)
		for j := 0; j < m; j++ {
			switch rng.Intn(4) {
			case 0:
				obj[j] = 1
			case 1:
				obj[j] = -1
			}
		}
		f, x, st := sv.simplex(obj)
		want, _, err := lp.Simplex(obj, sv.A, sv.b, 1e-10, nil) // as simplexGuarded
		if err != nil && !errors.Is(err, lp.ErrUnbounded) {
			// lp.Simplex's own phase I failed (a near-singular basis): the
			// starting vertex's answer is the reference
			if want, _, err = simplexGuarded(obj, sv.A, sv.b, sv.basis); err != nil && !errors.Is(err, lp.ErrUnbounded) {
				continue
			}
		}
		switch st {
		case optimal:
			solved++
			if err != nil {
				t.Fatalf("case %d: simplex finds %g, lp.Simplex: %v", c, f, err)
			}
			if math.Abs(f-want) > 1e-7*math.Max(1, math.Abs(want)) {
				t.Fatalf("case %d: simplex finds %g, lp.Simplex %g", c, f, want)
			}
			if !feasible(sv.specs, x, m) {
				t.Fatalf("case %d: the optimum %v breaks a relation", c, x)
			}
		case unbounded:
			rays++
			if !errors.Is(err, lp.ErrUnbounded) {
				t.Fatalf("case %d: simplex says unbounded, lp.Simplex %g, %v", c, want, err)
			}
		default:
			gave++
		}
	}
	t.Logf("%d optimal, %d unbounded, %d given up", solved, rays, gave)
	if solved < 1000 || rays < 100 || gave > solved/100 {
		t.Fatalf("%d optimal, %d unbounded, %d given up: the random programs test too little", solved, rays, gave)
	}
}

// TestSimplexVouches: a tableau that rounding has moved off the relations
// gives no answer (lp.Simplex solves it), neither an optimum nor a ray.
func TestSimplexVouches(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for c := 0; c < 200; c++ {
		sv, _ := randomProgram(rng, 6, 3, 2)
		if sv == nil || sv.tableau == nil {
			continue
		}
		// the relations hold a sum the tableau does not know of (and the
		// true values miss, so no vertex is likely to meet it)
		bad := rowSpec{coef: make([]float64, 6), rhs: 0.37}
		for j := range bad.coef {
			bad.coef[j] = 1
			bad.rhs += sv.specs[0].coef[j] * 0 // the sum's right-hand side is no point's
		}
		sv.specs = append(append([]rowSpec(nil), sv.specs...), bad)
		obj := make([]float64, sv.m)
		obj[rng.Intn(6)] = -1 // the greatest value of a cell
		if _, _, st := sv.simplex(obj); st != gaveUp {
			t.Fatalf("case %d: simplex answers (%d) for a program its relations contradict", c, st)
		}
	}
}

// zeroColumn reports whether a column of the program is all zeros.
func zeroColumn(sv *lpSolver) bool {
	r, c := sv.A.Dims()
next:
	for j := 0; j < c; j++ {
		for i := 0; i < r; i++ {
			if sv.A.At(i, j) != 0 {
				continue next
			}
		}
		return true
	}
	return false
}
