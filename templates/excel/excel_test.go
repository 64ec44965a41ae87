package excel

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sheetXML saves f and returns the first worksheet's cells as written.
func sheetXML(t *testing.T, f *excelize.File) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Save(f, &buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet1.xml" {
			rc, _ := zf.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			m := regexp.MustCompile(`<sheetData>.*</sheetData>`).Find(b)
			return string(m)
		}
	}
	t.Fatal("no sheet1.xml")
	return ""
}

// A formula's cached result is saved as a reader that does not calculate
// needs it: a number untyped, an empty result as empty text (<v></v>),
// never the index of a shared string.
func TestSetFormula(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	const s = "Sheet1"
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetCellValue(s, "A1", 2))
	must(SetFormula(f, s, "B1", "A1*2", 4))
	must(SetFormula(f, s, "C1", "A1/8", 0.25))
	must(SetFormula(f, s, "D1", `IF(A2="","",A2)`, nil))
	// a cell that held text, then a formula with an empty result
	must(f.SetCellValue(s, "E1", "tekst"))
	must(SetFormula(f, s, "E1", `IF(A2="","",A2)`, nil))
	must(SetFormula(f, s, "F1", "-A1*1000000", int64(-2000000)))
	if err := SetFormula(f, s, "G1", `"a"`, "a"); err == nil {
		t.Error("a text result was accepted")
	}
	got := sheetXML(t, f)
	for _, want := range []string{
		`<c r="B1"><f>A1*2</f><v>4</v></c>`,
		`<c r="C1"><f>A1/8</f><v>0.25</v></c>`,
		`<c r="D1" t="str"><f>IF(A2=&#34;&#34;,&#34;&#34;,A2)</f><v></v></c>`,
		`<c r="E1" t="str"><f>IF(A2=&#34;&#34;,&#34;&#34;,A2)</f><v></v></c>`,
		`<c r="F1"><f>-A1*1000000</f><v>-2000000</v></c>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
}

// CacheResults computes every formula, formulas of formulas and empty
// results included, and refuses a result it cannot cache.
func TestCacheResults(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.NewSheet("Økonomi"); err != nil {
		t.Fatal(err)
	}
	must(f.SetCellValue("Økonomi", "A1", 100))
	must(f.SetCellValue("Økonomi", "A2", 250))
	must(f.SetCellFormula("Økonomi", "A3", `IF(COUNT(A1:A2)=0,"",SUM(A1:A2))`))
	must(f.SetCellFormula("Økonomi", "B3", `IF(COUNT(B1:B2)=0,"",SUM(B1:B2))`))
	// a formula of a formula, on another sheet, written before it
	must(f.SetCellFormula("Sheet1", "A1", `IF('Økonomi'!A3="","",'Økonomi'!A3-300)`))
	must(CacheResults(f))
	if got := sheetXML(t, f); !strings.Contains(got, `<c r="A1"><f>IF(&#39;Økonomi&#39;!A3=&#34;&#34;,&#34;&#34;,&#39;Økonomi&#39;!A3-300)</f><v>50</v></c>`) {
		t.Errorf("Sheet1: %s", got)
	}
	for cell, want := range map[string]string{"A3": "350", "B3": ""} {
		if v, _ := f.GetCellValue("Økonomi", cell, excelize.Options{RawCellValue: true}); v != want {
			t.Errorf("Økonomi!%s cached %q, want %q", cell, v, want)
		}
		if fm, _ := f.GetCellFormula("Økonomi", cell); fm == "" {
			t.Errorf("Økonomi!%s lost its formula", cell)
		}
	}

	must(f.SetCellFormula("Sheet1", "B1", `"tekst"`))
	if err := CacheResults(f); err == nil {
		t.Error("a formula with a text result was cached")
	}
}

// The rewrite sees whole cells however the worksheet arrives in writes.
func TestCellRewriterAcrossWrites(t *testing.T) {
	in := `<sheetData><row r="1"><c r="A1" s="2" t="str"><f>SUM(B1:B2)</f><v>12</v></c><c r="D1" s="1" t="str"><v>7</v></c><c r="B1" t="str"><f>IF(1,"","")</f></c>` +
		`<c r="C1" t="str"><f>X</f><v>ab</v></c></row></sheetData>`
	want := `<sheetData><row r="1"><c r="A1" s="2"><f>SUM(B1:B2)</f><v>12</v></c><c r="D1" s="1" t="str"><v>7</v></c><c r="B1" t="str"><f>IF(1,"","")</f><v></v></c>` +
		`<c r="C1" t="str"><f>X</f><v>ab</v></c></row></sheetData>`
	for size := 1; size <= len(in); size++ {
		var out bytes.Buffer
		r := &cellRewriter{w: &out}
		for i := 0; i < len(in); i += size {
			if _, err := r.Write([]byte(in[i:min(i+size, len(in))])); err != nil {
				t.Fatal(err)
			}
		}
		if err := r.close(); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Fatalf("in writes of %d bytes:\n%s\nwant\n%s", size, out.String(), want)
		}
	}
}
