package region

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/clienttest"
)

// The example region's roll-up, opened in the real clients: LibreOffice
// reads the workbook with every kommune and the region on the indicator
// sheet, and poppler reads the PDFs (the meeting page on one page).
func TestExampleInClients(t *testing.T) {
	var l diag.List
	res, err := Run(context.Background(), Options{Files: files.Dir("../../examples/region", false), Config: "../../examples/region/region.yaml",
		Period: period.MustParse("2025H1"), Date: period.MustDate(2025, 9, 15)}, &l)
	if err != nil {
		t.Fatalf("%v\n%s", err, l.String())
	}
	dir := t.TempDir()
	for _, f := range res.Files(dir) {
		fh, err := os.Create(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Fill(fh); err != nil {
			t.Fatal(err)
		}
		fh.Close()
	}
	sheets := clienttest.LibreOfficeCSV(t, filepath.Join(dir, "region-2025H1.xlsx"))
	var ind [][]string
	for name, rows := range sheets {
		if strings.HasPrefix(name, "2 Indikatorer") {
			ind = rows
		}
	}
	text := ""
	for _, r := range ind {
		text += strings.Join(r, ";") + "\n"
	}
	for _, want := range []string{"Hamar", "Nord-Odal", "Regionen i alt", "Median, kommunene", "Tabell 2.1"} {
		if !strings.Contains(text, want) {
			t.Errorf("LibreOffice's indicator sheet lacks %q", want)
		}
	}
	doc := clienttest.PDFText(t, filepath.Join(dir, "region-2025H1.pdf"))
	for _, want := range []string{"Eksempel – fiktive tall", "Innsendinger", "Ringsaker", "12 dager", "Nord-Odal", "mangler"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
	meeting := clienttest.PDFText(t, filepath.Join(dir, "region-mote-2025H1.pdf"))
	if n := strings.Count(meeting, "\f"); n > 1 {
		t.Errorf("the meeting page has %d pages", n)
	}
	if !strings.Contains(meeting, "Ikke mottatt: Nord-Odal") {
		t.Errorf("the meeting page does not say who is missing:\n%s", meeting)
	}
}
