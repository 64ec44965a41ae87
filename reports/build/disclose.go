package build

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/period"
	"boso/reports/suppress"
)

// Disclosure control for one published document (SPEC §6).
//
// A reader combines every table, chart, note and total of a document, and
// the documents published before it: each year a kommune publishes a
// half-year report and an annual report, and a 1. halvår published in
// August together with the year published in January gives the 2. halvår,
// which neither shows. So the figures a report hides are decided by
// replaying the programme's publications in the order they come out (the
// half-year and annual reports of every earlier programme year, from
// today's data), each one hiding what it must given everything published
// before it, and this report last.
//
// The figures are the cells of one linear program per document
// (reports/suppress): counts and amounts of the kommune, each shown,
// hidden, latent (not shown by any document but tied to shown ones by a
// relation a reader knows) or public (shown by an earlier document).
// Relations come from the definitions: a year and its half-years, a total
// and its breakdown parts, a linear formula and its inputs. Ratios, rates
// and other formulas are not cells of their own: they are shown only when
// every figure they rest on is, and then those figures count as shown (a
// rate and the population give the count back).

// amountProtection is how far around its value a hidden amount must stay
// unknown: a reader must not narrow it to within ±50 %.
const amountProtection = 0.5

// schedule returns the documents published for the programme up to the
// report, in the order they come out: for each earlier programme year the
// half-year report and then the annual report, then this report (an
// annual report comes after its own year's half-year report).
func schedule(programme, p period.Period) []period.Period {
	var out []period.Period
	first := programme.Year
	for y := first; y < p.Year; y++ {
		out = append(out, period.Period{Type: period.Half, Year: y, N: 1}, period.Period{Type: period.Year, Year: y})
	}
	if p.Type != period.Half || p.N == 2 {
		if p.Year >= first {
			out = append(out, period.Period{Type: period.Half, Year: p.Year, N: 1})
		}
	}
	if len(out) > 0 && out[len(out)-1] == p {
		return out
	}
	return append(out, p)
}

// universe numbers the facts of the disclosure problems of one kommune and
// holds the relations between them.
type universe struct {
	fx      *facts
	figs    figureIndex
	last    int // the last programme year a fact may belong to
	first   int
	idx     map[factKey]int
	keys    []factKey
	rels    []suppress.Linear
	relSeen map[string]bool
	groups  map[string][]string // indicator → its breakdown groups, sorted
	// closed counts the keys whose relations are in rels (a fact's
	// relations depend on the fact alone): close goes on from there
	closed int
	keyBuf []byte
}

func newUniverse(fx *facts, figs figureIndex, programme period.Period, lastYear int) *universe {
	u := &universe{fx: fx, figs: figs, first: programme.Year, last: lastYear, idx: map[factKey]int{}, relSeen: map[string]bool{}, groups: map[string][]string{}}
	seen := map[string]map[string]bool{}
	for k := range figs {
		if k.group == "" {
			continue
		}
		if seen[k.ind] == nil {
			seen[k.ind] = map[string]bool{}
		}
		seen[k.ind][k.group] = true
	}
	for ind, gs := range seen {
		for g := range gs {
			u.groups[ind] = append(u.groups[ind], g)
		}
		sort.Strings(u.groups[ind])
	}
	return u
}

// allowed reports whether a fact may be a cell: a year or half-year of the
// programme up to the report's year, with a number.
func (u *universe) allowed(k factKey) bool {
	if k.p.Type != period.Year && k.p.Type != period.Half {
		return false
	}
	if k.p.Year < u.first || k.p.Year > u.last {
		return false
	}
	_, ok := u.figs.value(k)
	return ok
}

// add numbers a fact; -1 when it cannot be a cell.
func (u *universe) add(k factKey) int {
	if i, ok := u.idx[k]; ok {
		return i
	}
	if !u.allowed(k) {
		return -1
	}
	u.idx[k] = len(u.keys)
	u.keys = append(u.keys, k)
	return u.idx[k]
}

// close adds every relation a cell takes part in, and the facts those
// relations tie it to, until nothing new comes in.
func (u *universe) close() {
	for ; u.closed < len(u.keys); u.closed++ {
		i := u.closed
		k := u.keys[i]
		u.periodRelations(k)
		u.breakdownRelations(k)
		u.formulaRelations(k)
		u.subsetRelations(k)
	}
}

// subsetRelations bound a count by the count it is part of, group by
// group (households in temporary housing for more than 3 months are among
// those in temporary housing; startlån with a grant among those granted),
// and a stock on a day by the same households counted during any period
// that holds the day.
func (u *universe) subsetRelations(k factKey) {
	for _, s := range u.fx.subsets() {
		switch k.ind {
		case s.sub:
			for _, q := range u.periodsHolding(k.p, s) {
				u.relate(suppress.AtMost, 0, []factKey{k, {s.sup, q, k.group}}, []float64{1, -1})
			}
		case s.sup:
			for _, p := range u.periodsHeld(k.p, s) {
				u.relate(suppress.AtMost, 0, []factKey{{s.sub, p, k.group}, k}, []float64{1, -1})
			}
		}
	}
}

// halvesAndYear are the year and half-years of p's year.
func halvesAndYear(p period.Period) []period.Period {
	return []period.Period{{Type: period.Year, Year: p.Year}, {Type: period.Half, Year: p.Year, N: 1}, {Type: period.Half, Year: p.Year, N: 2}}
}

// periodsHolding are the periods sup may be counted over that hold what
// sub counts for p: p itself, and for a stock on a day every period of the
// year that holds that day.
func (u *universe) periodsHolding(p period.Period, s subset) []period.Period {
	if !s.onDay {
		return []period.Period{p}
	}
	day := u.countDay(s.sub, p)
	var out []period.Period
	for _, q := range halvesAndYear(p) {
		if q.First() <= day && day <= q.Last() {
			out = append(out, q)
		}
	}
	return out
}

// periodsHeld are the periods p for which sub's count lies within sup's
// for q.
func (u *universe) periodsHeld(q period.Period, s subset) []period.Period {
	if !s.onDay {
		return []period.Period{q}
	}
	var out []period.Period
	for _, p := range halvesAndYear(q) {
		if day := u.countDay(s.sub, p); q.First() <= day && day <= q.Last() {
			out = append(out, p)
		}
	}
	return out
}

// countDay is the day a stock counted on a day is counted on for p.
func (u *universe) countDay(ind string, p period.Period) period.Date {
	if d := u.fx.set.Get(ind); d != nil && d.StockOn == definition.FirstDay {
		return p.First()
	}
	return p.Last()
}

func (u *universe) val(k factKey) float64 { v, _ := u.figs.value(k); return v }

// relate adds the relation Σ coef·fact op 0 if every fact can be a cell
// and the true values satisfy it (a typed-in figure may break an identity:
// the relation is then not one a reader can use).
func (u *universe) relate(op suppress.Op, rhs float64, facts []factKey, coefs []float64) bool {
	for _, f := range facts {
		if !u.allowed(f) {
			return false
		}
	}
	lhs, scale := 0.0, math.Abs(rhs)
	for i, f := range facts {
		v := coefs[i] * u.val(f)
		lhs += v
		scale = math.Max(scale, math.Abs(v))
	}
	tol := 1e-9 * math.Max(1, scale)
	if (op == suppress.Equal && math.Abs(lhs-rhs) > tol) || (op == suppress.AtMost && lhs > rhs+tol) {
		return false
	}
	l := suppress.Linear{Op: op, RHS: rhs, Terms: make([]suppress.Term, len(facts))}
	for i, f := range facts {
		l.Terms[i] = suppress.Term{Cell: u.add(f), Coef: coefs[i]}
	}
	terms := slices.Clone(l.Terms)
	slices.SortStableFunc(terms, func(a, b suppress.Term) int { return a.Cell - b.Cell })
	// the relation's key: op|rhs|cell:coef,… over the cells in order
	key := strconv.AppendInt(u.keyBuf[:0], int64(op), 10)
	key = strconv.AppendFloat(append(key, '|'), rhs, 'g', -1, 64)
	key = append(key, '|')
	for _, t := range terms {
		key = strconv.AppendInt(key, int64(t.Cell), 10)
		key = strconv.AppendFloat(append(key, ':'), t.Coef, 'g', -1, 64)
		key = append(key, ',')
	}
	u.keyBuf = key
	if !u.relSeen[string(key)] {
		u.relSeen[string(key)] = true
		u.rels = append(u.rels, l)
	}
	return true
}

// sumOrBounds relates a whole to its parts: whole = Σ parts when that is
// true (and additive is set, or it holds anyway — a reader may assume it),
// else max(parts) ≤ whole ≤ Σ parts for distinct counts.
func (u *universe) sumOrBounds(whole factKey, parts []factKey, additive bool) {
	facts := append([]factKey{whole}, parts...)
	coefs := []float64{1}
	for range parts {
		coefs = append(coefs, -1)
	}
	if u.relate(suppress.Equal, 0, facts, coefs) || additive {
		return
	}
	u.relate(suppress.AtMost, 0, facts, coefs)
	for _, p := range parts {
		u.relate(suppress.AtMost, 0, []factKey{p, whole}, []float64{1, -1})
	}
}

// periodRelations relates a fact's year to its half-years.
func (u *universe) periodRelations(k factKey) {
	ind := u.fx.set.Get(k.ind)
	if ind == nil {
		return
	}
	y := factKey{k.ind, period.Period{Type: period.Year, Year: k.p.Year}, k.group}
	h1 := factKey{k.ind, period.Period{Type: period.Half, Year: k.p.Year, N: 1}, k.group}
	h2 := factKey{k.ind, period.Period{Type: period.Half, Year: k.p.Year, N: 2}, k.group}
	rule := ind.PeriodRule()
	if ind.Kind == definition.Derived {
		// a linear formula of flows adds up like them; relate keeps only what holds
		rule = definition.BetweenMaxAndSum
	}
	switch rule {
	case definition.SumOfParts:
		u.sumOrBounds(y, []factKey{h1, h2}, true)
	case definition.BetweenMaxAndSum:
		u.sumOrBounds(y, []factKey{h1, h2}, false)
	case definition.LastPart:
		u.relate(suppress.Equal, 0, []factKey{y, h2}, []float64{1, -1})
	case definition.FirstPart:
		u.relate(suppress.Equal, 0, []factKey{y, h1}, []float64{1, -1})
	}
}

// breakdownRelations relates a total to its breakdown groups, field by field.
func (u *universe) breakdownRelations(k factKey) {
	ind := u.fx.set.Get(k.ind)
	if ind == nil || len(u.groups[k.ind]) == 0 {
		return
	}
	add := ind.Kind == definition.Flow && ind.Measure != definition.CountDistinct
	total := factKey{k.ind, k.p, ""}
	for _, field := range ind.Breakdown {
		var parts []factKey
		for _, g := range u.groups[k.ind] {
			if strings.HasPrefix(g, field+"=") {
				parts = append(parts, factKey{k.ind, k.p, g})
			}
		}
		if len(parts) > 0 {
			u.sumOrBounds(total, parts, add)
		}
	}
}

// formulaRelations relates a linear formula to its inputs, and the figures
// of a linear validation rule to each other, for a fact that takes part.
func (u *universe) formulaRelations(k factKey) {
	if k.group != "" {
		return
	}
	rel := func(ind *definition.Indicator) {
		l := u.fx.linearOf(ind)
		if l == nil {
			return
		}
		facts := []factKey{{ind.ID, k.p, ""}}
		coefs := []float64{1}
		for i, in := range l.Inputs {
			facts = append(facts, factKey{in, k.p, ""})
			coefs = append(coefs, -l.Coef[i])
		}
		u.relate(suppress.Equal, l.Const, facts, coefs)
	}
	if ind := u.fx.set.Get(k.ind); ind != nil {
		rel(ind)
	}
	for _, d := range u.fx.set.Indicators {
		if d.Kind == definition.Derived && slices.Contains(d.Dependencies(), k.ind) {
			rel(d)
		}
	}
	// the validation rules a reader knows from the definitions
	// (tildelinger ≤ søknader + venteliste), where the data keep them
	for _, l := range u.fx.ruleForms() {
		if !slices.Contains(l.Inputs, k.ind) {
			continue
		}
		facts := make([]factKey, len(l.Inputs))
		for i, in := range l.Inputs {
			facts[i] = factKey{in, k.p, ""}
		}
		u.relate(suppress.AtMost, -l.Const, facts, l.Coef)
	}
}

// docFacts is what one document shows: the base facts its cells rest on,
// and of those the ones it shows directly (not only through a rate).
type docFacts struct {
	period period.Period
	shown  map[factKey]bool
	direct map[factKey]bool
	// published, when set, is what the document hid when it was
	// published (its record): taken as it is, not decided again.
	published map[factKey]bool
}

// decision is what a published document hides.
type decision struct {
	hidden map[factKey]bool // base facts shown as ":"
	shown  map[factKey]bool // base facts the document shows, hidden or not
}

// disclosureRules are the thresholds of one run.
type disclosureRules struct {
	threshold int64
}

// protection is the range a fact must stay unknown over while hidden or
// latent: [1, threshold] for a small count, ±50 % for an amount resting on
// few rows; nil when the fact needs no protection.
func (u *universe) protection(k factKey, r disclosureRules) (*suppress.Range, bool) {
	ind := u.fx.set.Get(k.ind)
	f := u.figs[k]
	if ind == nil || f == nil || !f.Has {
		return nil, false
	}
	v := f.Value.Float()
	thr := float64(r.threshold)
	switch ind.Unit {
	case definition.Count:
		if v >= 1 && v <= thr {
			return &suppress.Range{Lo: 1, Hi: thr}, true
		}
	case definition.NOK:
		if f.Rows >= 1 && f.Rows <= r.threshold && v > 0 {
			return &suppress.Range{Lo: v * (1 - amountProtection), Hi: v * (1 + amountProtection)}, true
		}
	}
	return nil, false
}

// floor is the least value a reader may take a fact to have when it is
// shown as ":": 1 for a count, since zeros are shown as 0 unless hidden
// to protect others; 0 for anything else.
func (u *universe) floor(k factKey) float64 {
	if ind := u.fx.set.Get(k.ind); ind != nil && ind.Unit == definition.Count {
		return 1
	}
	return 0
}

// cost is what is lost by hiding a fact of document q as a secondary
// suppression: the report's own period, totals, years and figures shown
// directly weigh most.
func cost(k factKey, q period.Period, direct bool) float64 {
	c := 1.0
	if k.group == "" {
		c += 2
	}
	if k.p.Type == period.Year {
		c++
	}
	if k.p == q {
		c += 4
	}
	if direct {
		c += 2
	}
	return c
}

// replay decides, document by document, what each hides. It returns the
// decision for the last document (the report), or an error when even
// hiding all its own figures would not protect them (a bug).
func replay(u *universe, docs []docFacts, rules disclosureRules) ([]decision, error) {
	public := map[factKey]bool{}
	hiddenEver := map[factKey]bool{}
	var out []decision
	cache := &suppress.Cache{}
	for di, d := range docs {
		if d.published != nil {
			dec := decision{hidden: d.published, shown: d.shown}
			for k := range d.shown {
				if dec.hidden[k] {
					hiddenEver[k] = true
				} else if _, ok := u.idx[k]; ok {
					public[k] = true
				}
			}
			out = append(out, dec)
			continue
		}
		p := &suppress.Problem{Relations: u.rels, Cells: make([]suppress.Cell, len(u.keys)), Cache: cache}
		eligible := make([]bool, len(u.keys))
		for i, k := range u.keys {
			c := suppress.Cell{Value: u.val(k), Floor: u.floor(k)}
			prot, small := u.protection(k, rules)
			c.Protect = prot
			switch {
			case d.shown[k] && small:
				// a small count is hidden whatever an earlier document (or
				// a record of one, edited by hand) showed
				c.Hidden = true
			case public[k]:
				c.Fixed = true
			case d.shown[k] && hiddenEver[k]:
				c.Hidden = true
			case d.shown[k]:
				c.Cost = cost(k, d.period, d.direct[k])
				eligible[i] = true
			default:
				c.Latent = true
			}
			p.Cells[i] = c
		}
		// What earlier documents gave away cannot be taken back: a cell a
		// reader learns even when this document hides all it may is not
		// this document's to protect.
		all := make([]bool, len(p.Cells))
		for i, c := range p.Cells {
			all[i] = c.Hidden || eligible[i]
		}
		lost, err := p.Audit(all)
		if err != nil {
			return nil, err
		}
		for _, iv := range lost {
			p.Cells[iv.Cell].Protect = nil
		}
		res, err := p.Protect()
		if err != nil {
			if di == len(docs)-1 {
				return nil, err
			}
			// an earlier document's best attempt is what it published
		}
		dec := decision{hidden: map[factKey]bool{}, shown: d.shown}
		for i, k := range u.keys {
			if res.Hidden(i) && d.shown[k] {
				dec.hidden[k] = true
			}
		}
		// an amount resting on a hidden count is hidden too
		for k := range d.shown {
			ind := u.fx.set.Get(k.ind)
			if ind == nil {
				continue
			}
			if c := u.fx.restingCount(ind); c != "" {
				ck := factKey{c, k.p, k.group}
				if dec.hidden[ck] || hiddenEver[ck] {
					dec.hidden[k] = true
				}
			}
		}
		for k := range d.shown {
			if dec.hidden[k] {
				hiddenEver[k] = true
			} else if _, ok := u.idx[k]; ok {
				public[k] = true
			}
		}
		out = append(out, dec)
	}
	return out, nil
}
