package pii

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Kind
		ok   bool
	}{
		{"01018012452", Fodselsnummer, true},
		{"09099949942", Fodselsnummer, true},
		{"70107733386", DNummer, true}, // day 30 + 40
		{"01018012453", Plain, true},   // second control digit off by one
		{"01018012462", Plain, true},   // first control digit off by one
		{"12345678901", Plain, true},   // 11 digits, no id
		{"0101801245", Plain, false},   // 10 digits
		{"0101801245x", Plain, false},  // not all digits
		{"010180 12452", Plain, false}, // Classify wants the digits alone
		{h(t, "01018012452"), HNummer, true},
		{withControl(t, "321280124"), Plain, true},         // day 32: no id even with fitting control digits
		{withControl(t, "011380124"), Plain, true},         // month 13
		{withControl(t, "018180124"), Fodselsnummer, true}, // synthetic: month + 80
	} {
		k, ok := Classify(c.in)
		if k != c.want || ok != c.ok {
			t.Errorf("Classify(%q) = %v, %v; want %v, %v", c.in, k, ok, c.want, c.ok)
		}
	}
}

// h makes an H-nummer from a fødselsnummer: 4 added to the month's first
// digit, the control digits computed again.
func h(t *testing.T, fnr string) string {
	d := []byte(fnr[:9])
	d[2] += 4
	return withControl(t, string(d))
}

// withControl appends the two control digits to nine digits.
func withControl(t *testing.T, nine string) string {
	t.Helper()
	var d [11]int
	for i := range 9 {
		d[i] = int(nine[i] - '0')
	}
	d[9] = control(d[:9], w1)
	if d[9] >= 0 {
		d[10] = control(d[:10], w2)
	}
	if d[9] < 0 || d[10] < 0 {
		t.Fatalf("no control digits for %s", nine)
	}
	return nine + string(rune('0'+d[9])) + string(rune('0'+d[10]))
}

func TestLostZero(t *testing.T) {
	if !LostZero("1018012452") {
		t.Error("1018012452 is 01018012452 without its zero")
	}
	for _, s := range []string{"1018012453", "101801245", "01018012452", "10180124x2"} {
		if LostZero(s) {
			t.Errorf("LostZero(%q) = true", s)
		}
	}
}

func TestFind(t *testing.T) {
	for _, c := range []struct {
		in string
		// hidden is in with every match that must not be published masked as #
		hidden string
		// redacted masks every match, as messages do
		redacted string
	}{
		{"", "", ""},
		{"Ring 900 12 345", "Ring 900 12 345", "Ring 900 12 345"},
		{"01018012452", "#", "#"},
		{"fnr 010180 12452.", "fnr #.", "fnr #."},
		{"fnr 010180-12452", "fnr #", "fnr #"},
		{"fnr 010180.12452", "fnr #", "fnr #"},
		{"fnr 010180\u00a012452", "fnr #", "fnr #"},
		{"701077 33386 bor her", "# bor her", "# bor her"},
		{"01 01 80 124 52", "#", "#"}, // valid, any grouping
		{"Tlf 90012345 01018012452", "Tlf 90012345 #", "Tlf 90012345 #"},
		{"Tlf 900 12 345 010180 12452", "Tlf 900 12 345 #", "Tlf 900 #"}, // messages hide all 11 digits
		{"saksnr:01018012452/2025", "saksnr:#/2025", "saksnr:#/2025"},
		{"id01018012452x", "id#x", "id#x"},
		{"01018012453", "#", "#"}, // control digit wrong, still written like an id
		{"010180 12453", "#", "#"},
		{"12 500 300 400 kr", "12 500 300 400 kr", "# kr"}, // 11 digits, a grouped number
		{"2016-01-01, 2025-08-15", "2016-01-01, 2025-08-15", "2016-01-01, 2025-08-15"},
		{"1234567890123", "1234567890123", "#"}, // a long number without an id in it
		{"x101018012452", "x#", "x#"},           // a valid id inside a longer run
		{"1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11"},
		{"01018012452 og 70107733386", "# og #", "# og #"},
		// what people put between the digits, typed, pasted or wrapped
		{"A: 150385  43730", "A: #", "A: #"},
		{"A: 150385 – 43730", "A: #", "A: #"},
		{"A: 150385 — 43730", "A: #", "A: #"},
		{"B: 450385\u200b51381", "B: #", "B: #"},
		{"B: 450385\u200c51381 \u200d \u2060", "B: # \u200d \u2060", "B: # \u200d \u2060"},
		{"B: 450385\ufeff51381", "B: #", "B: #"},
		{"C: 231299\u00ad27194", "C: #", "C: #"},
		{"D: 290290\t33305", "D: #", "D: #"},
		{"D: 290290\n33305", "D: #", "D: #"},
		{"D: 290290\r\n33305", "D: #", "D: #"},
		{"E: 311275/61861", "E: #", "E: #"},
		{"E: 311275 / 61861", "E: #", "E: #"},
		{"F: 061104_49915", "F: #", "F: #"},
		{"G: 55117012483\u0301", "G: #\u0301", "G: #\u0301"},
		{"G: 551170\u030112483", "G: #", "G: #"},
		{"H: 1503 85 437 30", "H: #", "H: #"},
		{"J: (150385) 43730", "J: (#", "J: (#"},
		{"K: 150385\u2009\u200943730", "K: #", "K: #"},
		{"L: 15.03.85 437\u00a030", "L: #", "L: #"},
		{"M: ３１１２７５６１８６１", "M: #", "M: #"},
		{"N: 150385\u2011\u00ad43730", "N: #", "N: #"},
		// a comma, colon, semicolon, bar, star or middle dot joins an id
		// whose control digits fit (a reviewer published «551170:12483»);
		// a list of figures that happens to hold one is masked too: a
		// figure hidden by mistake costs less than an id shown
		{"P: 231299,27194", "P: #", "P: #"},
		{"P: 150385, 43730", "P: #", "P: #"},
		{"Q: 290290·33305", "Q: #", "Q: #"},
		{"Q: 061104|49915", "Q: #", "Q: #"},
		{"Q: 551170:12483", "Q: #", "Q: #"},
		{"Q: 311275*61861", "Q: #", "Q: #"},
		{"R: 15:03 85:43 730", "R: #", "R: #"},
		// ... and does not when they do not fit
		{"150385, 43731", "150385, 43731", "150385, 43731"},
		{"12:30, 13:45, 14:00", "12:30, 13:45, 14:00", "12:30, 13:45, 14:00"},
		// a long run of separators parts figures
		{"150385     43730", "150385     43730", "150385     43730"},
		// with unusual separators, six and five digits whose control
		// digits do not fit are something else (a sum and a count)
		{"150385 – 43731", "150385 – 43731", "150385 – 43731"},
		{"150385/43731", "150385/43731", "150385/43731"},
		{"/tmp/TestX24600060/001/a.csv", "/tmp/TestX24600060/001/a.csv", "/tmp/TestX24600060/001/a.csv"}, // a path
		// figures, dates and phone numbers stay
		{"Tlf. 900 12 345 / 22 33 44 55", "Tlf. 900 12 345 / 22 33 44 55", "Tlf. 900 12 345 / 22 33 44 55"},
		{"+47 900 12 345", "+47 900 12 345", "+47 900 12 345"},
		{"01.01.2016 – 31.12.2016", "01.01.2016 – 31.12.2016", "01.01.2016 – 31.12.2016"},
		{"1.1.2016 - 30.6.2025", "1.1.2016 - 30.6.2025", "1.1.2016 - 30.6.2025"},
		{"2016/2017/2018", "2016/2017/2018", "2016/2017/2018"},
		{"2 060 000,00 / 1 250 000,00 kr", "2 060 000,00 / 1 250 000,00 kr", "2 060 000,00 / 1 250 000,00 kr"},
		{"saksnr. 2025/123_4567", "saksnr. 2025/123_4567", "saksnr. 2025/123_4567"},
	} {
		got, n := Mask(c.in, "#")
		if got != c.hidden {
			t.Errorf("Mask(%q) = %q; want %q", c.in, got, c.hidden)
		}
		if want := strings.Count(c.hidden, "#"); n != want {
			t.Errorf("Mask(%q) counted %d; want %d", c.in, n, want)
		}
		if got := Redact(c.in, "#"); got != c.redacted {
			t.Errorf("Redact(%q) = %q; want %q", c.in, got, c.redacted)
		}
		if Contains(c.in) != (c.hidden != c.in) {
			t.Errorf("Contains(%q) = %v", c.in, Contains(c.in))
		}
	}
}

// Every range of Unicode's decimal digits is whole blocks of ten, each
// starting at a zero: what digitValue relies on.
func TestDigitRanges(t *testing.T) {
	check := func(lo, hi, stride uint32) {
		if stride != 1 || (hi-lo+1)%10 != 0 {
			t.Fatalf("Nd range %#x–%#x stride %d", lo, hi, stride)
		}
		for r := rune(lo); r <= rune(hi); r += 10 {
			if digitValue(r) != 0 && r > 0x7f || digitValue(r+9) != 9 && r > 0x7f {
				t.Errorf("digitValue(%U) = %d, digitValue(%U) = %d", r, digitValue(r), r+9, digitValue(r+9))
			}
		}
	}
	for _, r := range unicode.Nd.R16 {
		check(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range unicode.Nd.R32 {
		check(r.Lo, r.Hi, r.Stride)
	}
	if digitValue('９') != 9 || digitValue('٣') != 3 || digitValue('x') != -1 || CountDigits("３1x٣") != 3 {
		t.Error("digitValue or CountDigits is wrong for a full-width or Arabic-Indic digit")
	}
}

func TestHasValid(t *testing.T) {
	if !HasValid("Kontakt: 701077 33386") || HasValid("01018012453") || !Valid("010180 12452") {
		t.Error("HasValid/Valid disagree with Classify")
	}
}

func mustMask(s string) string {
	m, _ := Mask(s, "#")
	return m
}

func FuzzMask(f *testing.F) {
	for _, s := range []string{"01018012452", "fnr 010180 12452.", "Tlf 900 12 345 010180 12452",
		"12 500 300 400", "x101018012452", "701077\u00a033386", "0-1-0-1-8-0-1-2-4-5-2",
		"150385 – 43730", "290290\n33305", "231299\u00ad27194", "３１１２７５６１８６１", "2016/30/6/2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		masked, _ := Mask(s, "#")
		redacted := Redact(s, "#")
		for _, m := range Find(redacted) {
			if redacts(m) {
				t.Fatalf("Redact(%q) = %q still holds %q", s, redacted, redacted[m.Start:m.End])
			}
		}
		if Contains(masked) {
			t.Fatalf("Mask(%q) = %q still holds an id", s, masked)
		}
		if utf8.ValidString(s) && !utf8.ValidString(masked) {
			t.Fatalf("Mask(%q) broke UTF-8: %q", s, masked)
		}
		// An id set into the text is masked whatever stands around it.
		for _, id := range []string{"01018012452", "010180 12452", "701077-33386", "01.01.80 124 52"} {
			in := s + " | " + id + " | " + s
			if got, want := mustMask(in), masked+" | # | "+masked; got != want {
				t.Fatalf("Mask(%q) = %q; want %q", in, got, want)
			}
		}
	})
}

func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"010180 12452":     "01018012452",
		"701077-33386":     "70107733386",
		"01018012452":      "01018012452",
		"010180 12453":     "010180 12453", // not an id: left as written
		"fnr 010180 12452": "fnr 010180 12452",
		"HS-10350":         "HS-10350",
	} {
		if got := Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q; want %q", in, got, want)
		}
	}
}

// BenchmarkContainsCell is the cost per register cell: most cells have
// far fewer than 11 digits and are decided by counting them.
func BenchmarkContainsCell(b *testing.B) {
	cells := []string{"3403", "HS-10350", "Uegnet bolig/bomiljø", "07.01.2015", "2 060 000,00", "010180 12452"}
	for b.Loop() {
		for _, c := range cells {
			Contains(c)
			LostZero(c)
		}
	}
}
