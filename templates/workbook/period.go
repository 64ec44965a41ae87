package workbook

import (
	"boso/indicators/diag"
	"boso/indicators/period"
)

// MadeFor is the report period a workbook was made for, as its
// Programinfo says.
type MadeFor struct {
	Period period.Period
	// YearOnly is true for a workbook without «Rapporteringsperiode»
	// (boso made it before it wrote one): only «Rapporteringsår» tells
	// what it is for, and Period is that year.
	YearOnly bool
	Pos      diag.Pos // the cell it was read from
}

// Period returns the period the workbook was made for: «Rapporteringsperiode»,
// or in a workbook without it, «Rapporteringsår». ok is false when neither
// holds a value.
func (wb *Workbook) Period() (m MadeFor, ok bool) {
	p := wb.Program
	switch {
	case p.ReportPeriod.Filled:
		return MadeFor{Period: p.ReportPeriod.Value, Pos: p.ReportPeriod.Pos}, true
	case p.ReportYear.Filled:
		return MadeFor{Period: period.Period{Type: period.Year, Year: p.ReportYear.Value}, YearOnly: true, Pos: p.ReportYear.Pos}, true
	}
	return MadeFor{}, false
}

// Fits reports whether a report for p is what the workbook was made for:
// the same period, or for a workbook that knows only its year, the same
// year.
func (m MadeFor) Fits(p period.Period) bool {
	if m.YearOnly {
		return m.Period.Year == p.Year
	}
	return m.Period == p
}
