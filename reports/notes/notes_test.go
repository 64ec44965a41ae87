package notes

import (
	"strings"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
)

const defs = `
indicators:
  - id: innvilget
    name: Innvilgede startlån
    definition: d
    source: s
    unit: antall
    kind: entered
    behaves_as: flow
  - id: soknader
    name: Søknader om startlån
    definition: d
    source: s
    unit: antall
    kind: entered
    behaves_as: flow
  - id: belop
    name: Innvilget beløp
    definition: d
    source: s
    unit: NOK
    kind: entered
    behaves_as: flow
  - id: andel
    name: Andel innvilget
    definition: d
    source: s
    unit: prosent
    kind: ratio
    numerator: innvilget
    denominator: soknader
    factor: 100
`

func words(t *testing.T) Words {
	t.Helper()
	var l diag.List
	set := definition.Load([]definition.Source{{Name: "def.yaml", Data: []byte(defs)}}, &l)
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	return For(set)
}

func ref(id, p string, v string) engine.Ref {
	d, err := num.Parse(v)
	if err != nil {
		panic(err)
	}
	return engine.Ref{Indicator: id, Period: period.MustParse(p), Value: d, Has: true}
}

func dec(v string) num.Dec {
	d, err := num.Parse(v)
	if err != nil {
		panic(err)
	}
	return d
}

// nbsp is the no-break space between a number and its unit.
const nbsp = "\u00a0"

var (
	h1, h2 = period.MustDate(2016, 1, 1), period.MustDate(2025, 8, 15)
	jump   = engine.Flag{Code: engine.FlagJump, Value: dec("8"), Limit: dec("50"), Refs: []engine.Ref{ref("innvilget", "2023H2", "3")}}
	sum    = engine.Flag{Code: engine.FlagIdentity, Check: engine.SumOfParts, Value: dec("11"),
		Refs: []engine.Ref{ref("innvilget", "2024H1", "4"), ref("innvilget", "2024H2", "6")}}
	between = engine.Flag{Code: engine.FlagIdentity, Check: engine.BetweenMaxAndSum, Value: dec("3"),
		Refs: []engine.Ref{ref("innvilget", "2024K1", "4"), ref("innvilget", "2024K2", "1"), ref("innvilget", "2024K3", "0"), ref("innvilget", "2024K4", "2")}}
	sameDay = engine.Flag{Code: engine.FlagIdentity, Check: engine.SameCountingDay, Value: dec("6"), Refs: []engine.Ref{ref("innvilget", "2024H2", "7")}}
	rule    = engine.Flag{Code: engine.FlagRule, Rule: "innvilget_ikke_over_soknader", RuleText: "det kan ikke innvilges flere lån enn det søkes om",
		Refs: []engine.Ref{ref("soknader", "2024", "10")}}
)

// Every flag, worded with the figures it refers to and without them. The
// words without figures cite no value and no period.
func TestFlagWords(t *testing.T) {
	w := words(t)
	for _, tc := range []struct {
		name      string
		fl        engine.Flag
		with, bar string
	}{
		{"entered", engine.Flag{Code: engine.FlagEntered}, "registrert for hånd", "registrert for hånd"},
		{"tolerant one", engine.Flag{Code: engine.FlagTolerant, N: 1},
			"1 rad utelatt fordi en verdi ikke kunne leses", "1 rad utelatt fordi en verdi ikke kunne leses"},
		{"tolerant many", engine.Flag{Code: engine.FlagTolerant, N: 2070},
			"2" + nbsp + "070 rader utelatt fordi en verdi ikke kunne leses", "2" + nbsp + "070 rader utelatt fordi en verdi ikke kunne leses"},
		{"sum rows one", engine.Flag{Code: engine.FlagSumRows, N: 1, File: "data/a.csv"},
			"1 summeringsrad (Sum/Totalt) hoppet over i data/a.csv", "1 summeringsrad (Sum/Totalt) hoppet over i data/a.csv"},
		{"sum rows many", engine.Flag{Code: engine.FlagSumRows, N: 3, File: "a.xlsx"},
			"3 summeringsrader (Sum/Totalt) hoppet over i a.xlsx", "3 summeringsrader (Sum/Totalt) hoppet over i a.xlsx"},
		{"jump", jump,
			"endring fra 3 i 2. halvår 2023 til 8 (mer enn 50" + nbsp + "%)", "stor endring fra perioden før (mer enn 50" + nbsp + "%)"},
		{"jump in kr, odd limit", engine.Flag{Code: engine.FlagJump, Value: dec("2150000"), Limit: dec("12.5"), Refs: []engine.Ref{ref("belop", "2024", "1200000.4")}},
			"endring fra 1" + nbsp + "200" + nbsp + "000" + nbsp + "kr i 2024 til 2" + nbsp + "150" + nbsp + "000" + nbsp + "kr (mer enn 12,5" + nbsp + "%)",
			"stor endring fra perioden før (mer enn 12,5" + nbsp + "%)"},
		{"jump in per cent", engine.Flag{Code: engine.FlagJump, Value: dec("66.6667"), Limit: dec("50"), Refs: []engine.Ref{ref("andel", "2024M07", "40")}},
			"endring fra 40,0" + nbsp + "% i juli 2024 til 66,7" + nbsp + "% (mer enn 50" + nbsp + "%)", "stor endring fra perioden før (mer enn 50" + nbsp + "%)"},
		{"identity sum", sum,
			"tallet (11) er ikke lik summen av delperiodene fra 1. halvår 2024 til 2. halvår 2024 (10)", "tallet er ikke lik summen av delperiodene"},
		{"identity between", between,
			"tallet (3) ligger ikke mellom største delperiode (4) og summen av delperiodene (7) fra 1. kvartal 2024 til 4. kvartal 2024",
			"tallet ligger ikke mellom største delperiode og summen av delperiodene"},
		{"identity same day", sameDay,
			"tallet (6) er ikke lik tallet for 2. halvår 2024 (7), som har samme telledag", "tallet er ikke lik tallet for delperioden med samme telledag"},
		{"rule", rule,
			"regel «innvilget_ikke_over_soknader» er brutt: det kan ikke innvilges flere lån enn det søkes om (Søknader om startlån: 10)",
			"regel «innvilget_ikke_over_soknader» er brutt: det kan ikke innvilges flere lån enn det søkes om"},
		{"coverage", engine.Flag{Code: engine.FlagCoverage, Register: "startlan", Spans: []engine.Span{{From: h1, To: h2}}},
			"registeret «startlan» dekker ikke perioden (dekker 01.01.2016–15.08.2025)", "registeret «startlan» dekker ikke perioden (dekker 01.01.2016–15.08.2025)"},
		{"coverage of no day", engine.Flag{Code: engine.FlagCoverage, Register: "startlan"},
			"registeret «startlan» dekker ikke denne kommunen", "registeret «startlan» dekker ikke denne kommunen"},
	} {
		if got := w.Flag(&tc.fl, WithFigures); got != tc.with {
			t.Errorf("%s, with figures:\n got %q\nwant %q", tc.name, got, tc.with)
		}
		got := w.Flag(&tc.fl, WithoutFigures)
		if got != tc.bar {
			t.Errorf("%s, without figures:\n got %q\nwant %q", tc.name, got, tc.bar)
		}
		if len(tc.fl.Refs) > 0 && strings.ContainsAny(got, "0123456789") && tc.fl.Code != engine.FlagJump {
			t.Errorf("%s: %q cites a number", tc.name, got)
		}
	}
}

// Every reason, with and without the figures it refers to.
func TestReasonWords(t *testing.T) {
	w := words(t)
	missing := []engine.Ref{{Indicator: "innvilget", Period: period.MustParse("2024")}, {Indicator: "soknader", Period: period.MustParse("2024")}, {Indicator: "ukjent_id", Period: period.MustParse("2024")}}
	for _, tc := range []struct {
		r         *engine.Reason
		with, bar string
	}{
		{nil, "", ""},
		{&engine.Reason{Code: engine.ReasonNoSource, Register: "tall"}, "ingen kilde for registeret «tall» og ingen registrerte tall", ""},
		{&engine.Reason{Code: engine.ReasonNotCovered, Register: "bo", Spans: []engine.Span{{From: h1, To: h1}, {From: h2, To: h2}}},
			"registeret «bo» dekker ikke perioden (dekker 01.01.2016–01.01.2016 og 15.08.2025–15.08.2025)", ""},
		{&engine.Reason{Code: engine.ReasonNotCovered, Register: "bo"}, "registeret «bo» dekker ikke denne kommunen", ""},
		{&engine.Reason{Code: engine.ReasonInputMissing, Refs: missing[:1]}, "mangler tall for Innvilgede startlån", "mangler tall det beregnes fra"},
		{&engine.Reason{Code: engine.ReasonInputMissing, Refs: missing}, "mangler tall for Innvilgede startlån, Søknader om startlån og ukjent_id", "mangler tall det beregnes fra"},
		{&engine.Reason{Code: engine.ReasonZeroDenominator, Refs: []engine.Ref{ref("soknader", "2024H2", "0")}}, "nevneren (Søknader om startlån) er 0", "kan ikke beregnes"},
		{&engine.Reason{Code: engine.ReasonZeroDenominator, Year: 2024}, "folketallet 1. januar 2024 er 0", "kan ikke beregnes"},
		{&engine.Reason{Code: engine.ReasonNoPopulation, Year: 2025}, "mangler folketall 1. januar 2025", ""},
		{&engine.Reason{Code: engine.ReasonNotEntered}, "ikke registrert", ""},
		{&engine.Reason{Code: engine.ReasonBlank}, "ikke fylt ut", ""},
		{&engine.Reason{Code: engine.ReasonEnteredMark, Mark: engine.Suppressed}, "registrert som «:»", ""},
		{&engine.Reason{Code: engine.ReasonProvisional, Date: period.MustDate(2025, 8, 20)}, "foreløpig: perioden er ikke over på rapportdatoen 20.08.2025", ""},
		{&engine.Reason{Code: engine.ReasonMarkedProvisional}, "foreløpig tall", ""},
		{&engine.Reason{Code: engine.ReasonInputProvisional, Refs: []engine.Ref{ref("innvilget", "2025", "3")}}, "foreløpig fordi Innvilgede startlån er foreløpig", "foreløpig fordi et tall det beregnes fra er foreløpig"},
		{&engine.Reason{Code: engine.ReasonFormula}, "formelen kunne ikke beregnes", ""},
		{&engine.Reason{Code: engine.ReasonFormula, Detail: "division by zero"}, "formelen kunne ikke beregnes: division by zero", ""},
		{&engine.Reason{Code: engine.ReasonOverflow}, "resultatet er for stort til å regnes eksakt", ""},
	} {
		if got := w.Reason(tc.r, WithFigures); got != tc.with {
			t.Errorf("%s with figures:\n got %q\nwant %q", tc.r.Code, got, tc.with)
		}
		bar := tc.bar
		if bar == "" {
			bar = tc.with // nothing to withhold
		}
		if got := w.Reason(tc.r, WithoutFigures); got != bar {
			t.Errorf("%s without figures:\n got %q\nwant %q", tc.r.Code, got, bar)
		}
	}
}

// Without definitions, indicators are named by their ids and values keep
// the decimals they have.
func TestWordsWithoutDefinitions(t *testing.T) {
	w := For(nil)
	fl := engine.Flag{Code: engine.FlagJump, Value: dec("8.25"), Limit: dec("50"), Refs: []engine.Ref{ref("x", "2024T2", "3")}}
	if got, want := w.Flag(&fl, WithFigures), "endring fra 3 i 2. tertial 2024 til 8,25 (mer enn 50"+nbsp+"%)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := w.Reason(&engine.Reason{Code: engine.ReasonInputMissing, Refs: []engine.Ref{{Indicator: "x"}}}, WithFigures), "mangler tall for x"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A composer asks which figures a figure's facts refer to, and the
// *Shown words cite them only when all are shown.
func TestRefsAndShown(t *testing.T) {
	w := words(t)
	f := engine.Figure{Indicator: "andel", Period: period.MustParse("2024"),
		Reason: &engine.Reason{Code: engine.ReasonInputProvisional, Refs: []engine.Ref{ref("innvilget", "2024", "3")}},
		Flags:  []*engine.Flag{{Code: engine.FlagEntered}, &sum, &rule, &sum}}
	var got []string
	for _, r := range Refs(&f) {
		got = append(got, r.Indicator+" "+r.Period.String())
	}
	if want := "innvilget 2024|innvilget 2024H1|innvilget 2024H2|soknader 2024"; strings.Join(got, "|") != want {
		t.Errorf("refs %q, want %q", strings.Join(got, "|"), want)
	}
	hidden := func(r engine.Ref) bool { return r.Period != period.MustParse("2024H2") }
	if got := w.FlagShown(&sum, hidden); got != w.Flag(&sum, WithoutFigures) {
		t.Errorf("a hidden part is cited: %q", got)
	}
	if got := w.FlagShown(&jump, hidden); got != w.Flag(&jump, WithFigures) {
		t.Errorf("shown figures are not cited: %q", got)
	}
	none := func(engine.Ref) bool { return false }
	if got := w.ReasonShown(f.Reason, none); got != "foreløpig fordi et tall det beregnes fra er foreløpig" {
		t.Errorf("reason: %q", got)
	}
	if got := w.FlagShown(&engine.Flag{Code: engine.FlagEntered}, none); got != "registrert for hånd" {
		t.Errorf("a flag that refers to nothing: %q", got)
	}
}

// Rows of an explanation, each worded with its details and grouped without them.
func TestRowWords(t *testing.T) {
	w := For(nil)
	day := period.MustDate(2024, 6, 30)
	first := diag.Pos{File: "a.csv", Line: 3}
	for _, tc := range []struct {
		r          engine.TraceRow
		row, group string
	}{
		{engine.TraceRow{Code: engine.RowCounted}, "telt", "telt"},
		{engine.TraceRow{Code: engine.RowCounted, Sum: true, Amount: dec("1000.5")}, "beløp 1" + nbsp + "000,5", "telt"},
		{engine.TraceRow{Code: engine.RowDuplicate, Field: "husstand", First: first}, "samme husstand er allerede telt (a.csv:3)", "samme husstand er allerede telt"},
		{engine.TraceRow{Code: engine.RowOutside, Date: day}, "utenfor perioden (30.06.2024)", "utenfor perioden"},
		{engine.TraceRow{Code: engine.RowOutsideExport, Date: day}, "datoen 30.06.2024 er utenfor datoene eksporten dekker", "datoen er utenfor datoene eksporten dekker"},
		{engine.TraceRow{Code: engine.RowFilterFalse}, "filteret er usant", "filteret er usant"},
		{engine.TraceRow{Code: engine.RowFilterError, Detail: "x"}, "filteret kunne ikke beregnes: x", "filteret kunne ikke beregnes"},
		{engine.TraceRow{Code: engine.RowNoDate, Field: "dato"}, "ingen dato i dato", "ingen dato i dato"},
		{engine.TraceRow{Code: engine.RowNoValue, Field: "belop"}, "ingen verdi i belop", "ingen verdi i belop"},
		{engine.TraceRow{Code: engine.RowBadValue, Detail: "a.csv:2:Beløp: «x» er ikke et beløp"}, "uleselig verdi: a.csv:2:Beløp: «x» er ikke et beløp", "uleselig verdi"},
		{engine.TraceRow{Code: engine.RowTooShort, N: 1, Min: 90, Date: day}, "episoden hadde 1 natt på 30.06.2024; må ha mer enn 90 netter", "episoden var ikke lang nok (må ha mer enn 90 netter)"},
		{engine.TraceRow{Code: engine.RowTooShort, N: 1, Min: 1, Days: true, Date: day}, "episoden hadde 1 dag på 30.06.2024; må ha mer enn 1 dag", "episoden var ikke lang nok (må ha mer enn 1 dag)"},
		{engine.TraceRow{Code: engine.RowNotActive, Span: engine.Span{From: day, To: day}}, "ikke aktiv 30.06.2024", "ikke aktiv 30.06.2024"},
		{engine.TraceRow{Code: engine.RowNotActive, Span: engine.Span{From: period.MustDate(2024, 1, 1), To: day}}, "ikke aktiv 01.01.2024–30.06.2024", "ikke aktiv 01.01.2024–30.06.2024"},
		{engine.TraceRow{Code: engine.RowFailed}, "feil i raden (se feilmeldingen)", "feil i raden (se feilmeldingen)"},
	} {
		if got := w.Row(&tc.r); got != tc.row {
			t.Errorf("%s: got %q, want %q", tc.r.Code, got, tc.row)
		}
		if got := w.RowGroup(&tc.r); got != tc.group {
			t.Errorf("%s group: got %q, want %q", tc.r.Code, got, tc.group)
		}
	}
}
