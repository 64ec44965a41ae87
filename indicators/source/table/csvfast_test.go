package table

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFastPathSameAsCSV reads files of many rows, of every kind of line
// the fast path takes or leaves (quoted cells over lines, long lines,
// blank lines, CR LF, Windows-1252 and UTF-8 letters, control
// characters, bad quotes, a last line without a line feed), with and
// without the fast path: the same cells, lines and errors, across the
// buffer's boundaries.
func TestFastPathSameAsCSV(t *testing.T) {
	for seed := range uint64(12) {
		rng := rand.New(rand.NewPCG(seed, 7))
		var b bytes.Buffer
		b.WriteString("Tittel\n\nKommune;Dato;Tekst\n")
		for i := 0; b.Len() < 400_000; i++ {
			kommune := fmt.Sprintf("%04d", 301+rng.IntN(5000))
			text := "x"
			switch rng.IntN(40) {
			case 0:
				text = "\"to\nlinjer\""
			case 1:
				if rng.IntN(8) == 0 { // over the buffer, some over a cell's limit
					text = strings.Repeat("lang", 1000+rng.IntN(9000))
				}
			case 2:
				text = "Bodø"
			case 3:
				text = "Bod\xf8"
			case 4:
				text = "a\x1bb"
			case 5:
				text = "x\"y"
			case 6:
				text = "\"a;b\"\"c\""
			case 7:
				b.WriteString("\n")
			case 8:
				b.WriteString(";;\r\n")
			case 9:
				text = "\t tab "
			case 11:
				text = "DEL\x7fx12345678"
			case 10:
				text = "\"åpen\r\nrad\""
			}
			end := "\n"
			if rng.IntN(3) == 0 {
				end = "\r\n"
			}
			fmt.Fprintf(&b, "%s;%02d.%02d.2024;%s%s", kommune, 1+rng.IntN(28), 1+rng.IntN(12), text, end)
		}
		data := b.Bytes()
		if seed%2 == 1 {
			data = bytes.TrimRight(data, "\r\n") // the last line without a line feed
		}
		for _, enc := range []string{"utf-8", "windows-1252"} {
			open := func(slow bool) Reader {
				r, err := NewCSV(bytes.NewReader(data), "f.csv", Options{Encoding: enc, Expect: []string{"Kommune", "Dato"}})
				if err != nil {
					t.Fatal(err)
				}
				r.(*csvReader).slow = slow
				return r
			}
			want, got := readItems(t, open(true)), readItems(t, open(false))
			if len(want) < 1000 {
				t.Fatalf("seed %d: %d rows, the last %+v", seed, len(want), want[len(want)-1].err)
			}
			if !sameItems(got, want) {
				for i := range min(len(got), len(want)) {
					if !sameItems(got[i:i+1], want[i:i+1]) {
						t.Fatalf("seed %d, %s, row %d: fast path %+v, encoding/csv %+v", seed, enc, i, got[i], want[i])
					}
				}
				t.Fatalf("seed %d, %s: %d rows by the fast path, %d by encoding/csv", seed, enc, len(got), len(want))
			}
		}
	}
}
