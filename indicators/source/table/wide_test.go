package table

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A sheet whose rows each hold one cell far to the right (XFD) would be
// read as rows of 16 384 cells each: minutes for a few hundred thousand
// rows. It is refused before it is read; a real register of that many
// rows, as wide as its table, is not.
func TestSheetTooWide(t *testing.T) {
	if _, err := OpenXLSX(wideSheet(t, 20000, "XFD"), Options{Expect: []string{"Kommunenr", "Dato"}}); err == nil ||
		!strings.Contains(err.Error(), "har celler så langt til høyre at radene til sammen blir mer enn 200 millioner celler å lese") {
		t.Fatalf("a sheet of 20 000 rows reaching XFD: %v", err)
	}
	r, err := OpenXLSX(wideSheet(t, 20000, "B"), Options{Expect: []string{"Kommunenr", "Dato"}})
	if err != nil {
		t.Fatalf("a sheet of 20 000 rows two columns wide: %v", err)
	}
	r.Close()
}

// A worksheet padded with blanks, under the size limits but packed a
// thousand times smaller than it unpacks, is refused before excelize
// reads it (a 900 MB padding in 1 MB took 29 s and 2.1 GB).
func TestSheetPacked(t *testing.T) {
	path := wideSheet(t, 2, "B", strings.Repeat(" ", 40_000_000))
	_, err := OpenXLSX(path, Options{Expect: []string{"Kommunenr", "Dato"}})
	if err == nil || !strings.Contains(err.Error(), "filen er pakket på en måte ingen vanlig eksport er: delen «xl/worksheets/sheet1.xml»") {
		t.Fatalf("a padded sheet: %v", err)
	}
}

// wideSheet writes an .xlsx whose rows below the header hold one number
// in column col.
func wideSheet(t *testing.T, n int, col string, padding ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.xlsx")
	f, _ := os.Create(path)
	z := zip.NewWriter(f)
	w, _ := z.Create("[Content_Types].xml")
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
	w, _ = z.Create("_rels/.rels")
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	w, _ = z.Create("xl/workbook.xml")
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	w, _ = z.Create("xl/_rels/workbook.xml.rels")
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	w, _ = z.Create("xl/worksheets/sheet1.xml")
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	fmt.Fprint(w, `<row r="1"><c r="A1" t="inlineStr"><is><t>Kommunenr</t></is></c><c r="B1" t="inlineStr"><is><t>Dato</t></is></c></row>`)
	for i := 2; i <= n; i++ {
		fmt.Fprintf(w, `<row r="%d"><c r="%s%d"><v>1</v></c></row>`, i, col, i)
	}
	for _, p := range padding {
		fmt.Fprint(w, p)
	}
	fmt.Fprint(w, `</sheetData></worksheet>`)
	z.Close()
	f.Close()
	return path
}
