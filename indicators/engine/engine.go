package engine

import (
	"sort"
	"strings"
	"time"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/formula"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/source"
	"boso/templates/msg"
)

// Problem codes of computation.
const (
	CodePlan     = "BOSO-E001"
	CodeEntered  = "BOSO-E002"
	CodeRenumber = "BOSO-E003"
	CodeEpisode  = "BOSO-E004"
	CodeRule     = "BOSO-W001"
	CodeFilter   = "BOSO-W002"
	CodeIdentity = "BOSO-W003"
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
}

// Result holds the figures of one computation, sorted by kommune,
// indicator (definition order), period and group.
type Result struct {
	Figures    []Figure
	Kommuner   []string
	Periods    []period.Period
	Indicators []*definition.Indicator
}

type cellKey struct {
	k string
	p int32
	i int32
	g string
}

type acc struct {
	n        int64
	sum      num.Dec
	keys     map[string]struct{}
	overflow bool
}

type enteredKey struct {
	k, p, ind string
}

type enteredVal struct {
	v       num.Dec
	pos     diag.Pos
	provis  bool
	blank   bool
	touched bool
}

type engine struct {
	in       *Input
	l        *diag.List
	inds     []*definition.Indicator
	indIdx   map[string]int
	periods  []period.Period
	pidx     map[period.Period]int
	progs    []int // indexes of programme periods
	fixed    map[string]bool
	found    map[string]bool
	cells    map[cellKey]*acc
	groups   map[int]map[string]bool // indicator index → groups seen
	binds    map[string][]*binding   // register → bindings
	maps     map[string][]*source.Mapping
	entered  map[enteredKey]*enteredVal
	pop      map[popKey]popVal
	bad      map[[2]string]int // (kommune, indicator) → rows excluded for unreadable tolerant values
	sumNotes map[string][]string
	runner   formula.Runner
	trace    *tracer
}

// Compute computes every selected indicator (and what it depends on) for
// every kommune and period. Problems go into l; when l holds errors after
// Compute, the figures must not be written.
func Compute(in *Input, l *diag.List) *Result {
	e := newEngine(in, l)
	e.plan()
	for _, m := range in.Mappings {
		e.scan(m)
	}
	return e.finish()
}

func newEngine(in *Input, l *diag.List) *engine {
	e := &engine{
		in: in, l: l,
		indIdx: map[string]int{}, pidx: map[period.Period]int{},
		found: map[string]bool{}, cells: map[cellKey]*acc{}, groups: map[int]map[string]bool{},
		binds: map[string][]*binding{}, maps: map[string][]*source.Mapping{},
		entered: map[enteredKey]*enteredVal{}, pop: map[popKey]popVal{},
		bad: map[[2]string]int{}, sumNotes: map[string][]string{},
	}
	e.periods = append([]period.Period(nil), in.Periods...)
	sort.Slice(e.periods, func(i, j int) bool { return period.Less(e.periods[i], e.periods[j]) })
	for i, p := range e.periods {
		e.pidx[p] = i
		if p.Type == period.Programme {
			e.progs = append(e.progs, i)
		}
	}
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
	if to, ok := e.in.Renumber[k]; ok {
		if len(to) != 1 {
			e.l.Add(CodeRenumber, pos, msg.PlanRenumberSplit.F(k, strings.Join(to, ", ")))
			return "", false
		}
		k = to[0]
	}
	if e.fixed != nil && !e.fixed[k] {
		return k, false
	}
	e.found[k] = true
	return k, true
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

func (e *engine) cell(k string, p, i int, g string) *acc {
	key := cellKey{k, int32(p), int32(i), g}
	a := e.cells[key]
	if a == nil {
		a = &acc{}
		e.cells[key] = a
	}
	return a
}

// periodsOn appends to buf the indexes of the requested periods containing d.
func (e *engine) periodsOn(d period.Date, buf []int) []int {
	y, m, _ := d.YMD()
	for _, p := range [...]period.Period{
		{Type: period.Year, Year: y},
		{Type: period.Half, Year: y, N: (m + 5) / 6},
		{Type: period.Tertial, Year: y, N: (m + 3) / 4},
		{Type: period.Quarter, Year: y, N: (m + 2) / 3},
		{Type: period.Month, Year: y, N: m},
	} {
		if i, ok := e.pidx[p]; ok {
			buf = append(buf, i)
		}
	}
	for _, i := range e.progs {
		if e.periods[i].Contains(d) {
			buf = append(buf, i)
		}
	}
	return buf
}

func dateTime(d period.Date) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }
