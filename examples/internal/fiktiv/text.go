package fiktiv

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// csvText builds a delimited text file the way exporting systems write it.
type csvText struct {
	delim string
	eol   string
	b     strings.Builder
}

func newCSV(delim, eol string) *csvText { return &csvText{delim: delim, eol: eol} }

// line writes a raw line (a title, or a blank line).
func (c *csvText) line(s string) {
	c.b.WriteString(s)
	c.b.WriteString(c.eol)
}

// row writes cells, quoting those that need it.
func (c *csvText) row(cells ...string) {
	for i, s := range cells {
		if i > 0 {
			c.b.WriteString(c.delim)
		}
		c.b.WriteString(c.quote(s, false))
	}
	c.b.WriteString(c.eol)
}

// ssbRow writes cells as SSB's table exports do: every cell quoted but the
// last, the number (a title row, with one cell, is quoted too).
func (c *csvText) ssbRow(cells ...string) {
	for i, s := range cells {
		if i > 0 {
			c.b.WriteString(c.delim)
		}
		c.b.WriteString(c.quote(s, i < len(cells)-1 || len(cells) == 1))
	}
	c.b.WriteString(c.eol)
}

func (c *csvText) quote(s string, always bool) string {
	if always || strings.Contains(s, c.delim) || strings.ContainsAny(s, "\"\r\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func (c *csvText) String() string { return c.b.String() }

// utf8BOM is how Excel's «CSV UTF-8» starts a file.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// windows1252 encodes s as Windows-1252 (what older Norwegian systems write).
func windows1252(s string) ([]byte, error) {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		return nil, fmt.Errorf("cannot write as Windows-1252: %w", err)
	}
	return b, nil
}

// utf16LE encodes s as UTF-16 little-endian with a byte-order mark, as
// Excel's «Unicode-tekst» does.
func utf16LE(s string) []byte {
	var buf bytes.Buffer
	buf.Write([]byte{0xFF, 0xFE})
	for _, u := range utf16.Encode([]rune(s)) {
		buf.WriteByte(byte(u))
		buf.WriteByte(byte(u >> 8))
	}
	return buf.Bytes()
}

// kroner writes a whole amount as Norwegian Excel does, with no-break
// spaces between thousands and two decimals: "1 250 000,00".
func kroner(n int) string {
	return grouped(n, "\u00a0") + ",00"
}

// grouped writes n with sep between groups of three digits.
func grouped(n int, sep string) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// decimalComma writes tenths with a decimal comma: 385 → "38,5".
func decimalComma(tenths int) string {
	return strconv.Itoa(tenths/10) + "," + strconv.Itoa(tenths%10)
}
