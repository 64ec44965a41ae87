package build

import (
	"strings"
	"testing"
)

// Reading a record never panics, and what it accepts it writes back the
// same way.
func FuzzReadPublication(f *testing.F) {
	f.Add(`{"kommune":"3403","periode":"2025H1","skjuler_til_og_med":4,"tall":[{"indikator":"utkastelser","periode":"2024H1","vist":true}]}`)
	f.Add(`{"kommune":"3403","periode":"2023H3"}`)
	f.Add(`{"tall":[{"periode":"x"}]}`)
	f.Add(`[]`)
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ReadPublication(strings.NewReader(s))
		if err != nil {
			return
		}
		var b strings.Builder
		if err := p.Write(&b); err != nil {
			t.Fatal(err)
		}
		q, err := ReadPublication(strings.NewReader(b.String()))
		if err != nil {
			t.Fatalf("a record it wrote does not read back: %v\n%s", err, b.String())
		}
		_ = q.states()
	})
}

func TestReadPublicationRefuses(t *testing.T) {
	for _, s := range []string{
		`{"kommune":"3403","periode":"2023H3"}`,
		`{"kommune":"3403","periode":"2023","tall":[{"indikator":"a","periode":"20x4","vist":true}]}`,
		`{"kommune":"3403","periode":"2023","ukjent":1}`,
		`ikke json`,
	} {
		if _, err := ReadPublication(strings.NewReader(s)); err == nil {
			t.Errorf("%s: accepted", s)
		}
	}
}
