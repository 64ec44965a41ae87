package pii

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what an 11-digit number is.
type Kind uint8

const (
	// Plain: 11 digits whose control digits do not fit; a mistyped id, a
	// bank account or something else. Never echoed, but not called an id.
	Plain Kind = iota
	// Fodselsnummer: control digits fit, day and month as written.
	Fodselsnummer
	// DNummer: control digits fit, 4 added to the first digit of the day.
	DNummer
	// HNummer: control digits fit, 4 added to the first digit of the month
	// (a temporary number given by health services).
	HNummer
)

// Valid reports whether the kind is one of the ids (control digits fit).
func (k Kind) Valid() bool { return k != Plain }

// Classify returns the kind of 11 ASCII digits; ok is false for anything
// else. The control digits are checked with the weights Skatteetaten
// publishes for numbers given before 2032, and the first six digits must
// be a day and month (day + 40 for a D-nummer, month + 40 for an
// H-nummer, month + 80 for a synthetic test number).
func Classify(digits string) (k Kind, ok bool) {
	if len(digits) != 11 {
		return Plain, false
	}
	var d [11]int
	for i := range 11 {
		c := digits[i]
		if c < '0' || c > '9' {
			return Plain, false
		}
		d[i] = int(c - '0')
	}
	if control(d[:9], w1) != d[9] || control(d[:10], w2) != d[10] {
		return Plain, true
	}
	day, month := d[0]*10+d[1], d[2]*10+d[3]
	kind := Fodselsnummer
	if day > 40 {
		day, kind = day-40, DNummer
	}
	switch {
	case month > 80: // synthetic test numbers (Skatteetaten's Tenor)
		month -= 80
	case month > 40:
		month -= 40
		if kind == Fodselsnummer {
			kind = HNummer
		}
	}
	// A date that cannot be is no id: 11 digits of a grouped figure or a
	// date range only rarely pass both control digits, and then fail here.
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return Plain, true
	}
	return kind, true
}

var (
	w1 = []int{3, 7, 6, 1, 8, 9, 4, 5, 2}
	w2 = []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2}
)

// control computes a mod-11 control digit, or -1 when there is none (a
// remainder giving 10 means no number has these first digits).
func control(d, w []int) int {
	s := 0
	for i := range w {
		s += d[i] * w[i]
	}
	k := 11 - s%11
	switch k {
	case 11:
		return 0
	case 10:
		return -1
	}
	return k
}

// Valid reports whether s is 11 digits (grouping allowed) whose control
// digits fit.
func Valid(s string) bool {
	k, ok := Classify(digitsOnly(s))
	return ok && k.Valid()
}

// LostZero reports whether s is 10 digits that become a valid id with the
// leading zero put back: what a spreadsheet makes of a fødselsnummer born
// on the 1st to 9th typed into a number cell.
func LostZero(s string) bool {
	if len(s) != 10 {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	k, _ := Classify("0" + s)
	return k.Valid()
}

// digitsOnly returns the digits of s as ASCII digits (a full-width or
// other script's digit as the ASCII one of the same value).
func digitsOnly(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		d, size := digitAt(s, i)
		if d >= 0 {
			b.WriteByte(byte('0' + d))
		}
		i += size
	}
	return b.String()
}

// digitAt returns the value of the digit at s[i:] (ASCII, or any Unicode
// decimal digit such as the full-width ３), or -1, and the size of the
// character there.
func digitAt(s string, i int) (int, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		if '0' <= c && c <= '9' {
			return int(c - '0'), 1
		}
		return -1, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return digitValue(r), size
}

// digitValue is the value of a non-ASCII decimal digit, or -1. Every
// range of Unicode's Nd category is stride 1 and made of whole blocks of
// ten starting at a zero (a test checks it).
func digitValue(r rune) int {
	if !unicode.IsDigit(r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// Match is one place in a text that may be a personal id: the bytes
// s[Start:End], which hold 11 digits, possibly grouped (a longer run of
// digits is one match too).
type Match struct {
	Start, End int
	Kind       Kind
	// Shaped is set when the digits are written the way an id is: 11
	// digits in a row, or 6 and 5 with one plain separator ("010180
	// 12452", "010180-12452"). Other groupings count only when the
	// control digits fit.
	Shaped bool
	// Loose is set when some of the groups are joined by something other
	// than one plain separator (two spaces, a dash between spaces, «/», a
	// line break, an invisible character): such a match is an id only
	// when its control digits fit, even in messages.
	Loose bool
}

// Publishable reports whether the match may stay in a published text:
// only digits whose control digits do not fit and that are grouped like
// something else (a list of numbers, a date and a time). Anything
// written like an id is removed, valid or not: a mistyped fødselsnummer
// is still one.
func (m Match) Publishable() bool { return !m.Kind.Valid() && !m.Shaped }

// group is a maximal run of digits; joined tells whether a short run of
// separators stands between it and the group before, plain whether that
// run is one of the separators an id is usually written with.
type group struct {
	start, end int
	digits     string // ASCII
	joined     bool
	plain      bool
}

// The longest run of separators that joins two digit groups: at most
// maxVisible characters that show (spaces, dashes, «/», «_», «.», «(»,
// «)», a line break) and at most maxRun in all with the invisible ones
// (soft hyphen, zero-width space and joiners, word joiner, BOM, combining
// marks). Longer runs separate figures in a list or columns in a text.
const (
	maxVisible = 4
	maxRun     = 8
)

// plainSeparator reports the characters people put inside an id: spaces
// (also no-break and thin ones), point, hyphen and dashes. Six and five
// digits with one of them between are an id whatever the control digits.
func plainSeparator(r rune) bool {
	switch r {
	case ' ', '\u00a0', '\u2007', '\u2009', '\u202f', '.', '-', '\u2010', '\u2011', '\u2012', '\u2013':
		return true
	}
	return false
}

// separator reports whether r may stand between the digits of an id that
// someone typed, pasted or wrapped, and whether it shows. Commas, colons,
// semicolons, middle dots, bars and stars separate figures in lists and
// times of day too, so like every separator but one plain one they join
// digits into an id only when its control digits fit.
func separator(r rune) (sep, visible bool) {
	switch {
	case plainSeparator(r), unicode.IsSpace(r), unicode.Is(unicode.Zs, r), unicode.Is(unicode.Pd, r):
		return true, true
	case unicode.Is(unicode.Cf, r), unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r):
		return true, false
	}
	switch r {
	case '/', '_', '(', ')', '\u2212', '\u2044', '\u2215', '\uff0f', '\uff3f', '\uff08', '\uff09',
		',', ':', ';', '|', '*', '\u00b7', '\u2022', '\u2219':
		return true, true
	}
	return false, false
}

// joins reports whether sep, the text between two digit groups, joins
// them into one number (see maxVisible), and whether it is one plain
// separator.
func joins(sep string) (joined, plain bool) {
	visible, n := 0, 0
	for _, r := range sep {
		ok, shows := separator(r)
		if !ok {
			return false, false
		}
		if n++; n > maxRun {
			return false, false
		}
		if shows {
			if visible++; visible > maxVisible {
				return false, false
			}
		}
	}
	if n == 0 {
		return false, false
	}
	r, size := utf8.DecodeRuneInString(sep)
	return true, size == len(sep) && plainSeparator(r)
}

// groups splits s into digit groups, noting which are joined to the
// previous one.
func groups(s string) []group {
	var out []group
	var digits []byte
	for i := 0; i < len(s); {
		d, size := digitAt(s, i)
		if d < 0 {
			i += size
			continue
		}
		g := group{start: i}
		digits = digits[:0]
		ascii := true
		for i < len(s) {
			d, size := digitAt(s, i)
			if d < 0 {
				break
			}
			digits = append(digits, byte('0'+d))
			ascii = ascii && size == 1
			i += size
		}
		g.end = i
		if ascii {
			g.digits = s[g.start:g.end] // no copy in the common case
		} else {
			g.digits = string(digits)
		}
		if n := len(out); n > 0 {
			g.joined, g.plain = joins(s[out[n-1].end:g.start])
		}
		out = append(out, g)
	}
	return out
}

// Find returns every place in s that may be a personal id, in order: each
// run of 11 or more digits, and each sequence of digit groups joined by
// short runs of separators (see maxVisible) that holds 11 digits in all.
// Places may overlap (groups 3+3+2+3+3 hold two).
func Find(s string) []Match {
	if CountDigits(s) < 11 {
		return nil // the common case, decided without allocating
	}
	gs := groups(s)
	var out []Match
	for i, g := range gs {
		n := len(g.digits)
		if n >= 11 {
			m := Match{Start: g.start, End: g.end, Shaped: n == 11}
			for j := 0; j+11 <= n; j++ {
				if k, _ := Classify(g.digits[j : j+11]); k.Valid() {
					m.Kind = k
					break
				}
			}
			out = append(out, m)
			continue
		}
		// groups joined to this one after it, up to 11 digits in all
		total, loose := n, false
		for j := i + 1; j < len(gs) && gs[j].joined && total < 11; j++ {
			total += len(gs[j].digits)
			loose = loose || !gs[j].plain
			if total != 11 {
				continue
			}
			var b strings.Builder
			for _, h := range gs[i : j+1] {
				b.WriteString(h.digits)
			}
			k, _ := Classify(b.String())
			shaped := j == i+1 && n == 6 && gs[j].plain
			out = append(out, Match{Start: g.start, End: gs[j].end, Kind: k, Shaped: shaped, Loose: loose})
		}
	}
	return out
}

// CountDigits counts the digits in s (ASCII, and any other script's
// decimal digits such as the full-width ones).
func CountDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			n++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if digitValue(r) >= 0 {
				n++
			}
			i += size - 1
		}
	}
	return n
}

// Contains reports whether s holds something that must not be published
// (see Match.Publishable).
func Contains(s string) bool {
	for _, m := range Find(s) {
		if !m.Publishable() {
			return true
		}
	}
	return false
}

// HasValid reports whether s holds an id whose control digits fit.
func HasValid(s string) bool {
	for _, m := range Find(s) {
		if m.Kind.Valid() {
			return true
		}
	}
	return false
}

// Mask returns s with every match that must not be published replaced by
// mask, and how many were replaced.
func Mask(s, mask string) (string, int) {
	return replace(s, func(int) string { return mask }, func(m Match) bool { return !m.Publishable() })
}

// Redact returns s with every match replaced by mask, valid or not, for
// messages: a value that could be an id is never echoed. Digits joined
// loosely (Match.Loose) are masked only when their control digits fit:
// «2016 – 30.6.2025» or a path «…/24600060/001/…» stays readable.
func Redact(s, mask string) string {
	out, _ := replace(s, func(int) string { return mask }, redacts)
	return out
}

// RedactWith is Redact with the mask made from the number of digits
// masked (11 for a fødselsnummer; a longer run of digits is masked whole).
func RedactWith(s string, mask func(digits int) string) string {
	out, _ := replace(s, mask, redacts)
	return out
}

// redacts reports whether Redact masks m.
func redacts(m Match) bool { return !m.Loose || m.Kind.Valid() }

func replace(s string, mask func(digits int) string, hide func(Match) bool) (string, int) {
	var b strings.Builder
	last, n := 0, 0
	for _, m := range Find(s) {
		if !hide(m) {
			continue
		}
		switch {
		case m.Start < last: // overlaps the one masked before
			last = max(last, m.End)
			continue
		}
		b.WriteString(s[last:m.Start])
		b.WriteString(mask(CountDigits(s[m.Start:m.End])))
		last = m.End
		n++
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
}

// Problem codes of the ids found in inputs. Each is a warning: the id is
// kept out of every output, and the user is told where it is so that it
// can be removed at the source.
const (
	// CodeWorkbook: an id in a cell of the input workbook.
	CodeWorkbook = "BOSO-I001"
	// CodeRegister: ids in a column (or the header) of a register.
	CodeRegister = "BOSO-I002"
	// CodeYAML: an id in a value of a YAML file.
	CodeYAML = "BOSO-I003"
)

// Canonical returns s as its 11 digits when the whole of s is one id with
// valid control digits, however grouped ("010180 12452" → "01018012452"),
// so that one person written two ways is one key; other text is returned
// as it is.
func Canonical(s string) string {
	ms := Find(s)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(s) || !ms[0].Kind.Valid() {
		return s
	}
	d := digitsOnly(s)
	if len(d) != 11 {
		return s
	}
	return d
}
