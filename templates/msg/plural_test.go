package msg

import "testing"

func TestPlural(t *testing.T) {
	p := nbPlural("%d rad", "%d rader")
	for n, want := range map[int]string{0: "0 rader", 1: "1 rad", 2: "2 rader", -1: "-1 rad"} {
		if got := p.F(n, n); got != want {
			t.Errorf("F(%d) = %q, want %q", n, got, want)
		}
	}
}
