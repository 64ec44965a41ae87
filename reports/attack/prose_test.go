package attack

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"boso/templates/msg"
)

// What boso writes in words about the figures — the notes under tables
// and charts, the steering summary — must not quote a figure: a number in
// a sentence that names an indicator is a figure quoted (the old notes
// said «… 2. halvår 2020: endring fra 3 til 8»). Dates, periods, table and
// figure numbers, the suppression rule and the indicators' own names are
// not figures. The definitions appendix is the definitions' fixed text and
// the free text of sections 1–4 is the programme leader's; the latter is
// listed for a reviewer, not judged.

var (
	dateRE      = regexp.MustCompile(`\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)`)
	periodWords = regexp.MustCompile(`[12]\. halvår \d{4}|\d{4}[–-]\d{4}|\b(19|20)\d{2}\b`)
	refRE2      = regexp.MustCompile(`(Tabell|Figur|tabell|figur) \d+(\.\d+)*|^\d+(\.\d+)* `)
	numberInRE  = regexp.MustCompile(`[+−-]?\d+(?:[  ]\d{3})*(?:,\d+)?`)
	percentRE   = regexp.MustCompile(`\d+(?:,\d+)?[  ]%`)
)

// quotedNumbers returns the numbers left in a text once dates, periods,
// references, the rule text and the given names are taken out.
func quotedNumbers(text string, names []string, rule string) []string {
	s := strings.ReplaceAll(text, rule, " ")
	// the figures a note cites in the form a reader can place (checked
	// against the tables and attacked with the rest), and percentages
	// (thresholds of the definitions)
	s = claimRE.ReplaceAllString(s, " ")
	s = untoRE.ReplaceAllString(s, " ")
	s = percentRE.ReplaceAllString(s, " ")
	for _, n := range names {
		s = strings.ReplaceAll(s, n, " ")
	}
	s = dateRE.ReplaceAllString(s, " ")
	s = periodWords.ReplaceAllString(s, " ")
	s = refRE2.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "per 1000", " ")
	var out []string
	for _, n := range numberInRE.FindAllString(s, -1) {
		if n != "0" { // a true zero is never hidden
			out = append(out, n)
		}
	}
	return out
}

// bosoProse splits a page's prose: boso's own (section 5 and the steering
// section) and the programme leader's (sections 1–4); the appendix is
// neither.
func bosoProse(r *rendered) (own, leaders []string) {
	zone := 0 // 0 sections 1–4, 1 boso's own, 2 the appendix
	steering := strings.SplitN(msg.RepSteeringTitle.F("", ""), " ", 2)[0] + " "
	for _, s := range r.texts {
		switch {
		case s == "5 "+msg.RepS5.F():
			zone = 1
		case s == msg.RepAppendix.F():
			zone = 2
		case strings.HasPrefix(s, steering):
			zone = 1
		}
		switch zone {
		case 0:
			leaders = append(leaders, s)
		case 1:
			own = append(own, s)
		}
	}
	return own, leaders
}

func checkProse(t *testing.T, c *corpus, r *rendered, listLeaders bool) {
	t.Helper()
	var names []string
	for _, ind := range c.w.in.Set.Indicators {
		names = append(names, ind.Name)
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	rule := msg.RepSuppressionRule.F(c.threshold)
	own, leaders := bosoProse(r)
	if len(own) == 0 {
		t.Errorf("%s: found no section 5 to read", r.where)
	}
	for _, s := range own {
		named := false
		for _, n := range names {
			if strings.Contains(s, n) {
				named = true
				break
			}
		}
		if q := quotedNumbers(s, names, rule); named && len(q) > 0 {
			t.Errorf("%s: a note quotes %v about a figure in a form a reader cannot place: «%s»", r.where, q, s)
		}
	}
	for _, s := range leaders {
		if !listLeaders {
			break
		}
		for _, n := range names {
			if strings.Contains(strings.ToLower(s), strings.ToLower(n)) && len(quotedNumbers(s, names, "")) > 0 {
				t.Logf("%s: the programme leader's text gives figures (not judged): «%s»", r.where, s)
				break
			}
		}
	}
}
