package html

import (
	"math"
	"strconv"
	"strings"

	"boso/indicators/num"
	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// valueAxis is a chart's y axis as boso chooses it, rather than ECharts:
// round ticks spanning every value and zero, each labelled the Norwegian
// way by reports/format (1 000, 2,5, 20 %), and the axis name with its unit.
// Amounts of a million kroner or more are shown in millions, so that the
// tick labels stay short enough to fit left of the plot.
type valueAxis struct {
	Name     string
	Min, Max float64 // in the values' own unit (kroner, not millions)
	Step     float64
	Ticks    []tick
}

type tick struct {
	Value float64
	Label string
}

// million is where amounts switch from kr to mill. kr.
const million = 1e6

// currencyWords are y-axis names that say no more than "kroner": for those
// the axis is named by its unit alone.
var currencyWords = map[string]bool{"": true, "kr": true, "kroner": true, "nok": true, "mill. kr": true}

func yAxisOf(c *model.Chart) valueAxis {
	lo, hi := 0.0, 0.0
	for _, s := range c.Series {
		for _, p := range s.Values {
			if p.Has {
				v := p.Num.Float()
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	scale, unit, suffix := 1.0, "", ""
	switch c.Unit {
	case model.AmountColumn:
		unit = msg.HTMLAxisKroner.String()
		if math.Max(-lo, hi) >= million {
			scale, unit = million, msg.HTMLAxisMillions.String()
		}
	case model.PercentColumn:
		suffix = msg.HTMLAxisPercent.String()
	}
	values, dec := niceTicks(lo/scale, hi/scale)
	a := valueAxis{Name: c.YAxis}
	if unit != "" {
		a.Name = unit
		if !currencyWords[strings.ToLower(strings.TrimSpace(c.YAxis))] {
			a.Name = msg.HTMLAxisNameUnit.F(c.YAxis, unit)
		}
	}
	for _, v := range values {
		d, ok := num.FromFloat(v)
		label := strconv.FormatFloat(v, 'f', -1, 64)
		if ok {
			label = format.Number(d, dec)
		}
		a.Ticks = append(a.Ticks, tick{Value: v * scale, Label: label + suffix})
	}
	a.Min, a.Max = a.Ticks[0].Value, a.Ticks[len(a.Ticks)-1].Value
	if len(values) > 1 {
		a.Step = (values[1] - values[0]) * scale
	}
	return a
}

// niceTicks spans [lo, hi] with about five steps of 1, 2, 2.5 or 5 times
// a power of ten, and says how many decimals their labels need: the same
// scale the PDF draws (reports/pdf), so both show the same ticks.
func niceTicks(lo, hi float64) ([]float64, int) {
	if hi <= lo {
		hi = lo + 1
	}
	raw := (hi - lo) / 5
	exp := math.Floor(math.Log10(raw))
	// num.Dec keeps four decimals: a finer step could not be labelled.
	exp = max(exp, -num.Decimals)
	mag := math.Pow(10, exp)
	m := 10.0
	for _, c := range []float64{1, 2, 2.5, 5} {
		if c*mag >= raw*(1-1e-9) {
			m = c
			break
		}
	}
	step := m * mag
	first := math.Floor(lo/step + 1e-9)
	n := int(math.Ceil(hi/step-1e-9) - first)
	ticks := make([]float64, n+1)
	for i := range ticks {
		// k·m·10^exp, dividing by the power of ten when it is negative, so
		// 0.6 comes out as 0.6, not 0.6000000000000001
		k := (first + float64(i)) * m
		if exp < 0 {
			ticks[i] = k / math.Pow(10, -exp)
		} else {
			ticks[i] = k * mag
		}
		if ticks[i] == 0 {
			ticks[i] = 0 // not −0
		}
	}
	dec := 0
	for dec < num.Decimals {
		x := step * math.Pow(10, float64(dec))
		if math.Abs(x-math.Round(x)) < 1e-6 {
			break
		}
		dec++
	}
	return ticks, dec
}

// formatter is the axis' label function for ECharts: the label of the
// tick nearest the value ECharts asks about. The ticks are the axis' own
// (min, max and step are fixed), so the nearest is the one.
func (a valueAxis) formatter() string {
	var b strings.Builder
	b.WriteString("function (v) {\nvar t = [")
	for i, t := range a.Ticks {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("[" + strconv.FormatFloat(t.Value, 'f', -1, 64) + ", " + jsString(t.Label) + "]")
	}
	// No "<": chartScript escapes every one, as if it were in a string.
	b.WriteString("];\nvar b = t[0];\nfor (var i = 1; t.length > i; i++) { if (Math.abs(b[0] - v) > Math.abs(t[i][0] - v)) { b = t[i]; } }\nreturn b[1];\n}")
	return b.String()
}

// jsString quotes s for JavaScript in single quotes (a chart function may
// hold no double quote, see jsFunc).
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`, `"`, `\u0022`, "/", `\/`)
	return "'" + r.Replace(s) + "'"
}
