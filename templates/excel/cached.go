package excel

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"regexp"

	"github.com/xuri/excelize/v2"
)

// cachedResults is the zip writer Save writes a workbook through. It
// fixes how a formula cell's cached result is marked in the saved XML.
//
// A formula cell carries its result as well as its formula, so that
// readers that do not recalculate (Excel's Protected View, mail previews,
// openpyxl, excelize without CalcCellValue) show it. excelize v2.11.1
// keeps the value set before SetCellFormula as that result (cell.go:
// SetCellFormula leaves <v> alone) but marks the cell t="str", a text
// result, which such readers show unformatted and left as text; a cell
// without t holds a number, so the mark is dropped from formula cells with
// a numeric result. A formula whose result is empty text ("") is written
// with no <v> at all, which says nothing about its result; it gets an
// empty one, <v></v>, as Excel writes it.
type cachedResults struct {
	zw  *zip.Writer
	cur *cellRewriter // the worksheet part being written, or nil
}

func newCachedResults(w io.Writer) excelize.ZipWriter { return &cachedResults{zw: zip.NewWriter(w)} }

var (
	worksheetPart = regexp.MustCompile(`^xl/worksheets/sheet[0-9]+\.xml$`)
	// a cell as excelize writes a formula with a numeric result: reference,
	// style, t="str", the formula, the value
	textTypedFormula = regexp.MustCompile(`(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="str"(><f>[^<]*</f><v>-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?</v></c>)`)
	// a formula cell with a text result and no value
	formulaWithoutValue = regexp.MustCompile(`(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")? t="str"><f>[^<]*</f>)(</c>)`)
)

// Create starts a part; a worksheet goes through a cellRewriter.
func (z *cachedResults) Create(name string) (io.Writer, error) {
	if err := z.flush(); err != nil {
		return nil, err
	}
	w, err := z.zw.Create(name)
	if err != nil || !worksheetPart.MatchString(name) {
		return w, err
	}
	z.cur = &cellRewriter{w: w}
	return z.cur, nil
}

func (z *cachedResults) flush() error {
	if z.cur == nil {
		return nil
	}
	err := z.cur.close()
	z.cur = nil
	return err
}

func (z *cachedResults) AddFS(fsys fs.FS) error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

func (z *cachedResults) Close() error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.zw.Close()
}

// cellRewriter rewrites a worksheet's formula cells as it streams to w.
// It holds back what follows the last complete cell (</c>), so a cell is
// always rewritten whole; no match spans a </c>, so none is cut either.
type cellRewriter struct {
	w       io.Writer
	pending []byte
}

var cellEnd = []byte("</c>")

func (r *cellRewriter) Write(p []byte) (int, error) {
	r.pending = append(r.pending, p...)
	if i := bytes.LastIndex(r.pending, cellEnd); i >= 0 {
		done := i + len(cellEnd)
		if _, err := r.w.Write(rewriteCells(r.pending[:done])); err != nil {
			return 0, err
		}
		r.pending = append(r.pending[:0], r.pending[done:]...)
	}
	return len(p), nil
}

func (r *cellRewriter) close() error {
	_, err := r.w.Write(rewriteCells(r.pending))
	r.pending = nil
	return err
}

var (
	formulaStart = []byte("<f>")
	cellStart    = []byte("<c ")
)

// rewriteCells rewrites the formula cells in b, whole cells ending in
// </c>. Only a cell holding <f> is given to the patterns: a sheet of
// figures with few formulas streams through at copying speed.
func rewriteCells(b []byte) []byte {
	if !bytes.Contains(b, formulaStart) {
		return b
	}
	var out []byte
	last := 0 // b[:last] is in out
	for pos := 0; ; {
		i := bytes.Index(b[pos:], formulaStart)
		if i < 0 {
			break
		}
		i += pos
		start := bytes.LastIndex(b[last:i], cellStart)
		end := bytes.Index(b[i:], cellEnd)
		if start < 0 || end < 0 { // not inside a cell (cannot be, from excelize)
			pos = i + len(formulaStart)
			continue
		}
		start += last
		end += i + len(cellEnd)
		out = append(out, b[last:start]...)
		out = append(out, rewriteCell(b[start:end])...)
		last, pos = end, end
	}
	return append(out, b[last:]...)
}

// rewriteCell rewrites one formula cell, <c …>…</c>.
func rewriteCell(b []byte) []byte {
	b = textTypedFormula.ReplaceAll(b, []byte("$1$2"))
	return formulaWithoutValue.ReplaceAll(b, []byte("$1<v></v>$2"))
}
