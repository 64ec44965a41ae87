package build

import (
	"math"
	"strconv"
	"strings"

	"boso/indicators/period"
	"boso/reports/model"
	"boso/templates/msg"
)

// plan is the publication history of one report: the documents of the
// schedule, what each shows, and what each hides.
type plan struct {
	in        *Input
	u         *universe
	docs      []docFacts
	decisions []decision
	// earlier is what each earlier document showed and hid, from its
	// record where there is one, else as it is made again
	earlier []map[factKey]*shownState
}

// planFor replays the programme's publications up to the report: each
// earlier document from its record if the input has one (what it really
// showed), else as it would be made today; an earlier publication of the
// report's own period counts as an earlier document too.
func planFor(in *Input, fx *facts, figs figureIndex) (*plan, error) {
	pl := &plan{in: in, u: newUniverse(fx, figs, in.Program.Period, in.Period.Year)}
	records := map[period.Period]Publication{}
	for _, pub := range in.Published {
		if q, err := period.Parse(pub.Period); err == nil && pub.Kommune == in.Kommune {
			records[q] = pub
		}
	}
	periods := schedule(in.Program.Period, in.Period)
	if _, ok := records[in.Period]; ok {
		periods = append(periods[:len(periods)-1], in.Period, in.Period)
	}
	for i, q := range periods {
		if rec, ok := records[q]; ok && i < len(periods)-1 {
			pl.docs = append(pl.docs, docFactsOfRecord(fx, pl.u, q, rec))
			continue
		}
		doc := *in
		doc.Period = q
		b := newBuilder(&doc, fx, figs)
		b.indicatorSections()
		pl.docs = append(pl.docs, docFactsOf(fx, pl.u, q, b.seen, i < len(periods)-1))
	}
	pl.u.close()
	if err := negative(in, pl.u); err != nil {
		return nil, err
	}
	decs, err := replay(pl.u, pl.docs, disclosureRules{threshold: in.threshold()})
	if err != nil {
		return nil, err
	}
	pl.decisions = decs
	// the earlier documents as they were published, for the audit
	for i, d := range pl.docs[:len(pl.docs)-1] {
		if d.published != nil {
			pl.earlier = append(pl.earlier, records[d.period].states())
			continue
		}
		doc := *in
		doc.Period = d.period
		b := newBuilder(&doc, fx, figs)
		b.dis, b.u = &pl.decisions[i], pl.u
		r := &model.Report{}
		r.Sections = b.indicatorSections()
		states := map[factKey]*shownState{}
		readModel(fx, r, states)
		for k := range states {
			if k.p.Last() > d.period.Last() {
				delete(states, k) // as docFactsOf: not shown before it existed
			}
		}
		pl.earlier = append(pl.earlier, states)
	}
	return pl, nil
}

// docFactsOfRecord is what an earlier document showed, from its record.
func docFactsOfRecord(fx *facts, u *universe, q period.Period, rec Publication) docFacts {
	d := docFacts{period: q, shown: map[factKey]bool{}, direct: map[factKey]bool{}, published: map[factKey]bool{}}
	states := rec.states()
	for _, k := range sortedFacts(states) {
		st := states[k]
		d.shown[k], d.direct[k] = true, true
		if st.hidden && !st.visible {
			d.published[k] = true
		}
		u.add(k)
	}
	return d
}

// docFactsOf turns the facts a document's cells rest on into the base facts
// it shows.
// For an earlier document, a figure of a period not over when it came out
// (a baseline a programme set later) is left out: no document showed what
// did not exist yet.
func docFactsOf(fx *facts, u *universe, q period.Period, seen map[factKey]bool, earlier bool) docFacts {
	d := docFacts{period: q, shown: map[factKey]bool{}, direct: map[factKey]bool{}}
	for _, k := range sortedFacts(seen) {
		if earlier && k.p.Last() > q.Last() {
			continue
		}
		for _, bk := range fx.expand(k) {
			d.shown[bk] = true
			if bk == k {
				d.direct[bk] = true
			}
			u.add(bk)
		}
	}
	return d
}

// NegativeError says that a count or an amount the report would show or
// hide is below zero (a typed-in figure no check caught): no choice of
// hidden figures can be made for it, and nothing may be written.
type NegativeError struct {
	Kommune string
	Figure  string // the indicator, period and group in words
	Value   float64
}

func (e *NegativeError) Error() string {
	return msg.RepNegative.F(e.Figure, e.Kommune, strings.Replace(strconv.FormatFloat(e.Value, 'f', -1, 64), "-", "−", 1))
}

// negative returns a *NegativeError for the first cell of the disclosure
// problem below zero (or not a number), in the cells' fixed order.
func negative(in *Input, u *universe) error {
	for _, k := range u.keys {
		if v := u.val(k); v < 0 || math.IsNaN(v) {
			return &NegativeError{Kommune: in.Kommune, Figure: factLabel(in.Set, k), Value: v}
		}
	}
	return nil
}
