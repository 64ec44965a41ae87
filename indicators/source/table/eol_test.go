package table

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// A file with CR alone as its line end (Excel for Mac's «CSV
// (Macintosh)»), or with CR, LF and CR LF mixed, gives the rows and line
// numbers the same file with LF gives, however its bytes arrive; a CR LF,
// and a line break inside a quoted cell, stay what they were.
func TestCSVLineEnds(t *testing.T) {
	lf := "Rapport\n\nKommune;Dato;Merknad\n0301;01.01.2024;\"to\nlinjer\"\n0301;02.01.2024;x\n0301;03.01.2024;y\n"
	want := rowsOf(t, []byte(lf), false)
	if len(want) != 3 || want[0].Cells[2] != "to\nlinjer" || want[1].Line != 6 {
		t.Fatalf("LF rows %+v", want)
	}
	for name, data := range map[string]string{
		"CR":    strings.ReplaceAll(lf, "\n", "\r"),
		"CR LF": strings.ReplaceAll(lf, "\n", "\r\n"),
		"mixed": "Rapport\r\n\rKommune;Dato;Merknad\n0301;01.01.2024;\"to\nlinjer\"\r0301;02.01.2024;x\r\n0301;03.01.2024;y\r",
	} {
		for _, oneByte := range []bool{false, true} {
			got := rowsOf(t, []byte(data), oneByte)
			if name == "CR" || name == "mixed" {
				// the cell's own line break is a CR there, read as LF
				for i := range got {
					got[i].Cells[2] = strings.ReplaceAll(got[i].Cells[2], "\r", "\n")
				}
			}
			if name == "CR LF" {
				for i := range got {
					got[i].Cells[2] = strings.ReplaceAll(got[i].Cells[2], "\r\n", "\n")
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s (one byte at a time: %v):\n got %+v\nwant %+v", name, oneByte, got, want)
			}
		}
	}
}

func rowsOf(t *testing.T, data []byte, oneByte bool) []Row {
	t.Helper()
	var r Reader
	var err error
	if oneByte {
		r, err = NewCSV(iotest.OneByteReader(bytes.NewReader(data)), "eksport.csv", Options{Expect: []string{"Kommune"}})
	} else {
		r, err = NewCSV(bytes.NewReader(data), "eksport.csv", Options{Expect: []string{"Kommune"}})
	}
	if err != nil {
		t.Fatalf("NewCSV: %v", err)
	}
	rows, errs := readAll(t, r)
	if errs != nil {
		t.Fatalf("errors %q", errs)
	}
	for i := range rows {
		rows[i].Cells = append([]string(nil), rows[i].Cells...)
	}
	return rows
}

// Control characters in a cell (ESC, NUL, BEL) are not read: they would
// reach messages and published text raw.
func TestCSVControlCharacters(t *testing.T) {
	rows := rowsOf(t, []byte("Kommune;Dato;Merknad\n0301;\x1b[31m01.01.2024\x1b[0m;Innvilget\x00\x07\n"), false)
	if got := rows[0].Cells; got[1] != "[31m01.01.2024[0m" || got[2] != "Innvilget" {
		t.Errorf("cells %q", got)
	}
}

// A header is matched whatever spaces it holds inside: a no-break space
// copied from a web page, a narrow one, a tab, two spaces.
func TestHeaderKeySpaces(t *testing.T) {
	for _, h := range []string{"Mottatt\u00a0dato", "Mottatt\u202fdato", "Mottatt\tdato", " mottatt  DATO\u200b"} {
		if HeaderKey(h) != HeaderKey("Mottatt dato") {
			t.Errorf("%q is not «Mottatt dato»: %q", h, HeaderKey(h))
		}
	}
	r, err := NewCSV(strings.NewReader("Kommune;Mottatt\u00a0dato\n0301;01.01.2024\n"), "eksport.csv", Options{Expect: []string{"Kommune", "Mottatt dato"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Header(); len(got) != 2 {
		t.Errorf("header %q", got)
	}
}

// A DOS end-of-file byte (Ctrl-Z) after the last line is no row.
func TestCSVCtrlZ(t *testing.T) {
	rows := rowsOf(t, []byte("Kommune;Dato;Merknad\r\n0301;01.01.2024;x\r\n\x1a"), false)
	if len(rows) != 1 {
		t.Errorf("rows %+v", rows)
	}
}
