package ssb

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/templates/msg"
)

// ReadCSV reads a statbank table saved as CSV: by PxWebApi 2
// (outputFormat=csv, with UseCodes, UseTexts or UseCodesAndTexts, with or
// without IncludeTitle, separated by comma, semicolon or tab), by the
// statbank, or by Excel after opening one of those. name is the file name
// used in messages. The encoding is read from a byte-order mark, else
// UTF-8 when the file is valid UTF-8, else Windows-1252 (which reads SSB's
// ISO-8859-1). The decimal separator is a comma when a value in the file
// has one, else a point.
//
// The leading columns whose header names a variable, or that hold text,
// are the stub (one dimension each); the other columns are values. A value
// column's header is «[statistics variable ]period» (the heading of SSB's
// default layout) or, with one value column, the table's contents. The
// error is an *Error or an Errors, each with the line and column.
func ReadCSV(r io.Reader, name string) (*Table, error) {
	b, err := readAll(r, name)
	if err != nil {
		return nil, err
	}
	return readCSV(b, name)
}

// csvRecord is one record of the file with the line it starts on.
type csvRecord struct {
	cells []string
	line  int
}

func readCSV(b []byte, name string) (*Table, error) {
	fileErr := func(m string) error { return &Error{Pos: diag.Pos{File: name}, Msg: m} }
	text, enc, err := decodeText(b)
	if err != nil {
		return nil, fileErr(msg.SSBCSVEncoding.F(err.Error()))
	}
	if strings.TrimSpace(text) == "" {
		return nil, fileErr(msg.SSBEmpty.String())
	}
	comma := detectComma(text)
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma, cr.FieldsPerRecord = comma, -1
	var recs []csvRecord
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &Error{Pos: diag.Pos{File: name, Line: pe.StartLine}, Msg: msg.SSBCSVSyntax.F(pe.Line, csvReason(pe.Err)), Err: err}
			}
			return nil, fileErr(msg.SSBCSVSyntax.F(0, err.Error()))
		}
		line, _ := cr.FieldPos(0)
		cells := make([]string, len(rec))
		for i, c := range rec {
			cells[i] = cleanCell(c)
		}
		if blank(cells) {
			continue
		}
		recs = append(recs, csvRecord{cells, line})
	}
	t := &Table{Name: name, Format: "csv", Encoding: enc}
	// A title row: one cell, before the header (IncludeTitle, or the
	// statbank's «07459: Befolkning, etter region, …»).
	for len(recs) > 1 && nonEmpty(recs[0].cells) == 1 && nonEmpty(recs[1].cells) > 1 {
		if t.Label == "" {
			t.Label = firstNonEmpty(recs[0].cells)
		} else {
			t.Notes = append(t.Notes, firstNonEmpty(recs[0].cells))
		}
		recs = recs[1:]
	}
	if len(recs) == 0 || nonEmpty(recs[0].cells) < 2 {
		line := 0
		if len(recs) > 0 {
			line = recs[0].line
		}
		return nil, &Error{Pos: diag.Pos{File: name, Line: line}, Msg: msg.SSBCSVNoHeader.F(delimName(comma))}
	}
	header, data := recs[0], recs[1:]
	// Notes below the table: rows with one cell of text after the last
	// row of data (SSB writes a symbol, never nothing, for a missing
	// figure, so a row of data has more than one cell).
	for len(data) > 0 && nonEmpty(data[len(data)-1].cells) == 1 {
		t.Notes = append([]string{firstNonEmpty(data[len(data)-1].cells)}, t.Notes...)
		data = data[:len(data)-1]
	}
	// Empty columns at the right (a spreadsheet's trailing separators).
	w := len(header.cells)
	for w > 2 && header.cells[w-1] == "" && emptyColumn(data, w-1) {
		w--
	}
	header.cells = header.cells[:w]
	for i := range data {
		if len(data[i].cells) > w && blank(data[i].cells[w:]) {
			data[i].cells = data[i].cells[:w]
		}
	}
	p := &csvParse{t: t, name: name, header: header}
	return p.build(data)
}

type csvParse struct {
	t      *Table
	name   string
	header csvRecord
	errs   Errors
	more   int // problems not kept
}

func (p *csvParse) fail(line, col int, m string) {
	if len(p.errs) >= maxErrors {
		p.more++
		return
	}
	pos := diag.Pos{File: p.name, Line: line}
	if col >= 0 && col < len(p.header.cells) {
		pos.Column = p.header.cells[col]
		if pos.Column == "" {
			pos.Col = col + 1
		}
	}
	p.errs = append(p.errs, &Error{Pos: pos, Msg: m})
}

func (p *csvParse) result() (*Table, error) {
	if len(p.errs) == 0 {
		return p.t, nil
	}
	sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Pos.Line < p.errs[j].Pos.Line })
	if p.more > 0 {
		p.errs = append(p.errs, &Error{Pos: diag.Pos{File: p.name}, Msg: msg.SSBMoreProblems.F(p.more, maxErrors)})
	}
	return nil, p.errs
}

func (p *csvParse) build(data []csvRecord) (*Table, error) {
	h := p.header.cells
	width := len(h)
	// A row of another width is reported and left out; the others are
	// still read, so one run lists every problem.
	whole := data[:0:0]
	for _, r := range data {
		if len(r.cells) != width {
			p.fail(r.line, -1, msg.SSBCSVWidth.F(len(r.cells), width, p.header.line))
			continue
		}
		whole = append(whole, r)
	}
	data = whole
	if len(data) == 0 && len(p.errs) > 0 {
		return p.result()
	}
	if len(data) == 0 {
		return nil, &Error{Pos: diag.Pos{File: p.name, Line: p.header.line}, Msg: msg.SSBCSVNoData.String()}
	}

	// The stub: the columns before the first whose header names values
	// (ends with a period, or is the table's contents); without such a
	// header, the leading columns that name a variable or hold text.
	nStub, byHeading := 0, false
	for c := 1; c < width && !byHeading; c++ {
		if valueHeader(h[c]) {
			nStub, byHeading = c, true
		}
	}
	for c := 0; !byHeading && c < width-1; c++ {
		id, label := splitCodeText(h[c])
		if _, named := roleByName(id, label); named {
			nStub++
			continue
		}
		if !textual(data, c) {
			break
		}
		nStub++
	}
	if nStub == 0 {
		return nil, &Error{Pos: diag.Pos{File: p.name, Line: p.header.line}, Msg: msg.SSBCSVNoStub.F(show(h[0]))}
	}
	// «code - text» in every stub header: PxWebApi's UseCodesAndTexts, and
	// the cells are «code - text» too.
	codesAndTexts := true
	for c := 0; c < nStub; c++ {
		if !strings.Contains(h[c], " - ") {
			codesAndTexts = false
		}
	}

	dims := make([]Dimension, 0, nStub+2)
	for c := 0; c < nStub; c++ {
		d := Dimension{ID: h[c], Label: h[c]}
		if codesAndTexts {
			d.ID, d.Label = splitCodeText(h[c])
		}
		d.Role, _ = roleByName(d.ID, d.Label)
		dims = append(dims, d)
	}
	for i := range dims {
		if dims[i].ID == "" {
			p.fail(p.header.line, i, msg.SSBCSVEmptyHeader.F(i+1))
		}
		for j := range i {
			if foldKey(dims[j].ID) == foldKey(dims[i].ID) && dims[i].ID != "" {
				p.fail(p.header.line, i, msg.SSBCSVDupHeader.F(show(dims[i].ID), j+1))
			}
		}
	}

	// The value columns: heading dimensions from their headers.
	dupHeading := false
	for j := nStub; j < width; j++ {
		for k := nStub; k < j; k++ {
			if h[k] == h[j] {
				p.fail(p.header.line, j, msg.SSBCSVDupHeader.F(show(h[j]), k+1))
				dupHeading = true
			}
		}
	}
	if dupHeading {
		return p.result()
	}
	heads := p.headings(h[nStub:], codesAndTexts)
	if heads.contents != "" && p.t.Label == "" {
		p.t.Label = heads.contents
	}
	p.t.Number = tableNumber(p.t.Label)
	dims = append(dims, heads.dims...)

	// The stub dimensions' categories, in the order the rows give them.
	stubPos := make([][]int, len(data))
	for r, rec := range data {
		stubPos[r] = make([]int, nStub)
		for c := 0; c < nStub; c++ {
			cell := rec.cells[c]
			if cell == "" {
				p.fail(rec.line, c, msg.SSBCSVEmptyStub.F(show(dims[c].Label)))
				stubPos[r] = nil
				break
			}
			cat := Category{Code: cell, Label: cell, Decimals: -1}
			if codesAndTexts {
				cat.Code, cat.Label = splitCodeText(cell)
			} else if dims[c].Role == Geo {
				if code, text, ok := regionCodeText(cell); ok {
					cat.Code, cat.Label = code, text
				}
			}
			stubPos[r][c] = dims[c].add(cat)
		}
	}
	for c := 0; c < nStub; c++ {
		if dims[c].Role == Other {
			if _, named := roleByName(dims[c].ID, dims[c].Label); !named {
				dims[c].Role = guessRole(dims[c])
			}
		}
	}
	p.t.Dims = dims
	n := size(dims)
	if n < 0 {
		return nil, &Error{Pos: diag.Pos{File: p.name}, Msg: msg.SSBTooManyCells.F(dimSizes(dims), maxCells)}
	}
	p.t.Cells = make([]Cell, n)
	for i := range p.t.Cells {
		p.t.Cells[i].Kind = Empty
	}

	comma := decimalComma(data, nStub)
	firstLine := make([]int, n) // the line that filled each cell, for duplicates
	pos := make([]int, len(dims))
	for r, rec := range data {
		if stubPos[r] == nil {
			continue // an empty stub cell, reported above
		}
		copy(pos, stubPos[r])
		for j := nStub; j < width; j++ {
			copy(pos[nStub:], heads.pos[j-nStub])
			i := 0
			for d, q := range pos {
				i = i*len(dims[d].Categories) + q
			}
			if firstLine[i] != 0 {
				p.fail(rec.line, j, msg.SSBCSVDupCell.F(p.t.describe(i), firstLine[i]))
				continue
			}
			firstLine[i] = rec.line
			c, err := csvCell(rec.cells[j], comma)
			if err != nil {
				p.fail(rec.line, j, err.Error())
				continue
			}
			p.t.Cells[i] = c
		}
	}
	return p.result()
}

// headings is what the value columns' headers say.
type headings struct {
	dims     []Dimension
	pos      [][]int // per value column, its position in each of dims
	contents string  // the header of a lone value column («07459: Befolkning,»)
}

// headings reads the value columns' headers: «Personer 2024» (statistics
// variable and period, PxWeb joins them with a space), «2024» (period
// only), «Personer1 - Personer 2024 - 2024» (codes and texts), or, for one
// value column, the table's contents. Other headers make one dimension
// whose categories are the headers.
func (p *csvParse) headings(hs []string, codesAndTexts bool) headings {
	var out headings
	out.pos = make([][]int, len(hs))
	type split struct{ rest, time string }
	splits := make([]split, len(hs))
	allTime, anyRest := true, false
	for i, h := range hs {
		rest, tc, ok := splitTimeSuffix(h)
		if !ok {
			allTime = false
			break
		}
		splits[i] = split{rest, tc}
		anyRest = anyRest || rest != ""
	}
	if !allTime && len(hs) == 1 {
		out.contents = hs[0]
		out.pos[0] = nil
		return out
	}
	if !allTime {
		d := Dimension{ID: msg.SSBCSVColumnDim.String(), Label: msg.SSBCSVColumnDim.String()}
		for i, h := range hs {
			c := Category{Code: h, Label: h, Decimals: -1}
			if codesAndTexts {
				c.Code, c.Label = splitCodeText(h)
			}
			out.pos[i] = []int{d.add(c)}
		}
		d.Role = guessRole(d)
		out.dims = []Dimension{d}
		return out
	}
	metric := Dimension{ID: "ContentsCode", Label: msg.SSBCSVMetricDim.String(), Role: Metric}
	tid := Dimension{ID: "Tid", Label: msg.SSBCSVTimeDim.String(), Role: Time}
	for i, s := range splits {
		t := tid.add(Category{Code: s.time, Label: s.time, Decimals: -1})
		if !anyRest {
			out.pos[i] = []int{t}
			continue
		}
		c := Category{Code: s.rest, Label: s.rest, Decimals: -1}
		if codesAndTexts {
			c.Code, c.Label = splitCodeText(s.rest)
		}
		out.pos[i] = []int{metric.add(c), t}
	}
	if anyRest {
		out.dims = []Dimension{metric, tid}
	} else {
		out.dims = []Dimension{tid}
	}
	return out
}

// splitTimeSuffix splits a heading header into what comes before its
// period and the period's code: «Personer 2024» → «Personer», «2024»;
// «Personer1 - Personer 2024K1 - 2024K1» → «Personer1 - Personer»,
// «2024K1»; «2024» → «», «2024».
func splitTimeSuffix(h string) (rest, code string, ok bool) {
	if isTimeCode(h) {
		return "", h, true
	}
	// «2024 - 2024»: the period written as code and text.
	if i := strings.LastIndex(h, " - "); i >= 0 && isTimeCode(h[i+3:]) {
		before := h[:i]
		j := strings.LastIndexByte(before, ' ')
		if isTimeCode(before[j+1:]) {
			return strings.TrimSpace(before[:max(j, 0)]), before[j+1:], true
		}
	}
	j := strings.LastIndexByte(h, ' ')
	if j > 0 && isTimeCode(h[j+1:]) {
		return strings.TrimSpace(h[:j]), h[j+1:], true
	}
	return "", "", false
}

// valueHeader reports a header that names a value column: one with a
// period at its end, or the table's contents («07459: Befolkning,»).
func valueHeader(h string) bool {
	_, _, ok := splitTimeSuffix(h)
	return ok || tableNumber(h) != ""
}

// splitCodeText splits PxWebApi's «code - text»; without « - » both are s.
func splitCodeText(s string) (code, text string) {
	c, t, ok := strings.Cut(s, " - ")
	if !ok || strings.TrimSpace(c) == "" {
		return s, s
	}
	return strings.TrimSpace(c), strings.TrimSpace(t)
}

// textual reports whether column c holds a cell that is neither a number
// nor one of SSB's symbols.
func textual(data []csvRecord, c int) bool {
	for _, r := range data {
		if _, err := csvCell(r.cells[c], true); err != nil {
			if _, err := csvCell(r.cells[c], false); err != nil {
				return true
			}
		}
	}
	return false
}

// decimalComma reports whether the values use a decimal comma: one of
// them has a comma between digits.
func decimalComma(data []csvRecord, nStub int) bool {
	for _, r := range data {
		for _, v := range r.cells[nStub:] {
			if i := strings.IndexByte(v, ','); i > 0 && i < len(v)-1 && isDigit(v[i-1]) && isDigit(v[i+1]) {
				return true
			}
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// csvCell reads a value cell: a number, one of SSB's symbols, or empty.
func csvCell(s string, comma bool) (Cell, error) {
	if s == "" {
		return Cell{Kind: Empty}, nil
	}
	if s == "0" {
		return Cell{Kind: Number}, nil // see the package comment on «0»
	}
	if k, ok := symbolKind(s); ok {
		return Cell{Kind: k}, nil
	}
	d, err := csvNumber(s, comma)
	if err != nil {
		return Cell{}, err
	}
	return Cell{Kind: Number, Value: d}, nil
}

// csvNumber reads a number as SSB writes it (digits, a decimal point) or as
// Excel saves it in Norwegian (decimal comma, groups of three separated by
// spaces or no-break spaces, «−» for minus).
func csvNumber(s string, comma bool) (num.Dec, error) {
	bad := func() (num.Dec, error) {
		dec := "."
		if comma {
			dec = ","
		}
		return 0, jsError(msg.SSBNotValue.F(show(s), dec))
	}
	t := s
	neg := false
	switch {
	case strings.HasPrefix(t, "-"):
		neg, t = true, t[1:]
	case strings.HasPrefix(t, "−"):
		neg, t = true, t[len("−"):]
	}
	dec := byte('.')
	if comma {
		dec = ','
	}
	ip, fp, hasDec := strings.Cut(t, string(dec))
	if hasDec && fp == "" {
		return bad()
	}
	// Thousands groups: spaces of any width, or a point before a decimal
	// comma; each group after the first has three digits.
	groups := strings.FieldsFunc(ip, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u202f' || (comma && r == '.')
	})
	if len(groups) == 0 {
		return bad()
	}
	for i, g := range groups {
		if g == "" || (i > 0 && len(g) != 3) || strings.Trim(g, "0123456789") != "" {
			return bad()
		}
	}
	if len(groups) > 1 && len(groups[0]) > 3 {
		return bad()
	}
	if strings.Trim(fp, "0123456789") != "" {
		return bad()
	}
	lit := strings.Join(groups, "")
	if hasDec {
		lit += "." + fp
	}
	if neg {
		lit = "-" + lit
	}
	if d, err := num.Parse(lit); err == nil {
		return d, nil
	} else if errors.Is(err, num.ErrOverflow) {
		return 0, jsError(msg.SSBNumberTooLarge.F(show(s)))
	}
	// more decimals than a Dec keeps: round
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil || math.IsInf(f, 0) {
		return bad()
	}
	d, ok := num.FromFloat(f)
	if !ok {
		return 0, jsError(msg.SSBNumberTooLarge.F(show(s)))
	}
	return d, nil
}

// decodeText returns the file as UTF-8 and the encoding it was read with.
func decodeText(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return "", "", jsError(msg.SSBCSVBadUTF8.String())
		}
		return string(b), "utf-8", nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		s, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(b)
		return string(s), "utf-16le", err
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		s, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(b)
		return string(s), "utf-16be", err
	case utf8.Valid(b):
		return string(b), "utf-8", nil
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	return string(s), "windows-1252", err
}

// detectComma picks the separator that splits the first rows into the
// most cells in the same way: ';', then ',', then tab on a tie.
func detectComma(text string) rune {
	best, bestN := ';', 0
	for _, c := range []rune{';', ',', '\t'} {
		cr := csv.NewReader(strings.NewReader(text))
		cr.Comma, cr.FieldsPerRecord, cr.LazyQuotes = c, -1, true
		counts := map[int]int{}
		for range 12 {
			rec, err := cr.Read()
			if err != nil {
				break
			}
			if len(rec) > 1 {
				counts[len(rec)]++
			}
		}
		n := 0
		for width, times := range counts {
			if (times >= 2 || len(counts) == 1) && width > n {
				n = width
			}
		}
		if n > bestN {
			best, bestN = c, n
		}
	}
	return best
}

func delimName(r rune) string {
	switch r {
	case ';':
		return msg.SSBDelimSemicolon.String()
	case ',':
		return msg.SSBDelimComma.String()
	}
	return msg.SSBDelimTab.String()
}

func csvReason(err error) string {
	switch {
	case errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote):
		return msg.SSBCSVQuote.String()
	}
	return err.Error()
}

// cleanCell trims spaces, no-break spaces, byte-order marks and
// zero-width spaces, which a spreadsheet does not show.
func cleanCell(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\ufeff' || r == '\u200b' || r == '\u202f'
	})
}

func blank(cells []string) bool { return nonEmpty(cells) == 0 }

// emptyColumn reports whether no record has a cell in column c.
func emptyColumn(recs []csvRecord, c int) bool {
	for _, r := range recs {
		if c < len(r.cells) && r.cells[c] != "" {
			return false
		}
	}
	return true
}

func nonEmpty(cells []string) int {
	n := 0
	for _, c := range cells {
		if c != "" {
			n++
		}
	}
	return n
}

func firstNonEmpty(cells []string) string {
	for _, c := range cells {
		if c != "" {
			return c
		}
	}
	return ""
}

func dimSizes(dims []Dimension) string {
	s := make([]int, len(dims))
	for i, d := range dims {
		s[i] = len(d.Categories)
	}
	return sizes(s)
}
