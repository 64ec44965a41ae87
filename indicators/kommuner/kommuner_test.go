package kommuner

import "testing"

func TestTable(t *testing.T) {
	for _, tc := range []struct {
		number, name string
	}{
		{"0301", "Oslo - Oslove"}, {"3403", "Hamar"}, {"3105", "Sarpsborg"}, {"1508", "Ålesund"}, {"1580", "Haram"},
		{"5610", "Kárášjohka - Karasjok"}, {"4601", "Bergen"},
	} {
		if got, ok := Current(tc.number); !ok || got != tc.name {
			t.Errorf("Current(%s) = %q, %v; want %q", tc.number, got, ok, tc.name)
		}
	}
	for _, n := range []string{"9999", "0403", "3003", "1507", "0000"} {
		if _, ok := Current(n); ok {
			t.Errorf("Current(%s) is a kommune of today", n)
		}
	}
	for n, want := range map[string]string{"3003": "3105", "0105": "3105", "0403": "3403", "5421": "5530", "1507": "1508,1580", "1850": "1806,1875"} {
		got, ok := Former(n)
		if !ok || join(got) != want {
			t.Errorf("Former(%s) = %v, %v; want %s", n, got, ok, want)
		}
	}
	if _, ok := Former("9999"); ok {
		t.Error("9999 is no former kommune")
	}
	once.Do(load)
	if len(current) != 357 {
		t.Errorf("%d current kommuner, want 357 (SSB, from 2024)", len(current))
	}
	// every former number points at kommuner of today, and is not one itself
	for n, now := range former {
		if _, ok := current[n]; ok {
			t.Errorf("%s is both current and former", n)
		}
		for _, k := range now {
			if _, ok := current[k]; !ok {
				t.Errorf("former %s points at %s, not a kommune of today", n, k)
			}
		}
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}
