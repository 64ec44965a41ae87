package attack

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/period"
	"boso/reports/format"
	"boso/templates/msg"
)

// From grids to figures. A reader knows the indicators by the names the
// report and its appendix give them, the breakdown groups by their labels
// and the periods by their names («1. halvår 2024», «2024»); nothing else
// of boso's internals is used here.

// fact is one figure: an indicator, a period and a breakdown group ("" for
// the total), in the definitions' own codes.
type fact struct {
	ind   string
	p     period.Period
	group string
}

// shown is a cell as printed: a number (with the decimals written, and
// whether it is marked provisional) or a mark.
type shown struct {
	mark string // "" for a number; ":" hidden, ".." no data, "." cannot be computed
	num  float64
	dec  int // decimals written; -1 when the text does not say (a spreadsheet value)
	prov bool
	text string
}

func (s shown) isNum() bool { return s.mark == "" }

// obs is a figure seen in one place.
type obs struct {
	f     fact
	v     shown
	where string
	src   origin // a table, a chart's data, an alt text
	table string // the table's caption, for a table
}

type origin int

const (
	fromTable origin = iota
	fromChart
	fromAlt
	fromNote // a note that cites figures: «X, 2024: endring fra 6 i 2023 til 12 …»
)

// change is an «Endring» cell: now − then, as printed.
type change struct {
	now, then fact
	v         shown
	where     string
}

// deviation is an «Avvik fra mål» cell: the figure minus its target.
type deviation struct {
	f      fact
	target float64
	v      shown
	where  string
}

// judged is a status against a target («mål nådd», «ikke i rute» …).
type judged struct {
	f      fact
	target float64
	status string
	where  string
}

// reading is what one rendered file says about the figures.
type reading struct {
	where     string
	obs       []obs
	baselines []obs // «54 (2016)»: the figure of that period, as a reader would take it
	changes   []change
	devs      []deviation
	statuses  []judged
	problems  []string // what could not be interpreted, or contradicts itself
}

func (r *reading) problem(format string, a ...any) {
	r.problems = append(r.problems, fmt.Sprintf(format, a...))
}

// lexicon maps the words of a report to the definitions' codes.
type lexicon struct {
	set     *definition.Set
	byName  map[string]*definition.Indicator
	per1000 map[string]*definition.Indicator // base indicator id → its per-1000 figure
	fields  map[string]string                // a breakdown's name («Målgruppe») → its field
	groups  map[string]map[string]string     // field → group label → "field=code"
}

func newLexicon(set *definition.Set) *lexicon {
	lx := &lexicon{set: set, byName: map[string]*definition.Indicator{}, per1000: map[string]*definition.Indicator{},
		fields: map[string]string{}, groups: map[string]map[string]string{}}
	for _, ind := range set.Indicators {
		if ind.Invalid {
			continue
		}
		lx.byName[ind.Name] = ind
		if ind.PerThousandOf != "" {
			lx.per1000[ind.PerThousandOf] = ind
		}
	}
	for _, b := range set.Breakdowns {
		lx.fields[b.Name] = b.Field
		m := map[string]string{}
		for _, v := range b.Values {
			m[v.Name] = b.Field + "=" + v.Code
		}
		lx.groups[b.Field] = m
	}
	return lx
}

// indicator resolves a row label or column title: the indicator's name,
// possibly followed by its unit («(kr)», «(%)», «(per 1000 innbyggere)»).
func (lx *lexicon) indicator(label string) *definition.Indicator {
	if ind := lx.byName[label]; ind != nil {
		return ind
	}
	for _, u := range []string{msg.RepUnitKr.F(), msg.RepUnitPercent.F(), msg.RepUnitPer1000.F()} {
		if name, ok := strings.CutSuffix(label, " "+u); ok {
			if ind := lx.byName[name]; ind != nil {
				return ind
			}
		}
	}
	return nil
}

// group resolves a group label of a breakdown field; "" for «I alt».
func (lx *lexicon) group(field, label string) (string, bool) {
	if label == msg.RepTotalAll.F() {
		return "", true
	}
	if g, ok := lx.groups[field][label]; ok {
		return g, true
	}
	// a code the definitions do not name is its own label
	if label != "" && !strings.ContainsAny(label, " ") {
		return field + "=" + label, true
	}
	return "", false
}

var periodRE = regexp.MustCompile(`^(?:([12])\. halvår )?(\d{4})$`)

// parsePeriod reads a period's name: «1. halvår 2024», «2024».
func parsePeriod(s string) (period.Period, bool) {
	m := periodRE.FindStringSubmatch(strings.TrimSuffix(clean(s), " *"))
	if m == nil {
		return period.Period{}, false
	}
	y, _ := strconv.Atoi(m[2])
	if m[1] == "" {
		return period.Period{Type: period.Year, Year: y}, true
	}
	n, _ := strconv.Atoi(m[1])
	return period.Period{Type: period.Half, Year: y, N: n}, true
}

var numberRE = regexp.MustCompile(`^[+−-]?\d{1,3}(?: \d{3})*(?:,\d+)?$|^[+−-]?\d+(?:,\d+)?$`)
var plainRE = regexp.MustCompile(`^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$`)

// parseShown reads a printed cell: a Norwegian number (1 234, −1, +4,
// 72,0, 75,8 *), a mark, or — from a spreadsheet exported as values — a
// plain number (75.8). ok is false for text that is neither, and for an
// empty cell.
func parseShown(s string) (shown, bool) {
	s = clean(s)
	v := shown{text: s, dec: -1}
	if s == "" {
		return v, false
	}
	if rest, ok := strings.CutSuffix(s, " *"); ok {
		v.prov, s = true, rest
	}
	switch s {
	case ":", "..", ".":
		v.mark = s
		return v, true
	}
	if plainRE.MatchString(s) {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return v, false
		}
		v.num = f
		return v, true
	}
	if !numberRE.MatchString(s) {
		return v, false
	}
	t := strings.NewReplacer(" ", "", "−", "-", "+", "", ",", ".").Replace(s)
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return v, false
	}
	v.num = f
	v.dec = 0
	if i := strings.IndexByte(s, ','); i >= 0 {
		v.dec = len(s) - i - 1
	}
	return v, true
}

// atPeriod reads «54 (2016)», «: (2016)», «25 (1. halvår 2025)».
func atPeriod(s string) (shown, period.Period, bool) {
	s = clean(s)
	i := strings.LastIndex(s, " (")
	if i < 0 || !strings.HasSuffix(s, ")") {
		return shown{}, period.Period{}, false
	}
	p, ok := parsePeriod(s[i+2 : len(s)-1])
	if !ok {
		return shown{}, period.Period{}, false
	}
	v, ok := parseShown(s[:i])
	return v, p, ok
}

var tableNoRE = regexp.MustCompile(`^Tabell \d+(?:\.\d+)* `)

// interpret turns a file's grids, charts and alt texts into figures.
func (lx *lexicon) interpret(r *rendered) *reading {
	rd := &reading{where: r.where}
	for _, g := range r.tables {
		lx.table(rd, g)
	}
	for _, s := range r.charts {
		lx.chart(rd, s)
	}
	for _, a := range r.alts {
		lx.alt(rd, a)
	}
	if r.wholeProse {
		for _, t := range r.texts {
			lx.note(rd, t)
		}
	}
	return rd
}

var (
	claimRE = regexp.MustCompile(`(\d{1,3}(?: \d{3})*(?:,\d+)?)(?: kr)? i ((?:[12]\. halvår )?\d{4})\b`)
	untoRE  = regexp.MustCompile(`\btil (\d{1,3}(?: \d{3})*(?:,\d+)?)(?: kr)?(?:[ .,;)]|$)`)
)

// note reads the figures a note cites, in the form boso writes them: the
// figure's name («Innvilgede startlån, 2024[, group]: …»), then «N i
// <period>» for another period's value and «til N» for its own.
func (lx *lexicon) note(rd *reading, text string) {
	var ind *definition.Indicator
	for name, i := range lx.byName {
		if strings.HasPrefix(text, name+", ") && (ind == nil || len(name) > len(ind.Name)) {
			ind = i
		}
	}
	if ind == nil {
		return
	}
	head, body, ok := strings.Cut(text[len(ind.Name)+2:], ": ")
	if !ok {
		return
	}
	ps, gl, _ := strings.Cut(head, ", ")
	p, ok := parsePeriod(ps)
	if !ok {
		return
	}
	group := ""
	if gl != "" {
		for _, field := range ind.Breakdown {
			if g, ok := lx.group(field, gl); ok {
				group = g
			}
		}
	}
	where := rd.where + ": note «" + text + "»"
	for _, m := range claimRE.FindAllStringSubmatch(body, -1) {
		q, okq := parsePeriod(m[2])
		v, okv := parseShown(m[1])
		if okq && okv {
			rd.obs = append(rd.obs, obs{fact{ind.ID, q, group}, v, where, fromNote, ""})
		}
	}
	for _, m := range untoRE.FindAllStringSubmatch(body, -1) {
		if v, ok := parseShown(m[1]); ok {
			rd.obs = append(rd.obs, obs{fact{ind.ID, p, group}, v, where, fromNote, ""})
		}
	}
}

func (lx *lexicon) table(rd *reading, g grid) {
	if len(g.header) < 2 {
		return
	}
	where := func(row, col int) string {
		label := ""
		if row < len(g.rows) && len(g.rows[row]) > 0 {
			label = g.rows[row][0]
		}
		return fmt.Sprintf("%s: %s, «%s» × «%s»", g.where, g.caption, label, g.header[col])
	}
	numeric := 0 // cells a reader reads as numbers
	used := 0    // of those, the ones interpreted
	for _, row := range g.rows {
		for _, c := range row[min(1, len(row)):] {
			if v, ok := parseShown(c); ok && v.text != "" {
				numeric++
			} else if _, _, ok := atPeriod(c); ok {
				numeric++
			}
		}
	}
	rest := tableNoRE.ReplaceAllString(g.caption, "")
	// a spreadsheet's hidden sheet of chart data is a chart's, not a table's
	src := fromTable
	if strings.HasPrefix(g.caption, "Figur ") {
		src = fromChart
	}

	// By breakdown group: «<indicator> etter <field>», groups down, periods across.
	if field, ok := lx.fields[g.header[0]]; ok {
		var ind *definition.Indicator
		for name, i := range lx.byName {
			if rest == name+" etter "+strings.ToLower(g.header[0]) {
				ind = i
			}
		}
		if ind == nil {
			rd.problem("%s: %s: no indicator in the caption of a table by %s", g.where, g.caption, g.header[0])
			return
		}
		for ri, row := range g.rows {
			grp, ok := lx.group(field, row[0])
			if !ok {
				rd.problem("%s: unknown group «%s»", where(ri, 0), row[0])
				continue
			}
			for ci := 1; ci < len(row) && ci < len(g.header); ci++ {
				p, ok := parsePeriod(g.header[ci])
				v, okv := parseShown(row[ci])
				if !ok || !okv {
					continue
				}
				rd.obs = append(rd.obs, obs{fact{ind.ID, p, grp}, v, where(ri, ci), src, g.caption})
				used++
			}
		}
		lx.checkUsed(rd, g, numeric, used)
		return
	}

	// Periods down, indicators across: a chart's data table.
	if g.header[0] == msg.RepColPeriod.F() {
		for ri, row := range g.rows {
			p, ok := parsePeriod(row[0])
			if !ok {
				rd.problem("%s: not a period: «%s»", where(ri, 0), row[0])
				continue
			}
			for ci := 1; ci < len(row) && ci < len(g.header); ci++ {
				if g.header[ci] == msg.RepColTarget.F() {
					used += countShown(row[ci])
					continue
				}
				ind := lx.indicator(g.header[ci])
				v, okv := parseShown(row[ci])
				if ind == nil {
					if okv {
						rd.problem("%s: unknown indicator «%s»", where(ri, ci), g.header[ci])
					}
					continue
				}
				if okv {
					rd.obs = append(rd.obs, obs{fact{ind.ID, p, ""}, v, where(ri, ci), src, g.caption})
					used++
				}
			}
		}
		lx.checkUsed(rd, g, numeric, used)
		return
	}

	// Indicators down: the goal table, the per-1000 table, the steering page.
	perThousand := strings.Contains(g.header[0], "per 1000")
	periods := map[int]period.Period{}
	var order []int
	for ci := 1; ci < len(g.header); ci++ {
		if p, ok := parsePeriod(g.header[ci]); ok {
			periods[ci] = p
			order = append(order, ci)
		}
	}
	if len(periods) == 0 {
		return // not a table of figures (activities, economy, members)
	}
	sort.Ints(order)
	col := func(title string) int {
		for ci, h := range g.header {
			if h == title {
				return ci
			}
		}
		return -1
	}
	cChange, cTarget, cDev, cBase, cStatus := col(msg.RepColChange.F()), col(msg.RepColTarget.F()), col(msg.RepColDeviation.F()),
		col(msg.RepColBaseline.F()), col(msg.RepColStatus.F())
	for ri, row := range g.rows {
		ind := lx.indicator(row[0])
		if ind == nil {
			rd.problem("%s: unknown indicator «%s»", where(ri, 0), row[0])
			continue
		}
		if perThousand {
			if ind = lx.per1000[ind.ID]; ind == nil {
				rd.problem("%s: «%s» has no per-1000 figure", where(ri, 0), row[0])
				continue
			}
		}
		cell := func(ci int) (shown, bool) {
			if ci < 0 || ci >= len(row) {
				return shown{}, false
			}
			return parseShown(row[ci])
		}
		for _, ci := range order {
			if v, ok := cell(ci); ok {
				rd.obs = append(rd.obs, obs{fact{ind.ID, periods[ci], ""}, v, where(ri, ci), src, g.caption})
				used++
			}
		}
		if v, ok := cell(cChange); ok && len(order) == 2 {
			rd.changes = append(rd.changes, change{fact{ind.ID, periods[order[1]], ""}, fact{ind.ID, periods[order[0]], ""}, v, where(ri, cChange)})
			used++
		}
		var target float64
		hasTarget := false
		if cTarget >= 0 && cTarget < len(row) {
			if tv, _, ok := atPeriod(row[cTarget]); ok && tv.isNum() {
				target, hasTarget = tv.num, true
				used++
			}
		}
		now := fact{ind.ID, periods[order[len(order)-1]], ""}
		if v, ok := cell(cDev); ok {
			used++
			if !hasTarget {
				rd.problem("%s: a deviation without a target", where(ri, cDev))
			} else {
				rd.devs = append(rd.devs, deviation{now, target, v, where(ri, cDev)})
			}
		}
		if cStatus >= 0 && cStatus < len(row) && hasTarget {
			rd.statuses = append(rd.statuses, judged{now, target, row[cStatus], where(ri, cStatus)})
		}
		if cBase >= 0 && cBase < len(row) {
			if v, p, ok := atPeriod(row[cBase]); ok {
				rd.baselines = append(rd.baselines, obs{fact{ind.ID, p, ""}, v, where(ri, cBase), src, g.caption})
				used++
			}
		}
	}
	lx.checkUsed(rd, g, numeric, used)
}

func countShown(s string) int {
	if _, ok := parseShown(s); ok {
		return 1
	}
	return 0
}

// checkUsed notes a table of figures with numbers the reader did not
// place: what cannot be read cannot be attacked, so it must not pass
// silently.
func (lx *lexicon) checkUsed(rd *reading, g grid, numeric, used int) {
	if used < numeric {
		rd.problem("%s: %s: %d of %d number cells not interpreted", g.where, g.caption, numeric-used, numeric)
	}
}

// chart reads a chart's series: indicators by name, periods along the axis.
func (lx *lexicon) chart(rd *reading, s series) {
	if s.name == msg.RepTargetSeries.F() {
		return
	}
	ind := lx.indicator(s.name)
	if ind == nil {
		rd.problem("%s: %s: unknown series «%s»", s.where, s.chart, s.name)
		return
	}
	for i, pt := range s.points {
		if i >= len(s.categories) {
			rd.problem("%s: %s: series «%s» has more points than categories", s.where, s.chart, s.name)
			break
		}
		p, ok := parsePeriod(s.categories[i])
		if !ok {
			rd.problem("%s: %s: category «%s» is not a period", s.where, s.chart, s.categories[i])
			continue
		}
		where := fmt.Sprintf("%s: %s, series «%s», %s", s.where, s.chart, s.name, s.categories[i])
		v, ok := parseShown(pt.text)
		switch {
		case pt.value == nil && ok && v.isNum():
			rd.problem("%s: a gap whose label is the number «%s»", where, pt.text)
		case pt.value != nil && (!ok || !v.isNum()):
			rd.problem("%s: the chart draws %g where its label says «%s»", where, *pt.value, pt.text)
			v = shown{num: *pt.value, dec: -1, text: strconv.FormatFloat(*pt.value, 'f', -1, 64)}
			ok = true
		case pt.value != nil && v.num != *pt.value:
			rd.problem("%s: the chart draws %g where its label says «%s»", where, *pt.value, pt.text)
		}
		if !ok && pt.text != "" {
			rd.problem("%s: a point a reader cannot read: %s", where, pt.text)
		}
		if ok {
			rd.obs = append(rd.obs, obs{fact{ind.ID, p, ""}, v, where, fromChart, s.chart})
		}
	}
}

// alt reads a chart's alt text: «<title>. <series>: 65 i 1. halvår 2016,
// 67 i 1. halvår 2025; …».
func (lx *lexicon) alt(rd *reading, a altText) {
	_, body, ok := strings.Cut(a.text, ". ")
	if !ok {
		return
	}
	for _, seg := range strings.Split(body, "; ") {
		name, rest, ok := cutLast(seg, ": ")
		if !ok {
			rd.problem("%s: alt text of %s: cannot read «%s»", a.where, a.chart, seg)
			continue
		}
		ind := lx.indicator(name)
		if ind == nil {
			rd.problem("%s: alt text of %s: unknown series «%s»", a.where, a.chart, name)
			continue
		}
		if rest == strings.TrimPrefix(msg.RepChartAltEmpty.F(""), ": ") || rest == strings.TrimPrefix(msg.RepChartAltHidden.F(""), ": ") {
			continue
		}
		for _, part := range strings.Split(rest, ", ") {
			vs, ps, ok := cutLast(part, " i ")
			p, okp := parsePeriod(ps)
			// the value may carry its unit: «9 210 000 kr», «100,0 %», «0,91 per 1000 innbyggere»
			for _, u := range []string{" " + msg.RepAxisPer1000.F(), " " + msg.RepAxisKr.F(), " %"} {
				vs = strings.TrimSuffix(vs, u)
			}
			v, okv := parseShown(vs)
			if !ok || !okp || !okv {
				rd.problem("%s: alt text of %s: cannot read «%s»", a.where, a.chart, part)
				continue
			}
			rd.obs = append(rd.obs, obs{fact{ind.ID, p, ""}, v, fmt.Sprintf("%s: alt text of %s", a.where, a.chart), fromAlt, a.chart})
		}
	}
}

// cutLast cuts s around the last sep... for the alt text's «name: values»
// the first «: » after which only values follow.
func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// name is a figure as a reader would say it.
func (lx *lexicon) name(f fact) string {
	s := f.ind
	if ind := lx.set.Get(f.ind); ind != nil {
		s = ind.Name
	}
	s += ", " + format.Period(f.p)
	if f.group != "" {
		_, v, _ := lx.set.Group(f.group)
		s += ", " + v
	}
	return s
}

// periodName names a period as a reader would.
func (lx *lexicon) periodName(p period.Period) string { return format.Period(p) }
