// Package build makes the report model from the programme, the filled
// workbook and the computed figures: it picks the periods a half-year or
// annual report shows, rounds and formats every number, suppresses small
// counts for publication, judges figures against targets, and lays out
// sections 1–5, the definitions appendix and the steering-group page.
package build

import (
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
	Figures    []engine.Figure // for all kommuner and the programme's periods
	Kommune    string
	Period     period.Period // YYYYH1 (half-year report) or YYYY (annual)
	ReportDate period.Date
	Internal   bool  // not for publication: no suppression, every page says so
	Threshold  int64 // counts 1..Threshold are hidden (0: DefaultThreshold)
	Targets    []Target
	Form       *Form // sections 1–4 from the workbook; nil when there is none
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

// figures indexes one kommune's figures by indicator and period.
type figures map[string]map[period.Period]*engine.Figure

func (fs figures) get(id string, p period.Period) *engine.Figure {
	return fs[id][p]
}

// builder carries what the sections share.
type builder struct {
	in        *Input
	figs      figures
	threshold int64
	targets   map[string]*Target
	tables    int // counters for "Tabell 5.3", "Figur 5.2"
	ids       map[string]bool
	charts    int
	section   string
}

// Build makes the report.
func Build(in *Input) *model.Report {
	b := &builder{in: in, figs: figures{}, threshold: in.Threshold, targets: map[string]*Target{}, ids: map[string]bool{}}
	if b.threshold == 0 {
		b.threshold = DefaultThreshold
	}
	for i := range in.Figures {
		f := &in.Figures[i]
		if f.Kommune != in.Kommune || f.Group != "" {
			continue
		}
		if b.figs[f.Indicator] == nil {
			b.figs[f.Indicator] = map[period.Period]*engine.Figure{}
		}
		b.figs[f.Indicator][f.Period] = f
	}
	for i := range in.Targets {
		b.targets[in.Targets[i].Indicator] = &in.Targets[i]
	}
	r := &model.Report{Meta: b.meta()}
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

// comparePeriod is the period shown beside the report period: H1 of the
// year before for a half-year report, the year before for an annual one.
func (b *builder) comparePeriod() period.Period { return b.in.Period.SameLastYear() }

// decimals is how many decimals an indicator is shown with.
func decimals(ind *definition.Indicator) int { return ind.ShownDecimals() }

// hidden reports whether a figure is hidden in a published report: a count
// from 1 to the threshold, or a ratio or formula built on one.
func (b *builder) hidden(ind *definition.Indicator, f *engine.Figure) bool {
	if b.in.Internal || f == nil || !f.Has {
		return false
	}
	if ind.Unit == definition.Count {
		v := f.Value
		return v >= num.MustInt(1) && v <= num.MustInt(b.threshold)
	}
	for _, dep := range ind.Dependencies() {
		d := b.in.Set.Get(dep)
		if d != nil && b.hidden(d, b.figs.get(dep, f.Period)) {
			return true
		}
	}
	return false
}

// cell is a figure as the report shows it.
func (b *builder) cell(ind *definition.Indicator, f *engine.Figure) model.Cell {
	if f == nil {
		return model.Cell{Text: string(engine.NoData), Mark: string(engine.NoData)}
	}
	if b.hidden(ind, f) {
		return model.Cell{Text: string(engine.Suppressed), Mark: string(engine.Suppressed)}
	}
	if !f.Has {
		return model.Cell{Text: string(f.Mark), Mark: string(f.Mark)}
	}
	dec := decimals(ind)
	v := format.Round(f.Value, dec)
	c := model.Cell{Text: format.Number(v, dec), Num: v, IsNum: true, Decimals: dec}
	if f.Mark == engine.Provisional {
		c.Text += " " + string(engine.Provisional)
		c.Mark = string(engine.Provisional)
	}
	return c
}

// point is a figure in a chart: a gap when it has no shown number.
func (b *builder) point(ind *definition.Indicator, f *engine.Figure) model.Point {
	c := b.cell(ind, f)
	return model.Point{Num: c.Num, Has: c.IsNum, Label: c.Text}
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
