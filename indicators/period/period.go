package period

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Type is the length of a period.
type Type uint8

// The period types, from longest to shortest. Programme is a run of whole
// years (the programme period, e.g. 2016–2025).
const (
	Programme Type = iota
	Year
	Half
	Tertial
	Quarter
	Month
)

// Period is one reporting period.
type Period struct {
	Type Type
	Year int // first year
	N    int // 1-based number within the year (half, tertial, quarter, month); last year for Programme
}

// Letters used in period ids: SSB's style (2025H1, 2025T2, 2025K3, 2025M07).
var typeLetter = map[Type]string{Half: "H", Tertial: "T", Quarter: "K", Month: "M"}

// perYear is how many periods of a type fit in a year.
var perYear = map[Type]int{Year: 1, Half: 2, Tertial: 3, Quarter: 4, Month: 12}

// String returns the id: 2025, 2025H1, 2025T1, 2025K1, 2025M01, 2016-2025.
func (p Period) String() string {
	if p.Year >= 1000 && p.Year <= 9999 && p.N >= 0 && p.N <= 99 {
		// the usual periods, without fmt (a figure export writes one per row)
		var b [9]byte
		y := strconv.AppendInt(b[:0], int64(p.Year), 10)
		switch p.Type {
		case Year:
			return string(y)
		case Month:
			if p.N < 10 {
				return string(append(y, 'M', '0', byte('0'+p.N)))
			}
			return string(strconv.AppendInt(append(y, 'M'), int64(p.N), 10))
		case Half, Tertial, Quarter:
			return string(strconv.AppendInt(append(y, typeLetter[p.Type]...), int64(p.N), 10))
		}
	}
	switch p.Type {
	case Programme:
		return fmt.Sprintf("%04d-%04d", p.Year, p.N)
	case Year:
		return fmt.Sprintf("%04d", p.Year)
	case Month:
		return fmt.Sprintf("%04dM%02d", p.Year, p.N)
	default:
		return fmt.Sprintf("%04d%s%d", p.Year, typeLetter[p.Type], p.N)
	}
}

// Parse reads a period id. Besides the forms String writes it accepts
// Q for quarters (2025Q3) and yyyy-mm for months.
func Parse(s string) (Period, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	bad := fmt.Errorf("period: %q is not a period", s)
	if len(s) < 4 {
		return Period{}, bad
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 1000 {
		return Period{}, bad
	}
	if y1, y2, ok := programmeForm(s); ok { // 2016-2025
		if y2 < y1 {
			return Period{}, bad
		}
		return Period{Type: Programme, Year: y1, N: y2}, nil
	}
	rest := s[4:]
	if rest == "" {
		return Period{Type: Year, Year: y}, nil
	}
	if rest[0] == '-' {
		if len(rest) == 3 { // 2025-03
			rest = "M" + rest[1:]
		} else {
			return Period{}, bad
		}
	}
	var t Type
	switch rest[0] {
	case 'H':
		t = Half
	case 'T':
		t = Tertial
	case 'K', 'Q':
		t = Quarter
	case 'M':
		t = Month
	default:
		return Period{}, bad
	}
	n, err := strconv.Atoi(rest[1:])
	if err != nil || n < 1 || n > perYear[t] || (t == Month && len(rest) != 3) || (t != Month && len(rest) != 2) {
		return Period{}, bad
	}
	return Period{Type: t, Year: y, N: n}, nil
}

// programmeDashes are the dashes a programme period may be written with:
// the hyphen of its id, and the en dash readers see («2016–2025», as
// boso's own texts and the example's comments write it), the em dash and
// the minus sign people copy from documents. Between two four-digit years
// none of them can mean anything else.
const programmeDashes = "-\u2013\u2014\u2212"

// programmeForm returns the two years of a programme period written
// yyyy-yyyy, with any of programmeDashes and with or without spaces
// around it; ok is false for any other form.
func programmeForm(s string) (y1, y2 int, ok bool) {
	i := strings.IndexAny(s, programmeDashes)
	if i < 0 {
		return 0, 0, false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	a, b := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+size:])
	if !fourDigits(a) || !fourDigits(b) {
		return 0, 0, false
	}
	y1, _ = strconv.Atoi(a)
	y2, _ = strconv.Atoi(b)
	return y1, y2, y1 >= 1000
}

func fourDigits(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Backwards returns the two years of a programme period written with
// its last year first (2025-2016), so that a message can say so.
func Backwards(s string) (first, last int, ok bool) {
	y1, y2, ok := programmeForm(strings.TrimSpace(s))
	if !ok || y2 >= y1 {
		return 0, 0, false
	}
	return y1, y2, true
}

// MustParse is Parse for constants and tests.
func MustParse(s string) Period {
	p, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return p
}

// months returns the first month and the number of months of a sub-year period.
func (p Period) months() (first, n int) {
	n = 12 / perYear[p.Type]
	return (p.N-1)*n + 1, n
}

// First returns the period's first day.
func (p Period) First() Date {
	switch p.Type {
	case Programme, Year:
		return MustDate(p.Year, 1, 1)
	}
	m, _ := p.months()
	return MustDate(p.Year, m, 1)
}

// Last returns the period's last day (inclusive).
func (p Period) Last() Date {
	switch p.Type {
	case Programme:
		return MustDate(p.N, 12, 31)
	case Year:
		return MustDate(p.Year, 12, 31)
	}
	m, n := p.months()
	if m+n > 12 {
		return MustDate(p.Year, 12, 31)
	}
	return MustDate(p.Year, m+n, 1) - 1
}

// Contains reports whether d lies in the period, both ends inclusive.
func (p Period) Contains(d Date) bool { return p.First() <= d && d <= p.Last() }

// Within reports whether p lies wholly inside [from, to].
func (p Period) Within(from, to Date) bool { return from <= p.First() && p.Last() <= to }

// Parts returns the periods of type t that make up p (H1 and H2 of a year,
// the years of a programme …). It returns nil when t is not shorter than p.
func (p Period) Parts(t Type) []Period {
	if t <= p.Type || t == Programme {
		return nil
	}
	var out []Period
	lastYear := p.Year
	if p.Type == Programme {
		lastYear = p.N
	}
	for y := p.Year; y <= lastYear; y++ {
		for n := 1; n <= perYear[t]; n++ {
			q := Period{Type: t, Year: y, N: n}
			if t == Year {
				q.N = 0 // a year has no number within itself, as Parse makes it
			}
			if p.First() <= q.First() && q.Last() <= p.Last() {
				out = append(out, q)
			}
		}
	}
	return out
}

// Previous returns the period of the same type just before p
// (for a programme period, the run of the same length before it).
func (p Period) Previous() Period {
	switch p.Type {
	case Programme:
		n := p.N - p.Year + 1
		return Period{Type: Programme, Year: p.Year - n, N: p.Year - 1}
	case Year:
		return Period{Type: Year, Year: p.Year - 1}
	}
	if p.N == 1 {
		return Period{Type: p.Type, Year: p.Year - 1, N: perYear[p.Type]}
	}
	return Period{Type: p.Type, Year: p.Year, N: p.N - 1}
}

// SameLastYear returns the same period one year earlier (2025H1 → 2024H1).
func (p Period) SameLastYear() Period {
	q := p
	q.Year--
	if p.Type == Programme {
		q.N--
	}
	return q
}

// Less orders periods by first day, then longer before shorter.
func Less(a, b Period) bool {
	if a.First() != b.First() {
		return a.First() < b.First()
	}
	return a.Type < b.Type
}

// ParseType reads a period type name as used in the CLI and in YAML.
func ParseType(s string) (Type, bool) {
	t, ok := map[string]Type{
		"program": Programme, "år": Year, "aar": Year, "year": Year,
		"halvår": Half, "halvaar": Half, "half": Half,
		"tertial": Tertial, "kvartal": Quarter, "quarter": Quarter,
		"måned": Month, "maaned": Month, "month": Month,
	}[strings.ToLower(s)]
	return t, ok
}
