package attack

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/period"
	"boso/reports/suppress"
	"boso/templates/msg"
)

// The relations the definitions give a reader between figures, whatever
// the reports print: a year and its half-years, a total and its groups, a
// formula and its inputs, a subset and its set, a validation rule.

// whole ≤ Σ parts and each part ≤ whole; whole = Σ parts when the data
// have it (a reader may assume it), or always when the definitions say so.
func (pb *problemBuilder) sumOrBounds(whole fact, parts []fact, additive bool, why string) {
	eq := []term{{whole, 1}}
	for _, p := range parts {
		eq = append(eq, term{p, -1})
	}
	if additive {
		pb.relate(suppress.Equal, 0, eq, true, why+": the whole is the sum of its parts")
		return
	}
	if pb.relate(suppress.Equal, 0, eq, false, why+": the whole is the sum of its parts (assumed)") {
		return
	}
	pb.relate(suppress.AtMost, 0, eq, true, why+": the whole is at most the sum of its parts")
	for _, p := range parts {
		pb.relate(suppress.AtMost, 0, []term{{p, 1}, {whole, -1}}, true, why+": a part is at most the whole")
	}
}

// definitionRelations are the relations the definitions give between the
// figures of every programme year and half-year.
func (pb *problemBuilder) definitionRelations() {
	set := pb.w.in.Set
	first, last := pb.w.prog.Period.Year, pb.w.prog.Period.N
	groups := map[string][]string{} // indicator → its groups, sorted
	seen := map[string]map[string]bool{}
	for f := range pb.w.truth {
		if f.group == "" {
			continue
		}
		if seen[f.ind] == nil {
			seen[f.ind] = map[string]bool{}
		}
		if !seen[f.ind][f.group] {
			seen[f.ind][f.group] = true
			groups[f.ind] = append(groups[f.ind], f.group)
		}
	}
	for _, gs := range groups {
		sort.Strings(gs)
	}
	for _, ind := range set.Indicators {
		if ind.Invalid || !pb.isBase(ind) {
			continue
		}
		for y := first; y <= last; y++ {
			yr := period.Period{Type: period.Year, Year: y}
			h1 := period.Period{Type: period.Half, Year: y, N: 1}
			h2 := period.Period{Type: period.Half, Year: y, N: 2}
			for _, g := range append([]string{""}, groups[ind.ID]...) {
				pb.periodRelation(ind, fact{ind.ID, yr, g}, fact{ind.ID, h1, g}, fact{ind.ID, h2, g})
			}
			pb.dayInPeriod(ind, yr, h1, h2, groups[ind.ID])
			for _, p := range []period.Period{yr, h1, h2} {
				pb.breakdownRelation(ind, p, groups[ind.ID])
				pb.formulaRelation(ind, p)
				for _, sup := range set.Indicators {
					if sup != ind && !sup.Invalid && subset(ind, sup) {
						for _, g := range append([]string{""}, groups[ind.ID]...) {
							pb.relate(suppress.AtMost, 0, []term{{fact{ind.ID, p, g}, 1}, {fact{sup.ID, p, g}, -1}}, true,
								fmt.Sprintf("«%s» counts a subset of «%s»", ind.Name, sup.Name))
						}
					}
				}
			}
		}
	}
}

// dayInPeriod: households counted on a day are among those counted
// «during» a period that holds the day: on 30 June among the 1. halvår's
// and the year's, on 31 December among the 2. halvår's and the year's.
func (pb *problemBuilder) dayInPeriod(ind *definition.Indicator, yr, h1, h2 period.Period, groups []string) {
	if ind.Kind != definition.Stock || ind.StockOn == definition.During {
		return
	}
	for _, sup := range pb.w.in.Set.Indicators {
		if sup.Invalid || sup.Kind != definition.Stock || sup.StockOn != definition.During || !subsetIgnoringDay(ind, sup) {
			continue
		}
		var pairs [][2]period.Period
		if ind.StockOn == definition.LastDay {
			pairs = [][2]period.Period{{h1, yr}, {h2, yr}, {yr, h2}}
		} else {
			pairs = [][2]period.Period{{h1, yr}, {h2, yr}, {yr, h1}}
		}
		for _, pq := range pairs {
			for _, g := range append([]string{""}, groups...) {
				pb.relate(suppress.AtMost, 0, []term{{fact{ind.ID, pq[0], g}, 1}, {fact{sup.ID, pq[1], g}, -1}}, true,
					fmt.Sprintf("«%s» on the last (first) day of %s are among «%s» in %s", ind.Name, pb.lx.periodName(pq[0]), sup.Name, pb.lx.periodName(pq[1])))
			}
		}
	}
}

// subsetIgnoringDay is subset for a stock on a day and one during a period.
func subsetIgnoringDay(a, b *definition.Indicator) bool {
	c := *a
	c.StockOn = b.StockOn
	return subset(&c, b) || sameCounting(&c, b)
}

func sameCounting(a, b *definition.Indicator) bool {
	return a.Register != "" && a.Register == b.Register && a.From == b.From && a.To == b.To && a.Key == b.Key &&
		strings.TrimSpace(a.Filter.Value) == strings.TrimSpace(b.Filter.Value) && (b.MinDuration == nil || a.MinDuration != nil && *a.MinDuration == *b.MinDuration)
}

// ruleRelations are the definitions' validation rules that are linear
// («tildelinger ≤ søknader + venteliste»), for each period: a reader may
// take them as true, and is right where the data satisfy them.
func (pb *problemBuilder) ruleRelations() {
	first, last := pb.w.prog.Period.Year, pb.w.prog.Period.N
	for _, r := range pb.w.in.Set.Rules {
		lhs, op, rhs, ok := splitComparison(r.Assert.Value)
		if !ok {
			continue
		}
		l, okl := pb.parseLinear(lhs)
		rr, okr := pb.parseLinear(rhs)
		if !okl || !okr {
			continue
		}
		for y := first; y <= last; y++ {
			for _, p := range []period.Period{{Type: period.Year, Year: y}, {Type: period.Half, Year: y, N: 1}, {Type: period.Half, Year: y, N: 2}} {
				var terms []term
				for i, in := range l.inputs {
					terms = append(terms, term{fact{in, p, ""}, l.coefs[i]})
				}
				for i, in := range rr.inputs {
					terms = append(terms, term{fact{in, p, ""}, -rr.coefs[i]})
				}
				c := rr.constant - l.constant
				why := fmt.Sprintf("rule «%s», %s", r.Text, pb.lx.periodName(p))
				switch op {
				case "<=", "<":
					pb.relate(suppress.AtMost, c, terms, false, why)
				case ">=", ">":
					neg := make([]term, len(terms))
					for i, t := range terms {
						neg[i] = term{t.f, -t.coef}
					}
					pb.relate(suppress.AtMost, -c, neg, false, why)
				case "==":
					pb.relate(suppress.Equal, c, terms, false, why)
				}
			}
		}
	}
}

func splitComparison(s string) (lhs, op, rhs string, ok bool) {
	for _, o := range []string{"<=", ">=", "==", "<", ">"} {
		if a, b, found := strings.Cut(s, o); found {
			return a, o, b, true
		}
	}
	return "", "", "", false
}

// periodRelation relates a year to its half-years by the kind of figure.
func (pb *problemBuilder) periodRelation(ind *definition.Indicator, y, h1, h2 fact) {
	why := fmt.Sprintf("%s, %d", ind.Name, y.p.Year)
	switch {
	case ind.Kind == definition.Flow && ind.Measure != definition.CountDistinct,
		ind.Kind == definition.Entered && ind.BehavesAs == definition.AsFlow:
		pb.sumOrBounds(y, []fact{h1, h2}, true, why+", a year of events and its half-years")
	case ind.Kind == definition.Flow, ind.Kind == definition.Stock && ind.StockOn == definition.During:
		pb.sumOrBounds(y, []fact{h1, h2}, false, why+", a year of distinct households and its half-years")
	case ind.Kind == definition.Stock && ind.StockOn == definition.LastDay,
		ind.Kind == definition.Entered && ind.BehavesAs == definition.AsStock:
		pb.relate(suppress.Equal, 0, []term{{y, 1}, {h2, -1}}, true, why+": counted on 31 December, the year is its 2. halvår")
	case ind.Kind == definition.Stock && ind.StockOn == definition.FirstDay:
		pb.relate(suppress.Equal, 0, []term{{y, 1}, {h1, -1}}, true, why+": counted on 1 January, the year is its 1. halvår")
	}
}

// breakdownRelation relates a total to its groups, field by field.
func (pb *problemBuilder) breakdownRelation(ind *definition.Indicator, p period.Period, groups []string) {
	for _, field := range ind.Breakdown {
		var parts []fact
		for _, g := range groups {
			if strings.HasPrefix(g, field+"=") {
				parts = append(parts, fact{ind.ID, p, g})
			}
		}
		if len(parts) == 0 {
			continue
		}
		rows := ind.Kind == definition.Flow && ind.Measure != definition.CountDistinct
		pb.sumOrBounds(fact{ind.ID, p, ""}, parts, rows, fmt.Sprintf("%s, %s, «%s» and its groups", ind.Name, pb.lx.periodName(p), msg.RepTotalAll.F()))
	}
}

func (pb *problemBuilder) formulaRelation(ind *definition.Indicator, p period.Period) {
	lf := pb.linearOf(ind)
	if lf == nil || ind.Kind != definition.Derived {
		return
	}
	terms := []term{{fact{ind.ID, p, ""}, 1}}
	for i, in := range lf.inputs {
		terms = append(terms, term{fact{in, p, ""}, -lf.coefs[i]})
	}
	pb.relate(suppress.Equal, lf.constant, terms, true, fmt.Sprintf("%s, %s: the formula %s", ind.Name, pb.lx.periodName(p), ind.Formula.Value))
}

// subset reports whether a's figures count a subset of what b's count, by
// their definitions: the same register and counting, and a's filter b's
// with more conditions, or a minimum duration b does not have, or a day
// inside the period b counts over.
func subset(a, b *definition.Indicator) bool {
	if a.Register == "" || a.Register != b.Register || a.Kind != b.Kind || a.Key != b.Key || a.Measure != b.Measure {
		return false
	}
	fa, fb := strings.TrimSpace(a.Filter.Value), strings.TrimSpace(b.Filter.Value)
	narrower := fa == fb
	if !narrower && (fb == "" || strings.HasPrefix(fa, fb+" && ")) && fa != "" {
		narrower = true
	}
	if !narrower {
		return false
	}
	strict := fa != fb
	switch a.Kind {
	case definition.Flow:
		if a.Date != b.Date || (a.Measure == definition.Sum && a.Amount != b.Amount) {
			return false
		}
	case definition.Stock:
		if a.From != b.From || a.To != b.To {
			return false
		}
		// a day inside the period is inside «during»
		if a.StockOn != b.StockOn {
			if b.StockOn != definition.During {
				return false
			}
			strict = true
		}
		switch {
		case b.MinDuration == nil:
			strict = strict || a.MinDuration != nil
		case a.MinDuration == nil || *a.MinDuration != *b.MinDuration:
			return false
		}
	default:
		return false
	}
	return strict
}

// linearFormula is a derived figure Σ coef·input + constant.
type linearFormula struct {
	inputs   []string
	coefs    []float64
	constant float64
}

// linearOf reads a formula of the form «a + b − 2*c + 5»; nil for anything
// else (a reader would not trust a relation they cannot read off).
func (pb *problemBuilder) linearOf(ind *definition.Indicator) *linearFormula {
	if ind.Kind != definition.Derived {
		return nil
	}
	if lf, ok := pb.linear[ind.ID]; ok {
		return lf
	}
	pb.linear[ind.ID] = nil
	lf, ok := pb.parseLinear(ind.Formula.Value)
	if !ok {
		return nil
	}
	for _, in := range lf.inputs {
		if !pb.isBase(pb.w.in.Set.Get(in)) {
			return nil
		}
	}
	pb.linear[ind.ID] = lf
	return lf
}

// parseLinear reads «a + b − 2*c + 5» over indicator ids.
func (pb *problemBuilder) parseLinear(s string) (*linearFormula, bool) {
	lf := &linearFormula{}
	for first := true; strings.TrimSpace(s) != ""; first = false {
		m := termRE.FindStringSubmatch(s)
		if m == nil || (!first && m[1] == "") {
			return nil, false
		}
		sign := 1.0
		if m[1] == "-" {
			sign = -1
		}
		coef := 1.0
		if m[2] != "" {
			coef, _ = strconv.ParseFloat(m[2], 64)
		}
		if c, err := strconv.ParseFloat(m[3], 64); err == nil {
			lf.constant += sign * coef * c
		} else {
			if pb.w.in.Set.Get(m[3]) == nil {
				return nil, false
			}
			lf.inputs = append(lf.inputs, m[3])
			lf.coefs = append(lf.coefs, sign*coef)
		}
		s = s[len(m[0]):]
	}
	return lf, true
}
