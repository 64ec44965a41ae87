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
var smallCountRE = regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}])(\d+|én|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\s+((?:nye\s+|flere\s+)?(?:husstand|husstander|husholdning|husholdninger|familie|familien|familier|barnefamilie|barnefamilier|person|personer|leietaker|leietakere|beboer|beboere|søker|søkere|deltaker|deltakere|bruker|brukere|mann|menn|kvinne|kvinner|ungdom|ungdommer|flyktning|flyktninger|utkastelse|utkastelser|begjæring|begjæringer|lån|startlån|søknad|søknader|vedtak|avslag|tildeling|tildelinger|sak|saker|opphold))\b`)

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
	p := wb.Program
	check(p.Summary)
	o := wb.Organisation
	for _, s := range []Section{o.Organising, o.SteeringGroup, o.ProgramGroup, o.Anchoring} {
		check(s.Text)
		check(s.Change)
	}
	for _, a := range wb.Activities {
		for _, c := range []Cell[string]{a.Name, a.Concrete, a.Result, a.Deviation, a.Reason} {
			check(c)
		}
	}
	for _, e := range wb.GoodExamples {
		check(e.Title)
		check(e.Text)
	}
	for _, r := range wb.Economy {
		check(r.FromTo)
		check(r.GrantFromTo)
	}
	for _, t := range wb.Targets {
		check(t.Assessment)
	}
	return l
}
