package examples_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/examples/internal/fiktiv"
	"boso/indicators/diag"
	"boso/indicators/program"
	"boso/reports/clienttest"
)

// TestWorkbookCachedResults checks that the filled workbooks, which a
// kommune sends to Husbanken, show their totals and deviations where
// nothing recalculates (Protected View, previews): every formula cell
// carries a cached result, a number without a text type or empty text,
// and that result is what LibreOffice computes. LibreOffice reads a copy
// whose every cached result is wrong and recalculates it (a profile that
// always does), so it can only agree by doing the arithmetic itself.
func TestWorkbookCachedResults(t *testing.T) {
	for _, ex := range fiktiv.Examples {
		t.Run(ex.Period, func(t *testing.T) {
			t.Parallel()
			var l diag.List
			path := filepath.Join(ex.Dir, "program.yaml")
			p, ok := program.Load(path, &l)
			if !ok {
				t.Fatalf("%s:\n%s", path, l.String())
			}
			data, err := os.ReadFile(p.WorkbookPath())
			if err != nil {
				t.Fatal(err)
			}
			cells := formulaCells(t, data)
			numbers := 0
			for _, c := range cells {
				switch {
				case c.V == nil:
					t.Errorf("%s!%s (%s): no cached result", c.sheet, c.R, c.F)
				case c.T == "" && *c.V == "":
					t.Errorf("%s!%s (%s): an empty number as its result", c.sheet, c.R, c.F)
				case c.T == "":
					if _, err := strconv.ParseFloat(*c.V, 64); err != nil {
						t.Errorf("%s!%s (%s): result %q is not a number", c.sheet, c.R, c.F, *c.V)
					}
					numbers++
				case c.T == "str" && *c.V != "":
					t.Errorf("%s!%s (%s): result %q typed as text", c.sheet, c.R, c.F, *c.V)
				case c.T != "str":
					t.Errorf("%s!%s (%s): result typed %q", c.sheet, c.R, c.F, c.T)
				}
			}
			// each filled economy line has its two totals, its deviation
			// and the grant's; each programme year its four sums
			if numbers < 30 {
				t.Errorf("%d formulas with a number as result, want the filled economy's totals and deviations", numbers)
			}

			wrong := filepath.Join(t.TempDir(), "arbeidsbok.xlsx")
			if err := os.WriteFile(wrong, wrongResults(t, data), 0o644); err != nil {
				t.Fatal(err)
			}
			sheets := clienttest.LibreOfficeCSV(t, wrong)
			compared := 0
			for _, c := range cells {
				rows, ok := sheets[c.sheet]
				if !ok {
					t.Fatalf("LibreOffice exported no sheet %q", c.sheet)
				}
				col, row, _ := excelize.CellNameToCoordinates(c.R)
				var got string
				if row <= len(rows) && col <= len(rows[row-1]) {
					got = rows[row-1][col-1]
				}
				want := ""
				if c.V != nil {
					want = *c.V
				}
				if want == "" || got == "" {
					if got != want {
						t.Errorf("%s!%s (%s): cached %q, LibreOffice computes %q", c.sheet, c.R, c.F, want, got)
					}
					continue
				}
				g, err1 := strconv.ParseFloat(got, 64)
				w, err2 := strconv.ParseFloat(want, 64)
				if err1 != nil || err2 != nil || g != w {
					t.Errorf("%s!%s (%s): cached %q, LibreOffice computes %q", c.sheet, c.R, c.F, want, got)
				}
				compared++
			}
			if compared != numbers {
				t.Errorf("compared %d numeric results with LibreOffice's, want %d", compared, numbers)
			}
		})
	}
}

// formulaCell is a formula cell of a saved workbook as its XML holds it.
type formulaCell struct {
	sheet string
	R     string  `xml:"r,attr"`
	T     string  `xml:"t,attr"`
	F     string  `xml:"f"`
	V     *string `xml:"v"`
}

// formulaCells reads every formula cell of an xlsx package, in order.
func formulaCells(t *testing.T, data []byte) []formulaCell {
	t.Helper()
	parts := packageParts(t, data)
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(parts["xl/workbook.xml"], &wb); err != nil {
		t.Fatal(err)
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(parts["xl/_rels/workbook.xml.rels"], &rels); err != nil {
		t.Fatal(err)
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		target[r.ID] = "xl/" + strings.TrimPrefix(strings.TrimPrefix(r.Target, "/"), "xl/")
	}
	var out []formulaCell
	for _, s := range wb.Sheets {
		var ws struct {
			Rows []struct {
				Cells []formulaCell `xml:"c"`
			} `xml:"sheetData>row"`
		}
		if err := xml.Unmarshal(parts[target[s.RID]], &ws); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
		for _, r := range ws.Rows {
			for _, c := range r.Cells {
				if c.F != "" {
					c.sheet = s.Name
					out = append(out, c)
				}
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("the workbook has no formulas")
	}
	return out
}

func packageParts(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = b
	}
	return out
}

var cachedResult = regexp.MustCompile(`(<f>[^<]*</f>)(?:<v>[^<]*</v>)?`)

// wrongResults is the workbook with 987654321 as every formula's cached
// result.
func wrongResults(t *testing.T, data []byte) []byte {
	t.Helper()
	parts := packageParts(t, data)
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		body := parts[f.Name]
		if strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			body = cachedResult.ReplaceAll(body, []byte("${1}<v>987654321</v>"))
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
