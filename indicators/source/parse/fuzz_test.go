package parse

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"boso/indicators/num"
	"boso/indicators/period"
)

// norwegian writes d the way a Norwegian export might: grouped thousands
// and a decimal comma (or the English form when decimal is '.').
func norwegian(d num.Dec, style uint8) (string, NumberFormat) {
	f := NumberFormat{}
	sep := [...]string{" ", "\u00a0", "\u202f", "."}[style%4]
	dp := ","
	if style&4 != 0 {
		f.Decimal, dp = '.', "."
		if sep == "." {
			sep = ","
		}
	}
	m := d.String()
	neg := strings.HasPrefix(m, "-")
	m = strings.TrimPrefix(m, "-")
	ip, fp, _ := strings.Cut(m, ".")
	var b strings.Builder
	if style&8 != 0 {
		b.WriteString("kr ")
	}
	if neg {
		b.WriteString([...]string{"-", "\u2212"}[style>>4&1])
	}
	for i, c := range ip {
		if i > 0 && (len(ip)-i)%3 == 0 && style&32 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if fp != "" {
		b.WriteString(dp + fp)
	} else if style&64 != 0 {
		b.WriteString(dp + "00")
	}
	return b.String(), f
}

func checkParseError(t *testing.T, err error, kinds ...ErrKind) {
	t.Helper()
	var pe *Error
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *Error", err)
	}
	for _, k := range kinds {
		if pe.Kind == k {
			if pe.Error() == "" {
				t.Fatal("empty message")
			}
			return
		}
	}
	t.Fatalf("error kind %v not among %v", pe.Kind, kinds)
}

func FuzzNumber(f *testing.F) {
	for _, s := range []string{"12500", "12 500", "12\u00a0500", "12.500", "12 500,00", "-1 234,5",
		"−1 234,5", "kr 12 500,00", "12 500 kr", "1,234.56", "12 5OO", "12,5,0", "1.2.3,4,5",
		"0,12345", "1 23 456", "922337203685478", "12 500,-", "– 1"} {
		f.Add(s, byte(0))
		f.Add(s, byte('.'))
	}
	f.Fuzz(func(t *testing.T, s string, decimal byte) {
		nf := NumberFormat{Decimal: rune(decimal)}
		d, err := Number(s, nf)
		if err != nil {
			checkParseError(t, err, Empty, NotNumber, TooManyDecimals, Overflow, PersonalID)
			if KindOf(err) == PersonalID && strings.Contains(err.Error(), strings.TrimSpace(s)) {
				t.Fatalf("the message for %q echoes it: %v", s, err)
			}
			return
		}
		if back, err := num.Parse(d.String()); err != nil || back != d {
			t.Fatalf("%q → %v does not survive num.Parse: %v, %v", s, d, back, err)
		}
		for style := range uint8(128) {
			w, wf := norwegian(d, style)
			if personalID(w) {
				continue // 11 digits, or an id without its zero: refused by design
			}
			if got, err := Number(w, wf); err != nil || got != d {
				t.Fatalf("%q → %v; written %q reads back as %v, %v", s, d, w, got, err)
			}
		}
	})
}

func FuzzNumberRoundTrip(f *testing.F) {
	f.Add(int64(125000000), uint8(0))
	f.Add(int64(-12345), uint8(7))
	f.Add(int64(math.MaxInt64), uint8(3))
	f.Fuzz(func(t *testing.T, v int64, style uint8) {
		if v == math.MinInt64 { // its magnitude is one past the largest Dec
			return
		}
		d := num.Dec(v)
		w, wf := norwegian(d, style)
		if personalID(w) {
			return // 11 digits, or an id without its zero: refused by design
		}
		if got, err := Number(w, wf); err != nil || got != d {
			t.Fatalf("%v written %q reads back as %v, %v", d, w, got, err)
		}
	})
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"01.03.2024", "1.3.2024", "01.03.2024 12:30", "2024-03-01T12:30:00Z",
		"2024-03-01 00:00:00", "01.03.24", "01/03/2024", "45383", "45383.0", "45383,5", "60",
		"31.02.2024", "2024-03-01T12:00+01:00", "2958466", "2024-13-01", "0000-01-01", "01.01.0000", "1a.01.2024"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(0b11111))
	}
	f.Fuzz(func(t *testing.T, s string, mask uint8) {
		var fs []DateFormat
		for df := DateDMY; df <= DateExcel; df++ {
			if mask&(1<<(df-1)) != 0 {
				fs = append(fs, df)
			}
		}
		d, err := Date(s, fs)
		if d2, err2 := date(s, fs); d2 != d || fmt.Sprint(err2) != fmt.Sprint(err) {
			t.Fatalf("%q %v: %v, %v; without the shortcut %v, %v", s, fs, d, err, d2, err2)
		}
		if err != nil {
			checkParseError(t, err, Empty, NotDate, NoSuchDate)
			return
		}
		y, m, day := d.YMD()
		if y < 1 || y > 9999 {
			t.Fatalf("%q → %v: year out of range", s, d)
		}
		if got, err := Date(d.String(), []DateFormat{DateISO}); err != nil || got != d {
			t.Fatalf("%q → %v: ISO form reads back as %v, %v", s, d, got, err)
		}
		if got, err := Date(fmt.Sprintf("%02d.%02d.%04d", day, m, y), nil); err != nil || got != d {
			t.Fatalf("%q → %v: dd.mm.yyyy reads back as %v, %v", s, d, got, err)
		}
	})
}

func FuzzDateRoundTrip(f *testing.F) {
	f.Add(int32(19783))
	f.Add(int32(-25567))
	f.Fuzz(func(t *testing.T, days int32) {
		d := period.Date(days)
		first, last := period.MustDate(1900, 3, 1), period.MustDate(9999, 12, 31)
		if d < first || d > last {
			return
		}
		y, m, day := d.YMD()
		serial := int(d - excelEpoch)
		for _, tc := range []struct {
			in string
			fs []DateFormat
		}{
			{fmt.Sprintf("%d.%d.%04d", day, m, y), nil},
			{fmt.Sprintf("%04d-%02d-%02dT00:00:00Z", y, m, day), nil},
			{fmt.Sprintf("%02d/%02d/%04d 23:59", day, m, y), []DateFormat{DateDMYSlash}},
			{strconv.Itoa(serial) + ".25", nil},
		} {
			if got, err := Date(tc.in, tc.fs); err != nil || got != d {
				t.Fatalf("%v written %q reads back as %v, %v", d, tc.in, got, err)
			}
		}
	})
}

func FuzzBool(f *testing.F) {
	for _, s := range []string{"ja", "Nei", " X ", "", "kanskje", "1"} {
		f.Add(s, "Aktiv")
	}
	f.Fuzz(func(t *testing.T, s, custom string) {
		if _, err := Bool(s, BoolMap{}); err != nil {
			checkParseError(t, err, Empty, NotBool)
		}
		v, err := Bool(s, BoolMap{True: []string{custom}, False: []string{}})
		if err != nil {
			checkParseError(t, err, Empty, NotBool)
		} else if !v {
			t.Fatalf("%q read as false with an empty false list", s)
		}
	})
}

func FuzzKommunenummer(f *testing.F) {
	for _, s := range []string{"301", "0301", " 3403 ", "3403.0", "34O3", "", "0000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := Kommunenummer(s)
		if err != nil {
			checkParseError(t, err, Empty, NotKommunenummer)
			return
		}
		if len(k) != 4 || strings.Trim(k, "0123456789") != "" || k == "0000" {
			t.Fatalf("%q → %q", s, k)
		}
		if again, err := Kommunenummer(k); err != nil || again != k {
			t.Fatalf("%q → %q → %q, %v", s, k, again, err)
		}
	})
}
