package region

import (
	"errors"
	"math"
	"sort"
	"strconv"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/indicators/ssb"
	"boso/reports/format"
	"boso/templates/msg"
)

// Public figures from SSB: the population for rates a kommune's export
// does not carry, and the whole country's and the KOSTRA groups' figures
// beside the kommuner's. They are published already: nothing of them is
// hidden, and they take no part in the roll-up's disclosure problem.

// Public is a published figure and the period it is for (the latest SSB
// has, at or before the report period).
type Public struct {
	Value  float64
	Period period.Period
}

// Compared are an indicator's comparison figures.
type Compared struct {
	Country *Public
	Groups  map[string]*Public // KOSTRA group code → figure
}

// readTable reads an SSB table named in the region file; a problem goes
// into l at pos.
func readTable(fsys files.FS, path string, pos diag.Pos, l *diag.List) *ssb.Table {
	f, err := fsys.Open(path)
	if err != nil {
		l.Add(CodeConfig, pos, msg.RegSSBOpen.F(path, msg.OSReason(err)))
		return nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > ssb.MaxBytes {
		// said before a byte is read: SSB's largest downloads are far smaller
		l.Add(CodeSSB, diag.Pos{File: path}, msg.SSBTooLarge.F(ssb.MaxBytes>>20))
		return nil
	}
	t, err := ssb.Read(f, path)
	if err != nil {
		for _, e := range ssb.List(err) {
			l.Add(CodeSSB, e.Pos, e.Msg)
		}
		if len(ssb.List(err)) == 0 {
			l.Add(CodeSSB, diag.Pos{File: path}, err.Error())
		}
		return nil
	}
	return t
}

// latest returns the table's figure for region at the latest period at
// or before p (p itself, else the latest year up to p's year), and that
// period.
func latest(t *ssb.Table, region string, p period.Period, sel ssb.Select) (*Public, error) {
	if c, err := t.Figure(region, p.String(), sel); err == nil {
		if v, ok := c.Figure(); ok {
			return &Public{Value: v.Float(), Period: p}, nil
		}
	}
	var years []int
	if tid := t.Time(); tid != nil {
		for _, c := range tid.Categories {
			if q, ok := ssb.PeriodOf(c.Code); ok && q.Type == period.Year && q.Year <= p.Year {
				years = append(years, q.Year)
			}
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(years)))
	var firstErr error
	for _, y := range years {
		c, err := t.Figure(region, strconv.Itoa(y), sel)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		if v, ok := c.Figure(); ok {
			return &Public{Value: v.Float(), Period: period.Period{Type: period.Year, Year: y}}, nil
		}
	}
	return nil, firstErr
}

// compare reads the region file's comparison tables for the report
// period. Problems go into l.
func (c *Config) compare(fsys files.FS, set *definition.Set, p period.Period, l *diag.List) map[string]*Compared {
	out := map[string]*Compared{}
	groups := map[string]bool{}
	for _, g := range c.KostraGroups {
		groups[g] = true
	}
	for _, cmp := range c.Comparisons {
		if cmp.File == "" {
			continue
		}
		t := readTable(fsys, c.Resolve(cmp.File), cmp.pos("file"), l)
		if t == nil {
			continue
		}
		if err := t.Require(ssb.Geo, ssb.Time); err != nil {
			l.Add(CodeSSB, cmp.pos("file"), err.Error())
			continue
		}
		ids := make([]string, 0, len(cmp.Indicators))
		for id := range cmp.Indicators {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			pos, ok := cmp.At.Entry("indicators", id)
			if !ok {
				pos = cmp.pos("indicators")
			}
			ind := set.Get(id)
			if ind == nil {
				l.Add(CodeConfig, pos, msg.ProgUnknownInd.F(id))
				continue
			}
			if ind.Kind != definition.Ratio {
				l.Add(CodeConfig, pos, msg.RegCompareNotRate.F(ind.Name))
				continue
			}
			var sel ssb.Select
			if code := cmp.Indicators[id]; code != "" {
				if m := t.Metric(); m != nil {
					sel = ssb.Select{m.ID: code}
				}
			}
			cm := &Compared{Groups: map[string]*Public{}}
			plausible := true
			check := func(region string, v *Public) {
				if why := implausible(c.Resolve(cmp.File), region, v, ind.Factor); why != "" {
					l.Add(CodeSSB, pos, why)
					plausible = false
				}
			}
			if country, ok := t.Country(); ok {
				v, err := latest(t, country, p, sel)
				if err != nil && !isNoCategory(err) {
					l.Add(CodeSSB, pos, err.Error())
					continue
				}
				check(country, v)
				cm.Country = v
			}
			gs := make([]string, 0, len(groups))
			for g := range groups {
				gs = append(gs, g)
			}
			sort.Strings(gs)
			for _, g := range gs {
				if v, err := latest(t, g, p, sel); err == nil && v != nil {
					check(g, v)
					cm.Groups[g] = v
				}
			}
			if plausible {
				out[id] = cm
			}
		}
	}
	return out
}

func isNoCategory(err error) bool {
	var qe *ssb.QueryError
	return errors.As(err, &qe) && qe.Kind == ssb.NoCategory
}

// perThousandFrom adds, for each count marked per_1000 whose per-1000
// figure a kommune's export does not carry, the figure from the count and
// SSB's population on 1 January of the period's year.
func (r *Rollup) perThousandFrom(t *ssb.Table, set *definition.Set) {
	for _, ind := range set.Order() {
		if ind.PerThousandOf == "" {
			continue
		}
		for _, k := range r.Kommuner {
			for _, p := range r.Periods {
				if _, ok := r.values[valueKey{k, ind.ID, p}]; ok {
					continue
				}
				v, ok := r.values[valueKey{k, ind.PerThousandOf, p}]
				if !ok || !v.Has {
					continue
				}
				c, err := t.Population(k, p.Year)
				if err != nil {
					continue
				}
				pop, ok := c.Figure()
				if !ok || pop <= 0 {
					continue
				}
				r.values[valueKey{k, ind.ID, p}] = Value{Has: true, Num: v.Num / pop.Float() * 1000,
					Numerator: v.Num, Denominator: pop.Float(), Parts: true, Rows: -1, Mark: v.Mark}
			}
		}
	}
}

// implausible says why a comparison figure cannot be a rate per factor
// (100: a share in percent, 1000: per 1000 innbyggere), or "".
func implausible(file, region string, v *Public, factor float64) string {
	if v == nil {
		return ""
	}
	shown := func() string {
		if math.Abs(v.Value) >= 1e10 {
			return msg.RegCompareHidden.F() // may be a personal id: never echoed
		}
		return format.Number(dec(v.Value), 2)
	}
	switch {
	case v.Value < 0:
		return msg.RegCompareNegative.F(file, shown(), region, format.Period(v.Period))
	case factor > 0 && v.Value > factor:
		return msg.RegCompareTooHigh.F(file, shown(), region, format.Period(v.Period), strconv.Itoa(int(factor)))
	}
	return ""
}

// checkPopulation refuses a population table with a figure no population
// can be (negative, with decimals, or 11 digits), each at its cell; a
// population of 0 where a kommune's rate needs it is a warning (the rate
// is «..»).
func checkPopulation(t *ssb.Table, kommuner []string, periods []period.Period, at diag.Pos, l *diag.List) bool {
	errs := t.Check(func(c ssb.Cell) string {
		v := c.Value
		switch {
		case math.Abs(v.Float()) >= 1e10:
			return msg.ValuePersonalID.F()
		case v < 0:
			return msg.RegPopNegative.F(format.Number(v, 0))
		case !v.IsInt():
			return msg.RegPopFraction.F(format.Number(v, 2))
		}
		return ""
	})
	for _, e := range errs {
		l.Add(CodeSSB, e.Pos, e.Msg)
	}
	if len(errs) > 0 {
		return false
	}
	years := map[int]bool{}
	var ys []int
	for _, p := range periods {
		if !years[p.Year] {
			years[p.Year] = true
			ys = append(ys, p.Year)
		}
	}
	for _, k := range kommuner {
		for _, y := range ys {
			if c, err := t.Population(k, y); err == nil {
				if v, ok := c.Figure(); ok && v == 0 {
					l.Warn(CodeSSB, at, msg.RegPopZero.F(kommuneName(k)+" "+k, y))
				}
			}
		}
	}
	return true
}
