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
	if i, lerr := l.follow(p[:n]); lerr != nil {
		return i, lerr
	}
	return n, err
}

// follow follows p: the runs between quotes at once (skim), the quotes
// byte by byte. It returns the error and the bytes that fit when a row
// passes the limit.
func (l *recordLimit) follow(p []byte) (int, error) {
	for i := 0; i < len(p); {
		end := len(p)
		if q := bytes.IndexByte(p[i:], '"'); q >= 0 {
			end = i + q
		}
		if end > i && l.skimRun(p[i:end]) {
			i = end
			continue
		}
		if err := l.step(p[i]); err != nil {
			return i, err
		}
		i++
	}
	return len(p), nil
}

// walk follows p byte by byte, as follow does.
func (l *recordLimit) walk(p []byte) (int, error) {
	for i, b := range p {
		if err := l.step(b); err != nil {
			return i, err
		}
	}
	return len(p), nil
}

// step follows one byte.
func (l *recordLimit) step(b byte) error {
	l.n++
	if b == '\n' {
		l.line++
	}
	switch {
	case b == '\n' && l.state != quoted:
		l.state, l.n, l.start = fieldStart, 0, l.line
		return nil
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
		return l.err
	}
	return nil
}

// skim follows p at once when it holds no quote and no row in it can pass
// the limit, as the byte loop would. It reports false, having changed
// nothing, when p needs the byte loop.
func (l *recordLimit) skim(p []byte) bool {
	return bytes.IndexByte(p, '"') < 0 && l.skimRun(p)
}

// skimRun is skim for p without a quote: outside a quoted cell it counts
// its lines and notes where its last cell stands; inside one (no quote
// ends it in p) every byte, line breaks too, belongs to the cell.
func (l *recordLimit) skimRun(p []byte) bool {
	if len(p) == 0 || l.n+len(p) > maxRecord || l.state == quoteInQuoted {
		return false
	}
	nl := bytes.Count(p, newline)
	if l.state == quoted {
		l.line += nl
		l.n += len(p)
		return true
	}
	if nl > 0 {
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
