package diag

import (
	"fmt"
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
	l.Add("BOSO-X", Pos{File: "d/startlan-150385\u200b43730.csv", Line: 5}, "feil")
	got := l.String()
	want := "a.csv:3:(11 sifre, ikke vist): «(11 sifre, ikke vist)» er ikke en dato [BOSO-X]\n" +
		"b.xlsx[Ark (11 sifre, ikke vist)]!B2: advarsel: kolonnene er: Navn, (11 sifre, ikke vist) [BOSO-X]\n" +
		"c.csv:4:Beløp: «12 5OO» er ikke et tall [BOSO-X]\n" +
		"d/startlan-(11 sifre, ikke vist).csv:5: feil [BOSO-X]\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, id := range []string{"01018012452", "12452", "33386", "43730"} {
		if strings.Contains(got, id) {
			t.Errorf("%s printed", id)
		}
	}
	// a file's name as the problem keeps it (for JSON), and any position
	// made into text (explain's rows) is masked too
	if items := l.Items(); items[len(items)-1].Pos.File != "d/startlan-(11 sifre, ikke vist).csv" {
		t.Errorf("kept file %q", items[len(items)-1].Pos.File)
	}
	if got := (Pos{File: "kilder/tall-150385-43730.yaml", Line: 2, Col: 3}).String(); got != "kilder/tall-(11 sifre, ikke vist).yaml:2:3" {
		t.Errorf("Pos.String() = %q", got)
	}
	if got := ShownPath("data/eksport_20250815_1230.csv"); got != "data/eksport_20250815_1230.csv" {
		t.Errorf("a timestamp in a file name was masked: %q", got)
	}
}

// A column with many bad rows keeps the first PerColumn problems and a
// line that counts the rest; the counts stay exact and other columns are
// kept apart.
func TestListPerColumn(t *testing.T) {
	var l List
	for row := 1; row <= 3*PerColumn; row++ {
		l.Add("BOSO-R001", Pos{File: "a.csv", Line: row + 1, Column: "Beløp"}, fmt.Sprintf("feil %d", row))
		if row%2 == 0 {
			l.Warn("BOSO-R002", Pos{File: "a.csv", Line: row + 1, Column: "Dato"}, "advarsel")
		}
	}
	l.Add("BOSO-M001", Pos{File: "b.yaml", Line: 3, Col: 5}, "for seg selv")
	if l.Len() != 3*PerColumn+3*PerColumn/2+1 || l.Errors() != 3*PerColumn+1 {
		t.Fatalf("Len %d, Errors %d", l.Len(), l.Errors())
	}
	items := l.Items()
	if len(items) != 2*PerColumn+3 {
		t.Fatalf("%d items", len(items))
	}
	var more []string
	for i, p := range items {
		if p.Code == CodeMore {
			more = append(more, fmt.Sprintf("%d %s", i, p))
		}
	}
	want := []string{
		// Beløp's 100 (lines 2–101) and Dato's 50 up to line 101, then the count.
		"150 a.csv: 200 problemer til i kolonne «Beløp» er ikke vist (bare de 100 første vises) [BOSO-L001]",
		"201 a.csv: advarsel: 50 problemer til i kolonne «Dato» er ikke vist (bare de 100 første vises) [BOSO-L001]",
	}
	if strings.Join(more, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(more, "\n"), strings.Join(want, "\n"))
	}
	if items[2*PerColumn+2].Pos.File != "b.yaml" {
		t.Errorf("last item %v", items[2*PerColumn+2])
	}

	// Append keeps the cap and the counts.
	var all List
	all.Add("BOSO-R001", Pos{File: "a.csv", Line: 1, Column: "Beløp"}, "først")
	all.Append(&l)
	if all.Len() != l.Len()+1 || all.Errors() != l.Errors()+1 || len(all.Items()) != len(items) {
		t.Errorf("Append: Len %d, Errors %d, items %d", all.Len(), all.Errors(), len(all.Items()))
	}
	if s := all.String(); !strings.Contains(s, "a.csv: 201 problemer til i kolonne «Beløp»") {
		t.Errorf("Append: %s", s)
	}
}

// A quoted value that differs from what it looks like only by an
// invisible character shows it as its code point; Norwegian text, its
// no-break spaces in numbers, and plain values are left as they are.
func TestVisibleInMessages(t *testing.T) {
	var l List
	l.Add("BOSO-P001", Pos{File: "program.yaml", Line: 8}, "«3403\u200b» er ikke et kommunenummer")
	l.Add("BOSO-P001", Pos{File: "program.yaml", Line: 9}, "«\ufeffKommune» og «Sum\u00ad» og 3\u00a0971 rader, æøå")
	got := l.String()
	for _, want := range []string{"«3403⟨U+200B⟩»", "«⟨U+FEFF⟩Kommune»", "«Sum⟨U+00AD⟩»", "3\u00a0971 rader, æøå"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q not in\n%s", want, got)
		}
	}
}
