package build

import (
	"math"
	"slices"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/formula"
	"boso/indicators/period"
	"boso/indicators/yamlstrict"
)

// factKey names one figure of the report's kommune: an indicator, a period
// and a breakdown group ("" for the total). Every number the report shows
// rests on one or more facts.
type factKey struct {
	ind   string
	p     period.Period
	group string
}

// String is the key as model cells carry it: "ind|period|group".
func (k factKey) String() string { return k.ind + "|" + k.p.String() + "|" + k.group }

func parseFactKey(s string) (factKey, bool) {
	parts := strings.SplitN(s, "|", 3)
	if len(parts) != 3 {
		return factKey{}, false
	}
	p, err := period.Parse(parts[1])
	if err != nil {
		return factKey{}, false
	}
	return factKey{parts[0], p, parts[2]}, true
}

// figureIndex holds one kommune's figures by fact.
type figureIndex map[factKey]*engine.Figure

func indexFigures(all []engine.Figure, kommune string) figureIndex {
	fs := figureIndex{}
	for i := range all {
		f := &all[i]
		if f.Kommune == kommune {
			fs[factKey{f.Indicator, f.Period, f.Group}] = f
		}
	}
	return fs
}

// value returns a fact's number, ok false when it has none.
func (fs figureIndex) value(k factKey) (float64, bool) {
	f := fs[k]
	if f == nil || !f.Has {
		return 0, false
	}
	return f.Value.Float(), true
}

// linear is a figure that is a linear combination of others: value =
// Const + Σ Coef[i] · Inputs[i].
type linear struct {
	Inputs []string
	Coef   []float64
	Const  float64
}

// facts knows, for the report's definitions, which indicators are cells of
// their own in the disclosure problem (counts, amounts, linear formulas of
// them) and which are shown only through others (ratios, rates, other
// formulas).
type facts struct {
	set    *definition.Set
	linear map[string]*linear // formulas and rules that are linear, by "indicator:id" or "rule:id"
	tried  map[string]bool
	rules  *[]*linear // the rules that are linear bounds, once worked out
	subs   *[]subset
}

func newFacts(set *definition.Set) *facts {
	return &facts{set: set, linear: map[string]*linear{}, tried: map[string]bool{}}
}

// base reports whether an indicator's figures are cells of the disclosure
// problem: counted, summed or typed figures, and linear formulas of them.
func (fx *facts) base(ind *definition.Indicator) bool {
	switch ind.Kind {
	case definition.Flow, definition.Stock, definition.Entered:
		return true
	case definition.Derived:
		return fx.linearOf(ind) != nil
	}
	return false
}

// dependsOn returns what a figure that is not a base cell is computed from
// (a ratio's numerator and denominator — the population is public — or a
// formula's inputs).
func (fx *facts) dependsOn(ind *definition.Indicator) []string {
	if fx.base(ind) {
		return nil
	}
	return ind.Dependencies()
}

// expand returns the base facts a figure rests on: itself for a base
// indicator, else the base facts of what it is computed from.
func (fx *facts) expand(k factKey) []factKey {
	ind := fx.set.Get(k.ind)
	if ind == nil {
		return nil
	}
	if fx.base(ind) {
		return []factKey{k}
	}
	var out []factKey
	for _, d := range fx.dependsOn(ind) {
		out = append(out, fx.expand(factKey{d, k.p, k.group})...)
	}
	return out
}

// linearOf returns a derived indicator's formula as a linear combination
// of its inputs, or nil when it is not linear.
func (fx *facts) linearOf(ind *definition.Indicator) *linear {
	if ind.Kind != definition.Derived {
		return nil
	}
	return fx.linearExpr("indicator:"+ind.ID, ind.Formula, ind.Dependencies())
}

// ruleForms are the set's validation rules that are a linear bound: for
// each, the linear form that the rule says is at most zero.
func (fx *facts) ruleForms() []*linear {
	if fx.rules != nil {
		return *fx.rules
	}
	out := []*linear{}
	for _, r := range fx.set.Rules {
		diff, atMost, ok := formula.Comparison(r.Assert.Value)
		if !ok {
			continue
		}
		deps := formula.Identifiers(r.Assert.Value)
		l := fx.linearExpr("rule:"+r.ID, yamlstrict.Text{Value: diff, Pos: r.Assert.Pos}, deps)
		if l == nil {
			continue
		}
		if !atMost { // a ≥ b: b − a ≤ 0
			n := &linear{Inputs: l.Inputs, Coef: make([]float64, len(l.Coef)), Const: -l.Const}
			for i, c := range l.Coef {
				n.Coef[i] = -c
			}
			l = n
		}
		out = append(out, l)
	}
	fx.rules = &out
	return out
}

// linearExpr returns an expression over deps as a linear combination of
// them, or nil when it is not linear (or not every name is an indicator).
// The coefficients are read off by evaluating the expression at zero and
// at unit vectors, and checked at other points.
func (fx *facts) linearExpr(key string, src yamlstrict.Text, deps []string) *linear {
	if fx.tried[key] {
		return fx.linear[key]
	}
	fx.tried[key] = true
	if len(deps) == 0 {
		return nil
	}
	env := map[string]any{}
	for _, d := range deps {
		if fx.set.Get(d) == nil {
			return nil
		}
		env[d] = 0.0
	}
	var ignore diag.List
	prog := formula.CompileNumber(src, env, &ignore)
	if prog == nil {
		return nil
	}
	var run formula.Runner
	eval := func(x []float64) (float64, bool) {
		for i, d := range deps {
			env[d] = x[i]
		}
		v, err := run.Number(prog, env)
		return v, err == nil && !math.IsNaN(v) && !math.IsInf(v, 0)
	}
	x := make([]float64, len(deps))
	c0, ok := eval(x)
	if !ok {
		return nil
	}
	l := &linear{Inputs: deps, Coef: make([]float64, len(deps)), Const: c0}
	for i := range deps {
		x[i] = 1
		v, ok := eval(x)
		if !ok {
			return nil
		}
		l.Coef[i] = v - c0
		x[i] = 0
	}
	for _, probe := range [][]float64{{3, 7, 11, 13, 17}, {101, 2, 57, 5, 1000}} {
		want := c0
		for i := range deps {
			x[i] = probe[i%len(probe)]
			want += l.Coef[i] * x[i]
		}
		v, ok := eval(x)
		if !ok || math.Abs(v-want) > 1e-9*math.Max(1, math.Abs(want)) {
			return nil
		}
	}
	fx.linear[key] = l
	return l
}

// restingCount returns the count an amount rests on: a flow counting the
// same register's rows by the same date and filter. "" when there is none.
func (fx *facts) restingCount(ind *definition.Indicator) string {
	if ind.Kind != definition.Flow || ind.Measure != definition.Sum {
		return ""
	}
	for _, c := range fx.set.Indicators {
		if c.Kind == definition.Flow && c.Measure == definition.CountRows && !c.Invalid &&
			c.Register == ind.Register && c.Date == ind.Date && strings.TrimSpace(c.Filter.Value) == strings.TrimSpace(ind.Filter.Value) {
			return c.ID
		}
	}
	return ""
}

// subset is a pair of indicators where every item sub counts, sup counts
// too, by their definitions: the same register, the same way of counting,
// and sub's filter sup's conditions and more, or a minimum duration sup
// does not have. onDay marks a stock counted on a day (sub) against one
// counted during a period (sup): sub is then within sup for every period
// that holds sub's day, not only its own.
type subset struct {
	sub, sup string
	onDay    bool
}

// subsets lists the subset pairs of the set's counts, once worked out.
func (fx *facts) subsets() []subset {
	if fx.subs != nil {
		return *fx.subs
	}
	out := []subset{}
	for _, a := range fx.set.Indicators {
		for _, b := range fx.set.Indicators {
			if a != b && countsWithin(a, b) {
				out = append(out, subset{a.ID, b.ID, a.Kind == definition.Stock && a.StockOn != b.StockOn})
			}
		}
	}
	fx.subs = &out
	return out
}

// countsWithin reports whether a counts a subset of what b counts.
func countsWithin(a, b *definition.Indicator) bool {
	if a.Invalid || b.Invalid || a.Register == "" || a.Register != b.Register || a.Kind != b.Kind || a.Key != b.Key {
		return false
	}
	switch a.Kind {
	case definition.Flow:
		if a.Date != b.Date || a.Measure != b.Measure || a.Measure == definition.Sum {
			return false
		}
	case definition.Stock:
		if a.From != b.From || a.To != b.To || (a.StockOn != b.StockOn && b.StockOn != definition.During) {
			return false
		}
		if b.MinDuration != nil && (a.MinDuration == nil || *a.MinDuration != *b.MinDuration) {
			return false
		}
	default:
		return false
	}
	ca, okA := formula.Conjuncts(a.Filter.Value)
	cb, okB := formula.Conjuncts(b.Filter.Value)
	if !okA || !okB {
		return false
	}
	for _, c := range cb {
		if !slices.Contains(ca, c) {
			return false
		}
	}
	return true
}

// Linear is a derived indicator's formula when it is linear in its
// inputs: Const + Σ Coef[i]·Inputs[i].
type Linear struct {
	Inputs []string
	Coef   []float64
	Const  float64
}

// LinearFormula returns a derived indicator's formula as a linear form, or
// nil when it is not one (other documents than a kommune's report — a
// regional roll-up — relate their figures by it too).
func LinearFormula(set *definition.Set, ind *definition.Indicator) *Linear {
	l := newFacts(set).linearOf(ind)
	if l == nil {
		return nil
	}
	return &Linear{Inputs: l.Inputs, Coef: l.Coef, Const: l.Const}
}

// Subset is a count whose households are among another's (Sub ≤ Sup):
// in temporary housing for more than 3 months among those in temporary
// housing. OnDay: Sub is a stock on a day, Sup the same households during
// a period that holds the day.
type Subset struct {
	Sub, Sup string
	OnDay    bool
}

// Subsets lists the subset pairs of the set's counts, read off their
// filters.
func Subsets(set *definition.Set) []Subset {
	var out []Subset
	for _, s := range newFacts(set).subsets() {
		out = append(out, Subset{Sub: s.sub, Sup: s.sup, OnDay: s.onDay})
	}
	return out
}
