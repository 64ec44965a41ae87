package engine

import (
	"context"
	"sort"
	"strings"
	"time"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/formula"
	"boso/indicators/kommuner"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/source"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// Problem codes of computation.
const (
	CodePlan     = "BOSO-E001"
	CodeEntered  = "BOSO-E002"
	CodeRenumber = "BOSO-E003"
	CodeEpisode  = "BOSO-E004"
	CodeOverflow = "BOSO-E005"
	CodeRule     = "BOSO-W001"
	CodeFilter   = "BOSO-W002"
	CodeIdentity = "BOSO-W003"
	// CodeImplied warns of a former kommunenummer counted for the
	// kommune that took it over, without a renumber entry saying so.
	CodeImplied = "BOSO-R008"
	// CodeNoKommune warns of an export with rows, none of them for a
	// kommune of the run.
	CodeNoKommune = "BOSO-R009"
)

// Input is everything one computation needs.
type Input struct {
	Set        *definition.Set
	Mappings   []*source.Mapping
	Kommuner   []string // empty: every kommune found in any input
	Periods    []period.Period
	ReportDate period.Date
	Renumber   map[string][]string
	Select     []string // indicator ids to compute; empty: all
	// Entered are figures typed in elsewhere than in a table export (the
	// input workbook's Tall sheet), used like rows of register tall.
	Entered []Entered
	// Context, when set, cancels a long computation: Compute then stops
	// within a batch of rows and returns an empty result.
	Context context.Context
}

// Entered is one figure typed in by hand.
type Entered struct {
	Kommune     string
	Period      string // period id
	Indicator   string
	Value       num.Dec
	Blank       bool   // no value: Mark says why ("..", ".", ":") or nothing was typed
	Mark        string // an SSB mark typed instead of a value
	Provisional bool
	Pos         diag.Pos
	// Group is the breakdown group ("malgruppe=unge") the figure is for,
	// "" for the whole kommune; only rows of boso's own export have one.
	Group string
	// Export is set for a row of boso's own figure export (format: boso-tall).
	Export *Exported
}

// Exported is what a row of boso's own figure export says beyond its
// value and mark.
type Exported struct {
	// Code is the reason the figure had its mark where it was computed
	// (forklaringskode), "" for none.
	Code ReasonCode
	// Numerator and Denominator are a ratio's, when Parts.
	Numerator, Denominator num.Dec
	Parts                  bool
	// Rows is, for an amount, the rows it was summed from (see Figure.Rows).
	Rows int64
}

// Result holds the figures of one computation, sorted by kommune,
// indicator (definition order), period and group.
type Result struct {
	Figures    []Figure
	Kommuner   []string
	Periods    []period.Period
	Indicators []*definition.Indicator
}

// badKey counts rows left out of one figure; p is -1 when the row's
// period could not be told.
type badKey struct {
	k, ind string
	p      int
}

type enteredKey struct {
	k, p, ind string
	g         string // breakdown group, "" for the total
}

type enteredVal struct {
	v       num.Dec
	pos     diag.Pos
	provis  bool
	blank   bool
	mark    string // the SSB mark typed instead of a value, if any
	touched bool
	export  *Exported // a row of boso's own export
}

type engine struct {
	in        *Input
	l         *diag.List
	inds      []*definition.Indicator
	indIdx    map[string]int
	periods   []period.Period
	pidx      map[period.Period]int
	activeBuf []int
	cov       Span                            // the coverage of the export being read
	windowsOn map[definition.StockOn][]window // by e.windows, for cov
	curMap    *source.Mapping                 // the export being read
	parts     [][][]int                       // period index → for each shorter type whose periods are all requested, their indexes
	day0      period.Date
	days      [][]int // day − day0 → indexes of the periods containing it
	fixed     map[string]bool
	found     map[string]bool
	implied   map[string]*impliedUse // former number → its rows counted for its successor
	// accumulators per kommune, with a one-entry cache: exports are
	// usually sorted by kommune
	byKommune    map[string]*cells
	lastK        string
	lastC        *cells
	groups       map[int]map[string]bool // indicator index → groups seen
	binds        map[string][]*binding   // register → bindings
	maps         map[string][]*source.Mapping
	entered      map[enteredKey]*enteredVal
	pop          map[popKey]popVal
	bad          map[badKey]int     // rows left out for unreadable tolerant values
	sumRows      map[string][]*Flag // register → a SUMRAD flag for each export with Sum rows
	enteredFlags map[string]*Flag   // REGISTRERT, one per file figures were typed into, shared
	// enteredGroups holds, per indicator, the breakdown groups rows of
	// boso's own export gave it
	enteredGroups map[string]map[string]bool
	runner        formula.Runner
	trace         *tracer
	scratch       []uint64 // all zero: for joining key sets' words (keySets.add)
	// lastPlain is the last kommunenummer kommune counted as it is
	lastPlain string
	// figureGroups holds each indicator's groups, the total first, once
	// the exports are read (groupsOfIndicator)
	figureGroups [][]string
}

// Compute computes every selected indicator (and what it depends on) for
// every kommune and period. Problems go into l; when l holds errors after
// Compute, the figures must not be written.
func Compute(in *Input, l *diag.List) *Result {
	return Scan(in, l).Finish()
}

// Scanned is a computation whose exports have been read: what is left is
// making the figures (Finish, or FinishEach kommune by kommune).
type Scanned struct {
	e       *engine
	stopped bool
}

// Scan reads every export of a computation. The problems found reading
// are in l when it returns; making the figures may add some.
func Scan(in *Input, l *diag.List) *Scanned {
	e := newEngine(in, l)
	for _, ef := range in.Entered {
		if k, ok := e.kommune(ef.Kommune, ef.Pos); ok {
			ef.Kommune = k
			e.addEntered(ef)
		}
	}
	e.plan()
	for i := 0; i < len(in.Mappings); {
		if e.stopped() {
			return &Scanned{e: e, stopped: true}
		}
		// mappings one after another of the same file, each for its own
		// register, read it together (once, when the file allows)
		j := i + 1
		for j < len(in.Mappings) && e.together(in.Mappings[i:j], in.Mappings[j]) {
			j++
		}
		e.scanTogether(in.Mappings[i:j])
		i = j
	}
	if e.stopped() {
		return &Scanned{e: e, stopped: true}
	}
	e.warnImplied()
	return &Scanned{e: e}
}

// readTogether is whether mappings of one file read it together (a
// test compares with reading it apart).
var readTogether = true

// together reports whether mapping m reads the file of the mappings of
// group, each for a register of its own, so that they can read it once.
func (e *engine) together(group []*source.Mapping, m *source.Mapping) bool {
	if !readTogether || e.trace != nil || m.Invalid || m.Register == source.PopulationRegister || m.Register == source.AggregateRegister {
		return false
	}
	for _, g := range group {
		if g.Invalid || g.Register == m.Register || g.FilePath() != m.FilePath() || g.Register == source.PopulationRegister || g.Register == source.AggregateRegister {
			return false
		}
	}
	return true
}

// Finish makes every figure. It is called once.
func (s *Scanned) Finish() *Result {
	if s.stopped {
		return &Result{}
	}
	return s.e.finish()
}

// FinishEach makes the figures kommune by kommune, in the result's order,
// and hands each kommune's to each, which must not keep the slice (it is
// used again for the next kommune). The Result has no Figures. It stops
// at the first error each returns, and returns it. It is called once.
func (s *Scanned) FinishEach(each func(figs []Figure) error) (*Result, error) {
	if s.stopped {
		return &Result{}, nil
	}
	return s.e.finishEach(each)
}

// stopped reports whether the run was cancelled (Input.Context).
func (e *engine) stopped() bool {
	return e.in.Context != nil && e.in.Context.Err() != nil
}

func newEngine(in *Input, l *diag.List) *engine {
	e := &engine{
		in: in, l: l,
		indIdx: map[string]int{}, pidx: map[period.Period]int{},
		found: map[string]bool{}, implied: map[string]*impliedUse{}, byKommune: map[string]*cells{}, groups: map[int]map[string]bool{},
		binds: map[string][]*binding{}, maps: map[string][]*source.Mapping{},
		entered: map[enteredKey]*enteredVal{}, pop: map[popKey]popVal{},
		bad: map[badKey]int{}, sumRows: map[string][]*Flag{}, enteredFlags: map[string]*Flag{},
		enteredGroups: map[string]map[string]bool{},
	}
	e.periods = append([]period.Period(nil), in.Periods...)
	sort.Slice(e.periods, func(i, j int) bool { return period.Less(e.periods[i], e.periods[j]) })
	for i, p := range e.periods {
		e.pidx[p] = i
	}
	e.indexDays()
	e.indexParts()
	if len(in.Kommuner) > 0 {
		e.fixed = map[string]bool{}
		for _, k := range in.Kommuner {
			e.fixed[k] = true
		}
	}
	for _, ind := range selectIndicators(in.Set, in.Select) {
		if !ind.Invalid {
			e.inds = append(e.inds, ind)
		}
	}
	for i, ind := range e.inds {
		e.indIdx[ind.ID] = i
	}
	for _, m := range in.Mappings {
		e.maps[m.Register] = append(e.maps[m.Register], m)
	}
	return e
}

// selectIndicators returns the chosen indicators and their dependencies in dependency order.
func selectIndicators(s *definition.Set, ids []string) []*definition.Indicator {
	order := s.Order()
	if len(ids) == 0 {
		return order
	}
	want := map[string]bool{}
	var add func(id string)
	add = func(id string) {
		ind := s.Get(id)
		if ind == nil || want[id] {
			return
		}
		want[id] = true
		for _, d := range ind.Dependencies() {
			add(d)
		}
	}
	for _, id := range ids {
		add(id)
	}
	var out []*definition.Indicator
	for _, ind := range order {
		if want[ind.ID] {
			out = append(out, ind)
		}
	}
	return out
}

// kommune maps a record's kommunenummer through the renumbering and the
// programme's list; ok is false when the record is not counted.
func (e *engine) kommune(k string, pos diag.Pos) (string, bool) {
	orig := k
	if k == e.lastPlain && k != "" {
		return k, true // the last row's kommune: in use, and counted
	}
	if to, ok := e.in.Renumber[k]; ok {
		if len(to) != 1 {
			e.l.Add(CodeRenumber, pos, msg.PlanRenumberSplit.F(k, strings.Join(to, ", ")))
			return "", false
		}
		k = to[0]
	} else if s, ok := e.successor(k); ok {
		u := e.implied[k]
		if u == nil {
			u = &impliedUse{pos: pos, to: s, files: map[string]bool{}}
			e.implied[k] = u
		} else if pos.File == u.pos.File && (pos.Line < u.pos.Line || pos.Line == u.pos.Line && pos.Row < u.pos.Row) {
			// the first row of the file, whichever export read together
			// with it (scanTogether) counted its rows first
			u.pos = pos
		}
		u.n++
		u.files[pos.File] = true
		k = s
	}
	if e.fixed != nil && !e.fixed[k] {
		return k, false
	}
	e.found[k] = true
	if orig == k {
		e.lastPlain = k // neither renumbered nor a former number
	}
	return k, true
}

// impliedUse is a former kommunenummer counted for its successor
// without a renumber entry saying so: the rows, and the first of them.
type impliedUse struct {
	pos   diag.Pos
	to    string
	n     int
	files map[string]bool
}

// successor returns the kommune of today rows with a former number count
// for when the programme does not renumber it: the number's successor
// when the number was only renumbered (kommuner.Successor: 0403 Hamar
// became 3403 and nothing else), and that kommune is one of the run's
// (or the run names none). Figures under the old number are then the
// same kommune's, and leaving them out gave known-wrong figures. A
// kommune merged or split is never guessed: its rows are for the
// programme's renumber to place (source.Stream warns of them).
func (e *engine) successor(k string) (string, bool) {
	if _, current := kommuner.Current(k); current {
		return "", false
	}
	s, ok := kommuner.Successor(k)
	if !ok || (e.fixed != nil && !e.fixed[s]) {
		return "", false
	}
	return s, true
}

// warnImplied warns once per former number counted for its successor
// (successor), with its rows in all files and the first of them.
func (e *engine) warnImplied() {
	olds := make([]string, 0, len(e.implied))
	for k := range e.implied {
		olds = append(olds, k)
	}
	sort.Strings(olds)
	for _, k := range olds {
		u := e.implied[k]
		name, _ := kommuner.Current(u.to)
		_, last, _ := kommuner.Years(k)
		where := msg.PlanRenumberHere.F()
		if len(u.files) > 1 {
			where = msg.PlanRenumberFiles.F(len(u.files))
		}
		e.l.Warn(CodeImplied, u.pos, msg.PlanRenumberImplied.F(k, name, last, u.to, msg.PlanRenumberRows.F(u.n, norsk.Count(u.n)), where))
	}
}

// kommuner returns the kommuner of the run, sorted.
func (e *engine) kommuner() []string {
	var out []string
	if e.fixed != nil {
		out = append(out, e.in.Kommuner...)
	} else {
		for k := range e.found {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// indexDays builds the table periodsOn reads: for every day from the
// first requested period's start to the last one's end, the indexes of the
// requested periods containing it.
func (e *engine) indexDays() {
	if len(e.periods) == 0 {
		return
	}
	e.day0 = e.periods[0].First()
	last := e.day0
	for _, p := range e.periods {
		e.day0 = min(e.day0, p.First())
		last = max(last, p.Last())
	}
	e.days = make([][]int, int(last-e.day0)+1)
	for i, p := range e.periods {
		for d := p.First(); d <= p.Last(); d++ {
			e.days[d-e.day0] = append(e.days[d-e.day0], i)
		}
	}
}

// indexParts finds, for every requested year and programme period, the
// requested periods that make it up (H1 and H2, the quarters …), for the
// identity checks.
func (e *engine) indexParts() {
	e.parts = make([][][]int, len(e.periods))
	for pi, p := range e.periods {
		if p.Type != period.Year && p.Type != period.Programme {
			continue
		}
		for _, t := range []period.Type{period.Year, period.Half, period.Tertial, period.Quarter, period.Month} {
			parts := p.Parts(t)
			idx := make([]int, 0, len(parts))
			for _, q := range parts {
				if qi, ok := e.pidx[q]; ok {
					idx = append(idx, qi)
				}
			}
			if len(parts) > 0 && len(idx) == len(parts) {
				e.parts[pi] = append(e.parts[pi], idx)
			}
		}
	}
}

// periodsOn returns the indexes of the requested periods containing d.
func (e *engine) periodsOn(d period.Date) []int {
	i := int(d - e.day0)
	if i < 0 || i >= len(e.days) {
		return nil
	}
	return e.days[i]
}

func dateTime(d period.Date) time.Time { return source.DateTime(d) }
