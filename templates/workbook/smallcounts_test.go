package workbook

import (
	"strings"
	"testing"

	"boso/indicators/diag"
)

func TestSmallCounts(t *testing.T) {
	cell := func(s string) Cell[string] {
		return Cell[string]{Value: s, Filled: true, Pos: diag.Pos{File: "a.xlsx", Sheet: "Aktiviteter", Row: 3, Column: "C", Col: 3}}
	}
	for _, tc := range []struct {
		text string
		want []string // the phrases warned about
	}{
		{"3 husstander fikk bolig i mars.", []string{"3 husstander"}},
		{"To familier og én leietaker flyttet.", []string{"To familier", "én leietaker"}},
		{"Vi hjalp en familie og 38 husstander.", nil}, // an article, as a good example tells of one family
		{"Én familie fikk avslag.", []string{"Én familie"}},
		{"En del husstander venter fortsatt.", nil},          // «en del» is not a number
		{"46 ansatte har deltatt; 12 deltakere i alt.", nil}, // large numbers, and ansatte are not households
		{"Fem husstander, og 2 nye brukere.", []string{"2 nye brukere"}},
		{"Rutinen fra 2024 gjelder fire kommuner.", nil},
		{"Én utkastelse ble gjennomført i 2. halvår 2024.", []string{"Én utkastelse"}},
		{"Bare ett lån i 2023, på 2 150 000 kr.", []string{"ett lån"}},
		{"3 av 4 søknader ble avslått.", []string{"4 søknader"}},
		{"Et lån til en barnefamilie.", nil}, // articles
	} {
		wb := &Workbook{Activities: []Activity{{Result: cell(tc.text)}}}
		l := wb.SmallCounts(4)
		out := l.String()
		if got := strings.Count(out, CodeSmallCount); got != len(tc.want) {
			t.Errorf("%q: %d warnings, want %d:\n%s", tc.text, got, len(tc.want), out)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, "«"+w+"»") || !strings.Contains(out, "C3") {
				t.Errorf("%q: no warning at the cell about «%s»:\n%s", tc.text, w, out)
			}
		}
	}
}

func TestQuotesHidden(t *testing.T) {
	hidden := map[int64]string{29: "Bostedsløse husstander, 1. halvår 2025", 2150000: "Innvilget beløp, startlån, 2023", 11: "Gjennomførte utkastelser, 2024"}
	for _, tc := range []struct {
		text string
		want []string // the phrases warned about
	}{
		{"Per 30. juni var 29 husstander bostedsløse.", []string{"29 husstander"}},
		{"Ett lån på 2 150 000 kr i 2023.", []string{"2 150 000 kr"}},
		{"Lånene var på 2.150.000 kroner.", []string{"2.150.000 kroner"}},
		{"Teamet brukte 11 måneder og 29 møter.", nil}, // not households or kroner
		{"Kl. 11:29 husstander … 30.11 saker", nil},    // clock times and dates
		{"30 husstander, og 11 utkastelser, og 11 saker.", []string{"11 utkastelser"}},
	} {
		wb := &Workbook{GoodExamples: []GoodExample{{Text: Cell[string]{Value: tc.text, Filled: true, Pos: diag.Pos{File: "a.xlsx", Sheet: "Gode eksempler", Row: 4, Column: "B", Col: 2}}}}}
		out := wb.QuotesHidden(hidden).String()
		if got := strings.Count(out, CodeQuotesHidden); got != len(tc.want) {
			t.Errorf("%q: %d warnings, want %d:\n%s", tc.text, got, len(tc.want), out)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, "«"+w+"»") || !strings.Contains(out, "B4") {
				t.Errorf("%q: no warning at the cell about «%s»:\n%s", tc.text, w, out)
			}
		}
	}
}
