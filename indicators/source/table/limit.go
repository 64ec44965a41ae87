package table

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// The lengths a CSV file is read within. A register row is a few hundred
// bytes, with a long free text a few kilobytes; without a bound a line of
// 100 MB took five times that in memory. A cell holds at most what an
// Excel cell can (32 767 characters), so a file made in a spreadsheet
// always fits.
const (
	maxRecord = 1_000_000 // bytes in one row (its lines, when a quoted cell spans lines)
	maxField  = 32_767    // characters in one cell
)

// recordTooLong is the error recordLimit returns.
type recordTooLong struct {
	start, line int // the row's first line, and the line where it passed the limit
}

func (e *recordTooLong) Error() string {
	return fmt.Sprintf("CSV row from line %d longer than %d bytes at line %d", e.start, maxRecord, e.line)
}

// recordLimit passes bytes through until a row grows beyond maxRecord. It
// follows CSV's quoting to tell a line break inside a quoted cell from
// the end of a row; a byte delimiter is needed for that, and with a
// delimiter outside ASCII rows are bounded by their lines instead.
type recordLimit struct {
	r     io.Reader
	comma byte // 0: not an ASCII delimiter
	err   error

	line, start int // current line and the row's first line, 1-based
	n           int // bytes of the row so far
	state       quoteState
}

type quoteState uint8

const (
	fieldStart quoteState = iota
	unquoted
	quoted
	quoteInQuoted // a " inside a quoted cell: the end, or the first of ""
)

func newRecordLimit(r io.Reader, comma rune) *recordLimit {
	l := &recordLimit{r: r, line: 1, start: 1}
	if comma < utf8.RuneSelf {
		l.comma = byte(comma)
	}
	return l
}

func (l *recordLimit) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	n, err := l.r.Read(p)
	if l.skim(p[:n]) {
		return n, err
	}
	if i, lerr := l.walk(p[:n]); lerr != nil {
		return i, lerr
	}
	return n, err
}

// walk follows p byte by byte. It returns the error and the bytes that
// fit when a row passes the limit.
func (l *recordLimit) walk(p []byte) (int, error) {
	n := len(p)
	for i := 0; i < n; i++ {
		b := p[i]
		l.n++
		if b == '\n' {
			l.line++
		}
		switch {
		case b == '\n' && l.state != quoted:
			l.state, l.n, l.start = fieldStart, 0, l.line
			continue
		case l.comma != 0 && b == l.comma && l.state != quoted:
			l.state = fieldStart
		case b == '"':
			switch l.state {
			case fieldStart, quoteInQuoted:
				l.state = quoted
			case quoted:
				l.state = quoteInQuoted
			}
		case l.state == fieldStart || l.state == quoteInQuoted:
			l.state = unquoted
		}
		if l.comma == 0 && l.state == quoted {
			l.state = unquoted // cannot follow quoting: bound lines
		}
		if l.n > maxRecord {
			l.err = &recordTooLong{start: l.start, line: l.line}
			return i, l.err
		}
	}
	return n, nil
}

// skim follows p at once when it holds no quote outside a quoted cell and
// no row in it can pass the limit: it counts its lines and notes where
// its last cell stands, as the byte loop would. It reports false, having
// changed nothing, when p needs the byte loop.
func (l *recordLimit) skim(p []byte) bool {
	if len(p) == 0 || l.state == quoted || l.state == quoteInQuoted || l.n+len(p) > maxRecord || bytes.IndexByte(p, '"') >= 0 {
		return false
	}
	if nl := bytes.Count(p, newline); nl > 0 {
		l.line += nl
		l.start = l.line
		l.n = len(p) - 1 - bytes.LastIndexByte(p, '\n')
	} else {
		l.n += len(p)
	}
	switch last := p[len(p)-1]; {
	case last == '\n', l.comma != 0 && last == l.comma:
		l.state = fieldStart
	default:
		l.state = unquoted
	}
	return true
}

var newline = []byte{'\n'}
