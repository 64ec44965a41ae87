package norsk

import (
	"testing"

	"boso/indicators/num"
)

func TestExactAndCount(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"50", "50"}, {"12.5", "12,5"}, {"0.0001", "0,0001"}, {"-1234.25", "\u22121\u00a0234,25"}, {"0", "0"},
	} {
		d, err := num.Parse(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := Exact(d); got != tc.want {
			t.Errorf("Exact(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := Count(2070); got != "2\u00a0070" {
		t.Errorf("Count = %q", got)
	}
}

func TestPeriodID(t *testing.T) {
	for in, want := range map[string]string{"2024H2": "2. halvår 2024", "2024": "2024", "2024M07": "juli 2024", "H2": "H2"} {
		if got := PeriodID(in); got != want {
			t.Errorf("PeriodID(%q) = %q, want %q", in, got, want)
		}
	}
}
