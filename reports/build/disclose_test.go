package build

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/reports/model"
	"boso/reports/suppress"
)

// A small world of figures typed in directly, to test what published
// reports hide without registers: evictions by målgruppe (a flow),
// homeless households by målgruppe (a stock on the last day), startlån
// granted and refused, the decisions as their sum, the amount granted and
// the share granted.
const worldDefs = `
indicators:
  - {id: utk, name: Utkastelser, definition: d, source: s, unit: antall, kind: flow, register: r, date: dato, measure: count, breakdown: [malgruppe]}
  - {id: bl, name: Bostedsløse, definition: d, source: s, unit: antall, kind: stock, register: r, from: fra, to: til, key: hh, stock_on: last_day, breakdown: [malgruppe]}
  - {id: innv, name: Innvilgede, definition: d, source: s, unit: antall, kind: flow, register: sl, date: vedtatt, measure: count, filter: 'vedtak == "innvilget"'}
  - {id: avslag, name: Avslag, definition: d, source: s, unit: antall, kind: flow, register: sl, date: vedtatt, measure: count, filter: 'vedtak == "avslag"'}
  - {id: vedtak, name: Vedtak, definition: d, source: s, unit: antall, kind: derived, formula: innv + avslag, report: false}
  - {id: belop, name: Beløp, definition: d, source: s, unit: NOK, kind: flow, register: sl, date: vedtatt, measure: sum, amount: belop, filter: 'vedtak == "innvilget"'}
  - {id: andel, name: Andel innvilget, definition: d, source: s, unit: prosent, kind: ratio, numerator: innv, denominator: vedtak, factor: 100}
breakdowns:
  - field: malgruppe
    name: Målgruppe
    values: [{code: a, name: A}, {code: b, name: B}, {code: c, name: C}]
`

var worldGroups = []string{"malgruppe=a", "malgruppe=b", "malgruppe=c"}

type world struct {
	t    *testing.T
	set  *definition.Set
	prog *program.Program
	figs map[factKey]*engine.Figure
}

func newWorld(t *testing.T) *world {
	var l diag.List
	set := definition.Load([]definition.Source{{Name: "w.yaml", Data: []byte(worldDefs)}}, &l)
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	prog := &program.Program{Name: "Lite program", Period: period.Period{Type: period.Programme, Year: 2022, N: 2025},
		Kommuner: []program.Kommune{{Number: "9999", Name: "Lillevik"}}}
	return &world{t: t, set: set, prog: prog, figs: map[factKey]*engine.Figure{}}
}

func (w *world) put(ind string, p period.Period, group string, v int64, rows int64) {
	w.figs[factKey{ind, p, group}] = &engine.Figure{Kommune: "9999", Period: p, Indicator: ind, Group: group, Value: num.MustInt(v), Has: true, Rows: rows}
}

func halves(y int) (period.Period, period.Period, period.Period) {
	return period.Period{Type: period.Half, Year: y, N: 1}, period.Period{Type: period.Half, Year: y, N: 2}, period.Period{Type: period.Year, Year: y}
}

// flow puts a flow's half-years (per group) and the sums.
func (w *world) flow(ind string, y int, h1, h2 []int64) {
	p1, p2, py := halves(y)
	var t1, t2 int64
	for i, g := range worldGroups {
		if i < len(h1) {
			w.put(ind, p1, g, h1[i], 0)
			w.put(ind, p2, g, h2[i], 0)
			w.put(ind, py, g, h1[i]+h2[i], 0)
		}
		if i < len(h1) {
			t1, t2 = t1+h1[i], t2+h2[i]
		}
	}
	w.put(ind, p1, "", t1, 0)
	w.put(ind, p2, "", t2, 0)
	w.put(ind, py, "", t1+t2, 0)
}

// stock puts a last-day stock: the year is the second half-year.
func (w *world) stock(ind string, y int, h1, h2 []int64) {
	p1, p2, py := halves(y)
	var t1, t2 int64
	for i, g := range worldGroups {
		w.put(ind, p1, g, h1[i], 0)
		w.put(ind, p2, g, h2[i], 0)
		w.put(ind, py, g, h2[i], 0)
		t1, t2 = t1+h1[i], t2+h2[i]
	}
	w.put(ind, p1, "", t1, 0)
	w.put(ind, p2, "", t2, 0)
	w.put(ind, py, "", t2, 0)
}

// loans puts startlån: granted, refused, decisions, the amount (with the
// loans it rests on) and the share.
func (w *world) loans(y int, innv1, innv2, avsl1, avsl2, kr int64) {
	p1, p2, py := halves(y)
	for _, c := range []struct {
		p    period.Period
		i, a int64
	}{{p1, innv1, avsl1}, {p2, innv2, avsl2}, {py, innv1 + innv2, avsl1 + avsl2}} {
		w.put("innv", c.p, "", c.i, 0)
		w.put("avslag", c.p, "", c.a, 0)
		w.put("vedtak", c.p, "", c.i+c.a, 0)
		w.put("belop", c.p, "", c.i*kr, c.i)
		if c.i+c.a > 0 {
			v, _ := engine.Ratio(num.MustInt(c.i), num.MustInt(c.i+c.a), 100)
			w.figs[factKey{"andel", c.p, ""}] = &engine.Figure{Kommune: "9999", Period: c.p, Indicator: "andel", Value: v, Has: true}
		} else {
			w.figs[factKey{"andel", c.p, ""}] = &engine.Figure{Kommune: "9999", Period: c.p, Indicator: "andel", Mark: engine.NotComputable}
		}
	}
}

func (w *world) input(p period.Period) *Input {
	var figs []engine.Figure
	for _, k := range sortedFacts(w.figs) {
		figs = append(figs, *w.figs[k])
	}
	return &Input{Program: w.prog, Set: w.set, Figures: figs, Kommune: "9999", Period: p, ReportDate: p.Last() + 40}
}

// documents builds every report a reader has by the time p is published.
func (w *world) documents(p period.Period) []*model.Report {
	w.t.Helper()
	var out []*model.Report
	for _, q := range schedule(w.prog.Period, p) {
		r, err := Build(w.input(q))
		if err != nil {
			w.t.Fatalf("report %s: %v", q, err)
		}
		out = append(out, r)
	}
	return out
}

// attack is a reader's attack on a set of documents, written apart from
// the builder's own relations: it reads what the models show and uses
// what the definitions say.
func (w *world) attack(docs []*model.Report) []string {
	w.t.Helper()
	var keys []factKey
	idx := map[factKey]int{}
	cell := func(k factKey) int {
		if _, ok := w.figs[k]; !ok || !w.figs[k].Has {
			return -1
		}
		if i, ok := idx[k]; ok {
			return i
		}
		idx[k] = len(keys)
		keys = append(keys, k)
		return idx[k]
	}
	shown, hidden := map[factKey]bool{}, map[factKey]bool{}
	mark := func(facts []string, visible, colon bool) {
		for _, s := range facts {
			k, _ := parseFactKey(s)
			base := []factKey{k}
			switch k.ind {
			case "andel": // a share gives back what it is a share of
				base = []factKey{{"innv", k.p, ""}, {"vedtak", k.p, ""}}
			}
			for _, b := range base {
				if visible {
					shown[b] = true
				} else if colon && b == k {
					hidden[b] = true // a hidden share says only that something under it is hidden
				}
			}
		}
	}
	for _, r := range docs {
		for _, tab := range tables(r) {
			for _, row := range tab.Rows {
				for _, c := range row.Cells {
					mark(c.Facts, c.IsNum, c.Mark == ":")
				}
			}
		}
		for _, s := range r.Sections {
			for _, bl := range s.Blocks {
				if bl.Chart != nil {
					for _, se := range bl.Chart.Series {
						for _, p := range se.Values {
							mark(p.Facts, p.Has, p.Label == ":")
						}
					}
				}
			}
		}
	}
	var rels []suppress.Linear
	rel := func(whole factKey, parts ...factKey) {
		l := suppress.Linear{}
		for i, k := range append([]factKey{whole}, parts...) {
			c := cell(k)
			if c < 0 {
				return
			}
			coef := -1.0
			if i == 0 {
				coef = 1
			}
			l.Terms = append(l.Terms, suppress.Term{Cell: c, Coef: coef})
		}
		rels = append(rels, l)
	}
	for y := 2022; y <= 2025; y++ {
		p1, p2, py := halves(y)
		for _, g := range append([]string{""}, worldGroups...) {
			rel(factKey{"utk", py, g}, factKey{"utk", p1, g}, factKey{"utk", p2, g})
			rel(factKey{"bl", py, g}, factKey{"bl", p2, g})
		}
		for _, ind := range []string{"innv", "avslag", "vedtak", "belop"} {
			rel(factKey{ind, py, ""}, factKey{ind, p1, ""}, factKey{ind, p2, ""})
		}
		for _, p := range []period.Period{p1, p2, py} {
			rel(factKey{"vedtak", p, ""}, factKey{"innv", p, ""}, factKey{"avslag", p, ""})
			var parts []factKey
			for _, g := range worldGroups {
				parts = append(parts, factKey{"utk", p, g})
			}
			rel(factKey{"utk", p, ""}, parts...)
			parts = parts[:0]
			for _, g := range worldGroups {
				parts = append(parts, factKey{"bl", p, g})
			}
			rel(factKey{"bl", p, ""}, parts...)
		}
	}
	for k := range shown {
		cell(k)
	}
	for k := range hidden {
		cell(k)
	}
	p := &suppress.Problem{Relations: rels, Cells: make([]suppress.Cell, len(keys))}
	mask := make([]bool, len(keys))
	for i, k := range keys {
		f := w.figs[k]
		c := suppress.Cell{Value: f.Value.Float()}
		switch {
		case k.ind == "belop" && f.Rows >= 1 && f.Rows <= 4:
			c.Protect = &suppress.Range{Lo: c.Value / 2, Hi: c.Value * 1.5}
		case k.ind != "belop" && k.ind != "andel" && f.Value >= num.MustInt(1) && f.Value <= num.MustInt(4):
			c.Protect = &suppress.Range{Lo: 1, Hi: 4}
		}
		if !shown[k] {
			if hidden[k] {
				mask[i] = true
			} else {
				c.Latent = true
			}
		}
		p.Cells[i] = c
	}
	disc, err := p.Audit(mask)
	if err != nil {
		w.t.Fatal(err)
	}
	var out []string
	for k := range shown {
		if hidden[k] {
			out = append(out, k.String()+" shown and hidden")
		}
	}
	for _, iv := range disc {
		out = append(out, keys[iv.Cell].String())
	}
	return out
}

// A 1. halvår published in August and the year published in January give
// the 2. halvår, which neither shows: the annual report hides the year.
func TestSecondHalfBetweenPublications(t *testing.T) {
	w := newWorld(t)
	for y := 2022; y <= 2025; y++ {
		w.flow("utk", y, []int64{3, 2, 2}, []int64{9, 8, 0}) // H1 7, H2 17
		w.stock("bl", y, []int64{10, 10, 10}, []int64{10, 10, 10})
		w.loans(y, 20, 20, 10, 10, 1000000)
	}
	// 2024: H1 7, H2 4, year 11
	w.flow("utk", 2024, []int64{3, 2, 2}, []int64{2, 1, 1})
	docs := w.documents(period.MustParse("2025H1"))
	if leaks := w.attack(docs); len(leaks) > 0 {
		t.Fatalf("a reader of all reports learns %v", leaks)
	}
	h1, y := false, false
	for _, r := range docs {
		for _, tab := range tables(r) {
			for _, row := range tab.Rows {
				for _, c := range row.Cells {
					for _, f := range c.Facts {
						h1 = h1 || (f == "utk|2024H1|" && c.IsNum)
						y = y || (f == "utk|2024|" && c.IsNum)
					}
				}
			}
		}
	}
	if h1 && y {
		t.Fatal("1. halvår 2024 and 2024 are both published")
	}
	if !h1 {
		t.Error("1. halvår 2024 (7) is hidden: the year (the annual report) should give way, it comes later")
	}
}

// One målgruppe holds every household: the others are 0, so the group and
// the total are the same figure. Small, both are hidden; not small, both
// are shown.
func TestOneNonZeroBreakdownPart(t *testing.T) {
	for _, tc := range []struct {
		name   string
		c      int64
		hidden bool
	}{{"small", 3, true}, {"large", 6, false}} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			for y := 2022; y <= 2025; y++ {
				w.flow("utk", y, []int64{0, 0, 10}, []int64{0, 0, 10})
				w.stock("bl", y, []int64{0, 0, tc.c}, []int64{0, 0, tc.c})
				w.loans(y, 20, 20, 10, 10, 1000000)
			}
			docs := w.documents(period.MustParse("2025"))
			if leaks := w.attack(docs); len(leaks) > 0 {
				t.Fatalf("a reader learns %v", leaks)
			}
			r := docs[len(docs)-1]
			for _, tab := range tables(r) {
				if !strings.HasPrefix(tab.ID, "fordeling-bl") {
					continue
				}
				for _, row := range tab.Rows {
					for _, c := range row.Cells[1:] {
						if tc.hidden == c.IsNum && c.Text != "0" {
							t.Errorf("%s %s: %q", tab.ID, row.Cells[0].Text, c.Text)
						}
					}
				}
				return
			}
			t.Fatal("no table of Bostedsløse by målgruppe")
		})
	}
}

// Random small worlds, many zeros: every report builds, passes its own
// audit, and a reader of all of them together learns no small count.
func TestRandomWorldsLeakNothing(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	small := func() int64 {
		switch rng.Intn(4) {
		case 0:
			return 0
		case 1:
			return int64(1 + rng.Intn(4))
		}
		return int64(rng.Intn(15))
	}
	vec := func() []int64 { return []int64{small(), small(), small()} }
	for i := 0; i < 12; i++ {
		w := newWorld(t)
		for y := 2022; y <= 2025; y++ {
			w.flow("utk", y, vec(), vec())
			w.stock("bl", y, vec(), vec())
			w.loans(y, small(), small(), small(), small(), int64(500000+rng.Intn(2000000)))
		}
		for _, p := range []string{"2025H1", "2025"} {
			if leaks := w.attack(w.documents(period.MustParse(p))); len(leaks) > 0 {
				t.Fatalf("world %d, %s: a reader learns %v", i, p, leaks)
			}
		}
	}
}

// The audit reads the finished model: a report that shows what the plan
// hid is refused, naming the cell.
func TestAuditRefusesALeak(t *testing.T) {
	w := newWorld(t)
	for y := 2022; y <= 2025; y++ {
		w.flow("utk", y, []int64{5, 5, 5}, []int64{5, 5, 5})
		w.stock("bl", y, []int64{10, 10, 10}, []int64{10, 10, 10})
		w.loans(y, 20, 20, 10, 10, 1000000)
	}
	w.flow("utk", 2025, []int64{5, 5, 2}, []int64{5, 5, 5}) // group c is 2 in 1. halvår 2025
	in := w.input(period.MustParse("2025H1"))
	fx := newFacts(in.Set)
	figs := indexFigures(in.Figures, in.Kommune)
	pl, err := planFor(in, fx, figs)
	if err != nil {
		t.Fatal(err)
	}
	dec := pl.decisions[len(pl.decisions)-1]
	if !dec.hidden[factKey{"utk", period.MustParse("2025H1"), "malgruppe=c"}] {
		t.Fatal("the small group is not hidden")
	}
	// the broken plan: everything hidden is shown
	b := newBuilder(in, fx, figs)
	b.dis, b.u = &decision{hidden: map[factKey]bool{}}, pl.u
	err = pl.audit(b.report())
	if !IsLeak(err) || !strings.Contains(err.Error(), "Tabell 5.") || !strings.Contains(err.Error(), "«C»") {
		t.Fatalf("audit of a leaking report: %v", err)
	}
	// the plan as made passes
	b = newBuilder(in, fx, figs)
	b.dis, b.u = &dec, pl.u
	if err := pl.audit(b.report()); err != nil {
		t.Fatalf("audit of the planned report: %v", err)
	}
}

// The audit reads a figure as shown wherever its number is: in a number
// cell, in a text such as a baseline «54 (2016)» or a status; a hidden
// share says nothing of which figure under it is hidden.
func TestReadModel(t *testing.T) {
	w := newWorld(t)
	fx := newFacts(w.set)
	k := factKey{"utk", period.MustParse("2016"), ""}
	share := factKey{"andel", period.MustParse("2016"), ""}
	r := &model.Report{Sections: []model.Section{{Blocks: []model.Block{{Table: &model.Table{Caption: "T", Columns: make([]model.Column, 3),
		Rows: []model.Row{{Cells: []model.Cell{{Text: "x"}, {Text: "3 (2016)", Facts: []string{k.String()}}, {Text: ":", Mark: ":", Facts: []string{share.String()}}}}}}}}}}}
	states := map[factKey]*shownState{}
	readModel(fx, r, states)
	if st := states[k]; st == nil || !st.visible || st.hidden {
		t.Errorf("a baseline's text: %+v, want visible", st)
	}
	for _, base := range fx.expand(share) {
		if st := states[base]; st == nil || st.hidden || st.visible {
			t.Errorf("%s under a hidden share: %+v, want neither shown nor hidden", base, st)
		}
	}
}

// «i rute» against a hidden baseline would tell where the baseline lies
// (the line from it to the target passes below or above the figure): with
// the baseline hidden no line is drawn.
func TestStatusDoesNotLeakAHiddenBaseline(t *testing.T) {
	w := newWorld(t)
	for y := 2022; y <= 2025; y++ {
		w.flow("utk", y, []int64{3, 3, 3}, []int64{3, 3, 3})
		w.stock("bl", y, []int64{10, 10, 10}, []int64{10, 10, 10})
		w.loans(y, 20, 20, 10, 10, 1000000)
	}
	w.stock("bl", 2022, []int64{0, 1, 0}, []int64{0, 1, 0}) // 1 household at the start
	in := w.input(period.MustParse("2024"))
	in.Targets = []Target{{Indicator: "bl", Direction: definition.Higher, Baseline: &Value{Period: period.MustParse("2022"), Num: num.MustInt(1)},
		Values: map[period.Period]num.Dec{period.MustParse("2025"): num.MustInt(40)}}}
	r, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, tab := range tables(r) {
		if tab.ID != "maloppnaelse" {
			continue
		}
		for _, row := range tab.Rows {
			if row.Cells[0].Text != "Bostedsløse" {
				continue
			}
			if row.Cells[1].Text != ": (2022)" {
				t.Fatalf("baseline %q, want it hidden", row.Cells[1].Text)
			}
			if got := row.Cells[7].Text; got != "ikke nådd ennå" {
				t.Errorf("status %q against a hidden baseline", got)
			}
			return
		}
	}
	t.Fatal("no row for Bostedsløse")
}

// An earlier report decides from what it really showed, in its record,
// not from what it would show made again today. The 1. halvår 2024 report
// showed 1. halvår 2024 = 7 when no baseline was set; the 2025H1 report,
// whose programme has since set the baseline 2024 = 11 (2. halvår 2024 is
// then 4), must hide the baseline. Made again today the 1. halvår 2024
// report would itself show the baseline and hide the half-year instead,
// and the 2025H1 report, trusting that, would show both.
func TestRecordOfAnEarlierPublication(t *testing.T) {
	w := newWorld(t)
	for y := 2022; y <= 2025; y++ {
		w.flow("utk", y, []int64{3, 3, 3}, []int64{3, 3, 3})
		w.stock("bl", y, []int64{10, 10, 10}, []int64{10, 10, 10})
		w.loans(y, 20, 20, 10, 10, 1000000)
	}
	w.flow("utk", 2024, []int64{3, 2, 2}, []int64{2, 1, 1}) // H1 7, H2 4, year 11
	then := w.input(period.MustParse("2024H1"))
	r, err := Build(then)
	if err != nil {
		t.Fatal(err)
	}
	rec := PublicationOf(then, r)
	var buf strings.Builder
	if err := rec.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadPublication(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	shown := false
	for _, f := range back.Figures {
		shown = shown || (f.Indicator == "utk" && f.Period == "2024H1" && f.Group == "" && f.Shown)
	}
	if !shown {
		t.Fatal("the record does not say 1. halvår 2024 was shown")
	}
	now := w.input(period.MustParse("2025H1"))
	now.Targets = []Target{{Indicator: "utk", Direction: definition.Lower, Baseline: &Value{Period: period.MustParse("2024"), Num: num.MustInt(11)},
		Values: map[period.Period]num.Dec{period.MustParse("2025"): num.MustInt(8)}}}
	now.Published = []Publication{back}
	r2, err := Build(now)
	if err != nil {
		t.Fatal(err)
	}
	var baseline string
	for _, tab := range tables(r2) {
		if tab.ID == "maloppnaelse" {
			baseline = tab.Rows[0].Cells[1].Text
		}
	}
	if baseline != ": (2024)" {
		t.Errorf("baseline %q: with 1. halvår 2024 = 7 published, the year 2024 gives 2. halvår 2024 = 4", baseline)
	}
	// without the record, today's replay takes the half-year to have been hidden
	now.Published = nil
	r3, err := Build(now)
	if err != nil {
		t.Fatal(err)
	}
	for _, tab := range tables(r3) {
		if tab.ID == "maloppnaelse" && tab.Rows[0].Cells[1].Text == ": (2024)" {
			t.Log("(the replay hides the baseline too; the record is what makes it certain)")
		}
	}
}

// A record edited to say a small count was shown does not make the next
// report show it.
func TestRecordCannotPublishASmallCount(t *testing.T) {
	w := newWorld(t)
	for y := 2022; y <= 2025; y++ {
		w.flow("utk", y, []int64{5, 5, 2}, []int64{5, 5, 5})
		w.stock("bl", y, []int64{10, 10, 10}, []int64{10, 10, 10})
		w.loans(y, 20, 20, 10, 10, 1000000)
	}
	forged := Publication{Kommune: "9999", Period: "2024H1", Threshold: 4, Figures: []PublishedFact{
		{Indicator: "utk", Period: "2024H1", Group: "malgruppe=c", Shown: true}}}
	in := w.input(period.MustParse("2025H1"))
	in.Published = []Publication{forged}
	r, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, tab := range tables(r) {
		for _, row := range tab.Rows {
			for _, c := range row.Cells {
				for _, f := range c.Facts {
					if f == "utk|2024H1|malgruppe=c" && c.IsNum {
						t.Fatalf("%s shows the small count %s a forged record called shown", tab.ID, c.Text)
					}
				}
			}
		}
	}
}

// A baseline whose computed figure is hidden is hidden with it, and no
// note says whether the programme's own figure differs: a reader who
// knows the programme's baseline (from its plan) would otherwise learn
// the hidden count from whether the note is there.
func TestBaselineNoteDoesNotLeakAHiddenFigure(t *testing.T) {
	goal := func(typed int64) string {
		w := newWorld(t)
		for y := 2022; y <= 2025; y++ {
			w.flow("utk", y, []int64{3, 3, 3}, []int64{3, 3, 3})
			w.stock("bl", y, []int64{10, 10, 10}, []int64{10, 10, 10})
			w.loans(y, 20, 20, 10, 10, 1000000)
		}
		w.stock("bl", 2022, []int64{0, 3, 0}, []int64{0, 3, 0}) // 3 households: hidden
		in := w.input(period.MustParse("2024"))
		in.Targets = []Target{{Indicator: "bl", Direction: definition.Lower, Baseline: &Value{Period: period.MustParse("2022"), Num: num.MustInt(typed)},
			Values: map[period.Period]num.Dec{period.MustParse("2025"): num.MustInt(1)}}}
		r, err := Build(in)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, tab := range tables(r) {
			if tab.ID != "maloppnaelse" {
				continue
			}
			for _, row := range tab.Rows {
				for _, c := range row.Cells {
					b.WriteString(c.Text + "|")
				}
				b.WriteString("\n")
			}
			b.WriteString(strings.Join(tab.Notes, "\n"))
		}
		return b.String()
	}
	same, other := goal(3), goal(2)
	if !strings.Contains(same, ": (2022)") {
		t.Fatalf("the baseline is not hidden:\n%s", same)
	}
	if same != other {
		t.Errorf("the goal table tells a typed baseline equal to the hidden figure from another one:\n%s\n---\n%s", same, other)
	}
}

// The standard library's counts that are parts of others, as a reader
// reads them off the definitions, bound the hidden cells of the audit.
func TestSubsetsOfTheStandardLibrary(t *testing.T) {
	_, in, _ := example(t)
	got := map[string]bool{}
	for _, s := range newFacts(in.Set).subsets() {
		got[fmt.Sprintf("%s ⊆ %s %v", s.sub, s.sup, s.onDay)] = true
	}
	for _, want := range []string{
		"midlertidig_botilbud_over_3_mnd ⊆ midlertidig_botilbud false",
		"midlertidig_botilbud ⊆ midlertidig_botilbud_i_lopet_av true",
		"midlertidig_botilbud_over_3_mnd ⊆ midlertidig_botilbud_i_lopet_av true",
		"barnefamilier_uegnet_bolig ⊆ uegnet_bolig false",
		"startlan_med_etableringstilskudd ⊆ startlan_innvilget false",
	} {
		if !got[want] {
			t.Errorf("missing %s; have %v", want, got)
		}
	}
	for s := range got {
		if strings.Contains(s, "bostedslose ⊆") || strings.Contains(s, "⊆ bostedslose ") {
			t.Errorf("homeless households are no part of another count: %s", s)
		}
	}
}
