package pii

import (
	"strings"
	"testing"
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
		"12 500 300 400", "x101018012452", "701077\u00a033386", "0-1-0-1-8-0-1-2-4-5-2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		masked, _ := Mask(s, "#")
		redacted := Redact(s, "#")
		for _, m := range Find(redacted) {
			t.Fatalf("Redact(%q) = %q still holds %q", s, redacted, redacted[m.Start:m.End])
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
