package suppress

import (
	"fmt"
	"math"
)

// Problem is one published document seen as a reader sees it: a set of
// non-negative cells (counts, amounts) and the linear relations a reader
// can use between them (parts and total, H1 + H2 = year, a figure derived
// from others, bounds). Some cells are shown in the document, some are
// not shown at all (Latent) but take part in relations, so a reader who
// combines what is shown may learn them too.
type Problem struct {
	Cells     []Cell
	Relations []Linear
	// Cache, when set, keeps audited components across problems that
	// share the cells' values and the relations and differ only in which
	// cells are known (the documents of one publication history).
	Cache *Cache
}

// Cache holds audited components; the zero value is ready to use. It
// also keeps the net coefficients of the relations of the last problem
// it was used with, for the next one with the same relations (the same
// slice, unchanged: a Cache is for problems that share them) and as many
// cells.
type Cache struct {
	m        map[string][]Interval
	rels     []Linear
	ncells   int
	coefs    [][]term
	cellRels [][]int
}

// coefsFor returns the coefficients kept for p's relations, if they are.
func (c *Cache) coefsFor(p *Problem) ([][]term, [][]int, bool) {
	if c.coefs == nil || len(c.rels) != len(p.Relations) || c.ncells != len(p.Cells) {
		return nil, nil, false
	}
	if len(c.rels) > 0 && &c.rels[0] != &p.Relations[0] {
		return nil, nil, false
	}
	return c.coefs, c.cellRels, true
}

// Cell is one number of the document.
type Cell struct {
	Value float64 // the true value, >= 0
	// Latent cells are not shown in the document: a reader does not know
	// them, and they are never hidden (there is nothing to hide).
	Latent bool
	// Fixed cells are public already (published earlier, or a figure
	// anyone can look up): they stay visible and are never hidden.
	Fixed bool
	// Hidden cells must be hidden: primary suppression, or hidden by an
	// earlier publication of the same figure.
	Hidden bool
	// Protect, when set, is the range a reader must not be able to narrow
	// the cell below while it is unknown to them (hidden or latent): its
	// feasible interval must contain the whole range. Small counts get
	// [1, threshold]; cells without a requirement leave it nil.
	Protect *Range
	// Cost is how much is lost by hiding the cell as a secondary
	// suppression; Protect prefers cheap cells (a half-year before the
	// year, a breakdown part before the total).
	Cost float64
	// Floor is the least value a reader may take a hidden cell to have: a
	// count shown as ":" in a report that shows zeros as 0 is at least 1.
	// The audit also attacks with every hidden cell at least its floor,
	// wherever that holds; hiding a cell below its floor (a zero) makes it
	// fail, which Protect may choose to do.
	Floor float64
}

// Range is a closed interval of values.
type Range struct{ Lo, Hi float64 }

// Op is the comparison of a linear relation.
type Op int

// The comparisons: Σ coef·x = RHS, or Σ coef·x ≤ RHS.
const (
	Equal Op = iota
	AtMost
)

// Term is one cell of a relation with its coefficient.
type Term struct {
	Cell int
	Coef float64
}

// Linear is Σ Terms[i].Coef · x[Terms[i].Cell]  Op  RHS. The true values
// must satisfy it.
type Linear struct {
	Terms []Term
	Op    Op
	RHS   float64
}

// Sum is the relation total = Σ parts.
func Sum(total int, parts ...int) Linear {
	l := Linear{Terms: []Term{{total, 1}}}
	for _, p := range parts {
		l.Terms = append(l.Terms, Term{p, -1})
	}
	return l
}

// relTol is how far the true values may miss a relation (rounding of
// decimals in amounts and rates).
const relTol = 1e-6

// check validates the problem: values non-negative and finite, cells in
// range, relations true of the values.
func (p *Problem) check() error {
	for i, c := range p.Cells {
		if c.Value < 0 || math.IsNaN(c.Value) || math.IsInf(c.Value, 0) {
			return fmt.Errorf("suppress: cell %d has value %g (want a finite value >= 0)", i, c.Value)
		}
		if c.Latent && (c.Fixed || c.Hidden) {
			return fmt.Errorf("suppress: cell %d is latent and also fixed or hidden", i)
		}
		if c.Fixed && c.Hidden {
			return fmt.Errorf("suppress: cell %d is both fixed and hidden", i)
		}
		if r := c.Protect; r != nil && (r.Lo > r.Hi || math.IsNaN(r.Lo) || math.IsNaN(r.Hi)) {
			return fmt.Errorf("suppress: cell %d has protection range [%g, %g]", i, r.Lo, r.Hi)
		}
	}
	for ri, r := range p.Relations {
		lhs := 0.0
		scale := math.Abs(r.RHS)
		for _, t := range r.Terms {
			if t.Cell < 0 || t.Cell >= len(p.Cells) {
				return fmt.Errorf("suppress: relation %d: cell %d out of range [0, %d)", ri, t.Cell, len(p.Cells))
			}
			if math.IsNaN(t.Coef) || math.IsInf(t.Coef, 0) {
				return fmt.Errorf("suppress: relation %d: coefficient %g", ri, t.Coef)
			}
			v := t.Coef * p.Cells[t.Cell].Value
			lhs += v
			scale = math.Max(scale, math.Abs(v))
		}
		tol := relTol * math.Max(1, scale)
		switch r.Op {
		case Equal:
			if math.Abs(lhs-r.RHS) > tol {
				return fmt.Errorf("suppress: relation %d does not hold: %g ≠ %g", ri, lhs, r.RHS)
			}
		case AtMost:
			if lhs > r.RHS+tol {
				return fmt.Errorf("suppress: relation %d does not hold: %g > %g", ri, lhs, r.RHS)
			}
		default:
			return fmt.Errorf("suppress: relation %d has unknown comparison %d", ri, r.Op)
		}
	}
	return nil
}

// unknown returns which cells a reader does not see given the hidden set.
func (p *Problem) unknown(hidden []bool) []bool {
	u := make([]bool, len(p.Cells))
	for i, c := range p.Cells {
		u[i] = c.Latent || hidden[i]
	}
	return u
}
