package workbook

import (
	"regexp"
	"strconv"
	"strings"

	"boso/indicators/diag"
	"boso/templates/msg"
)

// CodeSmallCount is the warning for free text that names a small number of
// households or people: the report publishes the text as it stands.
const CodeSmallCount = "BOSO-A008"

// smallCountRE finds a number, in digits or in words, followed by a word
// for households or people: «3 husstander», «to familier», «én leietaker».
var smallCountRE = regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}])(\d+|én|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\s+(` + nouns + `)`)

// nouns are the words for households, people and their cases that a
// number in free text may count.
const nouns = `(?:nye\s+|flere\s+)?(?:husstand|husstander|husholdning|husholdninger|familie|familien|familier|barnefamilie|barnefamilier|person|personer|leietaker|leietakere|beboer|beboere|søker|søkere|deltaker|deltakere|bruker|brukere|mann|menn|kvinne|kvinner|ungdom|ungdommer|flyktning|flyktninger|utkastelse|utkastelser|begjæring|begjæringer|lån|startlån|søknad|søknader|vedtak|avslag|tildeling|tildelinger|sak|saker|opphold)\b`

var numberWords = map[string]int64{"én": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10}

// SmallCounts warns, with the cell, about the free text of the workbook
// (sections 2–3.1, the summary, the assessments) that names from 1 to
// threshold households, people or their cases (utkastelser, lån, søknader,
// vedtak …). Such a number in a published report
// points at few, identifiable households, the way the report's hidden
// figures would; the programme leader should write it without the number
// («noen få husstander») or keep the report internal. «en», «ei» and «et»
// are read as articles, not numbers: a good example tells of «en familie»
// by design; «én familie» and «ett lån» are counts.
func (wb *Workbook) SmallCounts(threshold int64) *diag.List {
	l := &diag.List{}
	check := func(c Cell[string]) {
		if !c.Filled {
			return
		}
		for _, m := range smallCountRE.FindAllStringSubmatch(c.Value, -1) {
			word := strings.ToLower(m[2])
			n, err := strconv.ParseInt(word, 10, 64)
			if err != nil {
				n = numberWords[word]
			}
			if n >= 1 && n <= threshold {
				l.Warn(CodeSmallCount, c.Pos, msg.WbSmallCount.F(strings.TrimSpace(m[2]+" "+m[3])))
			}
		}
	}
	wb.freeText(check)
	return l
}

// freeText calls fn for every cell of free text the report publishes:
// sections 2–3.1, the summary, the economy's Fra/til and the assessments.
func (wb *Workbook) freeText(fn func(Cell[string])) {
	fn(wb.Program.Summary)
	o := wb.Organisation
	for _, s := range []Section{o.Organising, o.SteeringGroup, o.ProgramGroup, o.Anchoring} {
		fn(s.Text)
		fn(s.Change)
	}
	for _, a := range wb.Activities {
		for _, c := range []Cell[string]{a.Name, a.Concrete, a.Result, a.Deviation, a.Reason} {
			fn(c)
		}
	}
	for _, e := range wb.GoodExamples {
		fn(e.Title)
		fn(e.Text)
	}
	for _, r := range wb.Economy {
		fn(r.FromTo)
		fn(r.GrantFromTo)
	}
	for _, t := range wb.Targets {
		fn(t.Assessment)
	}
}

// CodeQuotesHidden is the warning for free text that quotes a figure the
// report hides.
const CodeQuotesHidden = "BOSO-A009"

// quotedRE finds a number in text, with thousands written apart
// («2 150 000», «2.150.000») or not, followed by a word for households,
// people or their cases (as smallCountRE) or by kr: the numbers a text
// uses to tell what the figures tell.
var quotedRE = regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}.:/])(\d{1,3}(?:[ \x{00A0}\x{202F}.]\d{3})+|\d+)\s+(?:` + nouns + `|kr\b|kroner\b|NOK\b)`)

// QuotesHidden warns, with the cell, about free text that quotes a number
// of households, people, cases or kroner equal to a figure the report
// hides (hidden: the whole number → what it is, such as «Bostedsløse
// husstander, 1. halvår 2025»). boso cannot judge what the text means,
// but a reader who finds «29 husstander» there learns the figure the
// report hides.
func (wb *Workbook) QuotesHidden(hidden map[int64]string) *diag.List {
	l := &diag.List{}
	if len(hidden) == 0 {
		return l
	}
	wb.freeText(func(c Cell[string]) {
		if !c.Filled {
			return
		}
		said := map[int64]bool{}
		for _, m := range quotedRE.FindAllStringSubmatch(c.Value, -1) {
			digits := strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return r
				}
				return -1
			}, m[2])
			n, err := strconv.ParseInt(digits, 10, 64)
			if err != nil || said[n] {
				continue
			}
			if what, ok := hidden[n]; ok {
				said[n] = true
				l.Warn(CodeQuotesHidden, c.Pos, msg.WbQuotesHidden.F(strings.TrimSpace(m[0][len(m[1]):]), what))
			}
		}
	})
	return l
}
