package source

import (
	"errors"
	"io"
	"regexp"
	"sort"
	"strings"

	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/source/parse"
	"boso/indicators/source/table"
	"boso/templates/msg"
)

// Value is one field of one record. Null marks an empty cell.
type Value struct {
	Null bool
	Str  string // text, category code, kommunenummer, period id
	Date period.Date
	Num  num.Dec
	Bool bool
}

// Record is one row of an export, typed through a mapping.
type Record struct {
	Kommune string
	Values  []Value  // indexed like Stream.Fields
	Pos     diag.Pos // the row: file and line, or file, sheet and row
	// Bad lists values of tolerant fields that could not be read; the
	// record is then excluded from every figure that uses those fields.
	Bad []BadValue
	// Failed is set when a value of a strict field could not be read; the
	// problem is in the stream's list and the run will stop.
	Failed bool
}

// BadValue is an unreadable value in a tolerant field.
type BadValue struct {
	Field string
	Pos   diag.Pos
	Msg   string
}

// Stream reads the records of one mapping's file.
type Stream struct {
	M       *Mapping
	Fields  []string // the canonical fields read, in the order of Record.Values
	maps    []*FieldMap
	cols    []int
	kcol    int // kommune column, or -1 for a fixed kommune
	r       table.Reader
	numFmt  parse.NumberFormat
	l       *diag.List
	SumRows []diag.Pos // Sum/Totalt rows skipped
	// events marks the fields (by index in Fields) that hold the date of
	// an event or the start of an episode: such a date cannot be after
	// the export was taken.
	events []bool
	rows   int // data rows read (not totals rows)
	// kommune checks: the programme's renumbering and kommuner (see
	// Kommuner), and the former numbers met that are not renumbered
	renumber   map[string][]string
	programme  map[string]bool
	formerSeen map[string]*formerUse
	formerList []string // keys of formerSeen in the order met
	ended      bool     // atEnd has run
	sums       []sumRow // totals rows with no data row after them yet
}

func normHeader(s string) string { return table.HeaderKey(s) }

// Open starts reading the mapping's file, typing only the given canonical
// fields (those an indicator uses): a broken value in a column no indicator
// reads is no error. Problems go into l; ok is false when nothing can be read.
func (m *Mapping) Open(fields []string, l *diag.List) (s *Stream, ok bool) {
	s = &Stream{M: m, l: l, kcol: -1}
	var expect []string
	for _, f := range fields {
		if f == "kommune" {
			continue
		}
		fm := m.Fields[f]
		if fm == nil {
			continue // the engine reported the missing field
		}
		s.Fields = append(s.Fields, f)
		s.maps = append(s.maps, fm)
		expect = append(expect, fm.Column)
	}
	kf := m.Fields["kommune"]
	if m.Kommune == "" && kf != nil {
		expect = append(expect, kf.Column)
	}
	delim, _ := delimiterRune(m.Delimiter)
	opt := table.Options{Expect: expect, Delimiter: delim, Encoding: m.Encoding, Sheet: m.Sheet}
	var err error
	if m.isXLSX() {
		s.r, err = table.OpenXLSX(m.FilePath(), opt)
	} else {
		s.r, err = table.OpenCSV(m.FilePath(), opt)
	}
	if err != nil {
		var te *table.Error
		if errors.As(err, &te) {
			l.Add(CodeLayout, te.Pos, te.Msg)
		} else {
			l.Add(CodeFile, diag.Pos{File: m.FilePath()}, err.Error())
		}
		return nil, false
	}
	index := map[string]int{}
	for i, h := range s.r.Header() {
		if _, dup := index[normHeader(h)]; !dup {
			index[normHeader(h)] = i
		}
	}
	col := func(fm *FieldMap) int {
		i, found := index[normHeader(fm.Column)]
		if !found {
			pos := rowPos(s.r, table.Row{Line: s.r.HeaderLine()})
			l.Add(CodeColumn, pos, msg.MapColumnMissing.F(fm.Column, m.File, strings.Join(s.r.Header(), ", ")))
			ok = false
			return -1
		}
		return i
	}
	ok = true
	for _, fm := range s.maps {
		s.cols = append(s.cols, col(fm))
	}
	if m.Kommune == "" && kf != nil {
		s.kcol = col(kf)
	}
	if m.Decimal == "." {
		s.numFmt.Decimal = '.'
	} else {
		s.numFmt.Decimal = ','
	}
	if !ok {
		s.r.Close()
		return nil, false
	}
	return s, true
}

// Close releases the file.
func (s *Stream) Close() error { return s.r.Close() }

// Next reads the next record into rec, reusing its slices. It returns false
// at the end of the file or when the file cannot be read further (the
// problem is then in the list).
func (s *Stream) Next(rec *Record) bool {
	for {
		row, err := s.r.Next()
		if err == io.EOF {
			s.atEnd()
			return false
		}
		if err != nil {
			// A row that cannot be read is reported and reading goes on;
			// the reader returns io.EOF next if the error ended the file.
			var te *table.Error
			if errors.As(err, &te) {
				code := CodeLayout
				if te.Formula {
					code = CodeFormula
				}
				s.l.Add(code, te.Pos, te.Msg)
				continue
			}
			s.l.Add(CodeFile, diag.Pos{File: s.M.FilePath()}, err.Error())
			return false
		}
		word, sum := s.sumWord(row)
		if sum {
			p := s.rowPos(row)
			s.SumRows = append(s.SumRows, p)
			s.sums = append(s.sums, sumRow{p, word})
			continue
		}
		// Totals rows with data below them are not the table's last line:
		// subtotals, or a second table under the first.
		for _, sr := range s.sums {
			next := msg.CheckNextLine.F(row.Line)
			if s.M.isXLSX() {
				next = msg.CheckNextRow.F(row.Line)
			}
			s.l.Warn(CodeSumRow, sr.pos, msg.CheckSumRowMiddle.F(sr.word, next))
		}
		s.sums = s.sums[:0]
		s.rows++
		s.fill(rec, row)
		return true
	}
}

func cell(row table.Row, i int) string {
	if i < 0 || i >= len(row.Cells) {
		return ""
	}
	return row.Cells[i]
}

func (s *Stream) fill(rec *Record, row table.Row) {
	rec.Pos = s.rowPos(row)
	rec.Bad = rec.Bad[:0]
	rec.Failed = false
	if cap(rec.Values) < len(s.Fields) {
		rec.Values = make([]Value, len(s.Fields))
	}
	rec.Values = rec.Values[:len(s.Fields)]
	if s.kcol < 0 {
		rec.Kommune = s.M.Kommune
	} else {
		raw := cell(row, s.kcol)
		k, err := parse.Kommunenummer(raw)
		switch {
		case strings.TrimSpace(raw) == "":
			s.l.Add(CodeKommune, s.cellPos(row, s.kcol), msg.MapEmptyKommune.F())
			rec.Failed = true
		case err != nil:
			s.l.Add(CodeKommune, s.cellPos(row, s.kcol), msg.MapBadKommune.F(raw))
			rec.Failed = true
		default:
			if problem := s.checkKommune(k, s.cellPos(row, s.kcol)); problem != "" {
				s.l.Add(CodeKommune, s.cellPos(row, s.kcol), problem)
				rec.Failed = true
			}
		}
		rec.Kommune = k
	}
	for i, fm := range s.maps {
		raw := cell(row, s.cols[i])
		v, problem := s.value(fm, raw)
		if problem == "" && !v.Null && i < len(s.events) && s.events[i] {
			problem = s.afterExport(v.Date)
		}
		rec.Values[i] = v
		if problem == "" {
			continue
		}
		text := msg.MapValueInField.F(problem, fm.Column, s.Fields[i])
		pos := s.cellPos(row, s.cols[i])
		if fm.Tolerant {
			rec.Bad = append(rec.Bad, BadValue{Field: s.Fields[i], Pos: pos, Msg: text})
			rec.Values[i] = Value{Null: true}
			continue
		}
		s.l.Add(CodeValue, pos, text)
		rec.Failed = true
	}
}

// value types one cell; problem is a Norwegian message when it cannot.
func (s *Stream) value(fm *FieldMap, raw string) (v Value, problem string) {
	t := strings.TrimSpace(raw)
	if t == "" {
		return Value{Null: true}, ""
	}
	switch fm.Type {
	case Text:
		v.Str = t
	case Category:
		if fm.values == nil {
			v.Str = t
			break
		}
		code, ok := fm.values[strings.ToLower(t)]
		if !ok {
			return v, msg.MapUnknownCategory.F(t, fm.Column, knownValues(fm.Values))
		}
		v.Str = code
	case Date:
		d, err := parse.Date(t, fm.dateFormats)
		if err != nil {
			return v, err.Error()
		}
		v.Date = d
	case Number, Amount:
		if ssbMark(t) {
			return Value{Null: true, Str: t}, "" // an SSB mark in a table: no value
		}
		f := s.numFmt
		if s.M.isXLSX() && machineNumber.MatchString(t) {
			// A numeric XLSX cell comes back raw ("12500.5"); text cells
			// keep the mapping's Norwegian decimal comma.
			f.Decimal = '.'
		}
		n, err := parse.Number(t, f)
		if err != nil {
			return v, err.Error()
		}
		if fm.Type == Amount && n < 0 {
			if digits(t) >= 11 {
				// as long as a fødselsnummer: not repeated in the message
				return v, msg.CheckNegativeAmountLong.F()
			}
			return v, msg.CheckNegativeAmount.F(t)
		}
		v.Num = n
	case Bool:
		b, err := parse.Bool(t, parse.BoolMap{True: fm.True, False: fm.False})
		if err != nil {
			return v, err.Error()
		}
		v.Bool = b
	case Kommune:
		k, err := parse.Kommunenummer(t)
		if err != nil {
			return v, msg.MapBadKommune.F(t)
		}
		v.Str = k
	case Period:
		p, err := period.Parse(t)
		if err != nil {
			return v, msg.MapBadPeriod.F(t)
		}
		v.Str = p.String()
	}
	return v, ""
}

func knownValues(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

// machineNumber matches the raw value of a numeric XLSX cell.
var machineNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// ssbMark reports whether a number cell holds one of SSB's marks for a
// missing value ("..", "...", ".", ":") rather than a number.
func ssbMark(t string) bool {
	switch t {
	case "..", "...", ".", ":":
		return true
	}
	return false
}

// cellPos is the position of one cell; Col carries the column number so
// that problems on one row sort in the file's column order.
func (s *Stream) cellPos(row table.Row, col int) diag.Pos {
	p := s.r.Pos(row, col)
	p.Col = col + 1
	return p
}

// rowPos is the position of a whole row (no column).
func (s *Stream) rowPos(row table.Row) diag.Pos { return rowPos(s.r, row) }

func rowPos(r table.Reader, row table.Row) diag.Pos {
	p := r.Pos(row, 0)
	p.Column = ""
	return p
}
