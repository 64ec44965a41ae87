package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/period"
)

// A change of more than the limit from the previous period is flagged on
// the later figure, referring to the earlier one; small counts must also
// change by at least 5.
func TestJumpFlagRefersToThePreviousPeriod(t *testing.T) {
	f := newFixture(t, flowDefs)
	rows := []string{"Kommunenr;Dato;Husstand;Beløp"}
	add := func(n int, date string) {
		for range n {
			rows = append(rows, "3403;"+date+";A;1")
		}
	}
	add(2, "01.10.2023")
	add(4, "01.03.2024")  // +100 %, but only 2 more: no flag
	add(10, "01.09.2024") // +150 % and 6 more
	f.register("utk", "utk", lines(rows...), utkFields, "2020-01-01", "2025-12-31")
	r := f.mustRun("2023H2", "2024H1", "2024H2")
	sameFacts(t, find(t, r, "3403", "begjaeringer", "2024H1", "").Flags, []*Flag(nil))
	sameFacts(t, find(t, r, "3403", "begjaeringer", "2024H2", "").Flags,
		[]*Flag{{Code: FlagJump, Value: num.MustInt(10), Refs: []Ref{ref("begjaeringer", "2024H1", 4)}, Limit: num.MustInt(50)}})
	// an amount is flagged by the same rule (1 kr a row)
	sameFacts(t, find(t, r, "3403", "belop", "2024H2", "").Flags,
		[]*Flag{{Code: FlagJump, Value: num.MustInt(10), Refs: []Ref{ref("belop", "2024H1", 4)}, Limit: num.MustInt(50)}})
}

const stockEnteredDefs = `
indicators:
  - id: beholdning
    name: Beholdning
    definition: d
    source: s
    unit: antall
    kind: entered
    behaves_as: stock
`

// A stock typed in for the year must equal its last half-year: the flag
// refers to that half-year only, and the warning says so for readers.
func TestEnteredStockKeepsItsCountingDay(t *testing.T) {
	f := newFixture(t, stockEnteredDefs)
	f.register("tall", "tall", lines("Kommune;Periode;Indikator;Verdi", "3403;2024H1;beholdning;5", "3403;2024H2;beholdning;7", "3403;2024;beholdning;6"),
		"  kommune: {column: Kommune, type: kommune}\n  periode: {column: Periode, type: period}\n  indikator: {column: Indikator, type: text}\n  verdi: {column: Verdi, type: number}\n", "", "")
	r, l := f.run("2024H1", "2024H2", "2024")
	sameFacts(t, find(t, r, "3403", "beholdning", "2024", "").Flags, []*Flag{{Code: FlagEntered, File: filepath.Join(f.dir, "tall.csv")},
		{Code: FlagIdentity, Check: SameCountingDay, Value: num.MustInt(6), Refs: []Ref{ref("beholdning", "2024H2", 7)}}})
	if want := "tall.csv:4: advarsel: kommune 3403, beholdning, 2024: tallet (6) er ikke lik tallet for 2. halvår 2024 (7), som har samme telledag [BOSO-W003]"; l.Len() != 1 || !strings.HasSuffix(strings.TrimSpace(l.String()), "/"+want) {
		t.Errorf("problems:\n%s\nwant\n%s", l.String(), want)
	}
}

func TestIdentityBroken(t *testing.T) {
	parts := func(vs ...int64) []Ref {
		var out []Ref
		for _, v := range vs {
			out = append(out, Ref{Value: num.MustInt(v), Has: true})
		}
		return out
	}
	for _, tc := range []struct {
		rule   identityRule
		whole  int64
		parts  []Ref
		check  Identity
		broken bool
	}{
		{sumOfParts, 7, parts(3, 4), SumOfParts, false},
		{sumOfParts, 8, parts(3, 4), SumOfParts, true},
		{betweenMaxAndSum, 4, parts(3, 4), BetweenMaxAndSum, false},
		{betweenMaxAndSum, 7, parts(3, 4), BetweenMaxAndSum, false},
		{betweenMaxAndSum, 3, parts(3, 4), BetweenMaxAndSum, true},
		{betweenMaxAndSum, 8, parts(3, 4), BetweenMaxAndSum, true},
		{lastPart, 4, parts(4), SameCountingDay, false},
		{firstPart, 3, parts(4), SameCountingDay, true},
	} {
		check, broken := identityBroken(tc.rule, num.MustInt(tc.whole), tc.parts)
		if check != tc.check || broken != tc.broken {
			t.Errorf("rule %d, %d of %v: got %d %v, want %d %v", tc.rule, tc.whole, tc.parts, check, broken, tc.check, tc.broken)
		}
	}
}

// Population and formula problems are reasons with the year or nothing else.
func TestPopulationAndFormulaReasons(t *testing.T) {
	defs := ratioDefs + `
  - id: kvote
    name: Kvote
    definition: d
    source: s
    unit: antall
    kind: derived
    formula: begjaeringer / (husstander - husstander)
`
	f := newFixture(t, defs)
	f.register("utk", "utk", lines("Kommunenr;Dato;Husstand;Beløp", "3403;01.02.2024;A;1"), utkFields, "2024-01-01", "2025-12-31")
	f.register("tall", "tall", lines("Kommune;Periode;Indikator;Verdi", "3403;2024;manuell;7", "3403;2025;manuell;8"),
		"  kommune: {column: Kommune, type: kommune}\n  periode: {column: Periode, type: period}\n  indikator: {column: Indikator, type: text}\n  verdi: {column: Verdi, type: number}\n", "", "")
	f.register("folk", "innbyggere", lines("Kommune;År;Folketall", "3403;2024;0"),
		"  kommune: {column: Kommune, type: kommune}\n  aar: {column: År, type: number}\n  innbyggere: {column: Folketall, type: number}\n", "", "")
	r := f.mustRun("2024", "2025")
	sameFacts(t, find(t, r, "3403", "manuell_per_1000", "2024", "").Reason, &Reason{Code: ReasonZeroDenominator, Year: 2024})
	sameFacts(t, find(t, r, "3403", "manuell_per_1000", "2025", "").Reason, &Reason{Code: ReasonNoPopulation, Year: 2025})
	fg := find(t, r, "3403", "kvote", "2024", "")
	if fg.Has || fg.Mark != NotComputable || fg.Reason.Code != ReasonFormula {
		t.Errorf("kvote: %+v", fg)
	}
}

// A register whose only export belongs to another kommune does not cover
// this one at all: the reason names no days.
func TestNotCoveredForAnotherKommune(t *testing.T) {
	f := newFixture(t, flowDefs)
	f.register("utk", "utk", lines("Dato;Husstand;Beløp", "15.03.2024;A;1"),
		"  dato: {column: Dato, type: date}\n  husstand: {column: Husstand, type: text}\n  belop: {column: Beløp, type: amount}\n", "2024-01-01", "2024-12-31")
	path := f.mappings[0]
	y, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append([]byte("kommune: \"3403\"\n"), y...), 0o644); err != nil {
		t.Fatal(err)
	}
	f.in.Kommuner = []string{"3403", "3411"}
	r := f.mustRun("2024")
	expect(t, r, "3403", "begjaeringer", map[string]string{"2024": "1"})
	sameFacts(t, find(t, r, "3411", "begjaeringer", "2024", "").Reason, &Reason{Code: ReasonNotCovered, Register: "utk"})
	sameFacts(t, find(t, r, "3411", "begjaeringer", "2024", "").Flags, []*Flag{{Code: FlagCoverage, Register: "utk"}})
	if filepath.Base(path) != "utk.yaml" {
		t.Fatal(path)
	}
}

// Explaining a stock tells a row too short from one not there on the day.
func TestExplainStockRows(t *testing.T) {
	f := newFixture(t, stockDefs)
	f.register("bo", "bo", lines(
		"Kommune;Id;Fra;Til",
		"3403;n90;01.04.2024;",
		"3403;n91;31.03.2024;",
		"3403;gone;01.01.2024;29.06.2024",
		"3403;;01.01.2024;",
	), boFields, "2020-01-01", "2025-12-31")
	var l diag.List
	ex := explainFixture(t, f, "over_90", "3403", "2024H1", &l)
	var got []TraceRow
	for _, r := range ex.Rows {
		r.Pos = diag.Pos{Line: r.Pos.Line}
		got = append(got, r)
	}
	day := period.MustDate(2024, 6, 30)
	sameFacts(t, got, []TraceRow{
		{Pos: diag.Pos{Line: 2}, Code: RowTooShort, Key: "n90", N: 90, Min: 90, Date: day},
		{Pos: diag.Pos{Line: 3}, Code: RowCounted, Key: "n91"},
		{Pos: diag.Pos{Line: 4}, Code: RowNotActive, Key: "gone", Span: Span{day, day}},
		{Pos: diag.Pos{Line: 5}, Code: RowNoValue, Field: "husstand"},
	})
}
