package engine

import (
	"regexp"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/source"
	"boso/templates/msg"
)

// Explanation is one figure with the input rows behind it.
type Explanation struct {
	Figure    Figure
	Indicator *definition.Indicator
	// Inputs are the figures a ratio or derived figure was computed from.
	Inputs []Figure
	// Rows are the kommune's rows of the indicator's register, in file order,
	// each counted or excluded with the reason.
	Rows      []TraceRow
	OtherRows int        // rows of other kommuner, not listed
	SumRows   []diag.Pos // Sum/Totalt rows skipped
}

// TraceRow is one input row's part in a figure.
type TraceRow struct {
	Pos     diag.Pos
	Counted bool
	Reason  string
	Key     string // the household or case key, masked if it may identify a person
}

type tracer struct {
	e       *engine
	ind     string
	k       string
	p       period.Period
	rows    []TraceRow
	first   map[string]diag.Pos
	other   int
	sumRows []diag.Pos
	mask    bool
}

// Explain computes one figure and re-reads the inputs to list the rows
// behind it. Problems go into l as for Compute.
func Explain(in *Input, id, kommune string, p period.Period, l *diag.List) (*Explanation, bool) {
	sel := *in
	sel.Select = []string{id}
	sel.Periods = appendIfMissing(in.Periods, p)
	res := Compute(&sel, l)
	ex := &Explanation{Indicator: in.Set.Get(id)}
	found := false
	for _, f := range res.Figures {
		if f.Kommune == kommune && f.Period == p && f.Group == "" {
			switch f.Indicator {
			case id:
				ex.Figure, found = f, true
			default:
				for _, d := range ex.Indicator.Dependencies() {
					if d == f.Indicator {
						ex.Inputs = append(ex.Inputs, f)
					}
				}
			}
		}
	}
	if !found {
		return ex, false
	}
	ind := ex.Indicator
	if ind.Kind != definition.Flow && ind.Kind != definition.Stock {
		return ex, true
	}
	var ignore diag.List
	e := newEngine(&sel, &ignore)
	e.trace = &tracer{e: e, ind: id, k: kommune, p: p, first: map[string]diag.Pos{}}
	e.plan()
	for _, m := range sel.Mappings {
		if m.Register != ind.Register {
			continue
		}
		if f := m.Fields[ind.Key]; f != nil && f.Sensitive {
			e.trace.mask = true
		}
		e.scan(m)
	}
	ex.Rows, ex.OtherRows, ex.SumRows = e.trace.rows, e.trace.other, e.trace.sumRows
	return ex, true
}

func appendIfMissing(ps []period.Period, p period.Period) []period.Period {
	for _, q := range ps {
		if q == p {
			return ps
		}
	}
	return append(append([]period.Period(nil), ps...), p)
}

func (t *tracer) only(binds []*binding) []*binding {
	for _, b := range binds {
		if b.ind.ID == t.ind {
			return []*binding{b}
		}
	}
	return nil
}

// fnr matches an 11-digit number: possibly a fødselsnummer, never printed.
var fnr = regexp.MustCompile(`^\d{11}$`)

func (t *tracer) add(pos diag.Pos, counted bool, reason, key string) {
	if key != "" && (t.mask || fnr.MatchString(key)) {
		key = msg.KeyMasked.F()
	}
	t.rows = append(t.rows, TraceRow{Pos: pos, Counted: counted, Reason: reason, Key: key})
}

// counted records a row that counts, unless its key was counted already.
func (t *tracer) counted(b *binding, pos diag.Pos, key, reason string) {
	if key != "" {
		if first, dup := t.first[key]; dup {
			t.add(pos, false, msg.ExcludedDuplicate.F(b.ind.Key, first), key)
			return
		}
		t.first[key] = pos
	}
	t.add(pos, true, reason, key)
}

func (t *tracer) flow(b *binding, rec *source.Record, d period.Date, key string, amount num.Dec, _ []period.Period) {
	if !t.p.Contains(d) {
		t.add(rec.Pos, false, msg.ExcludedOutside.F()+" ("+d.String()+")", key)
		return
	}
	reason := msg.CountedRow.F()
	if b.ind.Measure == definition.Sum {
		reason = msg.CountedSum.F(amount)
	}
	t.counted(b, rec.Pos, key, reason)
}

func (t *tracer) stock(b *binding, rec *source.Record, from period.Date, to *period.Date, key string, _ []period.Period) {
	cov := t.cov()
	if active(b.ind, from, to, t.p, cov) {
		t.counted(b, rec.Pos, key, msg.CountedRow.F())
		return
	}
	if b.ind.MinDuration != nil {
		plain := *b.ind
		plain.MinDuration = nil
		if active(&plain, from, to, t.p, cov) {
			end := min(t.p.Last(), cov.to)
			if to != nil && *to < end {
				end = *to
			}
			n := int(end - from)
			unit := msg.UnitNights.F()
			if b.ind.MinDuration.Counting == definition.DaysInclusive {
				n, unit = n+1, msg.UnitDays.F()
			}
			t.add(rec.Pos, false, msg.ExcludedTooShort.F(n, unit, end, b.ind.MinDuration.MoreThanDays), key)
			return
		}
	}
	when := t.p.Last().String()
	switch b.ind.StockOn {
	case definition.FirstDay:
		when = t.p.First().String()
	case definition.During:
		when = t.p.First().String() + "–" + t.p.Last().String()
	}
	t.add(rec.Pos, false, msg.ExcludedNotActive.F(when), key)
}

// cov is the coverage of the export being read.
func (t *tracer) cov() span { return t.e.cov }
