// Package num holds Dec, the exact decimal boso uses for every number read
// from an input and for every sum it accumulates. Amounts are never summed
// as floats: a Dec is an int64 count of ten-thousandths.
package num

import (
	"errors"
	"math"
	"math/bits"
	"strconv"
	"strings"

	"boso/templates/msg"
)

// Scale is the number of units in 1: a Dec holds value × Scale.
const Scale = 10000

// Decimals is the number of decimal places a Dec keeps.
const Decimals = 4

// Dec is an exact decimal with four decimal places.
type Dec int64

// ErrOverflow is returned when a value or a sum does not fit in a Dec.
var ErrOverflow = errors.New("num: overflow")

// FromInt returns n as a Dec; ok is false when it does not fit.
func FromInt(n int64) (d Dec, ok bool) {
	hi, lo := bits.Mul64(uint64(abs(n)), Scale)
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if n < 0 {
		return Dec(-int64(lo)), true
	}
	return Dec(lo), true
}

// MustInt is FromInt for small constants.
func MustInt(n int64) Dec {
	d, ok := FromInt(n)
	if !ok {
		panic("num: overflow")
	}
	return d
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// Add returns a+b, with ok false on overflow.
func Add(a, b Dec) (Dec, bool) {
	s := a + b
	if (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0) {
		return 0, false
	}
	return s, true
}

// Float returns the value as a float64 (for ratios and charts only).
func (d Dec) Float() float64 { return float64(d) / Scale }

// IsInt reports whether d has no fractional part.
func (d Dec) IsInt() bool { return d%Scale == 0 }

// String returns the machine-readable form: decimal point, no grouping,
// no trailing zeros ("1234.5", "-3", "0.0001").
func (d Dec) String() string {
	neg := d < 0
	u := uint64(d)
	if neg {
		u = uint64(-d)
	}
	ip, fp := u/Scale, u%Scale
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	b.WriteString(strconv.FormatUint(ip, 10))
	if fp != 0 {
		f := strconv.FormatUint(fp+Scale, 10)[1:] // zero-padded to Decimals
		b.WriteByte('.')
		b.WriteString(strings.TrimRight(f, "0"))
	}
	return b.String()
}

// Parse reads the machine-readable form written by String: an optional
// sign, digits, and at most Decimals digits after a point.
func Parse(s string) (Dec, error) {
	if s == "" {
		return 0, errors.New("num: empty")
	}
	neg := false
	switch s[0] {
	case '-':
		neg, s = true, s[1:]
	case '+':
		s = s[1:]
	}
	ip, fp, hasPoint := strings.Cut(s, ".")
	if ip == "" || (hasPoint && fp == "") || len(fp) > Decimals {
		return 0, errors.New("num: invalid")
	}
	var u uint64
	for _, c := range ip + fp + strings.Repeat("0", Decimals-len(fp)) {
		if c < '0' || c > '9' {
			return 0, errors.New("num: invalid")
		}
		hi, lo := bits.Mul64(u, 10)
		lo2, carry := bits.Add64(lo, uint64(c-'0'), 0)
		if hi != 0 || carry != 0 || lo2 > math.MaxInt64 {
			return 0, ErrOverflow
		}
		u = lo2
	}
	if neg {
		return Dec(-int64(u)), nil
	}
	return Dec(u), nil
}

// FromFloat rounds f to Decimals places (half away from zero).
func FromFloat(f float64) (Dec, bool) {
	v := math.Round(f * Scale)
	if math.IsNaN(v) || v >= math.MaxInt64 || v <= math.MinInt64 {
		return 0, false
	}
	return Dec(v), true
}

// UnmarshalText reads the machine-readable form (used in YAML files).
func (d *Dec) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return errors.New(msg.NumMachineForm.F())
	}
	*d = v
	return nil
}
