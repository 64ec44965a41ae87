package engine

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/period"
)

const flowDefs = `
indicators:
  - id: begjaeringer
    name: Begjæringer
    definition: d
    source: s
    unit: antall
    kind: flow
    register: utk
    date: dato
    measure: count
  - id: husstander
    name: Husstander med begjæring
    definition: d
    source: s
    unit: antall
    kind: flow
    register: utk
    date: dato
    measure: count_distinct
    key: husstand
  - id: belop
    name: Beløp
    definition: d
    source: s
    unit: NOK
    kind: flow
    register: utk
    date: dato
    measure: sum
    amount: belop
    filter: belop > 0
`

const utkFields = `  kommune: {column: Kommunenr, type: kommune}
  dato: {column: Dato, type: date}
  husstand: {column: Husstand, type: text}
  belop: {column: Beløp, type: amount}
`

func TestFlowHalfYearBoundary(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("utk", "utk", lines(
		"Kommunenr;Dato;Husstand;Beløp",
		"3403;30.06.2024;A;0,10",
		"3403;01.07.2024;A;0,10",
		"3403;01.07.2024;B;0,10",
		"3403;31.12.2024;C;0",
		"3403;01.01.2025;D;5",
		"0301;30.06.2024;A;1 000,55",
	), utkFields, "2020-01-01", "2025-12-31")
	r := f.mustRun("2024", "2024H1", "2024H2")
	expect(t, r, "3403", "begjaeringer", map[string]string{"2024H1": "1", "2024H2": "3", "2024": "4"})
	// distinct households: A in both halves counts once in the year: max(H1,H2) ≤ year ≤ H1+H2
	expect(t, r, "3403", "husstander", map[string]string{"2024H1": "1", "2024H2": "3", "2024": "3"})
	// sums are exact: 0.10 + 0.10 + 0.10 (the 0 row is filtered out)
	expect(t, r, "3403", "belop", map[string]string{"2024H1": "0.1", "2024H2": "0.2", "2024": "0.3"})
	// the same household id in another kommune counts there too
	expect(t, r, "0301", "husstander", map[string]string{"2024H1": "1", "2024H2": "0"})
	expect(t, r, "0301", "belop", map[string]string{"2024": "1000.55"})
	// a sum knows how many rows it rests on
	for p, want := range map[string]int64{"2024H1": 1, "2024H2": 2, "2024": 3} {
		if got := find(t, r, "3403", "belop", p, "").Rows; got != want {
			t.Errorf("belop %s rests on %d rows, want %d", p, got, want)
		}
	}
	if got := find(t, r, "3403", "begjaeringer", "2024", "").Rows; got != 0 {
		t.Errorf("a count has Rows %d, want 0 (only sums carry it)", got)
	}
	for _, fg := range r.Figures {
		for _, fl := range fg.Flags {
			if fl.Code == FlagIdentity {
				t.Errorf("identity flag on computed figure: %+v", fg)
			}
		}
	}
}

func TestCoverageAndZero(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("utk", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;15.03.2024;A;1"), utkFields, "2024-01-01", "2024-09-30")
	f.in.Kommuner = []string{"3403", "3411"}
	r := f.mustRun("2023", "2024H1", "2024H2", "2024")
	// covered with no rows is a true zero; not covered is missing, never 0
	expect(t, r, "3411", "begjaeringer", map[string]string{"2024H1": "0", "2024H2": "..", "2023": "..", "2024": ".."})
	expect(t, r, "3403", "begjaeringer", map[string]string{"2024H1": "1"})
	fg := find(t, r, "3403", "begjaeringer", "2024H2", "")
	cover := []Span{{period.MustDate(2024, 1, 1), period.MustDate(2024, 9, 30)}}
	sameFacts(t, fg.Reason, &Reason{Code: ReasonNotCovered, Register: "utk", Spans: cover})
	sameFacts(t, fg.Flags, []*Flag{{Code: FlagCoverage, Register: "utk", Spans: cover}})
}

// sameFacts fails the test unless got and want are the same facts.
func sameFacts(t *testing.T, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func ref(id, p string, v int64) Ref {
	return Ref{Indicator: id, Period: period.MustParse(p), Value: num.MustInt(v), Has: true}
}

const stockDefs = `
indicators:
  - id: bostedslose
    name: Bostedsløse
    definition: d
    source: s
    unit: antall
    kind: stock
    register: bo
    from: fra
    to: til
    key: husstand
    stock_on: last_day
  - id: i_lopet_av
    name: I løpet av
    definition: d
    source: s
    unit: antall
    kind: stock
    register: bo
    from: fra
    to: til
    key: husstand
    stock_on: during
  - id: over_90
    name: Over 90 netter
    definition: d
    source: s
    unit: antall
    kind: stock
    register: bo
    from: fra
    to: til
    key: husstand
    stock_on: last_day
    min_duration: {more_than_days: 90, counting: nights}
  - id: over_90_inkl
    name: Over 90 dager inkl.
    definition: d
    source: s
    unit: antall
    kind: stock
    register: bo
    from: fra
    to: til
    key: husstand
    stock_on: last_day
    min_duration: {more_than_days: 90, counting: days_inclusive}
`

const boFields = `  kommune: {column: Kommune, type: kommune}
  husstand: {column: Id, type: text}
  fra: {column: Fra, type: date}
  til: {column: Til, type: date}
`

func TestStockOnReferenceDay(t *testing.T) {
	// reference day for 2024H1 is 2024-06-30
	f := newFixture(t, stockDefs)
	f.register("bo", "bo", lines(
		"Kommune;Id;Fra;Til",
		"3403;ends_on_day;01.01.2024;30.06.2024",
		"3403;starts_on_day;30.06.2024;",
		"3403;ended_day_before;01.01.2024;29.06.2024",
		"3403;starts_day_after;01.07.2024;",
		"3403;open;01.01.2020;",
		"3403;dup;01.01.2024;;",
		"3403;dup;01.03.2024;31.12.2024",
		"4601;dup;01.03.2024;31.12.2024",
	), boFields, "2020-01-01", "2025-12-31")
	r := f.mustRun("2024H1", "2024H2", "2024")
	// H1: ends_on_day, starts_on_day, open, dup (two overlapping episodes: once);
	// H2: starts_on_day, starts_day_after, open, dup
	expect(t, r, "3403", "bostedslose", map[string]string{"2024H1": "4", "2024H2": "4", "2024": "4"})
	// during H1: every id but starts_day_after; during the year: all six
	expect(t, r, "3403", "i_lopet_av", map[string]string{"2024H1": "5", "2024H2": "4", "2024": "6"})
	expect(t, r, "4601", "bostedslose", map[string]string{"2024H1": "1"})
}

func TestMinimumDurationBoundary(t *testing.T) {
	// reference day 2024-06-30. 90 nights before: 2024-04-01; 91 nights: 2024-03-31
	f := newFixture(t, stockDefs)
	f.register("bo", "bo", lines(
		"Kommune;Id;Fra;Til",
		"3403;n90;01.04.2024;",
		"3403;n91;31.03.2024;",
		"3403;leap;29.02.2024;",
	), boFields, "2020-01-01", "2025-12-31")
	r := f.mustRun("2024H1")
	// more than 90 nights: n91 and leap (122 nights), not n90
	expect(t, r, "3403", "over_90", map[string]string{"2024H1": "2"})
	// days inclusive: n90 has 91 days counting both ends, so it counts
	expect(t, r, "3403", "over_90_inkl", map[string]string{"2024H1": "3"})
	if d := period.MustDate(2024, 6, 30) - period.MustDate(2024, 3, 31); d != 91 {
		t.Fatalf("fixture arithmetic: %d", d)
	}
}

func TestLeapDay(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("utk", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;29.02.2024;A;1", "3403;2024-03-01;B;1"), utkFields, "2024-01-01", "2024-12-31")
	r := f.mustRun("2024M02", "2024M03", "2024K1", "2024T1")
	expect(t, r, "3403", "begjaeringer", map[string]string{"2024M02": "1", "2024M03": "1", "2024K1": "2", "2024T1": "2"})
}

func TestBadValuesAreErrorsUnlessTolerant(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("utk", "utk", lines(
		"Kommunenr;Dato;Husstand;Beløp;Ubrukt",
		"3403;31.02.2024;A;1;x",
		"3403;01.03.2024;A;12,5,0;31.02.2024",
		"3403;01.03.2024;B;1;",
	), utkFields, "2024-01-01", "2024-12-31")
	_, l := f.run("2024")
	got := l.String()
	for _, want := range []string{"utk.csv:2:Dato:", "utk.csv:3:Beløp:", "«12,5,0»"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "Ubrukt") {
		t.Errorf("an unused column is no error:\n%s", got)
	}
	if l.Errors() != 2 {
		t.Errorf("want exactly 2 errors, got\n%s", got)
	}

	tol := strings.Replace(utkFields, "dato: {column: Dato, type: date}", "dato: {column: Dato, type: date, tolerant: true}", 1)
	tol = strings.Replace(tol, "belop: {column: Beløp, type: amount}", "belop: {column: Beløp, type: amount, tolerant: true}", 1)
	f2 := newFixture(t, flowDefs)
	f2.register("utk", "utk", lines(
		"Kommunenr;Dato;Husstand;Beløp",
		"3403;31.02.2024;A;1",
		"3403;01.03.2024;A;12,5,0",
		"3403;01.03.2024;B;1",
	), tol, "2024-01-01", "2024-12-31")
	r := f2.mustRun("2024")
	// the bad date excludes row 2 from every indicator; the bad amount only from the sum
	expect(t, r, "3403", "begjaeringer", map[string]string{"2024": "2"})
	expect(t, r, "3403", "belop", map[string]string{"2024": "1"})
	sameFacts(t, find(t, r, "3403", "belop", "2024", "").Flags, []*Flag{{Code: FlagTolerant, N: 2}})
	// the bad date belongs to no period, so it counts against every one; the bad amount's row is dated in 2024
	sameFacts(t, find(t, r, "3403", "begjaeringer", "2024", "").Flags, []*Flag{{Code: FlagTolerant, N: 1}})
}

const ratioDefs = flowDefs + `
  - id: andel
    name: Andel
    definition: d
    source: s
    unit: prosent
    kind: ratio
    numerator: husstander
    denominator: begjaeringer
    factor: 100
  - id: forskjell
    name: Forskjell
    definition: d
    source: s
    unit: antall
    kind: derived
    formula: begjaeringer - husstander
  - id: manuell
    name: Manuell
    definition: d
    source: s
    unit: antall
    kind: entered
    behaves_as: flow
    per_1000: true
  - id: av_manuell
    name: Avledet av manuell
    definition: d
    source: s
    unit: antall
    kind: derived
    formula: manuell * 2
`

func TestRatioDerivedEnteredMissing(t *testing.T) {
	f := newFixture(t, ratioDefs)
	f.register("utk", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;01.02.2024;A;1", "3403;01.03.2024;A;1", "3403;01.04.2024;B;1"), utkFields, "2024-01-01", "2024-12-31")
	f.register("tall", "tall", lines("Kommune;Periode;Indikator;Verdi;Merknad", "3403;2024H1;manuell;7;", "3403;2024H2;manuell;..;", "3403;2024;manuell;10;*"),
		"  kommune: {column: Kommune, type: kommune}\n  periode: {column: Periode, type: period}\n  indikator: {column: Indikator, type: text}\n  verdi: {column: Verdi, type: number}\n  merknad: {column: Merknad, type: text}\n", "", "")
	f.register("folk", "innbyggere", lines("Kommune;År;Folketall", "3403;2024;31 000"),
		"  kommune: {column: Kommune, type: kommune}\n  aar: {column: År, type: number}\n  innbyggere: {column: Folketall, type: number}\n", "", "")
	r := f.mustRun("2024H1", "2024H2", "2024", "2025")
	// 2 households / 3 begjæringer × 100 = 66.66666… → 66.6667 (4 decimals, half away from zero)
	expect(t, r, "3403", "andel", map[string]string{"2024H1": "66.6667", "2024H2": ".", "2025": ".."})
	expect(t, r, "3403", "forskjell", map[string]string{"2024H1": "1", "2025": ".."})
	expect(t, r, "3403", "manuell", map[string]string{"2024H1": "7", "2024H2": "..", "2024": "10 *", "2025": ".."})
	// 7 / 31000 × 1000 = 0.225806… → 0.2258; no population for 2025
	expect(t, r, "3403", "manuell_per_1000", map[string]string{"2024H1": "0.2258", "2025": ".."})
	expect(t, r, "3403", "av_manuell", map[string]string{"2024H1": "14", "2024H2": ".."})
	sameFacts(t, find(t, r, "3403", "andel", "2024H2", "").Reason, &Reason{Code: ReasonZeroDenominator, Refs: []Ref{ref("begjaeringer", "2024H2", 0)}})
	sameFacts(t, find(t, r, "3403", "andel", "2025", "").Reason, &Reason{Code: ReasonInputMissing, Refs: []Ref{{Indicator: "husstander", Period: period.MustParse("2025")}}})
	sameFacts(t, find(t, r, "3403", "manuell", "2024H2", "").Reason, &Reason{Code: ReasonEnteredMark, Mark: NoData})
	sameFacts(t, find(t, r, "3403", "manuell", "2025", "").Reason, &Reason{Code: ReasonNotEntered})
	sameFacts(t, find(t, r, "3403", "manuell", "2024", "").Reason, &Reason{Code: ReasonMarkedProvisional})
	sameFacts(t, find(t, r, "3403", "manuell_per_1000", "2025", "").Reason, &Reason{Code: ReasonInputMissing, Refs: []Ref{{Indicator: "manuell", Period: period.MustParse("2025")}}})
	sameFacts(t, find(t, r, "3403", "manuell_per_1000", "2024", "").Reason, &Reason{Code: ReasonInputProvisional, Refs: []Ref{ref("manuell", "2024", 10)}})
	sameFacts(t, find(t, r, "3403", "av_manuell", "2024H2", "").Reason, &Reason{Code: ReasonInputMissing, Refs: []Ref{{Indicator: "manuell", Period: period.MustParse("2024H2")}}})
	sameFacts(t, find(t, r, "3403", "manuell", "2024H1", "").Flags, []*Flag{{Code: FlagEntered, File: filepath.Join(f.dir, "tall.csv")}})
}

func TestRatioRounding(t *testing.T) {
	for _, tc := range []struct {
		n, d   int64
		factor float64
		want   string
	}{
		{1, 3, 100, "33.3333"},
		{2, 3, 100, "66.6667"},
		{1, 8, 1, "0.125"},
		{1, 20000, 1, "0.0001"},   // 0.00005 rounds up
		{-1, 20000, 1, "-0.0001"}, // half away from zero
		{7, 31000, 1000, "0.2258"},
	} {
		v, ok := Ratio(num.MustInt(tc.n), num.MustInt(tc.d), tc.factor)
		if !ok || v.String() != tc.want {
			t.Errorf("%d/%d×%v = %s, want %s", tc.n, tc.d, tc.factor, v, tc.want)
		}
	}
}

func TestProvisional(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("utk", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;01.02.2025;A;1"), utkFields, "2024-01-01", "2025-12-31")
	f.in.ReportDate = period.MustDate(2025, 8, 15)
	r := f.mustRun("2025H1", "2025H2", "2025")
	expect(t, r, "3403", "begjaeringer", map[string]string{"2025H1": "1", "2025H2": "0 *", "2025": "1 *"})
	sameFacts(t, find(t, r, "3403", "begjaeringer", "2025", "").Reason, &Reason{Code: ReasonProvisional, Date: period.MustDate(2025, 8, 15)})
	sameFacts(t, find(t, r, "3403", "begjaeringer", "2025H1", "").Reason, (*Reason)(nil))
}

func TestSumRowSkippedAndFlagged(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("utk", "utk", lines("Rapport fra fagsystem", "", "Kommunenr ;DATO;Husstand;Beløp", "3403;01.02.2024;A;1", "Sum;;;1"), utkFields, "2024-01-01", "2024-12-31")
	r := f.mustRun("2024")
	expect(t, r, "3403", "begjaeringer", map[string]string{"2024": "1"})
	fg := find(t, r, "3403", "begjaeringer", "2024", "")
	if len(fg.Flags) != 1 || fg.Flags[0].Code != FlagSumRows || fg.Flags[0].N != 1 || !strings.HasSuffix(fg.Flags[0].File, "utk.csv") {
		t.Errorf("flags %+v", fg.Flags)
	}
}

func TestEnteredIdentityWarning(t *testing.T) {
	f := newFixture(t, ratioDefs)
	f.register("tall", "tall", lines("Kommune;Periode;Indikator;Verdi", "3403;2024H1;manuell;7", "3403;2024H2;manuell;4", "3403;2024;manuell;10"),
		"  kommune: {column: Kommune, type: kommune}\n  periode: {column: Periode, type: period}\n  indikator: {column: Indikator, type: text}\n  verdi: {column: Verdi, type: number}\n", "", "")
	r, l := f.run("2024H1", "2024H2", "2024")
	fg := find(t, r, "3403", "manuell", "2024", "")
	sameFacts(t, fg.Flags, []*Flag{{Code: FlagEntered, File: filepath.Join(f.dir, "tall.csv")},
		{Code: FlagIdentity, Check: SumOfParts, Value: num.MustInt(10), Refs: []Ref{ref("manuell", "2024H1", 7), ref("manuell", "2024H2", 4)}}})
	// the warning points at the row of the year, names the periods for readers
	want := "tall.csv:4: advarsel: kommune 3403, manuell, 2024: tallet (10) er ikke lik summen av delperiodene fra 1. halvår 2024 til 2. halvår 2024 (11) [BOSO-W003]"
	if l.Errors() != 0 || l.Len() != 1 || !strings.HasSuffix(l.String(), want+"\n") {
		t.Errorf("want one warning %q, got\n%s", want, l.String())
	}
}

func TestExplainListsRows(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("utk", "utk", lines(
		"Kommunenr;Dato;Husstand;Beløp",
		"3403;30.06.2024;A;1",
		"3403;01.07.2024;A;1",
		"3403;02.07.2024;A;1",
		"3403;02.07.2024;12345678901;1",
		"0301;02.07.2024;C;1",
		"3403;03.07.2024;701077 33386;1",
		"3403;03.07.2024;1018012452;1",
	), utkFields, "2024-01-01", "2024-12-31")
	var l diag.List
	ex := explainFixture(t, f, "husstander", "3403", "2024H2", &l)
	if show(ex.Figure) != "4" {
		t.Fatalf("figure %s", show(ex.Figure))
	}
	for i := range ex.Rows {
		ex.Rows[i].Pos.File = strings.TrimPrefix(ex.Rows[i].Pos.File, f.dir+"/")
		ex.Rows[i].First.File = strings.TrimPrefix(ex.Rows[i].First.File, f.dir+"/")
	}
	at := func(line int) diag.Pos { return diag.Pos{File: "utk.csv", Line: line} }
	sameFacts(t, ex.Rows, []TraceRow{
		{Pos: at(2), Code: RowOutside, Key: "A", Date: period.MustDate(2024, 6, 30)},
		{Pos: at(3), Code: RowCounted, Key: "A"},
		{Pos: at(4), Code: RowDuplicate, Key: "A", Field: "husstand", First: at(3)},
		// 11 digits, grouped or not, and an id without its leading zero
		{Pos: at(5), Code: RowCounted, Key: "fødselsnummer (skjult)"},
		{Pos: at(7), Code: RowCounted, Key: "fødselsnummer (skjult)"},
		{Pos: at(8), Code: RowCounted, Key: "fødselsnummer (skjult)"},
	})
	if ex.OtherRows != 1 {
		t.Errorf("other rows %d", ex.OtherRows)
	}
}

// Two exports of one register (a change of case system mid-year) cover the
// year together; a gap between them leaves the periods it touches missing.
func TestCoverageOfSeveralExportsAddsUp(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("gammel", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;01.03.2019;A;1"), utkFields, "2016-01-01", "2019-06-30")
	f.register("ny", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;01.09.2019;B;1", "3403;01.09.2021;B;1"), utkFields, "2019-07-01", "2020-06-30")
	f.register("nyere", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;01.09.2021;C;1"), utkFields, "2020-08-01", "2021-12-31")
	r := f.mustRun("2019", "2019H1", "2019H2", "2020", "2020H1", "2020H2", "2021")
	expect(t, r, "3403", "begjaeringer", map[string]string{"2019": "2", "2019H1": "1", "2019H2": "1", "2020H1": "0", "2020H2": "..", "2020": "..", "2021": "1"})
}

// An episode still open in an old export counts only on days that export
// covers; after the change of system only the new export speaks.
func TestStockCountsOnlyOnDaysItsExportCovers(t *testing.T) {
	f := newFixture(t, stockDefs)
	f.register("gammel", "bo", lines("Kommune;Id;Fra;Til", "3403;A;01.01.2018;", "3403;B;01.01.2018;"), boFields, "2016-01-01", "2019-06-30")
	f.register("ny", "bo", lines("Kommune;Id;Fra;Til", "3403;A;01.01.2018;"), boFields, "2019-07-01", "2025-12-31")
	r := f.mustRun("2019H1", "2019H2", "2019")
	expect(t, r, "3403", "bostedslose", map[string]string{"2019H1": "2", "2019H2": "1", "2019": "1"})
	expect(t, r, "3403", "i_lopet_av", map[string]string{"2019H1": "2", "2019H2": "1", "2019": "2"})
}

const groupDefs = `
indicators:
  - id: leie_til_eie
    name: Fra leie til eie
    definition: d
    source: s
    unit: antall
    kind: flow
    register: lte
    date: dato
    measure: count_distinct
    key: husstand
    breakdown: [malgruppe]
  - id: soknader
    name: Søknader
    definition: d
    source: s
    unit: antall
    kind: flow
    register: lte
    date: dato
    measure: count
  - id: tildelinger
    name: Tildelinger
    definition: d
    source: s
    unit: antall
    kind: flow
    register: lte
    date: dato
    measure: count
    filter: malgruppe == "flyktninger"
rules:
  - id: regel
    text: tildelinger kan ikke være flere enn søknader
    assert: tildelinger < soknader
`

func TestBreakdownRuleAndRenumbering(t *testing.T) {
	f := newFixture(t, groupDefs)
	f.register("lte", "lte", lines(
		"Kommune;Husstand;Dato;Målgruppe",
		"0403;A;01.02.2019;Flyktning",
		"403;B;01.03.2019;Unge",
		"3403;A;01.02.2020;Flyktning",
		"3403;C;01.02.2020;",
		"1505;X;01.02.2020;Unge",
	), `  kommune: {column: Kommune, type: kommune}
  husstand: {column: Husstand, type: text}
  dato: {column: Dato, type: date}
  malgruppe: {column: Målgruppe, type: category, values: {Flyktning: flyktninger, Unge: unge}}
`, "2016-01-01", "2025-12-31")
	f.in.Renumber = map[string][]string{"0403": {"3403"}, "1505": {"1505", "1507"}}
	f.in.Kommuner = []string{"3403"}
	r, l := f.run("2019", "2020")
	// 0403 and 403 are Hamar before the reform
	expect(t, r, "3403", "leie_til_eie", map[string]string{"2019": "2", "2020": "2"})
	if got := show(find(t, r, "3403", "leie_til_eie", "2019", "malgruppe=flyktninger")); got != "1" {
		t.Errorf("2019 flyktninger = %s", got)
	}
	if got := show(find(t, r, "3403", "leie_til_eie", "2020", "malgruppe=ukjent")); got != "1" {
		t.Errorf("2020 without målgruppe = %s", got)
	}
	if got := show(find(t, r, "3403", "leie_til_eie", "2020", "malgruppe=unge")); got != "0" {
		t.Errorf("2020 unge = %s (a group seen elsewhere is a true 0 here)", got)
	}
	// 1505 was split: its row cannot be placed
	if !strings.Contains(l.String(), "kommune 1505 er delt på 1505, 1507") || l.Errors() != 1 {
		t.Errorf("split kommune:\n%s", l.String())
	}
	// the rule holds in both years (one tildeling, two søknader), so no figure is flagged
	for _, fg := range r.Figures {
		for _, fl := range fg.Flags {
			if fl.Code == FlagRule {
				t.Errorf("rule flagged although it holds: %+v", fg)
			}
		}
	}
	f.defs = strings.Replace(groupDefs, "tildelinger < soknader", "tildelinger * 3 < soknader", 1)
	r, l = f.run("2019", "2020")
	rule := Flag{Code: FlagRule, Rule: "regel", RuleText: "tildelinger kan ikke være flere enn søknader"}
	// each figure of the rule is flagged, and refers to the others
	tildelinger, soknader := rule, rule
	tildelinger.Refs, soknader.Refs = []Ref{ref("soknader", "2019", 2)}, []Ref{ref("tildelinger", "2019", 1)}
	sameFacts(t, find(t, r, "3403", "tildelinger", "2019", "").Flags, []*Flag{&tildelinger})
	sameFacts(t, find(t, r, "3403", "soknader", "2019", "").Flags, []*Flag{&soknader})
	if !strings.Contains(l.String(), "kommune 3403, 2019: regel «regel» er brutt") {
		t.Errorf("rule:\n%s", l.String())
	}
}

// Filters see dates as dates, and an empty field as nil.
func TestFilterOnDatesAndEmptyFields(t *testing.T) {
	defs := strings.Replace(flowDefs, "    filter: belop > 0\n", "    filter: dato >= date(\"2024-03-01\") and husstand != nil\n", 1)
	f := newFixture(t, defs)
	f.register("utk", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;29.02.2024;A;1", "3403;01.03.2024;;2", "3403;01.03.2024;B;4"), utkFields, "2024-01-01", "2024-12-31")
	r := f.mustRun("2024")
	expect(t, r, "3403", "belop", map[string]string{"2024": "4"})
}

// A filter that cannot be computed for some rows is one warning with the
// count and the first row, and those rows are not counted.
func TestFilterRuntimeErrorsAreCountedOnce(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("utk", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;01.03.2024;A;", "3403;02.03.2024;B;", "3403;03.03.2024;C;5"), utkFields, "2024-01-01", "2024-12-31")
	r, l := f.run("2024")
	expect(t, r, "3403", "belop", map[string]string{"2024": "5"})
	got := l.String()
	if l.Len() != 1 || l.Errors() != 0 || !strings.Contains(got, "utk.csv:2: advarsel: filteret for «belop» kunne ikke beregnes for 2 rader") {
		t.Errorf("problems:\n%s", got)
	}
}

// An empty category value compared with a code is simply not equal.
func TestEmptyValueInEqualityIsFalseWithoutWarning(t *testing.T) {
	defs := strings.Replace(flowDefs, "    filter: belop > 0\n", "    filter: husstand == \"B\"\n", 1)
	f := newFixture(t, defs)
	f.register("utk", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;01.03.2024;;2", "3403;01.03.2024;B;4"), utkFields, "2024-01-01", "2024-12-31")
	r, l := f.run("2024")
	expect(t, r, "3403", "belop", map[string]string{"2024": "4"})
	if l.Len() != 0 {
		t.Errorf("problems:\n%s", l.String())
	}
}

// An episode ending before it starts is one error for the row, naming the
// columns, however many indicators read it.
func TestEpisodeEndingBeforeStartIsOneError(t *testing.T) {
	f := newFixture(t, stockDefs)
	f.register("bo", "bo", lines("Kommune;Id;Fra;Til", "3403;A;01.05.2024;01.04.2024"), boFields, "2020-01-01", "2025-12-31")
	_, l := f.run("2024")
	if l.Len() != 1 || !strings.Contains(l.String(), "bo.csv:2: sluttdatoen 01.04.2024 (kolonne «Til») er før startdatoen 01.05.2024 (kolonne «Fra»)") {
		t.Errorf("problems:\n%s", l.String())
	}
}

// Provisional inputs make provisional ratios; typed marks are kept; a flow
// typed in because its register has no export gets identity warnings.
func TestProvisionalPropagatesAndTypedMarksStay(t *testing.T) {
	f := newFixture(t, ratioDefs)
	f.register("tall", "tall", lines("Kommune;Periode;Indikator;Verdi;Merknad",
		"3403;2023H1;manuell;4;*", "3403;2023H2;manuell;.;", "3403;2023;manuell;:;",
		"3403;2023H1;begjaeringer;2;", "3403;2023H2;begjaeringer;4;", "3403;2023;begjaeringer;5;"),
		"  kommune: {column: Kommune, type: kommune}\n  periode: {column: Periode, type: period}\n  indikator: {column: Indikator, type: text}\n  verdi: {column: Verdi, type: number}\n  merknad: {column: Merknad, type: text}\n", "", "")
	f.register("folk", "innbyggere", lines("Kommune;År;Folketall", "3403;2023;30000"),
		"  kommune: {column: Kommune, type: kommune}\n  aar: {column: År, type: number}\n  innbyggere: {column: Folketall, type: number}\n", "", "")
	r, l := f.run("2023H1", "2023H2", "2023")
	expect(t, r, "3403", "manuell", map[string]string{"2023H1": "4 *", "2023H2": ".", "2023": ":"})
	expect(t, r, "3403", "manuell_per_1000", map[string]string{"2023H1": "0.1333 *"})
	expect(t, r, "3403", "av_manuell", map[string]string{"2023H1": "8 *", "2023H2": "."})
	if !strings.Contains(l.String(), "kommune 3403, begjaeringer, 2023: tallet (5) er ikke lik summen av delperiodene fra 1. halvår 2023 til 2. halvår 2023 (6)") {
		t.Errorf("want an identity warning for the typed-in flow:\n%s", l.String())
	}
	sameFacts(t, find(t, r, "3403", "av_manuell", "2023H1", "").Reason, &Reason{Code: ReasonInputProvisional, Refs: []Ref{{Indicator: "manuell", Period: period.MustParse("2023H1"), Value: num.MustInt(4), Has: true}}})
	sameFacts(t, find(t, r, "3403", "av_manuell", "2023H2", "").Reason, &Reason{Code: ReasonInputMissing, Refs: []Ref{{Indicator: "manuell", Period: period.MustParse("2023H2")}}})
	sameFacts(t, find(t, r, "3403", "manuell", "2023", "").Reason, &Reason{Code: ReasonEnteredMark, Mark: Suppressed})
}

// Figures typed into the workbook enter the engine like rows of a table.
func TestEnteredFromWorkbook(t *testing.T) {
	f := newFixture(t, ratioDefs)
	f.in.Kommuner = []string{"3403"}
	f.in.Entered = []Entered{
		{Kommune: "3403", Period: "2024H1", Indicator: "manuell", Value: num.MustInt(12), Pos: diag.Pos{File: "arbeidsbok.xlsx", Sheet: "Tall", Row: 5, Column: "C"}},
		{Kommune: "3403", Period: "2024H1", Indicator: "manuell", Value: num.MustInt(13), Pos: diag.Pos{File: "arbeidsbok.xlsx", Sheet: "Tall", Row: 6, Column: "C"}},
		{Kommune: "3403", Period: "2024H2", Indicator: "finnes_ikke", Pos: diag.Pos{File: "arbeidsbok.xlsx", Sheet: "Tall", Row: 7, Column: "A"}},
	}
	r, l := f.run("2024H1", "2024H2")
	expect(t, r, "3403", "manuell", map[string]string{"2024H1": "12", "2024H2": ".."})
	got := l.String()
	for _, want := range []string{"arbeidsbok.xlsx[Tall]!C6: indikator manuell for kommune 3403, periode 1. halvår 2024 står to ganger", "arbeidsbok.xlsx[Tall]!A7: ukjent indikator «finnes_ikke»"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in\n%s", want, got)
		}
	}
}

// A ratio is rounded once, from the exact fraction, to the decimals asked.
func TestRatioAtRoundsOnce(t *testing.T) {
	for _, c := range []struct {
		n, d   int64
		factor float64
		dec    int
		want   string
	}{
		{419, 29854, 1000, 2, "14.03"}, // 14.03497…: via 14.0350 it would be 14.04
		{419, 29854, 1000, 4, "14.035"},
		{2, 3, 100, 1, "66.7"},
		{1, 8, 100, 0, "13"}, // 12.5 rounds half away from zero
		{-1, 8, 100, 0, "-13"},
	} {
		got, ok := RatioAt(num.MustInt(c.n), num.MustInt(c.d), c.factor, c.dec)
		if !ok || got.String() != c.want {
			t.Errorf("RatioAt(%d, %d, %v, %d) = %s, %v; want %s", c.n, c.d, c.factor, c.dec, got, ok, c.want)
		}
	}
}

// A population below zero or with decimals is an error at its cell, and
// no rate per 1000 is made from it.
func TestPopulationMustBeACount(t *testing.T) {
	f := newFixture(t, ratioDefs)
	f.register("folk", "innbyggere", lines("Kommune;År;Folketall", "3403;2023;-31471", "3403;2024;7,5"),
		"  kommune: {column: Kommune, type: kommune}\n  aar: {column: År, type: number}\n  innbyggere: {column: Folketall, type: number}\n", "", "")
	_, l := f.run("2023", "2024")
	for _, want := range []string{":2:Folketall: folketallet −31\u00a0471 for kommune 3403 i 2023 er ikke et antall innbyggere", ":3:Folketall: folketallet 7,5 for kommune 3403 i 2024"} {
		if !strings.Contains(l.String(), want) {
			t.Errorf("want %q in\n%s", want, l.String())
		}
	}
}
