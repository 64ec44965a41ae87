package table

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/xuri/excelize/v2"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/templates/msg"
)

type xlsxReader struct {
	name  string
	sheet string
	// formulas says, of the worksheet parts CheckZip read through,
	// whether each holds a formula element
	formulas map[string]bool
	f        *excelize.File
	rows     *excelize.Rows
	row      int // 1-based number of the row rows is on
	header   []string
	hrow     int
	cells    []string // reused for Row.Cells
	done     bool
	// date1904: the workbook counts dates from 1904 (Excel for Mac's old
	// default); its date serials are 1462 days lower than in 1900's
	date1904 bool
	// pending are problems found before the rows are read (formula cells
	// without a stored value); Next returns them first.
	pending []*Error
	tmp     string // boso's folder for unpacked worksheets, or ""
	disk    string // the workbook's file on disk, or "" when read into data
	data    []byte // the workbook, when not on disk

	unlinked bool // every temporary file is unlinked
}

// rawCells makes excelize return what the cell holds: the serial number
// of a date-styled cell, a number without its display format.
var rawCells = excelize.Options{RawCellValue: true}

// OpenXLSX opens a sheet of an .xlsx workbook on disk and reads up to
// its header row. Rows are streamed from the sheet as Next is called.
// Close the Reader to close the workbook.
func OpenXLSX(path string, opt Options) (Reader, error) {
	return OpenXLSXIn(files.OS, path, opt)
}

// OpenXLSXIn is OpenXLSX for the workbook at path in fsys. A workbook on
// disk is read from its file, as excelize reads files; one in another
// file system is read into memory first, up to the limits' total size.
func OpenXLSXIn(fsys files.FS, path string, opt Options) (Reader, error) {
	x := &xlsxReader{name: path}
	var at zipAt
	if disk, ok := fsys.OSPath(path); ok {
		x.disk = disk
		// a FIFO, device or socket is refused before it is opened
		if err := fsys.Regular(path); err != nil {
			return nil, openError(path, err)
		}
		fh, err := os.Open(disk)
		if err != nil {
			return nil, openError(path, err)
		}
		defer fh.Close()
		st, err := fh.Stat()
		if err != nil {
			return nil, openError(path, err)
		}
		if st.IsDir() {
			return nil, openError(path, errIsDir)
		}
		at = zipAt{fh, st.Size()}
	} else {
		data, err := readLimited(fsys, path, RegisterLimits.Total)
		if err != nil {
			return nil, err
		}
		x.data = data
		at = zipAt{bytes.NewReader(data), int64(len(data))}
	}
	temp, formulas, err := checkZip(at.r, at.size, path, RegisterLimits)
	if err != nil {
		return nil, err
	}
	x.formulas = formulas
	sweepOnce.Do(sweepTemp)
	if temp {
		// Large worksheets are unpacked into a folder of boso's own,
		// emptied as soon as the sheet is open and removed on Close.
		if x.tmp, err = os.MkdirTemp("", tempPrefix+strconv.Itoa(os.Getpid())+"-"); err != nil {
			return nil, &Error{Pos: diag.Pos{File: path}, Msg: msg.TableRead.F(msg.ReadReason(err)), Err: err}
		}
	}
	if x.disk != "" {
		x.f, err = excelize.OpenFile(x.disk, excelizeOptions(RegisterLimits, x.tmp))
	} else {
		x.f, err = excelize.OpenReader(bytes.NewReader(x.data), excelizeOptions(RegisterLimits, x.tmp))
	}
	if err != nil {
		x.Close()
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
			return nil, openError(path, err)
		}
		return nil, &Error{Pos: diag.Pos{File: path}, Msg: msg.TableNotXLSX.F(msg.XLSXReason(err)), Err: err}
	}
	if err := x.open(opt); err != nil {
		x.Close()
		return nil, err
	}
	return x, nil
}

// zipAt is an archive to check: its reader and size.
type zipAt struct {
	r    io.ReaderAt
	size int64
}

// errIsDir is the reason a folder named as a file cannot be read.
var errIsDir = &fs.PathError{Op: "read", Err: syscall.EISDIR}

// readLimited reads the file at path in fsys into memory, refusing one larger
// than limit bytes.
func readLimited(fsys files.FS, path string, limit int64) ([]byte, error) {
	fh, err := fsys.Open(path)
	if err != nil {
		return nil, openError(path, err)
	}
	defer fh.Close()
	if st, err := fh.Stat(); err == nil && st.IsDir() {
		return nil, openError(path, errIsDir)
	}
	data, err := io.ReadAll(io.LimitReader(fh, limit+1))
	if err != nil {
		return nil, openError(path, err)
	}
	if int64(len(data)) > limit {
		return nil, &Error{Pos: diag.Pos{File: path}, Msg: msg.TableZipPart.F(path, megabytes(uint64(len(data))), megabytes(uint64(limit))), Err: &tooLarge{part: path}}
	}
	return data, nil
}

// zip returns the workbook's archive, for a second look at a sheet's XML.
func (x *xlsxReader) zip() (*zip.Reader, io.Closer, error) {
	if x.disk == "" {
		z, err := zip.NewReader(bytes.NewReader(x.data), int64(len(x.data)))
		return z, io.NopCloser(nil), err
	}
	zr, err := zip.OpenReader(x.disk)
	if err != nil {
		return nil, nil, err
	}
	return &zr.Reader, zr, nil
}

// sweepOnce removes what killed runs left, once a run.
var sweepOnce sync.Once

// unlinkTemp removes boso's temporary files once they are open: the open
// file keeps its data (on Unix), and a run killed from then on leaves
// nothing behind. The unpacked worksheets are open once the sheet is.
// The unpacked shared strings are read once, at the first shared string,
// into an index file that stays open; until that file exists they must
// stay. What is left is removed by Close, or, after a kill, by the next
// run (sweepTemp).
func (x *xlsxReader) unlinkTemp() {
	if x.tmp == "" || x.unlinked {
		return
	}
	entries, _ := os.ReadDir(x.tmp)
	var sst []string
	indexed := false
	for _, e := range entries {
		p := filepath.Join(x.tmp, e.Name())
		switch tempKind(p) {
		case "sst":
			sst = append(sst, p)
			continue
		case "index":
			indexed = true
		}
		os.Remove(p)
	}
	if indexed || len(sst) == 0 {
		for _, p := range sst {
			os.Remove(p)
		}
		x.unlinked = true
	}
}

// tempKind tells excelize's temporary files apart by their beginning:
// "index" for the shared strings' index (plain text, not XML), "sheet"
// for a worksheet (root element worksheet), "sst" for anything else,
// which is kept until the index exists: unlinking the shared strings too
// early would turn every text into its number.
func tempKind(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if !bytes.HasPrefix(bytes.TrimLeft(head, "\ufeff \t\r\n"), []byte("<")) {
		return "index"
	}
	for { // comments may hold anything
		i := bytes.Index(head, []byte("<!--"))
		if i < 0 {
			break
		}
		j := bytes.Index(head[i:], []byte("-->"))
		if j < 0 {
			head = head[:i]
			break
		}
		head = append(head[:i:i], head[i+j+3:]...)
	}
	root := ""
	scanTags(bytes.NewReader(head), func(name, _ []byte, end bool) bool {
		if end || len(name) == 0 || name[0] == '?' || name[0] == '!' {
			return true
		}
		root = string(name)
		return false
	})
	if isLocal([]byte(root), "worksheet") {
		return "sheet"
	}
	return "sst"
}

func (x *xlsxReader) open(opt Options) error {
	if props, err := x.f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		x.date1904 = *props.Date1904
	}
	sheets := x.f.GetSheetList()
	if len(sheets) == 0 {
		return &Error{Pos: diag.Pos{File: x.name}, Msg: msg.TableNoSheets.String()}
	}
	if want := trimCell(opt.Sheet); want == "" {
		x.sheet = sheets[0]
		for _, s := range sheets {
			if visible, err := x.f.GetSheetVisible(s); err == nil && visible {
				x.sheet = s
				break
			}
		}
	} else {
		for _, s := range sheets {
			if strings.EqualFold(s, want) { // Excel sheet names ignore case
				x.sheet = s
				break
			}
		}
		if x.sheet == "" && strings.Contains(want, msg.PIIMask.String()) {
			// the name in the YAML held 11 digits like an id and was masked
			// when read: it cannot be matched, and the sheet may be there
			return &Error{Pos: diag.Pos{File: x.name}, Msg: msg.TableSheetPersonal.F()}
		}
		if x.sheet == "" {
			return &Error{Pos: diag.Pos{File: x.name}, Msg: msg.TableUnknownSheet.F(opt.Sheet, quoteList(sheets, 0))}
		}
	}
	rows, err := x.f.Rows(x.sheet)
	if err != nil {
		return &Error{Pos: diag.Pos{File: x.name, Sheet: x.sheet}, Msg: msg.TableRead.F(msg.ReadReason(err)), Err: err}
	}
	x.rows = rows
	x.unlinkTemp()

	h := newHeaderSearch(opt.Expect)
	for {
		cells, err := x.next()
		if err == io.EOF {
			return h.notFound(diag.Pos{File: x.name, Sheet: x.sheet}, true)
		}
		if err != nil {
			return err
		}
		found, done := h.offer(cells, x.row)
		if found {
			x.hrow = x.row
			header, name, i, j := checkHeader(cells, opt.Expect)
			if name != "" {
				return &Error{
					Pos: diag.Pos{File: x.name, Sheet: x.sheet, Row: x.row, Column: x.columnName(j)},
					Msg: msg.TableDuplicateColumn.F(name, x.columnName(i), x.columnName(j)),
				}
			}
			x.header = header
			x.pending = x.formulaErrors(emptyFormulas(x, x.sheet, x.hrow, readColumns(header, opt.Expect)))
			x.unlinkTemp()
			return nil
		}
		if done {
			return h.notFound(diag.Pos{File: x.name, Sheet: x.sheet}, true)
		}
	}
}

// next moves to the next row of the sheet and returns its raw cells.
func (x *xlsxReader) next() ([]string, error) {
	if !x.rows.Next() {
		if err := x.rows.Error(); err != nil {
			return nil, x.fatal(err)
		}
		return nil, io.EOF
	}
	x.row++
	cells, err := x.rows.Columns(rawCells)
	if err != nil {
		return nil, x.fatal(err)
	}
	for i, c := range cells {
		cells[i] = excelNumber(c)
	}
	return cells, nil
}

func (x *xlsxReader) fatal(err error) *Error {
	x.done = true
	return &Error{Pos: diag.Pos{File: x.name, Sheet: x.sheet}, Msg: msg.TableRead.F(msg.ReadReason(err)), Err: err}
}

func (x *xlsxReader) Header() []string { return x.header }
func (x *xlsxReader) HeaderLine() int  { return x.hrow }
func (x *xlsxReader) Encoding() string { return "" }

func (x *xlsxReader) RowPos(row Row) diag.Pos {
	return diag.Pos{File: x.name, Sheet: x.sheet, Row: row.Line}
}

func (x *xlsxReader) Pos(row Row, col int) diag.Pos {
	return diag.Pos{File: x.name, Sheet: x.sheet, Row: row.Line, Column: x.columnName(col)}
}

func (x *xlsxReader) columnName(col int) string {
	name, err := excelize.ColumnNumberToName(col + 1)
	if err != nil {
		return msg.TableColumnN.F(col + 1)
	}
	return name
}

func (x *xlsxReader) Next() (Row, error) {
	if len(x.pending) > 0 {
		e := x.pending[0]
		x.pending = x.pending[1:]
		return Row{}, e
	}
	for !x.done {
		cells, err := x.next()
		if err == io.EOF {
			x.done = true
			break
		}
		if err != nil {
			return Row{}, err
		}
		if blank(cells) {
			continue
		}
		sum := isSum(cells)
		out, extra := fitRow(x.cells, cells, len(x.header), true)
		x.cells = out
		if extra >= 0 && !sum {
			return Row{}, &Error{
				Pos: diag.Pos{File: x.name, Sheet: x.sheet, Row: x.row, Column: x.columnName(extra)},
				Msg: msg.TableExtraCells.F(len(cells), len(x.header), trimCell(cells[extra]), extra+1),
			}
		}
		if x.row < 64 || x.row%4096 == 0 {
			// the index appears at the first shared string, if any; a
			// sheet of inline strings never makes one, and looking at the
			// temporary files on every row cost more than reading them
			x.unlinkTemp()
		}
		return Row{Cells: out[:len(x.header)], Line: x.row, Sum: sum}, nil
	}
	return Row{}, io.EOF
}

func (x *xlsxReader) Close() error {
	x.done = true
	var err error
	if x.rows != nil {
		err = x.rows.Close()
		x.rows = nil
	}
	if x.f != nil {
		// excelize removes its temporary files; those unlinkTemp removed
		// are already gone.
		if cerr := x.f.Close(); err == nil && !errors.Is(cerr, fs.ErrNotExist) {
			err = cerr
		}
		x.f = nil
	}
	if x.tmp != "" {
		if rerr := os.RemoveAll(x.tmp); err == nil {
			err = rerr
		}
		x.tmp = ""
	}
	return err
}

// readColumns returns the header columns the caller reads (all of them
// when it names none).
func readColumns(header, expect []string) map[int]bool {
	cols := map[int]bool{}
	for i, h := range header {
		if expect == nil {
			cols[i] = true
			continue
		}
		for _, e := range expect {
			if key(e) == key(h) {
				cols[i] = true
			}
		}
	}
	return cols
}

// excelNumber undoes binary floating point in a raw numeric cell: Excel
// stores 1234.56 as "1234.5600000000001" and small numbers as "1E-3".
// Like Excel's own display, it keeps 15 significant digits and writes the
// result without exponent. Integers and other text are left alone.
func excelNumber(s string) string {
	if len(s) < 3 || !floatLike(s) {
		return s
	}
	if !strings.ContainsAny(s, "eE") && (!strings.Contains(s, ".") || significant(s) <= 15) {
		return s
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) {
		return s
	}
	v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// floatLike reports the form -123.456E-7 that Excel writes for numbers.
func floatLike(s string) bool {
	i := 0
	if s[0] == '-' {
		i++
	}
	digits, point, exp := 0, false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' && !point && !exp:
			point = true
		case (c == 'E' || c == 'e') && !exp && digits > 0:
			exp = true
			if i+1 < len(s) && (s[i+1] == '-' || s[i+1] == '+') {
				i++
			}
			if i+1 == len(s) {
				return false
			}
		default:
			return false
		}
	}
	return digits > 0
}

// significant counts the significant digits of a plain decimal.
func significant(s string) int {
	s = strings.TrimLeft(strings.TrimPrefix(s, "-"), "0.")
	return len(s) - strings.Count(s, ".")
}

// Date1904 reports whether the workbook counts its date serials from 1904.
func (x *xlsxReader) Date1904() bool { return x.date1904 }
