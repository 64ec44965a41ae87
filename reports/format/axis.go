package format

import (
	"math"
	"strconv"
	"strings"

	"boso/indicators/num"
	"boso/reports/model"
	"boso/templates/msg"
)

// AxisUnit is what a chart's values are, for its value axis.
type AxisUnit int

// The units.
const (
	AxisCount   AxisUnit = iota // counts and rates: plain numbers
	AxisAmount                  // kroner: in kr, or mill. kr from a million
	AxisPercent                 // per cent: "20 %"
)

// Axis is a chart's value axis as every format draws it: round ticks
// spanning the values and zero, each labelled the Norwegian way
// (1 000, 2,5, 20 %), and the axis name with its unit. Amounts of a million
// kroner or more are labelled in millions, so that tick labels stay short.
type Axis struct {
	Name     string
	Min, Max float64 // in the values' own unit (kroner, not millions)
	Step     float64
	Ticks    []Tick
	// Scale is what one unit of a tick's label is in the values' own
	// unit: 1, or a million when amounts are labelled in mill. kr;
	// Decimals is how many decimals every label has. A spreadsheet that
	// labels the axis itself is given them as its number format.
	Scale    float64
	Decimals int
}

// Tick is one labelled value of an axis.
type Tick struct {
	Value float64 // in the values' own unit
	Label string
}

// million is where amounts switch from kr to mill. kr.
const million = 1e6

// currencyWords are axis names that say no more than "kroner": for those
// the axis is named by its unit alone.
var currencyWords = map[string]bool{"": true, "kr": true, "kroner": true, "nok": true, "mill. kr": true}

// ValueAxis returns the axis for values from lo to hi (zero is always
// included) with the chart's axis name. whole says the values are whole
// numbers (counts): their ticks are too, so a chart of small counts, or
// of none shown, is not labelled 0,5 or 0,2.
func ValueAxis(name string, unit AxisUnit, lo, hi float64, whole bool) Axis {
	lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	if whole && unit != AxisAmount && hi-lo < 5 {
		hi = lo + 5
	}
	scale, unitName, suffix := 1.0, "", ""
	switch unit {
	case AxisAmount:
		unitName = msg.AxisKroner.String()
		if math.Max(-lo, hi) >= million {
			scale, unitName = million, msg.AxisMillions.String()
		}
	case AxisPercent:
		suffix = msg.AxisPercent.String()
	}
	values, dec := ticks(lo/scale, hi/scale, whole && scale == 1)
	a := Axis{Name: name, Scale: scale, Decimals: dec}
	if unitName != "" {
		a.Name = unitName
		if !currencyWords[strings.ToLower(strings.TrimSpace(name))] {
			a.Name = msg.AxisNameUnit.F(name, unitName)
		}
	}
	for _, v := range values {
		d, ok := num.FromFloat(v)
		label := strconv.FormatFloat(v, 'f', -1, 64)
		if ok {
			label = Number(d, dec)
		}
		a.Ticks = append(a.Ticks, Tick{Value: v * scale, Label: label + suffix})
	}
	a.Min, a.Max = a.Ticks[0].Value, a.Ticks[len(a.Ticks)-1].Value
	if len(values) > 1 {
		a.Step = (values[1] - values[0]) * scale
	}
	return a
}

// Ticks spans [lo, hi] with about five steps of 1, 2, 2.5 or 5 times a
// power of ten, and says how many decimals their labels need.
func Ticks(lo, hi float64) ([]float64, int) { return ticks(lo, hi, false) }

// ticks is Ticks; with whole, steps are whole numbers (no 0,5 or 2,5).
func ticks(lo, hi float64, whole bool) ([]float64, int) {
	if hi <= lo {
		hi = lo + 1
	}
	raw := (hi - lo) / 5
	exp := math.Floor(math.Log10(raw))
	// num.Dec keeps four decimals: a finer step could not be labelled.
	exp = max(exp, -num.Decimals)
	if whole {
		exp = max(exp, 0)
	}
	mag := math.Pow(10, exp)
	m := 10.0
	for _, c := range []float64{1, 2, 2.5, 5} {
		if whole && c*mag != math.Trunc(c*mag) {
			continue
		}
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

// ChartAxis is the value axis of a chart of the report model: its shown
// points and zero, in the chart's unit.
func ChartAxis(c *model.Chart) Axis {
	lo, hi := 0.0, 0.0
	whole := true
	for _, s := range c.Series {
		for _, p := range s.Values {
			if p.Has {
				v := p.Num.Float()
				lo, hi = math.Min(lo, v), math.Max(hi, v)
				whole = whole && v == math.Trunc(v)
			}
		}
	}
	unit := AxisCount
	switch c.Unit {
	case model.AmountColumn:
		unit = AxisAmount
	case model.PercentColumn:
		unit = AxisPercent
	}
	return ValueAxis(c.YAxis, unit, lo, hi, whole)
}
