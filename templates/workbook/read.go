package workbook

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/source/parse"
	"boso/indicators/source/table"
	"boso/templates/msg"
)

// Codes of the problems Read reports.
const (
	CodeFile     = "BOSO-A001" // the file cannot be read as a workbook
	CodeLayout   = "BOSO-A002" // a sheet, header row, column or label is missing
	CodeValue    = "BOSO-A003" // a cell's value cannot be read
	CodeRequired = "BOSO-A004" // a cell that must be filled in is empty
	CodeUnknown  = "BOSO-A005" // a value outside the programme's lists
	CodeRow      = "BOSO-A006" // a row that does not hold together: amounts without activity, duplicates
	// CodePeriod is the warning that a workbook is used for a report of
	// another period than it was made for (see Workbook.Period).
	CodePeriod = "BOSO-A007"
	// CodeFormula is a formula cell without a stored result in a cell
	// that is read: the figure it computes is not in the file.
	CodeFormula = "BOSO-A010"
)

// Read reads a filled workbook from path. It returns what it could read
// and every problem found, each with its sheet and cell; the workbook is
// nil only when the file cannot be read at all. Positions name the file
// as path is written.
func Read(path string, opt Options) (*Workbook, *diag.List) {
	return ReadIn(files.OS, path, opt)
}

// ReadIn is Read for the workbook at path in fsys.
func ReadIn(fsys files.FS, path string, opt Options) (*Workbook, *diag.List) {
	fh, err := fsys.Open(path)
	if err != nil {
		l := &diag.List{}
		m := msg.TableOpen.F(msg.OSReason(err))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			m = msg.TableNotFound.String()
		case errors.Is(err, fs.ErrPermission):
			m = msg.TableNoAccess.String()
		}
		l.Add(CodeFile, diag.Pos{File: path}, m)
		return nil, l
	}
	defer fh.Close()
	return ReadFrom(fh, path, opt)
}

// ReadFrom is Read for a workbook in r; name is the file name positions use.
func ReadFrom(r io.Reader, name string, opt Options) (*Workbook, *diag.List) {
	l := &diag.List{}
	// The whole file is held in memory, and every part of it: a
	// workbook has no worksheet large enough to stream, so excelize
	// never writes a temporary file.
	data, err := io.ReadAll(io.LimitReader(r, Limits.Total+1))
	if err != nil {
		l.Add(CodeFile, diag.Pos{File: name}, msg.WBErrOpen.F(err))
		return nil, l
	}
	if int64(len(data)) > Limits.Total {
		l.Add(CodeFile, diag.Pos{File: name}, msg.WBErrTooLarge.F(Limits.Total/1_000_000))
		return nil, l
	}
	if _, err := table.CheckZip(bytes.NewReader(data), int64(len(data)), name, Limits); err != nil {
		var te *table.Error
		if errors.As(err, &te) {
			l.Add(CodeFile, te.Pos, te.Msg)
		} else {
			l.Add(CodeFile, diag.Pos{File: name}, msg.WBErrOpen.F(err))
		}
		return nil, l
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: Limits.Total, UnzipXMLSizeLimit: Limits.Total,
	})
	if err != nil {
		l.Add(CodeFile, diag.Pos{File: name}, msg.WBErrOpen.F(msg.XLSXReason(err)))
		return nil, l
	}
	defer f.Close()
	rd := &reader{f: f, name: name, opt: opt, l: l, wb: &Workbook{File: name}, loaded: map[string]*sheet{}}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		rd.date1904 = *props.Date1904
	}
	rd.program()
	rd.organisation()
	rd.activities()
	rd.examples()
	rd.economy()
	rd.figures()
	rd.targets()
	rd.personal()
	return rd.wb, l
}

// Limits bound what an input workbook may unpack to. The template boso
// makes unpacks to 171 kB filled in; 20 MB leaves room for a hundred
// times as much text, and bounds the memory a hostile file can take
// (shared strings take over ten times their size once parsed).
var Limits = table.Limits{Total: 20_000_000, Sheet: 20_000_000, Strings: 20_000_000, Part: 20_000_000, Stream: 20_000_000, Parts: 1000}

// The area of a sheet that is read: far more than the template's tables
// need, even with many rows added, and a bound on the memory a cell far
// out (XFD1048576) would otherwise take when the sheet is read whole.
const (
	maxRows = 10000
	maxCols = 100 // A–CV
)

type reader struct {
	f        *excelize.File
	name     string
	opt      Options
	l        *diag.List
	wb       *Workbook
	date1904 bool
	loaded   map[string]*sheet // the sheets read, by name

	outsideSeen map[string]bool // sheets with a cell beyond the area read
	quiet       bool            // reading a sheet boso does not use: beyond the area is no error
}

// sheet is one sheet's rows, read whole: input workbooks are small.
type sheet struct {
	r    *reader
	name string
	rows [][]string
	// ids are the cells that may hold a personal id; true once a field
	// has read (and masked or refused) it.
	ids map[cellAt]bool
}

// sheet returns the sheet the layout names, matched like Excel matches
// sheet names (case-insensitive), or reports it missing.
func (r *reader) sheet(name msg.Text) *sheet {
	list := r.f.GetSheetList()
	for _, s := range list {
		if strings.EqualFold(strings.TrimSpace(s), name.String()) {
			rows, err := r.rows(s)
			if err != nil {
				r.l.Add(CodeFile, diag.Pos{File: r.name, Sheet: s}, msg.WBErrRead.F(msg.ReadReason(err)))
				return nil
			}
			if r.outsideSeen[s] {
				// Reading its cells' types and styles would make excelize
				// build every row up to the one far out.
				return nil
			}
			sh := &sheet{r: r, name: s, rows: rows}
			sh.findIDs()
			r.loaded[s] = sh
			return sh
		}
	}
	var quoted []string
	for _, s := range list {
		if s != msg.WBSheetLists.String() {
			quoted = append(quoted, msg.Quoted.F(s))
		}
	}
	r.l.Add(CodeLayout, diag.Pos{File: r.name}, msg.WBErrNoSheet.F(name, strings.Join(quoted, ", "), name))
	return nil
}

// rows reads the raw cells of a sheet within maxRows and maxCols. The
// first cell with content beyond them is an error naming it: it may be
// part of a table, and boso would not read it.
func (r *reader) rows(sheet string) ([][]string, error) {
	it, err := r.f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out [][]string
	last := 0 // rows up to the last with content
	for row := 1; it.Next(); row++ {
		cells, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		if row > maxRows {
			if col := firstFilled(cells, 0); col >= 0 {
				r.outside(sheet, row, col)
				break
			}
			continue
		}
		if len(cells) > maxCols {
			if col := firstFilled(cells, maxCols); col >= 0 {
				r.outside(sheet, row, col)
				cells = cells[:maxCols]
			} else {
				cells = cells[:maxCols]
			}
		}
		out = append(out, cells)
		if len(cells) > 0 {
			last = row
		}
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	return out[:last], nil
}

// firstFilled is the index of the first non-blank cell from col on, or -1.
func firstFilled(cells []string, col int) int {
	for i := col; i < len(cells); i++ {
		if strings.TrimSpace(cells[i]) != "" {
			return i
		}
	}
	return -1
}

// outside reports a cell with content beyond the area read, once a sheet.
func (r *reader) outside(sheet string, row, col int) {
	if r.outsideSeen[sheet] {
		return
	}
	if r.outsideSeen == nil {
		r.outsideSeen = map[string]bool{}
	}
	r.outsideSeen[sheet] = true
	if r.quiet {
		return
	}
	pos := diag.Pos{File: r.name, Sheet: sheet, Row: row, Column: colName(col), Col: col + 1}
	r.l.Add(CodeLayout, pos, msg.WBErrOutside.F(colName(maxCols-1), maxRows))
}

// raw returns the text of the cell at 0-based row and column.
func (s *sheet) raw(row, col int) string {
	if col < 0 || row < 0 || row >= len(s.rows) || col >= len(s.rows[row]) {
		return ""
	}
	return parse.StripControls(s.rows[row][col])
}

// pos is the position of the cell at 0-based row and column; a negative
// column gives the whole row.
func (s *sheet) pos(row, col int) diag.Pos {
	p := diag.Pos{File: s.r.name, Sheet: s.name, Row: row + 1}
	if col >= 0 {
		p.Column, p.Col = colName(col), col+1
	}
	return p
}

// cell returns the cell with what the parsers need to know about it.
func (s *sheet) cell(row, col int) rawCell {
	c := rawCell{s: s.raw(row, col), date1904: s.r.date1904}
	ref := cellName(col, row+1)
	if c.blank() {
		// GetRows keeps a formula cell without a stored result as "";
		// only such a cell inside the row's length can be one.
		if row < len(s.rows) && col < len(s.rows[row]) {
			if f, err := s.r.f.GetCellFormula(s.name, ref); err == nil && f != "" {
				c.formula = f
			}
		}
		return c
	}
	if t, err := s.r.f.GetCellType(s.name, ref); err == nil && (t == excelize.CellTypeUnset || t == excelize.CellTypeNumber) {
		c.number = true
		if id, err := s.r.f.GetCellStyle(s.name, ref); err == nil && id > 0 {
			if st, err := s.r.f.GetStyle(id); err == nil {
				c.percent = isPercent(st)
			}
		}
	}
	return c
}

// isPercent reports a number format that shows 0.3 as 30 %.
func isPercent(st *excelize.Style) bool {
	if st.NumFmt == 9 || st.NumFmt == 10 {
		return true
	}
	if st.CustomNumFmt == nil {
		return false
	}
	quoted := false
	for _, c := range *st.CustomNumFmt {
		switch {
		case c == '"':
			quoted = !quoted
		case c == '%' && !quoted:
			return true
		}
	}
	return false
}

func (s *sheet) add(code string, p diag.Pos, m string) { s.r.l.Add(code, p, m) }

// value reads the cell at row, col with parse. A blank cell, or a column
// that is missing (col < 0, reported already), is not Filled; a value that
// does not parse is reported and not Filled.
func value[T any](s *sheet, row, col int, parse func(rawCell) (T, error)) Cell[T] {
	out := Cell[T]{Pos: s.pos(row, col)}
	if col < 0 {
		return out
	}
	c := s.cell(row, col)
	if c.blank() {
		return out
	}
	if c.formula != "" {
		s.add(CodeFormula, out.Pos, msg.WBErrFormulaNoValue.F(c.formula))
		return out
	}
	v, err := parse(c)
	if err != nil {
		s.hasID(row, col) // the message says what is wrong, without the value
		s.add(CodeValue, out.Pos, err.Error())
		return out
	}
	if s.hasID(row, col) {
		// No field but free text takes 11 digits; should one, the id
		// must still not reach the report.
		s.add(CodeValue, out.Pos, msg.ValuePersonalID.F())
		return out
	}
	out.Value, out.Filled = v, true
	return out
}

func asText(c rawCell) (string, error) { return c.text(), nil }

// text reads a free-text cell; a personal id in it is masked, with a warning.
func (s *sheet) text(row, col int) Cell[string] {
	if col < 0 {
		return value(s, row, col, asText)
	}
	if c := s.cell(row, col); c.blank() || c.formula != "" {
		// a formula without a stored result is said there, as for numbers
		return value(s, row, col, asText)
	}
	out := Cell[string]{Pos: s.pos(row, col), Filled: true}
	out.Value = s.maskText(row, col, s.cell(row, col).text())
	return out
}

// need reports c when it must be filled in and is empty: m is the
// message, with the label as its argument. A cell that holds a value
// that does not parse is reported already, and so is a missing column.
func need[T any](s *sheet, c Cell[T], m, label msg.Text) {
	if !c.Filled && c.Pos.Col > 0 && s.blankAt(c.Pos) {
		s.add(CodeRequired, c.Pos, m.F(label))
	}
}

// header finds the header row of cols among rows [from, to): the row with
// the most of their labels, if it has at least half of them. It returns
// the 0-based row and, for each column, where its label is (-1 when
// missing or not read). Missing labels are reported: at the cell where
// the template put the label when that cell now says something else,
// else on the row. designed is the column the template puts cols[0] in.
func (s *sheet) header(cols []column, from, to, designed int) (int, []int, bool) {
	var want, optional []int
	for i, c := range cols {
		switch {
		case !c.read() || c.label == (msg.Text{}):
		case c.optional:
			optional = append(optional, i)
		default:
			want = append(want, i)
		}
	}
	to = min(to, len(s.rows))
	best, bestN := -1, 0
	for r := max(from, 0); r < to; r++ {
		n := 0
		for _, i := range want {
			if findLabel(s.rows[r], cols[i].label.String(), designed+i) >= 0 {
				n++
			}
		}
		if n > bestN {
			best, bestN = r, n
		}
	}
	if best < 0 || 2*bestN < len(want) {
		var labels []string
		for _, i := range want {
			labels = append(labels, msg.Quoted.F(cols[i].label))
		}
		s.add(CodeLayout, diag.Pos{File: s.r.name, Sheet: s.name}, msg.WBErrNoHeader.F(strings.Join(labels, ", ")))
		return -1, nil, false
	}
	at := make([]int, len(cols))
	for i := range at {
		at[i] = -1
	}
	// An optional column is read where it is, and is empty where it is not.
	for _, i := range optional {
		at[i] = findLabel(s.rows[best], cols[i].label.String(), designed+i)
	}
	for _, i := range want {
		at[i] = findLabel(s.rows[best], cols[i].label.String(), designed+i)
		if at[i] >= 0 {
			continue
		}
		there := strings.TrimSpace(s.raw(best, designed+i))
		if there != "" && !isLabelOf(there, cols) {
			s.add(CodeLayout, s.pos(best, designed+i), msg.WBErrHeaderRenamed.F(there, cols[i].label))
		} else {
			s.add(CodeLayout, s.pos(best, -1), msg.WBErrHeaderMissing.F(cols[i].label))
		}
	}
	return best, at, true
}

// findLabel returns the column of row holding label, preferring the
// designed column, or -1.
func findLabel(row []string, label string, designed int) int {
	want := norm(label)
	if designed < len(row) && norm(row[designed]) == want {
		return designed
	}
	for i, c := range row {
		if norm(c) == want {
			return i
		}
	}
	return -1
}

func isLabelOf(s string, cols []column) bool {
	for _, c := range cols {
		if norm(c.label.String()) == norm(s) {
			return true
		}
	}
	return false
}

// hasContent reports whether a row has anything in the columns a user
// fills in (not the ones the template prefills).
func (s *sheet) hasContent(row int, cols []column, at []int) bool {
	for i, c := range cols {
		if c.read() && !c.keyed && !s.cell(row, at[i]).blank() {
			return true
		}
	}
	return false
}

// inList checks a value against a closed list from Options; an empty
// list accepts anything. It returns the list's spelling of the value.
func inList(v string, list []string) (string, bool) {
	if len(list) == 0 {
		return v, true
	}
	for _, s := range list {
		if s == v {
			return s, true
		}
	}
	for _, s := range list {
		if norm(s) == norm(v) {
			return s, true
		}
	}
	return "", false
}

// listed shows a closed list in a message, shortened when long.
func listed(list []string) string {
	const most = 8
	q := make([]string, 0, most+1)
	for i, s := range list {
		if i == most {
			q = append(q, "…")
			break
		}
		q = append(q, msg.Quoted.F(s))
	}
	return strings.Join(q, ", ")
}

func (r *reader) checkYear(s *sheet, c *Cell[int]) {
	if c.Filled && r.opt.FirstYear != 0 && (c.Value < r.opt.FirstYear || c.Value > r.opt.LastYear) {
		s.add(CodeUnknown, c.Pos, msg.WBErrYearOutside.F(c.Value, r.opt.FirstYear, r.opt.LastYear))
		c.Filled = false
	}
}

func (r *reader) checkKommune(s *sheet, c *Cell[string]) {
	if !c.Filled {
		return
	}
	if _, ok := inList(c.Value, r.opt.Kommuner); !ok {
		s.add(CodeUnknown, c.Pos, msg.WBErrUnknownKommune.F(c.Value, strings.Join(r.opt.Kommuner, ", ")))
		c.Filled = false
	}
}

func (r *reader) checkIndicator(s *sheet, c *Cell[string], list []string) {
	if !c.Filled {
		return
	}
	v, ok := inList(c.Value, list)
	if ok {
		c.Value = v
		return
	}
	if near, ok := closest(c.Value, list); ok {
		s.add(CodeUnknown, c.Pos, msg.WBErrUnknownIndDYM.F(c.Value, near))
	} else {
		s.add(CodeUnknown, c.Pos, msg.WBErrUnknownInd.F(c.Value, listed(list)))
	}
	c.Filled = false
}

// program reads Programinfo: values right of their labels in column A.
func (r *reader) program() {
	s := r.sheet(msg.WBSheetProgram)
	if s == nil {
		return
	}
	rows := map[string][]int{}
	for i := range s.rows {
		if l := norm(s.raw(i, 0)); l != "" {
			rows[l] = append(rows[l], i)
		}
	}
	const labelCol, valueCol = 0, 1
	find := func(f field) []int {
		at := rows[norm(f.label.String())]
		if len(at) == 0 {
			s.add(CodeLayout, diag.Pos{File: r.name, Sheet: s.name, Column: colName(labelCol)}, msg.WBErrNoLabel.F(f.label))
		}
		return at
	}
	one := func(f field) int {
		if f.optional {
			if at := rows[norm(f.label.String())]; len(at) > 0 {
				return at[0]
			}
			return -1
		}
		if at := find(f); len(at) > 0 {
			return at[0]
		}
		return -1
	}
	p := &r.wb.Program
	if row := one(fieldName); row >= 0 {
		p.Name = s.text(row, valueCol)
		need(s, p.Name, msg.WBErrRequired, fieldName.label)
	}
	names, numbers := find(fieldKommune), find(fieldKommunenummer)
	for i := range max(len(names), len(numbers)) {
		var k Kommune
		if i < len(names) {
			k.Name = s.text(names[i], valueCol)
		}
		if i < len(numbers) {
			k.Number = value(s, numbers[i], valueCol, parseKommunenummer)
			r.checkKommune(s, &k.Number)
			if i == 0 {
				need(s, k.Number, msg.WBErrRequired, fieldKommunenummer.label)
			}
		}
		if k.Name.Filled || k.Number.Filled {
			p.Kommuner = append(p.Kommuner, k)
		}
	}
	if row := one(fieldLeader); row >= 0 {
		p.Leader = s.text(row, valueCol)
	}
	if row := one(fieldStart); row >= 0 {
		p.Start = value(s, row, valueCol, parseDate)
	}
	if row := one(fieldYear); row >= 0 {
		p.ReportYear = value(s, row, valueCol, parseYear)
		need(s, p.ReportYear, msg.WBErrRequired, fieldYear.label)
		r.checkYear(s, &p.ReportYear)
	}
	if row := one(fieldPeriod); row >= 0 {
		p.ReportPeriod = value(s, row, valueCol, parseReportPeriod)
		if rp := &p.ReportPeriod; rp.Filled && r.opt.FirstYear != 0 && (rp.Value.Year < r.opt.FirstYear || rp.Value.Year > r.opt.LastYear) {
			s.add(CodeUnknown, rp.Pos, msg.WBInPeriodOutside.F(readable(rp.Value), r.opt.FirstYear, r.opt.LastYear))
			rp.Filled = false
		}
		if rp, y := p.ReportPeriod, p.ReportYear; rp.Filled && y.Filled && rp.Value.Year != y.Value {
			r.l.Warn(CodeValue, rp.Pos, msg.WBErrPeriodYear.F(readable(rp.Value), y.Value))
		}
	}
	if row := one(fieldDate); row >= 0 {
		p.ReportDate = value(s, row, valueCol, parseDate)
	}
	if row := one(fieldFilledBy); row >= 0 {
		p.FilledInBy = s.text(row, valueCol)
	}
	if row := one(fieldPhone); row >= 0 {
		p.Phone = s.text(row, valueCol)
	}
	if row := one(fieldSummary); row >= 0 {
		p.Summary = s.text(row, valueCol)
	}
	if row := one(fieldEmail); row >= 0 {
		p.Email = s.text(row, valueCol)
		if e := p.Email.Value; p.Email.Filled && (!strings.Contains(e, "@") || strings.ContainsAny(e, " \t\n")) {
			r.l.Warn(CodeValue, p.Email.Pos, msg.WBErrNotEmail.F(e))
		}
	}
}

// organisation reads Organisering: the parts of the status, then members.
func (r *reader) organisation() {
	s := r.sheet(msg.WBSheetOrganisation)
	if s == nil {
		return
	}
	o := &r.wb.Organisation
	ph, pat, pok := s.header(partColumns, 0, len(s.rows), 0)
	mh, mat, mok := s.header(memberColumns, max(ph+1, 0), len(s.rows), 0)
	if pok {
		end := len(s.rows)
		if mok {
			end = mh
		}
		labelCol := findLabel(s.rows[ph], msg.WBColPart.String(), 0)
		if labelCol < 0 {
			labelCol = 0
		}
		parts := []*Section{&o.Organising, &o.SteeringGroup, &o.ProgramGroup, &o.Anchoring}
		for i, label := range partLabels {
			row := -1
			for j := ph + 1; j < end; j++ {
				if norm(s.raw(j, labelCol)) == norm(label.String()) {
					row = j
					break
				}
			}
			if row < 0 {
				s.add(CodeLayout, diag.Pos{File: r.name, Sheet: s.name, Column: colName(labelCol)}, msg.WBErrNoLabel.F(label))
				continue
			}
			parts[i].Text = s.text(row, pat[partDescription])
			parts[i].Change = s.text(row, pat[partChange])
		}
	}
	if !mok {
		return
	}
	for row := mh + 1; row < len(s.rows); row++ {
		if !s.hasContent(row, memberColumns, mat) {
			continue
		}
		group := value(s, row, mat[memberGroup], parseGroup)
		m := Member{Role: s.text(row, mat[memberRole]), Title: s.text(row, mat[memberTitle]), OrgUnit: s.text(row, mat[memberOrgUnit])}
		switch {
		case group.Filled && group.Value == msg.WBPartSteering:
			o.SteeringMembers = append(o.SteeringMembers, m)
		case group.Filled:
			o.ProgramMembers = append(o.ProgramMembers, m)
		default:
			need(s, group, msg.WBErrRowNeeds, memberColumns[memberGroup].label)
		}
	}
}

// activities reads Aktiviteter.
func (r *reader) activities() {
	s := r.sheet(msg.WBSheetActivities)
	if s == nil {
		return
	}
	h, at, ok := s.header(activityColumns, 0, len(s.rows), 0)
	if !ok {
		return
	}
	for row := h + 1; row < len(s.rows); row++ {
		if !s.hasContent(row, activityColumns, at) {
			continue
		}
		a := Activity{
			Goal:      s.text(row, at[actGoal]),
			Name:      s.text(row, at[actName]),
			Concrete:  s.text(row, at[actConcrete]),
			Result:    s.text(row, at[actResult]),
			Status:    value(s, row, at[actStatus], parseStatus),
			Progress:  value(s, row, at[actProgress], parseProgress),
			Deviation: s.text(row, at[actDeviation]),
			Reason:    s.text(row, at[actReason]),
		}
		need(s, a.Name, msg.WBErrRowNeeds, activityColumns[actName].label)
		if len(r.opt.Goals) > 0 {
			if !a.Goal.Filled {
				need(s, a.Goal, msg.WBErrRowNeeds, activityColumns[actGoal].label)
			} else if g, ok := inList(a.Goal.Value, r.opt.Goals); ok {
				a.Goal.Value = g
			} else {
				s.add(CodeUnknown, a.Goal.Pos, msg.WBErrUnknownGoal.F(a.Goal.Value, listed(r.opt.Goals)))
				a.Goal.Filled = false
			}
		}
		r.wb.Activities = append(r.wb.Activities, a)
	}
}

// examples reads Gode eksempler.
func (r *reader) examples() {
	s := r.sheet(msg.WBSheetExamples)
	if s == nil {
		return
	}
	h, at, ok := s.header(exampleColumns, 0, len(s.rows), 0)
	if !ok {
		return
	}
	for row := h + 1; row < len(s.rows); row++ {
		if s.hasContent(row, exampleColumns, at) {
			r.wb.GoodExamples = append(r.wb.GoodExamples, GoodExample{Title: s.text(row, at[exTitle]), Text: s.text(row, at[exText])})
		}
	}
}

// economy reads Økonomi: the rows per activity and year, and below them
// the transfers of the overview.
func (r *reader) economy() {
	s := r.sheet(msg.WBSheetEconomy)
	if s == nil {
		return
	}
	eh, eat, eok := s.header(economyColumns, 0, len(s.rows), 0)
	h, at, ok := s.header(overviewColumns, max(eh+1, 0), len(s.rows), 0)
	if eok {
		// The activity table ends where the overview begins.
		end := len(s.rows)
		if ok {
			end = h
		}
		for row := eh + 1; row < end; row++ {
			if s.hasContent(row, economyColumns, eat) {
				r.economyRow(s, row, eat)
			}
		}
	}
	if !ok {
		return
	}
	seen := map[int]diag.Pos{}
	for row := h + 1; row < len(s.rows); row++ {
		if !s.hasContent(row, overviewColumns, at) {
			continue
		}
		t := Transfer{Year: value(s, row, at[ovYear], parseYear), Amount: value(s, row, at[ovTransfer], parseAmount)}
		need(s, t.Year, msg.WBErrRowNeeds, overviewColumns[ovYear].label)
		r.checkYear(s, &t.Year)
		if t.Year.Filled {
			if prev, dup := seen[t.Year.Value]; dup {
				s.add(CodeRow, t.Year.Pos, msg.WBErrDupTransfer.F(t.Year.Value, cellRef(prev)))
			}
			seen[t.Year.Value] = t.Year.Pos
		}
		r.wb.Transfers = append(r.wb.Transfers, t)
	}
}

func cellRef(p diag.Pos) string { return p.Column + strconv.Itoa(p.Row) }

func (r *reader) economyRow(s *sheet, row int, at []int) {
	e := EconomyRow{
		Year:        value(s, row, at[ecoYear], parseYear),
		Activity:    s.text(row, at[ecoActivity]),
		Grant:       Funding{value(s, row, at[ecoGrantBudget], parseAmount), value(s, row, at[ecoGrantAccounts], parseAmount)},
		Own:         Funding{value(s, row, at[ecoOwnBudget], parseAmount), value(s, row, at[ecoOwnAccounts], parseAmount)},
		Other:       Funding{value(s, row, at[ecoOtherBudget], parseAmount), value(s, row, at[ecoOtherAccounts], parseAmount)},
		FromTo:      s.text(row, at[ecoFromTo]),
		GrantFromTo: s.text(row, at[ecoGrantFromTo]),
	}
	need(s, e.Year, msg.WBErrRowNeeds, economyColumns[ecoYear].label)
	r.checkYear(s, &e.Year)
	if !e.Activity.Filled && e.Activity.Pos.Col > 0 {
		// Point at the activity cell, naming the first amount without one.
		var first *Cell[num.Dec]
		what := msg.WBAccounts
		for _, c := range []*Cell[num.Dec]{&e.Grant.Accounts, &e.Own.Accounts, &e.Other.Accounts} {
			if first == nil && !s.blankAt(c.Pos) {
				first = c
			}
		}
		if first == nil {
			what = msg.WBBudget
			for _, c := range []*Cell[num.Dec]{&e.Grant.Budget, &e.Own.Budget, &e.Other.Budget} {
				if first == nil && !s.blankAt(c.Pos) {
					first = c
				}
			}
		}
		if first != nil {
			s.add(CodeRow, e.Activity.Pos, msg.WBErrAmountNoAct.F(what, cellRef(first.Pos)))
		} else {
			need(s, e.Activity, msg.WBErrRowNeeds, economyColumns[ecoActivity].label)
		}
	}
	r.wb.Economy = append(r.wb.Economy, e)
}

// blankAt reports whether the cell at p is empty (or its column missing).
func (s *sheet) blankAt(p diag.Pos) bool {
	if p.Col == 0 {
		return true
	}
	return s.cell(p.Row-1, p.Col-1).blank()
}

// figures reads Tall: the rows with a value or a note.
func (r *reader) figures() {
	s := r.sheet(msg.WBSheetFigures)
	if s == nil {
		return
	}
	h, at, ok := s.header(figureColumns, 0, len(s.rows), 0)
	if !ok {
		return
	}
	type key struct{ kommune, indicator, period string }
	seen := map[key]diag.Pos{}
	for row := h + 1; row < len(s.rows); row++ {
		if !s.hasContent(row, figureColumns, at) {
			// A row without a value yet still says which figure it is
			// for: a period or kommunenummer that cannot be read would
			// drop the value typed there later, so it is reported now.
			if pc := value(s, row, at[figPeriod], parsePeriod); pc.Filled {
				// a row made ready for a later period of the programme
				// is fine; one for a period it never reaches is not
				if p, out := r.outsideProgramme(pc.Value); out {
					s.add(CodeUnknown, pc.Pos, msg.WBErrFigureOutside.F(readable(p), r.opt.FirstYear, r.opt.LastYear))
				}
			}
			value(s, row, at[figKommunenr], parseKommunenummer)
			continue
		}
		e := EnteredFigure{
			Kommune:   value(s, row, at[figKommunenr], parseKommunenummer),
			Indicator: s.text(row, at[figIndicator]),
			Period:    value(s, row, at[figPeriod], parsePeriod),
			Value:     value(s, row, at[figValue], parseFigure),
			Note:      s.text(row, at[figNote]),
		}
		need(s, e.Kommune, msg.WBErrRowNeeds, figureColumns[figKommunenr].label)
		need(s, e.Indicator, msg.WBErrRowNeeds, figureColumns[figIndicator].label)
		need(s, e.Period, msg.WBErrRowNeeds, figureColumns[figPeriod].label)
		r.checkKommune(s, &e.Kommune)
		r.checkIndicator(s, &e.Indicator, r.opt.Entered)
		if e.Period.Filled {
			if _, ok := inList(e.Period.Value, r.opt.Periods); !ok {
				s.add(CodeUnknown, e.Period.Pos, msg.WBErrUnknownPeriod.F(e.Period.Value, periodSpan(r.opt.Periods)))
				e.Period.Filled = false
			}
		}
		if !e.Value.Filled && e.Note.Filled {
			// a note with no value is no figure: taken as «..» it would
			// stand in for (or collide with) the register's figure
			s.r.l.Warn(CodeRow, e.Note.Pos, msg.WBWarnNoteNoValue.F(cellRef(e.Value.Pos)))
			continue
		}
		if !e.Value.Filled {
			e.Value.Value.Mark = NoData
		}
		e.Provisional = strings.Contains(e.Note.Value, "*")
		if e.Kommune.Filled && e.Indicator.Filled && e.Period.Filled {
			k := key{e.Kommune.Value, e.Indicator.Value, e.Period.Value}
			if prev, dup := seen[k]; dup {
				s.add(CodeRow, s.pos(row, at[figValue]), msg.WBErrDupFigure.F(k.indicator, k.period, k.kommune, cellRef(prev)))
			} else {
				seen[k] = s.pos(row, at[figValue])
			}
		}
		r.wb.Figures = append(r.wb.Figures, e)
	}
}

// cutPrefixFold is strings.CutPrefix ignoring case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// periodSpan shows the allowed periods as "first … last" of the list.
func periodSpan(ids []string) string {
	switch len(ids) {
	case 0:
		return ""
	case 1:
		return ids[0]
	}
	return msg.WBRangeOf.F(ids[0], ids[len(ids)-1])
}

// targets reads Mål: fixed columns, then a column per target period.
func (r *reader) targets() {
	s := r.sheet(msg.WBSheetTargets)
	if s == nil {
		return
	}
	h, at, ok := s.header(targetColumns, 0, len(s.rows), 0)
	if !ok {
		return
	}
	// The assessment is the last column in the template, after the
	// targets; a workbook made before it was added has none.
	assessment := findLabel(s.rows[h], targetAssessment.label.String(), len(s.rows[h]))
	// Every other header cell that says "Mål <period>" is a target column.
	prefix, _, _ := strings.Cut(msg.WBColTargetFor.String(), "%s")
	type targetCol struct {
		col    int
		period string
	}
	var tcols []targetCol
	for col, text := range s.rows[h] {
		if slices.Contains(at, col) || col == assessment || strings.TrimSpace(text) == "" || isLabelOf(text, targetColumns) {
			continue
		}
		t := strings.Join(strings.Fields(text), " ")
		rest, ok := cutPrefixFold(t, strings.TrimSpace(prefix)+" ")
		if !ok {
			continue // a column the user added, for notes say
		}
		id, err := parsePeriod(rawCell{s: rest})
		if err != nil {
			s.add(CodeLayout, s.pos(h, col), msg.WBErrTargetHeader.F(t))
			continue
		}
		tcols = append(tcols, targetCol{col, id})
	}
	cols := append([]column(nil), targetColumns...)
	at = append([]int(nil), at...)
	for _, tc := range tcols {
		cols = append(cols, targetValueColumn)
		at = append(at, tc.col)
	}
	cols = append(cols, targetAssessment)
	at = append(at, assessment)
	type key struct{ indicator, kommune string }
	seen := map[key]diag.Pos{}
	for row := h + 1; row < len(s.rows); row++ {
		if !s.hasContent(row, cols, at) {
			continue
		}
		t := Target{
			Indicator: s.text(row, at[tgtIndicator]),
			Kommune:   value(s, row, at[tgtKommune], parseKommunenummer),
			Direction: value(s, row, at[tgtDirection], parseDirection),
			Baseline: Baseline{
				Period: value(s, row, at[tgtBasePeriod], parsePeriod),
				Value:  value(s, row, at[tgtBaseValue], parseTarget),
			},
			Assessment: s.text(row, assessment),
		}
		for _, tc := range tcols {
			if v := value(s, row, tc.col, parseTarget); v.Filled {
				if p, out := r.outsideProgramme(tc.period); out {
					// a target the programme never reaches is shown nowhere
					s.add(CodeUnknown, v.Pos, msg.WBErrTargetOutside.F(readable(p), r.opt.FirstYear, r.opt.LastYear))
					continue
				}
				t.Values = append(t.Values, TargetValue{Period: tc.period, Value: v})
			}
		}
		need(s, t.Indicator, msg.WBErrRowNeeds, targetColumns[tgtIndicator].label)
		r.checkIndicator(s, &t.Indicator, r.opt.Indicators)
		r.checkKommune(s, &t.Kommune)
		bp, bv := t.Baseline.Period, t.Baseline.Value
		switch {
		case bv.Filled && bp.Pos.Col > 0 && s.blankAt(bp.Pos):
			s.add(CodeRow, bp.Pos, msg.WBErrBaseNoPeriod.F())
		case bp.Filled && bv.Pos.Col > 0 && s.blankAt(bv.Pos):
			s.add(CodeRow, bv.Pos, msg.WBErrBaseNoValue.F())
		}
		if bp.Filled {
			// a starting point after the programme (one before it is the
			// usual case: the year before it started)
			if p, err := period.Parse(bp.Value); err == nil && r.opt.LastYear != 0 && p.Year > r.opt.LastYear {
				s.add(CodeUnknown, bp.Pos, msg.WBErrBaselineAfter.F(readable(p), r.opt.FirstYear, r.opt.LastYear))
			}
		}
		if t.Indicator.Filled {
			k := key{t.Indicator.Value, t.Kommune.Value}
			if prev, dup := seen[k]; dup {
				what := k.indicator
				if k.kommune != "" {
					what += " (" + k.kommune + ")"
				}
				s.add(CodeRow, t.Indicator.Pos, msg.WBErrDupTarget.F(what, cellRef(prev)))
			} else {
				seen[k] = t.Indicator.Pos
			}
		}
		r.wb.Targets = append(r.wb.Targets, t)
	}
}

// outsideProgramme reports a period id outside the programme's years.
func (r *reader) outsideProgramme(id string) (period.Period, bool) {
	p, err := period.Parse(id)
	return p, err == nil && r.opt.FirstYear != 0 && (p.Year < r.opt.FirstYear || p.Year > r.opt.LastYear)
}
