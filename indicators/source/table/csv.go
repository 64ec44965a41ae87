package table

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/templates/msg"
)

// sniffSize is how much of a CSV file is read ahead to choose the encoding
// and the delimiter.
const sniffSize = 64 << 10

// Encoding names, as Encoding() returns them.
const (
	encUTF8    = "utf-8"
	encCP1252  = "windows-1252"
	encUTF16LE = "utf-16le"
	encUTF16BE = "utf-16be"
)

// cp1252 maps bytes 0x80–0xFF to runes; utf8.RuneError marks the five
// bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
var cp1252 [128]rune

func init() {
	for b := range 128 {
		cp1252[b] = charmap.Windows1252.DecodeByte(byte(b + 0x80))
	}
}

type csvReader struct {
	name     string
	enc      string
	declared bool   // the encoding was given in the mapping, not chosen
	mapping  string // Options.Mapping
	closer   io.Closer
	cr       *csv.Reader
	header   []string
	hline    int
	cells    []string // reused for Row.Cells
	decoded  []string // reused for decoded records
	buf      []byte   // reused for decoding Windows-1252
	ends     []int    // reused: where each decoded cell ends in buf
	done     bool     // a fatal error or EOF was returned

	// the fast path (csvfast.go)
	br        *bufio.Reader // what c.cr reads from too
	comma     byte          // the delimiter, 0 if not ASCII: no fast path
	slow      bool          // no fast path (tests)
	fast      []string      // reused for rows read by the fast path
	fastLines int           // lines read by the fast path, which c.cr has not counted
	fastRec   bool          // the last row was read by the fast path
	csvLine   int           // the line c.cr read last, as it counts them
}

// OpenCSV opens a CSV file and reads up to its header row. Close the
// Reader to close the file.
func OpenCSV(path string, opt Options) (Reader, error) {
	return OpenCSVIn(files.OS, path, opt)
}

// OpenCSVIn is OpenCSV for the file at path in fsys.
func OpenCSVIn(fsys files.FS, path string, opt Options) (Reader, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, openError(path, err)
	}
	r, err := newCSV(f, path, opt)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.closer = f
	return r, nil
}

// NewCSV reads CSV from r; name is the file name used in positions. It
// reads ahead up to 64 KB to choose the encoding and delimiter, then up to
// the header row; rows are read as Next is called.
func NewCSV(r io.Reader, name string, opt Options) (Reader, error) {
	c, err := newCSV(r, name, opt)
	if err != nil {
		return nil, err
	}
	return c, nil
}

func newCSV(r io.Reader, name string, opt Options) (*csvReader, error) {
	c := &csvReader{name: name, mapping: opt.Mapping}
	fileErr := func(m string, err error) *Error {
		return &Error{Pos: diag.Pos{File: name}, Msg: m, Err: err}
	}

	want, ok := encodingName(opt.Encoding)
	if !ok {
		return nil, fileErr(msg.TableUnknownEncoding.F(opt.Encoding), nil)
	}
	if opt.Delimiter != 0 && !validDelimiter(opt.Delimiter) {
		return nil, fileErr(msg.TableBadDelimiter.F(string(opt.Delimiter)), nil)
	}

	br := bufio.NewReaderSize(r, sniffSize)
	sample, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF {
		return nil, fileErr(msg.TableRead.F(err), err)
	}
	atEOF := err == io.EOF

	// Encoding: a byte-order mark decides; else what the mapping says;
	// else UTF-8 if the sample is valid UTF-8.
	if order, ok := utf32BOM(sample); ok {
		// read as UTF-16 it would be a NUL after every letter
		return nil, fileErr(msg.TableUTF32.F(order), nil)
	}
	bom := 0
	switch {
	case bytes.HasPrefix(sample, []byte{0xEF, 0xBB, 0xBF}):
		c.enc, bom = encUTF8, 3
	case bytes.HasPrefix(sample, []byte{0xFF, 0xFE}):
		c.enc, bom = encUTF16LE, 2
	case bytes.HasPrefix(sample, []byte{0xFE, 0xFF}):
		c.enc, bom = encUTF16BE, 2
	}
	if bom == 0 && want != encUTF16LE && want != encUTF16BE {
		// A UTF-16 file without a byte-order mark reads as text with a
		// NUL between the letters: say what it looks like, and what to
		// write in the mapping, rather than fail to find the header.
		if enc, ok := looksUTF16(sample); ok {
			return nil, fileErr(msg.TableLooksUTF16.F(strings.ToUpper(enc), enc, mappingName(opt.Mapping)), nil)
		}
	}
	switch {
	case bom > 0 && want != "" && want != c.enc:
		return nil, fileErr(msg.TableBOMConflict.F(strings.ToUpper(c.enc), want, c.enc), nil)
	case bom > 0:
	case want != "":
		c.enc, c.declared = want, true
	case validUTF8Prefix(sample, atEOF):
		c.enc = encUTF8
	default:
		c.enc = encCP1252
	}
	sample = sample[bom:]
	if _, err := br.Discard(bom); err != nil {
		return nil, fileErr(msg.TableRead.F(err), err)
	}

	var src io.Reader = br
	if c.enc == encUTF16LE || c.enc == encUTF16BE {
		order := unicode.LittleEndian
		if c.enc == encUTF16BE {
			order = unicode.BigEndian
		}
		enc := unicode.UTF16(order, unicode.IgnoreBOM)
		if len(sample)%2 == 1 {
			sample = sample[:len(sample)-1]
		}
		if sample, err = enc.NewDecoder().Bytes(sample); err != nil {
			return nil, fileErr(msg.TableRead.F(err), err)
		}
		src = bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), sniffSize)
	}

	// a carriage return alone ends a line, as in a file saved as «CSV
	// (Macintosh)»: it is read as a line feed (CR LF stays as it is)
	src = transform.NewReader(src, loneCR{})
	if t, _, err := transform.Bytes(loneCR{}, sample); err == nil {
		sample = t
	}

	comma := opt.Delimiter
	if comma == 0 {
		comma = c.detectDelimiter(sample, opt.Expect)
	}
	c.cr = csv.NewReader(newRowBuffer(c, newRecordLimit(src, comma)))
	if comma < utf8.RuneSelf {
		c.comma = byte(comma)
	}
	c.cr.Comma = comma
	c.cr.FieldsPerRecord = -1
	c.cr.ReuseRecord = true

	if err := c.findHeader(opt.Expect); err != nil {
		if opt.Delimiter != 0 && isNoHeader(err) {
			// the mapping names a delimiter the file does not use: say
			// which one it does, rather than that the header is missing
			for _, other := range []rune{';', ',', '\t'} {
				if line, ok := c.headerWith(sample, other, opt.Expect); ok && other != comma {
					return nil, &Error{Pos: diag.Pos{File: c.name, Line: line}, Msg: msg.TableOtherDelimiter.F(
						delimiterName(other), delimiterName(comma), delimiterLiteral(other), mappingName(opt.Mapping))}
				}
			}
		}
		return nil, err
	}
	return c, nil
}

// isNoHeader reports the error of a header row not found.
func isNoHeader(err error) bool {
	var te *Error
	return errors.As(err, &te) && strings.HasPrefix(te.Msg, msg.TableNoHeaderPrefix.F())
}

// headerWith reports whether the sample, split by comma, has a header row
// with every expected column, and its line.
func (c *csvReader) headerWith(sample []byte, comma rune, expect []string) (int, bool) {
	cr := csv.NewReader(bytes.NewReader(sample))
	cr.Comma, cr.FieldsPerRecord = comma, -1
	h := newHeaderSearch(expect)
	for tries := 0; tries < 4*headerRows; tries++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return 0, false
		}
		if err != nil {
			continue
		}
		line, _ := cr.FieldPos(0)
		rec, _ = c.decode(cr, rec, nil)
		found, done := h.offer(rec, line)
		if found {
			return line, true
		}
		if done {
			return 0, false
		}
	}
	return 0, false
}

// delimiterLiteral is a delimiter as the mapping writes it.
func delimiterLiteral(r rune) string {
	if r == '\t' {
		return "tab"
	}
	return string(r)
}

// encodingName returns the canonical name of an Options.Encoding, or ""
// for auto.
// KnownEncoding reports whether a mapping's encoding: names one the CSV
// reader knows.
func KnownEncoding(s string) bool {
	_, ok := encodingName(s)
	return ok
}

func encodingName(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return "", true
	case "utf-8", "utf8":
		return encUTF8, true
	case "utf-16le", "utf16le":
		return encUTF16LE, true
	case "utf-16be", "utf16be":
		return encUTF16BE, true
	case "windows-1252", "cp1252", "win-1252", "latin1", "iso-8859-1":
		// WHATWG reads Latin-1 labels as Windows-1252 too: Windows writes
		// the 0x80–0x9F range (€, ‘, ’) even in files it calls Latin-1.
		return encCP1252, true
	}
	return "", false
}

func validDelimiter(r rune) bool {
	return r != '"' && r != '\r' && r != '\n' && r != utf8.RuneError && utf8.ValidRune(r) && r != 0xFEFF
}

// looksUTF16 reports whether b looks like UTF-16 text without a
// byte-order mark, and which byte order: text in Norwegian is mostly
// Latin-1 letters, so every other byte is 0. A text file in an 8-bit
// encoding has no NUL bytes.
func looksUTF16(b []byte) (string, bool) {
	b = b[:min(len(b), 4096)&^1]
	if len(b) < 4 {
		return "", false
	}
	var even, odd int
	for i := 0; i < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := len(b) / 2
	switch {
	case odd*10 >= half*4 && even*20 < half:
		return encUTF16LE, true
	case even*10 >= half*4 && odd*20 < half:
		return encUTF16BE, true
	}
	return "", false
}

// validUTF8Prefix reports whether b is valid UTF-8, allowing a rune cut
// off at the end of the sample when the file goes on.
func validUTF8Prefix(b []byte, atEOF bool) bool {
	if !atEOF {
		for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
			if utf8.RuneStart(b[i]) {
				if !utf8.FullRune(b[i:]) {
					b = b[:i]
				}
				break
			}
		}
	}
	return utf8.Valid(b)
}

// detectDelimiter picks the delimiter that makes Expect match the most
// cells of a header, or, without a match, the one that splits the first
// rows into the most cells. Ties go to ';', then ',', then tab.
func (c *csvReader) detectDelimiter(sample []byte, expect []string) rune {
	best, bestScore := ';', [3]int{-1}
	for _, comma := range []rune{';', ',', '\t'} {
		cr := csv.NewReader(bytes.NewReader(sample))
		cr.Comma, cr.FieldsPerRecord = comma, -1
		h := newHeaderSearch(expect)
		score := [3]int{} // found, Expect names matched, cells
		for tries := 0; tries < 4*headerRows; tries++ {
			rec, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				continue
			}
			if onlyDelimiters(rec) {
				continue // ";;;" is a blank row under any delimiter
			}
			line, _ := cr.FieldPos(0)
			rec, _ = c.decode(cr, rec, nil)
			found, done := h.offer(rec, line)
			if found {
				score = [3]int{1, len(expect), len(rec)}
			}
			if done {
				break
			}
		}
		if score[0] == 0 {
			score[1], score[2] = max(h.bestHits, 0), len(h.bestCells)
		}
		if score[0] > bestScore[0] || score[0] == bestScore[0] && (score[1] > bestScore[1] ||
			score[1] == bestScore[1] && score[2] > bestScore[2]) {
			best, bestScore = comma, score
		}
	}
	return best
}

func onlyDelimiters(rec []string) bool {
	for _, s := range rec {
		if strings.Trim(s, ";,\t ") != "" {
			return false
		}
	}
	return true
}

// findHeader reads rows up to and including the header.
func (c *csvReader) findHeader(expect []string) error {
	h := newHeaderSearch(expect)
	var firstBad *Error // the first row above the header that could not be decoded
	notFound := func() error {
		if firstBad != nil {
			// «Gjennomf\xf8rt» cannot match «Gjennomført»: the encoding is
			// the problem, not the columns
			return firstBad
		}
		if e := c.mojibake(h); e != nil {
			return e
		}
		return h.notFound(diag.Pos{File: c.name}, false)
	}
	for {
		rec, err := c.read()
		if err == io.EOF {
			return notFound()
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			continue // title lines above the header may be anything
		}
		if err != nil {
			return c.readError(err)
		}
		line, _ := c.cr.FieldPos(0)
		rec, derr := c.decode(c.cr, rec, nil)
		if derr != nil && firstBad == nil {
			firstBad = derr
		}
		found, done := h.offer(rec, line)
		if found {
			if derr != nil {
				return derr
			}
			c.hline = line
			header, name, i, j := checkHeader(rec, expect)
			if name != "" {
				return &Error{
					Pos: diag.Pos{File: c.name, Line: line},
					Msg: msg.TableDuplicateColumn.F(name, msg.TableColumnN.F(i+1), msg.TableColumnN.F(j+1)),
				}
			}
			c.header = header
			return nil
		}
		if done {
			return notFound()
		}
	}
}

// mojibake returns an error when the header was not found in a file read
// as Windows-1252 whose nearest header row reads as UTF-8 when its bytes
// are taken back («GjennomfÃ¸rt» is «Gjennomført» in UTF-8).
func (c *csvReader) mojibake(h *headerSearch) *Error {
	if c.enc != encCP1252 || h.bestHits < 0 {
		return nil
	}
	enc := charmap.Windows1252.NewEncoder()
	for _, cell := range h.bestCells {
		raw, err := enc.String(cell)
		if err != nil || isASCII(raw) || !utf8.ValidString(raw) {
			continue
		}
		return &Error{Pos: diag.Pos{File: c.name, Line: h.bestLine}, Msg: msg.TableLooksUTF8.F(cell, raw, mappingName(c.mapping))}
	}
	return nil
}

func (c *csvReader) Header() []string { return c.header }
func (c *csvReader) HeaderLine() int  { return c.hline }
func (c *csvReader) Encoding() string { return c.enc }

// Delimiter is the field separator the file is read with.
func (c *csvReader) Delimiter() rune { return c.cr.Comma }

func (c *csvReader) Close() error {
	c.done = true
	if c.closer != nil {
		err := c.closer.Close()
		c.closer = nil
		return err
	}
	return nil
}

func (c *csvReader) RowPos(row Row) diag.Pos { return diag.Pos{File: c.name, Line: row.Line} }

func (c *csvReader) Pos(row Row, col int) diag.Pos {
	return diag.Pos{File: c.name, Line: row.Line, Column: c.columnName(col)}
}

// columnName is the header name of column i, or "kolonne N" when the
// header cell is empty or the header is not known yet.
func (c *csvReader) columnName(i int) string {
	if i >= 0 && i < len(c.header) && c.header[i] != "" {
		return c.header[i]
	}
	return msg.TableColumnN.F(i + 1)
}

func (c *csvReader) Next() (Row, error) {
	for !c.done {
		rec, line, kind, fast := c.fastRow()
		if !fast {
			var err error
			rec, err = c.read()
			if err == io.EOF {
				c.done = true
				break
			}
			if err != nil {
				return Row{}, c.readError(err)
			}
			line, _ = c.cr.FieldPos(0)
			line += c.fastLines
			kind = lineHigh | lineCtl
		}
		c.fastRec = fast
		if blank(rec) {
			continue
		}
		if kind&lineHigh != 0 {
			var derr *Error
			if rec, derr = c.decode(c.cr, rec, c.header); derr != nil {
				return Row{}, derr
			}
		}
		if err := c.checkLength(rec); err != nil {
			return Row{}, err
		}
		if other, ok := c.otherDelimiter(rec); ok {
			return Row{}, &Error{Pos: diag.Pos{File: c.name, Line: line},
				Msg: msg.TableMixedDelimiters.F(delimiterName(other), delimiterName(c.cr.Comma), c.hline, len(c.header))}
		}
		if other, n, ok := c.partlyOtherDelimiter(rec); ok {
			return Row{}, &Error{Pos: diag.Pos{File: c.name, Line: line},
				Msg: msg.TablePartlyMixedDelimiters.F(len(rec), delimiterName(c.cr.Comma), n, delimiterName(other), c.hline, len(c.header))}
		}
		sum := isSum(rec)
		cells, extra := fitRow(c.cells, rec, len(c.header), kind&lineCtl != 0)
		c.cells = cells
		if extra >= 0 && !sum {
			return Row{}, &Error{
				Pos: diag.Pos{File: c.name, Line: line},
				Msg: msg.TableExtraCells.F(len(rec), len(c.header), trimCell(rec[extra]), extra+1),
			}
		}
		if sum {
			cells = cells[:len(c.header)]
		}
		return Row{Cells: cells, Line: line, Sum: sum}, nil
	}
	return Row{}, io.EOF
}

// read reads a record with encoding/csv, and notes the line it ended on.
func (c *csvReader) read() ([]string, error) {
	rec, err := c.cr.Read()
	var pe *csv.ParseError
	switch {
	case err == nil && len(rec) > 0:
		last := len(rec) - 1
		line, _ := c.cr.FieldPos(last)
		c.csvLine = line + strings.Count(rec[last], "\n")
	case errors.As(err, &pe):
		c.csvLine = pe.Line
	}
	return rec, err
}

// fieldLine is the line where cell i of the record cr read last begins.
func (c *csvReader) fieldLine(cr *csv.Reader, i int) int {
	if cr != c.cr {
		line, _ := cr.FieldPos(i)
		return line
	}
	if c.fastRec {
		return c.csvLine + c.fastLines
	}
	line, _ := cr.FieldPos(i)
	return line + c.fastLines
}

// readError turns an error from encoding/csv into an *Error. Syntax errors
// concern one row, and reading goes on; other errors end it.
func (c *csvReader) readError(err error) error {
	var long *recordTooLong
	if errors.As(err, &long) {
		c.done = true
		m := msg.TableRowTooLong.F(maxRecord / 1_000_000)
		if long.line != long.start {
			m = msg.TableRowTooLongLines.F(long.start, long.line, maxRecord/1_000_000)
		}
		return &Error{Pos: diag.Pos{File: c.name, Line: long.start}, Msg: m, Err: err}
	}
	var pe *csv.ParseError
	if !errors.As(err, &pe) || (pe.Err != csv.ErrQuote && pe.Err != csv.ErrBareQuote) {
		c.done = true
		return &Error{Pos: diag.Pos{File: c.name}, Msg: msg.TableRead.F(err), Err: err}
	}
	m := msg.TableBareQuote.F(pe.Column)
	if pe.Err == csv.ErrQuote {
		m = msg.TableBadQuote.F(pe.Column)
		if pe.StartLine != pe.Line {
			m = msg.TableBadQuoteFrom.F(pe.Column, pe.StartLine+c.fastLines)
		}
	}
	return &Error{Pos: diag.Pos{File: c.name, Line: pe.Line + c.fastLines}, Msg: m, Err: err}
}

// checkLength refuses a cell longer than maxField characters.
func (c *csvReader) checkLength(rec []string) *Error {
	for i, s := range rec {
		if len(s) <= maxField {
			continue
		}
		if n := utf8.RuneCountInString(s); n > maxField {
			return &Error{
				Pos: diag.Pos{File: c.name, Line: c.fieldLine(c.cr, i), Column: c.columnName(i)},
				Msg: msg.TableCellTooLong.F(n, maxField),
			}
		}
	}
	return nil
}

// decode checks or converts the cells of a record read as bytes: UTF-8 is
// validated, Windows-1252 converted to UTF-8 (one allocation per record
// that has bytes above 0x7F). header names the columns in errors (nil
// while the header is not found).
func (c *csvReader) decode(cr *csv.Reader, rec, header []string) ([]string, *Error) {
	switch c.enc {
	case encUTF8:
		for i, s := range rec {
			if utf8.ValidString(s) {
				continue
			}
			at := 0
			for at < len(s) {
				r, n := utf8.DecodeRuneInString(s[at:])
				if r == utf8.RuneError && n == 1 {
					break
				}
				at += n
			}
			if r := cp1252[s[at]-0x80]; s[at] >= 0x80 && unicodeLetter(r) {
				t := msg.TableLooksCP1252Auto // chosen from the start of the file
				if c.declared {
					t = msg.TableLooksCP1252
				}
				e := c.byteError(cr, t, s, at, i, header)
				e.Msg = t.F(s[at], string(r), mappingName(c.mapping))
				return rec, e
			}
			return rec, c.byteError(cr, msg.TableInvalidUTF8, s, at, i, header)
		}
	case encCP1252:
		high := false
		for _, s := range rec {
			if !isASCII(s) {
				high = true
				break
			}
		}
		if !high {
			return rec, nil
		}
		c.buf, c.ends = c.buf[:0], c.ends[:0]
		var bad *Error
		for i, s := range rec {
			run := 0 // start of the current run of ASCII bytes
			for j := 0; j < len(s); j++ {
				b := s[j]
				if b < utf8.RuneSelf {
					continue
				}
				c.buf = append(c.buf, s[run:j]...)
				run = j + 1
				r := cp1252[b-0x80]
				if r == utf8.RuneError && bad == nil {
					bad = c.byteError(cr, msg.TableUndefinedCP1252, s, j, i, header)
				}
				c.buf = utf8.AppendRune(c.buf, r)
			}
			c.buf = append(c.buf, s[run:]...)
			c.ends = append(c.ends, len(c.buf))
		}
		// One string for the whole record; cells are slices of it.
		all := string(c.buf)
		c.decoded = c.decoded[:0]
		off := 0
		for _, end := range c.ends {
			c.decoded = append(c.decoded, all[off:end])
			off = end
		}
		if bad != nil {
			return c.decoded, bad
		}
		return c.decoded, nil
	}
	return rec, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// byteError reports the byte at s[at] of cell col, on its own line when
// the cell spans lines.
func (c *csvReader) byteError(cr *csv.Reader, t msg.Text, s string, at, col int, header []string) *Error {
	pos := diag.Pos{File: c.name, Line: c.fieldLine(cr, col) + strings.Count(s[:at], "\n")}
	if header != nil {
		pos.Column = c.columnName(col)
	}
	return &Error{Pos: pos, Msg: t.F(s[at])}
}

// otherDelimiter reports whether a row read as one cell, under a header of
// several, splits into the header's cells by another delimiter: a file
// whose lines use different delimiters (some «;», some «,»).
func (c *csvReader) otherDelimiter(rec []string) (rune, bool) {
	if len(rec) != 1 || len(c.header) < 2 {
		return 0, false
	}
	for _, d := range []rune{';', ',', '\t'} {
		// at least one delimiter per column gap: decimal commas in
		// amounts («1 380 000,00») make more
		if d != c.cr.Comma && strings.Count(rec[0], string(d)) >= len(c.header)-1 {
			return d, true
		}
	}
	return 0, false
}

// partlyOtherDelimiter reports a line where some of the delimiters are
// another one: it has too few cells, and splitting them also by another
// delimiter gives exactly the header's number of cells. A comma inside a
// cell that reads as a decimal number («1 380 000,50») or is followed by
// a space (prose) is not counted, so a short line of amounts or text is
// not taken for a mixed one; n is the number of other delimiters found.
func (c *csvReader) partlyOtherDelimiter(rec []string) (other rune, n int, ok bool) {
	if len(rec) < 2 || len(rec) >= len(c.header) {
		return 0, 0, false
	}
	for _, d := range []rune{';', ',', '\t'} {
		if d == c.cr.Comma {
			continue
		}
		n := 0
		for _, f := range rec {
			if d == ',' && decimalComma(f) {
				continue
			}
			for i, r := range f {
				// a comma and a space is prose in a text cell
				if r == d && (d != ',' || !strings.HasPrefix(f[i+1:], " ")) {
					n++
				}
			}
		}
		if n > 0 && len(rec)+n == len(c.header) {
			return d, n, true
		}
	}
	return 0, 0, false
}

// decimalComma reports whether s reads as a number with a decimal comma,
// digits grouped by spaces or dots allowed: «1,5», «-1 380 000,00».
func decimalComma(s string) bool {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "-"))
	i := strings.IndexByte(s, ',')
	if i <= 0 || i == len(s)-1 || strings.Count(s, ",") != 1 {
		return false
	}
	for j, r := range s {
		switch {
		case r >= '0' && r <= '9', j == i:
		case (r == ' ' || r == '.' || r == '\u00a0' || r == '\u202f') && j < i:
		default:
			return false
		}
	}
	return true
}

// delimiterName is a delimiter as a user names it.
func delimiterName(r rune) string {
	switch r {
	case ';':
		return msg.TableDelimSemicolon.F()
	case ',':
		return msg.TableDelimComma.F()
	case '\t':
		return msg.TableDelimTab.F()
	}
	return "«" + string(r) + "»"
}

// unicodeLetter reports whether r is a letter above ASCII, as æ, ø and å
// are: a byte of Windows-1252 that stands for one.
func unicodeLetter(r rune) bool {
	return r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7
}

// mappingName names the mapping a message tells the user to change.
func mappingName(path string) string {
	if path == "" {
		return msg.TableTheMapping.F()
	}
	return path
}

// utf32BOM reports whether b starts with a UTF-32 byte-order mark, and
// which byte order it names (LE or BE). The little-endian one starts as
// UTF-16LE's does, so it is asked first.
func utf32BOM(b []byte) (string, bool) {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0x00, 0x00}):
		return "LE", true
	case bytes.HasPrefix(b, []byte{0x00, 0x00, 0xFE, 0xFF}):
		return "BE", true
	}
	return "", false
}
