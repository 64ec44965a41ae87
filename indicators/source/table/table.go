package table

import (
	"errors"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"boso/indicators/diag"
	"boso/indicators/source/parse"
	"boso/templates/msg"
)

// Row is one non-blank row of data below the header.
type Row struct {
	// Cells has exactly one cell per header column, as written (not
	// trimmed). The slice is reused: it is valid until the next call to
	// Next; copy it to keep it. The strings themselves stay valid.
	Cells []string
	// Line is where the row is: the 1-based physical line in a CSV file
	// (where the row starts, if a quoted cell spans lines), or the 1-based
	// row number in an XLSX sheet.
	Line int
	// Sum marks a totals row: its first non-empty cell is Sum, Summer,
	// Sum totalt, Totalt, Total, I alt or Sum i alt (any case, with or
	// without a trailing ':'). Such rows are returned so the caller can
	// count them; they are not data.
	Sum bool
}

// Reader streams the rows of one table.
type Reader interface {
	// Header returns the header cells, trimmed, as written in the file.
	Header() []string
	// HeaderLine returns the header's CSV line or XLSX row number.
	HeaderLine() int
	// Next returns the next non-blank row, or io.EOF after the last. A
	// row that cannot be read gives a *Error; Next can then be called
	// again: it goes on with the following row, or returns io.EOF when
	// the error ended the reading (a damaged file, an I/O error).
	Next() (Row, error)
	// Pos returns the position of cell col of row, for diagnostics:
	// CSV: File, Line, Column (the header name); XLSX: File, Sheet, Row,
	// Column (the letter, e.g. "C").
	Pos(row Row, col int) diag.Pos
	// RowPos is the position of row: Pos without the column.
	RowPos(row Row) diag.Pos
	// Encoding is the character encoding the file was read with:
	// "utf-8", "windows-1252", "utf-16le" or "utf-16be"; "" for XLSX.
	Encoding() string
	// Close releases the file.
	Close() error
}

// Options says how to find the table in a file.
type Options struct {
	// Expect lists the column names the mapping needs. The header row is
	// the first non-blank row among the first 50 that has all of them
	// (compared trimmed, case-insensitively and NFC-normalised). When
	// nil, the header is the first non-blank row.
	Expect []string
	// Delimiter is the CSV field separator; 0 means detect among ';', ','
	// and tab: the one that makes Expect match, or else the one that
	// splits the header row into the most cells.
	Delimiter rune
	// Mapping is the file that describes this one (a mapping's YAML),
	// named in messages that say what to write in it; "" says «the
	// mapping».
	Mapping string
	// Encoding is "", "auto", "utf-8", "windows-1252", "utf-16le" or
	// "utf-16be" (CSV). Auto reads
	// a byte-order mark, else takes UTF-8 when the first 64 KB are valid
	// UTF-8, else Windows-1252.
	Encoding string
	// Sheet is the XLSX sheet to read; "" means the first visible sheet.
	Sheet string
}

// Error is a problem with a file or a row, for a diag.List.
type Error struct {
	Pos diag.Pos
	Msg string // Norwegian, for the user: the value found and what was expected
	Err error  // the underlying error, if any, for developers

	// When no header row has every expected column: the row nearest to
	// one (Pos with its line or row), the expected columns it lacks, and
	// its cells, so the caller can point at the mapping that named them.
	Header        *diag.Pos
	HeaderMissing []string
	HeaderCells   []string
	// Formula marks a formula cell without a stored value: the file
	// holds the formula but not what it computes.
	Formula bool
}

func (e *Error) Error() string {
	if p := e.Pos.String(); p != "" {
		return p + ": " + e.Msg
	}
	return e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// headerRows is how many non-blank rows are searched for the header.
const headerRows = 50

// openError turns an error from opening a file into an *Error.
func openError(name string, err error) *Error {
	m := msg.TableOpen.F(msg.OSReason(err))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		m = msg.TableNotFound.String()
	case errors.Is(err, fs.ErrPermission):
		m = msg.TableNoAccess.String()
	}
	return &Error{Pos: diag.Pos{File: name}, Msg: m, Err: err}
}

// trimCell trims spaces (including no-break spaces) and stray byte-order
// marks and zero-width spaces, which are invisible in a spreadsheet.
func trimCell(s string) string {
	if s == "" || (plainEnd(s[0]) && plainEnd(s[len(s)-1])) {
		return s // nothing to trim (most cells)
	}
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b'
	})
}

// plainEnd reports whether a cell that begins or ends with byte b has
// nothing to trim there: a printable ASCII character that is no space.
func plainEnd(b byte) bool { return b > ' ' && b < utf8.RuneSelf }

// HeaderKey is the form header names are compared in: trimmed (also of
// no-break spaces, BOMs and zero-width spaces), lower-cased, NFC, and
// every run of spaces inside (a no-break space from a web page, a tab,
// two spaces) one space.
func HeaderKey(s string) string { return key(s) }

// key is the form header names are compared in.
func key(s string) string {
	return norm.NFC.String(strings.ToLower(strings.Join(strings.FieldsFunc(s, isSpaceLike), " ")))
}

// isSpaceLike is a space, one of Unicode's, or an invisible mark
// (byte-order mark, zero-width space) a header may hold.
func isSpaceLike(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b' }

func blank(cells []string) bool {
	for _, c := range cells {
		// (a DOS end-of-file byte, Ctrl-Z, alone on the last line is blank)
		if trimCell(parse.StripControls(c)) != "" {
			return false
		}
	}
	return true
}

var sumWords = []string{"sum", "summer", "sum totalt", "totalt", "total", "i alt", "sum i alt"}

// IsSumWord reports whether a cell says Sum, Totalt, I alt or the like
// (any case, with or without a trailing ':'), as a totals row does.
func IsSumWord(c string) bool {
	c = trimCell(c)
	if c == "" || len(c) > 12 || !sumInitial(c[0]) { // longer than any of sumWords, or not begun like one
		return false
	}
	c = strings.TrimRightFunc(strings.TrimSuffix(c, ":"), unicode.IsSpace)
	for _, w := range sumWords {
		if strings.EqualFold(c, w) {
			return true
		}
	}
	return false
}

// sumInitial reports whether a word beginning with byte b may be one of
// sumWords: all begin with s, t or i, in any case (or, as EqualFold
// compares them, a letter that folds to one, such as ſ).
func sumInitial(b byte) bool {
	if b >= utf8.RuneSelf {
		return true
	}
	switch b | 0x20 {
	case 's', 't', 'i':
		return true
	}
	return false
}

// isSum reports whether a row is a totals row.
func isSum(cells []string) bool {
	for _, c := range cells {
		c = trimCell(c)
		if c == "" {
			continue
		}
		if len(c) > 12 || !sumInitial(c[0]) { // longer than any of sumWords, or not begun like one
			return false
		}
		c = strings.TrimRightFunc(strings.TrimSuffix(c, ":"), unicode.IsSpace)
		for _, w := range sumWords {
			if strings.EqualFold(c, w) {
				return true
			}
		}
		return false
	}
	return false
}

// headerSearch finds the header row among the first non-blank rows.
type headerSearch struct {
	expect []string // keys of Options.Expect
	names  []string // Options.Expect, trimmed, for messages
	rows   int      // non-blank rows offered

	bestHits  int
	bestLine  int
	bestCells []string
	bestHave  []bool
}

func newHeaderSearch(expect []string) *headerSearch {
	h := &headerSearch{bestHits: -1}
	for _, e := range expect {
		h.expect = append(h.expect, key(e))
		h.names = append(h.names, trimCell(e))
	}
	return h
}

// offer looks at one row; found reports that it is the header, done that
// the search is over (found, or too many rows searched).
func (h *headerSearch) offer(cells []string, line int) (found, done bool) {
	if blank(cells) {
		return false, false
	}
	h.rows++
	if h.expect == nil {
		return true, true
	}
	keys := make(map[string]bool, len(cells))
	for _, c := range cells {
		keys[key(c)] = true
	}
	have := make([]bool, len(h.expect))
	hits := 0
	for i, e := range h.expect {
		if keys[e] {
			have[i] = true
			hits++
		}
	}
	if hits == len(h.expect) {
		return true, true
	}
	if hits > h.bestHits {
		h.bestHits, h.bestLine, h.bestHave = hits, line, have
		h.bestCells = append([]string(nil), cells...)
	}
	return false, h.rows >= headerRows
}

// notFound describes why no header was found. lineWord selects the
// message that speaks of CSV lines or XLSX rows.
func (h *headerSearch) notFound(pos diag.Pos, xlsx bool) *Error {
	if h.rows == 0 {
		return &Error{Pos: pos, Msg: msg.TableEmpty.String()}
	}
	want := quoteList(h.names, 0)
	if h.bestHits <= 0 {
		return &Error{Pos: pos, Msg: msg.TableNoHeader.F(headerRows, want)}
	}
	var missing []string
	for i, ok := range h.bestHave {
		if !ok {
			missing = append(missing, h.names[i])
		}
	}
	var has []string
	for _, c := range h.bestCells {
		if c = trimCell(c); c != "" {
			has = append(has, c)
		}
	}
	t := msg.TableNoHeaderLine
	if xlsx {
		t = msg.TableNoHeaderRow
	}
	hp := pos
	if xlsx {
		hp.Row = h.bestLine
	} else {
		hp.Line = h.bestLine
	}
	return &Error{Pos: pos, Msg: t.F(headerRows, want, h.bestLine, quoteList(missing, 0), quoteList(has, 12)),
		Header: &hp, HeaderMissing: missing, HeaderCells: has}
}

// quoteList writes «a», «b», «c», with at most max items (0: all).
func quoteList(items []string, max int) string {
	var b strings.Builder
	for i, s := range items {
		if max > 0 && i == max {
			b.WriteString(", …")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(msg.Quoted.F(s))
	}
	return b.String()
}

// checkHeader trims the header cells and finds an expected column that
// appears more than once (the mapping could not tell which one it
// means): its name and the first two columns it is in.
func checkHeader(cells []string, expect []string) (header []string, dup string, first, second int) {
	header = make([]string, len(cells))
	for i, c := range cells {
		header[i] = trimCell(c)
	}
	for _, e := range expect {
		k, first := key(e), -1
		for i, c := range header {
			if key(c) != k {
				continue
			}
			if first >= 0 {
				return header, trimCell(e), first, i
			}
			first = i
		}
	}
	return header, "", 0, 0
}

// fitRow pads cells to the header's width, or reports the first non-empty
// cell beyond it, with control characters stripped unless controls is
// false (the row is known to have none). buf is reused for the result.
func fitRow(buf, cells []string, width int, controls bool) ([]string, int) {
	buf = append(buf[:0], cells...)
	if controls {
		for i, c := range buf {
			buf[i] = parse.StripControls(c)
		}
	}
	if len(buf) > width {
		for i := width; i < len(buf); i++ {
			if trimCell(buf[i]) != "" {
				return buf, i
			}
		}
		buf = buf[:width]
	}
	for len(buf) < width {
		buf = append(buf, "")
	}
	return buf, -1
}
