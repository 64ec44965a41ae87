package source

import (
	"cmp"
	"hash/maphash"
	mathbits "math/bits"
	"path/filepath"
	"slices"
	"strings"

	"boso/indicators/diag"
	"boso/indicators/kommuner"
	"boso/indicators/period"
	"boso/indicators/source/table"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// The plausibility checks of a stream: values that read well but cannot
// be right (an event after the export, a kommunenummer that never was),
// totals rows with data below them, and an export with no rows while it
// says it covers years.

// formerUse is a former kommunenummer met in the kommune column.
type formerUse struct {
	pos diag.Pos // first cell
	n   int      // rows
}

// sumRow is a totals row seen, and the word that made it one.
type sumRow struct {
	pos  diag.Pos
	word string
}

// EventDates names the fields that hold the date an event happened or an
// episode began, as the indicators read them. When the mapping knows its
// export date (covers.exported), such a date after it is a problem of the
// value: the export cannot hold what had not happened yet. An end date
// may lie ahead (a planned end), so it is not named here. Call it before
// the first Next.
func (s *Stream) EventDates(fields ...string) {
	s.events = make([]bool, len(s.Fields))
	for i, f := range s.Fields {
		for _, e := range fields {
			if f == e && s.maps[i].Type == Date {
				s.events[i] = true
			}
		}
	}
}

// The limits of a date of an event or an episode. No register a
// programme reads holds a date before EarlyError: such a date is a typing
// error (14.08.1025 for 14.08.2025), an error of the value. A date before
// EarlyWarn is possible but unlikely in a housing register of today (an
// Excel date cell holding the number 1 reads as 01.01.1900, a start date
// from an old system's default): the stream warns once, with the first
// such cell and the number of rows. The limits are fixed, not drawn from
// covers.from: a stock's episodes may begin long before the export
// covers.
var (
	EarlyError = period.MustDate(1900, 1, 1)
	EarlyWarn  = period.MustDate(1950, 1, 1)
)

// EarlyDates names the fields that hold the date of an event or of an
// episode's start or end, as the indicators read them: a date before
// EarlyError is a problem of the value, one before EarlyWarn a warning
// (see EarlyError). Call it before the first Next.
func (s *Stream) EarlyDates(fields ...string) {
	s.early = make([]bool, len(s.Fields))
	for i, f := range s.Fields {
		for _, e := range fields {
			if f == e && e != "" && s.maps[i].Type == Date {
				s.early[i] = true
			}
		}
	}
}

// checkEarly is the problem of a date before EarlyError; a date before
// EarlyWarn is counted for the stream's one warning.
func (s *Stream) checkEarly(d period.Date, row table.Row, i int) string {
	switch {
	case d < EarlyError:
		return msg.CheckDateImpossible.F(norsk.Date(d), norsk.Date(EarlyError))
	case d < EarlyWarn:
		if s.earlyOld++; s.earlyOld == 1 {
			s.earlyFirst, s.earlyValue, s.earlyField = s.cellPos(row, s.cols[i]), d, i
		}
	}
	return ""
}

// warnEarly warns, once, of the dates before EarlyWarn.
func (s *Stream) warnEarly() {
	if s.earlyOld == 0 {
		return
	}
	i := s.earlyField
	s.l.Warn(CodeValue, s.earlyFirst, msg.CheckDateEarly.F(s.earlyOld, norsk.Date(s.earlyValue), s.maps[i].Column, s.names[i], norsk.Date(EarlyWarn)))
	s.earlyOld = 0
}

// sumWord tells whether a row is a totals row, and the word that says
// so: its first non-empty cell (the reader's rule), or a text field the
// indicators read (a key column saying «Sum» beside a kommunenummer).
func (s *Stream) sumWord(row table.Row) (string, bool) {
	if row.Sum {
		for _, c := range row.Cells {
			if t := strings.TrimSpace(c); t != "" {
				return t, true
			}
		}
		return "", true
	}
	for i, fm := range s.maps {
		if fm.Type != Text {
			continue
		}
		if c := cell(row, s.cols[i]); table.IsSumWord(c) {
			return strings.TrimSpace(c), true
		}
	}
	return "", false
}

// Kommuner gives the stream what it needs to judge a kommunenummer that
// is not in use today: the programme's renumbering (old → new) and its
// kommuner (nil: any). Call it before the first Next.
func (s *Stream) Kommuner(renumber map[string][]string, programme []string) {
	s.renumber = renumber
	if len(programme) > 0 {
		s.programme = map[string]bool{}
		for _, k := range programme {
			s.programme[k] = true
		}
	}
}

// checkKommune checks a well-formed kommunenummer against SSB's table. A
// number that never was a kommune's is an error. A former one is right
// for its time; the programme's renumber decides where its rows count.
// When it does not, and the kommune that took the number over is in the
// programme, those rows would silently count for no one: that is warned
// of once per number at the end of the file.
// The cell is the one at column col of row (its position is made only
// when needed).
func (s *Stream) checkKommune(k string, row table.Row, col int) string {
	if k == s.lastCurrent && k != "" {
		return "" // the last row's kommune, in use today (rows come by kommune)
	}
	if _, ok := kommuner.Current(k); ok {
		s.lastCurrent = k
		return ""
	}
	if _, ok := s.renumber[k]; ok {
		return ""
	}
	if k == kommuner.Unknown {
		return msg.CheckKommuneUnknown.F(k)
	}
	if _, ok := kommuner.Former(k); !ok {
		return msg.CheckKommuneNone.F(k)
	}
	if s.formerSeen == nil {
		s.formerSeen = map[string]*formerUse{}
	}
	u := s.formerSeen[k]
	if u == nil {
		u = &formerUse{pos: s.cellPos(row, col)}
		s.formerSeen[k] = u
		s.formerList = append(s.formerList, k)
	}
	u.n++
	return ""
}

// warnFormer warns of the former kommunenummer met whose rows count for
// no kommune of the programme, naming the renumber line that fixes it. A
// number only renumbered is counted for its successor when that is the
// programme's (indicators/engine), and warned of there, once.
func (s *Stream) warnFormer() {
	for _, k := range s.formerList {
		if to, ok := kommuner.Successor(k); ok && (s.programme == nil || s.programme[to]) {
			continue // counted for its successor; the engine says so
		}
		now, _ := kommuner.Former(k)
		var inProg []string
		for _, n := range now {
			if s.programme == nil || s.programme[n] {
				inProg = append(inProg, n)
			}
		}
		if len(inProg) == 0 {
			continue // another kommune's old rows
		}
		u := s.formerSeen[k]
		names := make([]string, len(now))
		for i, n := range now {
			name, _ := kommuner.Current(n)
			names[i] = n + " " + name
		}
		quoted := make([]string, len(now))
		for i, n := range now {
			quoted[i] = `"` + n + `"`
		}
		s.l.Warn(CodeKommune, u.pos, msg.CheckKommuneFormer.F(u.n, k, strings.Join(names, ", "), norsk.Count(u.n), k, strings.Join(quoted, ", ")))
	}
}

// atEnd checks the file as a whole once it has been read: an export with
// a header and no rows while it says it covers more than a year.
func (s *Stream) atEnd() {
	if s.ended {
		return
	}
	s.ended = true
	s.warnFormer()
	s.warnDuplicates()
	c := s.M.Covers
	if s.rows > 0 {
		// covers.from written years before the first row (2016 for an
		// export from 2022) makes true-looking zeros of the years between
		// (an export of some hundred rows: a handful may well be years apart)
		if c != nil && s.rows >= 200 && s.firstEvent != 0 && s.firstEvent > c.From.AddDays(2*365) {
			pos, ok := s.M.At["covers"]
			if !ok {
				pos = s.M.Pos
			}
			s.l.Warn(CodeEmpty, pos, msg.CheckCoversBeforeFirst.F(norsk.Date(s.firstEvent), filepath.Base(s.M.FilePath()), norsk.Date(c.From)))
		}
		return
	}
	if c == nil || c.Last() < c.From.AddDays(365) {
		return
	}
	pos := rowPos(s.r, table.Row{Line: s.r.HeaderLine()})
	s.l.Warn(CodeEmpty, pos, msg.CheckEmptyRegister.F(norsk.Date(c.From), norsk.Date(c.Last()), filepath.Base(s.M.Path), s.M.Register))
}

// afterExport is the problem of an event date after the export date.
func (s *Stream) afterExport(d period.Date) string {
	c := s.M.Covers
	if c == nil || c.Exported == nil || d <= *c.Exported {
		return ""
	}
	return msg.CheckAfterExport.F(norsk.Date(d), norsk.Date(*c.Exported), filepath.Base(s.M.Path))
}

// maxDuplicateRows is how many rows identical to an earlier one are named
// each; the rest are counted in one more warning.
const maxDuplicateRows = 10

// noteRow keeps a hash of a row the stream gives (every cell, as written)
// for warnDuplicates. Case registers only: a population or entered table
// row twice is an error of its own there.
func (s *Stream) noteRow(row table.Row) {
	if s.M.Register == PopulationRegister || s.M.Register == AggregateRegister || s.M.IsExport() {
		return
	}
	if !s.hashSeeded {
		s.rowSeed = maphash.MakeSeed()
		s.hashSeeded = true
	}
	// the cells, each ended by a NUL (stripped from cells as a control
	// character), hashed at once
	b := s.rowBytes[:0]
	for _, c := range row.Cells {
		b = append(b, c...)
		b = append(b, 0)
	}
	s.rowBytes = b
	s.rowHashes.add(rowHash{maphash.Bytes(s.rowSeed, b), row.Line})
}

// rowHash is a row's hash and where it is.
type rowHash struct {
	h    uint64
	line int
}

// rowHashes holds rows' hashes in chunks: it grows by a chunk, rather
// than by copying every hash into a slice twice as long (of a file of
// 700 000 rows, 11 MB to keep had been 33 MB allocated and copied).
type rowHashes struct {
	chunks [][]rowHash
	n      int
}

// maxHashChunk is the most hashes a chunk holds (128 KB).
const maxHashChunk = 8192

func (r *rowHashes) add(h rowHash) {
	if k := len(r.chunks); k == 0 || len(r.chunks[k-1]) == cap(r.chunks[k-1]) {
		r.chunks = append(r.chunks, make([]rowHash, 0, min(maxHashChunk, max(64, r.n))))
	}
	last := &r.chunks[len(r.chunks)-1]
	*last = append(*last, h)
	r.n++
}

// duplicates returns the rows whose hash an earlier row has, in file
// order, each with the first row of that hash. rows are in file order.
// They are put in buckets by the hash's top bits (one counting pass,
// which keeps the file order), and each bucket, a few rows, is sorted.
func duplicates(rows *rowHashes) []dup {
	if rows.n < 2 {
		return nil
	}
	bits := max(4, min(16, mathbits.Len(uint(rows.n))-3))
	shift := 64 - bits
	start := make([]int, 1<<bits+1)
	for _, c := range rows.chunks {
		for _, r := range c {
			start[r.h>>shift+1]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	next := append([]int(nil), start[:len(start)-1]...)
	by := make([]rowHash, rows.n)
	for _, c := range rows.chunks {
		for _, r := range c {
			b := r.h >> shift
			by[next[b]] = r
			next[b]++
		}
	}
	var dups []dup
	for b := 0; b+1 < len(start); b++ {
		bucket := by[start[b]:start[b+1]]
		if len(bucket) < 2 {
			continue
		}
		slices.SortStableFunc(bucket, func(a, b rowHash) int { return cmp.Compare(a.h, b.h) })
		for i := 1; i < len(bucket); i++ {
			if bucket[i].h == bucket[i-1].h {
				first := i - 1
				for first > 0 && bucket[first-1].h == bucket[i].h {
					first--
				}
				dups = append(dups, dup{bucket[i].line, bucket[first].line})
			}
		}
	}
	slices.SortFunc(dups, func(a, b dup) int { return cmp.Compare(a.line, b.line) })
	return dups
}

// dup is a row identical to an earlier one: its line and the first's.
type dup struct{ line, first int }

// warnDuplicates warns of each row identical in every cell to an earlier
// one, the first few by position with the row it repeats: a row is
// counted each time it stands, and an export pasted in twice doubles
// every figure without a word otherwise. Rows are told apart by a 64-bit
// hash of their cells (noteRow): in a file of two million rows, two
// different rows are taken for one with a chance of about one in ten
// million.
func (s *Stream) warnDuplicates() {
	dups := duplicates(&s.rowHashes)
	s.rowHashes = rowHashes{}
	if len(dups) == 0 {
		return
	}
	where := msg.CheckDupLine
	if s.M.isXLSX() {
		where = msg.CheckDupRow
	}
	for _, d := range dups[:min(len(dups), maxDuplicateRows)] {
		s.l.Warn(CodeDuplicateRow, rowPos(s.r, table.Row{Line: d.line}), msg.CheckDuplicateRow.F(where.F(d.first)))
	}
	if n := len(dups) - maxDuplicateRows; n > 0 {
		s.l.Warn(CodeDuplicateRow, rowPos(s.r, table.Row{Line: dups[maxDuplicateRows].line}), msg.CheckDuplicateMore.F(norsk.Count(n-1), norsk.Count(len(dups)), maxDuplicateRows))
	}
}
