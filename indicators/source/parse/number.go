package parse

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"boso/indicators/num"
	"boso/indicators/pii"
)

// NumberFormat says how numbers are written in a column.
type NumberFormat struct {
	// Decimal is the decimal separator, ',' or '.'. Zero (auto) and any
	// other value mean the Norwegian default ','. The other of the two is
	// accepted as a thousands separator, beside spaces. Raw XLSX numbers
	// ("12500.5") need '.'.
	Decimal rune
}

// Number reads a number as people and Norwegian exports write it:
// "12500", "12 500" (space, no-break space or narrow no-break space),
// "12.500" (thousands point when the decimal separator is a comma),
// "12 500,00", "-1 234,5", "−1 234,5" (U+2212), "kr 12 500,00", "12 500 kr",
// "12 500,-". Thousands groups must be well formed (1–3 digits, then groups
// of exactly 3); at most num.Decimals decimals are kept, and further
// decimals are accepted only when they are zeros. The error is a *Error
// with Kind Empty, NotNumber, TooManyDecimals, Overflow or PersonalID:
// a number with the 11 digits of a fødselsnummer, however grouped, or a
// fødselsnummer that lost its leading zero in a number cell, is refused.
func Number(s string, f NumberFormat) (num.Dec, error) {
	if personalID(s) {
		return 0, &Error{Kind: PersonalID, Value: s, want: wantNumber, lost: pii.CountDigits(s) == 10}
	}
	return number(s, f)
}

// personalID reports a value that may be a personal id: a number of 11
// digits however grouped, 11 digits written like an id or with valid
// control digits inside a longer value ("09099949942,00"), or 10 digits
// that are a valid id with its leading zero put back.
func personalID(s string) bool {
	all := pii.CountDigits(s)
	for _, m := range pii.Find(s) {
		if n := pii.CountDigits(s[m.Start:m.End]); n == 11 && (all == 11 || m.Shaped || m.Kind.Valid()) {
			return true
		}
	}
	return pii.LostZero(strings.TrimSpace(s))
}

func number(s string, f NumberFormat) (num.Dec, error) {
	dec, grp := byte(','), byte('.')
	if f.Decimal == '.' {
		dec, grp = '.', ','
	}
	fail := func(k ErrKind) (num.Dec, error) {
		return 0, &Error{Kind: k, Value: s, want: wantNumber, decimal: rune(dec)}
	}

	t := strings.TrimFunc(s, unicode.IsSpace)
	if t == "" {
		return fail(Empty)
	}
	neg, t := cutSign(t)
	t, cur := cutCurrencyPrefix(t)
	if cur && !neg {
		neg, t = cutSign(t)
	}
	if !cur {
		t = cutCurrencySuffix(t)
	}
	wholeKroner := false // "12 500,-"
	if n := len(t); n >= 2 && t[n-2] == dec && t[n-1] == '-' {
		t, wholeKroner = t[:n-2], true
	} else if n := len(t); n >= 4 && t[n-4] == dec && t[n-3:] == "–" {
		t, wholeKroner = t[:n-4], true
	}

	// Integer part with optional thousands grouping.
	var ip uint64
	big := false
	groupLen, groups := 0, 0
	sepKind := 0 // 1: spaces, 2: the grouping punctuation
	i := 0
scan:
	for i < len(t) {
		c := t[i]
		switch {
		case '0' <= c && c <= '9':
			if !big {
				ip = ip*10 + uint64(c-'0')
				big = ip > math.MaxInt64/num.Scale
			}
			groupLen++
			i++
		case c == dec:
			break scan
		default:
			kind, size := 0, 1
			if c == grp {
				kind = 2
			} else if r, n := utf8.DecodeRuneInString(t[i:]); isGroupSpace(r) {
				kind, size = 1, n
			}
			if kind == 0 || (sepKind != 0 && kind != sepKind) || !okGroup(groupLen, groups) {
				return fail(NotNumber)
			}
			sepKind = kind
			groups++
			groupLen = 0
			i += size
		}
	}
	intDigits := groupLen
	if groups > 0 {
		if groupLen != 3 {
			return fail(NotNumber)
		}
		intDigits = 1 // there were digits before the first separator
	}

	// Fraction.
	var fp uint64
	fracDigits := 0
	tooMany := false
	if i < len(t) { // t[i] == dec
		if wholeKroner {
			return fail(NotNumber)
		}
		i++
		if i == len(t) {
			return fail(NotNumber)
		}
		for ; i < len(t); i++ {
			c := t[i]
			if c < '0' || c > '9' {
				return fail(NotNumber)
			}
			if fracDigits < num.Decimals {
				fp = fp*10 + uint64(c-'0')
			} else if c != '0' {
				tooMany = true
			}
			fracDigits++
		}
	}
	if intDigits == 0 && fracDigits == 0 {
		return fail(NotNumber)
	}
	if tooMany {
		return fail(TooManyDecimals)
	}
	for n := min(fracDigits, num.Decimals); n < num.Decimals; n++ {
		fp *= 10
	}
	if big || ip > (math.MaxInt64-fp)/num.Scale {
		return fail(Overflow)
	}
	v := num.Dec(ip*num.Scale + fp)
	if neg {
		v = -v
	}
	return v, nil
}

// okGroup reports whether a group of n digits may stand before a thousands
// separator: the first group has 1–3 digits, later ones exactly 3.
func okGroup(n, groupsBefore int) bool {
	if groupsBefore == 0 {
		return n >= 1 && n <= 3
	}
	return n == 3
}

// isGroupSpace reports the spaces used as thousands separators: space,
// no-break space, figure space, thin space, narrow no-break space.
func isGroupSpace(r rune) bool {
	switch r {
	case ' ', '\u00a0', '\u2007', '\u2009', '\u202f':
		return true
	}
	return false
}

// cutSign removes a leading sign (-, +, U+2212 minus, U+2013 en dash that
// word processors put for minus) and the spaces after it.
func cutSign(t string) (neg bool, rest string) {
	switch {
	case strings.HasPrefix(t, "-"):
		neg, t = true, t[1:]
	case strings.HasPrefix(t, "+"):
		t = t[1:]
	case strings.HasPrefix(t, "\u2212"), strings.HasPrefix(t, "\u2013"):
		neg, t = true, t[3:]
	default:
		return false, t
	}
	return neg, strings.TrimLeftFunc(t, unicode.IsSpace)
}

// cutCurrencyPrefix removes "kr", "kr." or "NOK" before the digits.
func cutCurrencyPrefix(t string) (string, bool) {
	for _, c := range [...]string{"kr.", "kr", "nok"} {
		if len(t) >= len(c) && strings.EqualFold(t[:len(c)], c) {
			rest := strings.TrimLeftFunc(t[len(c):], unicode.IsSpace)
			if rest != "" && !isASCIILetter(rest[0]) {
				return rest, true
			}
		}
	}
	return t, false
}

// cutCurrencySuffix removes "kr", "kr." or "NOK" after the digits.
func cutCurrencySuffix(t string) string {
	for _, c := range [...]string{"kr.", "kr", "nok"} {
		if n := len(t) - len(c); n > 0 && strings.EqualFold(t[n:], c) {
			rest := strings.TrimRightFunc(t[:n], unicode.IsSpace)
			if rest != "" && !isASCIILetter(rest[len(rest)-1]) {
				return rest
			}
		}
	}
	return t
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
