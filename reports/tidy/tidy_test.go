package tidy

import (
	"bytes"
	"testing"

	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
)

func TestCSVIsMachineReadable(t *testing.T) {
	figs := []engine.Figure{
		{Kommune: "0301", Period: period.MustParse("2024H1"), Indicator: "belop", Value: num.MustInt(1234567) + 5000, Has: true},
		{Kommune: "0301", Period: period.MustParse("2024H2"), Indicator: "belop", Mark: engine.NoData, Reason: "registeret «x» dekker ikke perioden, «sitat»",
			Flags: []engine.Flag{{Code: engine.FlagCoverage, Text: "a"}, {Code: engine.FlagJump, Text: "b"}}},
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, figs, Meta{Kommuner: map[string]string{"0301": "Oslo"}}); err != nil {
		t.Fatal(err)
	}
	want := "kommunenummer,kommune,periode,indikator,inndeling,verdi,merknad,forklaring,kvalitet,datagrunnlag\n" +
		"0301,Oslo,2024H1,belop,,1234567.5,,,,\n" +
		`0301,Oslo,2024H2,belop,,,..,"registeret «x» dekker ikke perioden, «sitat»",DEKNING: a | HOPP: b,` + "\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
