package build

import (
	"boso/indicators/diag"
	"boso/indicators/period"
	"boso/reports/format"
	"boso/templates/msg"
	"boso/templates/workbook"
)

// WorkbookChecks are the choices the checks of a filled workbook depend on.
type WorkbookChecks struct {
	Period    period.Period // the report's period
	HasPeriod bool          // false: no report period is known (validate without one)
	Internal  bool          // an internal report publishes small counts
	Threshold int64         // largest count hidden in published reports
}

// CheckWorkbook runs the checks of a filled workbook that go beyond
// reading it: the period it was made for against the report's, and small
// counts in its free text that would be published. report and validate
// both call it, so validate finds what report would stop or warn about.
func CheckWorkbook(l *diag.List, wb *workbook.Workbook, c WorkbookChecks) {
	if c.HasPeriod {
		warnPeriod(l, wb, c.Period)
	}
	if !c.Internal {
		l.Append(wb.SmallCounts(c.Threshold))
	}
}

// warnPeriod warns when the workbook was made for another period than
// the report's: a half-year workbook for an annual report, an annual one
// for a half-year report, or another year. A workbook made before boso
// wrote its period is judged by its year.
func warnPeriod(l *diag.List, wb *workbook.Workbook, p period.Period) {
	made, ok := wb.Period()
	if !ok || made.Fits(p) {
		return
	}
	if made.YearOnly {
		l.Warn(workbook.CodePeriod, made.Pos, msg.WBWarnYear.F(made.Period.Year, format.Period(p)))
		return
	}
	l.Warn(workbook.CodePeriod, made.Pos, msg.WBWarnPeriod.F(format.Period(made.Period), format.Period(p), format.Period(p)))
}
