package table

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzNewCSV feeds arbitrary bytes to the CSV reader: it must never panic,
// must end, must return every problem as a *Error, and must return rows
// of the header's width in valid UTF-8 with increasing lines.
func FuzzNewCSV(f *testing.F) {
	for _, s := range []string{
		"Kommune;Dato\n0301;01.01.2024\n",
		"\ufeffa,b\n\"x,y\",\"z\"\"\"\n",
		"Tittel\r\n\r\n Kommune ;Beløp\r\n0301;12 500,50\r\nSum;12 500,50\r\n",
		"a\tb\n1\t2\t3\n",
		"a;b\n1;\"x\n",
		"Navn;By\nOla;X\x81Y\nKari;Bod\xf8\n",
		"\xff\xfea\x00;\x00b\x00\n\x001\x00;\x002\x00\n\x00",
		"a;b\n1;x\"y\n",
		"",
	} {
		f.Add([]byte(s), uint8(0), "Kommune")
	}
	f.Fuzz(func(t *testing.T, data []byte, sel uint8, expect string) {
		// A hang becomes a crash, so the fuzzer saves its input.
		hang := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("hang: %q %d %q", data, sel, expect)) })
		defer hang.Stop()
		opt := Options{
			Delimiter: [...]rune{0, ';', ',', '\t', '|', '"'}[sel%6],
			Encoding:  [...]string{"", "utf-8", "windows-1252", "auto"}[sel/6%4],
		}
		if sel&0x80 != 0 {
			opt.Expect = []string{expect}
		}
		r, err := NewCSV(bytes.NewReader(data), "f.csv", opt)
		if err != nil {
			var te *Error
			if !errors.As(err, &te) || te.Msg == "" {
				t.Fatalf("NewCSV: %T %v", err, err)
			}
			return
		}
		width, last := len(r.Header()), r.HeaderLine()
		for i := 0; ; i++ {
			if i > len(data)+1 {
				t.Fatal("Next does not end")
			}
			row, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var te *Error
				if !errors.As(err, &te) || te.Msg == "" || te.Pos.File != "f.csv" {
					t.Fatalf("Next: %T %v", err, err)
				}
				continue
			}
			if len(row.Cells) != width || row.Line <= last {
				t.Fatalf("row %+v: width %d, after line %d", row, width, last)
			}
			last = row.Line
			for _, c := range row.Cells {
				if !utf8.ValidString(c) {
					t.Fatalf("cell %q is not UTF-8", c)
				}
			}
		}
		if _, err := r.Next(); err != io.EOF {
			t.Fatalf("Next after EOF: %v", err)
		}
		// read ahead (Prefetch), and by two readers at once (Tee): the
		// same rows and errors
		open := func() Reader {
			r, err := NewCSV(bytes.NewReader(data), "f.csv", opt)
			if err != nil {
				t.Fatalf("opened once, not twice: %v", err)
			}
			return r
		}
		want := readItems(t, open())
		// every row through encoding/csv, none by the fast path: the same
		slow := open()
		slow.(*csvReader).slow = true
		if got := readItems(t, slow); !sameItems(got, want) {
			t.Fatalf("encoding/csv alone: %v\nwith the fast path: %v", got, want)
		}
		if got := readItems(t, Prefetch(open())); !sameItems(got, want) {
			t.Fatalf("read ahead: %d rows, plain: %d, or other rows", len(got), len(want))
		}
		tees := Tee(open(), 2)
		other := make(chan []readItem)
		go func() { other <- readItems(t, tees[1]) }()
		got := readItems(t, tees[0])
		if got2 := <-other; !sameItems(got, want) || !sameItems(got2, want) {
			t.Fatalf("through a tee: %d and %d rows, plain: %d, or other rows", len(got), len(got2), len(want))
		}
		tees[0].Close()
		tees[1].Close()
	})
}

// FuzzExcelNumber checks that undoing float noise never changes a value
// beyond Excel's 15 significant digits, and leaves other text alone.
func FuzzExcelNumber(f *testing.F) {
	for _, s := range []string{"1234.5600000000001", "1E-3", "0301", "45383.541666666664", "-0.1", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := excelNumber(s)
		if out == s {
			return
		}
		a, err1 := strconv.ParseFloat(s, 64)
		b, err2 := strconv.ParseFloat(out, 64)
		if err1 != nil || err2 != nil || strings.ContainsAny(out, "eE") {
			t.Fatalf("%q → %q", s, out)
		}
		if d := math.Abs(a - b); d > math.Abs(a)*1e-14 {
			t.Fatalf("%q → %q changes the value by %g", s, out, d)
		}
	})
}
