package region

import (
	"fmt"
	"math"

	"boso/indicators/definition"
	"boso/indicators/period"
	"boso/reports/build"
	"boso/reports/suppress"
)

// Disclosure control for the roll-up (SPEC §6). The submissions carry each
// kommune's unsuppressed counts; the roll-up publishes them side by side
// with the region's totals, so a total and all but one kommune would give
// the last one away. The roll-up's figures are the cells of one linear
// program: each kommune's count or amount for each period shown, and the
// region's; the relations a reader knows are total = Σ kommuner, a linear
// formula and its inputs, and a count among another's (a subset, read off
// the definitions' filters). Small counts (1 to the threshold) and amounts
// on few rows are hidden, then as few other cells as it takes for none of
// them to be narrowed below its range (reports/suppress), and the result
// is audited before anything is shown. Ratios and rates (per 1000) are
// shown only when every count under them is.

// Hidden says which of the roll-up's figures are not shown.
type Hidden struct {
	cells map[cellKey]bool
}

type cellKey struct {
	kommune   string // "" for the region
	indicator string
	period    period.Period
}

// Kommune reports whether a kommune's figure is hidden.
func (h *Hidden) Kommune(k, ind string, p period.Period) bool {
	return h.cells[cellKey{k, ind, p}]
}

// Region reports whether the region's figure is hidden.
func (h *Hidden) Region(ind string, p period.Period) bool { return h.cells[cellKey{"", ind, p}] }

// amountProtection is how far around its value a hidden amount must stay.
const amountProtection = 0.5

// Protect decides what the roll-up hides, with counts 1..threshold
// protected, and audits it. An error means the figures cannot be
// protected or the audit failed: nothing may be shown.
func (r *Rollup) Protect(set *definition.Set, threshold int64) (*Hidden, error) {
	// A reader who knows zeros are shown takes every «:» to be at least 1;
	// Protect hides a zero where that helps against such a reader, as the
	// kommune's report does, in a roll-up of any size (the whole country's
	// annual one: 13 s instead of 3 s on 2 cores, well inside its budget).
	floor := 1.0
	var cells []suppress.Cell
	index := map[cellKey]int{}
	var keys []cellKey
	add := func(k cellKey, v Value, ind *definition.Indicator, oldest bool) {
		c := suppress.Cell{Value: math.Max(0, v.Num), Cost: 1}
		if k.kommune == "" {
			c.Cost = 5 // the region's figure matters most to its readers
		}
		if oldest {
			c.Cost *= 0.5
		}
		switch {
		case ind.Unit == definition.NOK:
			if v.Rows >= 0 && v.Rows <= int(threshold) && v.Num > 0 {
				// an amount resting on few rows (loans)
				c.Hidden = true
				c.Protect = &suppress.Range{Lo: c.Value * (1 - amountProtection), Hi: c.Value * (1 + amountProtection)}
			}
		case v.Num >= 1 && v.Num <= float64(threshold):
			c.Hidden, c.Floor = true, floor
			c.Protect = &suppress.Range{Lo: 1, Hi: float64(threshold)}
		}
		index[k] = len(cells)
		cells = append(cells, c)
		keys = append(keys, k)
	}
	base := r.baseIndicators(set)
	for _, ind := range base {
		for i, p := range r.Periods {
			for _, k := range r.Kommuner {
				if v, ok := r.Get(k, ind.ID, p); ok && v.Has {
					add(cellKey{k, ind.ID, p}, v, ind, i == 0)
				}
			}
			if t := r.Total(ind.ID, p); t.Has {
				add(cellKey{"", ind.ID, p}, t, ind, i == 0)
			}
		}
	}
	var rels []suppress.Linear
	relate := func(op suppress.Op, rhs float64, ks []cellKey, coef []float64) {
		l := suppress.Linear{Op: op, RHS: rhs}
		lhs := 0.0
		for i, k := range ks {
			c, ok := index[k]
			if !ok {
				return
			}
			l.Terms = append(l.Terms, suppress.Term{Cell: c, Coef: coef[i]})
			lhs += coef[i] * cells[c].Value
		}
		tol := 1e-6 * math.Max(1, math.Abs(rhs)+math.Abs(lhs))
		if (op == suppress.Equal && math.Abs(lhs-rhs) > tol) || (op == suppress.AtMost && lhs > rhs+tol) {
			return // the true figures do not satisfy it: not a relation a reader can use
		}
		rels = append(rels, l)
	}
	subsets := build.Subsets(set)
	for _, ind := range base {
		lin := build.LinearFormula(set, ind)
		for _, p := range r.Periods {
			// the region is the sum of the kommuner with a figure
			total := []cellKey{{"", ind.ID, p}}
			coef := []float64{1}
			for _, k := range r.Kommuner {
				if _, ok := index[cellKey{k, ind.ID, p}]; ok {
					total = append(total, cellKey{k, ind.ID, p})
					coef = append(coef, -1)
				}
			}
			if len(total) > 1 {
				relate(suppress.Equal, 0, total, coef)
			}
			for _, k := range append([]string{""}, r.Kommuner...) {
				if lin != nil {
					ks := []cellKey{{k, ind.ID, p}}
					cs := []float64{1}
					for i, in := range lin.Inputs {
						ks = append(ks, cellKey{k, in, p})
						cs = append(cs, -lin.Coef[i])
					}
					rhs := lin.Const
					if k == "" {
						rhs *= float64(r.Total(ind.ID, p).Kommuner)
					}
					relate(suppress.Equal, rhs, ks, cs)
				}
				for _, s := range subsets {
					if s.Sub == ind.ID {
						relate(suppress.AtMost, 0, []cellKey{{k, s.Sub, p}, {k, s.Sup, p}}, []float64{1, -1})
					}
				}
			}
		}
	}
	// the audit after Protect reuses what Protect's own audits worked out
	prob := &suppress.Problem{Cells: cells, Relations: rels, Cache: &suppress.Cache{}}
	res, err := prob.Protect()
	if err != nil {
		return nil, err
	}
	hidden := make([]bool, len(cells))
	h := &Hidden{cells: map[cellKey]bool{}}
	for i := range cells {
		hidden[i] = res.Hidden(i)
		if hidden[i] {
			h.cells[keys[i]] = true
		}
	}
	// the audit: a reader of the shown figures narrows no protected one
	leaks, err := prob.Audit(hidden)
	if err != nil {
		return nil, err
	}
	if len(leaks) > 0 {
		iv := leaks[0]
		return nil, fmt.Errorf("region: the audit narrows %v to [%g, %g]", keys[iv.Cell], iv.Lo, iv.Hi)
	}
	r.hideRatios(set, h)
	return h, nil
}

// baseIndicators are the roll-up's counts and amounts (and linear
// formulas of them): the cells of its disclosure problem, also those
// shown only through a ratio.
func (r *Rollup) baseIndicators(set *definition.Set) []*definition.Indicator {
	seen := map[string]bool{}
	var out []*definition.Indicator
	var visit func(ind *definition.Indicator)
	visit = func(ind *definition.Indicator) {
		if ind == nil || seen[ind.ID] {
			return
		}
		seen[ind.ID] = true
		if ind.Kind == definition.Ratio {
			visit(set.Get(ind.Numerator))
			visit(set.Get(ind.Denominator))
			return
		}
		if ind.Kind == definition.Derived && build.LinearFormula(set, ind) == nil {
			return
		}
		out = append(out, ind)
	}
	for _, ind := range r.Indicators {
		visit(ind)
	}
	return out
}

// hideRatios hides a ratio wherever a count it rests on is hidden, or is
// small and not a figure of the roll-up of its own.
func (r *Rollup) hideRatios(set *definition.Set, h *Hidden) {
	for _, ind := range r.Indicators {
		if ind.Kind != definition.Ratio {
			continue
		}
		for _, p := range r.Periods {
			for _, k := range append([]string{""}, r.Kommuner...) {
				for _, part := range []string{ind.Numerator, ind.Denominator} {
					if part == "" || part == definition.Population {
						continue
					}
					if h.cells[cellKey{k, part, p}] {
						h.cells[cellKey{k, ind.ID, p}] = true
					}
				}
			}
		}
	}
}
