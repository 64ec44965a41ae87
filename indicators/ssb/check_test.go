package ssb

import (
	"strings"
	"testing"
)

// Check names the cell a caller refuses: its line in a CSV, its place in
// «value» in JSON-stat, and its categories.
func TestCheck(t *testing.T) {
	tab, err := ReadCSV(strings.NewReader("\"region\";\"år\";\"Personer\"\n\"3403\";\"2025\";31000\n\"3405\";\"2025\";-5\n"), "b.csv")
	if err != nil {
		t.Fatal(err)
	}
	neg := func(c Cell) string {
		if c.Value < 0 {
			return "negativ"
		}
		return ""
	}
	errs := tab.Check(neg)
	if len(errs) != 1 || errs[0].Error() != "b.csv:3: region 3405, år 2025: negativ" {
		t.Errorf("CSV: %v", errs)
	}
	_, err = oneJSON(t, "-5", "")
	if err != nil {
		t.Fatal(err)
	}
	s := `{"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[2,1],
	"dimension":{"Region":{"category":{"index":["3403","3405"]}},"Tid":{"category":{"index":["2025"]}}},"value":[1,-5]}`
	jt, err := ReadJSONStat(strings.NewReader(s), "x.json")
	if err != nil {
		t.Fatal(err)
	}
	errs = jt.Check(neg)
	if len(errs) != 1 || errs[0].Error() != "x.json: verdi nr. 1 (Region 3405, Tid 2025): negativ" {
		t.Errorf("JSON: %v", errs)
	}
}
