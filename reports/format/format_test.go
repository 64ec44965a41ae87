package format

import (
	"testing"

	"boso/indicators/num"
	"boso/indicators/period"
)

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		dec  int
		want string
	}{
		{"1234567.5", 1, "1\u00a0234\u00a0567,5"},
		{"1234567.5", 0, "1\u00a0234\u00a0568"},
		{"66.6667", 1, "66,7"},
		{"0.25", 1, "0,3"},
		{"-0.25", 1, "\u22120,3"},
		{"12500000", 2, "12\u00a0500\u00a0000,00"},
		{"0", 0, "0"},
	} {
		d, err := num.Parse(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := Number(d, tc.dec); got != tc.want {
			t.Errorf("Number(%s, %d) = %q, want %q", tc.in, tc.dec, got, tc.want)
		}
	}
}

func TestPeriodAndDate(t *testing.T) {
	if got := Period(period.MustParse("2025H1")); got != "1. halvår 2025" {
		t.Error(got)
	}
	if got := Period(period.MustParse("2016-2025")); got != "2016–2025" {
		t.Error(got)
	}
	if got := Date(period.MustDate(2025, 6, 30)); got != "30.06.2025" {
		t.Error(got)
	}
}
