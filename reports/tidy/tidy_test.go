package tidy

import (
	"bytes"
	"strings"
	"testing"

	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
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
	want := "kommunenummer,kommune,periode,indikator,inndeling,verdi,merknad,forklaring,kvalitet,datagrunnlag,forklaringskode\n" +
		"0301,Oslo,2024H1,belop,,1234567.5,,,,,\n" +
		`0301,Oslo,2024H2,belop,,,..,"registeret «x» dekker ikke perioden (dekker 01.01.2020–30.06.2024, 01.08.2024–15.08.2024 og 01.09.2024–02.09.2024)",` +
		"SUMRAD: 1 summeringsrad (Sum/Totalt) hoppet over i a.csv | HOPP: endring fra 12 i 1. halvår 2024 til 30 (mer enn 50\u00a0%),,IKKE_DEKKET\n"
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
		want1 := `0301,` + quoted + `,2024,endring,"'@grp",-12,,,,,`
		want2 := `0301,` + quoted + `,2024,x,"'-1",0,,,,,`
		if lines[1] != want1 || lines[2] != want2 {
			t.Errorf("%q:\ngot  %q\n     %q\nwant %q\n     %q", name, lines[1], lines[2], want1, want2)
		}
	}
}
