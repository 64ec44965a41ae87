// Package diag holds the problems boso reports about its inputs: a stable
// code, a position a user can find (YAML line and column, CSV row and
// column, XLSX sheet and cell), a severity and a Norwegian message.
// Commands collect all problems, sort them and print them like a compiler.
package diag

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"boso/indicators/pii"
	"boso/templates/msg"
)

// Severity tells whether a problem stops a run.
type Severity uint8

const (
	// Error stops compute and report: nothing is written.
	Error Severity = iota
	// Warning is printed, and the run goes on.
	Warning
)

// Pos is where a problem is. Only the fields that apply are set.
type Pos struct {
	File   string // path as the user gave it
	Line   int    // YAML: 1-based line; CSV: 1-based physical row
	Col    int    // YAML: 1-based column; CSV/XLSX: 1-based column number (for sorting)
	Sheet  string // XLSX sheet
	Row    int    // XLSX: 1-based row
	Column string // CSV/XLSX: column header or letter (B, AC)
}

// String formats the position the way a user can look it up:
// file.yaml:12:5, file.csv:14:Beløp, file.xlsx[Ark1]!C12. A file name
// that holds something like a personal id shows it masked (ShownPath).
func (p Pos) String() string {
	p.File = ShownPath(p.File)
	switch {
	case p.File == "":
		return ""
	case p.Sheet != "":
		s := p.File + "[" + p.Sheet + "]"
		switch {
		case p.Row > 0 && p.Column != "":
			s += "!" + p.Column + strconv.Itoa(p.Row)
		case p.Row > 0: // a whole row, in Excel's notation
			s += "!" + strconv.Itoa(p.Row) + ":" + strconv.Itoa(p.Row)
		}
		return s
	case p.Column != "":
		return p.File + ":" + strconv.Itoa(p.Line) + ":" + p.Column
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return p.File
}

// Problem is one finding.
type Problem struct {
	Code     string // stable code, e.g. BOSO-E012
	Severity Severity
	Pos      Pos
	Msg      string // Norwegian, for the user
}

func (p Problem) String() string {
	pos := p.Pos.String()
	sev := ""
	if p.Severity == Warning {
		sev = "advarsel: "
	}
	if pos == "" {
		return fmt.Sprintf("%s%s [%s]", sev, p.Msg, p.Code)
	}
	return fmt.Sprintf("%s: %s%s [%s]", pos, sev, p.Msg, p.Code)
}

// PerColumn is how many problems a List keeps for one file and column
// (or one file, for problems without a column): a file with a bad column
// in 300 000 rows shows the first ones and a count, and memory stays
// bounded. The counts of Len and Errors stay exact.
const PerColumn = 100

// CodeMore is the code of the line that counts the problems not kept.
const CodeMore = "BOSO-L001"

// List collects problems. The zero value is ready to use.
type List struct {
	items []Problem
	kept  map[columnKey]int
	more  map[columnKey]*omitted
}

// columnKey is what PerColumn counts by.
type columnKey struct{ file, sheet, column string }

// omitted counts the problems of one column that were not kept.
type omitted struct{ n, errors int }

func keyOf(p Pos) columnKey { return columnKey{p.File, p.Sheet, p.Column} }

func (l *List) add(p Problem) {
	k := keyOf(p.Pos)
	if l.kept[k] >= PerColumn {
		if l.more == nil {
			l.more = map[columnKey]*omitted{}
		}
		o := l.more[k]
		if o == nil {
			o = &omitted{}
			l.more[k] = o
		}
		o.n++
		if p.Severity == Error {
			o.errors++
		}
		return
	}
	if l.kept == nil {
		l.kept = map[columnKey]int{}
	}
	l.kept[k]++
	l.items = append(l.items, p)
}

// Add appends an error.
func (l *List) Add(code string, pos Pos, text string) {
	l.add(redacted(Problem{Code: code, Severity: Error, Pos: pos, Msg: text}))
}

// Warn appends a warning.
func (l *List) Warn(code string, pos Pos, text string) {
	l.add(redacted(Problem{Code: code, Severity: Warning, Pos: pos, Msg: text}))
}

// ShownPath is a file's path as boso shows it to anyone (messages,
// explain, flags in exports): the path with 11 digits that may be a
// personal id masked as in messages. Files are opened by the path as it
// is; every place a path becomes text goes through here.
func ShownPath(path string) string {
	return pii.RedactWith(path, msg.MaskDigits)
}

// redacted masks whatever may be a personal id in the message and in the
// parts of the position that come from the user's data (a header, a sheet
// name, a file name): a problem that quotes a value never prints a
// fødselsnummer, whichever reader made it.
func redacted(p Problem) Problem {
	p.Pos.File = ShownPath(p.Pos.File)
	p.Msg = Visible(pii.RedactWith(p.Msg, msg.MaskDigits))
	p.Pos.Column = pii.RedactWith(p.Pos.Column, msg.MaskDigits)
	p.Pos.Sheet = pii.RedactWith(p.Pos.Sheet, msg.MaskDigits)
	return p
}

// Append adds every problem of another list.
func (l *List) Append(o *List) {
	if o == nil {
		return
	}
	for _, p := range o.items {
		l.add(p)
	}
	for k, m := range o.more {
		if l.more == nil {
			l.more = map[columnKey]*omitted{}
		}
		if l.more[k] == nil {
			l.more[k] = &omitted{}
		}
		l.more[k].n += m.n
		l.more[k].errors += m.errors
	}
}

// Len is the number of problems of any severity, those not kept included.
func (l *List) Len() int {
	n := len(l.items)
	for _, o := range l.more {
		n += o.n
	}
	return n
}

// Errors is the number of problems of severity Error, those not kept
// included.
func (l *List) Errors() int {
	n := 0
	for _, p := range l.items {
		if p.Severity == Error {
			n++
		}
	}
	for _, o := range l.more {
		n += o.errors
	}
	return n
}

// Items returns the problems sorted by file, line/row, column, message.
// Where a file and column had more than PerColumn problems, a problem
// with code CodeMore follows the last one kept and says how many more
// there were; it is an error when any of them was.
func (l *List) Items() []Problem {
	out := append([]Problem(nil), l.items...)
	sort.SliceStable(out, func(i, j int) bool { return less(out[i], out[j]) })
	if len(l.more) == 0 {
		return out
	}
	last := map[columnKey]int{}
	for i, p := range out {
		if l.more[keyOf(p.Pos)] != nil {
			last[keyOf(p.Pos)] = i
		}
	}
	with := make([]Problem, 0, len(out)+len(last))
	for i, p := range out {
		with = append(with, p)
		k := keyOf(p.Pos)
		if o := l.more[k]; o != nil && last[k] == i {
			with = append(with, moreProblem(k, o))
		}
	}
	return with
}

// moreProblem is the line that counts what was not kept of one column.
func moreProblem(k columnKey, o *omitted) Problem {
	sev := Warning
	if o.errors > 0 {
		sev = Error
	}
	m := msg.DiagMoreInFile.F(o.n, PerColumn)
	if k.column != "" {
		m = msg.DiagMoreInColumn.F(o.n, k.column, PerColumn)
	}
	pos := Pos{File: k.file, Sheet: k.sheet}
	return Problem{Code: CodeMore, Severity: sev, Pos: pos, Msg: m}
}

func less(x, y Problem) bool {
	a, b := x.Pos, y.Pos
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Sheet != b.Sheet {
		return a.Sheet < b.Sheet
	}
	if a.Line+a.Row != b.Line+b.Row {
		return a.Line+a.Row < b.Line+b.Row
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	if len(a.Column) != len(b.Column) {
		return len(a.Column) < len(b.Column)
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	return x.Msg < y.Msg
}

// String prints one problem per line, sorted.
func (l *List) String() string {
	var b strings.Builder
	for _, p := range l.Items() {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// Err returns the list as an error when it holds errors, else nil.
func (l *List) Err() error {
	if l.Errors() == 0 {
		return nil
	}
	return &ListError{List: l}
}

// ListError wraps a List whose problems include errors.
type ListError struct{ List *List }

func (e *ListError) Error() string { return strings.TrimRight(e.List.String(), "\n") }

// Visible shows the invisible format characters in s (a zero-width
// space, a byte-order mark inside a text, a left-to-right mark, a soft
// hyphen …) as their code point, «⟨U+200B⟩»: a value quoted in a message
// that differs from what the user typed only by one of them must not
// look the same.
func Visible(s string) string {
	if !strings.ContainsFunc(s, isInvisible) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isInvisible(r) {
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isInvisible(r rune) bool { return unicode.Is(unicode.Cf, r) }
