package norsk

import (
	"math/rand"

	"golang.org/x/text/number"
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

// slowNumber and slowCount are Number and Count as x/text alone writes
// them.
func slowNumber(d num.Dec, decimals int) string {
	return printer.Sprint(number.Decimal(Round(d, decimals).Float(), number.Scale(decimals)))
}

func slowCount(n int) string { return printer.Sprint(number.Decimal(n)) }

// TestNumberAsXText: Number and Count write what x/text writes, for the
// edges of the groups, signs, roundings and sizes on both sides of what
// digits takes itself.
func TestNumberAsXText(t *testing.T) {
	vals := []int64{0, 1, -1, 4999, 5000, -5000, 5001, 9999, 10000, -10000, 99995, 999_9999, 1000_0000, -1000_0000,
		123456789, -123456789, 1e14 - 1, 1e14, 999_999_999_999_999, -999_999_999_999_999, 1e15, -1e15, 1e15 + 1, 1 << 62, -(1 << 62)}
	for p := int64(1); p < 1e18; p *= 10 {
		vals = append(vals, p, p-1, -p, -p+1, p/2, p*5-1)
	}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		vals = append(vals, rng.Int63n(2e15)-1e15, rng.Int63n(2e8)-1e8, rng.Int63()>>uint(rng.Intn(63)))
	}
	for _, v := range vals {
		for dec := 0; dec <= 4; dec++ {
			if got, want := Number(num.Dec(v), dec), slowNumber(num.Dec(v), dec); got != want {
				t.Fatalf("Number(%d, %d) = %q, x/text %q", v, dec, got, want)
			}
		}
		if got, want := Count(int(v)), slowCount(int(v)); got != want {
			t.Fatalf("Count(%d) = %q, x/text %q", v, got, want)
		}
	}
}

func FuzzNumber(f *testing.F) {
	f.Add(int64(12345), 2)
	f.Add(int64(-1), 0)
	f.Fuzz(func(t *testing.T, v int64, dec int) {
		dec = ((dec % 6) + 6) % 6
		if got, want := Number(num.Dec(v), dec), slowNumber(num.Dec(v), dec); got != want {
			t.Fatalf("Number(%d, %d) = %q, x/text %q", v, dec, got, want)
		}
		if got, want := Count(int(v)), slowCount(int(v)); got != want {
			t.Fatalf("Count(%d) = %q, x/text %q", v, got, want)
		}
	})
}
