package num

import "testing"

func TestStringParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Dec
		out  string
	}{
		{"0", 0, "0"},
		{"1234.5", 12345000, "1234.5"},
		{"-3", -30000, "-3"},
		{"0.0001", 1, "0.0001"},
		{"12.50", 125000, "12.5"},
		{"+7", 70000, "7"},
	} {
		got, err := Parse(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Parse(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
		}
		if s := got.String(); s != tc.out {
			t.Errorf("String(%d) = %q, want %q", got, s, tc.out)
		}
	}
	for _, bad := range []string{"", "-", "1.", ".5", "1.23456", "1,5", "1e3", "99999999999999999999"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) succeeded", bad)
		}
	}
}

func TestAddOverflow(t *testing.T) {
	big := Dec(1 << 62)
	if _, ok := Add(big, big); ok {
		t.Fatal("overflow not detected")
	}
	if s, ok := Add(MustInt(2), MustInt(3)); !ok || s != MustInt(5) {
		t.Fatalf("2+3 = %v %v", s, ok)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"0", "1.5", "-12.3456", "+1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			return
		}
		back, err := Parse(d.String())
		if err != nil || back != d {
			t.Fatalf("round trip %q -> %q -> %d (%v)", s, d.String(), back, err)
		}
	})
}
