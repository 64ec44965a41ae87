package reference

import (
	"bytes"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/stdlib"
)

// The page names every column of the figure export and every kind code
// the column beregning can hold, so that a roll-up can be written from it.
func TestPageDescribesTheExport(t *testing.T) {
	var l diag.List
	set := definition.Load(stdlib.Sources(), &l)
	var buf bytes.Buffer
	if err := Write(&buf, set); err != nil {
		t.Fatal(err)
	}
	for _, k := range engine.KindCodes {
		if !bytes.Contains(buf.Bytes(), []byte("`"+k+"`")) {
			t.Errorf("kind code %s missing from the page", k)
		}
	}
	for _, col := range []string{"kommunenummer", "kommune", "periode", "indikator", "inndeling", "verdi", "merknad",
		"forklaring", "kvalitet", "datagrunnlag", "forklaringskode", "teller", "nevner", "rader", "beregning"} {
		if !bytes.Contains(buf.Bytes(), []byte(". `"+col+"`")) {
			t.Errorf("column %s missing from the page's list of export columns", col)
		}
	}
}
