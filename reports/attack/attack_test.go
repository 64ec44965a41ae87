package attack

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/period"
	"boso/reports/suppress"
)

// The attack: every figure read back from the published files is a cell of
// one linear program — known when some file prints its number, unknown
// otherwise — tied by the relations a reader derives from the definitions
// (a year and its half-years, a total and its groups, a formula and its
// inputs, a subset and its set) and by what the files print about the
// unknown ones (a rate with the population, a share with its numerator or
// denominator, a change, a deviation from a target, a status). Linear
// programming (reports/suppress) then gives the range each unknown cell
// can still take; a small count whose range does not cover [1, threshold]
// (an amount: ±50 % of it) is disclosed.
//
// The true figures are used only to say which unknown cells need
// protection, to check what the files print, and to drop relations a
// reader might assume but the data do not satisfy (a false assumption
// teaches nothing).

// leak is a figure a reader can narrow below its protection range.
type leak struct {
	f         fact
	truth     float64
	lo, hi    float64
	protect   suppress.Range
	evidence  []string
	primary   bool // printed outright (a small count or an amount on few rows)
	printedAt string
}

func (l leak) String(lx *lexicon) string {
	if l.primary {
		return fmt.Sprintf("%s = %s is printed (%s)", lx.name(l.f), num(l.truth), l.printedAt)
	}
	s := fmt.Sprintf("%s (true %s) lies in [%s, %s], which does not cover [%s, %s]", lx.name(l.f), num(l.truth), num(l.lo), num(l.hi), num(l.protect.Lo), num(l.protect.Hi))
	for _, e := range l.evidence {
		s += "\n\t\t" + e
	}
	return s
}

func num(v float64) string {
	if math.IsInf(v, 1) {
		return "∞"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// attackResult is what the attack found: disclosures, and figures printed
// wrong or inconsistently (not disclosures, but bugs a reader sees).
type attackResult struct {
	leaks     []leak
	anomalies []string
	dataNotes []string
	cells     int // cells of the linear program
	unknown   int // of those, not printed
	protected int // of those, needing protection
	relations int
}

// rel is a relation with the words that explain it to a reviewer.
type rel struct {
	l    suppress.Linear
	why  string
	defs bool // true when the definitions guarantee it: the data must satisfy it
}

// problemBuilder assembles the linear program.
type problemBuilder struct {
	w         *world
	lx        *lexicon
	threshold int64
	idx       map[fact]int
	facts     []fact
	rels      []rel
	anomalies []string
	dataNotes []string // identities the data break (the engine flags them)
	linear    map[string]*linearFormula
}

func (pb *problemBuilder) anomaly(format string, a ...any) {
	pb.anomalies = append(pb.anomalies, fmt.Sprintf(format, a...))
}

// value is a fact's true value; ok false when it has none (a period the
// register does not cover, a ratio that cannot be computed).
func (pb *problemBuilder) value(f fact) (float64, bool) {
	fg := pb.w.truth[f]
	if fg == nil || !fg.Has {
		return 0, false
	}
	return fg.Value.Float(), true
}

// isBase reports whether an indicator's figures are cells: counted,
// summed or typed figures, and linear formulas of them. Ratios are
// relations between cells.
func (pb *problemBuilder) isBase(ind *definition.Indicator) bool {
	switch ind.Kind {
	case definition.Flow, definition.Stock, definition.Entered:
		return true
	case definition.Derived:
		return pb.linearOf(ind) != nil
	}
	return false
}

// cell returns a fact's cell, adding it; -1 when the fact cannot be one.
func (pb *problemBuilder) cell(f fact) int {
	if i, ok := pb.idx[f]; ok {
		return i
	}
	ind := pb.w.in.Set.Get(f.ind)
	if ind == nil || !pb.isBase(ind) {
		return -1
	}
	if _, ok := pb.value(f); !ok {
		return -1
	}
	pb.idx[f] = len(pb.facts)
	pb.facts = append(pb.facts, f)
	return pb.idx[f]
}

// term is one fact of a relation with its coefficient.
type term struct {
	f    fact
	coef float64
}

// relate adds Σ coef·fact op rhs when every fact is a cell. A relation the
// definitions guarantee but the data break is an anomaly; an assumption the
// data break is dropped. It reports whether the relation was added.
func (pb *problemBuilder) relate(op suppress.Op, rhs float64, terms []term, defs bool, why string) bool {
	l := suppress.Linear{Op: op, RHS: rhs}
	lhs, scale := 0.0, math.Abs(rhs)
	for _, t := range terms {
		c := pb.cell(t.f)
		if c < 0 {
			return false
		}
		v, _ := pb.value(t.f)
		lhs += t.coef * v
		scale = math.Max(scale, math.Abs(t.coef*v))
		l.Terms = append(l.Terms, suppress.Term{Cell: c, Coef: t.coef})
	}
	tol := 1e-7 * math.Max(1, scale)
	if (op == suppress.Equal && math.Abs(lhs-rhs) > tol) || (op == suppress.AtMost && lhs > rhs+tol) {
		if defs {
			pb.dataNotes = append(pb.dataNotes, fmt.Sprintf("the figures break %s (%s)", why, pb.describeTerms(terms)))
		}
		return false
	}
	pb.rels = append(pb.rels, rel{l, why, defs})
	return true
}

func (pb *problemBuilder) describeTerms(terms []term) string {
	var parts []string
	for _, t := range terms {
		v, _ := pb.value(t.f)
		parts = append(parts, fmt.Sprintf("%s·[%s = %s]", num(t.coef), pb.lx.name(t.f), num(v)))
	}
	return strings.Join(parts, " + ")
}

var termRE = regexp.MustCompile(`^\s*([+-])?\s*(?:(\d+(?:\.\d+)?)\s*\*\s*)?([a-z][a-z0-9_]*|\d+(?:\.\d+)?)\s*`)

// attack runs the attack on everything the readings say.
func attack(w *world, lx *lexicon, threshold int64, readings []*reading) *attackResult {
	pb := &problemBuilder{w: w, lx: lx, threshold: threshold, idx: map[fact]int{}, linear: map[string]*linearFormula{}}
	set := w.in.Set
	res := &attackResult{}

	// What the files print, fact by fact.
	printed := map[fact]obs{} // a number, first place seen
	marked := map[fact]obs{}  // a mark
	var all []obs
	for _, rd := range readings {
		all = append(all, rd.obs...)
		for _, b := range rd.baselines {
			// «54 (2016)» is the 2016 figure if the data say so; otherwise
			// it is a number typed into the programme, not a figure.
			if tv, ok := pb.value(b.f); ok && b.v.isNum() && pb.matches(b.f, b.v, tv) {
				all = append(all, b)
			}
		}
	}
	for _, o := range all {
		ind := set.Get(o.f.ind)
		if ind == nil {
			continue
		}
		tv, has := pb.value(o.f)
		switch {
		case o.v.isNum():
			if !has {
				pb.anomaly("%s prints %s for %s, which has no figure", o.where, o.v.text, lx.name(o.f))
				continue
			}
			if !pb.matches(o.f, o.v, tv) {
				pb.anomaly("%s prints %s for %s, whose figure is %s", o.where, o.v.text, lx.name(o.f), num(tv))
			}
			if _, ok := printed[o.f]; !ok {
				printed[o.f] = o
			}
		case o.v.mark == ":":
			if !has {
				pb.anomaly("%s hides %s, which has no figure", o.where, lx.name(o.f))
			}
			if _, ok := marked[o.f]; !ok {
				marked[o.f] = o
			}
		case o.v.mark == ".." || o.v.mark == ".":
			if has {
				pb.anomaly("%s prints «%s» for %s, whose figure is %s", o.where, o.v.mark, lx.name(o.f), num(tv))
			}
		}
	}

	// Printed figures: a base figure becomes a known cell; a ratio a pair
	// of bounds on what it is computed from.
	for _, f := range sortedFacts(printed) {
		o := printed[f]
		ind := set.Get(f.ind)
		if pb.isBase(ind) {
			pb.cell(f)
			continue
		}
		if ind.Kind == definition.Ratio {
			h := rounding(pb.decimalsOf(f, o.v))
			pb.ratioBounds(ind, f.p, f.group, o.v.num-h, o.v.num+h, fmt.Sprintf("%s = %s (%s)", lx.name(f), o.v.text, o.where))
		}
	}
	// Changes, deviations and statuses printed about figures.
	for _, rd := range readings {
		for _, c := range rd.changes {
			pb.changeRelation(c, printed)
		}
		for _, d := range rd.devs {
			pb.deviationRelation(d)
		}
		for _, s := range rd.statuses {
			pb.statusRelation(s)
		}
	}
	pb.definitionRelations()
	pb.ruleRelations()

	// The linear program: printed cells known, the rest unknown.
	p := &suppress.Problem{Cells: make([]suppress.Cell, len(pb.facts))}
	for _, r := range pb.rels {
		p.Relations = append(p.Relations, r.l)
	}
	thr := float64(threshold)
	for i, f := range pb.facts {
		v, _ := pb.value(f)
		c := suppress.Cell{Value: math.Max(0, v)}
		_, known := printed[f]
		c.Latent = !known
		c.Protect = pb.protection(f, thr)
		if c.Protect != nil && known {
			res.leaks = append(res.leaks, leak{f: f, truth: v, primary: true, printedAt: printed[f].where})
			c.Protect = nil
		}
		if c.Latent {
			res.unknown++
			if c.Protect != nil {
				res.protected++
			}
		}
		p.Cells[i] = c
	}
	res.cells, res.relations = len(p.Cells), len(p.Relations)
	// A ratio printed for a hidden figure, shown where its numerator is
	// hidden, is found by the program as a pinned numerator.
	ivs, err := p.Audit(make([]bool, len(p.Cells)))
	if err != nil {
		pb.anomaly("the linear program failed: %v", err)
	}
	for _, iv := range ivs {
		f := pb.facts[iv.Cell]
		v, _ := pb.value(f)
		res.leaks = append(res.leaks, leak{f: f, truth: v, lo: iv.Lo, hi: iv.Hi, protect: *p.Cells[iv.Cell].Protect,
			evidence: pb.evidence(iv.Cell, p, printed, marked)})
	}
	res.anomalies, res.dataNotes = pb.anomalies, pb.dataNotes
	return res
}

// protection is the range an unknown figure must keep: [1, threshold] for
// a small count, ±50 % for an amount resting on 1 … threshold rows.
func (pb *problemBuilder) protection(f fact, thr float64) *suppress.Range {
	ind := pb.w.in.Set.Get(f.ind)
	fg := pb.w.truth[f]
	if ind == nil || fg == nil || !fg.Has {
		return nil
	}
	v := fg.Value.Float()
	switch ind.Unit {
	case definition.Count:
		if v >= 1 && v <= thr {
			return &suppress.Range{Lo: 1, Hi: thr}
		}
	case definition.NOK:
		if fg.Rows >= 1 && float64(fg.Rows) <= thr && v > 0 {
			return &suppress.Range{Lo: v * 0.5, Hi: v * 1.5}
		}
	}
	return nil
}

// matches reports whether a printed number is the figure rounded as printed.
func (pb *problemBuilder) matches(f fact, v shown, truth float64) bool {
	dec := pb.decimalsOf(f, v)
	return math.Abs(v.num-truth) <= 0.5*math.Pow(10, -float64(dec))+1e-9
}

// evidence lists the relations that pin a disclosed cell: those that
// touch it, and those that touch the other unknown cells of these, with
// what a reader knows of each of their figures.
func (pb *problemBuilder) evidence(cell int, p *suppress.Problem, printed, marked map[fact]obs) []string {
	touching := map[int][]int{} // cell → relations
	for ri, r := range pb.rels {
		for _, t := range r.l.Terms {
			touching[t.Cell] = append(touching[t.Cell], ri)
		}
	}
	var out []string
	seenRel, seenCell := map[int]bool{}, map[int]bool{cell: true}
	frontier := []int{cell}
	for depth := 0; depth < 3 && len(frontier) > 0 && len(out) < 14; depth++ {
		var next []int
		for _, c := range frontier {
			for _, ri := range touching[c] {
				if seenRel[ri] || len(out) >= 14 {
					continue
				}
				seenRel[ri] = true
				r := pb.rels[ri]
				var parts []string
				for _, t := range r.l.Terms {
					f := pb.facts[t.Cell]
					state := "never printed"
					if o, ok := printed[f]; ok {
						state = "printed " + o.v.text
					} else if _, ok := marked[f]; ok {
						state = "hidden"
					}
					if !p.Cells[t.Cell].Latent {
						state = "printed " + printed[f].v.text
					} else if !seenCell[t.Cell] {
						seenCell[t.Cell] = true
						next = append(next, t.Cell)
					}
					parts = append(parts, fmt.Sprintf("%s·[%s: %s]", num(t.Coef), pb.lx.name(f), state))
				}
				op := "="
				if r.l.Op == suppress.AtMost {
					op = "≤"
				}
				out = append(out, fmt.Sprintf("%s: %s %s %s", r.why, strings.Join(parts, " + "), op, num(p.Relations[ri].RHS)))
			}
		}
		frontier = next
	}
	return out
}

func sortedFacts[V any](m map[fact]V) []fact {
	out := make([]fact, 0, len(m))
	for f := range m {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.ind != b.ind {
			return a.ind < b.ind
		}
		if a.p != b.p {
			return period.Less(a.p, b.p)
		}
		return a.group < b.group
	})
	return out
}
