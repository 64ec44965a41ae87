package table

import (
	"io"
	"runtime/debug"
	"sync"
)

// Tee returns n Readers that each give every row and error of r, in
// order, while r is read once, ahead, in a goroutine of its own (as
// Prefetch does). A row's cells stay valid until the second call of Next
// after the one that returned it. The readers share a few batches of
// rows: one that lags holds the others back, so they must be read at the
// same time. Close of one lets the others go on without it; r is closed
// with the last. Pos, Header, HeaderLine and Encoding go to r. A panic in
// r.Next is raised again in each reader's Next.
func Tee(r Reader, n int) []Reader {
	t := &tee{r: r, free: make(chan *rowBatch, teeBatches), stop: make(chan struct{}), done: make(chan struct{})}
	for range teeBatches {
		t.free <- &rowBatch{}
	}
	out := make([]Reader, n)
	for i := range n {
		c := &teeReader{Reader: r, t: t, ch: make(chan *rowBatch, teeBatches)}
		t.readers = append(t.readers, c)
		out[i] = c
	}
	t.open = n
	return out
}

// teeBatches is the number of batches the readers of a Tee share.
const teeBatches = 8

type tee struct {
	r       Reader
	free    chan *rowBatch
	stop    chan struct{} // closed when every reader is closed
	done    chan struct{} // closed when the reading goroutine has ended
	once    sync.Once
	mu      sync.Mutex // guards readers' closed and the sending of batches
	readers []*teeReader
	open    int // readers not closed
}

type teeReader struct {
	Reader
	t      *tee
	ch     chan *rowBatch
	cur    *rowBatch
	prev   *rowBatch
	at     int
	ended  bool
	closed bool
}

func (t *tee) start() { t.once.Do(func() { go t.read() }) }

// read runs in the reading goroutine.
func (t *tee) read() {
	defer close(t.done)
	defer func() {
		v := recover()
		t.mu.Lock()
		defer t.mu.Unlock()
		for _, c := range t.readers {
			if !c.closed {
				if v != nil {
					c.ch <- &rowBatch{panicked: v, stack: debug.Stack(), panicking: true}
				}
				close(c.ch)
			}
		}
	}()
	for {
		var b *rowBatch
		select {
		case b = <-t.free:
		case <-t.stop:
			return
		}
		b.items, b.cells = b.items[:0], b.cells[:0]
		end := false
		for len(b.items) < prefetchRows {
			row, err := t.r.Next()
			if err == io.EOF {
				end = true
				break
			}
			start := len(b.cells)
			b.cells = append(b.cells, row.Cells...)
			row.Cells = nil
			b.items = append(b.items, rowItem{row: row, err: err, start: start, end: len(b.cells)})
		}
		if len(b.items) > 0 {
			t.mu.Lock()
			refs := int32(0)
			for _, c := range t.readers {
				if !c.closed {
					refs++
				}
			}
			b.refs.Store(refs)
			for _, c := range t.readers {
				if !c.closed {
					c.ch <- b // never blocks: ch has room for every batch
				}
			}
			t.mu.Unlock()
			if refs == 0 {
				return
			}
		} else {
			t.free <- b
		}
		if end {
			return
		}
	}
}

// release lets batch b go for one reader.
func (t *tee) release(b *rowBatch) {
	if b != nil && b.refs.Add(-1) == 0 {
		t.free <- b // never blocks: free has room for every batch
	}
}

func (c *teeReader) Next() (Row, error) {
	if c.closed || c.ended {
		return Row{}, io.EOF
	}
	c.t.start()
	for c.cur == nil || c.at >= len(c.cur.items) {
		b, ok := <-c.ch
		if !ok {
			c.ended = true
			return Row{}, io.EOF
		}
		if b.panicking {
			c.ended = true
			panic(&PrefetchPanic{Value: b.panicked, Stack: b.stack})
		}
		c.t.release(c.prev)
		c.prev, c.cur, c.at = c.cur, b, 0
	}
	it := c.cur.items[c.at]
	c.at++
	row := it.row
	if it.end > it.start {
		row.Cells = c.cur.cells[it.start:it.end:it.end]
	}
	return row, it.err
}

func (c *teeReader) Close() error {
	if c.closed {
		return nil
	}
	t := c.t
	t.mu.Lock()
	c.closed = true
	t.open--
	last := t.open == 0
	// the batches given to it and not read are let go
	for drained := false; !drained; {
		select {
		case b, ok := <-c.ch:
			if !ok {
				drained = true
			} else if !b.panicking {
				t.release(b)
			}
		default:
			drained = true
		}
	}
	t.mu.Unlock()
	t.release(c.cur)
	t.release(c.prev)
	c.cur, c.prev = nil, nil
	if !last {
		return nil
	}
	close(t.stop)
	t.once.Do(func() { close(t.done) }) // never started: nothing to wait for
	<-t.done
	return t.r.Close()
}
