package engine

import (
	"cmp"
	"maps"
	"math"
	"math/big"
	"slices"
	"sort"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/formula"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// results collects the figures of a computation, each written straight
// into its place in the result: by kommune, indicator (definition order),
// period and group. The run of one kommune and indicator holds its
// periods × (1 + its groups) figures, known before any is made, and each
// indicator makes a kommune's figures in period and group order. The
// totals (group "") are also indexed densely by kommune, indicator and
// period for the checks that read a figure's inputs and neighbours.
type results struct {
	out    []Figure
	begin  []int // for each run (kommune × definitions + definition): where it begins in out,
	next   []int // where its next figure goes,
	end    []int // and where it ends
	order  []int // e.inds index → position in the definitions
	groups [][]string
	kidx   map[string]int // kommune → its index in the run's kommuner
	iidx   map[string]int // indicator → its index in e.inds
	ni, np int
	nd     int       // definitions
	extra  []*Figure // figures beyond their run's room (a bug): the result is then sorted
	totals []*Figure // [(kommune × indicators + indicator) × periods + period]
}

// newResults returns the results of kommuner ks, their figures made in
// out when it has room for exactly them.
func (e *engine) newResults(ks []string, out []Figure) *results {
	r := &results{kidx: make(map[string]int, len(ks)), iidx: e.indIdx, ni: len(e.inds), np: len(e.periods), nd: len(e.in.Set.Indicators)}
	for i, k := range ks {
		r.kidx[k] = i
	}
	r.order = make([]int, len(e.inds))
	for i, ind := range e.in.Set.Indicators {
		if ii, ok := e.indIdx[ind.ID]; ok {
			r.order[ii] = i
		}
	}
	r.groups = make([][]string, len(e.inds))
	size := make([]int, r.nd)
	for ii := range e.inds {
		r.groups[ii] = e.groupsOfIndicator(ii)
		size[r.order[ii]] = e.figuresOf(ii)
	}
	r.begin = make([]int, len(ks)*r.nd)
	r.next = make([]int, len(ks)*r.nd)
	r.end = make([]int, len(ks)*r.nd)
	at := 0
	for ki := range ks {
		for d := range r.nd {
			r.begin[ki*r.nd+d], r.next[ki*r.nd+d] = at, at
			at += size[d]
			r.end[ki*r.nd+d] = at
		}
	}
	if len(out) == at {
		r.out = out
	} else {
		r.out = make([]Figure, at)
	}
	r.totals = make([]*Figure, len(ks)*r.ni*r.np)
	return r
}

// add keeps figure f of kommune ki (an index in the run's kommuner),
// indicator ii (in e.inds) and period pi, and returns it to be filled in.
func (r *results) add(ki, ii, pi int, f Figure) *Figure {
	run := ki*r.nd + r.order[ii]
	var p *Figure
	if r.next[run] < r.end[run] {
		p = &r.out[r.next[run]]
		r.next[run]++
		*p = f
	} else {
		p = new(Figure) // (not &f: f would be on the heap for every figure)
		*p = f
		r.extra = append(r.extra, p)
	}
	if f.Group == "" {
		r.totals[(ki*r.ni+ii)*r.np+pi] = p
	}
	return p
}

// each calls fn for every figure made.
func (r *results) each(fn func(f *Figure)) {
	for run := range r.next {
		for i := r.begin[run]; i < r.next[run]; i++ {
			fn(&r.out[i])
		}
	}
	for _, f := range r.extra {
		fn(f)
	}
}

// at returns the total of kommune ki, indicator ii and period pi; nil
// when there is none (ii < 0: an indicator not computed).
func (r *results) at(ki, ii, pi int) *Figure {
	if ii < 0 || ki < 0 {
		return nil
	}
	return r.totals[(ki*r.ni+ii)*r.np+pi]
}

// total returns the total of indicator id for kommune k and period pi.
func (r *results) total(k string, pi int, id string) *Figure {
	ki, ok := r.kidx[k]
	if !ok {
		return nil
	}
	return r.at(ki, r.ind(id), pi)
}

// ind returns the index of indicator id in e.inds, -1 for none.
func (r *results) ind(id string) int {
	if i, ok := r.iidx[id]; ok {
		return i
	}
	return -1
}

func (e *engine) finish() *Result {
	res := e.resultHead()
	per := e.figuresPerKommune()
	all := make([]Figure, len(res.Kommuner)*per)
	in := func(ki int) []Figure { return all[ki*per : (ki+1)*per] }
	var apart [][]Figure // a kommune's figures not in their place (see sorted)
	e.finishKommuner(res.Kommuner, in, func(ki int, figs []Figure) error {
		if len(figs) != per || (per > 0 && &figs[0] != &all[ki*per]) {
			if apart == nil {
				apart = make([][]Figure, len(res.Kommuner))
			}
			apart[ki] = figs
		}
		return nil
	})
	if apart != nil {
		// a bug: gather the kommuner's figures one after another
		var figs []Figure
		for ki := range res.Kommuner {
			if apart[ki] != nil {
				figs = append(figs, apart[ki]...)
			} else {
				figs = append(figs, in(ki)...)
			}
		}
		all = figs
	}
	res.Figures = all
	return res
}

func (e *engine) finishEach(each func(figs []Figure) error) (*Result, error) {
	res := e.resultHead()
	buf := make([]Figure, e.figuresPerKommune())
	err := e.finishKommuner(res.Kommuner, func(int) []Figure {
		clear(buf) // nothing of the kommune before
		return buf
	}, func(_ int, figs []Figure) error { return each(figs) })
	return res, err
}

// resultHead is the Result without its figures: kommuner, periods and
// indicators.
func (e *engine) resultHead() *Result {
	res := &Result{Kommuner: e.kommuner(), Periods: e.periods}
	for _, ind := range e.in.Set.Indicators {
		if _, ok := e.indIdx[ind.ID]; ok {
			res.Indicators = append(res.Indicators, ind)
		}
	}
	return res
}

// finishKommuner makes the figures of each kommune of ks in turn, into
// room(ki) (the kommune's figuresPerKommune figures), and hands them to
// done in the result's order. A kommune's accumulators are let go once
// its figures are made.
func (e *engine) finishKommuner(ks []string, room func(ki int) []Figure, done func(ki int, figs []Figure) error) error {
	e.countKeys() // lets go of the bindings' caches of key sets
	e.checkEnteredConflicts()
	for ki, k := range ks {
		one := []string{k}
		r := e.newResults(one, room(ki))
		for _, ind := range e.inds {
			switch ind.Kind {
			case definition.Flow, definition.Stock:
				if len(e.maps[ind.Register]) == 0 {
					e.enteredFigures(r, ind, one, &Reason{Code: ReasonNoSource, Register: ind.Register})
				} else {
					e.computedFigures(r, ind, one)
				}
			case definition.Entered:
				e.enteredFigures(r, ind, one, &Reason{Code: ReasonNotEntered})
			case definition.Ratio:
				e.ratioFigures(r, ind, one)
			case definition.Derived:
				e.derivedFigures(r, ind, one)
			}
		}
		e.checkExportedParts(r, one)
		e.markProvisional(r)
		e.flagInputs(r)
		e.checkIdentities(r, one)
		e.flagJumps(r, one)
		e.checkRules(r, one)
		delete(e.byKommune, k)
		if e.lastK == k {
			e.lastK, e.lastC = "", nil
		}
		if err := done(ki, e.sorted(r)); err != nil {
			return err
		}
	}
	return nil
}

// figuresPerKommune is the number of figures each kommune has: for every
// indicator, a figure per period and group (the total one of them).
func (e *engine) figuresPerKommune() int {
	n := 0
	for ii := range e.inds {
		n += e.figuresOf(ii)
	}
	return n
}

// groupsOfIndicator returns the groups indicator ii's figures have, the
// total ("") first.
func (e *engine) groupsOfIndicator(ii int) []string {
	// the groups are all known once the exports are read: made once
	if e.figureGroups == nil {
		e.figureGroups = make([][]string, len(e.inds))
	}
	if gs := e.figureGroups[ii]; gs != nil {
		return gs
	}
	ind := e.inds[ii]
	var gs []string
	switch {
	case (ind.Kind == definition.Flow || ind.Kind == definition.Stock) && len(e.maps[ind.Register]) > 0:
		gs = slices.Sorted(maps.Keys(e.groups[ii]))
	case ind.Kind == definition.Flow || ind.Kind == definition.Stock || ind.Kind == definition.Entered:
		gs = slices.Sorted(maps.Keys(e.enteredGroups[ind.ID]))
	}
	e.figureGroups[ii] = append([]string{""}, gs...)
	return e.figureGroups[ii]
}

// figuresOf is the number of figures indicator ii has in one kommune.
func (e *engine) figuresOf(ii int) int {
	switch e.inds[ii].Kind {
	case definition.Ratio, definition.Derived:
		return len(e.periods)
	}
	return len(e.periods) * len(e.groupsOfIndicator(ii))
}

// sorted returns the figures in the result's order. When every run got
// the figures it had room for, they are in place already (a run found
// out of order is sorted on its own); otherwise, a bug, they are
// gathered and sorted.
func (e *engine) sorted(r *results) []Figure {
	less := func(a, b *Figure) bool {
		if a.Period != b.Period {
			return period.Less(a.Period, b.Period)
		}
		return a.Group < b.Group
	}
	full := len(r.extra) == 0
	for run := range r.next {
		if r.next[run] != r.end[run] {
			full = false
		}
	}
	if !full {
		var all []Figure
		r.each(func(f *Figure) { all = append(all, *f) })
		sort.SliceStable(all, func(i, j int) bool {
			a, b := &all[i], &all[j]
			if a.Kommune != b.Kommune {
				return a.Kommune < b.Kommune
			}
			if oa, ob := r.order[r.ind(a.Indicator)], r.order[r.ind(b.Indicator)]; oa != ob {
				return oa < ob
			}
			return less(a, b)
		})
		return all
	}
	for run := range r.next {
		seq := r.out[r.begin[run]:r.end[run]]
		for i := 1; i < len(seq); i++ {
			if less(&seq[i], &seq[i-1]) {
				sort.SliceStable(seq, func(i, j int) bool { return less(&seq[i], &seq[j]) })
				break
			}
		}
	}
	return r.out
}

// covered reports whether the register's mappings cover period p for
// kommune k. Coverage of several exports adds up: an old system's export
// to 30.06 and a new one's from 01.07 together cover the year.
func (e *engine) covered(ind *definition.Indicator, k string, p period.Period) (bool, *Reason) {
	first, last := p.First(), p.Last()
	if ind.Kind == definition.Stock {
		switch ind.StockOn {
		case definition.LastDay:
			first = last
		case definition.FirstDay:
			last = first
		}
	}
	// (on the stack for the usual few exports: this runs for every figure)
	var room [4]Span
	spans := room[:0]
	for _, m := range e.maps[ind.Register] {
		if (m.Kommune != "" && m.Kommune != k) || m.Covers == nil {
			continue
		}
		spans = append(spans, Span{m.Covers.From, m.Covers.Last()})
	}
	if len(spans) == 0 {
		return false, &Reason{Code: ReasonNotCovered, Register: ind.Register}
	}
	slices.SortStableFunc(spans, func(a, b Span) int { return cmp.Compare(a.From, b.From) })
	merged := spans[:1]
	for _, s := range spans[1:] {
		cur := &merged[len(merged)-1]
		if s.From <= cur.To+1 {
			cur.To = max(cur.To, s.To)
		} else {
			merged = append(merged, s)
		}
	}
	for _, s := range merged {
		if s.From <= first && last <= s.To {
			return true, nil
		}
	}
	return false, &Reason{Code: ReasonNotCovered, Register: ind.Register, Spans: slices.Clone(merged)}
}

func (e *engine) computedFigures(r *results, ind *definition.Indicator, ks []string) {
	i := e.indIdx[ind.ID]
	groups := r.groups[i]
	for ki, k := range ks {
		for pi, p := range e.periods {
			ok, reason := e.covered(ind, k, p)
			var coverage *Flag
			if !ok {
				coverage = &Flag{Code: FlagCoverage, Register: reason.Register, Spans: reason.Spans}
			}
			for _, g := range groups {
				f := r.add(ki, i, pi, Figure{Kommune: k, Period: p, Indicator: ind.ID, Group: g})
				if !ok {
					f.missing(NoData, reason)
					f.flag(coverage)
				} else {
					f.Has, f.Value = true, e.value(ind, k, i, pi, g)
					if ind.Measure == definition.Sum {
						f.Rows = e.rows(k, i, pi, g)
					}
				}
			}
		}
	}
}

func (e *engine) enteredFigures(r *results, ind *definition.Indicator, ks []string, absent *Reason) {
	ii := e.indIdx[ind.ID]
	groups := r.groups[ii]
	for ki, k := range ks {
		for pi, p := range e.periods {
			// breakdown groups come only from boso's own export: each
			// kommune and period gets every group the export gave
			for _, g := range groups {
				f := r.add(ki, ii, pi, Figure{Kommune: k, Period: p, Indicator: ind.ID, Group: g})
				if len(e.entered) == 0 {
					f.missing(NoData, absent) // nothing typed in: no key to make
				} else if ev := e.entered[enteredKey{k, p.String(), ind.ID, g}]; ev == nil {
					f.missing(NoData, absent)
				} else {
					e.fillEntered(f, ev)
				}
			}
		}
	}
}

// fillEntered makes f the figure typed in (or exported) as ev.
func (e *engine) fillEntered(f *Figure, ev *enteredVal) {
	ev.touched = true
	f.flag(e.enteredFlagOf(ev.pos.File))
	var origin ReasonCode
	if x := ev.export; x != nil {
		origin = x.Code
		f.Numerator, f.Denominator, f.Parts, f.Rows = x.Numerator, x.Denominator, x.Parts, x.Rows
	}
	if ev.blank {
		mark := NoData
		switch ev.mark {
		case ".":
			mark = NotComputable
		case ":":
			mark = Suppressed
		}
		reason := &Reason{Code: ReasonBlank}
		if ev.mark != "" {
			reason = &Reason{Code: ReasonEnteredMark, Mark: Mark(ev.mark), Origin: origin}
		}
		f.missing(mark, reason)
		return
	}
	f.Has, f.Value = true, ev.v
	if ev.provis {
		f.Mark, f.Reason = Provisional, &Reason{Code: ReasonMarkedProvisional, Origin: origin}
	}
}

// exported returns the row of boso's own export for a ratio or derived
// figure, nil when there is none: such a figure is then taken as it was
// computed where the export was made, not computed again.
func (e *engine) exported(k string, p period.Period, id string) *enteredVal {
	if len(e.entered) == 0 {
		return nil // nothing typed in or exported: no key to make
	}
	if ev := e.entered[enteredKey{k, p.String(), id, ""}]; ev != nil && ev.export != nil {
		return ev
	}
	return nil
}

// checkEnteredConflicts reports figures typed in for an indicator that is
// also computed from a register.
func (e *engine) checkEnteredConflicts() {
	keys := make([]enteredKey, 0, len(e.entered))
	for key := range e.entered {
		keys = append(keys, key)
	}
	sort.Slice(keys, func(i, j int) bool { return e.entered[keys[i]].pos.Line < e.entered[keys[j]].pos.Line })
	for _, key := range keys {
		ind := e.in.Set.Get(key.ind)
		if ind == nil || (ind.Kind != definition.Flow && ind.Kind != definition.Stock) || len(e.maps[ind.Register]) == 0 {
			continue
		}
		e.l.Add(CodeEntered, e.entered[key].pos, msg.PlanEnteredConflict.F(key.ind, key.k, norsk.PeriodID(key.p), ind.Register))
	}
}

// missingFrom returns the mark a figure gets when an input is missing:
// "." if an input cannot be computed, else "..".
func missingFrom(inputs ...*Figure) Mark {
	for _, f := range inputs {
		if f != nil && !f.Has && f.Mark == NotComputable {
			return NotComputable
		}
	}
	return NoData
}

func (e *engine) ratioFigures(r *results, ind *definition.Indicator, ks []string) {
	ii, ni, di := e.indIdx[ind.ID], r.ind(ind.Numerator), r.ind(ind.Denominator)
	for ki, k := range ks {
		for pi, p := range e.periods {
			f := r.add(ki, ii, pi, Figure{Kommune: k, Period: p, Indicator: ind.ID})
			if ev := e.exported(k, p, ind.ID); ev != nil {
				e.fillEntered(f, ev)
				continue
			}
			nf := r.at(ki, ni, pi)
			if nf == nil || !nf.Has {
				f.missing(missingFrom(nf), inputMissing(refOf(nf, ind.Numerator, p)))
				continue
			}
			var den num.Dec
			if ind.Denominator == definition.Population {
				y := p.Year
				if p.Type == period.Programme {
					y = p.N
				}
				pv, ok := e.pop[popKey{k, y}]
				if !ok {
					f.missing(NoData, &Reason{Code: ReasonNoPopulation, Year: y})
					continue
				}
				den = pv.n
				if den == 0 {
					f.missing(NotComputable, &Reason{Code: ReasonZeroDenominator, Year: y})
					f.Numerator, f.Parts = nf.Value, true
					continue
				}
			} else {
				df := r.at(ki, di, pi)
				if df == nil || !df.Has {
					f.missing(missingFrom(df), inputMissing(refOf(df, ind.Denominator, p)))
					continue
				}
				den = df.Value
				if den == 0 {
					f.missing(NotComputable, &Reason{Code: ReasonZeroDenominator, Refs: []Ref{refTo(df)}})
					f.Numerator, f.Parts = nf.Value, true
					continue
				}
			}
			v, ok := Ratio(nf.Value, den, ind.Factor)
			if !ok {
				f.missing(NotComputable, &Reason{Code: ReasonOverflow})
				f.Numerator, f.Denominator, f.Parts = nf.Value, den, true
				continue
			}
			f.Has, f.Value = true, v
			f.Numerator, f.Denominator, f.Parts = nf.Value, den, true
			provisionalFrom(f, nf, r.at(ki, di, pi))
		}
	}
}

// Ratio returns n / d × factor, rounded half away from zero to num.Decimals
// places, computed exactly. ok is false when d is 0 or the result overflows.
func Ratio(n, d num.Dec, factor float64) (num.Dec, bool) { return RatioAt(n, d, factor, num.Decimals) }

// RatioAt is Ratio rounded once, half away from zero, to decimals places
// (at most num.Decimals): a figure shown with two decimals is rounded from
// the exact fraction, not from Ratio's four (14.03497 shows as 14,03, not
// via 14.0350 as 14,04).
func RatioAt(n, d num.Dec, factor float64, decimals int) (num.Dec, bool) {
	if d == 0 {
		return 0, false
	}
	decimals = min(max(decimals, 0), num.Decimals)
	step := int64(1)
	for i := decimals; i < num.Decimals; i++ {
		step *= 10
	}
	q := new(big.Rat).SetFrac(big.NewInt(int64(n)), big.NewInt(int64(d)))
	fr := new(big.Rat)
	if fr.SetFloat64(factor) == nil {
		return 0, false
	}
	q.Mul(q, fr)
	q.Mul(q, new(big.Rat).SetFrac64(num.Scale, step))
	// round half away from zero
	neg := q.Sign() < 0
	q.Abs(q)
	quo, rem := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
	if new(big.Int).Mul(rem, big.NewInt(2)).Cmp(q.Denom()) >= 0 {
		quo.Add(quo, big.NewInt(1))
	}
	quo.Mul(quo, big.NewInt(step))
	if !quo.IsInt64() {
		return 0, false
	}
	v := quo.Int64()
	if neg {
		v = -v
	}
	return num.Dec(v), true
}

func (e *engine) derivedFigures(r *results, ind *definition.Indicator, ks []string) {
	deps := ind.Dependencies()
	env := map[string]any{}
	for _, d := range deps {
		env[d] = 0.0
	}
	var ignore diag.List
	prog := formula.CompileNumber(ind.Formula, env, &ignore)
	ii := e.indIdx[ind.ID]
	for ki, k := range ks {
		for pi, p := range e.periods {
			f := r.add(ki, ii, pi, Figure{Kommune: k, Period: p, Indicator: ind.ID})
			if ev := e.exported(k, p, ind.ID); ev != nil {
				e.fillEntered(f, ev)
				continue
			}
			if prog == nil {
				f.missing(NotComputable, &Reason{Code: ReasonFormula})
				continue
			}
			var missing []Ref
			var inputs []*Figure
			for _, d := range deps {
				df := r.total(k, pi, d)
				inputs = append(inputs, df)
				if df == nil || !df.Has {
					missing = append(missing, refOf(df, d, p))
					continue
				}
				env[d] = df.Value.Float()
			}
			if len(missing) > 0 {
				f.missing(missingFrom(inputs...), inputMissing(missing...))
				continue
			}
			v, err := e.runner.Number(prog, env)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				reason := &Reason{Code: ReasonFormula}
				if err != nil {
					reason.Detail = err.Error()
				}
				f.missing(NotComputable, reason)
				continue
			}
			d, ok := num.FromFloat(v)
			if !ok {
				f.missing(NotComputable, &Reason{Code: ReasonOverflow})
				continue
			}
			f.Has, f.Value = true, d
			provisionalFrom(f, inputs...)
		}
	}
}

// refOf is the reference to input id of a figure for period p; f is the
// input's figure, nil when there is none.
func refOf(f *Figure, id string, p period.Period) Ref {
	if f == nil {
		return Ref{Indicator: id, Period: p}
	}
	return refTo(f)
}

func inputMissing(refs ...Ref) *Reason { return &Reason{Code: ReasonInputMissing, Refs: refs} }

// provisionalFrom marks f provisional when one of its inputs is.
func provisionalFrom(f *Figure, inputs ...*Figure) {
	for _, in := range inputs {
		if in != nil && in.Has && in.Mark == Provisional {
			f.Mark, f.Reason = Provisional, &Reason{Code: ReasonInputProvisional, Refs: []Ref{refTo(in)}}
			return
		}
	}
}

func (e *engine) markProvisional(r *results) {
	if e.in.ReportDate == 0 {
		return
	}
	r.each(func(f *Figure) {
		if f.Has && f.Period.Last() > e.in.ReportDate {
			f.Mark, f.Reason = Provisional, &Reason{Code: ReasonProvisional, Date: e.in.ReportDate}
		}
	})
}

// flagInputs attaches flags for rows skipped (tolerant values, Sum rows).
func (e *engine) flagInputs(r *results) {
	if len(e.bad) == 0 && len(e.sumRows) == 0 {
		return // no row was left out: nothing to flag
	}
	r.each(func(f *Figure) {
		ind := e.in.Set.Get(f.Indicator)
		n := e.bad[badKey{f.Kommune, f.Indicator, -1}]
		if f.Group == "" {
			n += e.bad[badKey{f.Kommune, f.Indicator, e.pidx[f.Period]}]
		}
		if n > 0 {
			f.flag(&Flag{Code: FlagTolerant, N: n})
		}
		if ind.Kind == definition.Flow || ind.Kind == definition.Stock {
			for _, fl := range e.sumRows[ind.Register] {
				f.flag(fl)
			}
		}
	})
}

// identityRule says how a figure relates to the same figure for its parts.
type identityRule = definition.PeriodRule

const (
	noIdentity       = definition.NoPeriodRule
	sumOfParts       = definition.SumOfParts
	betweenMaxAndSum = definition.BetweenMaxAndSum
	lastPart         = definition.LastPart
	firstPart        = definition.FirstPart
)

func identityOf(ind *definition.Indicator) identityRule { return ind.PeriodRule() }

// checkIdentities checks, for every figure of a year or programme period,
// the identities with its parts (SPEC §3) and flags the figure when one
// fails. For entered figures a failure is also a warning.
func (e *engine) checkIdentities(r *results, ks []string) {
	for _, ind := range e.inds {
		rule := identityOf(ind)
		if rule == noIdentity {
			continue
		}
		// typed-in figures may break the identities; computed ones cannot,
		// so for them a failure is only a flag (and a bug)
		entered := ind.Kind == definition.Entered || len(e.maps[ind.Register]) == 0
		ii := e.indIdx[ind.ID]
		for ki, k := range ks {
			for pi := range e.periods {
				whole := r.at(ki, ii, pi)
				if whole == nil || !whole.Has {
					continue
				}
			parts:
				for _, idx := range e.parts[pi] {
					// a stock on one day needs only the part with that day
					switch rule {
					case lastPart:
						idx = idx[len(idx)-1:]
					case firstPart:
						idx = idx[:1]
					}
					refs := make([]Ref, len(idx))
					for j, qi := range idx {
						f := r.at(ki, ii, qi)
						if f == nil || !f.Has {
							continue parts
						}
						refs[j] = refTo(f)
					}
					if check, broken := identityBroken(rule, whole.Value, refs); broken {
						whole.flag(&Flag{Code: FlagIdentity, Check: check, Value: whole.Value, Refs: refs})
						if entered {
							var pos diag.Pos // the row the whole figure was typed on
							if ev := e.entered[enteredKey{k, whole.Period.String(), ind.ID, ""}]; ev != nil {
								pos = ev.pos
							}
							e.l.Warn(CodeIdentity, pos, identityWarning(k, ind, whole, check, refs))
						}
					}
				}
			}
		}
	}
}

// identityBroken reports whether whole breaks its identity with the parts,
// and which identity that is.
func identityBroken(rule identityRule, whole num.Dec, parts []Ref) (Identity, bool) {
	var sum, maxV num.Dec
	for i, p := range parts {
		sum += p.Value
		if i == 0 || p.Value > maxV {
			maxV = p.Value
		}
	}
	switch rule {
	case sumOfParts:
		return SumOfParts, whole != sum
	case betweenMaxAndSum:
		return BetweenMaxAndSum, whole < maxV || whole > sum
	case lastPart, firstPart:
		return SameCountingDay, whole != parts[0].Value
	}
	return 0, false
}

// identityWarning is the problem reported for a typed-in figure that
// breaks an identity, so that the user corrects what was typed in. It
// words the identity as the report's notes do (reports/notes), which the
// engine cannot import.
func identityWarning(k string, ind *definition.Indicator, whole *Figure, check Identity, parts []Ref) string {
	dec := ind.ShownDecimals()
	n := func(d num.Dec) string { return norsk.Number(d, dec) }
	var sum, maxV num.Dec
	for i, p := range parts {
		sum += p.Value
		if i == 0 || p.Value > maxV {
			maxV = p.Value
		}
	}
	first, last := norsk.Period(parts[0].Period), norsk.Period(parts[len(parts)-1].Period)
	var text string
	switch check {
	case SumOfParts:
		text = msg.FlagIdentitySum.F(n(whole.Value), first, last, n(sum))
	case BetweenMaxAndSum:
		text = msg.FlagIdentityRange.F(n(whole.Value), n(maxV), n(sum), first, last)
	default:
		text = msg.FlagIdentityStock.F(n(whole.Value), first, n(parts[0].Value))
	}
	return msg.PlanFigureProblem.F(k, ind.ID, norsk.Period(whole.Period), text)
}

// DefaultJumpPercent is the change from the previous period that is flagged.
const DefaultJumpPercent = 50

func (e *engine) flagJumps(r *results, ks []string) {
	minDiff := num.MustInt(5)
	// prev[pi] is the index of the period before period pi, -1 when it
	// is not one of the run's
	prev := make([]int, len(e.periods))
	for pi, p := range e.periods {
		prev[pi] = -1
		if p.Type == period.Programme {
			continue
		}
		if qi, ok := e.pidx[p.Previous()]; ok {
			prev[pi] = qi
		}
	}
	for _, ind := range e.inds {
		limit := float64(DefaultJumpPercent)
		if ind.Jump != nil {
			limit = *ind.Jump
		}
		percent, _ := num.FromFloat(limit)
		ii := e.indIdx[ind.ID]
		for ki := range ks {
			for pi, p := range e.periods {
				if p.Type == period.Programme {
					continue
				}
				f := r.at(ki, ii, pi)
				qi, ok := prev[pi], prev[pi] >= 0
				if f == nil || !f.Has || !ok {
					continue
				}
				before := r.at(ki, ii, qi)
				if before == nil || !before.Has || before.Value == 0 {
					continue
				}
				diff := f.Value - before.Value
				if diff < 0 {
					diff = -diff
				}
				pct := diff.Float() / math.Abs(before.Value.Float()) * 100
				// small counts jump by large percentages; for counts and
				// amounts the change must also be at least 5
				absolute := ind.Unit == definition.Count || ind.Unit == definition.NOK
				if pct > limit && (!absolute || diff >= minDiff) {
					f.flag(&Flag{Code: FlagJump, Value: f.Value, Refs: []Ref{refTo(before)}, Limit: percent})
				}
			}
		}
	}
}

func (e *engine) checkRules(r *results, ks []string) {
	for _, rule := range e.in.Set.Rules {
		ids := formula.Identifiers(rule.Assert.Value)
		env := map[string]any{}
		for _, id := range ids {
			env[id] = 0.0
		}
		var ignore diag.List
		prog := formula.CompileBool(rule.Assert, env, &ignore)
		if prog == nil {
			continue
		}
		for _, k := range ks {
		periods:
			for pi, p := range e.periods {
				var figs []*Figure
				for _, id := range ids {
					f := r.total(k, pi, id)
					if f == nil || !f.Has {
						continue periods
					}
					env[id] = f.Value.Float()
					figs = append(figs, f)
				}
				ok, err := e.runner.Bool(prog, env)
				if err != nil || ok {
					continue
				}
				for _, f := range figs {
					var others []Ref
					for _, g := range figs {
						if g != f {
							others = append(others, refTo(g))
						}
					}
					f.flag(&Flag{Code: FlagRule, Rule: rule.ID, RuleText: rule.Text, Refs: others})
				}
				e.l.Warn(CodeRule, rule.Pos, msg.PlanRuleBroken.F(k, norsk.Period(p), rule.ID, rule.Text))
			}
		}
	}
}

// enteredFlagOf returns the REGISTRERT flag for figures typed into file,
// one shared by all of them.
func (e *engine) enteredFlagOf(file string) *Flag {
	fl := e.enteredFlags[file]
	if fl == nil {
		fl = &Flag{Code: FlagEntered, File: file}
		e.enteredFlags[file] = fl
	}
	return fl
}
