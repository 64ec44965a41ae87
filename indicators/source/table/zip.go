package table

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"boso/indicators/diag"
	"boso/templates/msg"
)

// Limits bound what an .xlsx file may unpack to. An .xlsx file is a zip
// archive of XML parts; a few megabytes can inflate to gigabytes (a zip
// bomb). CheckZip compares the sizes the archive declares with the limits
// before anything is unpacked; Go's zip reader refuses a part that
// inflates beyond its declared size, so the check holds for what is read.
type Limits struct {
	// Total bounds all parts together.
	Total int64
	// Sheet bounds one worksheet, Strings the shared strings.
	Sheet, Strings int64
	// Part bounds every other part, which is held in memory.
	Part int64
	// Stream is the size above which a worksheet or the shared strings
	// are unpacked to a temporary file and read from there; held in
	// memory, shared strings take over ten times their size once parsed.
	Stream int64
	// Parts bounds the number of parts.
	Parts int
}

// RegisterLimits are the limits for a register export. Measured with the
// largest sheet Excel holds (1 048 576 rows) of an 8-column register with
// a unique text in two columns: saved by LibreOffice the worksheet unpacks
// to 493 MB and the shared strings to 121 MB; written with inline strings
// the worksheet is 424 MB. Read through temporary files that takes 244 MB
// of memory; holding those shared strings in memory took 2 GB. The limits
// leave room for about twice as many columns and texts.
var RegisterLimits = Limits{Total: 1_500_000_000, Sheet: 1_000_000_000, Strings: 250_000_000, Part: 64_000_000, Stream: 16 << 20, Parts: 10000}

// tooLarge is the error CheckZip returns.
type tooLarge struct{ part string }

func (e *tooLarge) Error() string { return "xlsx part too large: " + e.part }

// CheckZip reports the first limit the archive in r breaks, as an *Error
// for file name; nil when it keeps them all. temp reports whether a
// worksheet is larger than lim.Part, so that excelize will unpack it to a
// temporary file.
func CheckZip(r io.ReaderAt, size int64, name string, lim Limits) (temp bool, err error) {
	temp, _, err = checkZip(r, size, name, lim)
	return temp, err
}

// checkZip is CheckZip that also says, of each worksheet part it read
// through, whether it holds a formula element (formulas[part]).
func checkZip(r io.ReaderAt, size int64, name string, lim Limits) (temp bool, formulas map[string]bool, err error) {
	z, zerr := zip.NewReader(r, size)
	if zerr != nil {
		return false, nil, &Error{Pos: diag.Pos{File: name}, Msg: msg.TableNotXLSX.F(msg.XLSXReason(zerr)), Err: zerr}
	}
	refuse := func(part string, got uint64, limit int64) error {
		return &Error{
			Pos: diag.Pos{File: name},
			Msg: msg.TableZipPart.F(part, megabytes(got), megabytes(uint64(limit))),
			Err: &tooLarge{part: part},
		}
	}
	if len(z.File) > lim.Parts {
		return false, nil, &Error{
			Pos: diag.Pos{File: name},
			Msg: msg.TableZipParts.F(len(z.File), lim.Parts),
			Err: &tooLarge{part: "*"},
		}
	}
	var total uint64
	var packed *Error
	for _, f := range z.File {
		n := f.UncompressedSize64
		part := strings.ReplaceAll(f.Name, "\\", "/")
		limit, streamed := lim.Part, true
		switch {
		case isWorksheet(part):
			limit = lim.Sheet
		case strings.EqualFold(part, "xl/sharedStrings.xml"):
			limit = lim.Strings
		default:
			streamed = false
		}
		if n > uint64(limit) {
			return false, nil, refuse(part, n, limit)
		}
		if packed == nil && n > uint64(lim.Stream) && f.CompressedSize64 > 0 && n/f.CompressedSize64 > maxRatio {
			// under the size limits, but packed as no real export is:
			// padding made to fill the memory (said after the checks
			// that name what is wrong more precisely)
			packed = &Error{
				Pos: diag.Pos{File: name},
				Msg: msg.TableZipRatio.F(part, megabytes(f.CompressedSize64), megabytes(n), maxRatio),
				Err: &tooLarge{part: part},
			}
		}
		total += n
		if total > uint64(lim.Total) {
			return false, nil, &Error{
				Pos: diag.Pos{File: name},
				Msg: msg.TableZipTotal.F(megabytes(total), megabytes(uint64(lim.Total))),
				Err: &tooLarge{part: "*"},
			}
		}
		if streamed && n > uint64(lim.Stream) {
			temp = true
		}
	}
	formulas = map[string]bool{}
	for _, f := range z.File {
		if isWorksheet(strings.ReplaceAll(f.Name, "\\", "/")) {
			read, formula, err := checkSheet(f, name)
			if err != nil {
				return false, nil, err
			}
			if read {
				formulas[f.Name] = formula
			}
		}
	}
	if err := checkStrings(z, name); err != nil {
		return false, nil, err
	}
	if packed != nil {
		return false, nil, packed
	}
	return temp, formulas, nil
}

// maxRatio bounds how many times a large part may unpack to its packed
// size. A register sheet of 200 000 realistic rows written by excelize
// unpacks 13 times; a worksheet padded to 900 MB inside 1 MB unpacked
// 935 times and took 29 s and 2.1 GB to read while under the size limits.
const maxRatio = 300

// Shared strings cost by their number: excelize indexes them one by one,
// 10 µs and 100 bytes each. A file of 2 MB with 14 million one-letter
// strings took 2 minutes 20 seconds and 1.4 GB. Every string a sheet uses
// is used by a cell, and a cell takes at least 21 bytes of worksheet XML
// (<c t="s"><v>0</v></c>), so a file with more strings than its sheets
// have room for cells is refused. The slack allows for strings a program
// keeps after their cells are gone.
const (
	cellBytes    = 16
	stringsSlack = 100_000
)

// checkStrings counts the shared strings when there may be too many.
func checkStrings(z *zip.Reader, name string) error {
	var sst *zip.File
	var sheets uint64
	for _, f := range z.File {
		part := strings.ReplaceAll(f.Name, "\\", "/")
		switch {
		case isWorksheet(part):
			sheets += f.UncompressedSize64
		case strings.EqualFold(part, "xl/sharedStrings.xml"):
			sst = f
		}
	}
	room := sheets/cellBytes + stringsSlack
	if sst == nil || sst.UncompressedSize64/uint64(len("<si><t/></si>")) <= room {
		return nil // too small to hold more
	}
	rc, err := sst.Open()
	if err != nil {
		return &Error{Pos: diag.Pos{File: name}, Msg: msg.TableNotXLSX.F(err), Err: err}
	}
	defer rc.Close()
	n, err := countElements(rc, "si")
	if err != nil {
		return &Error{Pos: diag.Pos{File: name}, Msg: msg.TableNotXLSX.F(err), Err: err}
	}
	if uint64(n) > room {
		return &Error{
			Pos: diag.Pos{File: name},
			Msg: msg.TableZipStrings.F(n, room),
			Err: &tooLarge{part: sst.Name},
		}
	}
	return nil
}

// countElements counts the start tags <local …> or <prefix:local …> in
// XML.
func countElements(r io.Reader, local string) (int, error) {
	n := 0
	err := scanTags(r, func(name, _ []byte, end bool) bool {
		if !end && isLocal(name, local) {
			n++
		}
		return true
	})
	return n, err
}

// isLocal reports whether a tag name is local, with or without a prefix.
func isLocal(name []byte, local string) bool {
	return string(name) == local || len(name) > len(local) && name[len(name)-len(local)-1] == ':' && string(name[len(name)-len(local):]) == local
}

// scanTags calls tag for every tag in XML, a start tag or an end tag
// (end), with its name and the text of its attributes, until it returns
// false. Text cannot hold '<' unescaped, so only tags are seen; names are
// cut at 63 bytes and attributes at 255.
func scanTags(r io.Reader, tag func(name, attrs []byte, end bool) bool) error {
	buf := make([]byte, 256<<10)
	name := make([]byte, 0, 63)
	attrs := make([]byte, 0, 255)
	inName, inAttrs, end := false, false, false
	for {
		k, err := r.Read(buf)
		for i := 0; i < k; i++ {
			b := buf[i]
			switch {
			case inAttrs:
				if b == '>' {
					inAttrs = false
					if !tag(name, attrs, end) {
						return nil
					}
				} else if len(attrs) < cap(attrs) {
					attrs = append(attrs, b)
				}
			case !inName:
				j := bytes.IndexByte(buf[i:k], '<')
				if j < 0 {
					i = k
					break
				}
				i += j
				name, inName, end = name[:0], true, false
			case b == '<':
				name, end = name[:0], false
			case b == '/' && len(name) == 0:
				end = true
			case b == '>':
				inName = false
				if !tag(name, nil, end) {
					return nil
				}
			case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/':
				inName, inAttrs, attrs = false, true, attrs[:0]
			case len(name) < cap(name):
				name = append(name, b)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// Excel's bounds of a sheet. excelize checks them only for cells and
// rows that give their position (r="XFD1048576"); a row of a hundred
// million cells <c/> without one became a slice of that many strings.
const (
	sheetRows = 1_048_576
	sheetCols = 16_384
	// sheetWork bounds the cells the rows hold when each is read as wide
	// as its last cell: 1 048 576 rows of 190 columns, where a real
	// register of a million rows has 8 to 30.
	sheetWork = 200_000_000
)

// cellColumn is the 1-based column of a cell's r="XFD12" attribute, 0
// when it has none.
func cellColumn(attrs []byte) int {
	i := bytes.Index(attrs, []byte(`r="`))
	for i > 0 && attrs[i-1] != ' ' && attrs[i-1] != '\t' && attrs[i-1] != '\n' && attrs[i-1] != '\r' {
		j := bytes.Index(attrs[i+1:], []byte(`r="`))
		if j < 0 {
			return 0
		}
		i += 1 + j
	}
	if i < 0 {
		return 0
	}
	col := 0
	for _, b := range attrs[i+3:] {
		if b < 'A' || b > 'Z' || col > sheetCols {
			break
		}
		col = col*26 + int(b-'A'+1)
	}
	return col
}

// checkSheet reads a worksheet's tags and refuses more rows, or more
// cells in a row, than Excel allows. Only a worksheet of more than
// 4 bytes (<c/>) per column can break them; read says whether it was
// read, and formula whether it holds a formula element (<f>, <x:f>).
func checkSheet(f *zip.File, name string) (read, formula bool, err error) {
	if f.UncompressedSize64 <= 4*sheetCols {
		return false, false, nil
	}
	rc, err := f.Open()
	if err != nil {
		return false, false, &Error{Pos: diag.Pos{File: name}, Msg: msg.TableNotXLSX.F(err), Err: err}
	}
	defer rc.Close()
	rows, cells := 0, 0
	width, work := 0, 0 // the widest cell of the row; Σ widths over the rows
	var bad string
	err = scanTags(rc, func(tag, attrs []byte, end bool) bool {
		switch {
		case end:
		case isLocal(tag, "f"):
			formula = true
		case isLocal(tag, "row"):
			work += width
			rows, cells, width = rows+1, 0, 0
			if rows > sheetRows {
				bad = msg.TableZipRows.F(f.Name, sheetRows)
			}
		case isLocal(tag, "c"):
			cells++
			width = max(width, cells, cellColumn(attrs))
			if cells > sheetCols {
				bad = msg.TableZipCols.F(f.Name, rows, sheetCols)
			}
		}
		if work+width > sheetWork && bad == "" {
			// every row is read as wide as its last cell: one cell far to
			// the right in each row makes millions of empty cells
			bad = msg.TableZipWide.F(f.Name, sheetWork/1_000_000)
		}
		return bad == ""
	})
	if err != nil {
		return false, false, &Error{Pos: diag.Pos{File: name}, Msg: msg.TableNotXLSX.F(err), Err: err}
	}
	if bad != "" {
		return false, false, &Error{Pos: diag.Pos{File: name}, Msg: bad, Err: &tooLarge{part: f.Name}}
	}
	return true, formula, nil
}

// isWorksheet reports a part excelize treats as a worksheet.
func isWorksheet(part string) bool {
	return strings.HasPrefix(strings.ToLower(part), "xl/worksheets/sheet")
}

// megabytes writes a byte count in megabytes (10^6 bytes), or in kilobytes
// or bytes when small, rounded up so that a size over a limit never
// prints as equal to it.
func megabytes(n uint64) string {
	switch {
	case n >= 10_000_000:
		return strconv.FormatUint((n+999_999)/1_000_000, 10) + " MB"
	case n >= 10_000:
		return strconv.FormatUint((n+999)/1_000, 10) + " kB"
	}
	return strconv.FormatUint(n, 10) + " byte"
}

// excelizeOptions are the options excelize opens a checked file with:
// its own limits as a second guard, and worksheets and shared strings
// up to lim.Stream held in memory.
func excelizeOptions(lim Limits, tmp string) excelize.Options {
	return excelize.Options{UnzipSizeLimit: lim.Total, UnzipXMLSizeLimit: lim.Stream, TmpDir: tmp}
}

// IsTooLarge reports whether err is CheckZip's refusal.
func IsTooLarge(err error) bool {
	var t *tooLarge
	return errors.As(err, &t)
}

// tempPrefix names boso's temporary folders for unpacked worksheets:
// boso-xlsx-<pid>-<random>. The process id lets a later run remove the
// folder of a run that was killed.
const tempPrefix = "boso-xlsx-"

// sweepTemp removes the temporary folders of boso runs that have ended
// without cleaning up (killed).
func sweepTemp() {
	dirs, _ := os.ReadDir(os.TempDir())
	for _, d := range dirs {
		rest, ok := strings.CutPrefix(d.Name(), tempPrefix)
		if !ok || !d.IsDir() {
			continue
		}
		pid, _, ok := strings.Cut(rest, "-")
		if ok && processGone(pid) {
			os.RemoveAll(filepath.Join(os.TempDir(), d.Name()))
		}
	}
}
