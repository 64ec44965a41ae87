package build

import (
	"strconv"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/reports/format"
	"boso/reports/model"
	"boso/reports/notes"
	"boso/templates/msg"
)

// reportIndicators are the indicators of section 5, in definition order.
func (b *builder) reportIndicators() []*definition.Indicator {
	var out []*definition.Indicator
	for _, ind := range b.in.Set.Indicators {
		if ind.InReport() && !ind.Invalid && b.figs[ind.ID] != nil {
			out = append(out, ind)
		}
	}
	return out
}

// chartPeriods are the periods along the x-axis: the programme's years up
// to the report's year (the last year is left out of a half-year report,
// which ends with its half-year).
func (b *builder) chartPeriods() []period.Period {
	var out []period.Period
	for _, y := range b.in.Program.Period.Parts(period.Year) {
		if y.Year < b.in.Period.Year || (y.Year == b.in.Period.Year && b.in.Period.Type == period.Year) {
			out = append(out, y)
		}
	}
	if b.in.Period.Type != period.Year {
		out = append(out, b.in.Period)
	}
	return out
}

func (b *builder) indicatorSections() []model.Section {
	b.section, b.tables, b.charts = "5", 0, 0
	inds := b.reportIndicators()
	s5 := model.Section{ID: "s5", Number: "5", Title: msg.RepS5.F(), Level: 1, Blocks: []model.Block{
		{Paragraph: &model.Paragraph{Text: msg.RepS5Intro.F(format.Period(b.in.Period))}},
	}}
	s51 := model.Section{ID: "s5-1", Number: "5.1", Title: msg.RepS51.F(), Level: 2, Blocks: []model.Block{{Table: b.summaryTable(inds)}}}
	s51.Blocks = append(s51.Blocks, model.Block{Note: &model.Note{Text: msg.RepStatusRule.F()}})
	out := []model.Section{s5, s51}

	// Charts by goal: the definitions' charts first, then a chart of its own
	// for every report indicator no chart shows. They are numbered in the
	// order they appear, goal by goal.
	type chartSpec struct {
		id, title, yAxis string
		kind             definition.ChartKind
		inds             []*definition.Indicator
	}
	shown := map[string]bool{}
	byGoal := map[string][]chartSpec{}
	var goalOrder []string
	addTo := func(goal string, c chartSpec) {
		if _, ok := byGoal[goal]; !ok {
			goalOrder = append(goalOrder, goal)
		}
		byGoal[goal] = append(byGoal[goal], c)
	}
	inReport := map[string]*definition.Indicator{}
	for _, ind := range inds {
		inReport[ind.ID] = ind
	}
	for _, c := range b.in.Set.Charts {
		var members []*definition.Indicator
		for _, id := range c.Indicators {
			if ind := inReport[id]; ind != nil {
				members = append(members, ind)
				shown[id] = true
			}
		}
		if len(members) > 0 {
			addTo(members[0].Goal, chartSpec{c.ID, c.Title, c.YAxis, c.Kind, members})
		}
	}
	for _, ind := range inds {
		if !shown[ind.ID] {
			kind := definition.LineChart
			if ind.Kind == definition.Flow {
				kind = definition.BarChart
			}
			addTo(ind.Goal, chartSpec{ind.ID, ind.Name, string(ind.Unit), kind, []*definition.Indicator{ind}})
		}
	}
	n := 2
	for _, g := range b.goalsInOrder(goalOrder) {
		title := msg.RepOtherGoal.F()
		for _, goal := range b.in.Set.Goals {
			if goal.ID == g {
				title = goal.Name
			}
		}
		var blocks []model.Block
		for _, c := range byGoal[g] {
			blocks = append(blocks, b.chartBlocks(c.id, c.title, c.kind, c.yAxis, c.inds)...)
		}
		out = append(out, model.Section{ID: anchor("s5-", g+"-"+itoa(n)), Number: "5." + itoa(n), Title: title, Level: 2, Blocks: blocks})
		n++
	}
	return out
}

// goalsInOrder orders goal ids as the definitions list the goals, others last.
func (b *builder) goalsInOrder(ids []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, g := range b.in.Set.Goals {
		for _, id := range ids {
			if id == g.ID && !seen[id] {
				out = append(out, id)
				seen[id] = true
			}
		}
	}
	for _, id := range ids {
		if !seen[id] {
			out = append(out, id)
			seen[id] = true
		}
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func (b *builder) marksNote() string {
	if b.in.Internal {
		return msg.RepMarksNote.F() + " " + msg.RepInternalRule.F()
	}
	return msg.RepMarksNote.F() + " " + msg.RepSuppressionRule.F(b.threshold)
}

// summaryTable is each indicator's baseline, comparison, current figure,
// change, target and status.
func (b *builder) summaryTable(inds []*definition.Indicator) *model.Table {
	now, before := b.in.Period, b.comparePeriod()
	t := &model.Table{ID: "maloppnaelse", Caption: msg.RepTableSummary.F(b.nextTable(), format.Period(now)),
		Columns: []model.Column{
			{Title: msg.RepColIndicator.F(), Kind: model.TextColumn, Width: 3.2},
			{Title: msg.RepColBaseline.F(), Kind: model.NumberColumn, Width: 1.3},
			{Title: format.Period(before), Kind: model.NumberColumn, Width: 1.1},
			{Title: format.Period(now), Kind: model.NumberColumn, Width: 1.1},
			{Title: msg.RepColChange.F(), Kind: model.NumberColumn, Width: 1},
			{Title: msg.RepColTarget.F(), Kind: model.NumberColumn, Width: 1.3},
			{Title: msg.RepColDeviation.F(), Kind: model.NumberColumn, Width: 1},
			{Title: msg.RepColStatus.F(), Kind: model.StatusColumn, Width: 1.2},
		}}
	var flagNotes []string
	for _, ind := range inds {
		cur, prev := b.figs.get(ind.ID, now), b.figs.get(ind.ID, before)
		curC, prevC := b.cell(ind, cur), b.cell(ind, prev)
		change := model.Cell{}
		if curC.IsNum && prevC.IsNum {
			change = signed(curC.Num-prevC.Num, decimals(ind))
		}
		base, target, targetOK, status := b.judge(ind, now, curC)
		dev := model.Cell{}
		if curC.IsNum && targetOK {
			dev = signed(curC.Num-target.Num, decimals(ind))
		}
		t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(ind.Name), base, prevC, curC, change, target, dev, status}})
		for _, f := range []*engine.Figure{prev, cur} {
			flagNotes = append(flagNotes, b.flagNotes(ind, f)...)
		}
	}
	t.Notes = append([]string{b.marksNote()}, flagNotes...)
	return t
}

// shownFlags are the quality flags a reader of the report is told about;
// coverage and Sum rows are shown by the marks and need no note.
var shownFlags = map[engine.FlagCode]bool{engine.FlagEntered: true, engine.FlagIdentity: true, engine.FlagJump: true, engine.FlagRule: true, engine.FlagTolerant: true}

// flagNotes returns a figure's quality flags as notes under a table.
func (b *builder) flagNotes(ind *definition.Indicator, f *engine.Figure) []string {
	if f == nil || b.hidden(ind, f) {
		return nil
	}
	var out []string
	for _, fl := range f.Flags {
		if shownFlags[fl.Code] {
			out = append(out, msg.RepFlagNote.F(ind.Name, format.Period(f.Period), notes.For(b.in.Set).Flag(fl, notes.WithFigures)))
		}
	}
	return out
}

// judge returns the baseline cell, the target cell (with the periods they
// belong to, as text), whether a target applies with a number, and the
// status of a figure against it.
func (b *builder) judge(ind *definition.Indicator, p period.Period, cur model.Cell) (base, target model.Cell, ok bool, status model.Cell) {
	none := model.Cell{Text: msg.RepStatusNone.F(), Status: model.NoTarget}
	t := b.targets[ind.ID]
	if t == nil {
		return model.Cell{}, model.Cell{}, false, none
	}
	dec := decimals(ind)
	var baseV *Value
	if t.Baseline != nil {
		baseV = t.Baseline
		shown := format.Number(format.Round(baseV.Num, dec), dec)
		// a baseline is an observed figure: small counts are hidden like the data
		if !b.in.Internal && ind.Unit == definition.Count && baseV.Num >= num.MustInt(1) && baseV.Num <= num.MustInt(b.threshold) {
			shown = string(engine.Suppressed)
		}
		base = textCell(msg.RepBaselineAt.F(shown, format.Period(baseV.Period)))
	}
	tp, found := targetFor(t, p)
	if !found {
		return base, model.Cell{}, false, none
	}
	tv := format.Round(t.Values[tp], dec)
	target = textCell(msg.RepBaselineAt.F(format.Number(tv, dec), format.Period(tp)))
	if !cur.IsNum || !comparable(ind, p, tp) {
		return base, target, false, none
	}
	better := func(a, b num.Dec) bool { // a at least as good as b
		if t.Direction == definition.Lower {
			return a <= b
		}
		return a >= b
	}
	switch {
	case better(cur.Num, tv):
		return base, target, true, model.Cell{Text: msg.RepStatusReached.F(), Status: model.OnTrack}
	case baseV != nil && baseV.Period.Last() < tp.Last():
		// the straight line from baseline to target, at the end of p
		total := float64(tp.Last() - baseV.Period.Last())
		done := float64(p.Last() - baseV.Period.Last())
		path, _ := num.FromFloat(baseV.Num.Float() + (tv.Float()-baseV.Num.Float())*done/total)
		if better(cur.Num, path) {
			return base, target, true, model.Cell{Text: msg.RepStatusOnTrack.F(), Status: model.OnTrack}
		}
	}
	return base, target, true, model.Cell{Text: msg.RepStatusOffTrack.F(), Status: model.OffTrack}
}

// targetFor picks the target a figure for p is judged against: one for p
// itself, else the first target of the same kind of period ending at or
// after p's end, else the first target of any kind ending at or after it.
func targetFor(t *Target, p period.Period) (period.Period, bool) {
	if _, ok := t.Values[p]; ok {
		return p, true
	}
	first := func(sameType bool) (period.Period, bool) {
		var best period.Period
		found := false
		for q := range t.Values {
			if q.Last() < p.Last() || (sameType && q.Type != p.Type) {
				continue
			}
			if !found || q.Last() < best.Last() || (q.Last() == best.Last() && period.Less(q, best)) {
				best, found = q, true
			}
		}
		return best, found
	}
	if q, ok := first(true); ok {
		return q, true
	}
	return first(false)
}

// comparable reports whether a figure for p can be held against a target
// for tp: the same kind of period, or a stock (counted on a day) or a rate
// (per cent, per 1000). Events counted in a half-year are not compared
// with a target for a whole year.
func comparable(ind *definition.Indicator, p, tp period.Period) bool {
	return p.Type == tp.Type || ind.Kind == definition.Stock || ind.Unit == definition.Percent || ind.Unit == definition.Per1000
}

// signed is a change or deviation: shown with "+" when positive.
func signed(v num.Dec, dec int) model.Cell {
	c := numberCell(v, dec)
	c.Signed = true
	if c.Num > 0 {
		c.Text = "+" + c.Text
	}
	return c
}

// chartBlocks makes a chart of some indicators over the chart periods and
// its data table.
func (b *builder) chartBlocks(id, title string, kind definition.ChartKind, yAxis string, inds []*definition.Indicator) []model.Block {
	periods := b.chartPeriods()
	figNo, tabNo := b.nextFigure(), b.nextTable()
	tableID := b.unique(anchor("tab-", id))
	ch := &model.Chart{ID: b.unique("fig_" + strings.ReplaceAll(anchor("", id), "-", "_")), Title: msg.RepFigure.F(figNo, title), YAxis: yAxis,
		TableID: tableID, Source: msg.RepSourceIndicators.F(), Kind: model.LineChart}
	if kind == definition.BarChart {
		ch.Kind = model.BarChart
	}
	ch.Unit = model.NumberColumn
	switch inds[0].Unit {
	case definition.NOK:
		ch.Unit = model.AmountColumn
	case definition.Percent:
		ch.Unit = model.PercentColumn
	}
	t := &model.Table{ID: tableID, Caption: msg.RepTableChart.F(tabNo, title),
		Columns: []model.Column{{Title: msg.RepColPeriod.F(), Kind: model.TextColumn, Width: 1.5}}}
	for _, p := range periods {
		ch.Categories = append(ch.Categories, format.Period(p))
		t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(format.Period(p))}})
	}
	var alt []string
	for _, ind := range inds {
		s := model.Series{Name: ind.Name}
		kind := model.NumberColumn
		if ind.Unit == definition.Percent {
			kind = model.PercentColumn
		}
		t.Columns = append(t.Columns, model.Column{Title: ind.Name, Kind: kind, Width: 1.5})
		for i, p := range periods {
			f := b.figs.get(ind.ID, p)
			s.Values = append(s.Values, b.point(ind, f))
			t.Rows[i].Cells = append(t.Rows[i].Cells, b.cell(ind, f))
		}
		ch.Series = append(ch.Series, s)
		alt = append(alt, altSeries(s, ch.Categories))
	}
	// one indicator with targets: the targets as a dashed series and a column
	if len(inds) == 1 {
		if tg := b.targets[inds[0].ID]; tg != nil && len(tg.Values) > 0 {
			s := model.Series{Name: msg.RepTargetSeries.F(), Target: true}
			t.Columns = append(t.Columns, model.Column{Title: msg.RepColTarget.F(), Kind: model.NumberColumn, Width: 1})
			dec := decimals(inds[0])
			for i, p := range periods {
				v, ok := tg.Values[p]
				if yp := (period.Period{Type: period.Year, Year: p.Year}); !ok && p.Type == period.Half {
					v, ok = tg.Values[yp]
					ok = ok && comparable(inds[0], p, yp)
				}
				if ok {
					c := numberCell(v, dec)
					s.Values = append(s.Values, model.Point{Num: c.Num, Has: true, Label: c.Text})
					t.Rows[i].Cells = append(t.Rows[i].Cells, c)
				} else {
					s.Values = append(s.Values, model.Point{})
					t.Rows[i].Cells = append(t.Rows[i].Cells, model.Cell{})
				}
			}
			ch.Series = append(ch.Series, s)
		}
	}
	ch.AltText = msg.RepChartAlt.F(title, strings.Join(alt, "; "))
	// the marks, briefly; the suppression rule stands under table 5.1 and in the appendix
	t.Notes = []string{msg.RepMarksNote.F()}
	return []model.Block{{Chart: ch}, {Table: t}}
}

// altSeries describes a series in words: its first and last shown values.
func altSeries(s model.Series, cats []string) string {
	first, last := -1, -1
	for i, p := range s.Values {
		if p.Has {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return msg.RepChartAltEmpty.F(s.Name)
	}
	return msg.RepChartAltSeries.F(s.Name, s.Values[first].Label, cats[first], s.Values[last].Label, cats[last])
}
