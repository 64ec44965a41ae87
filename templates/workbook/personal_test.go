package workbook

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A fødselsnummer or D-nummer typed anywhere in the workbook is masked in
// every text read from it and named by cell; in a number or date field it
// is refused without being quoted.
func TestReadPersonalIDs(t *testing.T) {
	path := filled(t, func(f *excelize.File) {
		fillAll(t, f)
		set(t, f, "Programinfo", map[string]any{
			"B12": 1018012452, // 01018012452 typed into a number cell
			"B14": "Kontakt Ola (fnr. 010180 12452) om saken.",
			"D20": "701077-33386", // beside the form, read by nobody
		})
		set(t, f, "Aktiviteter", map[string]any{"C3": "Oppfølging av 70107733386 og 01.01.80 124 52"})
		set(t, f, "Gode eksempler", map[string]any{"B3": "Familien (09099949942) kjøpte boligen."})
		set(t, f, "Økonomi", map[string]any{"C3": "09099949942", "D4": 9099949942})
		set(t, f, "Tall", map[string]any{"H7": "oppgitt av 12345678901"}) // control digits wrong: still masked
		if _, err := f.NewSheet("Notater"); err != nil {
			t.Fatal(err)
		}
		set(t, f, "Notater", map[string]any{"A1": "Husk 010180 12452"})
	})
	wb, l := Read(path, sample().Options())
	got := strings.ReplaceAll(l.String(), path, "arbeidsbok.xlsx")
	const (
		text   = "advarsel: cellen inneholder noe som ligner et fødselsnummer eller D-nummer; det er fjernet fra rapporten, men står fortsatt i arbeidsboka – fjern det der [BOSO-I001]"
		unused = "advarsel: cellen inneholder noe som ligner et fødselsnummer eller D-nummer; boso bruker ikke cellen og skriver det aldri ut, men fjern det fra arbeidsboka [BOSO-I001]"
		lost   = "verdien er et fødselsnummer som har mistet nullen foran i en tallcelle, og leses ikke som et tall (sifrene vises ikke her) – sjekk at ikke et fødselsnummer har havnet i feil kolonne [BOSO-A003]"
		amount = "verdien har 11 sifre som et fødselsnummer eller D-nummer og leses ikke som et tall (sifrene vises ikke her); et beløp eller antall har færre sifre – sjekk at ikke et fødselsnummer har havnet i feil kolonne [BOSO-A003]"
	)
	want := "arbeidsbok.xlsx[Aktiviteter]!C3: " + text + "\n" +
		"arbeidsbok.xlsx[Gode eksempler]!B3: " + text + "\n" +
		"arbeidsbok.xlsx[Notater]!A1: " + unused + "\n" +
		"arbeidsbok.xlsx[Programinfo]!B12: " + text + "\n" +
		"arbeidsbok.xlsx[Programinfo]!B14: " + text + "\n" +
		"arbeidsbok.xlsx[Programinfo]!D20: " + unused + "\n" +
		"arbeidsbok.xlsx[Tall]!H7: " + text + "\n" +
		"arbeidsbok.xlsx[Økonomi]!C3: " + amount + "\n" +
		"arbeidsbok.xlsx[Økonomi]!D4: " + lost + "\n"
	if got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
	if l.Errors() != 2 {
		t.Errorf("%d errors; want 2 (the amounts): a masked text is a warning", l.Errors())
	}
	if got := wb.Program.Summary.Value; got != "Kontakt Ola (fnr. [fødselsnummer fjernet]) om saken." {
		t.Errorf("summary %q", got)
	}
	// Nothing read from the workbook holds the digits, in any grouping.
	all := fmt.Sprintf("%+v", *wb)
	for _, id := range []string{"01018012452", "70107733386", "09099949942", "12345678901", "1018012452"} {
		if anyGrouping(id).MatchString(all) {
			t.Errorf("%s read from the workbook:\n%s", id, all)
		}
	}
}

// anyGrouping matches the digits of id with anything but digits between them.
func anyGrouping(id string) *regexp.Regexp {
	var b strings.Builder
	for i, c := range id {
		if i > 0 {
			b.WriteString(`[^0-9]*`)
		}
		b.WriteRune(c)
	}
	return regexp.MustCompile(b.String())
}

// An id typed across two text cells side by side is found in both and
// masked from what is read; two numbers side by side in the budget are
// not taken for one.
func TestReadPersonalIDAcrossCells(t *testing.T) {
	path := filled(t, func(f *excelize.File) {
		fillAll(t, f)
		set(t, f, "Aktiviteter", map[string]any{"G3": "Fnr 231299", "H3": "27194 ble fulgt opp"})
	})
	wb, l := Read(path, sample().Options())
	got := l.String()
	for _, cell := range []string{"[Aktiviteter]!G3: advarsel: cellen inneholder noe som ligner et fødselsnummer", "[Aktiviteter]!H3: advarsel: cellen inneholder noe som ligner et fødselsnummer"} {
		if !strings.Contains(got, cell) {
			t.Errorf("want %q in\n%s", cell, got)
		}
	}
	all := fmt.Sprintf("%+v", *wb)
	if strings.Contains(all, "231299") || strings.Contains(all, "27194") {
		t.Errorf("the id's halves are read from the workbook:\n%s", all)
	}
	if strings.Contains(got, "[Økonomi]") {
		t.Errorf("budget figures side by side taken for an id:\n%s", got)
	}
}
