package format

import (
	"fmt"
	"testing"
)

func TestTicks(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		want   string
		dec    int
	}{
		{0, 177, "[0 50 100 150 200]", 0},
		{0, 54, "[0 20 40 60]", 0},
		{0, 0, "[0 0.2 0.4 0.6 0.8 1]", 1},
		{-12, 30, "[-20 -10 0 10 20 30]", 0},
		{0, 1.3, "[0 0.5 1 1.5]", 1},
		{0, 0.9, "[0 0.2 0.4 0.6 0.8 1]", 1},
		{0, 11, "[0 2.5 5 7.5 10 12.5]", 1},
		{0, 2_500_000, "[0 500000 1e+06 1.5e+06 2e+06 2.5e+06]", 0},
		{0, 0.0003, "[0 0.0001 0.0002 0.0003]", 4},
	} {
		ticks, dec := Ticks(c.lo, c.hi)
		if got := fmt.Sprint(ticks); got != c.want || dec != c.dec {
			t.Errorf("Ticks(%v, %v) = %s, %d decimals; want %s, %d", c.lo, c.hi, got, dec, c.want, c.dec)
		}
	}
}

// Whole numbers get whole ticks; rates keep their decimals.
func TestValueAxisWhole(t *testing.T) {
	for _, c := range []struct {
		hi    float64
		whole bool
		want  string
	}{
		{2, true, "0 1 2 3 4 5"},
		{0, true, "0 1 2 3 4 5"},
		{0.5, false, "0,0 0,1 0,2 0,3 0,4 0,5"},
		{12, true, "0 5 10 15"},
		{12, false, "0,0 2,5 5,0 7,5 10,0 12,5"},
		{110, true, "0 25 50 75 100 125"},
	} {
		a := ValueAxis("antall", AxisCount, 0, c.hi, c.whole)
		var got []string
		for _, tk := range a.Ticks {
			got = append(got, tk.Label)
		}
		if s := fmt.Sprint(got); s != "["+c.want+"]" {
			t.Errorf("ValueAxis(0, %v, whole %v) = %s, want [%s]", c.hi, c.whole, s, c.want)
		}
	}
}

// An axis says how its labels count (kr or millions) and their decimals,
// for a spreadsheet that labels the axis itself.
func TestValueAxisScale(t *testing.T) {
	for _, c := range []struct {
		unit     AxisUnit
		hi       float64
		name     string
		scale    float64
		decimals int
	}{
		{AxisAmount, 177_500_000, "mill. kr", 1e6, 0},
		{AxisAmount, 2_500_000, "mill. kr", 1e6, 1},
		{AxisAmount, 950_000, "kr", 1, 0},
		{AxisPercent, 12, "andel", 1, 1},
		{AxisCount, 40, "antall", 1, 0},
	} {
		a := ValueAxis(map[AxisUnit]string{AxisAmount: "kr", AxisPercent: "andel", AxisCount: "antall"}[c.unit], c.unit, 0, c.hi, false)
		if a.Name != c.name || a.Scale != c.scale || a.Decimals != c.decimals {
			t.Errorf("ValueAxis(%v, 0, %v): name %q, scale %v, %d decimals; want %q, %v, %d", c.unit, c.hi, a.Name, a.Scale, a.Decimals, c.name, c.scale, c.decimals)
		}
	}
}
