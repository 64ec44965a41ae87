package engine

import (
	"fmt"
	"reflect"
	"runtime/debug"
	"sort"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/formula"
	"boso/indicators/kommuner"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/pii"
	"boso/indicators/source"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

type popKey struct {
	k string
	y int
}

type popVal struct {
	n   num.Dec
	pos diag.Pos
}

// scan reads one mapping's file once and feeds every indicator bound to its register.
func (e *engine) scan(m *source.Mapping) {
	e.scanTogether([]*source.Mapping{m})
}

// scanTogether reads the files of mappings ms at the same time, feeding
// each one's rows to its register's indicators as they come: mappings of
// one file (different registers from the same export) read it once
// (source.Share). Each export's problems go into the list in the order
// of ms.
func (e *engine) scanTogether(ms []*source.Mapping) {
	var scs []*scanning
	for _, m := range ms {
		if m.Invalid {
			continue
		}
		switch m.Register {
		case source.PopulationRegister:
			e.readPopulation(m)
			continue
		case source.AggregateRegister:
			e.readEntered(m)
			continue
		}
		if sc := e.openScan(m); sc != nil {
			scs = append(scs, sc)
		}
	}
	if len(scs) == 0 {
		return
	}
	defer func() {
		if v := recover(); v != nil {
			for _, sc := range scs {
				sc.s.Close() // its files, and an XLSX reader's temporary folder
			}
			panic(v)
		}
	}()
	if len(scs) > 1 {
		streams := make([]*source.Stream, len(scs))
		for i, sc := range scs {
			streams[i] = sc.s
		}
		source.Share(streams...)
	}
	cases := make([]reflect.SelectCase, len(scs))
	for i, sc := range scs {
		sc.full, sc.free = readAhead(sc.s)
		cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(sc.full)}
	}
	stopped := false
	open := len(scs)
	for open > 0 {
		var i int
		var batch *recordBatch
		if len(scs) == 1 {
			b, ok := <-scs[0].full
			if !ok {
				cases[0].Chan = reflect.Value{}
				open--
				scs[0].s.Close()
				break
			}
			batch = b
		} else {
			// whichever export has rows ready: the readers of one shared
			// file wait for each other
			chosen, v, ok := reflect.Select(cases)
			if !ok {
				cases[chosen].Chan = reflect.Value{} // done: never chosen again
				open--
				scs[chosen].s.Close() // its rows of a shared file are let go
				continue
			}
			i, batch = chosen, v.Interface().(*recordBatch)
		}
		if batch.panicked != nil {
			panic(batch.panicked)
		}
		sc := scs[i]
		if e.stopped() {
			stopped = true
			break
		}
		e.enter(sc)
		e.feed(sc, batch)
		sc.windowsOn = e.windowsOn
		sc.free <- batch
	}
	if stopped {
		// the readers stop at their next batch; what they have read is let
		// go, from all at once: the readers of one shared file wait for
		// each other, and one drained alone could wait for ever
		for _, sc := range scs {
			close(sc.free)
		}
		for open > 0 {
			if chosen, _, ok := reflect.Select(cases); !ok {
				cases[chosen].Chan = reflect.Value{}
				open--
				// its reader has stopped: what it holds of a shared file
				// is let go, or the others would wait for it
				scs[chosen].s.Close()
			}
		}
	}
	for _, sc := range scs {
		e.closeScan(sc, stopped) // (a stream closed already is closed again: nothing happens)
	}
}

// envField is a field filters read, to fill their environment.
type envField struct {
	name string
	i    int
	t    source.FieldType
}

// scanning is one export being read: its stream, and what is kept while
// its rows are fed to its register's indicators.
type scanning struct {
	m         *source.Mapping
	s         *source.Stream
	sl        diag.List // the stream reports into its own list: it runs in its own goroutine
	binds     []*binding
	envFields []envField
	fast      []*formula.Fast    // by binding, as binds: its filter compiled to Go, or nil
	filters   []*formula.Program // by binding: its filter for this export, or nil
	fastReads []bool             // the fields a fast filter reads
	vals      []formula.Val
	env       map[string]any
	// a filter that cannot be computed is reported once per indicator,
	// with its first row; a filter boso cannot check against the codes
	// (startsWith, contains, matches, upper …) that lets no row through
	// is said: a misspelt code there would give 0 everywhere
	filterFails            map[*binding]int
	filterSeen, filterKept []int // by binding
	filterFirst            map[*binding]diag.Pos
	filterErr              map[*binding]string
	// rows for the run's kommuner, and for others by number: an export
	// of another kommune's rows would give 0 everywhere, said nowhere
	kept      int
	elsewhere map[string]int
	cov       Span
	windowsOn map[definition.StockOn][]window
	full      <-chan *recordBatch
	free      chan<- *recordBatch
}

// openScan opens mapping m's export and makes ready to feed its rows to
// its register's indicators; nil when there is nothing to read, or it
// cannot be read (the problems are in the list).
func (e *engine) openScan(m *source.Mapping) *scanning {
	binds := e.binds[m.Register]
	if e.trace != nil {
		binds = e.trace.only(binds)
	}
	if len(binds) == 0 && e.fixed != nil {
		return nil // nothing to compute, and no kommuner to discover
	}
	// Every field any indicator reads is read, so that validate reports
	// unreadable values in all of them; but an indicator that cannot be
	// computed from this export (plan reported why) is not fed its rows.
	all := binds
	binds = nil
	for _, b := range all {
		if !b.broken[m] {
			binds = append(binds, b)
		}
	}
	var used []string
	seen := map[string]bool{}
	for _, b := range all {
		for _, f := range b.used {
			if !seen[f] {
				seen[f] = true
				used = append(used, f)
			}
		}
	}
	sc := &scanning{m: m, binds: binds}
	s, ok := m.Open(used, &sc.sl)
	if !ok {
		e.l.Append(&sc.sl)
		return nil
	}
	sc.s = s
	watchCodes(s, m, binds)
	// an event, or the start of an episode, cannot be after the export
	var events []string
	for _, b := range binds {
		if b.ind.Kind == definition.Flow {
			events = append(events, b.ind.Date)
		} else {
			events = append(events, b.ind.From)
		}
	}
	s.EventDates(events...)
	// and no register holds events or episodes from centuries ago
	var dates []string
	for _, b := range binds {
		dates = append(dates, b.ind.Date, b.ind.From, b.ind.To)
	}
	s.EarlyDates(dates...)
	s.Kommuner(e.in.Renumber, e.in.Kommuner)
	sc.cov = Span{0, period.MustDate(9999, 12, 31)}
	if m.Covers != nil {
		sc.cov = Span{m.Covers.From, m.Covers.Last()}
	}
	for _, b := range binds {
		b.win = nil // of the last export's coverage
	}
	at := map[string]int{}
	for i, f := range s.Fields {
		at[f] = i
	}
	idx := func(f string) int {
		if f == "" {
			return -1
		}
		if i, ok := at[f]; ok {
			return i
		}
		return -1
	}
	for _, b := range binds {
		b.date, b.from, b.to, b.key, b.amount = idx(b.ind.Date), idx(b.ind.From), idx(b.ind.To), idx(b.ind.Key), idx(b.ind.Amount)
		b.group = b.group[:0]
		for _, g := range b.ind.Breakdown {
			b.group = append(b.group, idx(g))
		}
	}
	// the fields filters read, in a fixed order, to fill their environment
	for _, name := range m.FieldNames() {
		if i, ok := at[name]; ok {
			sc.envFields = append(sc.envFields, envField{name, i, m.Fields[name].Type})
		}
	}
	// filters of simple forms run as Go over the row's values in slots;
	// a row they cannot answer, and every other filter, go through expr
	// with the values in a map, filled once per row when needed
	slots := map[string]int{}
	for i, f := range sc.envFields {
		slots[f.name] = i
	}
	sc.fast = make([]*formula.Fast, len(sc.binds))
	sc.filters = make([]*formula.Program, len(sc.binds))
	for j, b := range sc.binds {
		sc.filters[j] = b.filter[m]
	}
	sc.fastReads = make([]bool, len(sc.envFields))
	for j, b := range sc.binds {
		if b.filter[m] != nil {
			if f := formula.CompileFast(b.ind.Filter.Value, slots); f != nil {
				sc.fast[j] = f
				for _, id := range formula.Identifiers(b.ind.Filter.Value) {
					if i, ok := slots[id]; ok {
						sc.fastReads[i] = true
					}
				}
			}
		}
	}
	sc.vals = make([]formula.Val, len(sc.envFields))
	sc.env = map[string]any{}
	sc.filterFails = map[*binding]int{}
	sc.filterSeen, sc.filterKept = make([]int, len(sc.binds)), make([]int, len(sc.binds))
	sc.filterFirst, sc.filterErr = map[*binding]diag.Pos{}, map[*binding]string{}
	sc.elsewhere = map[string]int{}
	return sc
}

// enter makes sc the export whose rows are being counted.
func (e *engine) enter(sc *scanning) {
	e.curMap, e.cov, e.windowsOn = sc.m, sc.cov, sc.windowsOn
}

// feed counts one batch of sc's rows for its register's indicators.
func (e *engine) feed(sc *scanning, batch *recordBatch) {
	binds, vals, env := sc.binds, sc.vals, sc.env
	for r := range batch.recs[:batch.n] {
		rec := &batch.recs[r]
		if rec.Failed {
			if e.trace != nil && rec.Kommune == e.trace.k {
				e.trace.add(rec.Pos, TraceRow{Code: RowFailed}, "")
			}
			continue
		}
		k, ok := e.kommune(rec.Kommune, rec.Pos)
		if !ok {
			if e.trace != nil {
				e.trace.other++
			}
			if k != "" {
				sc.elsewhere[k]++
			}
			continue
		}
		sc.kept++
		if e.trace != nil && k != e.trace.k {
			e.trace.other++
			continue
		}
		for i, f := range sc.envFields {
			if sc.fastReads[i] {
				vals[i] = source.FastValue(f.t, rec.Values[f.i])
			}
		}
		envFilled := false
		for j, b := range binds {
			if rec.Failed {
				break
			}
			if bad := b.badValue(rec); bad != "" {
				e.countBad(b, k, rec)
				e.excluded(rec.Pos, TraceRow{Code: RowBadValue, Detail: bad})
				continue
			}
			if p := sc.filters[j]; p != nil {
				keep, ok := false, false
				var err error
				if f := sc.fast[j]; f != nil {
					keep, ok = f.Eval(vals)
				}
				if !ok {
					if !envFilled {
						for _, f := range sc.envFields {
							env[f.name] = source.ExprValue(f.t, rec.Values[f.i])
						}
						envFilled = true
					}
					keep, err = e.runner.Bool(p, env)
				}
				if err != nil {
					if sc.filterFails[b]++; sc.filterFails[b] == 1 {
						sc.filterFirst[b] = rec.Pos
						sc.filterErr[b] = formula.RuntimeReason(err)
					}
					e.excluded(rec.Pos, TraceRow{Code: RowFilterError, Detail: formula.RuntimeReason(err)})
					continue
				}
				sc.filterSeen[j]++
				if !keep {
					e.excluded(rec.Pos, TraceRow{Code: RowFilterFalse})
					continue
				}
				sc.filterKept[j]++
			}
			if b.ind.Kind == definition.Flow {
				e.flow(b, k, rec)
			} else {
				e.stock(b, k, rec)
			}
		}
	}
}

// closeScan says what reading sc's export found, and closes it; a
// stopped run says only what reading found (it returns no figures).
func (e *engine) closeScan(sc *scanning, stopped bool) {
	m, s, binds := sc.m, sc.s, sc.binds
	if !stopped {
		if e.trace == nil && sc.sl.Errors() == 0 {
			e.reportAbsentCodes(m, s, binds)
		}
		e.l.Append(&sc.sl)
		if e.trace != nil && s.WhereOut > 0 {
			e.trace.whereOut = append(e.trace.whereOut, WhereOut{Mapping: m.ID, N: s.WhereOut})
		}
		if n := len(s.SumRows); n > 0 {
			e.sumRows[m.Register] = append(e.sumRows[m.Register], &Flag{Code: FlagSumRows, N: n, File: m.FilePath()})
			if e.trace != nil {
				e.trace.sumRows = append(e.trace.sumRows, s.SumRows...)
			}
		}
	}
	if e.trace == nil && sc.kept == 0 && len(sc.elsewhere) > 0 && !e.stopped() {
		e.warnNoKommune(m, sc.elsewhere)
	}
	for j, b := range binds {
		if n := sc.filterFails[b]; n > 0 {
			e.l.Warn(CodeFilter, sc.filterFirst[b], msg.PlanFilterRuntime.F(n, b.ind.ID, norsk.Count(n), sc.filterErr[b]))
		}
		if n := sc.filterSeen[j]; n > 0 && sc.filterKept[j] == 0 && e.trace == nil && !e.stopped() && !codesChecked(b.ind, m) {
			e.l.Warn(CodeFilter, b.ind.Filter.Pos, msg.PlanFilterNone.F(b.ind.ID, norsk.Count(n), m.FilePath()))
		}
	}
	s.Close()
}

// noKommuneShown is how many of the kommunenummer found a warning of an
// export without the run's kommuner names.
const noKommuneShown = 3

// warnNoKommune warns of an export with rows, none of them for a kommune
// of the run: by[k] is the rows for kommune k (after renumbering).
func (e *engine) warnNoKommune(m *source.Mapping, by map[string]int) {
	ks := make([]string, 0, len(by))
	total := 0
	for k, n := range by {
		ks = append(ks, k)
		total += n
	}
	// the most rows first, then by number
	sort.Slice(ks, func(i, j int) bool {
		if by[ks[i]] != by[ks[j]] {
			return by[ks[i]] > by[ks[j]]
		}
		return ks[i] < ks[j]
	})
	var found []string
	for i, k := range ks {
		if i == noKommuneShown {
			found = append(found, msg.NoKommuneMore.F(len(ks)-noKommuneShown))
			break
		}
		found = append(found, msg.NoKommuneFound.F(named(k), msg.PlanRenumberRows.F(by[k], norsk.Count(by[k]))))
	}
	run := append([]string(nil), e.in.Kommuner...)
	sort.Strings(run)
	for i, k := range run {
		run[i] = named(k)
	}
	e.l.Warn(CodeNoKommune, diag.Pos{File: m.FilePath()}, msg.NoKommuneRows.F(msg.PlanRenumberRows.F(total, norsk.Count(total)), msg.JoinAnd(run), m.Register, msg.JoinAnd(found)))
}

// named is a kommunenummer with its kommune's name today, if it has one.
func named(k string) string {
	if name, ok := kommuner.Current(k); ok {
		return k + " " + name
	}
	return k
}

// excluded records, when explaining a figure, why a row does not count.
func (e *engine) excluded(pos diag.Pos, why TraceRow) {
	if e.trace != nil {
		e.trace.add(pos, why, "")
	}
}

// batchSize is the number of records read ahead at a time.
const batchSize = 512

type recordBatch struct {
	recs     []source.Record
	n        int
	panicked *readPanic
}

// readPanic is a panic in the reading goroutine, with where it happened.
type readPanic struct {
	v     any
	stack []byte
}

func (p *readPanic) Error() string { return fmt.Sprint(p.v) }

// Stack is the reading goroutine's stack when it panicked.
func (p *readPanic) Stack() []byte { return p.stack }

// readAhead reads the stream in its own goroutine, so that parsing and
// typing rows (one core) overlaps with counting them (the other). Batches
// go round between the two; a record's slices are reused only after the
// consumer has handed its batch back. A panic while reading (a bug) is
// handed over too, as a batch that panics again in the consumer's
// goroutine, where the command's recover can catch it.
func readAhead(s *source.Stream) (full <-chan *recordBatch, free chan<- *recordBatch) {
	fullC := make(chan *recordBatch, 2)
	freeC := make(chan *recordBatch, 3)
	for i := 0; i < cap(freeC); i++ {
		freeC <- &recordBatch{recs: make([]source.Record, batchSize)}
	}
	go func() {
		defer close(fullC)
		defer func() {
			if v := recover(); v != nil {
				fullC <- &recordBatch{panicked: &readPanic{v: v, stack: debug.Stack()}}
			}
		}()
		for b := range freeC {
			b.n = 0
			for b.n < batchSize && s.Next(&b.recs[b.n]) {
				b.n++
			}
			if b.n > 0 {
				fullC <- b
			}
			if b.n < batchSize {
				return
			}
		}
	}()
	return fullC, freeC
}

// countBad counts a row left out for an unreadable tolerant value against
// the figures it would have counted in; when its dates cannot be read
// either, against every period of the indicator.
func (e *engine) countBad(b *binding, k string, rec *source.Record) {
	var periods []int
	known := false
	switch {
	case b.ind.Kind == definition.Flow && !rec.Values[b.date].Null:
		periods, known = e.periodsOn(rec.Values[b.date].Date), true
	case b.ind.Kind == definition.Stock && !rec.Values[b.from].Null:
		var to *period.Date
		if b.to >= 0 && !rec.Values[b.to].Null {
			t := rec.Values[b.to].Date
			to = &t
		}
		for pi, w := range e.windows(b.ind.StockOn) {
			if w.active(b.ind, rec.Values[b.from].Date, to) {
				periods = append(periods, pi)
			}
		}
		known = true
	}
	if !known {
		e.bad[badKey{k, b.ind.ID, -1}]++
		return
	}
	for _, pi := range periods {
		e.bad[badKey{k, b.ind.ID, pi}]++
	}
}

// badValue returns the message of an unreadable tolerant value in a field b uses.
func (b *binding) badValue(rec *source.Record) string {
	for _, bv := range rec.Bad {
		for _, f := range b.used {
			if bv.Field == f {
				return bv.Pos.String() + ": " + bv.Msg
			}
		}
	}
	return ""
}

// groupsOf returns "" (the total) and then "field=value" for each
// breakdown field of a record. The slice is the binding's own, reused by
// the next row. Labels are made once per value and kept (up to
// maxLabels per field), so a row costs a map lookup per breakdown field,
// not a string built and checked for personal ids. A group is the
// indicator's once a row is counted in it (useGroup).
func (e *engine) groupsOf(b *binding, rec *source.Record) []string {
	b.gbuf = append(b.gbuf[:0], "")
	b.gnum = append(b.gnum[:0], 0)
	if len(b.group) == 0 {
		return b.gbuf
	}
	if len(b.labels) != len(b.group) {
		b.labels = make([]map[source.Value]groupLabelNum, len(b.group))
		for j := range b.labels {
			b.labels[j] = map[source.Value]groupLabelNum{}
		}
	}
	for j, i := range b.group {
		var val source.Value
		if i >= 0 {
			val = rec.Values[i]
		} else {
			val.Null = true
		}
		if val.Null {
			val = source.Value{Null: true} // «ukjent», whatever an SSB mark said
		} else {
			val = source.Value{Str: val.Str, Bool: val.Bool}
		}
		ln, ok := b.labels[j][val]
		if !ok {
			ln = groupLabelNum{label: groupLabel(b.ind.Breakdown[j], val), num: -1}
			if len(b.labels[j]) < maxLabels {
				val.Str = strings.Clone(val.Str) // not the line it is a part of
				b.nlabels++
				ln.num = b.nlabels
				b.labels[j][val] = ln
			}
		}
		b.gbuf = append(b.gbuf, ln.label)
		b.gnum = append(b.gnum, ln.num)
	}
	return b.gbuf
}

// groupLabelNum is a group's label and its number in the binding (from
// 1; the total is 0), -1 for a label not kept.
type groupLabelNum struct {
	label string
	num   int
}

// keySetOf returns the key sets of binding b's j-th group of the row
// groupsOf read last, in kommune c: from the binding's cache of the
// kommune's sets by group number, else through keySet.
func (e *engine) keySetOf(b *binding, c *cells, j int) *keySets {
	e.useGroup(b, j)
	n := b.gnum[j]
	if n < 0 {
		return e.keySet(c, b.idx, b.gbuf[j])
	}
	if b.setsOf != c {
		b.setsOf = c
		clear(b.sets)
	}
	if n >= len(b.sets) {
		b.sets = append(b.sets, make([]*keySets, n+1-len(b.sets))...)
	}
	s := b.sets[n]
	if s == nil {
		s = e.keySet(c, b.idx, b.gbuf[j])
		b.sets[n] = s
	}
	return s
}

// useGroup records that a row counted in binding b's j-th group of the
// row groupsOf read last (seeGroup), once per group kept.
func (e *engine) useGroup(b *binding, j int) {
	if j == 0 {
		return // the total
	}
	n := b.gnum[j]
	if n < 0 {
		e.seeGroup(b.idx, b.gbuf[j])
		return
	}
	if n >= len(b.seen) {
		b.seen = append(b.seen, make([]bool, n+1-len(b.seen))...)
	}
	if !b.seen[n] {
		b.seen[n] = true
		e.seeGroup(b.idx, b.gbuf[j])
	}
}

// maxLabels is how many values of one breakdown field a binding keeps
// the label of; a breakdown by a field of many values (a mistake, or a
// text field) makes its labels row by row beyond that.
const maxLabels = 1024

// groupLabel is the group «name=value» of a breakdown field's value.
func groupLabel(name string, val source.Value) string {
	v := "ukjent"
	if !val.Null {
		switch {
		case val.Str != "" && (len(pii.Find(val.Str)) > 0 || pii.LostZero(val.Str)):
			// a group is printed as its code: never a personal id
			v = msg.PIIMask.String()
		case val.Str != "":
			v = val.Str
		case val.Bool:
			v = "ja"
		default:
			v = "nei"
		}
	}
	return name + "=" + v
}

func keyOf(v source.Value) string {
	if v.Str != "" {
		return v.Str
	}
	return v.Num.String()
}

func (e *engine) flow(b *binding, k string, rec *source.Record) {
	dv := rec.Values[b.date]
	if dv.Null {
		e.excluded(rec.Pos, TraceRow{Code: RowNoDate, Field: b.ind.Date})
		return
	}
	var key string
	var amount num.Dec
	switch b.ind.Measure {
	case definition.CountDistinct:
		kv := rec.Values[b.key]
		if kv.Null {
			e.excluded(rec.Pos, TraceRow{Code: RowNoValue, Field: b.ind.Key})
			return
		}
		key = keyOf(kv)
	case definition.Sum:
		av := rec.Values[b.amount]
		if av.Null {
			e.excluded(rec.Pos, TraceRow{Code: RowNoValue, Field: b.ind.Amount})
			return
		}
		amount = av.Num
	}
	if dv.Date < e.cov.From || dv.Date > e.cov.To {
		e.excluded(rec.Pos, TraceRow{Code: RowOutsideExport, Date: dv.Date})
		return
	}
	buf := e.periodsOn(dv.Date)
	if e.trace != nil {
		e.trace.flow(b, rec, dv.Date, key, amount, e.periods)
		return
	}
	c := e.kommuneCells(k)
	var id uint32
	if b.ind.Measure == definition.CountDistinct {
		id = c.keyID(key)
	}
	for j, g := range e.groupsOf(b, rec) {
		if b.ind.Measure == definition.CountDistinct {
			e.keySetOf(b, c, j).add(id, buf, &e.scratch)
			continue
		}
		if len(buf) > 0 {
			e.useGroup(b, j) // a count's group is one once a row counts in it
		}
		for _, pi := range buf {
			a := e.cell(c, b.idx, pi, g)
			a.n++
			if b.ind.Measure == definition.Sum {
				s, ok := num.Add(a.sum, amount)
				a.sum, a.overflow = s, a.overflow || !ok
			}
		}
	}
	return
}

// active reports whether an episode counts for a stock in period p.
// The days an episode may count on are those of p (its last or first day,
// or all of it) that the episode's own export covers.
func active(ind *definition.Indicator, from period.Date, to *period.Date, p period.Period, cov Span) bool {
	return windowOf(ind.StockOn, p, cov).active(ind, from, to)
}

// window is the days of a period a stock episode may count on: those of
// its StockOn (the last or first day, or all of it) that the export
// covers. first > last when there are none.
type window struct{ first, last period.Date }

func windowOf(on definition.StockOn, p period.Period, cov Span) window {
	first, last := p.First(), p.Last()
	switch on {
	case definition.LastDay:
		first = last
	case definition.FirstDay:
		last = first
	}
	return window{max(first, cov.From), min(last, cov.To)}
}

// active reports whether an episode from from to to (nil: ongoing)
// counts on a day of w.
func (w window) active(ind *definition.Indicator, from period.Date, to *period.Date) bool {
	first, last := w.first, w.last
	if first > last || from > last || (to != nil && *to < first) {
		return false
	}
	if ind.MinDuration != nil {
		end := last
		if to != nil && *to < end {
			end = *to
		}
		// the episode must reach its minimum length on a day it counts
		if from > end.AddDays(-ind.MinDuration.MinDays()) {
			return false
		}
	}
	return true
}

// windows are the run's periods' windows for stocks counted on on, in
// the export being read (its coverage); computed once per export.
func (e *engine) windows(on definition.StockOn) []window {
	if w, ok := e.windowsOn[on]; ok {
		return w
	}
	w := make([]window, len(e.periods))
	for i, p := range e.periods {
		w[i] = windowOf(on, p, e.cov)
	}
	if e.windowsOn == nil {
		e.windowsOn = map[definition.StockOn][]window{}
	}
	e.windowsOn[on] = w
	return w
}

func (e *engine) stock(b *binding, k string, rec *source.Record) {
	fv := rec.Values[b.from]
	if fv.Null {
		e.excluded(rec.Pos, TraceRow{Code: RowNoDate, Field: b.ind.From})
		return
	}
	var to *period.Date
	if b.to >= 0 && !rec.Values[b.to].Null {
		t := rec.Values[b.to].Date
		to = &t
		if t < fv.Date {
			// one error per row, however many indicators read it
			e.l.Add(CodeEpisode, rec.Pos, msg.PlanToBeforeFrom.F(norsk.Date(t), e.curMap.Fields[b.ind.To].Column, norsk.Date(fv.Date), e.curMap.Fields[b.ind.From].Column))
			rec.Failed = true
			return
		}
	}
	kv := rec.Values[b.key]
	if kv.Null {
		e.excluded(rec.Pos, TraceRow{Code: RowNoValue, Field: b.ind.Key})
		return
	}
	key := keyOf(kv)
	if e.trace != nil {
		e.trace.stock(b, rec, fv.Date, to, key, e.periods)
		return
	}
	c := e.kommuneCells(k)
	if b.win == nil {
		b.win = e.windows(b.ind.StockOn)
	}
	id := c.keyID(key)
	if len(b.win) <= 64 {
		bits := activeBits(b.win, b.ind, fv.Date, to)
		for j := range e.groupsOf(b, rec) {
			e.keySetOf(b, c, j).addBits(id, bits, &e.scratch)
		}
		return
	}
	e.activeBuf = e.activeBuf[:0]
	for pi, w := range b.win {
		if w.active(b.ind, fv.Date, to) {
			e.activeBuf = append(e.activeBuf, pi)
		}
	}
	for j := range e.groupsOf(b, rec) {
		e.keySetOf(b, c, j).add(id, e.activeBuf, &e.scratch)
	}
}

// activeBits is the periods (up to 64) in whose windows an episode from
// from to to (nil: ongoing) counts, as window.active tells them, with the
// minimum duration looked up once.
func activeBits(wins []window, ind *definition.Indicator, from period.Date, to *period.Date) uint64 {
	minDays, ongoing := -1, to == nil
	if ind.MinDuration != nil {
		minDays = ind.MinDuration.MinDays()
	}
	var until period.Date
	if !ongoing {
		until = *to
	}
	var bits uint64
	for pi := range wins {
		first, last := wins[pi].first, wins[pi].last
		if first > last || from > last || (!ongoing && until < first) {
			continue
		}
		if minDays >= 0 {
			end := last
			if !ongoing && until < end {
				end = until
			}
			if from > end.AddDays(-minDays) {
				continue
			}
		}
		bits |= 1 << uint(pi)
	}
	return bits
}

// eachRecord reads a reference table (population, entered figures) and
// calls fn for every readable row of a kommune in the run.
// at gives the position of the cell of the record's field i.
func (e *engine) eachRecord(m *source.Mapping, fields []string, fn func(k string, rec *source.Record, at func(i int) diag.Pos)) {
	s, ok := m.Open(fields, e.l)
	if !ok {
		return
	}
	defer s.Close()
	s.Kommuner(e.in.Renumber, e.in.Kommuner)
	var rec source.Record
	for s.Next(&rec) {
		if rec.Failed {
			continue
		}
		if k, ok := e.kommune(rec.Kommune, rec.Pos); ok {
			fn(k, &rec, s.FieldPos)
		}
	}
}

// readPopulation reads a population table (kommune, aar, innbyggere).
func (e *engine) readPopulation(m *source.Mapping) {
	e.eachRecord(m, []string{"aar", "innbyggere"}, func(k string, rec *source.Record, at func(int) diag.Pos) {
		yv, nv := rec.Values[0], rec.Values[1]
		if yv.Null || nv.Null {
			return
		}
		if nv.Num < 0 || !nv.Num.IsInt() {
			// a rate per 1000 on it would be a figure no one could have
			e.l.Add(CodeEntered, at(1), msg.PlanPopulationBad.F(norsk.Exact(nv.Num), k, yv.Num))
			return
		}
		if !yv.Num.IsInt() {
			e.l.Add(CodeEntered, rec.Pos, msg.PlanPopulationYear.F(yv.Num))
			return
		}
		key := popKey{k, int(yv.Num / num.Scale)}
		if prev, dup := e.pop[key]; dup {
			e.l.Add(CodeEntered, rec.Pos, msg.PlanPopulationDup.F(k, yv.Num, prev.pos))
			return
		}
		e.pop[key] = popVal{n: nv.Num, pos: rec.Pos}
	})
}

// readEntered reads an aggregate table (kommune, periode, indikator, verdi[, merknad]).
func (e *engine) readEntered(m *source.Mapping) {
	if m.IsExport() {
		e.readExport(m)
		return
	}
	fields := []string{"periode", "indikator", "verdi"}
	if m.Fields["merknad"] != nil {
		fields = append(fields, "merknad")
	}
	e.eachRecord(m, fields, func(k string, rec *source.Record, at func(int) diag.Pos) {
		pv, iv, vv := rec.Values[0], rec.Values[1], rec.Values[2]
		if pv.Null || iv.Null {
			return
		}
		ef := Entered{Kommune: k, Period: pv.Str, Indicator: iv.Str, Value: vv.Num, Blank: vv.Null, Mark: vv.Str, Pos: rec.Pos}
		if !vv.Null && vv.Num < 0 {
			ef.Pos = at(2) // the value's cell, for the negative value
		}
		if len(rec.Values) > 3 && strings.Contains(rec.Values[3].Str, "*") {
			ef.Provisional = true
		}
		e.addEntered(ef)
	})
}

// addEntered records one typed-in figure.
func (e *engine) addEntered(ef Entered) {
	ind := e.in.Set.Get(ef.Indicator)
	if ind == nil {
		e.l.Add(CodeEntered, ef.Pos, msg.PlanEnteredUnknown.F(ef.Indicator))
		return
	}
	if !ef.Blank {
		if text := CheckFigureValue(ind, ef.Value, ef.Kommune, ef.Period); text != "" {
			e.l.Add(CodeEntered, ef.Pos, text)
			return
		}
	}
	key := enteredKey{ef.Kommune, ef.Period, ef.Indicator, ef.Group}
	if prev, dup := e.entered[key]; dup {
		if ef.Group != "" {
			e.l.Add(CodeEntered, ef.Pos, msg.PlanEnteredDupGroup.F(ef.Indicator, ef.Group, ef.Kommune, norsk.PeriodID(ef.Period), prev.pos))
			return
		}
		e.l.Add(CodeEntered, ef.Pos, msg.PlanEnteredDup.F(ef.Indicator, ef.Kommune, norsk.PeriodID(ef.Period), prev.pos))
		return
	}
	e.entered[key] = &enteredVal{v: ef.Value, pos: ef.Pos, blank: ef.Blank, mark: ef.Mark, provis: ef.Provisional, export: ef.Export}
	if ef.Group != "" {
		if e.enteredGroups[ef.Indicator] == nil {
			e.enteredGroups[ef.Indicator] = map[string]bool{}
		}
		e.enteredGroups[ef.Indicator][ef.Group] = true
	}
}

// codesChecked reports whether every code ind's filter compares a field
// with is checked against the codes m gives (validate's K001, compute's
// absent codes): a filter that lets no row through is said there. A
// filter with no such test, or one on a field that is no category (a
// text, a let variable boso could not follow), is said here (W002).
func codesChecked(ind *definition.Indicator, m *source.Mapping) bool {
	tests := ind.CodeTests()
	if len(tests) == 0 {
		return false
	}
	for _, t := range tests {
		fm := m.Fields[t.Field]
		if fm == nil || fm.Type != source.Category {
			return false
		}
	}
	return true
}

// CheckFigureValue says, in Norwegian, what is wrong with v as a figure
// of ind for kommune and period (as written, "2025H1"), or "" when
// nothing is: a count with decimals, a count or an amount below zero.
// Every reader of typed-in or exported figures judges them by it.
func CheckFigureValue(ind *definition.Indicator, v num.Dec, kommune, period string) string {
	if ind.Unit == definition.Count && !v.IsInt() && ind.Kind != definition.Ratio {
		// a count of households is a whole number (7,5 is a typing error,
		// or an average typed where a count belongs)
		return msg.PlanFractionCount.F(norsk.Exact(v), ind.ID, kommune, norsk.PeriodID(period))
	}
	if v < 0 && (ind.Unit == definition.Count || ind.Unit == definition.NOK) {
		// a count or an amount below zero is a typing error (a minus
		// sign, a difference typed instead of the figure); it would
		// also break the choice of figures a report hides
		what := msg.PlanNegativeCount
		if ind.Unit == definition.NOK {
			what = msg.PlanNegativeAmount
		}
		return what.F(norsk.Exact(v), ind.ID, kommune, norsk.PeriodID(period))
	}
	return ""
}
