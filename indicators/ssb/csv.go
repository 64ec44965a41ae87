package ssb

import (
	"encoding/csv"
	"errors"
	"io"
	"sort"
	"strings"

	"boso/indicators/diag"
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
	p.t.lines = firstLine
	return p.result()
}

func dimSizes(dims []Dimension) string {
	s := make([]int, len(dims))
	for i, d := range dims {
		s[i] = len(d.Categories)
	}
	return sizes(s)
}
