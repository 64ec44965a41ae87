package source

import "testing"

// Whatever a text cell holds, the export's escape and Unescape give it
// back, and a cell that needs no escape is read as it is.
func FuzzUnescape(f *testing.F) {
	for _, s := range []string{"=1+1", "'=1", "''@x", "'", "''", "plain", "-", "\t", "malgruppe=unge", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := s
		if NeedsEscape(s) {
			w = "'" + s
		} else if Unescape(s) != s {
			t.Errorf("%q needs no escape but reads as %q", s, Unescape(s))
		}
		if got := Unescape(w); got != s {
			t.Errorf("%q written %q reads back as %q", s, w, got)
		}
	})
}
