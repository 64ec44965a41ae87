package parse

import (
	"strconv"
	"strings"
	"unicode"

	"boso/indicators/period"
	"boso/templates/msg"
)

// DateFormat is one way of writing dates in a column.
type DateFormat uint8

const (
	_ DateFormat = iota
	// DateDMY is "dd.mm.yyyy", also d.m.yyyy, optionally followed by a
	// time of day ("01.03.2024 12:30", "01.03.2024 00:00:00").
	DateDMY
	// DateISO is "yyyy-mm-dd", optionally followed by a time of day after
	// "T" or a space ("2024-03-01T12:30:00Z", "2024-03-01 00:00:00").
	DateISO
	// DateDMYShort is "dd.mm.yy"; the year is 2000+yy. Never tried unless
	// listed, because a two-digit year is a guess.
	DateDMYShort
	// DateDMYSlash is "dd/mm/yyyy".
	DateDMYSlash
	// DateExcel is an Excel serial day number in the 1900 date system,
	// as text: "45383", "45383.0", "45383,5" (the fraction is the time of
	// day and is ignored).
	DateExcel
)

// autoFormats are tried when a mapping names no format.
var autoFormats = []DateFormat{DateDMY, DateISO, DateExcel}

// maxSerial is the Excel serial of 9999-12-31, the last day Excel knows.
const maxSerial = 2958465

var dateFormatNames = [...]string{"", "dd.mm.yyyy", "yyyy-mm-dd", "dd.mm.yy", "dd/mm/yyyy", "excel"}

// String returns the format's name as written in a mapping.
func (f DateFormat) String() string {
	if int(f) < len(dateFormatNames) && f != 0 {
		return dateFormatNames[f]
	}
	return "?"
}

func (f DateFormat) describe() string {
	switch f {
	case DateDMY:
		return msg.DateFormatDMY.String()
	case DateISO:
		return msg.DateFormatISO.String()
	case DateDMYShort:
		return msg.DateFormatDMYShort.String()
	case DateDMYSlash:
		return msg.DateFormatDMYSlash.String()
	case DateExcel:
		return msg.DateFormatExcel.String()
	}
	return f.String()
}

// ParseDateFormat returns the format a mapping names: "dd.mm.yyyy",
// "yyyy-mm-dd", "dd.mm.yy", "dd/mm/yyyy" or "excel" (case-insensitive; the
// Norwegian spellings with å for y, "d.m.yyyy" and "iso" are accepted too).
func ParseDateFormat(name string) (DateFormat, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.ReplaceAll(n, "å", "y")
	switch n {
	case "dd.mm.yyyy", "d.m.yyyy":
		return DateDMY, true
	case "yyyy-mm-dd", "iso":
		return DateISO, true
	case "dd.mm.yy", "d.m.yy":
		return DateDMYShort, true
	case "dd/mm/yyyy", "d/m/yyyy":
		return DateDMYSlash, true
	case "excel":
		return DateExcel, true
	}
	return 0, false
}

// Date reads a calendar date in one of formats, tried in order; an empty
// list means auto: dd.mm.yyyy, yyyy-mm-dd and Excel serials 1–2958465.
// A time of day after the date is accepted and dropped: the date is taken
// as written, whatever the time zone. The error is a *Error with Kind
// Empty, NotDate or NoSuchDate (the text has a date's shape but the date
// does not exist: 31.02.2024, or Excel's 1900-02-29, serial 60).
func Date(s string, formats []DateFormat) (period.Date, error) {
	if len(s) == 10 {
		if dt, ok := exactDate(s, formats); ok {
			return dt, nil
		}
	}
	return date(s, formats)
}

// date is Date without the shortcut of exactDate.
func date(s string, formats []DateFormat) (period.Date, error) {
	t := strings.TrimFunc(s, unicode.IsSpace)
	if t == "" {
		return 0, &Error{Kind: Empty, Value: s, want: wantDate, formats: formats}
	}
	fs := formats
	if len(fs) == 0 {
		fs = autoFormats
	}
	var noSuch *Error
	for _, f := range fs {
		var y, m, d int
		var ok bool
		switch f {
		case DateDMY:
			y, m, d, ok = dmy(t, '.', 4)
		case DateDMYShort:
			y, m, d, ok = dmy(t, '.', 2)
			y += 2000
		case DateDMYSlash:
			y, m, d, ok = dmy(t, '/', 4)
		case DateISO:
			y, m, d, ok = iso(t)
		case DateExcel:
			n, ok := serial(t)
			if !ok {
				continue
			}
			switch {
			case n == 60:
				if noSuch == nil {
					noSuch = &Error{Kind: NoSuchDate, Value: s, want: wantDate, formats: formats, serial: true}
				}
				continue
			case n < 1 || n > maxSerial:
				if len(formats) > 0 && noSuch == nil {
					return 0, &Error{Kind: NotDate, Value: s, want: wantDate, formats: formats, serial: true}
				}
				continue
			case n < 60:
				return excel1900.AddDays(n - 1), nil
			}
			return excelEpoch.AddDays(n), nil
		}
		if !ok {
			continue
		}
		if dt, ok := period.DateOf(y, m, d); ok {
			return dt, nil
		}
		if noSuch == nil {
			noSuch = &Error{Kind: NoSuchDate, Value: s, want: wantDate, formats: formats, y: y, m: m, d: d}
		}
	}
	if noSuch != nil {
		return 0, noSuch
	}
	return 0, &Error{Kind: NotDate, Value: s, want: wantDate, formats: formats}
}

// exactDate reads the two shapes most registers write, dd.mm.yyyy and
// yyyy-mm-dd, digit by digit, when formats has theirs. No other format
// reads either shape, so where it comes in formats does not matter. A
// date that does not exist is left to Date, for its error.
func exactDate(s string, formats []DateFormat) (period.Date, bool) {
	var y, m, d int
	var f DateFormat
	switch {
	case s[2] == '.' && s[5] == '.' && allDigits(s[:2]) && allDigits(s[3:5]) && allDigits(s[6:]):
		f = DateDMY
		d, m, y = two(s[0], s[1]), two(s[3], s[4]), two(s[6], s[7])*100+two(s[8], s[9])
	case s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:]):
		f = DateISO
		y, m, d = two(s[0], s[1])*100+two(s[2], s[3]), two(s[5], s[6]), two(s[8], s[9])
	default:
		return 0, false
	}
	if len(formats) == 0 {
		formats = autoFormats
	}
	for _, g := range formats {
		if g == f {
			return period.DateOf(y, m, d)
		}
	}
	return 0, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// two is the number of two decimal digits.
func two(a, b byte) int { return int(a-'0')*10 + int(b-'0') }

var (
	excel1900  = period.MustDate(1900, 1, 1)
	excelEpoch = period.MustDate(1899, 12, 30) // serial 61 is 1900-03-01
)

// dmy reads d.m.yyyy (sep '.', or '/'), with years of exactly yd digits,
// and an optional time of day after spaces.
func dmy(t string, sep byte, yd int) (y, m, d int, ok bool) {
	var i int
	if d, i, ok = digits(t, 0, 1, 2); !ok || i >= len(t) || t[i] != sep {
		return 0, 0, 0, false
	}
	if m, i, ok = digits(t, i+1, 1, 2); !ok || i >= len(t) || t[i] != sep {
		return 0, 0, 0, false
	}
	if y, i, ok = digits(t, i+1, yd, yd); !ok {
		return 0, 0, 0, false
	}
	rest := t[i:]
	if rest == "" {
		return y, m, d, true
	}
	tm := strings.TrimLeft(rest, " ")
	if len(tm) == len(rest) || !timeOfDay(tm) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// iso reads yyyy-mm-dd (months and days may have one digit) with an
// optional time of day after "T" or spaces.
func iso(t string) (y, m, d int, ok bool) {
	var i int
	if y, i, ok = digits(t, 0, 4, 4); !ok || i >= len(t) || t[i] != '-' {
		return 0, 0, 0, false
	}
	if m, i, ok = digits(t, i+1, 1, 2); !ok || i >= len(t) || t[i] != '-' {
		return 0, 0, 0, false
	}
	if d, i, ok = digits(t, i+1, 1, 2); !ok {
		return 0, 0, 0, false
	}
	rest := t[i:]
	switch {
	case rest == "":
		return y, m, d, true
	case rest[0] == 'T' || rest[0] == 't':
		ok = timeOfDay(rest[1:])
	default:
		tm := strings.TrimLeft(rest, " ")
		ok = len(tm) < len(rest) && timeOfDay(tm)
	}
	if !ok {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// timeOfDay accepts h:mm, h:mm:ss and h:mm:ss.fff, then an optional zone
// (Z, ±hh, ±hhmm, ±hh:mm).
func timeOfDay(t string) bool {
	h, i, ok := digits(t, 0, 1, 2)
	if !ok || h > 24 || i >= len(t) || t[i] != ':' {
		return false
	}
	mm, i, ok := digits(t, i+1, 2, 2)
	if !ok || mm > 59 {
		return false
	}
	if i < len(t) && t[i] == ':' {
		var ss int
		if ss, i, ok = digits(t, i+1, 2, 2); !ok || ss > 60 {
			return false
		}
		if i < len(t) && (t[i] == '.' || t[i] == ',') {
			if _, i, ok = digits(t, i+1, 1, 9); !ok {
				return false
			}
		}
	}
	zone := t[i:]
	switch {
	case zone == "" || zone == "Z" || zone == "z":
		return true
	case zone[0] == '+' || zone[0] == '-':
		z := zone[1:]
		if len(z) == 5 && z[2] == ':' {
			z = z[:2] + z[3:]
		}
		if len(z) != 2 && len(z) != 4 {
			return false
		}
		for i := 0; i < len(z); i++ {
			if z[i] < '0' || z[i] > '9' {
				return false
			}
		}
		return z[:2] <= "14" && (len(z) == 2 || z[2:] <= "59")
	}
	return false
}

// serial reads an Excel serial: digits, optionally a '.' or ',' and the
// fraction of the day. Values beyond an int32 come back as -1.
func serial(t string) (int, bool) {
	n, i := 0, 0
	for ; i < len(t) && '0' <= t[i] && t[i] <= '9'; i++ {
		if n >= 0 {
			n = n*10 + int(t[i]-'0')
			if n > 1<<31 {
				n = -1
			}
		}
	}
	if i == 0 {
		return 0, false
	}
	if i < len(t) {
		if t[i] != '.' && t[i] != ',' || i+1 == len(t) {
			return 0, false
		}
		for i++; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
		}
	}
	return n, true
}

// digits reads between lo and hi ASCII digits from t[i:], returning the
// value and the index after them.
func digits(t string, i, lo, hi int) (v, next int, ok bool) {
	j := i
	for j < len(t) && j-i < hi && '0' <= t[j] && t[j] <= '9' {
		v = v*10 + int(t[j]-'0')
		j++
	}
	if j-i < lo || (j < len(t) && '0' <= t[j] && t[j] <= '9') {
		return 0, i, false
	}
	return v, j, true
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int { return period.DaysIn(y, m) }

// Date1904Offset is the days between the 1904 and the 1900 date systems:
// a workbook in the 1904 system (Excel for Mac's old default) writes a
// day's serial this much lower.
const Date1904Offset = 1462

// Shift1904 turns a serial of the 1904 date system, as text, into the
// 1900 system's that DateExcel reads; anything else is returned as is.
func Shift1904(s string) string {
	whole, frac, _ := strings.Cut(s, ".")
	n, err := strconv.Atoi(whole)
	if err != nil || n < 0 {
		return s
	}
	s = strconv.Itoa(n + Date1904Offset)
	if frac != "" {
		s += "." + frac
	}
	return s
}
