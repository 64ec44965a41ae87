package main

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"boso/reports/clienttest"
	"boso/reports/xlsx/xlsxtest"
)

// tokenText is a text of about n characters made of sentences that each
// carry a numbered word (prefix001, prefix002 …), in paragraphs of about
// para characters, so that a reader of the output can tell that every
// sentence is there, in order.
func tokenText(prefix string, n, para int) (string, int) {
	var b strings.Builder
	k, inPara := 0, 0
	for b.Len() < n {
		k++
		s := fmt.Sprintf("Husstanden %s%03d fikk tett oppfølging med hjemmebesøk hver uke. ", prefix, k)
		if para > 0 && inPara+len(s) > para {
			b.WriteString("\n\n")
			inPara = 0
		}
		b.WriteString(s)
		inPara += len(s)
	}
	return strings.TrimSpace(b.String()), k
}

// missingTokens returns the numbered words prefix001 … prefix<n> that text
// lacks, or that do not first appear in order.
func missingTokens(text, prefix string, n int) []string {
	var missing []string
	seen := map[string]bool{}
	var order []string
	for _, m := range regexp.MustCompile(`\b`+prefix+`\d{3}\b`).FindAllString(text, -1) {
		if !seen[m] {
			seen[m] = true
			order = append(order, m)
		}
	}
	for k := 1; k <= n; k++ {
		want := fmt.Sprintf("%s%03d", prefix, k)
		if k > len(order) || order[k-1] != want {
			missing = append(missing, want)
		}
	}
	return missing
}

// Long texts are normal input: a 700-character activity description and
// reason, a page-long good example in paragraphs and a long summary make
// a report in every format, and every sentence of them is there in each —
// in the xlsx as LibreOffice reads and prints it (nothing clipped by a
// row too low), in the PDF and in the HTML; every row stays within
// Excel's limits.
func TestReportLongTexts(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"data", "kilder"} {
		if err := os.CopyFS(filepath.Join(dir, p), os.DirFS(filepath.Join("../../examples", p))); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{"program.yaml", "arbeidsbok.xlsx"} {
		b, err := os.ReadFile(filepath.Join("../../examples", p))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	activity, na := tokenText("akt", 700, 0)
	reason, nb := tokenText("beg", 700, 0)
	example, ne := tokenText("eks", 3800, 600)
	summary, ns := tokenText("sam", 2500, 800)
	wbPath := filepath.Join(dir, "arbeidsbok.xlsx")
	f, err := excelize.OpenFile(wbPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sheet, cell, text string }{
		{"Aktiviteter", "C3", activity},
		{"Aktiviteter", "H5", reason},
		{"Gode eksempler", "B3", example},
		{"Programinfo", "B14", summary},
	} {
		if err := f.SetCellValue(c.sheet, c.cell, c.text); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	out := filepath.Join(dir, "ut")
	code, _, stderr := runBoso(t, "report", "--program", filepath.Join(dir, "program.yaml"), "--period", "2025H1", "--dato", "2025-08-20", "--ut", out)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	base := filepath.Join(out, "rapport-3403-2025H1")
	texts := []struct {
		prefix string
		n      int
	}{{"akt", na}, {"beg", nb}, {"eks", ne}, {"sam", ns}}
	check := func(format, text string) {
		t.Helper()
		for _, tx := range texts {
			if m := missingTokens(text, tx.prefix, tx.n); len(m) > 0 {
				t.Errorf("%s: %d of %d sentences missing or out of order, first %s", format, len(m), tx.n, m[0])
			}
		}
	}

	b, err := os.ReadFile(base + ".html")
	if err != nil {
		t.Fatal(err)
	}
	check("HTML", html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(b), " ")))
	check("PDF", clienttest.PDFText(t, base+".pdf"))
	if pages := strings.Count(clienttest.PDFText(t, filepath.Join(out, "styringsgruppe-3403-2025H1.pdf")), "\f"); pages != 1 {
		t.Errorf("steering page has %d pages, want 1", pages)
	}

	// the workbook's cells, as LibreOffice reads them, and as it prints them
	var cells strings.Builder
	for _, rows := range clienttest.LibreOfficeCSV(t, base+".xlsx") {
		for _, r := range rows {
			cells.WriteString(strings.Join(r, " ") + "\n")
		}
	}
	check("xlsx cells", cells.String())
	xb, err := os.ReadFile(base + ".xlsx")
	if err != nil {
		t.Fatal(err)
	}
	check("xlsx printed", xlsxtest.PrintWithLibreOffice(t, xb))

	x, err := excelize.OpenFile(base + ".xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	for _, sheet := range x.GetSheetList() {
		rows, _ := x.GetRows(sheet)
		for i, r := range rows {
			if h, _ := x.GetRowHeight(sheet, i+1); h > 409 {
				t.Errorf("%s row %d: height %v > 409", sheet, i+1, h)
			}
			for j, c := range r {
				if n := utf8.RuneCountInString(c); n > 32767 {
					t.Errorf("%s row %d col %d: %d characters", sheet, i+1, j+1, n)
				}
			}
		}
	}
}
