// Package period holds calendar dates without time of day and the reporting
// periods boso computes for: year, half-year, tertial, quarter, month and
// a programme period of whole years. Both ends of a period are inclusive.
package period

import (
	"errors"
	"fmt"
	"time"

	"boso/templates/msg"
)

// Date is a civil calendar date, counted in days since 1970-01-01.
// The zero Date is 1970-01-01; use a separate flag for "no date".
type Date int32

// DateOf returns the date y-m-d; ok is false when it does not exist
// (31.02, 29.02 outside leap years, month 13 …).
func DateOf(y, m, d int) (Date, bool) {
	if m < 1 || m > 12 || d < 1 || d > DaysIn(y, m) || y < 1 || y > 9999 {
		return 0, false
	}
	return Date(daysFromCivil(y, m, d)), true
}

// DaysIn returns the number of days in month m of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil and civilFromDays convert between proleptic Gregorian
// dates and days since 1970-01-01 with integer arithmetic only
// (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// MustDate is DateOf for constants and tests.
func MustDate(y, m, d int) Date {
	dt, ok := DateOf(y, m, d)
	if !ok {
		panic(fmt.Sprintf("period: no such date %04d-%02d-%02d", y, m, d))
	}
	return dt
}

// FromTime returns the calendar date of t in its own location.
func FromTime(t time.Time) Date {
	return MustDate(t.Year(), int(t.Month()), t.Day())
}

// YMD returns year, month and day.
func (d Date) YMD() (y, m, day int) { return civilFromDays(int(d)) }

// Year returns the date's year.
func (d Date) Year() int { y, _, _ := d.YMD(); return y }

// AddDays returns the date n days later (earlier for negative n).
func (d Date) AddDays(n int) Date { return d + Date(n) }

// String returns the ISO form yyyy-mm-dd, used in machine-readable exports.
func (d Date) String() string {
	y, m, day := d.YMD()
	return fmt.Sprintf("%04d-%02d-%02d", y, m, day)
}

// ParseISO reads yyyy-mm-dd.
func ParseISO(s string) (Date, bool) {
	var y, m, d int
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	if _, err := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); err != nil {
		return 0, false
	}
	return DateOf(y, m, d)
}

// UnmarshalText reads yyyy-mm-dd (used in YAML files).
func (d *Date) UnmarshalText(b []byte) error {
	v, ok := ParseISO(string(b))
	if !ok {
		return errors.New(msg.DateISOForm.F())
	}
	*d = v
	return nil
}

// UnmarshalText reads a period id (used in YAML files).
func (p *Period) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		if first, last, ok := Backwards(string(b)); ok {
			return errors.New(msg.PeriodBackwards.F(last, first, last, first))
		}
		return errors.New(msg.PeriodForm.F())
	}
	*p = v
	return nil
}
