package table

import (
	"fmt"
	"io"
	"runtime/debug"
	"sync/atomic"
)

// Prefetch returns a Reader that reads r's rows ahead in a goroutine of
// its own, from the first Next on, so that splitting a file into cells
// (one core) overlaps with typing the rows (the other). Rows and errors
// come in the order r gives them. A row's cells stay valid until the
// second call of Next after the one that returned it. Pos, Header,
// HeaderLine and Encoding go to r while it reads: they must not depend on
// how far it has read (none of this package's readers do). Close stops
// the reading and closes r. A panic in r.Next is raised again in the
// goroutine calling Next.
func Prefetch(r Reader) Reader { return &prefetch{Reader: r} }

// prefetchRows is the number of rows read ahead at a time.
const prefetchRows = 256

// prefetchBatches is the number of batches going round between the two
// goroutines: up to prefetchBatches-2 read ahead, one being given out
// and one given out before it (whose cells may still be read).
const prefetchBatches = 6

type prefetch struct {
	Reader
	full    chan *rowBatch
	free    chan *rowBatch
	stop    chan struct{}
	done    chan struct{} // closed when the reading goroutine has ended
	cur     *rowBatch
	prev    *rowBatch
	at      int
	started bool
	ended   bool
	closed  bool
}

type rowBatch struct {
	items     []rowItem
	cells     []string // the cells of all rows, one after another
	panicked  any
	stack     []byte
	panicking bool
	refs      atomic.Int32 // Tee: the readers that have not let it go
}

type rowItem struct {
	row        Row
	err        error
	start, end int // the row's cells in the batch's cells
}

// PrefetchPanic is a panic while reading ahead, raised again by Next.
type PrefetchPanic struct {
	Value any
	Stack []byte // the reading goroutine's stack when it panicked
}

func (p *PrefetchPanic) Error() string { return fmt.Sprint(p.Value) }

func (p *prefetch) start() {
	p.started = true
	p.full = make(chan *rowBatch, prefetchBatches)
	p.free = make(chan *rowBatch, prefetchBatches)
	p.stop = make(chan struct{})
	p.done = make(chan struct{})
	for range prefetchBatches {
		p.free <- &rowBatch{}
	}
	go p.read()
}

// read runs in the reading goroutine.
func (p *prefetch) read() {
	defer close(p.done)
	defer close(p.full)
	defer func() {
		if v := recover(); v != nil {
			b := &rowBatch{panicked: v, stack: debug.Stack(), panicking: true}
			select {
			case p.full <- b:
			case <-p.stop:
			}
		}
	}()
	for {
		var b *rowBatch
		select {
		case b = <-p.free:
		case <-p.stop:
			return
		}
		b.items, b.cells = b.items[:0], b.cells[:0]
		end := false
		for len(b.items) < prefetchRows {
			row, err := p.Reader.Next()
			if err == io.EOF {
				end = true
				break
			}
			start := len(b.cells)
			b.cells = append(b.cells, row.Cells...)
			row.Cells = nil // the reader's own slice, which it reuses
			b.items = append(b.items, rowItem{row: row, err: err, start: start, end: len(b.cells)})
		}
		if len(b.items) > 0 {
			select {
			case p.full <- b:
			case <-p.stop:
				return
			}
		}
		if end {
			return
		}
	}
}

func (p *prefetch) Next() (Row, error) {
	if p.closed || p.ended {
		return Row{}, io.EOF
	}
	if !p.started {
		p.start()
	}
	for p.cur == nil || p.at >= len(p.cur.items) {
		b, ok := <-p.full
		if !ok {
			p.ended = true
			return Row{}, io.EOF
		}
		if b.panicking {
			p.ended = true
			panic(&PrefetchPanic{Value: b.panicked, Stack: b.stack})
		}
		if p.prev != nil {
			p.free <- p.prev // never blocks: free holds every batch
		}
		p.prev, p.cur, p.at = p.cur, b, 0
	}
	it := p.cur.items[p.at]
	p.at++
	row := it.row
	if it.end > it.start {
		row.Cells = p.cur.cells[it.start:it.end:it.end]
	}
	return row, it.err
}

func (p *prefetch) Close() error {
	if p.closed {
		return nil
	}
	p.closed = true
	if p.started {
		close(p.stop)
		<-p.done
	}
	return p.Reader.Close()
}
