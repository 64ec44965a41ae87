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
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return 0, false
	}
	return Date(t.Unix() / 86400), true
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
func (d Date) YMD() (y, m, day int) {
	t := time.Unix(int64(d)*86400, 0).UTC()
	return t.Year(), int(t.Month()), t.Day()
}

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
		return errors.New(msg.PeriodForm.F())
	}
	*p = v
	return nil
}
