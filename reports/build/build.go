// Package build makes the report model from the programme, the filled
// workbook and the computed figures: it picks the periods a half-year or
// annual report shows, rounds and formats every number, decides what a
// published report hides (disclose.go) and audits the result, judges
// figures against targets, and lays out sections 1–5, the definitions
// appendix and the steering-group page.
package build

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// DefaultThreshold is the largest count hidden in published reports.
const DefaultThreshold = 4

// Input is what one report is made from.
type Input struct {
	Program    *program.Program
	Set        *definition.Set
	Figures    []engine.Figure // the kommune's for the programme's periods (others' are passed over)
	Kommune    string
	Period     period.Period // YYYYH1 (half-year report) or YYYY (annual)
	ReportDate period.Date
	Internal   bool  // not for publication: no suppression, every page says so
	Threshold  int64 // counts 1..Threshold are hidden (0: DefaultThreshold)
	Targets    []Target
	Form       *Form // sections 1–4 from the workbook; nil when there is none
	// Published are the records of reports published before (of any
	// kommune and period; the report's own are used): what they really
	// showed and hid. Without a record an earlier report is taken to show
	// what it would show if made again today.
	Published []Publication
}

// Target is a baseline and targets for one indicator.
type Target struct {
	Indicator string
	Direction definition.Direction
	Baseline  *Value
	Values    map[period.Period]num.Dec
	// Vurdering is the kommune's own assessment of the goal (the Mål
	// sheet's «Kommunens vurdering»), shown beside the goal table.
	Vurdering string
}

// Value is a number for a period.
type Value struct {
	Period period.Period
	Num    num.Dec
}

// builder carries what the sections share.
type builder struct {
	in        *Input
	fx        *facts
	figs      figureIndex
	threshold int64
	targets   map[string]*Target
	// dis is what the published report hides; nil shows everything (an
	// internal report, or the first pass that finds what a report shows).
	dis *decision
	u   *universe
	// seen records every fact a cell or point rests on.
	seen map[factKey]bool
	// the baselines of the goal table that are the programme's own
	// figures, not the computed ones: indicator and period names
	ownBaselines [][2]string
	tables       int // counters for "Tabell 5.3", "Figur 5.2"
	ids          map[string]bool
	charts       int
	section      string
}

func (in *Input) threshold() int64 {
	if in.Threshold == 0 {
		return DefaultThreshold
	}
	return in.Threshold
}

func newBuilder(in *Input, fx *facts, figs figureIndex) *builder {
	b := &builder{in: in, fx: fx, figs: figs, threshold: in.threshold(), targets: map[string]*Target{}, ids: map[string]bool{}, seen: map[factKey]bool{}}
	for i := range in.Targets {
		b.targets[in.Targets[i].Indicator] = &in.Targets[i]
	}
	return b
}

// Build makes the report. A published report hides what it must and is
// audited before it is returned: the error is a *LeakError when the audit
// finds a hidden figure a reader could work out (a bug in boso; the report
// must not be written), or another error when no choice of hidden figures
// protects them.
func Build(in *Input) (*model.Report, error) {
	fx := newFacts(in.Set)
	figs := indexFigures(in.Figures, in.Kommune)
	if in.Internal {
		return newBuilder(in, fx, figs).report(), nil
	}
	pl, err := planFor(in, fx, figs)
	var neg *NegativeError
	if errors.As(err, &neg) {
		return nil, err // in the user's data, said with the figure
	}
	if err != nil {
		// the disclosure problem could not be solved: a bug, said in words
		return nil, &InternalError{Err: err}
	}
	b := newBuilder(in, fx, figs)
	b.dis, b.u = &pl.decisions[len(pl.decisions)-1], pl.u
	r := b.report()
	if err := pl.audit(r); err != nil {
		return r, err
	}
	return r, nil
}

func (b *builder) report() *model.Report {
	r := &model.Report{Meta: b.meta()}
	if s, ok := b.summarySection(); ok {
		r.Sections = append(r.Sections, s)
	}
	r.Sections = append(r.Sections, b.formSections()...)
	r.Sections = append(r.Sections, b.indicatorSections()...)
	r.Sections = append(r.Sections, b.appendix())
	r.Steering = b.steering(r)
	return r
}

func (b *builder) kommuneName() string {
	if n := b.in.Program.KommuneName(b.in.Kommune); n != "" {
		return n
	}
	return b.in.Kommune
}

func (b *builder) meta() model.Meta {
	in := b.in
	m := model.Meta{
		Kommune: b.kommuneName(), Kommunenummer: in.Kommune, Subtitle: in.Program.Name,
		Period: format.Period(in.Period), PeriodID: in.Period.String(),
		ReportDate: format.Date(in.ReportDate), ReportDateISO: in.ReportDate.String(),
		Internal: in.Internal, Lang: "nb",
		Labels: model.Labels{PageOf: msg.RepPageOf.F(), Contents: msg.RepContents.F(), SkipToMain: msg.RepSkipToMain.F(),
			ChartData: msg.RepChartData.F(), Source: msg.RepSource.F(), SteeringTOC: msg.RepSteeringTOC.F()},
	}
	if in.Period.Type == period.Half {
		m.Kind, m.Title = model.HalfYear, msg.RepTitleHalf.F(in.Period.Year)
	} else {
		m.Kind, m.Title = model.Annual, msg.RepTitleYear.F(in.Period.Year)
	}
	m.RunningHeader = msg.RepRunningHeader.F(m.Kommune, m.Period)
	if in.Program.Example {
		m.Banners = append(m.Banners, msg.ExampleData.F())
	}
	if in.Internal {
		m.Banners = append(m.Banners, msg.RepInternal.F())
	}
	return m
}

// summarySection is the programme leader's summary at the front.
func (b *builder) summarySection() (model.Section, bool) {
	if b.in.Form == nil || strings.TrimSpace(b.in.Form.Sammendrag) == "" {
		return model.Section{}, false
	}
	return model.Section{ID: "sammendrag", Title: msg.RepSummaryTitle.F(), Level: 1,
		Blocks: []model.Block{{Paragraph: &model.Paragraph{Text: b.in.Form.Sammendrag}}}}, true
}

// comparePeriod is the period shown beside the report period: the same
// half-year of the year before for a half-year report, the year before
// for an annual one.
func (b *builder) comparePeriod() period.Period { return b.in.Period.SameLastYear() }

// decimals is how many decimals an indicator is shown with.
func decimals(ind *definition.Indicator) int { return ind.ShownDecimals() }

// small reports whether a fact is a count a published report hides by
// itself (1 … threshold), or an amount resting on that few rows.
func (b *builder) small(k factKey) bool {
	ind, f := b.in.Set.Get(k.ind), b.figs[k]
	if ind == nil || f == nil || !f.Has {
		return false
	}
	switch ind.Unit {
	case definition.Count:
		return f.Value >= num.MustInt(1) && f.Value <= num.MustInt(b.threshold)
	case definition.NOK:
		return f.Rows >= 1 && f.Rows <= b.threshold
	}
	return false
}

// visible reports whether the report shows a fact's number: every base
// figure it rests on is shown.
func (b *builder) visible(k factKey) bool {
	if b.dis == nil {
		return true
	}
	for _, bk := range b.fx.expand(k) {
		if b.dis.hidden[bk] {
			return false
		}
		// a figure the disclosure problem does not hold (a period no
		// document of the schedule shows) is at least not small
		if _, in := b.u.idx[bk]; !in && b.small(bk) {
			return false
		}
	}
	return true
}

// cell is a figure as the report shows it.
func (b *builder) cell(ind *definition.Indicator, k factKey) model.Cell {
	b.seen[k] = true
	c := model.Cell{Facts: []string{k.String()}}
	f := b.figs[k]
	switch {
	case f == nil:
		c.Text, c.Mark = string(engine.NoData), string(engine.NoData)
	case !f.Has:
		c.Text, c.Mark = string(f.Mark), string(f.Mark)
	case !b.visible(k):
		c.Text, c.Mark = string(engine.Suppressed), string(engine.Suppressed)
	default:
		dec := decimals(ind)
		v := format.Round(f.Value, dec)
		if ind.Kind == definition.Ratio && f.Denominator != 0 {
			// rounded once, from the exact fraction
			if r, ok := engine.RatioAt(f.Numerator, f.Denominator, ind.Factor, dec); ok {
				v = r
			}
		}
		c.Text, c.Num, c.IsNum, c.Decimals = format.Number(v, dec), v, true, dec
		if f.Mark == engine.Provisional {
			c.Text += " " + string(engine.Provisional)
			c.Mark = string(engine.Provisional)
		}
	}
	return c
}

// point is a figure in a chart: a gap when it has no shown number.
func (b *builder) point(ind *definition.Indicator, k factKey) model.Point {
	c := b.cell(ind, k)
	return model.Point{Num: c.Num, Has: c.IsNum, Label: c.Text, Facts: c.Facts}
}

func textCell(s string) model.Cell { return model.Cell{Text: s} }

func numberCell(v num.Dec, dec int) model.Cell {
	v = format.Round(v, dec)
	return model.Cell{Text: format.Number(v, dec), Num: v, IsNum: true, Decimals: dec}
}

// nextTable returns the next table number in the current section ("5.3").
func (b *builder) nextTable() string {
	b.tables++
	return fmt.Sprintf("%s.%d", b.section, b.tables)
}

func (b *builder) nextFigure() string {
	b.charts++
	return fmt.Sprintf("%s.%d", b.section, b.charts)
}

// unique returns id, or id with a number added if the report has it already.
func (b *builder) unique(id string) string {
	out := id
	for n := 2; b.ids[out]; n++ {
		sep := "-"
		if strings.HasPrefix(id, "fig_") {
			sep = "_"
		}
		out = id + sep + strconv.Itoa(n)
	}
	b.ids[out] = true
	return out
}

// anchor makes an id of letters, digits and - from a text.
func anchor(prefix, s string) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			sb.WriteRune(r)
		case r == 'æ':
			sb.WriteString("ae")
		case r == 'ø':
			sb.WriteString("o")
		case r == 'å':
			sb.WriteString("a")
		default:
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

// InternalError is a failure of boso's own machinery while making a
// report (the disclosure problem could not be solved); nothing may be
// written.
type InternalError struct{ Err error }

func (e *InternalError) Error() string { return msg.RepInternalError.F(e.Err) }

func (e *InternalError) Unwrap() error { return e.Err }
