package main

import (
	"fmt"

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
	var l diag.List
	w, code := c.load(&o, &l)
	if code == exitCannot {
		return code
	}
	if w != nil {
		// the workbook (--arbeidsbok, or the one the programme names): its
		// Tall sheet feeds the engine, and it gets every check report runs
		if wb := c.readWorkbook(w, *wbPath, &l); wb != nil {
			checks := build.WorkbookChecks{Internal: *internal, Threshold: *threshold}
			if ps := splitList(o.periods); len(ps) == 1 {
				if p, err := period.Parse(ps[0]); err == nil && (p.Type == period.Half || p.Type == period.Year) {
					checks.Period, checks.HasPeriod = p, true
				}
			}
			build.CheckWorkbook(&l, wb, checks)
		}
		// Reads every row an indicator uses; definitions and mappings with
		// problems are skipped, so all remaining problems show in one run.
		engine.Compute(w.in, &l)
	}
	if asJSON {
		return c.problemsJSON(&l)
	}
	return c.problems(c.stdout, &l, true)
}
