package region

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/kommuner"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// Compose makes the roll-up document: the submissions' status, the
// kommune × indicator tables with the region's figures, the activities
// with deviations and the competence grant, and the one-page meeting
// summary (the model's steering page). Hidden figures show as «:».
func Compose(c *Config, o *Overview, r *Rollup, set *definition.Set, h *Hidden, threshold int64) *model.Report {
	rep := &model.Report{Meta: meta(c, o)}
	rep.Sections = append(rep.Sections, statusSection(o))
	rep.Sections = append(rep.Sections, indicatorSection(o, r, set, h, threshold))
	rep.Sections = append(rep.Sections, deviationSection(o), grantSection(o), targetSection(o, r, set, h))
	rep.Steering = meeting(c, o, r, set, h, rep)
	return rep
}

func meta(c *Config, o *Overview) model.Meta {
	m := model.Meta{
		Kommune: c.Name, Subtitle: msg.RegSubtitle.F(len(c.Kommuner)),
		Period: format.Period(o.Period), PeriodID: o.Period.String(),
		ReportDate: format.Date(o.Date), ReportDateISO: o.Date.String(), Lang: "nb",
		Labels: model.Labels{PageOf: msg.RepPageOf.F(), Contents: msg.RepContents.F(), SkipToMain: msg.RepSkipToMain.F(),
			ChartData: msg.RepChartData.F(), Source: msg.RepSource.F(), SteeringTOC: msg.RegMeetingTOC.F(), Place: msg.RegPlace.F()},
	}
	if o.Period.Type == period.Half {
		m.Kind = model.HalfYear
	} else {
		m.Kind = model.Annual
	}
	m.Title = msg.RegTitle.F(format.Period(o.Period))
	m.RunningHeader = msg.RegRunningHeader.F(c.Name, m.Period)
	if c.Example {
		m.Banners = append(m.Banners, msg.ExampleData.F())
	}
	return m
}

// kommuneName is the kommune's name as SSB writes it, with its number.
func kommuneName(k string) string {
	if kk, ok := kommuner.Lookup(k); ok {
		return kk.Name
	}
	return k
}

func textCell(s string) model.Cell { return model.Cell{Text: s} }

func countCell(n int) model.Cell {
	return model.Cell{Text: strconv.Itoa(n), Num: num.MustInt(int64(n)), IsNum: true}
}

func percentOf(a, b int) string {
	if b == 0 {
		return "."
	}
	return format.Number(dec(float64(a)*100/float64(b)), 1) + " %"
}

// statusSection is section 1: who submitted, when, and what is wrong.
func statusSection(o *Overview) model.Section {
	exp, rec, onTime := o.Expected(), o.Received(), o.ReceivedOnTime()
	s := model.Section{ID: "s1", Number: "1", Title: msg.RegStatusTitle.F(), Level: 1, Sheet: msg.RegSheetStatus.F()}
	s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Text: msg.RegStatusLead.F(
		rec, exp, percentOf(rec, exp), onTime, exp, percentOf(onTime, exp), format.Date(o.Due), format.Date(o.Date))}})
	t := &model.Table{ID: "innsendinger", Caption: msg.RegStatusCaption.F(format.Period(o.Period)), Columns: []model.Column{
		{Title: msg.RegColKommune.F(), Kind: model.TextColumn, Width: 2.5},
		{Title: msg.RegColState.F(), Kind: model.TextColumn, Width: 2},
		{Title: msg.RegColReceived.F(), Kind: model.TextColumn, Width: 1.3},
		{Title: msg.RegColDateFrom.F(), Kind: model.TextColumn, Width: 1.3},
		{Title: msg.RegColEmpty.F(), Kind: model.TextColumn, Width: 1.5},
		{Title: msg.RegColErrors.F(), Kind: model.NumberColumn, Width: 0.8},
		{Title: msg.RegColWarnings.F(), Kind: model.NumberColumn, Width: 0.8},
	}}
	var problems *model.Table
	for _, st := range o.Statuses {
		received, from := "", ""
		if st.From != "" {
			received = format.Date(st.Received)
			from = dateSourceText(st.From)
		}
		empty := ""
		if st.Submission != nil {
			empty = strings.Join(st.Empty, ", ")
			if len(st.Empty) == 0 {
				empty = msg.RegNoneEmpty.F()
			}
		}
		row := model.Row{Cells: []model.Cell{textCell(kommuneName(st.Kommune) + " " + st.Kommune), textCell(stateText(st)),
			textCell(received), textCell(from), textCell(empty)}}
		if st.Submission != nil {
			row.Cells = append(row.Cells, countCell(st.Errors), countCell(st.Warnings))
		} else {
			row.Cells = append(row.Cells, textCell(""), textCell(""))
		}
		t.Rows = append(t.Rows, row)
		for _, p := range st.First {
			if problems == nil {
				problems = &model.Table{ID: "problemer", Caption: msg.RegProblemsCaption.F(FirstProblems), Columns: []model.Column{
					{Title: msg.RegColKommune.F(), Kind: model.TextColumn, Width: 2},
					{Title: msg.RegColWhere.F(), Kind: model.TextColumn, Width: 3},
					{Title: msg.RegColProblem.F(), Kind: model.TextColumn, Width: 5},
				}}
			}
			what := p.Msg + " [" + p.Code + "]"
			if p.Severity != 0 {
				what = msg.RegWarning.F(what)
			}
			problems.Rows = append(problems.Rows, model.Row{Cells: []model.Cell{
				textCell(kommuneName(st.Kommune)), textCell(p.Pos.String()), textCell(what)}})
		}
	}
	t.Notes = append(t.Notes, msg.RegStatusNote.F(format.Date(o.Due)))
	s.Blocks = append(s.Blocks, model.Block{Table: t})
	if problems != nil {
		s.Blocks = append(s.Blocks, model.Block{Table: problems})
	}
	if len(o.Others) > 0 {
		var names []string
		for _, sub := range o.Others {
			n := sub.Path
			if sub.Kommune != "" {
				n += " (" + sub.Kommune + ")"
			} else if items := sub.Problems.Items(); len(items) > 0 {
				// why its kommune could not be told: a split kommune's
				// number, numbers that disagree …
				n += " (" + items[0].Msg + ")"
			}
			names = append(names, n)
		}
		s.Blocks = append(s.Blocks, model.Block{Note: &model.Note{Text: msg.RegOthers.F(strings.Join(names, "; "))}})
	}
	return s
}

func stateText(st Status) string {
	switch st.State {
	case OnTime:
		return msg.RegStateOnTime.F()
	case Late:
		return msg.RegStateLate.F(st.DaysLate)
	case NoDate:
		return msg.RegStateNoDate.F()
	case Missing:
		return msg.RegStateMissing.F()
	case NotYetDue:
		return msg.RegStateNotYet.F()
	case Unreadable:
		return msg.RegStateUnreadable.F()
	case WrongPeriod:
		return msg.RegStateWrongPeriod.F(format.Period(st.Period), format.Period(st.ofPeriod))
	case Ambiguous:
		return msg.RegStateAmbiguous.F()
	case Faulty:
		return msg.RegStateFaulty.F()
	}
	return string(st.State)
}

func dateSourceText(d DateSource) string {
	if d == FromLog {
		return msg.RegFromLog.F()
	}
	return msg.RegFromWorkbook.F()
}

// indicatorSection is section 2: a table per indicator, kommuner by
// period, the region's figure, and the median and range of the figures
// shown.
func indicatorSection(o *Overview, r *Rollup, set *definition.Set, h *Hidden, threshold int64) model.Section {
	s := model.Section{ID: "s2", Number: "2", Title: msg.RegIndicatorsTitle.F(), Level: 1, Sheet: msg.RegSheetIndicators.F()}
	lead := msg.RegIndicatorsLead.F(threshold)
	trends := len(r.Kommuner) <= maxTrendKommuner && len(r.Periods) > 1
	if !trends && len(r.Periods) > 1 {
		lead += " " + msg.RegTrendTooMany.F(maxTrendKommuner, len(r.Kommuner))
	}
	s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Text: lead}})
	n, figures := 0, 0
	rolled := map[string]bool{}
	for _, ind := range r.Indicators {
		rolled[ind.ID] = true
	}
	for _, ind := range r.Indicators {
		if ind.PerThousandOf != "" && rolled[ind.PerThousandOf] {
			continue // a column of its count's table
		}
		var per *definition.Indicator
		if p := set.Get(ind.ID + "_per_1000"); p != nil && rolled[p.ID] {
			per = p
		}
		n++
		s.Blocks = append(s.Blocks, model.Block{Table: indicatorTable(n, r, ind, per, h)})
		if per != nil {
			figures++
			s.Blocks = append(s.Blocks, comparisonChart(n, figures, r, ind, per, h)...)
			if trends {
				figures++
				s.Blocks = append(s.Blocks, trendMultiples(n, figures, r, ind, per, h)...)
			}
		}
	}
	return s
}

// comparisonChart sets the kommuner side by side per 1000 innbyggere in
// the report period, highest first, with the region's figure drawn as a
// line; its data table follows it. Hidden figures are gaps, last.
func comparisonChart(tableNo, figNo int, r *Rollup, ind, per *definition.Indicator, h *Hidden) []model.Block {
	type bar struct {
		k     string
		v     float64
		shown bool
		label string
	}
	dec := per.ShownDecimals()
	var bars []bar
	for _, k := range r.Kommuner {
		v, ok := r.Get(k, per.ID, r.Period)
		b := bar{k: k, label: ".."}
		switch {
		case !ok:
		case h.Kommune(k, per.ID, r.Period):
			b.label = ":"
		case !v.Has:
			b.label = v.Mark
		default:
			b.v, b.shown, b.label = v.Num, true, format.Number(dec2(v.Num, dec), dec)
		}
		bars = append(bars, b)
	}
	sort.SliceStable(bars, func(i, j int) bool {
		if bars[i].shown != bars[j].shown {
			return bars[i].shown
		}
		return bars[i].v > bars[j].v
	})
	id := "fig-" + strings.ReplaceAll(ind.ID, "_", "-")
	title := msg.RegChartTitle.F(ind.Name, format.Period(r.Period))
	ch := &model.Chart{ID: strings.ReplaceAll(id, "-", "_"), Title: msg.RegFigure.F(figNo, title), Kind: model.BarChart,
		YAxis: msg.RegUnitPer1000.F(), Unit: model.NumberColumn, TableID: id, Source: msg.RegChartSource.F()}
	t := &model.Table{ID: id, Caption: msg.RegChartTable.F(tableNo, title), Columns: []model.Column{
		{Title: msg.RegColKommune.F(), Kind: model.TextColumn, Width: 2.5},
		{Title: msg.RegUnitPer1000.F(), Kind: model.NumberColumn, Width: 1.5},
	}}
	series := model.Series{Name: per.Name}
	region := model.Series{Name: msg.RegTotalRow.F(), Target: true}
	tv := r.Total(per.ID, r.Period)
	regionShown := tv.Has && !h.Region(per.ID, r.Period)
	var alt []string
	for _, b := range bars {
		ch.Categories = append(ch.Categories, kommuneName(b.k))
		pt := model.Point{Has: b.shown, Label: b.label}
		c := model.Cell{Text: b.label}
		if b.shown {
			d := dec2(b.v, dec)
			pt.Num = d
			c = model.Cell{Text: b.label, Num: d, IsNum: true, Decimals: dec}
			alt = append(alt, kommuneName(b.k)+" "+b.label)
		} else {
			c.Mark = b.label
		}
		series.Values = append(series.Values, pt)
		t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(kommuneName(b.k)), c}})
		rp := model.Point{}
		if regionShown {
			d := dec2(tv.Num, dec)
			rp = model.Point{Num: d, Has: true, Label: format.Number(d, dec)}
		}
		region.Values = append(region.Values, rp)
	}
	ch.Series = append(ch.Series, series)
	total := model.Row{Kind: model.TotalRow, Cells: []model.Cell{textCell(msg.RegTotalRow.F()), {Text: ":", Mark: ":"}}}
	if regionShown {
		d := dec2(tv.Num, dec)
		total.Cells[1] = model.Cell{Text: format.Number(d, dec), Num: d, IsNum: true, Decimals: dec}
		ch.Series = append(ch.Series, region)
		alt = append(alt, msg.RegTotalRow.F()+" "+format.Number(d, dec))
	} else if !tv.Has {
		total.Cells[1] = model.Cell{Text: "..", Mark: ".."}
	}
	t.Rows = append(t.Rows, total)
	if cm := r.Compared[per.ID]; cm != nil && cm.Country != nil {
		d := dec2(cm.Country.Value, dec)
		country := model.Series{Name: msg.RegCountryRow.F(format.Period(cm.Country.Period)), Target: true}
		for range bars {
			country.Values = append(country.Values, model.Point{Num: d, Has: true, Label: format.Number(d, dec)})
		}
		ch.Series = append(ch.Series, country)
		t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(country.Name), {Text: format.Number(d, dec), Num: d, IsNum: true, Decimals: dec}}})
		alt = append(alt, country.Name+" "+format.Number(d, dec))
	}
	t.Notes = append(t.Notes, msg.RegTableNote.F())
	ch.AltText = msg.RepChartAlt.F(title, strings.Join(alt, "; "))
	return []model.Block{{Chart: ch}, {Table: t}}
}

func indicatorTable(n int, r *Rollup, ind, per *definition.Indicator, h *Hidden) *model.Table {
	t := &model.Table{ID: "ind-" + strings.ReplaceAll(ind.ID, "_", "-"), Caption: msg.RegIndicatorCaption.F(n, ind.Name, unitText(ind))}
	t.Columns = append(t.Columns, model.Column{Title: msg.RegColKommune.F(), Kind: model.TextColumn, Width: 2.5})
	kind := model.NumberColumn
	switch ind.Unit {
	case definition.NOK:
		kind = model.AmountColumn
	case definition.Percent:
		kind = model.PercentColumn
	}
	for _, p := range r.Periods {
		t.Columns = append(t.Columns, model.Column{Title: format.Period(p), Kind: kind, Width: 1})
	}
	if per != nil {
		t.Columns = append(t.Columns, model.Column{Title: msg.RegColPer1000.F(format.Period(r.Period)), Kind: model.NumberColumn, Width: 1.2})
	}
	shown := make([][]float64, len(t.Columns))
	cell := func(v Value, ok, hidden bool, dec int, col int) model.Cell {
		switch {
		case !ok:
			return model.Cell{Text: "..", Mark: ".."}
		case hidden:
			return model.Cell{Text: ":", Mark: ":"}
		case !v.Has:
			m := v.Mark
			if m == "" {
				m = ".."
			}
			return model.Cell{Text: m, Mark: m}
		}
		d := dec2(v.Num, dec)
		shown[col] = append(shown[col], d.Float())
		c := model.Cell{Text: format.Number(d, dec), Num: d, IsNum: true, Decimals: dec}
		if v.Mark == "*" {
			c.Text += " *"
			c.Mark = "*"
		}
		return c
	}
	dec := ind.ShownDecimals()
	for _, k := range r.Kommuner {
		row := model.Row{Cells: []model.Cell{textCell(kommuneName(k))}}
		for i, p := range r.Periods {
			v, ok := r.Get(k, ind.ID, p)
			row.Cells = append(row.Cells, cell(v, ok, h.Kommune(k, ind.ID, p), dec, i+1))
		}
		if per != nil {
			v, ok := r.Get(k, per.ID, r.Period)
			row.Cells = append(row.Cells, cell(v, ok, h.Kommune(k, per.ID, r.Period), per.ShownDecimals(), len(t.Columns)-1))
		}
		t.Rows = append(t.Rows, row)
	}
	statsFrom := make([][]float64, len(shown))
	copy(statsFrom, shown)
	total := model.Row{Kind: model.TotalRow, Cells: []model.Cell{textCell(msg.RegTotalRow.F())}}
	for _, p := range r.Periods {
		tv := r.Total(ind.ID, p)
		c := cell(tv, true, h.Region(ind.ID, p), dec, 0)
		if tv.Has && tv.Kommuner < len(r.Kommuner) && !h.Region(ind.ID, p) {
			c.Text += " ¹"
		}
		total.Cells = append(total.Cells, c)
	}
	if per != nil {
		tv := r.Total(per.ID, r.Period)
		total.Cells = append(total.Cells, cell(tv, true, h.Region(per.ID, r.Period), per.ShownDecimals(), 0))
	}
	t.Rows = append(t.Rows, total)
	median := model.Row{Cells: []model.Cell{textCell(msg.RegMedianRow.F())}}
	span := model.Row{Cells: []model.Cell{textCell(msg.RegRangeRow.F())}}
	for col := 1; col < len(t.Columns); col++ {
		d := dec
		if per != nil && col == len(t.Columns)-1 {
			d = per.ShownDecimals()
		}
		st := StatsOf(statsFrom[col])
		if st.N < 2 {
			median.Cells = append(median.Cells, textCell(""))
			span.Cells = append(span.Cells, textCell(""))
			continue
		}
		md := dec2(st.Median, d)
		median.Cells = append(median.Cells, model.Cell{Text: format.Number(md, d), Num: md, IsNum: true, Decimals: d})
		span.Cells = append(span.Cells, textCell(format.Number(dec2(st.Min, d), d)+"–"+format.Number(dec2(st.Max, d), d)))
	}
	t.Rows = append(t.Rows, median, span)
	// the whole country's and the KOSTRA groups' published figures, in
	// the column of the report period's rate
	rate, col := ind, len(r.Periods)
	if per != nil {
		rate, col = per, len(t.Columns)-1
	}
	if cm := r.Compared[rate.ID]; cm != nil {
		d := rate.ShownDecimals()
		public := func(label string, v *Public) {
			row := model.Row{Cells: []model.Cell{textCell(label)}}
			for i := 1; i < len(t.Columns); i++ {
				if i != col {
					row.Cells = append(row.Cells, textCell(""))
					continue
				}
				x := dec2(v.Value, d)
				row.Cells = append(row.Cells, model.Cell{Text: format.Number(x, d), Num: x, IsNum: true, Decimals: d})
			}
			t.Rows = append(t.Rows, row)
		}
		if cm.Country != nil {
			public(msg.RegCountryRow.F(format.Period(cm.Country.Period)), cm.Country)
		}
		for _, g := range sortedKeys(cm.Groups) {
			public(msg.RegGroupRow.F(groupName(g), format.Period(cm.Groups[g].Period)), cm.Groups[g])
		}
	}
	t.Notes = append(t.Notes, msg.RegTableNote.F())
	for _, p := range r.Periods {
		if tv := r.Total(ind.ID, p); tv.Has && tv.Kommuner < len(r.Kommuner) {
			t.Notes = append(t.Notes, msg.RegPartialTotal.F())
			break
		}
	}
	if ind.Kind == definition.Ratio {
		t.Notes = append(t.Notes, msg.RegRatioNote.F())
	}
	return t
}

// dec2 rounds f to d decimals.
func dec2(f float64, d int) num.Dec {
	p := 1.0
	for range d {
		p *= 10
	}
	return dec(float64(int64(f*p+sign(f)*0.5)) / p)
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

func unitText(ind *definition.Indicator) string {
	switch ind.Unit {
	case definition.NOK:
		return msg.RegUnitNOK.F()
	case definition.Percent:
		return msg.RegUnitPercent.F()
	case definition.Per1000:
		return msg.RegUnitPer1000.F()
	}
	return msg.RegUnitCount.F()
}

// deviationSection is section 3: the activities the kommuner report
// deviations for, with their reasons, to discuss.
func deviationSection(o *Overview) model.Section {
	s := model.Section{ID: "s3", Number: "3", Title: msg.RegDeviationsTitle.F(), Level: 1, Sheet: msg.RegSheetDeviations.F()}
	return tableOr(s, deviationTable(o), msg.RegNoDeviations.F())
}

// tableOr puts t in the section, or the text saying why there is none
// when it has no rows.
func tableOr(s model.Section, t *model.Table, none string) model.Section {
	if len(t.Rows) == 0 {
		s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Text: none}})
		return s
	}
	s.Blocks = append(s.Blocks, model.Block{Table: t})
	return s
}

func deviationTable(o *Overview) *model.Table {
	t := &model.Table{ID: "avvik", Caption: msg.RegDeviationsCaption.F(), Columns: []model.Column{
		{Title: msg.RegColKommune.F(), Kind: model.TextColumn, Width: 1.6},
		{Title: msg.RegColActivity.F(), Kind: model.TextColumn, Width: 2.2},
		{Title: msg.RegColDeviation.F(), Kind: model.TextColumn, Width: 3},
		{Title: msg.RegColReason.F(), Kind: model.TextColumn, Width: 3},
	}}
	for _, st := range o.Statuses {
		if st.Used == nil || st.Used.Workbook == nil {
			continue
		}
		for _, a := range st.Used.Workbook.Activities {
			if !a.Deviation.Filled {
				continue
			}
			t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(kommuneName(st.Kommune)), textCell(a.Name.Value),
				textCell(a.Deviation.Value), textCell(a.Reason.Value)}})
		}
	}
	return t
}

// grantSection is section 4: Husbanken's competence grant per kommune and
// year, budgeted and used, as the workbooks' economy sheets give it.
func grantSection(o *Overview) model.Section {
	s := model.Section{ID: "s4", Number: "4", Title: msg.RegGrantTitle.F(), Level: 1, Sheet: msg.RegSheetGrant.F()}
	return tableOr(s, grantTable(o), msg.RegNoGrant.F())
}

func grantTable(o *Overview) *model.Table {
	t := &model.Table{ID: "tilskudd", Caption: msg.RegGrantCaption.F(), Columns: []model.Column{
		{Title: msg.RegColKommune.F(), Kind: model.TextColumn, Width: 2},
		{Title: msg.RegColYear.F(), Kind: model.TextColumn, Width: 0.8},
		{Title: msg.RegColGrantBudget.F(), Kind: model.AmountColumn, Width: 1.4},
		{Title: msg.RegColGrantUsed.F(), Kind: model.AmountColumn, Width: 1.4},
		{Title: msg.RegColGrantShare.F(), Kind: model.PercentColumn, Width: 1},
	}}
	amount := func(d num.Dec) model.Cell {
		return model.Cell{Text: format.Number(d, 0), Num: d, IsNum: true}
	}
	for _, st := range o.Statuses {
		if st.Used == nil || st.Used.Workbook == nil {
			continue
		}
		type sums struct{ budget, used num.Dec }
		byYear := map[int]*sums{}
		for _, e := range st.Used.Workbook.Economy {
			if !e.Year.Filled || (!e.Grant.Budget.Filled && !e.Grant.Accounts.Filled) {
				continue
			}
			sm := byYear[e.Year.Value]
			if sm == nil {
				sm = &sums{}
				byYear[e.Year.Value] = sm
			}
			sm.budget, _ = num.Add(sm.budget, e.Grant.Budget.Value)
			sm.used, _ = num.Add(sm.used, e.Grant.Accounts.Value)
		}
		var years []int
		for y := range byYear {
			years = append(years, y)
		}
		sort.Ints(years)
		for _, y := range years {
			sm := byYear[y]
			share := textCell(".")
			if sm.budget > 0 {
				d := dec2(sm.used.Float()*100/sm.budget.Float(), 1)
				share = model.Cell{Text: format.Number(d, 1), Num: d, IsNum: true, Decimals: 1}
			}
			t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{textCell(kommuneName(st.Kommune)), textCell(strconv.Itoa(y)),
				amount(sm.budget), amount(sm.used), share}})
		}
	}
	return t
}

// meeting is the one-page summary for the adviser's meeting.
func meeting(c *Config, o *Overview, r *Rollup, set *definition.Set, h *Hidden, rep *model.Report) model.Steering {
	st := model.Steering{Title: msg.RegMeetingTitle.F(c.Name, format.Period(o.Period)), Sheet: msg.RegSheetMeeting.F()}
	exp, rec, onTime := o.Expected(), o.Received(), o.ReceivedOnTime()
	st.Summary = append(st.Summary, msg.RegMeetingRates.F(rec, exp, percentOf(rec, exp), onTime, percentOf(onTime, exp)))
	var missing, late, broken []string
	for _, s := range o.Statuses {
		switch s.State {
		case Missing, NotYetDue:
			missing = append(missing, kommuneName(s.Kommune))
		case Late:
			late = append(late, fmt.Sprintf("%s (%s)", kommuneName(s.Kommune), msg.RegDaysLate.F(s.DaysLate)))
		case Unreadable, WrongPeriod, Ambiguous:
			broken = append(broken, kommuneName(s.Kommune))
		}
		if s.State != Unreadable && s.State != WrongPeriod && s.State != Ambiguous && s.Errors > 0 {
			broken = append(broken, kommuneName(s.Kommune))
		}
	}
	if len(missing) > 0 {
		st.Summary = append(st.Summary, msg.RegMeetingMissing.F(strings.Join(missing, ", ")))
	}
	if len(late) > 0 {
		st.Summary = append(st.Summary, msg.RegMeetingLate.F(strings.Join(late, ", ")))
	}
	if len(broken) > 0 {
		st.Summary = append(st.Summary, msg.RegMeetingBroken.F(strings.Join(broken, ", ")))
	}
	if res := targetsOf(o, r, set, h); len(res) > 0 {
		met, judged := 0, 0
		for _, tr := range res {
			if tr.shown {
				judged++
				if tr.met {
					met++
				}
			}
		}
		st.Summary = append(st.Summary, msg.RegMeetingTargets.F(met, judged, len(res)))
	}
	// the region's headline figures against the same period a year before
	tt := &model.Table{ID: "region-tall", Caption: msg.RegMeetingFigures.F(), Columns: []model.Column{
		{Title: msg.RegColIndicator.F(), Kind: model.TextColumn, Width: 3},
		{Title: format.Period(r.Period.SameLastYear()), Kind: model.NumberColumn, Width: 1},
		{Title: format.Period(r.Period), Kind: model.NumberColumn, Width: 1},
	}}
	for _, ind := range r.Indicators {
		if ind.PerThousandOf != "" || ind.Kind == definition.Ratio {
			continue
		}
		row := model.Row{Cells: []model.Cell{textCell(ind.Name)}}
		for _, p := range []period.Period{r.Period.SameLastYear(), r.Period} {
			v := r.Total(ind.ID, p)
			switch {
			case h.Region(ind.ID, p):
				row.Cells = append(row.Cells, model.Cell{Text: ":", Mark: ":"})
			case !v.Has:
				row.Cells = append(row.Cells, model.Cell{Text: "..", Mark: ".."})
			default:
				d := dec2(v.Num, ind.ShownDecimals())
				row.Cells = append(row.Cells, model.Cell{Text: format.Number(d, ind.ShownDecimals()), Num: d, IsNum: true, Decimals: ind.ShownDecimals()})
			}
		}
		tt.Rows = append(tt.Rows, row)
	}
	st.Targets = tt
	if dt := deviationTable(o); len(dt.Rows) > 0 {
		st.Deviations = dt
	}
	st.Notes = append(st.Notes, msg.RegMeetingNote.F())
	return st
}

// targetResult is one kommune's target for the report period, judged.
type targetResult struct {
	kommune, indicator, name string
	target, value            float64
	shown, met               bool // shown: the figure is shown, so met may be said
	has                      bool // the kommune has a figure for the period
	dec                      int
}

// targetsOf judges the targets the kommuners' workbooks set for the
// report period itself (a year's target is not judged on a half-year),
// against their figures: met when the figure is at or beyond the target
// in the better direction. Only where the figure is shown is it said
// whether the target is met.
func targetsOf(o *Overview, r *Rollup, set *definition.Set, h *Hidden) []targetResult {
	var out []targetResult
	for _, st := range o.Statuses {
		if st.Used == nil || st.Used.Workbook == nil {
			continue
		}
		for _, tg := range st.Used.Workbook.Targets {
			if tg.Kommune.Filled && tg.Kommune.Value != st.Kommune {
				continue
			}
			ind := set.Get(tg.Indicator.Value)
			if ind == nil {
				continue
			}
			dir := ind.Direction
			if tg.Direction.Filled {
				dir = tg.Direction.Value
			}
			for _, tv := range tg.Values {
				if tv.Period != r.Period.String() || !tv.Value.Filled || dir == "" {
					continue
				}
				res := targetResult{kommune: st.Kommune, indicator: ind.ID, name: ind.Name, target: tv.Value.Value.Float(), dec: ind.ShownDecimals()}
				if v, ok := r.Get(st.Kommune, ind.ID, r.Period); ok && v.Has {
					res.has, res.value = true, v.Num
					res.shown = !h.Kommune(st.Kommune, ind.ID, r.Period)
					if dir == definition.Lower {
						res.met = v.Num <= res.target
					} else {
						res.met = v.Num >= res.target
					}
				}
				out = append(out, res)
			}
		}
	}
	return out
}

// targetSection is section 5: each kommune's targets for the period,
// met or not.
func targetSection(o *Overview, r *Rollup, set *definition.Set, h *Hidden) model.Section {
	s := model.Section{ID: "s5", Number: "5", Title: msg.RegTargetsTitle.F(), Level: 1, Sheet: msg.RegSheetTargets.F()}
	res := targetsOf(o, r, set, h)
	if len(res) == 0 {
		s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Text: msg.RegNoTargets.F(format.Period(r.Period))}})
		return s
	}
	t := &model.Table{ID: "maal", Caption: msg.RegTargetsCaption.F(format.Period(r.Period)), Columns: []model.Column{
		{Title: msg.RegColKommune.F(), Kind: model.TextColumn, Width: 1.8},
		{Title: msg.RegColIndicator.F(), Kind: model.TextColumn, Width: 3},
		{Title: msg.RegColTarget.F(), Kind: model.NumberColumn, Width: 1},
		{Title: msg.RegColFigure.F(), Kind: model.NumberColumn, Width: 1},
		{Title: msg.RegColStatus.F(), Kind: model.StatusColumn, Width: 1.4},
	}}
	for _, tr := range res {
		td := dec2(tr.target, tr.dec)
		row := model.Row{Cells: []model.Cell{textCell(kommuneName(tr.kommune)), textCell(tr.name),
			{Text: format.Number(td, tr.dec), Num: td, IsNum: true, Decimals: tr.dec}}}
		switch {
		case !tr.has:
			row.Cells = append(row.Cells, model.Cell{Text: "..", Mark: ".."}, model.Cell{Text: msg.RegTargetUnknown.F(), Status: model.NoTarget})
		case !tr.shown:
			row.Cells = append(row.Cells, model.Cell{Text: ":", Mark: ":"}, model.Cell{Text: msg.RegTargetHidden.F(), Status: model.NoTarget})
		default:
			vd := dec2(tr.value, tr.dec)
			c := model.Cell{Text: msg.RegTargetMet.F(), Status: model.OnTrack}
			if !tr.met {
				c = model.Cell{Text: msg.RegTargetNotMet.F(), Status: model.OffTrack}
			}
			row.Cells = append(row.Cells, model.Cell{Text: format.Number(vd, tr.dec), Num: vd, IsNum: true, Decimals: tr.dec}, c)
		}
		t.Rows = append(t.Rows, row)
	}
	t.Notes = append(t.Notes, msg.RegTargetsNote.F())
	s.Blocks = append(s.Blocks, model.Block{Table: t})
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// groupName is a KOSTRA group as readers know it: «KOSTRA-gruppe 13».
func groupName(code string) string {
	return msg.RegGroupName.F(strings.TrimPrefix(strings.ToUpper(code), "EKG"))
}
