package region

import (
	"math"
	"sort"

	"boso/indicators/definition"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/ssb"
)

// Value is one figure of the roll-up: a kommune's, as its export gives
// it, or the region's, made from the kommuner's.
type Value struct {
	Num  float64
	Has  bool
	Mark string // why there is no figure: "..", ".", ":"; or "*" provisional
	// Numerator and Denominator of a ratio (Parts set): a region's ratio
	// is its summed numerators over its summed denominators.
	Numerator, Denominator float64
	Parts                  bool
	// Kommuner is how many kommuners' figures a region value rests on.
	Kommuner int
	// Rows is how many register rows a summed amount rests on; -1 unknown.
	Rows int
}

// Rollup is a region's figures for a report period: each expected
// kommune's and the region's, for the indicators rolled up, over the
// period and the comparable periods before it.
type Rollup struct {
	Period     period.Period
	Periods    []period.Period // comparable periods, oldest first, ending with Period
	Indicators []*definition.Indicator
	Kommuner   []string // expected, in number order
	// Compared are the whole country's and the KOSTRA groups' figures,
	// by indicator, where the region file names SSB tables with them.
	Compared map[string]*Compared
	values   map[valueKey]Value
	totals   map[totalKey]Value
}

type valueKey struct {
	kommune, indicator string
	period             period.Period
}

type totalKey struct {
	indicator string
	period    period.Period
}

// TrendPeriods is how many comparable periods the tables show.
const TrendPeriods = 4

// Comparable returns the periods a report for p compares with: the same
// half-year or the year, n of them ending with p, oldest first.
func Comparable(p period.Period, n int) []period.Period {
	out := []period.Period{p}
	for q := p; len(out) < n; {
		q = q.SameLastYear()
		out = append([]period.Period{q}, out...)
	}
	return out
}

// Roll makes the roll-up of the overview's usable exports; pop, when
// set, is SSB's population table for the rates per 1000 an export lacks.
func Roll(o *Overview, set *definition.Set, ids []string, pop *ssb.Table) *Rollup {
	r := &Rollup{Period: o.Period, Periods: Comparable(o.Period, TrendPeriods), values: map[valueKey]Value{}, totals: map[totalKey]Value{}}
	for _, st := range o.Statuses {
		r.Kommuner = append(r.Kommuner, st.Kommune)
	}
	present := map[string]bool{}
	for _, st := range o.Statuses {
		if st.Used == nil || st.Used.Export == nil {
			continue
		}
		ex := st.Used.Export
		for i := range ex.Figures {
			f := &ex.Figures[i]
			if f.Group != "" || !r.inPeriods(f.Period) {
				continue
			}
			k := f.Kommune
			if k != st.Kommune { // a former number, renumbered one-to-one
				k = st.Kommune
			}
			v := Value{Has: f.Has, Mark: f.Mark, Num: f.Value.Float(), Rows: f.Rows}
			if f.HasParts {
				v.Numerator, v.Denominator, v.Parts = f.Numerator.Float(), f.Denominator.Float(), true
			}
			r.values[valueKey{k, f.Indicator, f.Period}] = v
			present[f.Indicator] = true
		}
	}
	if pop != nil {
		r.perThousandFrom(pop, set)
		for _, ind := range set.Order() {
			if ind.PerThousandOf != "" && present[ind.PerThousandOf] {
				present[ind.ID] = true
			}
		}
	}
	r.Indicators = chooseIndicators(set, ids, present)
	for _, ind := range r.Indicators {
		for _, p := range r.Periods {
			r.totals[totalKey{ind.ID, p}] = r.total(ind, p)
		}
	}
	return r
}

func (r *Rollup) inPeriods(p period.Period) bool {
	for _, q := range r.Periods {
		if q == p {
			return true
		}
	}
	return false
}

// chooseIndicators is the indicators to roll up, in the definitions'
// order: those asked for, or every one the exports hold that a report
// shows.
func chooseIndicators(set *definition.Set, ids []string, present map[string]bool) []*definition.Indicator {
	var out []*definition.Indicator
	if len(ids) > 0 {
		for _, id := range ids {
			if ind := set.Get(id); ind != nil {
				out = append(out, ind)
			}
		}
		return out
	}
	for _, ind := range set.Order() {
		if present[ind.ID] && (ind.Report == nil || *ind.Report) {
			out = append(out, ind)
		}
	}
	return out
}

// Get returns a kommune's figure; ok is false when its export has none.
func (r *Rollup) Get(kommune, indicator string, p period.Period) (Value, bool) {
	v, ok := r.values[valueKey{kommune, indicator, p}]
	return v, ok
}

// Total returns the region's figure.
func (r *Rollup) Total(indicator string, p period.Period) Value {
	return r.totals[totalKey{indicator, p}]
}

// total makes the region's figure from the kommuners': counts and sums
// add (distinct households are distinct per kommune, so they add across
// kommuner too); a ratio is its summed numerators over its summed
// denominators. Only kommuner with a figure count; Kommuner says how many.
func (r *Rollup) total(ind *definition.Indicator, p period.Period) Value {
	t := Value{Rows: 0}
	provisional := false
	for _, k := range r.Kommuner {
		v, ok := r.values[valueKey{k, ind.ID, p}]
		if !ok {
			continue
		}
		if ind.Kind == definition.Ratio {
			if !v.Parts {
				continue
			}
			t.Numerator += v.Numerator
			t.Denominator += v.Denominator
			t.Kommuner++
			provisional = provisional || v.Mark == "*"
			continue
		}
		if !v.Has {
			continue
		}
		t.Num += v.Num
		t.Kommuner++
		if v.Rows < 0 || t.Rows < 0 {
			t.Rows = -1
		} else {
			t.Rows += v.Rows
		}
		provisional = provisional || v.Mark == "*"
	}
	if t.Kommuner == 0 {
		t.Mark = ".."
		return t
	}
	if ind.Kind == definition.Ratio {
		t.Parts = true
		if t.Denominator == 0 {
			t.Mark = "."
			return t
		}
		factor := ind.Factor
		if factor == 0 {
			factor = 1
		}
		t.Num = t.Numerator / t.Denominator * factor
	}
	t.Has = true
	if provisional {
		t.Mark = "*"
	}
	return t
}

// Stats are the median and range of the kommuners' figures for one
// indicator and period, over the figures given.
type Stats struct {
	N                int
	Median, Min, Max float64
}

// StatsOf returns the median and range of vs.
func StatsOf(vs []float64) Stats {
	if len(vs) == 0 {
		return Stats{}
	}
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	st := Stats{N: len(s), Min: s[0], Max: s[len(s)-1]}
	if len(s)%2 == 1 {
		st.Median = s[len(s)/2]
	} else {
		st.Median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return st
}

// dec is a float as a Dec, rounded to the Dec's precision.
func dec(f float64) num.Dec {
	d, ok := num.FromFloat(math.Round(f*num.Scale) / num.Scale)
	if !ok {
		return 0
	}
	return d
}
