package source

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/indicators/diag"
	"boso/indicators/period"
)

// An XLSX export read through a mapping: date cells, numeric and text
// amounts, a title row, and errors that name the sheet and cell.
func TestXLSXThroughMapping(t *testing.T) {
	dir := t.TempDir()
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Vedtak")
	f.SetCellValue("Vedtak", "A1", "Startlån – uttrekk")
	for i, h := range []string{"Kommune", "Vedtaksdato", "Beløp", "Merknad"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 3)
		f.SetCellValue("Vedtak", cell, h)
	}
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	rows := [][]any{
		{"0403", 45107.0, 1250000.5, "numeric amount, date cell"},
		{"3403", "01.07.2024", "1 250 000,50", "text amount and text date"},
		{"3403", "31.02.2024", "12 5OO", "two bad values"},
	}
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+4)
			f.SetCellValue("Vedtak", cell, v)
		}
	}
	f.SetCellStyle("Vedtak", "B4", "B4", dateStyle)
	path := filepath.Join(dir, "vedtak.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	mapping := filepath.Join(dir, "vedtak.yaml")
	os.WriteFile(mapping, []byte(`id: vedtak
register: startlan
file: vedtak.xlsx
sheet: Vedtak
covers: {from: 2016-01-01, to: 2025-12-31}
fields:
  kommune: {column: Kommune, type: kommune}
  vedtaksdato: {column: Vedtaksdato, type: date}
  belop: {column: Beløp, type: amount}
`), 0o644)
	var l diag.List
	maps := LoadMappings([]string{mapping}, &l)
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	s, ok := maps[0].Open([]string{"vedtaksdato", "belop"}, &l)
	if !ok {
		t.Fatal(l.String())
	}
	defer s.Close()
	var got []string
	var rec Record
	for s.Next(&rec) {
		if rec.Failed {
			got = append(got, rec.Pos.String()+" failed")
			continue
		}
		got = append(got, rec.Pos.String()+" "+rec.Kommune+" "+rec.Values[0].Date.String()+" "+rec.Values[1].Num.String())
	}
	want := []string{
		dir + "/vedtak.xlsx[Vedtak]!4:4 0403 " + period.MustDate(2023, 6, 30).String() + " 1250000.5",
		dir + "/vedtak.xlsx[Vedtak]!5:5 3403 2024-07-01 1250000.5",
		dir + "/vedtak.xlsx[Vedtak]!6:6 failed",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	problems := strings.ReplaceAll(l.String(), dir+"/", "")
	for _, w := range []string{"vedtak.xlsx[Vedtak]!B6: datoen «31.02.2024» finnes ikke", "vedtak.xlsx[Vedtak]!C6: «12 5OO» er ikke et tall"} {
		if !strings.Contains(problems, w) {
			t.Errorf("want %q in\n%s", w, problems)
		}
	}
}

func TestMappingProblems(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.yaml")
	os.WriteFile(path, []byte(`id: m
register: r
file: finnes.csv
sheet: Ark1
delimiter: "|x"
fields:
  dato: {column: Dato, type: date, values: {a: b}, formats: [mm/dd/yyyy]}
`), 0o644)
	var l diag.List
	maps := LoadMappings([]string{path}, &l)
	got := strings.ReplaceAll(l.String(), dir+"/", "")
	for _, w := range []string{
		"m.yaml:3:7: finner ikke filen",
		"m.yaml:4:8: kilde «m»: sheet gjelder bare .xlsx-filer",
		"m.yaml:5:12: ukjent skilletegn «|x»",
		"m.yaml:1:1: kilde «m» må si hvilke datoer registeret dekker",
		"m.yaml:7:3: kilde «m» må ha et felt «kommune»",
		"m.yaml:7:44: feltet «dato» har type date og kan ikke ha «values»",
		"m.yaml:7:61: ukjent datoformat «mm/dd/yyyy»",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("want %q in\n%s", w, got)
		}
	}
	if len(maps) != 1 || !maps[0].Invalid {
		t.Error("a mapping with problems must be marked invalid")
	}
}

// A workbook in the 1904 date system (Excel for Mac's old default) writes
// each date's serial 1462 days lower; its dates are read as the days
// Excel shows, not four years and a day early. A date typed as text is
// not shifted.
func TestXLSXDate1904(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		dir := t.TempDir()
		f := excelize.NewFile()
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}); err != nil {
			t.Fatal(err)
		}
		serial := 45107.0 // 2023-06-30 in the 1900 system
		if date1904 {
			serial -= 1462
		}
		f.SetCellValue("Sheet1", "A1", "Kommune")
		f.SetCellValue("Sheet1", "B1", "Vedtaksdato")
		f.SetCellValue("Sheet1", "A2", "3403")
		f.SetCellValue("Sheet1", "B2", serial)
		f.SetCellValue("Sheet1", "A3", "3403")
		f.SetCellValue("Sheet1", "B3", "01.07.2024")
		if err := f.SaveAs(filepath.Join(dir, "v.xlsx")); err != nil {
			t.Fatal(err)
		}
		mapping := filepath.Join(dir, "v.yaml")
		os.WriteFile(mapping, []byte("id: v\nregister: startlan\nfile: v.xlsx\ncovers: {from: 2016-01-01, to: 2025-12-31}\n"+
			"fields:\n  kommune: {column: Kommune, type: kommune}\n  vedtaksdato: {column: Vedtaksdato, type: date}\n"), 0o644)
		var l diag.List
		maps := LoadMappings([]string{mapping}, &l)
		s, ok := maps[0].Open([]string{"vedtaksdato"}, &l)
		if !ok {
			t.Fatal(l.String())
		}
		var got []string
		var rec Record
		for s.Next(&rec) {
			got = append(got, rec.Values[0].Date.String())
		}
		s.Close()
		if want := []string{"2023-06-30", "2024-07-01"}; strings.Join(got, " ") != strings.Join(want, " ") || l.Len() > 0 {
			t.Errorf("date1904 %v: dates %q, want %q\n%s", date1904, got, want, l.String())
		}
	}
}

// An XLSX date cell of type d (ISO 8601, as some programs write them) is a
// date whatever formats the mapping lists; a checkbox (type b, TRUE is 1)
// in a date column is an error of its cell, not 01.01.1900.
func TestXLSXDateAndBoolCells(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "opphold.xlsx")
	f, _ := os.Create(path)
	z := zip.NewWriter(f)
	part := func(name, text string) {
		w, _ := z.Create(name)
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?>`+text)
	}
	part("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
	part("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	part("xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Opphold" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	part("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	part("xl/worksheets/sheet1.xml", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+
		`<row r="1"><c r="A1" t="inlineStr"><is><t>Kommune</t></is></c><c r="B1" t="inlineStr"><is><t>Dato</t></is></c></row>`+
		`<row r="2"><c r="A2" t="inlineStr"><is><t>3403</t></is></c><c r="B2" t="d"><v>2015-08-27T00:00:00</v></c></row>`+
		`<row r="3"><c r="A3" t="inlineStr"><is><t>3403</t></is></c><c r="B3" t="b"><v>1</v></c></row>`+
		`</sheetData></worksheet>`)
	z.Close()
	f.Close()
	mapping := filepath.Join(dir, "opphold.yaml")
	os.WriteFile(mapping, []byte(`id: opphold
register: startlan
file: opphold.xlsx
covers: {from: 2010-01-01, to: 2025-12-31}
fields:
  kommune: {column: Kommune, type: kommune}
  dato: {column: Dato, type: date, formats: [dd.mm.yyyy]}
`), 0o644)
	var l diag.List
	maps := LoadMappings([]string{mapping}, &l)
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	s, ok := maps[0].Open([]string{"dato"}, &l)
	if !ok {
		t.Fatal(l.String())
	}
	defer s.Close()
	var got []string
	var rec Record
	for s.Next(&rec) {
		if rec.Failed {
			got = append(got, "failed")
			continue
		}
		got = append(got, rec.Values[0].Date.String())
	}
	if want := "2015-08-27 failed"; strings.Join(got, " ") != want {
		t.Errorf("records %q, want %q", strings.Join(got, " "), want)
	}
	if want := "opphold.xlsx[Opphold]!B3: «1» er ikke en dato"; !strings.Contains(strings.ReplaceAll(l.String(), dir+"/", ""), want) {
		t.Errorf("want %q in\n%s", want, l.String())
	}
}
