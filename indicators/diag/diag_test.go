package diag

import (
	"strings"
	"testing"
)

// TestRedacted checks the last line of defence: whatever a reader puts in
// a problem, 11 digits that may be a personal id are not printed.
func TestRedacted(t *testing.T) {
	var l List
	l.Add("BOSO-X", Pos{File: "a.csv", Line: 3, Column: "010180 12452"}, "«01018012452» er ikke en dato")
	l.Warn("BOSO-X", Pos{File: "b.xlsx", Sheet: "Ark 70107733386", Row: 2, Column: "B"}, "kolonnene er: Navn, 701077-33386")
	l.Add("BOSO-X", Pos{File: "c.csv", Line: 4, Column: "Beløp"}, "«12 5OO» er ikke et tall")
	got := l.String()
	want := "a.csv:3:(11 sifre, ikke vist): «(11 sifre, ikke vist)» er ikke en dato [BOSO-X]\n" +
		"b.xlsx[Ark (11 sifre, ikke vist)]!B2: advarsel: kolonnene er: Navn, (11 sifre, ikke vist) [BOSO-X]\n" +
		"c.csv:4:Beløp: «12 5OO» er ikke et tall [BOSO-X]\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, id := range []string{"01018012452", "12452", "33386"} {
		if strings.Contains(got, id) {
			t.Errorf("%s printed", id)
		}
	}
}
