package workbook

import (
	"errors"
	"fmt"

	"boso/indicators/period"
	"boso/indicators/source/parse"
	"boso/templates/msg"
)

// TemplateInput is what the programme knows before anything is filled in.
type TemplateInput struct {
	Program  string            // programme name, prefilled on Programinfo
	Kommuner []TemplateKommune // the programme's kommuner, usually one
	// FirstYear and LastYear are the programme period (e.g. 2016 and 2025).
	FirstYear, LastYear int
	// ReportPeriod is the period reported on: a year ("2025", the annual
	// report) or a half-year ("2025H1", the half-year report).
	ReportPeriod string
	// Indicators are all the programme's indicators: every one gets a row
	// on Mål; those Entered get rows on Tall.
	Indicators []IndicatorInfo
	// Goals are the programme's hovedmål: Aktiviteter is grouped by them
	// and offers them in a dropdown.
	Goals []string
}

// TemplateKommune is a kommune of the programme.
type TemplateKommune struct {
	Number string // kommunenummer, 3 or 4 digits
	Name   string
}

// IndicatorInfo describes one indicator for the workbook.
type IndicatorInfo struct {
	ID   string
	Name string // Norwegian name
	Unit string // as shown: antall, NOK, prosent …
	// Entered is true for indicators whose figures are typed in by hand:
	// the Tall sheet gets a row for each of them per kommune and period.
	Entered bool
}

// Options says what Read accepts where the workbook offers a closed list.
// An empty list or a zero year accepts anything well formed.
type Options struct {
	Entered    []string // indicator ids allowed on Tall
	Indicators []string // indicator ids allowed on Mål
	Periods    []string // period ids allowed on Tall, in time order
	Goals      []string // hovedmål allowed on Aktiviteter
	Kommuner   []string // kommunenummer (4 digits) allowed on Tall and Mål
	// FirstYear and LastYear bound the years on Økonomi.
	FirstYear, LastYear int
}

// Options returns what Read should accept in a workbook made from in: the
// same lists Template offers in its dropdowns. It assumes in is valid
// (Template accepted it); periods are left open otherwise.
func (in TemplateInput) Options() Options {
	o := Options{FirstYear: in.FirstYear, LastYear: in.LastYear, Goals: append([]string(nil), in.Goals...)}
	for _, ind := range in.Indicators {
		o.Indicators = append(o.Indicators, ind.ID)
		if ind.Entered {
			o.Entered = append(o.Entered, ind.ID)
		}
	}
	for _, k := range in.Kommuner {
		if n, err := parse.Kommunenummer(k.Number); err == nil {
			o.Kommuner = append(o.Kommuner, n)
		}
	}
	if rp, err := in.reportPeriod(); err == nil {
		for _, p := range GridPeriods(in.FirstYear, rp) {
			o.Periods = append(o.Periods, p.String())
		}
	}
	return o
}

// GridPeriods returns the periods the Tall sheet has rows for: every
// half-year and year from the programme's first year up to and including
// report, in time order with a year after its halves (2024H1, 2024H2,
// 2024, 2025H1).
func GridPeriods(firstYear int, report period.Period) []period.Period {
	var out []period.Period
	for y := firstYear; y <= report.Year; y++ {
		for _, p := range []period.Period{{Type: period.Half, Year: y, N: 1}, {Type: period.Half, Year: y, N: 2}, {Type: period.Year, Year: y}} {
			if p.Last() > report.Last() {
				return out
			}
			out = append(out, p)
		}
	}
	return out
}

// reportPeriod parses and checks the report period.
func (in TemplateInput) reportPeriod() (period.Period, error) {
	p, err := period.Parse(in.ReportPeriod)
	if err != nil || (p.Type != period.Year && p.Type != period.Half) {
		return period.Period{}, errors.New(msg.WBInBadPeriod.F(in.ReportPeriod))
	}
	if p.Year < in.FirstYear || p.Year > in.LastYear {
		return period.Period{}, errors.New(msg.WBInPeriodOutside.F(p, in.FirstYear, in.LastYear))
	}
	return p, nil
}

// check returns the report period and the kommuner with four-digit
// numbers, or every problem with the input joined.
func (in TemplateInput) check() (period.Period, []TemplateKommune, error) {
	var errs []error
	if in.Program == "" {
		errs = append(errs, errors.New(msg.WBInNoProgram.F()))
	}
	if len(in.Kommuner) == 0 {
		errs = append(errs, errors.New(msg.WBInNoKommune.F()))
	}
	ks := make([]TemplateKommune, len(in.Kommuner))
	for i, k := range in.Kommuner {
		n, err := parse.Kommunenummer(k.Number)
		if err != nil {
			errs = append(errs, errors.New(msg.WBInBadKommune.F(k.Number)))
		}
		ks[i] = TemplateKommune{Number: n, Name: k.Name}
	}
	var rp period.Period
	if in.FirstYear < 1900 || in.LastYear < in.FirstYear || in.LastYear > 9999 {
		errs = append(errs, errors.New(msg.WBInBadYears.F(in.FirstYear, in.LastYear)))
	} else {
		var err error
		if rp, err = in.reportPeriod(); err != nil {
			errs = append(errs, err)
		}
	}
	seen := map[string]bool{}
	for _, ind := range in.Indicators {
		if seen[ind.ID] {
			errs = append(errs, errors.New(msg.WBInDupIndicator.F(ind.ID)))
		}
		seen[ind.ID] = true
	}
	seen = map[string]bool{}
	for _, g := range in.Goals {
		if seen[g] {
			errs = append(errs, errors.New(msg.WBInDupGoal.F(g)))
		}
		seen[g] = true
	}
	if err := errors.Join(errs...); err != nil {
		return rp, nil, fmt.Errorf("workbook: %w", err)
	}
	return rp, ks, nil
}
