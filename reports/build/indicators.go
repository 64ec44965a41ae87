package build

import (
	"path/filepath"
	"slices"
	"sort"
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
		if ind.InReport() && !ind.Invalid && b.hasFigures(ind.ID) {
			out = append(out, ind)
		}
	}
	return out
}

func (b *builder) hasFigures(id string) bool {
	for _, p := range []period.Period{b.in.Period, b.comparePeriod()} {
		if b.figs[factKey{id, p, ""}] != nil {
			return true
		}
	}
	return false
}

// chartPeriods are the periods along the x-axis, like with like: every
// programme year up to the report's for an annual report; the same
// half-year of every programme year for a half-year report.
func (b *builder) chartPeriods() []period.Period {
	var out []period.Period
	for _, y := range b.in.Program.Period.Parts(period.Year) {
		if y.Year > b.in.Period.Year {
			break
		}
		switch b.in.Period.Type {
		case period.Year:
			out = append(out, y)
		default:
			out = append(out, period.Period{Type: b.in.Period.Type, Year: y.Year, N: b.in.Period.N})
		}
	}
	return out
}

// per1000Of returns the per-1000 companion of an indicator, or nil.
func (b *builder) per1000Of(ind *definition.Indicator) *definition.Indicator {
	for _, c := range b.in.Set.Indicators {
		if c.PerThousandOf == ind.ID && !c.Invalid {
			return c
		}
	}
	return nil
}

// unitLabel is the unit a row label carries for figures that are not
// counts: «(kr)», «(%)», «(per 1000 innbyggere)».
func unitLabel(ind *definition.Indicator) string {
	switch ind.Unit {
	case definition.NOK:
		return msg.RepUnitKr.F()
	case definition.Percent:
		return msg.RepUnitPercent.F()
	case definition.Per1000:
		return msg.RepUnitPer1000.F()
	}
	return ""
}

func labelOf(ind *definition.Indicator) string {
	if u := unitLabel(ind); u != "" {
		return ind.Name + " " + u
	}
	return ind.Name
}

func (b *builder) indicatorSections() []model.Section {
	b.section, b.tables, b.charts = "5", 0, 0
	inds := b.reportIndicators()
	s5 := model.Section{ID: "s5", Number: "5", Title: msg.RepS5.F(), Level: 1, Blocks: []model.Block{
		{Paragraph: &model.Paragraph{Text: b.intro5()}},
	}}
	summary := b.summaryTable(inds)
	s51 := model.Section{ID: "s5-1", Number: "5.1", Title: msg.RepS51.F(), Level: 2, Blocks: []model.Block{{Table: summary}}}
	if t := b.assessmentTable(inds, summary); t != nil {
		s51.Blocks = append(s51.Blocks, model.Block{Table: t})
	}
	s51.Blocks = append(s51.Blocks, model.Block{Note: &model.Note{Text: msg.RepStatusRule.F()}})
	out := []model.Section{s5, s51}
	n := 2
	if t := b.per1000Table(inds); t != nil {
		out = append(out, model.Section{ID: "s5-per1000", Number: "5." + itoa(n), Title: msg.RepS5Per1000.F(), Level: 2,
			Blocks: []model.Block{{Table: t}}})
		n++
	}
	if blocks := b.breakdownTables(inds); len(blocks) > 0 {
		_, field, _ := b.breakdownName(inds)
		out = append(out, model.Section{ID: "s5-fordeling", Number: "5." + itoa(n), Title: msg.RepS5Breakdown.F(strings.ToLower(field)), Level: 2, Blocks: blocks})
		n++
	}

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
			addTo(ind.Goal, chartSpec{ind.ID, ind.Name, yAxisOf(ind), kind, []*definition.Indicator{ind}})
		}
	}
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

// yAxisOf is the axis title of an indicator's own chart.
func yAxisOf(ind *definition.Indicator) string {
	switch ind.Unit {
	case definition.NOK:
		return msg.RepAxisKr.F()
	case definition.Percent:
		return msg.RepAxisPercent.F()
	case definition.Per1000:
		return msg.RepAxisPer1000.F()
	}
	return msg.RepAxisCount.F()
}

func (b *builder) intro5() string {
	if b.in.Period.Type == period.Year {
		return msg.RepS5IntroYear.F(format.Period(b.in.Period), format.Period(b.comparePeriod()))
	}
	intro := msg.RepS5IntroHalf.F(format.Period(b.in.Period), format.Period(b.comparePeriod()), b.in.Period.N)
	for _, t := range b.targets {
		yearly := t.Baseline != nil && t.Baseline.Period.Type == period.Year
		for q := range t.Values {
			yearly = yearly || q.Type == period.Year
		}
		if yearly {
			return intro + " " + msg.RepS5YearTargets.F()
		}
	}
	return intro
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
// change, target, deviation from the target and status.
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
	var cells []model.Cell
	var shownInds []*definition.Indicator
	for _, ind := range inds {
		curK, prevK := factKey{ind.ID, now, ""}, factKey{ind.ID, before, ""}
		curC, prevC := b.cell(ind, curK), b.cell(ind, prevK)
		change := model.Cell{}
		if curC.IsNum && prevC.IsNum {
			change = signed(curC.Num-prevC.Num, decimals(ind))
			change.Facts = []string{curK.String(), prevK.String()}
		}
		base := b.baselineCell(ind)
		target, tv, targetOK, status := b.judge(ind, now, curC, base)
		dev := model.Cell{}
		if curC.IsNum && targetOK {
			dev = signed(curC.Num-tv, decimals(ind))
			dev.Facts = []string{curK.String()}
		}
		t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(labelOf(ind)), base, prevC, curC, change, target, dev, status}})
		cells = append(cells, prevC, curC)
		shownInds = append(shownInds, ind)
	}
	t.Notes = append([]string{b.marksNote()}, b.tableNotes(cells, shownInds)...)
	switch n := len(b.ownBaselines); {
	case n == 1:
		t.Notes = append(t.Notes, msg.RepBaselineOwn.F(b.ownBaselines[0][0], b.ownBaselines[0][1]))
	case n > 1:
		var items []string
		for _, o := range b.ownBaselines {
			items = append(items, msg.RepBaselineOwnItem.F(o[0], o[1]))
		}
		t.Notes = append(t.Notes, msg.RepBaselineOwnMany.F(notes.List(items)))
	}
	b.ownBaselines = nil
	if hasUnit(inds, definition.Percent) {
		t.Notes = append(t.Notes, msg.RepChangePoints.F())
	}
	return t
}

func hasUnit(inds []*definition.Indicator, u definition.Unit) bool {
	for _, ind := range inds {
		if ind.Unit == u {
			return true
		}
	}
	return false
}

// baselineCell shows the programme's starting point. A baseline that is
// the computed figure of its period is that figure (hidden with it); one
// typed into the programme is hidden when it is a small count.
func (b *builder) baselineCell(ind *definition.Indicator) model.Cell {
	t := b.targets[ind.ID]
	if t == nil || t.Baseline == nil {
		return model.Cell{}
	}
	dec := decimals(ind)
	bv := t.Baseline
	k := factKey{ind.ID, bv.Period, ""}
	f := b.figs[k]
	if f != nil && f.Has && (!b.visible(k) || format.Round(f.Value, dec) == format.Round(bv.Num, dec)) {
		// The computed figure, or its ':' when it is hidden: then the
		// baseline is hidden too, whatever the programme typed, since
		// showing it or a note saying it differs would tell a reader who
		// knows the programme's own figure whether the hidden one is it.
		c := b.cell(ind, k)
		shown := c.Text
		c.Text = msg.RepBaselineAt.F(shown, format.Period(bv.Period))
		c.IsNum = false // a text with its period, not a number to add
		return c
	}
	shown := format.Number(format.Round(bv.Num, dec), dec)
	if !b.in.Internal && ind.Unit == definition.Count && bv.Num >= num.MustInt(1) && bv.Num <= num.MustInt(b.threshold) {
		shown = string(engine.Suppressed)
	}
	if f != nil && f.Has {
		// the registers give another figure for the baseline's period
		b.ownBaselines = append(b.ownBaselines, [2]string{ind.Name, format.Period(bv.Period)})
	}
	return textCell(msg.RepBaselineAt.F(shown, format.Period(bv.Period)))
}

// tableNotes are the notes under a table of figures: why figures are
// missing, which were typed in, and which day stocks are counted on.
func (b *builder) tableNotes(cells []model.Cell, inds []*definition.Indicator) []string {
	var out []string
	out = append(out, b.coverageNotes(cells)...)
	out = append(out, b.flagNotes(cells)...)
	out = append(out, b.stockDayNotes(inds)...)
	return out
}

// coverageNotes say, for the cells marked `..` or `.`, why they have no
// figure, one note per mark and reason.
func (b *builder) coverageNotes(cells []model.Cell) []string {
	type why struct{ mark, reason string }
	var reasons []why
	byReason := map[why][]string{}
	for _, c := range cells {
		if c.Mark != string(engine.NoData) && c.Mark != string(engine.NotComputable) {
			continue
		}
		for _, s := range c.Facts {
			k, ok := parseFactKey(s)
			if !ok {
				continue
			}
			f := b.figs[k]
			w := why{mark: c.Mark, reason: msg.RepNoFigure.F()}
			switch {
			case f == nil || f.Reason == nil:
			case f.Reason.Code == engine.ReasonNotCovered:
				w.reason = b.words().Uncovered(f.Reason.Spans)
			default:
				w.reason = b.words().ReasonShown(f.Reason, b.shownRef)
			}
			if _, ok := byReason[w]; !ok {
				reasons = append(reasons, w)
			}
			// the figure and its period, once for all its målgrupper
			what := b.factLabel(factKey{k.ind, k.p, ""})
			if !slices.Contains(byReason[w], what) {
				byReason[w] = append(byReason[w], what)
			}
		}
	}
	var out []string
	for _, w := range reasons {
		out = append(out, msg.RepMissingNote.F(w.mark, c(w.reason), strings.Join(byReason[w], "; ")))
	}
	return out
}

// c capitalises a sentence.
func c(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func (b *builder) factLabel(k factKey) string { return factLabel(b.in.Set, k) }

// factLabel names a figure in words: «Gjennomførte utkastelser, 2. halvår
// 2024», with the group's name for a part of a breakdown.
func factLabel(set *definition.Set, k factKey) string {
	name := k.ind
	if ind := set.Get(k.ind); ind != nil {
		name = ind.Name
	}
	s := name + ", " + format.Period(k.p)
	if k.group != "" {
		_, v, _ := set.Group(k.group)
		s += ", " + v
	}
	return s
}

// flagNotes are the quality notes on the shown figures. A note that
// compares a figure with others (a jump from the period before, parts that
// do not add up, a broken rule) is printed in a published report only when
// every figure it cites is shown there; worded without them it would still
// tell something about figures the report hides or does not show.
func (b *builder) flagNotes(cells []model.Cell) []string {
	var files []string
	entered := map[string][]string{} // file → indicators typed into it
	var out []string
	seen := map[string]bool{}
	w := b.words()
	for _, c := range cells {
		if !c.IsNum {
			continue
		}
		for _, s := range c.Facts {
			k, ok := parseFactKey(s)
			if !ok {
				continue
			}
			f := b.figs[k]
			if f == nil {
				continue
			}
			ind := b.in.Set.Get(k.ind)
			for _, fl := range f.Flags {
				text := ""
				switch fl.Code {
				case engine.FlagEntered:
					file := filepath.Base(fl.File)
					if _, ok := entered[file]; !ok {
						files = append(files, file)
					}
					if ind != nil && !slices.Contains(entered[file], ind.Name) {
						entered[file] = append(entered[file], ind.Name)
					}
				case engine.FlagTolerant:
					text = w.Flag(fl, notes.WithFigures)
				case engine.FlagIdentity, engine.FlagJump, engine.FlagRule:
					if b.citable(fl.Refs) {
						text = w.Flag(fl, notes.WithFigures)
					}
				}
				if text != "" {
					text = msg.RepFlagNote.F(b.factLabel(k), text)
					if !seen[text] {
						seen[text] = true
						out = append(out, text)
					}
				}
			}
		}
	}
	var typed []string
	for _, f := range files {
		typed = append(typed, msg.RepEnteredFrom.F(strings.Join(entered[f], ", "), f))
	}
	if len(typed) > 0 {
		out = append([]string{msg.RepEnteredNote.F(strings.Join(typed, "; "))}, out...)
	}
	return out
}

func (b *builder) words() notes.Words { return notes.For(b.in.Set) }

// shownRef reports whether the report shows the figure a note refers to.
// An internal report shows everything; a published one the figures its
// plan shows and does not hide.
func (b *builder) shownRef(r engine.Ref) bool {
	if b.dis == nil {
		return b.in.Internal
	}
	k := factKey{r.Indicator, r.Period, r.Group}
	for _, bk := range b.fx.expand(k) {
		if !b.dis.shown[bk] || b.dis.hidden[bk] {
			return false
		}
	}
	return true
}

func (b *builder) citable(refs []engine.Ref) bool {
	for _, r := range refs {
		if !b.shownRef(r) {
			return false
		}
	}
	return true
}

// stockDayNotes say which day figures of households in a situation are
// counted on.
func (b *builder) stockDayNotes(inds []*definition.Indicator) []string {
	now, before := b.in.Period, b.comparePeriod()
	byDay := map[definition.StockOn][]string{}
	for _, ind := range inds {
		if ind.Kind == definition.Stock {
			byDay[ind.StockOn] = append(byDay[ind.StockOn], ind.Name)
		}
	}
	var out []string
	if names := byDay[definition.LastDay]; len(names) > 0 {
		out = append(out, msg.RepStockLastDay.F(format.Date(now.Last()), format.Date(before.Last()), strings.Join(names, ", ")))
	}
	if names := byDay[definition.FirstDay]; len(names) > 0 {
		out = append(out, msg.RepStockFirstDay.F(format.Date(now.First()), format.Date(before.First()), strings.Join(names, ", ")))
	}
	if names := byDay[definition.During]; len(names) > 0 {
		out = append(out, msg.RepStockDuring.F(strings.Join(names, ", ")))
	}
	return out
}

// judge returns the target cell (with the period it belongs to, as text),
// the target, whether a target applies with a number, and the status of a
// figure against it.
//
// The line from the baseline is drawn only when the report shows the
// baseline: «i rute» against a hidden one would tell where it lies.
func (b *builder) judge(ind *definition.Indicator, p period.Period, cur, base model.Cell) (target model.Cell, tv num.Dec, ok bool, status model.Cell) {
	none := model.Cell{Text: msg.RepStatusNone.F(), Status: model.NoTarget}
	noTarget := model.Cell{Text: msg.RepStatusNoTarget.F(), Status: model.NoTarget}
	t := b.targets[ind.ID]
	if t == nil {
		return model.Cell{}, 0, false, noTarget
	}
	dec := decimals(ind)
	tp, found := targetFor(t, p)
	if !found {
		return model.Cell{}, 0, false, noTarget
	}
	tv = format.Round(t.Values[tp], dec)
	target = textCell(msg.RepBaselineAt.F(format.Number(tv, dec), format.Period(tp)))
	if !cur.IsNum || !comparable(ind, p, tp) {
		return target, tv, false, none
	}
	status = model.Cell{Text: msg.RepStatusOffTrack.F(), Status: model.OffTrack}
	better := func(a, b num.Dec) bool { // a at least as good as b
		if t.Direction == definition.Lower {
			return a <= b
		}
		return a >= b
	}
	baseShown := base.Text != "" && base.Mark != string(engine.Suppressed)
	status.Facts = cur.Facts
	switch {
	case better(cur.Num, tv):
		status = model.Cell{Text: msg.RepStatusReached.F(), Status: model.OnTrack}
	case p.Last() >= tp.Last():
		// the target's time is up
		status = model.Cell{Text: msg.RepStatusNotReached.F(), Status: model.OffTrack}
	case !baseShown:
		return target, tv, true, model.Cell{Text: msg.RepStatusNoLine.F(), Status: model.NoTarget, Facts: cur.Facts}
	case t.Baseline != nil && t.Baseline.Period.Last() < tp.Last():
		// the straight line from baseline to target, on the day the figure
		// is counted: the end of p, or its first day for a stock counted then
		baseV := t.Baseline
		day := p.Last()
		if ind.Kind == definition.Stock && ind.StockOn == definition.FirstDay {
			day = p.First()
		}
		total := float64(tp.Last() - baseV.Period.Last())
		done := float64(day - baseV.Period.Last())
		path, _ := num.FromFloat(baseV.Num.Float() + (tv.Float()-baseV.Num.Float())*done/total)
		if better(cur.Num, path) {
			status = model.Cell{Text: msg.RepStatusOnTrack.F(), Status: model.OnTrack}
		}
		// the status tells where the baseline lies: it rests on it too
		status.Facts = append(append([]string(nil), cur.Facts...), base.Facts...)
		return target, tv, true, status
	}
	status.Facts = cur.Facts
	return target, tv, true, status
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

// assessmentTable is the kommune's own assessment of each goal, beside
// the status boso gives it.
func (b *builder) assessmentTable(inds []*definition.Indicator, summary *model.Table) *model.Table {
	t := &model.Table{ID: "vurdering", Columns: []model.Column{
		{Title: msg.RepColIndicator.F(), Kind: model.TextColumn, Width: 2.5},
		{Title: msg.RepColStatus.F(), Kind: model.StatusColumn, Width: 1.2},
		{Title: msg.RepColVurdering.F(), Kind: model.TextColumn, Width: 5},
	}}
	for i, ind := range inds {
		tg := b.targets[ind.ID]
		if tg == nil || strings.TrimSpace(tg.Vurdering) == "" {
			continue
		}
		t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(ind.Name), summary.Rows[i].Cells[7], textCell(tg.Vurdering)}})
	}
	if len(t.Rows) == 0 {
		return nil
	}
	t.Caption = msg.RepTableAssessment.F(b.nextTable())
	return t
}

// per1000Table is the per-1000 figures an adviser compares kommuner with.
func (b *builder) per1000Table(inds []*definition.Indicator) *model.Table {
	now, before := b.in.Period, b.comparePeriod()
	t := &model.Table{ID: "per-1000", Columns: []model.Column{
		{Title: msg.RepColIndicatorPer1000.F(), Kind: model.TextColumn, Width: 3.2},
		{Title: format.Period(before), Kind: model.NumberColumn, Width: 1.1},
		{Title: format.Period(now), Kind: model.NumberColumn, Width: 1.1},
		{Title: msg.RepColChange.F(), Kind: model.NumberColumn, Width: 1},
	}}
	var cells []model.Cell
	var shown []*definition.Indicator
	for _, ind := range inds {
		pk := b.per1000Of(ind)
		if pk == nil {
			continue
		}
		curK, prevK := factKey{pk.ID, now, ""}, factKey{pk.ID, before, ""}
		curC, prevC := b.cell(pk, curK), b.cell(pk, prevK)
		change := model.Cell{}
		if curC.IsNum && prevC.IsNum {
			change = signed(curC.Num-prevC.Num, decimals(pk))
			change.Facts = []string{curK.String(), prevK.String()}
		}
		t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(ind.Name), prevC, curC, change}})
		cells = append(cells, prevC, curC)
		shown = append(shown, pk)
	}
	if len(t.Rows) == 0 {
		return nil
	}
	t.Caption = msg.RepTablePer1000.F(b.nextTable(), format.Period(now))
	t.Notes = append([]string{msg.RepPer1000Note.F(now.Year, before.Year), msg.RepMarksNote.F()}, b.coverageNotes(cells)...)
	return t
}

// breakdownName returns the breakdown field the report's tables use and
// its name for readers.
func (b *builder) breakdownName(inds []*definition.Indicator) (string, string, bool) {
	for _, ind := range inds {
		if len(ind.Breakdown) > 0 {
			f := ind.Breakdown[0]
			name, _, _ := b.in.Set.Group(f + "=")
			return f, name, true
		}
	}
	return "", "", false
}

// groupsOf returns an indicator's groups of one breakdown field in the
// order the definitions name them, then the rest by code.
func (b *builder) groupsOf(ind *definition.Indicator, field string) []string {
	set := map[string]bool{}
	for k := range b.figs {
		if k.ind == ind.ID && strings.HasPrefix(k.group, field+"=") {
			set[k.group] = true
		}
	}
	var out []string
	for g := range set {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		_, _, oi := b.in.Set.Group(out[i])
		_, _, oj := b.in.Set.Group(out[j])
		if (oi < 0) != (oj < 0) {
			return oi >= 0
		}
		if oi != oj {
			return oi < oj
		}
		return out[i] < out[j]
	})
	return out
}

// breakdownTables are the report's figures by breakdown group (målgruppe):
// one table per indicator, the groups and the total, for the comparison
// period and the report period.
func (b *builder) breakdownTables(inds []*definition.Indicator) []model.Block {
	now, before := b.in.Period, b.comparePeriod()
	var blocks []model.Block
	described := map[string]bool{}
	for _, ind := range inds {
		if len(ind.Breakdown) == 0 {
			continue
		}
		field := ind.Breakdown[0]
		groups := b.groupsOf(ind, field)
		if len(groups) == 0 {
			continue
		}
		fieldName, _, _ := b.in.Set.Group(field + "=")
		t := &model.Table{ID: b.unique(anchor("fordeling-", ind.ID)), Columns: []model.Column{
			{Title: fieldName, Kind: model.TextColumn, Width: 2.5},
			{Title: format.Period(before), Kind: model.NumberColumn, Width: 1.1},
			{Title: format.Period(now), Kind: model.NumberColumn, Width: 1.1},
		}}
		var cells []model.Cell
		for _, g := range groups {
			_, name, _ := b.in.Set.Group(g)
			pc, cc := b.cell(ind, factKey{ind.ID, before, g}), b.cell(ind, factKey{ind.ID, now, g})
			t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(name), pc, cc}})
			cells = append(cells, pc, cc)
		}
		pc, cc := b.cell(ind, factKey{ind.ID, before, ""}), b.cell(ind, factKey{ind.ID, now, ""})
		t.Rows = append(t.Rows, model.Row{Kind: model.TotalRow, Cells: []model.Cell{textCell(msg.RepTotalAll.F()), pc, cc}})
		cells = append(cells, pc, cc)
		t.Caption = msg.RepTableBreakdown.F(b.nextTable(), ind.Name, strings.ToLower(fieldName))
		t.Notes = append([]string{msg.RepMarksNote.F()}, b.coverageNotes(cells)...)
		if ind.Kind == definition.Stock || ind.Measure == definition.CountDistinct {
			t.Notes = append(t.Notes, msg.RepBreakdownDistinct.F())
		}
		if d := b.breakdownDescription(field); d != "" && !described[field] {
			described[field] = true
			t.Notes = append(t.Notes, d)
		}
		blocks = append(blocks, model.Block{Table: t})
	}
	return blocks
}

// breakdownDescription is what the definitions tell readers of a
// breakdown field.
func (b *builder) breakdownDescription(field string) string {
	for _, bd := range b.in.Set.Breakdowns {
		if bd.Field == field {
			return strings.TrimSpace(bd.Description)
		}
	}
	return ""
}

// chartBlocks makes a chart of some indicators over the chart periods and
// its data table.
func (b *builder) chartBlocks(id, title string, kind definition.ChartKind, yAxis string, inds []*definition.Indicator) []model.Block {
	periods := b.chartPeriods()
	figNo, tabNo := b.nextFigure(), b.nextTable()
	tableID := b.unique(anchor("tab-", id))
	if yAxis == "" {
		yAxis = yAxisOf(inds[0])
	}
	ch := &model.Chart{ID: b.unique("fig_" + strings.ReplaceAll(anchor("", id), "-", "_")), Title: msg.RepFigure.F(figNo, title), YAxis: yAxis,
		TableID: tableID, Source: b.sourceLine(inds), Kind: model.LineChart}
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
	var cells []model.Cell
	for _, ind := range inds {
		s := model.Series{Name: ind.Name}
		kind := model.NumberColumn
		switch ind.Unit {
		case definition.Percent:
			kind = model.PercentColumn
		case definition.NOK:
			kind = model.AmountColumn
		}
		t.Columns = append(t.Columns, model.Column{Title: labelOf(ind), Kind: kind, Width: 1.5})
		for i, p := range periods {
			k := factKey{ind.ID, p, ""}
			s.Values = append(s.Values, b.point(ind, k))
			c := b.cell(ind, k)
			t.Rows[i].Cells = append(t.Rows[i].Cells, c)
			cells = append(cells, c)
		}
		ch.Series = append(ch.Series, s)
		alt = append(alt, altSeries(s, ch.Categories, altUnit(ind)))
	}
	// one indicator with targets for the chart's own periods: the targets
	// as a dashed series and a column (a half-year chart shows targets set
	// for half-years only: a year's target drawn at 1. halvår would read as
	// due by 30 June)
	if len(inds) == 1 {
		if tg := b.targets[inds[0].ID]; tg != nil {
			s := model.Series{Name: msg.RepTargetSeries.F(), Target: true}
			dec := decimals(inds[0])
			var col []model.Cell
			any := false
			for _, p := range periods {
				if v, ok := tg.Values[p]; ok {
					c := numberCell(v, dec)
					s.Values = append(s.Values, model.Point{Num: c.Num, Has: true, Label: c.Text})
					col = append(col, c)
					any = true
				} else {
					s.Values = append(s.Values, model.Point{})
					col = append(col, model.Cell{})
				}
			}
			if any {
				t.Columns = append(t.Columns, model.Column{Title: msg.RepColTarget.F(), Kind: model.NumberColumn, Width: 1})
				for i := range periods {
					t.Rows[i].Cells = append(t.Rows[i].Cells, col[i])
				}
				ch.Series = append(ch.Series, s)
			}
		}
	}
	ch.AltText = msg.RepChartAlt.F(title, strings.Join(alt, "; "))
	// the marks, briefly; the suppression rule stands under table 5.1 and in the appendix
	t.Notes = append([]string{msg.RepMarksNote.F()}, b.coverageNotes(cells)...)
	t.Notes = append(t.Notes, b.flagNotes(cells)...)
	return []model.Block{{Chart: ch}, {Table: t}}
}

// sourceLine says what a chart's figures rest on: the kommune's registers,
// figures typed into the workbook, or both.
func (b *builder) sourceLine(inds []*definition.Indicator) string {
	var computed, entered, files []string
	for _, ind := range inds {
		if fs := b.enteredFiles(ind); len(fs) > 0 || ind.Kind == definition.Entered {
			entered = append(entered, ind.Name)
			for _, f := range fs {
				if !slices.Contains(files, f) {
					files = append(files, f)
				}
			}
		} else {
			computed = append(computed, ind.Name)
		}
	}
	where := strings.Join(files, ", ")
	switch {
	case len(entered) == 0:
		return msg.RepSourceRegisters.F(b.kommuneName())
	case len(computed) == 0:
		return msg.RepSourceEntered.F(b.kommuneName(), where)
	}
	return msg.RepSourceMixed.F(b.kommuneName(), strings.Join(entered, ", "), where)
}

// enteredFiles returns the files an indicator's figures in this report's
// charts were typed into (the workbook, a table of figures), by name.
func (b *builder) enteredFiles(ind *definition.Indicator) []string {
	var out []string
	for _, p := range b.chartPeriods() {
		if f := b.figs[factKey{ind.ID, p, ""}]; f != nil {
			for _, fl := range f.Flags {
				if name := filepath.Base(fl.File); fl.Code == engine.FlagEntered && !slices.Contains(out, name) {
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// altSeries describes a series in words: its first and last shown values,
// with their unit (" kr", " %", "" for counts).
func altSeries(s model.Series, cats []string, unit string) string {
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
		for _, p := range s.Values {
			if p.Label == string(engine.Suppressed) {
				return msg.RepChartAltHidden.F(s.Name)
			}
		}
		return msg.RepChartAltEmpty.F(s.Name)
	}
	if first == last {
		return msg.RepChartAltOne.F(s.Name, s.Values[first].Label+unit, cats[first])
	}
	return msg.RepChartAltSeries.F(s.Name, s.Values[first].Label+unit, cats[first], s.Values[last].Label+unit, cats[last])
}

// altUnit is what a chart's description writes after a value.
func altUnit(ind *definition.Indicator) string {
	switch ind.Unit {
	case definition.NOK:
		return " " + msg.RepAxisKr.F()
	case definition.Percent:
		return " %"
	case definition.Per1000:
		return " " + msg.RepAxisPer1000.F()
	}
	return ""
}
