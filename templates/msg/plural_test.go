package msg

import "testing"

// Exactly one takes the singular; zero and every other count the plural.
func TestPlural(t *testing.T) {
	for _, c := range []struct {
		p    Plural
		n    int
		args []any
		want string
	}{
		{CLIWarnings, 1, nil, "1 advarsel"},
		{CLIWarnings, 0, nil, "0 advarsler"},
		{CLIWarnings, 2, nil, "2 advarsler"},
		{CLIErrors, 1, nil, "1 feil"},
		{CLIErrors, 9, nil, "9 feil"},
		{CLIExplainOther, 1, []any{"1"}, "1 rad gjelder andre kommuner og er ikke vist."},
		{CLIExplainOther, 12, []any{"12"}, "12 rader gjelder andre kommuner og er ikke vist."},
		{CLIExplainMore, 1, []any{"1", "utenfor perioden"}, "… og 1 rad til: utenfor perioden (vis alle med --alle)"},
		{CLIExplainMore, 3, []any{"3", "utenfor perioden"}, "… og 3 rader til: utenfor perioden (vis alle med --alle)"},
		{CLIIndsHeader, 1, []any{"standard"}, "1 indikator (standard)"},
		{CLIIndsHeader, 21, []any{"standard"}, "21 indikatorer (standard)"},
	} {
		if got := c.p.F(c.n, c.args...); got != c.want {
			t.Errorf("%d: got %q, want %q", c.n, got, c.want)
		}
	}
	if got := CLISummary.F(CLIErrors.F(1), CLIWarnings.F(1)); got != "1 feil og 1 advarsel." {
		t.Errorf("summary: %q", got)
	}
}

// A text given the count by its caller.
func TestPluralFormatted(t *testing.T) {
	p := nbPlural("%d rad", "%d rader")
	for n, want := range map[int]string{0: "0 rader", 1: "1 rad", 2: "2 rader", -1: "-1 rad"} {
		if got := p.F(n, n); got != want {
			t.Errorf("F(%d) = %q, want %q", n, got, want)
		}
	}
}
