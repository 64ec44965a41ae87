// Package tidy lays figures out as the tidy table boso exports: one row per
// kommune, period, indicator and group, with the value in machine-readable
// form (decimal point, no grouping), the SSB mark, its reason and the
// quality flags in words (citing every figure: the export hides nothing),
// the reason's code, and what a regional roll-up needs to combine kommuner:
// a ratio's exact numerator and denominator, the rows an amount rests on,
// and how the indicator is computed. It writes the CSV form; reports/xlsx
// writes the same rows. A mapping with format: boso-tall reads it back
// (indicators/source, indicators/engine).
package tidy

import (
	"bufio"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"boso/indicators/definition"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/indicators/source"
	"boso/reports/notes"
	"boso/templates/msg"
)

// Meta is what the export says about where the figures come from.
type Meta struct {
	Program  string
	Example  bool
	Kommuner map[string]string // number → name
	Words    notes.Words       // words for reasons and flags
	// Set gives each indicator's kind code (column beregning); with a nil
	// set the column is empty.
	Set *definition.Set
}

// The columns, in the order they are written. The order is a contract:
// new columns are added at the end.
const (
	ColKommunenummer = iota
	ColKommune
	ColPeriode
	ColIndikator
	ColInndeling
	ColVerdi
	ColMerknad
	ColForklaring
	ColKvalitet
	ColDatagrunnlag
	ColForklaringskode
	ColTeller
	ColNevner
	ColRader
	ColBeregning
	columns
)

// Header returns the column names.
func Header() []string {
	return []string{
		msg.ColKommunenummer.F(), msg.ColKommune.F(), msg.ColPeriode.F(), msg.ColIndikator.F(),
		msg.ColInndeling.F(), msg.ColVerdi.F(), msg.ColMerknad.F(), msg.ColForklaring.F(),
		msg.ColKvalitet.F(), msg.ColDatagrunnlag.F(), msg.ColForklaringKode.F(),
		msg.ColTeller.F(), msg.ColNevner.F(), msg.ColRader.F(), msg.ColBeregning.F(),
	}
}

// ValueColumn is the index of the value column in Row.
const ValueColumn = ColVerdi

// NumberColumns are the columns that hold numbers only (or nothing): they
// are written as they are, minus sign and all, and as numbers in XLSX.
var NumberColumns = []int{ColVerdi, ColTeller, ColNevner, ColRader}

// Row returns the cells of one figure.
func Row(f *engine.Figure, m Meta) []string {
	row := make([]string, columns)
	row[ColKommunenummer] = f.Kommune
	row[ColKommune] = m.Kommuner[f.Kommune]
	row[ColPeriode] = f.Period.String()
	row[ColIndikator] = f.Indicator
	row[ColInndeling] = f.Group
	if f.Has {
		row[ColVerdi] = f.Value.String()
	}
	row[ColMerknad] = string(f.Mark)
	row[ColForklaring] = m.Words.Reason(f.Reason, notes.WithFigures)
	flags := make([]string, len(f.Flags))
	for i, fl := range f.Flags {
		flags[i] = string(fl.Code) + ": " + m.Words.Flag(fl, notes.WithFigures)
	}
	row[ColKvalitet] = strings.Join(flags, " | ")
	if m.Example {
		row[ColDatagrunnlag] = msg.ExampleData.F()
	}
	row[ColForklaringskode] = reasonCode(f)
	if f.Parts {
		row[ColTeller], row[ColNevner] = f.Numerator.String(), f.Denominator.String()
	}
	var ind *definition.Indicator
	if m.Set != nil {
		ind = m.Set.Get(f.Indicator)
	}
	if ind != nil && ind.Kind == definition.Flow && ind.Measure == definition.Sum && f.Has {
		row[ColRader] = itoa(f.Rows)
	}
	row[ColBeregning] = engine.KindCode(ind)
	return row
}

func itoa(n int64) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// WriteCSV writes the figures as comma-separated UTF-8 with a header row.
//
// A spreadsheet opening the file runs a cell that starts with =, +, -, @,
// tab or carriage return as a formula (CSV injection): a kommune or
// programme named «=HYPERLINK(…)» would run in every row. Text cells that
// start so are written as OWASP advises, with a single quote before them
// and the field quoted (source.Unescape undoes it; a cell that looks
// escaped already gets a second quote); the number columns hold
// numbers only and keep their minus sign, so negative figures stay numbers.
//
// The rows are made in chunks on every core and written in order.
func WriteCSV(w io.Writer, figs []engine.Figure, m Meta) error {
	cw := NewCSVWriter(w, m)
	cw.Write(figs)
	return cw.Flush()
}

// CSVWriter writes the CSV form a part at a time (WriteCSV): the header
// row first, then the figures of each Write, in order.
type CSVWriter struct {
	bw   *bufio.Writer
	m    Meta
	free chan []byte // chunks' buffers, written and to be used again
}

// NewCSVWriter returns a writer of the CSV form to w, its header written.
func NewCSVWriter(w io.Writer, m Meta) *CSVWriter {
	cw := &CSVWriter{bw: bufio.NewWriter(w), m: m, free: make(chan []byte, 4*runtime.GOMAXPROCS(0))}
	writeRecord(cw.bw, Header(), false)
	return cw
}

// Flush writes what is buffered, and returns the first error writing.
func (cw *CSVWriter) Flush() error { return cw.bw.Flush() }

// Write writes one row per figure. The rows are made in chunks on every
// core and written in order; errors wait for Flush.
func (cw *CSVWriter) Write(figs []engine.Figure) {
	bw, m := cw.bw, cw.m
	chunks := (len(figs) + csvChunk - 1) / csvChunk
	workers := min(runtime.GOMAXPROCS(0), chunks)
	if workers <= 1 {
		enc := newRowEncoder(m)
		for i := range figs {
			bw.Write(enc.append(enc.buf[:0], &figs[i]))
		}
		return
	}
	// each chunk's lines come back on its own channel; at most
	// 2 × workers chunks are made ahead of the one being written
	made := make([]chan []byte, chunks)
	for i := range made {
		made[i] = make(chan []byte, 1)
	}
	todo := make(chan int)
	window := make(chan struct{}, 2*workers)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(todo)
		for c := range chunks {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case todo <- c:
			case <-stop:
				return
			}
		}
	}()
	var panicked atomic.Pointer[workerPanic]
	for range workers {
		go func() {
			c := -1
			defer func() {
				if v := recover(); v != nil {
					panicked.CompareAndSwap(nil, &workerPanic{v, debug.Stack()})
					if c >= 0 {
						made[c] <- nil
					}
					for c := range todo {
						made[c] <- nil
					}
				}
			}()
			enc := newRowEncoder(m)
			for c = range todo {
				var buf []byte
				select {
				case buf = <-cw.free:
				default:
				}
				for i := c * csvChunk; i < min(len(figs), (c+1)*csvChunk); i++ {
					buf = enc.append(buf, &figs[i])
				}
				made[c] <- buf
			}
		}()
	}
	for c := range chunks {
		b := <-made[c]
		if p := panicked.Load(); p != nil {
			panic(p) // in the caller, where the command's recover is
		}
		bw.Write(b)
		select {
		case cw.free <- b[:0]:
		default:
		}
		<-window
	}
}

// workerPanic is a panic in one of WriteCSV's workers, with its stack.
type workerPanic struct {
	v     any
	stack []byte
}

func (p *workerPanic) Error() string { return fmt.Sprint(p.v) + "\n" + string(p.stack) }

// rowEncoder writes figures as CSV lines the way writeRecord writes
// Row's cells, keeping what repeats from row to row: the CSV form of each
// text cell, and the words of each reason and flag (shared between
// figures). One per goroutine.
type rowEncoder struct {
	m        Meta
	buf      []byte
	text     map[string]string // a text cell → its CSV form
	reasons  map[*engine.Reason]string
	flags    map[*engine.Flag]string
	periods  map[period.Period]string
	example  string
	noReason string // the words of no reason
	// each column's last cell and its CSV form
	lastIn, lastOut [columns]string
}

// maxEncoded bounds each of a rowEncoder's maps; beyond it cells are
// encoded as they come.
const maxEncoded = 1 << 14

func newRowEncoder(m Meta) *rowEncoder {
	e := &rowEncoder{m: m, text: map[string]string{}, reasons: map[*engine.Reason]string{},
		flags: map[*engine.Flag]string{}, periods: map[period.Period]string{}}
	if m.Example {
		e.example = msg.ExampleData.F()
	}
	e.noReason = m.Words.Reason(nil, notes.WithFigures)
	return e
}

// cell appends the text cell of column col in its CSV form (see
// writeRecord). A column's cell is often the one of the row before.
func (e *rowEncoder) cell(b []byte, col int, s string) []byte {
	if s == "" {
		return b
	}
	if s == e.lastIn[col] {
		return append(b, e.lastOut[col]...)
	}
	enc, ok := e.text[s]
	if !ok {
		if len(e.text) >= maxEncoded {
			return appendText(b, s) // too many to keep: written as it comes
		}
		enc = encodeText(s)
		e.text[s] = enc
	}
	e.lastIn[col], e.lastOut[col] = s, enc
	return append(b, enc...)
}

// appendText appends a text cell's CSV form (encodeText) to b.
func appendText(b []byte, f string) []byte {
	quote := source.NeedsEscape(f)
	if !quote && !strings.ContainsAny(f, ",\"\r\n") && !strings.HasPrefix(f, " ") {
		return append(b, f...)
	}
	b = append(b, '"')
	if quote {
		b = append(b, '\'')
	}
	for i := 0; i < len(f); i++ {
		if f[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, f[i])
	}
	return append(b, '"')
}

// number appends a number cell (see writeRecord).
func number(b []byte, s string) []byte {
	if strings.ContainsAny(s, ",\"\r\n") || strings.HasPrefix(s, " ") {
		// no number has them; quoted as writeRecord would, not escaped
		return append(b, `"`+strings.ReplaceAll(s, `"`, `""`)+`"`...)
	}
	return append(b, s...)
}

// encodeText is a text cell's CSV form, as writeRecord writes it.
func encodeText(f string) string {
	quote := false
	if source.NeedsEscape(f) {
		f, quote = "'"+f, true
	}
	if quote || strings.ContainsAny(f, ",\"\r\n") || strings.HasPrefix(f, " ") {
		return `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
	}
	return f
}

// append appends figure f's line: the cells of Row, as writeRecord writes them.
func (e *rowEncoder) append(b []byte, f *engine.Figure) []byte {
	m := e.m
	b = e.cell(b, ColKommunenummer, f.Kommune)
	b = append(b, ',')
	b = e.cell(b, ColKommune, m.Kommuner[f.Kommune])
	b = append(b, ',')
	ps, ok := e.periods[f.Period]
	if !ok {
		ps = f.Period.String()
		if len(e.periods) < maxEncoded {
			e.periods[f.Period] = ps
		}
	}
	b = e.cell(b, ColPeriode, ps)
	b = append(b, ',')
	b = e.cell(b, ColIndikator, f.Indicator)
	b = append(b, ',')
	b = e.cell(b, ColInndeling, f.Group)
	b = append(b, ',')
	if f.Has {
		b = number(b, f.Value.String())
	}
	b = append(b, ',')
	b = e.cell(b, ColMerknad, string(f.Mark))
	b = append(b, ',')
	if f.Reason != nil {
		words, ok := e.reasons[f.Reason]
		if !ok {
			words = m.Words.Reason(f.Reason, notes.WithFigures)
			if len(e.reasons) < maxEncoded {
				e.reasons[f.Reason] = words
			}
		}
		b = e.cell(b, ColForklaring, words)
	} else {
		b = e.cell(b, ColForklaring, e.noReason)
	}
	b = append(b, ',')
	if len(f.Flags) > 0 {
		flags := make([]string, len(f.Flags))
		for i, fl := range f.Flags {
			words, ok := e.flags[fl]
			if !ok {
				words = string(fl.Code) + ": " + m.Words.Flag(fl, notes.WithFigures)
				if len(e.flags) < maxEncoded {
					e.flags[fl] = words
				}
			}
			flags[i] = words
		}
		b = e.cell(b, ColKvalitet, strings.Join(flags, " | "))
	}
	b = append(b, ',')
	b = e.cell(b, ColDatagrunnlag, e.example)
	b = append(b, ',')
	b = e.cell(b, ColForklaringskode, reasonCode(f))
	b = append(b, ',')
	if f.Parts {
		b = number(b, f.Numerator.String())
		b = append(b, ',')
		b = number(b, f.Denominator.String())
	} else {
		b = append(b, ',')
	}
	b = append(b, ',')
	var ind *definition.Indicator
	if m.Set != nil {
		ind = m.Set.Get(f.Indicator)
	}
	if ind != nil && ind.Kind == definition.Flow && ind.Measure == definition.Sum && f.Has {
		b = number(b, itoa(f.Rows))
	}
	b = append(b, ',')
	b = e.cell(b, ColBeregning, engine.KindCode(ind))
	return append(b, '\n')
}

// csvChunk is the number of figures one worker of WriteCSV makes the
// lines of at a time.
const csvChunk = 1024

// textWriter is where writeRecord writes: a bufio.Writer, a bytes.Buffer.
type textWriter interface {
	io.ByteWriter
	io.StringWriter
}

// writeRecord writes one CSV line; with numbers, the NumberColumns are
// written as they are. Errors stay in bw until Flush.
func writeRecord(bw textWriter, fields []string, numbers bool) {
	for i, f := range fields {
		if i > 0 {
			bw.WriteByte(',')
		}
		quote := false
		if !(numbers && isNumberColumn(i)) && source.NeedsEscape(f) {
			f, quote = "'"+f, true
		}
		if quote || strings.ContainsAny(f, ",\"\r\n") || strings.HasPrefix(f, " ") {
			bw.WriteByte('"')
			bw.WriteString(strings.ReplaceAll(f, `"`, `""`))
			bw.WriteByte('"')
			continue
		}
		bw.WriteString(f)
	}
	bw.WriteByte('\n')
}

func isNumberColumn(i int) bool {
	for _, c := range NumberColumns {
		if c == i {
			return true
		}
	}
	return false
}

func reasonCode(f *engine.Figure) string {
	if f.Reason == nil {
		return ""
	}
	return string(f.Reason.Code)
}
