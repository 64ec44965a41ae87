package table

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"

	"boso/indicators/diag"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// A formula cell without a stored result reads as an empty cell through
// excelize's row stream: the figure would be dropped without a word. The
// stream does not tell such a cell from an empty one, so the sheet's XML
// is scanned once more, only for formulas, only when it has any.

// formulaScanLimit bounds the uncompressed sheet scanned for formulas;
// a larger sheet is not scanned (the reader itself bounds what it opens).
const formulaScanLimit = 1 << 30

// emptyFormula is a formula cell in a read column without a stored value.
type emptyFormula struct {
	col, row int // 0-based column, 1-based row
	formula  string
}

// emptyFormulas lists, per column of interest (0-based), the formula cells
// below headerRow that have no stored value, in row order. Problems reading
// the XML end the scan quietly: the row stream reports a damaged file.
func emptyFormulas(x *xlsxReader, sheet string, headerRow int, cols map[int]bool) map[int][]emptyFormula {
	zr, closer, err := x.zip()
	if err != nil {
		return nil
	}
	defer closer.Close()
	part := sheetPart(zr, sheet)
	if part == nil || part.UncompressedSize64 > formulaScanLimit {
		return nil
	}
	if has, read := x.formulas[part.Name]; read && !has {
		return nil // CheckZip read the sheet through: no formula in it
	} else if !read && !hasFormula(part) {
		return nil
	}
	rc, err := part.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	out := map[int][]emptyFormula{}
	d := xml.NewDecoder(bufio.NewReader(rc))
	var (
		inCell, inF, inV, hasF, hasV bool
		ref, formula                 string
	)
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				inCell, hasF, hasV, ref, formula = true, false, false, "", ""
				for _, a := range t.Attr {
					if a.Name.Local == "r" {
						ref = a.Value
					}
				}
			case "f":
				inF, hasF = inCell, inCell
			case "v", "t": // a stored result, or inline text
				inV = inCell
			}
		case xml.CharData:
			switch {
			case inF:
				formula += string(t)
			case inV && len(bytes.TrimSpace(t)) > 0:
				hasV = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "f":
				inF = false
			case "v", "t":
				inV = false
			case "c":
				inCell = false
				if !hasF || hasV || ref == "" {
					continue
				}
				c, r, err := excelize.CellNameToCoordinates(ref)
				if err != nil || r <= headerRow || !cols[c-1] {
					continue
				}
				f := strings.TrimSpace(formula)
				if f == "" {
					f = msg.TableSharedFormula.String()
				} else {
					f = "=" + f
				}
				out[c-1] = append(out[c-1], emptyFormula{col: c - 1, row: r, formula: f})
			}
		}
	}
}

// hasFormulaTag reports whether b holds the start of a formula element,
// <f> or with a namespace prefix (<x:f>, as some libraries write): an f
// after < or : and before a space, > or /. (A byte scan: a regular
// expression without a literal to look for took seconds on a large sheet.)
func hasFormulaTag(b []byte) bool {
	for i := 1; i+1 < len(b); {
		j := bytes.IndexByte(b[i:len(b)-1], 'f')
		if j < 0 {
			return false
		}
		i += j
		if p, n := b[i-1], b[i+1]; (p == '<' || p == ':') && (n == ' ' || n == '>' || n == '/') {
			return true
		}
		i++
	}
	return false
}

// hasFormula reports whether a sheet part holds a formula element at all;
// most exports have none, and this is far cheaper than decoding the XML.
func hasFormula(part *zip.File) bool {
	rc, err := part.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	buf := make([]byte, 64<<10)
	var tail []byte
	for {
		n, err := rc.Read(buf)
		chunk := append(tail, buf[:n]...)
		if hasFormulaTag(chunk) {
			return true
		}
		if len(chunk) > 3 {
			tail = append(tail[:0], chunk[len(chunk)-3:]...)
		} else {
			tail = append(tail[:0], chunk...)
		}
		if err != nil {
			return false
		}
	}
}

// sheetPart finds the worksheet XML of a sheet by name, through the
// workbook and its relationships, as Excel does.
func sheetPart(zr *zip.Reader, sheet string) *zip.File {
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if !readXML(files["xl/workbook.xml"], &wb) || !readXML(files["xl/_rels/workbook.xml.rels"], &rels) {
		return nil
	}
	for _, s := range wb.Sheets {
		if !strings.EqualFold(s.Name, sheet) {
			continue
		}
		for _, r := range rels.Rel {
			if r.ID != s.ID {
				continue
			}
			p := r.Target
			if strings.HasPrefix(p, "/") {
				p = strings.TrimPrefix(p, "/")
			} else {
				p = path.Join("xl", p)
			}
			return files[p]
		}
	}
	return nil
}

// readXML decodes a small part (workbook, relationships).
func readXML(f *zip.File, v any) bool {
	if f == nil || f.UncompressedSize64 > 16<<20 {
		return false
	}
	rc, err := f.Open()
	if err != nil {
		return false
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, 16<<20)).Decode(v) == nil
}

// formulaErrors turns the empty formulas into problems: the first cell of
// each column, with the count of the others.
func (x *xlsxReader) formulaErrors(found map[int][]emptyFormula) []*Error {
	var out []*Error
	for col := 0; col < len(x.header); col++ {
		cells := found[col]
		if len(cells) == 0 {
			continue
		}
		first := cells[0]
		m := msg.TableFormulaNoValue.F(first.formula, x.header[col])
		if n := len(cells) - 1; n > 0 {
			m = msg.TableFormulaNoValueMore.F(n, first.formula, x.header[col], norsk.Count(n))
		}
		out = append(out, &Error{
			Pos:     diag.Pos{File: x.name, Sheet: x.sheet, Row: first.row, Column: x.columnName(col)},
			Msg:     m,
			Formula: true,
		})
	}
	return out
}
