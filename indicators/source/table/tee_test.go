package table

import (
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func openCSVWithErrors(t *testing.T, n int) Reader {
	t.Helper()
	r, err := NewCSV(strings.NewReader(csvWithErrors(n)), "x.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestTeeEachReaderGetsEveryRow reads one file through three readers,
// each in a goroutine of its own, and through two readers taking turns
// row by row in one goroutine: each gets the rows and errors of the plain
// reader, in order.
func TestTeeEachReaderGetsEveryRow(t *testing.T) {
	want := readItems(t, openCSVWithErrors(t, 5000))
	t.Run("goroutines", func(t *testing.T) {
		readers := Tee(openCSVWithErrors(t, 5000), 3)
		got := make([][]readItem, len(readers))
		var wg sync.WaitGroup
		for i, r := range readers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer r.Close()
				got[i] = readItems(t, r)
			}()
		}
		wg.Wait()
		for i := range readers {
			if !sameItems(got[i], want) {
				t.Fatalf("reader %d: %d rows, want %d, or other rows", i, len(got[i]), len(want))
			}
		}
	})
	t.Run("turns", func(t *testing.T) {
		readers := Tee(openCSVWithErrors(t, 5000), 2)
		got := make([][]readItem, 2)
		done := make([]bool, 2)
		for !done[0] || !done[1] {
			for i, r := range readers {
				if done[i] {
					continue
				}
				row, err := r.Next()
				if err == io.EOF {
					done[i] = true
					r.Close()
					continue
				}
				got[i] = append(got[i], itemOf(t, row, err))
			}
		}
		for i := range got {
			if !sameItems(got[i], want) {
				t.Fatalf("reader %d: %d rows, want %d, or other rows", i, len(got[i]), len(want))
			}
		}
	})
}

func sameItems(a, b []readItem) bool {
	return slices.EqualFunc(a, b, func(x, y readItem) bool {
		return x.line == y.line && x.err == y.err && slices.Equal(x.cells, y.cells)
	})
}

// TestTeeCloseOneEarly checks that a reader closed part-way lets the
// other read on to the end, and that closing the last ends the reading
// goroutine and closes the file.
func TestTeeCloseOneEarly(t *testing.T) {
	before := runtime.NumGoroutine()
	want := readItems(t, openCSVWithErrors(t, 5000))
	c := &closeCount{Reader: openCSVWithErrors(t, 5000)}
	readers := Tee(c, 2)
	if _, err := readers[0].Next(); err != nil {
		t.Fatal(err)
	}
	readers[0].Close()
	readers[0].Close()
	if got := readItems(t, readers[1]); !sameItems(got, want) {
		t.Fatalf("after the other was closed: %d rows, want %d", len(got), len(want))
	}
	if c.n != 0 {
		t.Fatal("the file was closed while a reader was open")
	}
	readers[1].Close()
	if c.n != 1 {
		t.Fatalf("the file was closed %d times", c.n)
	}
	// closed before reading anything: nothing to wait for
	for _, r := range Tee(openCSVWithErrors(t, 10), 2) {
		r.Close()
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines after closing, %d before", n, before)
	}
}

// TestTeePanic checks that a panic while reading is raised again in
// every reader.
func TestTeePanic(t *testing.T) {
	r, err := NewCSV(strings.NewReader("a;b\n1;2\n"), "x.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	readers := Tee(panicking{r}, 2)
	for i, tr := range readers {
		func() {
			defer func() {
				if pp, ok := recover().(*PrefetchPanic); !ok || pp.Value != "boom" {
					t.Errorf("reader %d: recovered %v", i, pp)
				}
			}()
			tr.Next()
			t.Errorf("reader %d: Next returned", i)
		}()
	}
	for _, tr := range readers {
		tr.Close()
	}
}
