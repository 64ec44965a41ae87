package fiktiv

import (
	"strings"

	"boso/indicators/period"
)

// Example is one of the shipped example programmes: the same invented
// programme, reported on at two times of the year.
type Example struct {
	// Dir is the folder of its program.yaml, relative to examples/; the
	// exports go into Dir/data.
	Dir string
	// Period is the report period its workbook is made for, and
	// ReportDate the --dato of its command in the README.
	Period     string
	ReportDate period.Date
	// Population is true for an example whose data/ holds the population
	// table (both do: a programme reads only files in its own folder).
	Population bool
	export     export
	// subst turns the Hamar example's workbook texts into another
	// kommune's (names, people); nil for Hamar.
	subst *strings.Replacer
	// broken makes a workbook with the mistakes the workbook reader
	// reports as errors.
	broken bool
}

var (
	// HalfYear is the half-year report 2025 (examples/program.yaml), from
	// exports taken 15.08.2025.
	HalfYear = &Example{Dir: ".", Period: "2025H1", ReportDate: period.MustDate(2025, 8, 20), Population: true, export: halfYear}
	// Annual is the annual report 2025 (examples/arsrapport/program.yaml),
	// from exports taken in January 2026 that cover the whole of 2025.
	Annual = &Example{Dir: "arsrapport", Period: "2025", ReportDate: period.MustDate(2026, 1, 27), Population: true, export: yearEnd}
	// Examples are both, the half-year one first.
	Examples = []*Example{HalfYear, Annual}
)
