package attack

import (
	"testing"

	"boso/indicators/period"
	"boso/templates/msg"
)

// The attack must be able to find what it looks for. These tests give it
// a little more than the reports print and check that it finds the leak.

// Issue 7's own leak: table 5.1 printed gjennomførte utkastelser 1. halvår
// 2024 = 7 and the annual report printed 2024 = 11, so the never-shown 2.
// halvår 2024 was 4. Printing the year again must be found.
func TestAttackFindsIssue7Leak(t *testing.T) {
	c := example(t)
	year := fact{"utkastelser", period.MustParse("2024"), ""}
	h2 := fact{"utkastelser", period.MustParse("2024H2"), ""}
	fg := c.w.truth[year]
	if fg == nil || !fg.Has || c.w.truth[h2].Value.Float() < 1 || c.w.truth[h2].Value.Float() > 4 {
		t.Fatal("the example's data changed: 2. halvår 2024 is no longer a small count; pick another small count for this test")
	}
	extra := &reading{where: "test", obs: []obs{{f: year, v: shown{num: fg.Value.Float(), dec: 0, text: "11"}, where: "test"}}}
	res := attack(c.w, c.lx, c.threshold, append(append([]*reading{}, c.html...), extra))
	for _, l := range res.leaks {
		if l.f == h2 && l.lo == l.hi {
			return
		}
	}
	t.Errorf("printing %s did not disclose %s; found %d leaks", c.lx.name(year), c.lx.name(h2), len(res.leaks))
}

// Every figure the reports hide although it is not small is a secondary
// suppression. Printing one of them should, for most, let a reader work
// out a small count; the attack must find that for at least one.
func TestAttackFindsRevealedSecondarySuppressions(t *testing.T) {
	c := example(t)
	hidden := map[fact]bool{}
	for _, rd := range c.html {
		for _, o := range rd.obs {
			if o.v.mark == ":" {
				hidden[o.f] = true
			}
		}
	}
	tried, needed := 0, 0
	for _, f := range sortedFacts(hidden) {
		fg := c.w.truth[f]
		ind := c.w.in.Set.Get(f.ind)
		if fg == nil || !fg.Has || ind == nil || f.p.Year != 2024 && f.p.Year != 2025 {
			continue
		}
		if v := fg.Value.Float(); v >= 1 && v <= float64(c.threshold) {
			continue
		}
		tried++
		extra := &reading{where: "test", obs: []obs{{f: f, v: shown{num: fg.Value.Float(), dec: ind.ShownDecimals(), text: "revealed"}, where: "test"}}}
		if res := attack(c.w, c.lx, c.threshold, append(append([]*reading{}, c.html...), extra)); len(res.leaks) > 0 {
			needed++
		}
	}
	t.Logf("of %d secondary suppressions in 2024–2025, %d are needed: printing one discloses a small count", tried, needed)
	if tried > 0 && needed == 0 {
		t.Errorf("printing any of %d secondary suppressions discloses nothing: either boso over-protects or the attack is blind", tried)
	}
}

// An internal report prints the small counts; the attack must see them.
func TestAttackSeesAnInternalReport(t *testing.T) {
	c := example(t)
	p := period.MustParse("2025H1")
	r, err := c.w.report(p, true, 0)
	if err != nil {
		t.Fatal(err)
	}
	pubs := publishModel(t, r)
	rr, err := readHTML("intern.html", pubs)
	if err != nil {
		t.Fatal(err)
	}
	rd := c.lx.interpret(rr)
	res := attack(c.w, c.lx, c.threshold, []*reading{rd})
	primary := 0
	for _, l := range res.leaks {
		if l.primary {
			primary++
		}
	}
	if primary == 0 {
		t.Errorf("the internal report prints no small count the attack sees (%d cells)", res.cells)
	}
	t.Logf("the internal report prints %d small counts or amounts on few loans (%s)", primary, msg.RepInternal.F())
}

// The issue's example of a note that quotes hidden figures is caught.
func TestQuotedNumbers(t *testing.T) {
	names := []string{"Husstander fra kommunal leiebolig til eid bolig", "Husstander i midlertidig botilbud i mer enn 3 måneder"}
	rule := msg.RepSuppressionRule.F(4)
	for _, tc := range []struct {
		text string
		want int // at least; 0 for none
	}{
		{"Husstander fra kommunal leiebolig til eid bolig, 2. halvår 2020: endring fra 3 til 8 sammenlignet med 2020H1", 1},
		{"Innvilgede startlån, 2024: endring fra 6 i 2023 til 12 (mer enn 50 %).", 0},
		{"Bostøtte, 2024: tallet (12) er ikke lik summen av delperiodene fra 1. halvår 2024 til 2. halvår 2024 (11).", 2},
		{"Husstander i en situasjon telles på periodens siste dag (30.06.2025 og 30.06.2024): Husstander i midlertidig botilbud i mer enn 3 måneder.", 0},
		{"Tegn: .. = tall mangler. " + rule, 0},
		{"Tabell 5.1 viser hver indikator for 1. halvår 2025 og samme halvår året før (1. halvår 2024).", 0},
	} {
		// «2020H1» is a period written for machines, not readers: its
		// digits count as numbers too
		if got := quotedNumbers(tc.text, names, rule); (tc.want == 0) != (len(got) == 0) || len(got) < tc.want {
			t.Errorf("quotedNumbers(%q) = %q, want %d or more numbers", tc.text, got, tc.want)
		}
	}
}
