package engine

import (
	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/pii"
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
	// WhereOut counts, per mapping, the rows its where gives to another
	// register: not listed, they are not this register's.
	WhereOut []WhereOut
}

// WhereOut is the number of rows a mapping's where held out.
type WhereOut struct {
	Mapping string
	N       int
}

// TraceRow is one input row's part in a figure: counted, or left out and
// why. Code tells which other fields are set.
type TraceRow struct {
	Pos    diag.Pos
	Code   RowCode
	Key    string      // the household or case key, masked if it may identify a person
	Field  string      // Duplicate: the key field; NoDate, NoValue: the empty field
	Date   period.Date // Outside, OutsideExport: the row's date; TooShort: the day it was measured to
	Span   Span        // NotActive: the days the figure counts on
	First  diag.Pos    // Duplicate: the row that counted the key
	N      int         // TooShort: the episode's length, in nights or days
	Min    int         // TooShort: the length it must exceed
	Days   bool        // TooShort: N and Min count days, both ends included, not nights
	Amount num.Dec     // Counted, when Sum: the row's amount
	Sum    bool        // Counted: the figure sums an amount
	Detail string      // BadValue: the reader's problem, with its position; FilterError: the filter's error
}

// Counted reports whether the row counts in the figure.
func (r *TraceRow) Counted() bool { return r.Code == RowCounted }

// RowCode says what became of one input row. The set is closed.
type RowCode string

// The row codes.
const (
	RowCounted       RowCode = "TELT"
	RowDuplicate     RowCode = "ALLEREDE_TELT"
	RowOutside       RowCode = "UTENFOR_PERIODEN"
	RowOutsideExport RowCode = "UTENFOR_EKSPORTEN"
	RowFilterFalse   RowCode = "FILTER_USANT"
	RowFilterError   RowCode = "FILTER_FEIL"
	RowNoDate        RowCode = "INGEN_DATO"
	RowNoValue       RowCode = "INGEN_VERDI"
	RowBadValue      RowCode = "ULESELIG"
	RowTooShort      RowCode = "FOR_KORT"
	RowNotActive     RowCode = "IKKE_AKTIV"
	RowFailed        RowCode = "FEIL" // the row has an error of its own, reported with the problems
)

type tracer struct {
	e        *engine
	ind      string
	k        string
	p        period.Period
	rows     []TraceRow
	first    map[string]diag.Pos
	other    int
	sumRows  []diag.Pos
	whereOut []WhereOut
	mask     bool
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
	ex.Rows, ex.OtherRows, ex.SumRows, ex.WhereOut = e.trace.rows, e.trace.other, e.trace.sumRows, e.trace.whereOut
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

// add records row r at pos; key is masked when it may identify a person:
// the field is marked sensitive, or the key holds what may be a
// fødselsnummer or D-nummer, however grouped, or one that lost its
// leading zero in a spreadsheet.
func (t *tracer) add(pos diag.Pos, r TraceRow, key string) {
	switch {
	case key == "":
	case len(pii.Find(key)) > 0 || pii.LostZero(key):
		key = msg.KeyMaskedID.F()
	case t.mask:
		key = msg.KeyMasked.F()
	}
	r.Detail = pii.RedactWith(r.Detail, msg.MaskDigits)
	r.Pos, r.Key = pos, key
	t.rows = append(t.rows, r)
}

// counted records a row that counts, unless its key was counted already.
func (t *tracer) counted(b *binding, pos diag.Pos, key string, r TraceRow) {
	if key != "" {
		if first, dup := t.first[key]; dup {
			t.add(pos, TraceRow{Code: RowDuplicate, Field: b.ind.Key, First: first}, key)
			return
		}
		t.first[key] = pos
	}
	t.add(pos, r, key)
}

func (t *tracer) flow(b *binding, rec *source.Record, d period.Date, key string, amount num.Dec, _ []period.Period) {
	if !t.p.Contains(d) {
		t.add(rec.Pos, TraceRow{Code: RowOutside, Date: d}, key)
		return
	}
	t.counted(b, rec.Pos, key, TraceRow{Code: RowCounted, Amount: amount, Sum: b.ind.Measure == definition.Sum})
}

func (t *tracer) stock(b *binding, rec *source.Record, from period.Date, to *period.Date, key string, _ []period.Period) {
	cov := t.cov()
	if active(b.ind, from, to, t.p, cov) {
		t.counted(b, rec.Pos, key, TraceRow{Code: RowCounted})
		return
	}
	if b.ind.MinDuration != nil {
		plain := *b.ind
		plain.MinDuration = nil
		if active(&plain, from, to, t.p, cov) {
			end := min(t.p.Last(), cov.To)
			if to != nil && *to < end {
				end = *to
			}
			r := TraceRow{Code: RowTooShort, N: int(end - from), Date: end, Min: b.ind.MinDuration.MoreThanDays}
			if b.ind.MinDuration.Counting == definition.DaysInclusive {
				r.N, r.Days = r.N+1, true
			}
			t.add(rec.Pos, r, key)
			return
		}
	}
	when := Span{t.p.Last(), t.p.Last()}
	switch b.ind.StockOn {
	case definition.FirstDay:
		when = Span{t.p.First(), t.p.First()}
	case definition.During:
		when = Span{t.p.First(), t.p.Last()}
	}
	t.add(rec.Pos, TraceRow{Code: RowNotActive, Span: when}, key)
}

// cov is the coverage of the export being read.
func (t *tracer) cov() Span { return t.e.cov }
