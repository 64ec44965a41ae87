package diag

import "testing"

func TestClosest(t *testing.T) {
	for _, tc := range []struct {
		s     string
		limit int
		want  string
		ok    bool
	}{
		{"filtr", 2, "filter", true},
		{"FILTER", 2, "filter", true},
		{"xyzzy", 2, "", false},
		{"mesure", 2, "measure", true},
		{"mesure", 0, "", false},
	} {
		got, ok := Closest(tc.s, []string{"filter", "measure", "formula"}, tc.limit)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Closest(%q, %d) = %q, %v; want %q, %v", tc.s, tc.limit, got, ok, tc.want, tc.ok)
		}
	}
}
