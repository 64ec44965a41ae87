package ssb

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"boso/templates/msg"
)

// decodeText returns the file as UTF-8 and the encoding it was read with.
func decodeText(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0x00, 0x00}):
		return "", "", jsError(msg.TableUTF32.F("LE"))
	case bytes.HasPrefix(b, []byte{0x00, 0x00, 0xFE, 0xFF}):
		return "", "", jsError(msg.TableUTF32.F("BE"))
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
