package main

import (
	"fmt"
	"path/filepath"

	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/reports/build"
	"boso/templates/msg"
)

func (c *cli) validate(args []string) int {
	var o options
	fs := c.flags("validate", msg.CLIUsageValidate, &o)
	wbPath := fs.String("arbeidsbok", "", msg.CLIFlagWorkbook.F())
	internal := fs.Bool("intern", false, msg.CLIFlagValidateInternal.F())
	threshold := fs.Int64("skjul", build.DefaultThreshold, msg.CLIFlagThreshold.F())
	format := fs.String("format", "tekst", msg.CLIFlagFormat.F())
	out := fs.String("ut", "ut", msg.CLIFlagValidateOut.F())
	if code := c.parseNoArgs(fs, args); code >= 0 {
		return code
	}
	asJSON := false
	switch *format {
	case "tekst", "text":
	case "json":
		asJSON = true
	default:
		fmt.Fprintln(c.stderr, msg.CLIBadFormat.F(*format))
		return exitCannot
	}
	if *threshold < 2 {
		fmt.Fprintln(c.stderr, msg.CLIBadThreshold.F(*threshold))
		return exitCannot
	}
	// With one report period, validate checks what report would: it
	// computes the programme's periods, as report does, and makes the
	// report in memory for the checks only the report can make.
	var report period.Period
	hasReport := false
	if ps := splitList(o.periods); len(ps) == 1 {
		if p, err := period.Parse(ps[0]); err == nil && (p.Type == period.Half || p.Type == period.Year) {
			report, hasReport = p, true
			o.periods = ""
		}
	}
	var l diag.List
	w, code := c.load(&o, &l)
	if code == exitCannot {
		return code
	}
	if w != nil {
		if hasReport {
			for _, q := range []period.Period{report, report.SameLastYear()} {
				if !containsPeriod(w.in.Periods, q) {
					w.in.Periods = append(w.in.Periods, q)
				}
			}
		}
		// the workbook (--arbeidsbok, or the one the programme names): its
		// Tall sheet feeds the engine, and it gets every check report runs
		wb := c.readWorkbook(w, *wbPath, &l)
		if wb != nil {
			build.CheckWorkbook(&l, wb, build.WorkbookChecks{Internal: *internal, Threshold: *threshold, Period: report, HasPeriod: hasReport})
		}
		// Reads every row an indicator uses; definitions and mappings with
		// problems are skipped, so all remaining problems show in one run.
		res := engine.Compute(w.in, &l)
		if hasReport && wb != nil && !*internal && l.Errors() == 0 && report.Within(w.prog.Period.First(), w.prog.Period.Last()) {
			// the free text that quotes a figure the report hides
			// (BOSO-A009), with the earlier reports as their records say
			built, code := c.buildReports(w, wb, res, report, false, *threshold, c.readRecords(filepath.Join(*out, recordsDir)))
			if code >= 0 {
				return code
			}
			for _, b := range built {
				l.Append(b.quotes)
			}
		}
	}
	if asJSON {
		return c.problemsJSON(&l)
	}
	return c.problems(c.stdout, &l, true)
}
