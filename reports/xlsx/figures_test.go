package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/reports/tidy"
)

func sample() []engine.Figure {
	return []engine.Figure{
		{Kommune: "3403", Period: period.MustParse("2024"), Indicator: "startlan_innvilget_belop", Value: num.MustInt(214090000), Has: true},
		{Kommune: "5610", Period: period.MustParse("2024H2"), Indicator: "andel", Mark: engine.NotComputable, Reason: &engine.Reason{Code: engine.ReasonZeroDenominator, Year: 2024}},
		{Kommune: "5610", Period: period.MustParse("2025"), Indicator: "andel", Value: 666667, Has: true, Mark: engine.Provisional,
			Flags: []*engine.Flag{{Code: engine.FlagEntered}}},
	}
}

// Same figures, same bytes: the workbook is reproducible and diffable.
func TestFiguresAreByteIdentical(t *testing.T) {
	meta := tidy.Meta{Program: "P", Example: true, Kommuner: map[string]string{"5610": "Kárášjohka – Karasjok"}}
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		if err := WriteFigures(buf, sample(), meta, period.MustDate(2025, 8, 20)); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 5 && bytes.Equal(a.Bytes(), b.Bytes()); i++ {
		b.Reset()
		WriteFigures(&b, sample(), meta, period.MustDate(2025, 8, 20))
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two writes of the same figures differ")
	}
	f, err := excelize.OpenReader(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Tall", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[1][5] != "214090000" || rows[2][6] != "." || rows[3][1] != "Kárášjohka – Karasjok" || rows[3][5] != "66.6667" || rows[3][9] != "Eksempel – fiktive tall" ||
		rows[2][7] != "folketallet 1. januar 2024 er 0" || rows[2][10] != "NEVNER_NULL" || rows[3][8] != "REGISTRERT: registrert for hånd" {
		t.Fatalf("rows read back: %q", rows)
	}
	if typ, _ := f.GetCellType("Tall", "F2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("value cell type %v, want a number", typ)
	}
}
