package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"boso/indicators/diag"
)

// Personal ids in a register: a key of fødselsnumre is read (it is what
// tells households apart) with one warning for its column; a column no
// field reads is named too; a date or amount field refuses one with an
// error; no message quotes one.
func TestRegisterPersonalIDs(t *testing.T) {
	dir := t.TempDir()
	csv := "Kommune;Husstand;Dato;Beløp;Merknad;70107733386\n" +
		"3403;010180 12452;01.02.2024;1 000;ring 701077 33386;x\n" +
		"3403;70107733386;01018012452;2 000;;\n" +
		"3403;H-17;01.03.2024;09099949942;1018012452;\n" +
		"3403;H-18;01.04.2024;3 000;;\n"
	os.WriteFile(filepath.Join(dir, "r.csv"), []byte(csv), 0o644)
	mapping := filepath.Join(dir, "r.yaml")
	os.WriteFile(mapping, []byte(`id: r
register: startlan
file: r.csv
covers: {from: 2016-01-01, to: 2025-12-31}
fields:
  kommune: {column: Kommune, type: kommune}
  husstand: {column: Husstand, type: text}
  dato: {column: Dato, type: date}
  belop: {column: Beløp, type: amount}
`), 0o644)
	var l diag.List
	maps := LoadMappings([]string{mapping}, &l)
	s, ok := maps[0].Open([]string{"husstand", "dato", "belop"}, &l)
	if !ok {
		t.Fatal(l.String())
	}
	var keys []string
	var rec Record
	for s.Next(&rec) {
		keys = append(keys, rec.Values[0].Str)
	}
	s.Close()
	// the key field is read, for counting, an id as its 11 digits however grouped
	if strings.Join(keys, "|") != "01018012452|70107733386|H-17|H-18" {
		t.Errorf("keys %q", keys)
	}
	got := strings.ReplaceAll(l.String(), dir+"/", "")
	want := `r.csv:1:(11 sifre, ikke vist): advarsel: en kolonneoverskrift ligner et fødselsnummer eller D-nummer; den vises aldri – sjekk at overskriftsraden er riktig [BOSO-I002]
r.csv:2:Husstand: advarsel: 2 verdier i kolonnen «Husstand» ligner fødselsnumre eller D-numre (den første her); boso bruker verdiene bare der feltet trengs (som nøkkel til å telle husstander, eller som merknad) og skriver dem aldri ut [BOSO-I002]
r.csv:2:Merknad: advarsel: 2 verdier i kolonnen «Merknad» ligner fødselsnumre eller D-numre (den første her); boso bruker ikke kolonnen og skriver den aldri ut – ta den ut av uttrekket om ingen trenger den [BOSO-I002]
r.csv:3:Dato: «(11 sifre, ikke vist)» er ikke en dato (ventet dd.mm.åååå, åååå-mm-dd eller et Excel-datotall (f.eks. 45383)) (kolonne «Dato», felt dato) [BOSO-R001]
r.csv:4:Beløp: verdien har 11 sifre som et fødselsnummer eller D-nummer og leses ikke som et tall (sifrene vises ikke her); et beløp eller antall har færre sifre – sjekk at ikke et fødselsnummer har havnet i feil kolonne (kolonne «Beløp», felt belop) [BOSO-R001]
`
	if got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
}
