package table

import (
	"bufio"
	"bytes"
	"strings"
	"unicode/utf8"
)

// The fast path reads a data row that is one line without a quote by
// itself, straight from the buffer encoding/csv reads from: one string
// for the line, the cells slices of it, and one look at its bytes tells
// whether any cell needs decoding or control characters stripped. A line
// with a quote, longer than the buffer, or the file's last without a line
// feed is left to encoding/csv, which reads it from the same buffer, so
// the two read one stream of bytes between them. Lines and errors are the
// same either way (FuzzNewCSV compares the two).

// csvBuffer is the size of the buffer the rows are read from: a line
// longer than this goes to encoding/csv.
const csvBuffer = 64 << 10

// lineKind is what one look at a line's bytes found.
type lineKind uint8

const (
	lineHigh lineKind = 1 << iota // a byte above 0x7F: decode the cells
	lineCtl                       // a byte below 0x20 or 0x7F: strip controls
)

// fastRow reads the next data row by itself when it can. ok false leaves
// the row to encoding/csv; blank lines before it are skipped and counted
// either way, as encoding/csv would.
func (c *csvReader) fastRow() (rec []string, line int, kind lineKind, ok bool) {
	if c.comma == 0 || c.slow {
		return nil, 0, 0, false
	}
	for {
		b, _ := c.br.Peek(c.br.Buffered())
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			// fill the buffer (what is buffered moves to its start); an
			// error is the underlying reader's, which gives it again to
			// encoding/csv
			b, _ = c.br.Peek(c.br.Size())
			if i = bytes.IndexByte(b, '\n'); i < 0 {
				return nil, 0, 0, false
			}
		}
		l := b[:i]
		if bytes.IndexByte(l, '"') >= 0 {
			return nil, 0, 0, false
		}
		if n := len(l); n > 0 && l[n-1] == '\r' {
			l = l[:n-1]
		}
		if len(l) == 0 { // encoding/csv skips an empty line
			c.discard(i + 1)
			continue
		}
		kind = scanLine(l)
		if kind&lineHigh != 0 && c.enc != encCP1252 && utf8.Valid(l) {
			kind &^= lineHigh // valid UTF-8 as a whole: each cell is
		}
		s := string(l)
		c.discard(i + 1)
		rec = c.fast[:0]
		for {
			j := strings.IndexByte(s, c.comma)
			if j < 0 {
				rec = append(rec, s)
				break
			}
			rec = append(rec, s[:j])
			s = s[j+1:]
		}
		c.fast = rec
		return rec, c.csvLine + c.fastLines, kind, true
	}
}

// discard consumes n buffered bytes, a line, which counts as read.
func (c *csvReader) discard(n int) {
	c.br.Discard(n) //nolint:errcheck // n bytes are buffered
	c.fastLines++
}

// scanLine looks at every byte of l, eight at a time.
func scanLine(l []byte) lineKind {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var high, ctl uint64
	j := 0
	for ; j+8 <= len(l); j += 8 {
		w := uint64(l[j]) | uint64(l[j+1])<<8 | uint64(l[j+2])<<16 | uint64(l[j+3])<<24 |
			uint64(l[j+4])<<32 | uint64(l[j+5])<<40 | uint64(l[j+6])<<48 | uint64(l[j+7])<<56
		high |= w
		ctl |= (w - 0x20*ones) &^ w // a byte below 0x20 (its high bit)
		del := w ^ (0x7F * ones)
		ctl |= (del - ones) &^ del // a byte 0x7F
	}
	var k lineKind
	for ; j < len(l); j++ {
		if b := l[j]; b >= 0x80 {
			k |= lineHigh
		} else if b < 0x20 || b == 0x7F {
			k |= lineCtl
		}
	}
	if high&highs != 0 {
		k |= lineHigh
	}
	if ctl&highs != 0 {
		k |= lineCtl
	}
	return k
}

// newRowBuffer is the buffer both paths read from: encoding/csv keeps a
// *bufio.Reader it is given when it is large enough (bufio.NewReader
// returns it as it is).
func newRowBuffer(c *csvReader, r *recordLimit) *bufio.Reader {
	c.br = bufio.NewReaderSize(r, csvBuffer)
	return c.br
}
