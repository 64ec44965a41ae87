// Package norsk writes numbers, dates and periods the Norwegian way, for
// texts of the catalogue (1 234 567,5 with no-break spaces; 30.06.2025;
// «1. halvår 2025», never «2025H1»). It sits below the engine so that the
// engine's messages and the report's words name things the same way;
// reports reach it through reports/format.
package norsk

import (
	"fmt"
	"strconv"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"boso/indicators/num"
	"boso/indicators/period"
	"boso/templates/msg"
)

var printer = message.NewPrinter(language.MustParse("nb-NO"))

// Number formats d with exactly decimals decimal places, rounded half away
// from zero, grouped with no-break spaces and with a decimal comma.
func Number(d num.Dec, decimals int) string {
	r := Round(d, decimals)
	if s, ok := digits(int64(r), decimals, num.Decimals); ok {
		return s
	}
	return printer.Sprint(number.Decimal(r.Float(), number.Scale(decimals)))
}

// fastBelow bounds the numbers digits writes itself: up to 15 significant
// digits, which a float64 holds exactly, so that x/text (given the float)
// writes the same ones.
const fastBelow = 1e15

// digits writes v·10^−scale, which has no more than decimals decimals, as
// x/text writes it for nb-NO with exactly decimals decimals: a minus sign
// (U+2212) unless it is zero, groups of three digits joined by no-break
// spaces, a decimal comma. False for what it leaves to x/text.
func digits(v int64, decimals, scale int) (string, bool) {
	if decimals < 0 || decimals > scale || v <= -fastBelow || v >= fastBelow {
		return "", false
	}
	neg := v < 0
	if neg {
		v = -v
	}
	unit := int64(1)
	for range scale {
		unit *= 10
	}
	whole, frac := v/unit, v%unit
	for range scale - decimals {
		frac /= 10
	}
	var buf [40]byte
	var wb, fb [20]byte
	b := buf[:0]
	if neg && (whole != 0 || frac != 0) {
		b = append(b, "\u2212"...)
	}
	w := strconv.AppendInt(wb[:0], whole, 10)
	for i, c := range w {
		if i > 0 && (len(w)-i)%3 == 0 {
			b = append(b, "\u00a0"...)
		}
		b = append(b, c)
	}
	if decimals > 0 {
		b = append(b, ',')
		f := strconv.AppendInt(fb[:0], frac, 10)
		for range decimals - len(f) {
			b = append(b, '0')
		}
		b = append(b, f...)
	}
	return string(b), true
}

// Exact formats d with as many decimals as it has (12,5; 50; 0,0001).
func Exact(d num.Dec) string {
	dec := num.Decimals
	for dec > 0 && d%pow10(num.Decimals-dec+1) == 0 {
		dec--
	}
	return Number(d, dec)
}

func pow10(n int) num.Dec {
	p := num.Dec(1)
	for range n {
		p *= 10
	}
	return p
}

// Count formats a whole number the way Number does: 2 070.
func Count(n int) string {
	if s, ok := digits(int64(n), 0, 0); ok {
		return s
	}
	return printer.Sprint(number.Decimal(n))
}

// Round rounds d to the given number of decimals, half away from zero: the
// number Number shows.
func Round(d num.Dec, decimals int) num.Dec {
	if decimals >= num.Decimals {
		return d
	}
	step := pow10(num.Decimals - decimals)
	q, r := d/step, d%step
	if r*2 >= step {
		q++
	} else if r*2 <= -step {
		q--
	}
	return q * step
}

// Date formats a date as dd.mm.åååå.
func Date(d period.Date) string {
	y, m, day := d.YMD()
	return fmt.Sprintf("%02d.%02d.%04d", day, m, y)
}

// Period names a period in words: "2025", "1. halvår 2025", "2. tertial 2025",
// "3. kvartal 2025", "juli 2025", "2016–2025".
func Period(p period.Period) string {
	switch p.Type {
	case period.Year:
		return strconv.Itoa(p.Year)
	case period.Half:
		return msg.PeriodHalf.F(p.N, p.Year)
	case period.Tertial:
		return msg.PeriodTertial.F(p.N, p.Year)
	case period.Quarter:
		return msg.PeriodQuarter.F(p.N, p.Year)
	case period.Month:
		return msg.Months[p.N-1].F() + " " + strconv.Itoa(p.Year)
	}
	return fmt.Sprintf("%d–%d", p.Year, p.N)
}

// PeriodID names the period a user typed as an id ("2024H1"), or returns
// the id as typed when it is not one.
func PeriodID(id string) string {
	p, err := period.Parse(id)
	if err != nil {
		return id
	}
	return Period(p)
}
