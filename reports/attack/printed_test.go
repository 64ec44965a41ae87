package attack

import (
	"fmt"
	"math"

	"boso/indicators/definition"
	"boso/indicators/period"
	"boso/reports/suppress"
	"boso/templates/msg"
)

// The relations what the reports print gives a reader about figures they
// do not print: a ratio with its numerator or denominator (or the
// population), a change, a deviation from a target, a status.

// rounding is half the last printed digit, widened by the engine's own
// rounding of ratios to four decimals before the report rounds again.
func rounding(dec int) float64 { return 0.5*math.Pow(10, -float64(dec)) + 0.5e-4 }

// decimalsOf is the decimals a cell was printed with, or the indicator's
// when the file does not say (a spreadsheet value, a chart's number).
func (pb *problemBuilder) decimalsOf(f fact, v shown) int {
	if v.dec >= 0 {
		return v.dec
	}
	if ind := pb.w.in.Set.Get(f.ind); ind != nil {
		return ind.ShownDecimals()
	}
	return 0
}

// ratioBounds turns a printed ratio (or a range of it) into relations on
// its numerator and denominator: lo ≤ factor·N/D ≤ hi, i.e.
// factor·N − hi·D ≤ 0 and lo·D − factor·N ≤ 0 (D > 0), with the population
// as a known denominator.
func (pb *problemBuilder) ratioBounds(ind *definition.Indicator, p period.Period, group string, lo, hi float64, why string) {
	nf := fact{ind.Numerator, p, group}
	if nind := pb.w.in.Set.Get(ind.Numerator); nind == nil || !pb.isBase(nind) {
		pb.anomaly("%s: the numerator of «%s» is not a figure the attack models", why, ind.Name)
		return
	}
	if ind.Denominator == definition.Population {
		pop, ok := pb.w.pop[p.Year]
		if !ok {
			return
		}
		pb.relate(suppress.AtMost, hi*pop/ind.Factor, []term{{nf, 1}}, false, why)
		pb.relate(suppress.AtMost, -lo*pop/ind.Factor, []term{{nf, -1}}, false, why)
		return
	}
	df := fact{ind.Denominator, p, group}
	if dind := pb.w.in.Set.Get(ind.Denominator); dind == nil || !pb.isBase(dind) {
		pb.anomaly("%s: the denominator of «%s» is not a figure the attack models", why, ind.Name)
		return
	}
	pb.relate(suppress.AtMost, 0, []term{{nf, ind.Factor}, {df, -hi}}, false, why)
	pb.relate(suppress.AtMost, 0, []term{{df, lo}, {nf, -ind.Factor}}, false, why)
}

// changeRelation: «Endring» = now − then, both rounded as printed.
func (pb *problemBuilder) changeRelation(c change, printed map[fact]obs) {
	if !c.v.isNum() {
		return
	}
	ind := pb.w.in.Set.Get(c.now.ind)
	if ind == nil {
		return
	}
	why := fmt.Sprintf("Endring %s = %s (%s)", pb.lx.name(c.now), c.v.text, c.where)
	dec := pb.decimalsOf(c.now, c.v)
	h := 2 * rounding(dec)
	if ind.Unit == definition.Count {
		h = 0
	}
	if pb.isBase(ind) {
		t := []term{{c.now, 1}, {c.then, -1}}
		if h == 0 {
			pb.relate(suppress.Equal, c.v.num, t, false, why)
		} else {
			pb.relate(suppress.AtMost, c.v.num+h, t, false, why)
			pb.relate(suppress.AtMost, -(c.v.num - h), []term{{c.now, -1}, {c.then, 1}}, false, why)
		}
		return
	}
	if ind.Kind != definition.Ratio {
		return
	}
	// a change of a ratio with one side printed gives the other side
	h1 := rounding(dec)
	if o, ok := printed[c.then]; ok {
		v := o.v.num + c.v.num
		pb.ratioBounds(ind, c.now.p, c.now.group, v-h1, v+h1, why)
	}
	if o, ok := printed[c.now]; ok {
		v := o.v.num - c.v.num
		pb.ratioBounds(ind, c.then.p, c.then.group, v-h1, v+h1, why)
	}
	// rates over the population: the difference is linear in the counts
	if ind.Denominator == definition.Population {
		pn, ok1 := pb.w.pop[c.now.p.Year]
		pt, ok2 := pb.w.pop[c.then.p.Year]
		if ok1 && ok2 {
			n, t := fact{ind.Numerator, c.now.p, c.now.group}, fact{ind.Numerator, c.then.p, c.then.group}
			a, b := ind.Factor/pn, ind.Factor/pt
			pb.relate(suppress.AtMost, c.v.num+2*h1, []term{{n, a}, {t, -b}}, false, why)
			pb.relate(suppress.AtMost, -(c.v.num - 2*h1), []term{{n, -a}, {t, b}}, false, why)
		}
	}
}

// deviationRelation: «Avvik fra mål» = figure − target, as printed.
func (pb *problemBuilder) deviationRelation(d deviation) {
	if !d.v.isNum() {
		return
	}
	ind := pb.w.in.Set.Get(d.f.ind)
	if ind == nil {
		return
	}
	why := fmt.Sprintf("Avvik fra mål %s = %s, mål %s (%s)", pb.lx.name(d.f), d.v.text, num(d.target), d.where)
	v := d.target + d.v.num
	h := rounding(pb.decimalsOf(d.f, d.v))
	switch {
	case pb.isBase(ind) && ind.Unit == definition.Count:
		pb.relate(suppress.Equal, v, []term{{d.f, 1}}, false, why)
	case pb.isBase(ind):
		pb.relate(suppress.AtMost, v+h, []term{{d.f, 1}}, false, why)
		pb.relate(suppress.AtMost, -(v - h), []term{{d.f, -1}}, false, why)
	case ind.Kind == definition.Ratio:
		pb.ratioBounds(ind, d.f.p, d.f.group, v-h, v+h, why)
	}
}

// statusRelation: «mål nådd» says the figure is at least as good as the
// target; «i rute» and «ikke i rute» that it is not.
func (pb *problemBuilder) statusRelation(s judged) {
	ind := pb.w.in.Set.Get(s.f.ind)
	if ind == nil || !pb.isBase(ind) || ind.Unit != definition.Count || ind.Direction == "" {
		return
	}
	why := fmt.Sprintf("status «%s» of %s against mål %s (%s)", s.status, pb.lx.name(s.f), num(s.target), s.where)
	lower := ind.Direction == definition.Lower
	switch s.status {
	case msg.RepStatusReached.F():
		if lower {
			pb.relate(suppress.AtMost, s.target, []term{{s.f, 1}}, false, why)
		} else {
			pb.relate(suppress.AtMost, -s.target, []term{{s.f, -1}}, false, why)
		}
	case msg.RepStatusOnTrack.F(), msg.RepStatusOffTrack.F():
		if lower {
			pb.relate(suppress.AtMost, -(s.target + 1), []term{{s.f, -1}}, false, why)
		} else {
			pb.relate(suppress.AtMost, s.target-1, []term{{s.f, 1}}, false, why)
		}
	}
}
