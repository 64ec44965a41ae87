package table

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// csvWithErrors is a CSV export of n rows with a bad quote every 97th
// row (an error Next goes on after) and rows of different content.
func csvWithErrors(n int) string {
	var b strings.Builder
	b.WriteString("Kommunenr;Dato;Tall\n")
	for i := range n {
		if i%97 == 50 {
			fmt.Fprintf(&b, "0301;\"01.0%d.2024;%d\n", i%9+1, i)
			continue
		}
		fmt.Fprintf(&b, "0301;%02d.01.2024;%d\n", i%28+1, i)
	}
	return b.String()
}

type readItem struct {
	line  int
	cells []string
	err   string
}

func readItems(t *testing.T, r Reader) []readItem {
	t.Helper()
	var out []readItem
	for {
		row, err := r.Next()
		if err == io.EOF {
			return out
		}
		out = append(out, itemOf(t, row, err))
	}
}

// itemOf is what Next returned, its cells copied.
func itemOf(t *testing.T, row Row, err error) readItem {
	t.Helper()
	it := readItem{line: row.Line, cells: slices.Clone(row.Cells)}
	if err != nil {
		var te *Error
		if !errors.As(err, &te) {
			t.Fatalf("error of type %T: %v", err, err)
		}
		it.err = te.Pos.String() + ": " + te.Msg
	}
	return it
}

// TestPrefetchSameRows checks that a prefetching reader gives the rows
// and errors of the reader it wraps, in order, over many batches, and
// that rows stay whole until the second Next after them.
func TestPrefetchSameRows(t *testing.T) {
	src := csvWithErrors(5000)
	open := func() Reader {
		r, err := NewCSV(strings.NewReader(src), "x.csv", Options{})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	want := readItems(t, open())
	p := Prefetch(open())
	defer p.Close()
	var got []readItem
	var before Row           // the row the last Next returned
	var beforeCells []string // its cells, copied then
	for {
		row, err := p.Next()
		if !slices.Equal(before.Cells, beforeCells) {
			t.Fatalf("line %d: the row before changed to %q from %q", row.Line, before.Cells, beforeCells)
		}
		if err == io.EOF {
			break
		}
		got = append(got, itemOf(t, row, err))
		before, beforeCells = row, slices.Clone(row.Cells)
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	errs := 0
	for i := range want {
		if got[i].line != want[i].line || got[i].err != want[i].err || !slices.Equal(got[i].cells, want[i].cells) {
			t.Fatalf("row %d: %+v, want %+v", i, got[i], want[i])
		}
		if want[i].err != "" {
			errs++
		}
	}
	if errs < 20 {
		t.Fatalf("only %d errors among the rows: the test file is not what it should be", errs)
	}
	if row, err := p.Next(); err != io.EOF {
		t.Fatalf("after the end: %v, %v", row, err)
	}
}

// TestPrefetchCloseEarly checks that closing a reader part-way ends its
// goroutine and closes the reader it wraps.
func TestPrefetchCloseEarly(t *testing.T) {
	before := runtime.NumGoroutine()
	for range 20 {
		r, err := NewCSV(strings.NewReader(csvWithErrors(3000)), "x.csv", Options{})
		if err != nil {
			t.Fatal(err)
		}
		c := &closeCount{Reader: r}
		p := Prefetch(c)
		if _, err := p.Next(); err != nil {
			t.Fatal(err)
		}
		p.Close()
		p.Close()
		if c.n != 1 {
			t.Fatalf("the wrapped reader was closed %d times", c.n)
		}
		if _, err := p.Next(); err != io.EOF {
			t.Fatalf("Next after Close: %v", err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines after closing, %d before", n, before)
	}
}

type closeCount struct {
	Reader
	n int
}

func (c *closeCount) Close() error { c.n++; return c.Reader.Close() }

type panicking struct{ Reader }

func (panicking) Next() (Row, error) { panic("boom") }

// TestPrefetchPanic checks that a panic while reading ahead is raised
// again in the goroutine calling Next, with the reading one's stack.
func TestPrefetchPanic(t *testing.T) {
	r, err := NewCSV(strings.NewReader("a;b\n1;2\n"), "x.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := Prefetch(panicking{r})
	defer p.Close()
	defer func() {
		v := recover()
		pp, ok := v.(*PrefetchPanic)
		if !ok {
			t.Fatalf("recovered %v (%T), want a *PrefetchPanic", v, v)
		}
		if pp.Value != "boom" || !strings.Contains(string(pp.Stack), "panicking.Next") {
			t.Fatalf("panic %v with stack\n%s", pp.Value, pp.Stack)
		}
	}()
	p.Next()
	t.Fatal("Next returned")
}
