package tidy

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/source"
)

func TestCSVIsMachineReadable(t *testing.T) {
	figs := []engine.Figure{
		{Kommune: "0301", Period: period.MustParse("2024H1"), Indicator: "belop", Value: num.MustInt(1234567) + 5000, Has: true},
		{Kommune: "0301", Period: period.MustParse("2024H2"), Indicator: "belop", Mark: engine.NoData,
			Reason: &engine.Reason{Code: engine.ReasonNotCovered, Register: "x", Spans: []engine.Span{{From: period.MustDate(2020, 1, 1), To: period.MustDate(2024, 6, 30)}, {From: period.MustDate(2024, 8, 1), To: period.MustDate(2024, 8, 15)}, {From: period.MustDate(2024, 9, 1), To: period.MustDate(2024, 9, 2)}}},
			Flags: []*engine.Flag{{Code: engine.FlagSumRows, N: 1, File: "a.csv"}, {Code: engine.FlagJump, Value: num.MustInt(30), Limit: num.MustInt(50),
				Refs: []engine.Ref{{Indicator: "belop", Period: period.MustParse("2024H1"), Value: num.MustInt(12), Has: true}}}}},
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, figs, Meta{Kommuner: map[string]string{"0301": "Oslo"}}); err != nil {
		t.Fatal(err)
	}
	// the words cite every figure, with periods named for readers (quoted where they hold a comma); the reason's code stands last
	want := "kommunenummer,kommune,periode,indikator,inndeling,verdi,merknad,forklaring,kvalitet,datagrunnlag,forklaringskode,teller,nevner,rader,beregning\n" +
		"0301,Oslo,2024H1,belop,,1234567.5,,,,,,,,,\n" +
		`0301,Oslo,2024H2,belop,,,..,"registeret «x» dekker ikke perioden (dekker 01.01.2020–30.06.2024, 01.08.2024–15.08.2024 og 01.09.2024–02.09.2024)",` +
		"SUMRAD: 1 summeringsrad (Sum/Totalt) hoppet over i a.csv | HOPP: endring fra 12 i 1. halvår 2024 til 30 (mer enn 50\u00a0%),,IKKE_DEKKET,,,,\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// A name that a spreadsheet would run as a formula is written as text
// (quote before it, field quoted) in every text column; a negative value
// stays a number.
func TestCSVEscapesFormulas(t *testing.T) {
	figs := []engine.Figure{
		{Kommune: "0301", Period: period.MustParse("2024"), Indicator: "endring", Group: "@grp", Value: num.MustInt(-12), Has: true},
		{Kommune: "0301", Period: period.MustParse("2024"), Indicator: "x", Group: "-1", Value: num.MustInt(0), Has: true},
	}
	for _, name := range []string{`=HYPERLINK("http://x","klikk")`, "+1", "-2", "@SUM(A1)", "\tx", "\rx"} {
		var b bytes.Buffer
		if err := WriteCSV(&b, figs, Meta{Kommuner: map[string]string{"0301": name}}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(b.String(), "\n")
		quoted := `"'` + strings.ReplaceAll(name, `"`, `""`) + `"`
		want1 := `0301,` + quoted + `,2024,endring,"'@grp",-12,,,,,,,,,`
		want2 := `0301,` + quoted + `,2024,x,"'-1",0,,,,,,,,,`
		if lines[1] != want1 || lines[2] != want2 {
			t.Errorf("%q:\ngot  %q\n     %q\nwant %q\n     %q", name, lines[1], lines[2], want1, want2)
		}
	}
}

// What a roll-up needs stands in the last four columns: a ratio's exact
// numerator and denominator (also when the denominator is 0, and a
// negative numerator as a number), the rows an amount rests on, and the
// kind of each indicator as a code.
func TestCSVCarriesWhatARollUpNeeds(t *testing.T) {
	var l diag.List
	set := definition.Load([]definition.Source{{Name: "d.yaml", Data: []byte(`indicators:
  - {id: belop, name: B, definition: d, source: s, unit: NOK, kind: flow, register: r, date: dato, measure: sum, amount: belop}
  - {id: vedtak, name: V, definition: d, source: s, unit: antall, kind: flow, register: r, date: dato, measure: count}
  - {id: husstander, name: H, definition: d, source: s, unit: antall, kind: stock, register: r, from: fra, key: hh, stock_on: last_day}
  - {id: andel, name: A, definition: d, source: s, unit: prosent, kind: ratio, numerator: belop, denominator: vedtak, factor: 100}
  - {id: bostotte, name: Bo, definition: d, source: s, unit: antall, kind: entered, behaves_as: stock}
`)}}, &l)
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	p := period.MustParse("2024")
	figs := []engine.Figure{
		{Kommune: "0301", Period: p, Indicator: "belop", Value: num.MustInt(1500), Has: true, Rows: 2},
		{Kommune: "0301", Period: p, Indicator: "vedtak", Value: num.MustInt(3), Has: true},
		{Kommune: "0301", Period: p, Indicator: "husstander", Group: "malgruppe=unge", Value: num.MustInt(3), Has: true},
		{Kommune: "0301", Period: p, Indicator: "andel", Value: num.MustInt(-50000), Has: true, Numerator: num.MustInt(-1500), Denominator: num.MustInt(3), Parts: true},
		{Kommune: "0302", Period: p, Indicator: "andel", Mark: engine.NotComputable, Reason: &engine.Reason{Code: engine.ReasonZeroDenominator, Refs: []engine.Ref{{Indicator: "vedtak", Period: p, Has: true}}}, Parts: true},
		{Kommune: "0302", Period: p, Indicator: "bostotte", Mark: engine.NoData, Reason: &engine.Reason{Code: engine.ReasonNotEntered}},
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, figs, Meta{Set: set}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"0301,,2024,belop,,1500,,,,,,,,2,flow_sum",
		"0301,,2024,vedtak,,3,,,,,,,,,flow_count",
		"0301,,2024,husstander,malgruppe=unge,3,,,,,,,,,stock_last_day",
		"0301,,2024,andel,,-50000,,,,,,-1500,3,,ratio",
		"0302,,2024,andel,,,.,nevneren (vedtak) er 0,,,NEVNER_NULL,0,0,,ratio",
		"0302,,2024,bostotte,,,..,ikke registrert,,,IKKE_REGISTRERT,,,,entered_stock",
	}
	got := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")[1:]
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// What WriteCSV escapes, the export's reader (source.Unescape) takes back:
// every text cell reads as it was, and the number columns were never touched.
func TestEscapeReadsBack(t *testing.T) {
	names := []string{`=HYPERLINK("http://x","klikk")`, "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'quoted", "plain", "'=already"}
	var figs []engine.Figure
	kommuner := map[string]string{}
	for i, name := range names {
		k := string(rune('0'+i)) + "301"
		kommuner[k] = name
		figs = append(figs, engine.Figure{Kommune: k, Period: period.MustParse("2024"), Indicator: "x", Group: name, Value: num.MustInt(-int64(i)), Has: true})
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, figs, Meta{Kommuner: kommuner}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range names {
		row := rows[i+1]
		if got := source.Unescape(row[ColKommune]); got != name {
			t.Errorf("kommune %q read back as %q (written %q)", name, got, row[ColKommune])
		}
		if got := source.Unescape(row[ColInndeling]); got != name {
			t.Errorf("group %q read back as %q (written %q)", name, got, row[ColInndeling])
		}
		if want := num.MustInt(-int64(i)).String(); row[ColVerdi] != want {
			t.Errorf("value %q, want %q", row[ColVerdi], want)
		}
	}
}

// TestCSVInChunksAsOneByOne checks that the lines WriteCSV makes in
// chunks on several cores come out as one line per figure, in order.
func TestCSVInChunksAsOneByOne(t *testing.T) {
	var figs []engine.Figure
	shared := &engine.Reason{Code: engine.ReasonNotCovered, Register: "x, med komma", Spans: []engine.Span{{From: period.MustDate(2020, 1, 1), To: period.MustDate(2024, 6, 30)}}}
	sum := &engine.Flag{Code: engine.FlagSumRows, N: 3, File: "a,b.csv"}
	kommuner := []string{"0301", "3403", "1103"}
	groups := []string{"", "malgruppe=unge", "=grp", " mellomrom"}
	for i := range 3*csvChunk + 17 {
		f := engine.Figure{Kommune: kommuner[i%3], Period: period.MustParse([]string{"2024H1", "2024", "2016-2025", "2024M03"}[i%4]),
			Indicator: []string{"belop", "utkastelser", "andel"}[i%3], Group: groups[i%4], Value: num.MustInt(int64(i - 500)), Has: i%7 != 0}
		if !f.Has {
			f.Mark, f.Reason = engine.NoData, shared
		}
		if i%11 == 0 {
			f.Flags = []*engine.Flag{sum, {Code: engine.FlagTolerant, N: i}}
		}
		if i%5 == 0 {
			f.Numerator, f.Denominator, f.Parts = num.MustInt(int64(i)), num.MustInt(7), true
			f.Mark, f.Rows = engine.Provisional, int64(i)
		}
		figs = append(figs, f)
	}
	m := Meta{Kommuner: map[string]string{"0301": "Oslo", "3403": "=Hamar", "1103": `Stav"anger`}, Example: true}
	var got, want bytes.Buffer
	if err := WriteCSV(&got, figs, m); err != nil {
		t.Fatal(err)
	}
	writeRecord(&want, Header(), false)
	for i := range figs {
		writeRecord(&want, Row(&figs[i], m), true)
	}
	if got.String() != want.String() {
		t.Fatalf("%d bytes, want %d", got.Len(), want.Len())
	}
}

// TestAppendTextAsEncodeText checks the form a text cell gets when the
// encoder keeps no more (appendText) against the one it keeps (encodeText).
func TestAppendTextAsEncodeText(t *testing.T) {
	for _, s := range []string{"", "Oslo", "a,b", `si "hei"`, "=SUM(A1)", "'=x", "-2", " mellomrom", "linje\nto", "\r", "+", "@a,\"b\"", "æøå"} {
		if got, want := string(appendText(nil, s)), encodeText(s); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}
