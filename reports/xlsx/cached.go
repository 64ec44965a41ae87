package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"regexp"

	"github.com/xuri/excelize/v2"
)

// cachedNumbers is the zip writer excelize saves the report through. It
// gives every formula cell's cached result the type of a number.
//
// A formula cell carries its result as well as its formula, so that
// readers that do not recalculate (Excel's Protected View, mail previews,
// openpyxl, excelize without CalcCellValue) show the total. excelize
// v2.11.1 keeps the value set before SetCellFormula as that result
// (cell.go: SetCellFormula leaves <v> alone) but marks the cell t="str",
// a text result, which such readers show unformatted and left as text.
// A cell without t holds a number, so the mark is dropped here, in the
// saved XML, where only formula cells with a numeric result are touched.
type cachedNumbers struct {
	zw      *zip.Writer
	name    string // worksheet part being buffered, or ""
	pending bytes.Buffer
}

func newCachedNumbers(w io.Writer) excelize.ZipWriter { return &cachedNumbers{zw: zip.NewWriter(w)} }

var (
	worksheetPart = regexp.MustCompile(`^xl/worksheets/sheet[0-9]+\.xml$`)
	// a cell as excelize writes a formula with a numeric result: reference,
	// style, t="str", the formula, the value
	textTypedFormula = regexp.MustCompile(`(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="str"(><f>[^<]*</f><v>-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?</v></c>)`)
)

// Create starts a part; a worksheet is held back until the next part, so
// that it can be rewritten whole.
func (z *cachedNumbers) Create(name string) (io.Writer, error) {
	if err := z.flush(); err != nil {
		return nil, err
	}
	if worksheetPart.MatchString(name) {
		z.name = name
		return &z.pending, nil
	}
	return z.zw.Create(name)
}

func (z *cachedNumbers) flush() error {
	if z.name == "" {
		return nil
	}
	w, err := z.zw.Create(z.name)
	if err != nil {
		return err
	}
	if _, err := w.Write(textTypedFormula.ReplaceAll(z.pending.Bytes(), []byte("$1$2"))); err != nil {
		return err
	}
	z.name = ""
	z.pending.Reset()
	return nil
}

func (z *cachedNumbers) AddFS(fsys fs.FS) error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

func (z *cachedNumbers) Close() error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.zw.Close()
}
