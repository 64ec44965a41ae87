package table

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"boso/indicators/diag"
	"boso/indicators/period"
	"boso/indicators/source/parse"
)

// writeWorkbook builds the kind of workbook a case system exports: a
// hidden first sheet, then a sheet with a title, a header with padded
// names, typed cells (text kommunenummer, date-styled dates, numbers,
// booleans), a blank row, a Sum row and a row wider than the header.
func writeWorkbook(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "Info"))
	_, err := f.NewSheet("Data")
	must(err)
	must(f.SetCellStr("Info", "A1", "Eksportert fra fagsystemet"))
	f.SetActiveSheet(1) // a selected tab cannot be hidden
	must(f.SetSheetVisible("Info", false))

	dmy := "dd.mm.yyyy"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dmy})
	must(err)
	amount := "# ##0,00"
	amountStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &amount})
	must(err)

	set := func(cell string, v any) { must(f.SetCellValue("Data", cell, v)) }
	set("A1", "Rapport over bostedsløse husstander")
	set("A3", " Kommunenr ")
	set("B3", "Dato")
	set("C3", "Beløp\u00a0")
	set("D3", "Aktiv")
	must(f.SetCellStr("Data", "A4", "0301"))
	set("B4", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC))
	set("C4", 12500.5)
	set("D4", true)
	must(f.SetCellStyle("Data", "C4", "C5", amountStyle))
	set("A5", 3403)
	set("B5", 45400)
	must(f.SetCellStyle("Data", "B5", "B5", dateStyle))
	set("C5", 0.1+0.2)
	set("D5", false)
	set("A7", "5001")
	set("D7", "ja")
	set("A8", "Sum")
	set("C8", 12500.8)
	set("A9", "1100")
	set("F9", "ekstra")
	set("A10", "0301")

	p := filepath.Join(t.TempDir(), "register.xlsx")
	must(f.SaveAs(p))
	return p
}

func TestXLSX(t *testing.T) {
	p := writeWorkbook(t)
	r, err := OpenXLSX(p, Options{Expect: []string{"kommunenr", "DATO", "beløp"}})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := r.Close(); err != nil {
			t.Error(err)
		}
	}()
	if got, want := r.Header(), []string{"Kommunenr", "Dato", "Beløp", "Aktiv"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Header = %q, want %q", got, want)
	}
	if r.HeaderLine() != 3 || r.Encoding() != "" {
		t.Errorf("HeaderLine = %d, Encoding = %q", r.HeaderLine(), r.Encoding())
	}
	rows, errs := readAll(t, r)
	want := []Row{
		{Cells: []string{"0301", "45383", "12500.5", "1"}, Line: 4},
		{Cells: []string{"3403", "45400", "0.3", "0"}, Line: 5},
		{Cells: []string{"5001", "", "", "ja"}, Line: 7},
		{Cells: []string{"Sum", "", "12500.8", ""}, Line: 8, Sum: true},
		{Cells: []string{"0301", "", "", ""}, Line: 10},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows\n got %+v\nwant %+v", rows, want)
	}
	wantErr := p + "[Data]!F9: raden har 6 celler, men overskriftsraden bare 4 (første verdi utenfor: «ekstra» i kolonne 6)"
	if len(errs) != 1 || errs[0] != wantErr {
		t.Errorf("errors %q, want %q", errs, wantErr)
	}
	if got, want := r.Pos(rows[0], 2), (diag.Pos{File: p, Sheet: "Data", Row: 4, Column: "C"}); got != want {
		t.Errorf("Pos = %+v, want %+v", got, want)
	}
	if got := r.Pos(rows[1], 27).String(); got != p+"[Data]!AB5" {
		t.Errorf("Pos.String = %q", got)
	}

	// The cells are what the value parsers expect.
	d, err := parse.Date(rows[0].Cells[1], []parse.DateFormat{parse.DateExcel})
	if err != nil || d != period.MustDate(2024, 4, 1) {
		t.Errorf("date cell %q → %v, %v", rows[0].Cells[1], d, err)
	}
	k, err := parse.Kommunenummer(rows[1].Cells[0])
	if err != nil || k != "3403" {
		t.Errorf("kommunenummer %q → %v, %v", rows[1].Cells[0], k, err)
	}
	if v, err := parse.Bool(rows[0].Cells[3], parse.BoolMap{}); err != nil || !v {
		t.Errorf("bool cell %q → %v, %v", rows[0].Cells[3], v, err)
	}
	if n, err := parse.Number(rows[0].Cells[2], parse.NumberFormat{Decimal: '.'}); err != nil || n.String() != "12500.5" {
		t.Errorf("number cell %q → %v, %v", rows[0].Cells[2], n, err)
	}
}

func TestXLSXSheets(t *testing.T) {
	p := writeWorkbook(t)
	for _, tc := range []struct {
		sheet, want string
		header      int
	}{
		{"", "Data", 1}, // the first sheet is hidden; no Expect: the title is the header
		{"data", "Data", 1},
		{" Info ", "Info", 1},
	} {
		r, err := OpenXLSX(p, Options{Sheet: tc.sheet})
		if err != nil {
			t.Fatalf("sheet %q: %v", tc.sheet, err)
		}
		if got := r.Pos(Row{Line: 1}, 0).Sheet; got != tc.want || r.HeaderLine() != tc.header {
			t.Errorf("sheet %q: read %q, header %d", tc.sheet, got, r.HeaderLine())
		}
		r.Close()
	}
}

func TestXLSXErrors(t *testing.T) {
	p := writeWorkbook(t)
	dir := t.TempDir()
	notXLSX := filepath.Join(dir, "register.xlsx")
	if err := os.WriteFile(notXLSX, []byte("Kommune;Dato\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		opt  Options
		want string
	}{
		{p, Options{Sheet: "Ark1"}, p + ": fant ikke arket «Ark1» (arkene i filen er «Info», «Data»)"},
		{p, Options{Sheet: "Data", Expect: []string{"Kommunenr", "Dato", "Status"}},
			p + "[Data]: fant ikke overskriftsraden: ingen av de 50 første radene med innhold har alle kolonnene «Kommunenr», «Dato», «Status»; nærmest er rad 3, som mangler «Status» (den har «Kommunenr», «Dato», «Beløp», «Aktiv»)"},
		{filepath.Join(dir, "mangler.xlsx"), Options{}, filepath.Join(dir, "mangler.xlsx") + ": filen finnes ikke"},
	} {
		_, err := OpenXLSX(tc.path, tc.opt)
		var te *Error
		if !errors.As(err, &te) || err.Error() != tc.want {
			t.Errorf("OpenXLSX(%q, %+v)\n got %v\nwant %s", tc.path, tc.opt, err, tc.want)
		}
	}
	_, err := OpenXLSX(notXLSX, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), notXLSX+": kan ikke lese filen som Excel-arbeidsbok (.xlsx)") {
		t.Errorf("not an xlsx: %v", err)
	}
}

func TestXLSXDuplicateColumn(t *testing.T) {
	f := excelize.NewFile()
	for cell, v := range map[string]string{"A1": "Dato", "B1": "Kommune", "C1": "dato"} {
		if err := f.SetCellStr("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(t.TempDir(), "dup.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err := OpenXLSX(p, Options{Expect: []string{"Dato"}})
	if want := p + "[Sheet1]!C1: kolonnen «Dato» finnes flere ganger i overskriftsraden (A og C); ventet én"; err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

func TestExcelNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1234.5600000000001", "1234.56"},
		{"0.30000000000000004", "0.3"},
		{"-0.30000000000000004", "-0.3"},
		{"45383.541666666664", "45383.5416666667"},
		{"1E-3", "0.001"},
		{"1.5E+20", "150000000000000000000"},
		{"12500.5", "12500.5"},
		{"12345678901234567890", "12345678901234567890"}, // integer text: untouched
		{"0301", "0301"},
		{"01.03.2024", "01.03.2024"},
		{"E5", "E5"},
		{"1E", "1E"},
		{"Elin", "Elin"},
		{"-", "-"},
		{"", ""},
		{"1.2.3", "1.2.3"},
	} {
		if got := excelNumber(tc.in); got != tc.want {
			t.Errorf("excelNumber(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
