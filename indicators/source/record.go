package source

import (
	"errors"
	"hash/maphash"
	"io"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"boso/indicators/diag"
	"boso/indicators/formula"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/pii"
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
	M      *Mapping
	Fields []string // the canonical fields read, in the order of Record.Values
	// The fields typed for each row: Fields, then the fields the mapping's
	// expressions read that were not asked for.
	names  []string
	maps   []*FieldMap
	cols   []int // column of each, -1 for a derived field
	vals   []Value
	before []int // fields typed before the row is selected (expressions read them)
	after  []int // the other fields read from a column
	derive []int // fields computed by an expression
	env    map[string]any
	run    formula.Runner
	// the mapping's where, when and derived yes/no fields of simple forms
	// as Go (formula.Fast) over the before fields' values in fvals
	fastWhere  *formula.Fast
	fastWhen   map[string]*formula.Fast
	fastExpr   map[string]*formula.Fast
	fvals      []formula.Val
	date1904   bool         // an XLSX file whose date serials count from 1904
	rowHashes  rowHashes    // of the rows given, for warnDuplicates
	rowSeed    maphash.Seed // of the rows' hashes (noteRow), made once
	rowBytes   []byte       // reused by noteRow
	hashSeeded bool
	// known caches, per field, what a category's or yes/no field's cells
	// gave (up to maxKnown each): a row's value is then one lookup
	known []map[string]Value
	// firstEvent is the earliest event or episode start read (0: none)
	firstEvent period.Date
	kcol       int // kommune column, or -1 for a fixed kommune
	r          table.Reader
	raw        table.Reader // the reader r reads ahead of, until Share
	numFmt     parse.NumberFormat
	l          *diag.List
	// rows whose where could not be computed: count, first row
	whereFails int
	whereFirst diag.Pos
	SumRows    []diag.Pos // Sum/Totalt rows skipped

	// WhereOut counts the rows the mapping's where left out.
	WhereOut int

	row table.Row // the row of the record Next filled last

	watch []map[string]bool // per field of Fields: codes looked for → seen (see Watch)
	rows  int               // data rows read (not totals rows, nor rows where leaves out)
	ids   idColumns
	// events marks the fields (by index in Fields) that hold the date of
	// an event or the start of an episode: such a date cannot be after
	// the export was taken.
	events []bool
	// early marks the fields that hold a date of an event or an episode
	// (start or end), checked for dates no register of today holds (see
	// EarlyDates); earlyOld counts those before EarlyWarn, earlyFirst is
	// the first of them and earlyValue its date
	early      []bool
	earlyOld   int
	earlyFirst diag.Pos
	earlyValue period.Date
	earlyField int
	// kommune checks: the programme's renumbering and kommuner (see
	// Kommuner), and the former numbers met that are not renumbered
	renumber   map[string][]string
	programme  map[string]bool
	formerSeen map[string]*formerUse
	formerList []string // keys of formerSeen in the order met
	ended      bool     // atEnd has run
	// lastCurrent is the last kommunenummer checkKommune found in use
	lastCurrent string
	sums        []sumRow // totals rows with no data row after them yet
	xlsx        bool     // M.isXLSX(), asked of every cell
}

func normHeader(s string) string { return table.HeaderKey(s) }

// Open starts reading the mapping's file, typing only the given canonical
// fields (those an indicator uses): a broken value in a column no indicator
// reads is no error. Problems go into l; ok is false when nothing can be read.
func (m *Mapping) Open(fields []string, l *diag.List) (s *Stream, ok bool) {
	s = &Stream{M: m, l: l, kcol: -1, env: map[string]any{}, xlsx: m.isXLSX()}
	var expect []string
	add := func(f string) {
		fm := m.Fields[f]
		s.names = append(s.names, f)
		s.maps = append(s.maps, fm)
		if fm.Column != "" {
			expect = append(expect, fm.Column)
		}
	}
	asked := map[string]bool{}
	for _, f := range fields {
		if f == "kommune" || asked[f] || m.Fields[f] == nil {
			continue // a missing field is reported by the engine
		}
		asked[f] = true
		s.Fields = append(s.Fields, f)
		add(f)
	}
	for _, f := range m.derive.deps {
		if !asked[f] {
			add(f)
		}
	}
	deps := map[string]bool{}
	for _, f := range m.derive.deps {
		deps[f] = true
	}
	for i, f := range s.names {
		switch {
		case s.maps[i].Expr.Value != "":
			s.derive = append(s.derive, i)
		case deps[f]:
			s.before = append(s.before, i)
		default:
			s.after = append(s.after, i)
		}
	}
	s.vals = make([]Value, len(s.names))
	s.compileFast()
	kf := m.Fields["kommune"]
	if m.Kommune == "" && kf != nil {
		expect = append(expect, kf.Column)
	}
	delim, _ := delimiterRune(m.Delimiter)
	opt := table.Options{Mapping: m.Path, Expect: expect, Delimiter: delim, Encoding: m.Encoding, Sheet: m.Sheet}
	var err error
	if m.isXLSX() {
		s.r, err = table.OpenXLSXIn(m.Files, m.FilePath(), opt)
		if d, ok := s.r.(interface{ Date1904() bool }); ok && err == nil {
			s.date1904 = d.Date1904()
		}
	} else {
		s.r, err = table.OpenCSVIn(m.Files, m.FilePath(), opt)
	}
	if err != nil {
		var te *table.Error
		if errors.As(err, &te) {
			if m.oldExport(te, l) {
				return nil, false
			}
			if !m.columnsMissing(te, l) {
				l.Add(CodeLayout, te.Pos, te.Msg)
			}
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
		if fm.Column == "" {
			return -1 // derived
		}
		i, found := index[normHeader(fm.Column)]
		if !found {
			// the column is named in the mapping: point there, and at the
			// header row of the file it was looked for in
			header := rowPos(s.r, table.Row{Line: s.r.HeaderLine()})
			pos := header
			if p, ok := fm.At["column"]; ok {
				pos = p
			}
			l.Add(CodeColumn, pos, columnNotFound(fm.Column, header, s.r.Header()))
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
	if m.Register == AggregateRegister && !m.IsExport() && looksLikeExport(s.r.Header()) {
		// read as a plain table, every breakdown row would be a
		// duplicate of its total
		l.Add(CodeMapping, m.Pos, msg.MapLooksLikeExport.F(m.ID, m.FilePath(), FormatBosoTall))
		s.r.Close()
		return nil, false
	}
	s.checkHeader()
	// the file is split into cells in a goroutine of its own, ahead of
	// the rows being typed here
	s.raw = s.r
	s.r = table.Prefetch(s.r)
	return s, true
}

// Share makes streams of one file read its rows once: when they read the
// same file the same way (path, encoding, delimiter, header), the rows
// are split into cells once and handed to each; it reports whether they
// do. Call it before the first Next; the streams must then be read at
// the same time (each in its own goroutine, or taking turns), or the
// first waits for the others.
func Share(streams ...*Stream) bool {
	if len(streams) < 2 {
		return false
	}
	first := streams[0]
	for _, t := range streams {
		if !first.readsLike(t) {
			return false
		}
	}
	tees := table.Tee(first.raw, len(streams))
	for i, t := range streams {
		if i > 0 {
			t.r.Close() // its own reader, not started
		}
		t.r, t.raw = tees[i], nil
	}
	return true
}

// readsLike reports whether t reads the same CSV file as s the same way.
// (XLSX streams are not shared: a reader of a sheet checks the formulas
// of the columns its own mapping reads.)
func (s *Stream) readsLike(t *Stream) bool {
	if s.raw == nil || t.raw == nil || s.M.isXLSX() || t.M.isXLSX() || s.rows > 0 || t.rows > 0 {
		return false
	}
	if s.M.FilePath() != t.M.FilePath() || s.M.Encoding != t.M.Encoding || s.M.Delimiter != t.M.Delimiter ||
		s.raw.Encoding() != t.raw.Encoding() || s.raw.HeaderLine() != t.raw.HeaderLine() {
		return false // (the same encoding: and delimiter: too, so that both would word a problem alike)
	}
	type delimited interface{ Delimiter() rune }
	sd, ok1 := s.raw.(delimited)
	td, ok2 := t.raw.(delimited)
	return ok1 && ok2 && sd.Delimiter() == td.Delimiter() && slices.Equal(s.raw.Header(), t.raw.Header())
}

// Close releases the file, and warns about the personal ids read.
func (s *Stream) Close() error {
	s.warnIDs()
	return s.r.Close()
}

// Next reads the next record into rec, reusing its slices. It returns false
// at the end of the file or when the file cannot be read further (the
// problem is then in the list).
func (s *Stream) Next(rec *Record) bool {
	for {
		row, err := s.r.Next()
		if err == io.EOF {
			s.finish()
			s.warnIDs()
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
		s.checkIDs(row)
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
		if s.fill(rec, row) {
			if !rec.Failed { // a row with an error is said already
				s.noteRow(row)
			}
			s.rows++
			s.row = row
			return true
		}
	}
}

// finish reports, once at the end, the rows whose "where" could not be computed.
func (s *Stream) finish() {
	if s.whereFails > 0 {
		s.l.Warn(CodeMapping, s.whereFirst, msg.MapWhereRuntime.F(s.whereFails, s.M.ID))
		s.whereFails = 0
	}
	s.warnEarly()
}

func cell(row table.Row, i int) string {
	if i < 0 || i >= len(row.Cells) {
		return ""
	}
	return row.Cells[i]
}

// fill types one row into rec; it returns false when the mapping's
// "where" leaves the row out.
func (s *Stream) fill(rec *Record, row table.Row) bool {
	rec.Pos = s.rowPos(row)
	rec.Bad = rec.Bad[:0]
	rec.Failed = false
	for _, i := range s.before {
		s.typeField(rec, row, i)
	}
	envFilled, fastFilled := false, false
	if p := s.M.derive.where; p != nil {
		keep, err := s.runBool(p, s.fastWhere, &envFilled, &fastFilled)
		if err != nil {
			if s.whereFails++; s.whereFails == 1 {
				s.whereFirst = rec.Pos
			}
			return false
		}
		if !keep {
			s.WhereOut++
			return false
		}
	}
	if s.kcol < 0 {
		rec.Kommune = s.M.Kommune
	} else {
		raw := cell(row, s.kcol)
		k, err := parse.Kommunenummer(raw)
		switch {
		case err != nil && strings.TrimSpace(raw) == "":
			s.l.Add(CodeKommune, s.cellPos(row, s.kcol), msg.MapEmptyKommune.F())
			rec.Failed = true
		case err != nil:
			s.l.Add(CodeKommune, s.cellPos(row, s.kcol), msg.MapBadKommune.F(raw))
			rec.Failed = true
		default:
			if problem := s.checkKommune(k, row, s.kcol); problem != "" {
				s.l.Add(CodeKommune, s.cellPos(row, s.kcol), problem)
				rec.Failed = true
			}
		}
		rec.Kommune = k
	}
	for _, i := range s.after {
		if p := s.M.derive.when[s.names[i]]; p != nil {
			if on, err := s.runBool(p, s.fastWhen[s.names[i]], &envFilled, &fastFilled); err != nil || !on {
				s.vals[i] = Value{Null: true}
				continue
			}
		}
		s.typeField(rec, row, i)
	}
	for _, i := range s.derive {
		if f := s.fastExpr[s.names[i]]; f != nil {
			if !fastFilled {
				s.fillFast()
				fastFilled = true
			}
			if b, ok := f.Eval(s.fvals); ok {
				s.vals[i] = Value{Bool: b}
				continue
			}
		}
		if !envFilled {
			s.fillEnv()
			envFilled = true
		}
		s.vals[i] = s.compute(s.maps[i], s.M.derive.expr[s.names[i]])
	}
	if cap(rec.Values) < len(s.Fields) {
		rec.Values = make([]Value, len(s.Fields))
	}
	rec.Values = rec.Values[:len(s.Fields)]
	copy(rec.Values, s.vals)
	return true
}

// typeField types the cell of field i into s.vals[i].
func (s *Stream) typeField(rec *Record, row table.Row, i int) {
	fm := s.maps[i]
	raw := cell(row, s.cols[i])
	v, problem := s.value(i, fm, raw)
	if problem == "" && !v.Null && i < len(s.events) && s.events[i] {
		problem = s.afterExport(v.Date)
		if problem == "" && (s.firstEvent == 0 || v.Date < s.firstEvent) {
			s.firstEvent = v.Date
		}
	}
	if problem == "" && !v.Null && i < len(s.early) && s.early[i] {
		problem = s.checkEarly(v.Date, row, i)
	}
	s.vals[i] = v
	if s.watch != nil && i < len(s.watch) {
		s.note(i, v)
	}
	if problem == "" {
		return
	}
	// A tolerant field's problem is shown by explain, not through a
	// diag.List: mask 11 digits here too.
	text := pii.RedactWith(msg.MapValueInField.F(problem, fm.Column, s.names[i]), msg.MaskDigits)
	pos := s.cellPos(row, s.cols[i])
	if fm.Tolerant {
		rec.Bad = append(rec.Bad, BadValue{Field: s.names[i], Pos: pos, Msg: text})
		s.vals[i] = Value{Null: true}
		return
	}
	s.l.Add(CodeValue, pos, text)
	rec.Failed = true
}

// compileFast compiles the mapping's yes/no expressions of simple forms
// to Go, over the before fields.
func (s *Stream) compileFast() {
	slots := map[string]int{}
	for k, i := range s.before {
		slots[s.names[i]] = k
	}
	s.fvals = make([]formula.Val, len(s.before))
	d := &s.M.derive
	if d.where != nil {
		s.fastWhere = formula.CompileFast(s.M.Where.Value, slots)
	}
	for i, name := range s.names {
		fm := s.maps[i]
		if d.when[name] != nil {
			if f := formula.CompileFast(fm.When.Value, slots); f != nil {
				if s.fastWhen == nil {
					s.fastWhen = map[string]*formula.Fast{}
				}
				s.fastWhen[name] = f
			}
		}
		if fm.Type == Bool && d.expr[name] != nil {
			if f := formula.CompileFast(fm.Expr.Value, slots); f != nil {
				if s.fastExpr == nil {
					s.fastExpr = map[string]*formula.Fast{}
				}
				s.fastExpr[name] = f
			}
		}
	}
}

// runBool runs a yes/no expression on the row: fast when it can, else
// through expr, filling what each needs once per row.
func (s *Stream) runBool(p *formula.Program, f *formula.Fast, envFilled, fastFilled *bool) (bool, error) {
	if f != nil {
		if !*fastFilled {
			s.fillFast()
			*fastFilled = true
		}
		if b, ok := f.Eval(s.fvals); ok {
			return b, nil
		}
	}
	if !*envFilled {
		s.fillEnv()
		*envFilled = true
	}
	return s.run.Bool(p, s.env)
}

// fillFast gives fast expressions the fields they read.
func (s *Stream) fillFast() {
	for k, i := range s.before {
		s.fvals[k] = FastValue(s.maps[i].Type, s.vals[i])
	}
}

// fillEnv gives expressions the fields they read.
func (s *Stream) fillEnv() {
	for _, i := range s.before {
		s.env[s.names[i]] = ExprValue(s.maps[i].Type, s.vals[i])
	}
}

// compute runs a derived field's expression; the field is empty when an
// input it needs is.
func (s *Stream) compute(fm *FieldMap, p *formula.Program) Value {
	if p == nil {
		return Value{Null: true}
	}
	if fm.Type == Bool {
		b, err := s.run.Bool(p, s.env)
		if err != nil {
			return Value{Null: true}
		}
		return Value{Bool: b}
	}
	f, err := s.run.Number(p, s.env)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return Value{Null: true}
	}
	n, ok := num.FromFloat(f)
	if !ok {
		return Value{Null: true}
	}
	return Value{Num: n}
}

// maxKnown is how many cell texts of one field Stream.known keeps.
const maxKnown = 256

// remember keeps what the cell text t of field i (a category or yes/no
// field) gave.
func (s *Stream) remember(i int, t string, v Value) {
	if s.known == nil {
		s.known = make([]map[string]Value, len(s.maps))
	}
	m := s.known[i]
	if m == nil {
		m = map[string]Value{}
		s.known[i] = m
	}
	if len(m) < maxKnown {
		m[strings.Clone(t)] = v // a copy: not the line t is part of
	}
}

// value types one cell of field i; problem is a Norwegian message when
// it cannot.
func (s *Stream) value(i int, fm *FieldMap, raw string) (v Value, problem string) {
	t := raw
	if n := len(t); n == 0 || !plain(t[0]) || !plain(t[n-1]) {
		t = strings.TrimSpace(raw) // (most cells have nothing to trim)
	}
	if t == "" {
		return Value{Null: true}, ""
	}
	if s.known != nil {
		if v, ok := s.known[i][t]; ok {
			return v, ""
		}
	}
	switch fm.Type {
	case Text:
		if s.M.IsExport() && !s.xlsx {
			t = Unescape(t)
		}
		// One household written «010180 12452» in one row and
		// «01018012452» in the next is one key.
		v.Str = pii.Canonical(t)
	case Category:
		if fm.values == nil {
			v.Str = t
			break
		}
		code, ok := fm.values[strings.ToLower(t)]
		if !ok {
			return v, msg.MapUnknownCategory.F(t, fm.Column, fm.known())
		}
		v.Str = code
		s.remember(i, t, v)
	case Date:
		if s.xlsx {
			if xlsxDateCell.MatchString(t) {
				// a date cell of type d (ISO 8601), as some programs write
				// them: a date whatever formats the mapping lists
				d, err := parse.Date(t[:10], []parse.DateFormat{parse.DateISO})
				if err != nil {
					return v, err.Error()
				}
				v.Date = d
				break
			}
			if n, err := strconv.Atoi(t); err == nil && n >= 0 && n <= 60 {
				// serial 0–60 is a day in January–February 1900: a
				// checkbox (TRUE is 1) or a small number, not a date
				return v, msg.MapTinySerial.F(t)
			}
		}
		if s.date1904 && machineNumber.MatchString(t) {
			t = parse.Shift1904(t) // a date cell of a 1904 workbook
		}
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
		if s.xlsx && machineNumber.MatchString(t) {
			// A numeric XLSX cell comes back raw ("12500.5"); text cells
			// keep the mapping's Norwegian decimal comma.
			f.Decimal = '.'
		}
		n, err := parse.Number(t, f)
		if err != nil {
			return v, err.Error()
		}
		if fm.Type == Amount && n >= maxAmount {
			// ten billion kroner or more in one row of a municipal
			// register is no amount (an id or an account number in the
			// wrong column); its digits are not repeated
			return v, msg.CheckAmountTooLarge.F()
		}
		if fm.Max != nil && n > *fm.Max {
			if pii.CountDigits(t) >= 11 {
				return v, msg.CheckOverMaxLong.F(fm.Max.String())
			}
			return v, msg.CheckOverMax.F(t, fm.Max.String())
		}
		if fm.Type == Amount && n < 0 {
			if pii.CountDigits(t) >= 11 {
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
		s.remember(i, t, v)
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

// plain reports whether a cell that begins or ends with b has no space to
// trim there: printable ASCII, no space.
func plain(b byte) bool { return b > ' ' && b < utf8.RuneSelf }

func knownValues(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

// maxAmount bounds one amount of a register: 10 000 000 000 kr.
const maxAmount = num.Dec(10_000_000_000 * num.Scale)

// machineNumber matches the raw value of a numeric XLSX cell.
var machineNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// xlsxDateCell is the raw value of an XLSX date cell of type d: ISO 8601
// with the time of day.
var xlsxDateCell = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?Z?$`)

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

// FieldPos is the position of the cell of field i (indexed like
// Fields) in the row of the record Next filled last; the row's position
// for a field computed by an expression.
func (s *Stream) FieldPos(i int) diag.Pos {
	if i < 0 || i >= len(s.cols) || s.cols[i] < 0 {
		return s.rowPos(s.row)
	}
	return s.cellPos(s.row, s.cols[i])
}

// rowPos is the position of a whole row (no column).
func (s *Stream) rowPos(row table.Row) diag.Pos { return rowPos(s.r, row) }

func rowPos(r table.Reader, row table.Row) diag.Pos { return r.RowPos(row) }

// columnNotFound says that column is not in the header row at header,
// which has cells, with the nearest of them.
func columnNotFound(column string, header diag.Pos, cells []string) string {
	text := msg.MapColumnNotFound.F(column, header.String(), quotedList(cells))
	if near, ok := diag.Closest(column, cells, max(2, len([]rune(column))/3)); ok {
		text += " " + msg.MapColumnNear.F(near)
	}
	return text
}

// quotedList is «a», «b» and «c»: column names may hold commas.
func quotedList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "«" + n + "»"
	}
	return strings.Join(q, ", ")
}

// columnsMissing reports the columns the mapping names that the file's
// nearest header row lacks, each at the mapping's line, and whether it
// did: then the header row was found but for those columns.
func (m *Mapping) columnsMissing(te *table.Error, l *diag.List) bool {
	if te.Header == nil || len(te.HeaderMissing) == 0 {
		return false
	}
	missing := map[string]bool{}
	for _, c := range te.HeaderMissing {
		missing[normHeader(c)] = true
	}
	said := false
	for _, name := range m.FieldNames() {
		fm := m.Fields[name]
		if !missing[normHeader(fm.Column)] {
			continue
		}
		pos, ok := fm.At["column"]
		if !ok {
			pos = *te.Header
		}
		l.Add(CodeColumn, pos, columnNotFound(fm.Column, *te.Header, te.HeaderCells))
		said = true
	}
	return said
}
