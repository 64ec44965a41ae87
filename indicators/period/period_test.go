package period

import (
	"fmt"
	"testing"
	"time"
)

func TestBounds(t *testing.T) {
	for _, tc := range []struct{ id, first, last string }{
		{"2024", "2024-01-01", "2024-12-31"},
		{"2024H1", "2024-01-01", "2024-06-30"},
		{"2024H2", "2024-07-01", "2024-12-31"},
		{"2024T1", "2024-01-01", "2024-04-30"},
		{"2024T3", "2024-09-01", "2024-12-31"},
		{"2024K1", "2024-01-01", "2024-03-31"},
		{"2024Q4", "2024-10-01", "2024-12-31"},
		{"2024M02", "2024-02-01", "2024-02-29"},
		{"2023-02", "2023-02-01", "2023-02-28"},
		{"2016-2025", "2016-01-01", "2025-12-31"},
	} {
		p, err := Parse(tc.id)
		if err != nil {
			t.Fatal(err)
		}
		if p.First().String() != tc.first || p.Last().String() != tc.last {
			t.Errorf("%s: %s–%s, want %s–%s", tc.id, p.First(), p.Last(), tc.first, tc.last)
		}
		if q, _ := Parse(p.String()); q != p {
			t.Errorf("%s: round trip gives %v", tc.id, q)
		}
	}
}

func TestContainsBoundary(t *testing.T) {
	h1, h2 := MustParse("2024H1"), MustParse("2024H2")
	jun30, jul1 := MustDate(2024, 6, 30), MustDate(2024, 7, 1)
	if !h1.Contains(jun30) || h1.Contains(jul1) || !h2.Contains(jul1) || h2.Contains(jun30) {
		t.Fatal("30.06 belongs to H1 and 01.07 to H2, both ends inclusive")
	}
}

func TestParseRejects(t *testing.T) {
	for _, s := range []string{"", "24", "2024H3", "2024K5", "2024M13", "2024M1", "2025-2016", "2024X1", "abcd"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) succeeded", s)
		}
	}
}

func TestDateOf(t *testing.T) {
	if _, ok := DateOf(2024, 2, 29); !ok {
		t.Error("2024-02-29 exists")
	}
	for _, d := range [][3]int{{2023, 2, 29}, {2024, 2, 31}, {2024, 13, 1}, {2024, 4, 31}} {
		if _, ok := DateOf(d[0], d[1], d[2]); ok {
			t.Errorf("%v accepted", d)
		}
	}
	if MustDate(2024, 3, 1)-MustDate(2024, 2, 28) != 2 {
		t.Error("leap day not counted")
	}
}

func TestParts(t *testing.T) {
	y := MustParse("2024")
	if got := len(y.Parts(Month)); got != 12 {
		t.Errorf("months: %d", got)
	}
	if got := MustParse("2016-2025").Parts(Year); len(got) != 10 || got[9] != MustParse("2025") {
		t.Errorf("years: %v", got)
	}
	if MustParse("2024H1").Previous().String() != "2023H2" || MustParse("2024H1").SameLastYear().String() != "2023H1" {
		t.Error("previous")
	}
}

// The integer date arithmetic agrees with the time package on every day
// from 1900 to 2100.
func TestCivilArithmetic(t *testing.T) {
	for day := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() < 2100; day = day.AddDate(0, 0, 1) {
		d, ok := DateOf(day.Year(), int(day.Month()), day.Day())
		if !ok || int64(d) != day.Unix()/86400 {
			t.Fatalf("%s: %d, %v", day.Format("2006-01-02"), d, ok)
		}
		if y, m, dd := d.YMD(); y != day.Year() || m != int(day.Month()) || dd != day.Day() {
			t.Fatalf("%s: YMD %d-%d-%d", day.Format("2006-01-02"), y, m, dd)
		}
	}
}

func TestParseProgrammeDashes(t *testing.T) {
	want := Period{Type: Programme, Year: 2016, N: 2025}
	for _, s := range []string{"2016-2025", "2016–2025", "2016—2025", "2016−2025", "2016 – 2025", " 2016 -2025 "} {
		p, err := Parse(s)
		if err != nil || p != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, p, err, want)
		}
	}
	// only between two four-digit years is a dash a programme period's
	for _, s := range []string{"2025–03", "2016–2025H1", "2016H1–2025", "2016––2025", "2025–2016", "16–2025"} {
		if p, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", s, p)
		}
	}
	if a, b, ok := Backwards("2025–2016"); !ok || a != 2025 || b != 2016 {
		t.Errorf("Backwards(2025–2016) = %d, %d, %v", a, b, ok)
	}
	if _, _, ok := Backwards("2016-2025"); ok {
		t.Error("2016-2025 is not backwards")
	}
}

// TestStringAsFormatted checks the period ids String writes without fmt
// against the formats they are defined by, for every type, years from
// 999 to 10000 and numbers from 0 to 100.
func TestStringAsFormatted(t *testing.T) {
	for _, typ := range []Type{Year, Half, Tertial, Quarter, Month, Programme} {
		for _, y := range []int{0, 999, 1000, 2025, 9999, 10000} {
			for _, n := range []int{0, 1, 2, 9, 10, 12, 99, 100} {
				p := Period{Type: typ, Year: y, N: n}
				var want string
				switch typ {
				case Programme:
					want = fmt.Sprintf("%04d-%04d", y, n)
				case Year:
					want = fmt.Sprintf("%04d", y)
				case Month:
					want = fmt.Sprintf("%04dM%02d", y, n)
				default:
					want = fmt.Sprintf("%04d%s%d", y, typeLetter[typ], n)
				}
				if got := p.String(); got != want {
					t.Errorf("%+v: %q, want %q", p, got, want)
				}
			}
		}
	}
}
