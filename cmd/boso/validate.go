package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"

	"boso/indicators/diag"
	"boso/indicators/period"
	"boso/reports/build"
	"boso/reports/pipeline"
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
	// a folder named with --ut is made whole first, whatever validate then
	// reads of it (only a run with one report period reads its records)
	outGiven := false
	fs.Visit(func(f *flag.Flag) { outGiven = outGiven || f.Name == "ut" })
	asJSON := false
	switch *format {
	case "tekst", "text":
	case "json":
		asJSON = true
	default:
		fmt.Fprintln(c.stderr, msg.CLIBadFormat.F(*format))
		return exitCannot
	}
	var l diag.List
	if !asJSON {
		if code := c.validateRun(&o, &l, *wbPath, *internal, *threshold, *out, outGiven); code >= 0 {
			return code
		}
		return c.problems(c.stdout, &l, true)
	}
	// As JSON, a run that cannot go on (exit 2) or fails in boso itself
	// (exit 3) prints a JSON object too, saying why, with the problems
	// found until then; the message also goes to standard error.
	var why bytes.Buffer
	// (masked: a message may quote what the user typed)
	jc := &cli{stdout: c.stdout, stderr: masked{io.MultiWriter(c.stderr, &why)}, now: c.now}
	code := func() (code int) {
		defer func() {
			if v := recover(); v != nil {
				code = internalError(jc.stderr, v)
			}
		}()
		return jc.validateRun(&o, &l, *wbPath, *internal, *threshold, *out, outGiven)
	}()
	if code >= 0 {
		return c.failureJSON(&l, code, why.String())
	}
	return c.problemsJSON(&l)
}

// validateRun runs validate's checks into l. It returns -1 when the
// problems in l are to be printed, else the exit code of a run that could
// not go on (the reason said on stderr).
func (c *cli) validateRun(o *options, l *diag.List, wbPath string, internal bool, threshold int64, out string, outGiven bool) int {
	hook("validate")
	if !c.thresholdOK(threshold, true) {
		return exitCannot
	}
	if outGiven {
		if code := c.recoverOutput(out); code >= 0 {
			return code
		}
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
	run, code := c.load(o, l)
	if code == exitCannot || code == exitInternal {
		return code
	}
	if run != nil {
		if hasReport {
			run.Need(report, report.SameLastYear())
		}
		// the workbook (--arbeidsbok, or the one the programme names): its
		// Tall sheet feeds the engine, and it gets every check report runs
		wb := c.readWorkbook(run, wbPath, l)
		if wb != nil {
			build.CheckWorkbook(l, wb, build.WorkbookChecks{Internal: internal, Threshold: threshold, Period: report, HasPeriod: hasReport})
		}
		// Reads every row an indicator uses; definitions and mappings with
		// problems are skipped, so all remaining problems show in one run.
		compute := func() error { _, err := run.Compute(c.context(), l); return err }
		if !hasReport {
			// no report to check: the figures are made for their
			// problems, a kommune at a time, and not kept
			compute = func() error { return run.ComputeProblems(c.context(), l) }
		}
		if err := compute(); err != nil {
			return c.failed(err)
		}
		if hasReport && wb != nil && !internal && l.Errors() == 0 && report.Within(run.Program.Period.First(), run.Program.Period.Last()) {
			// the free text that quotes a figure the report hides
			// (BOSO-A009), with the earlier reports as their records say;
			// a swap of outputs an earlier run into the folder was stopped
			// in is finished first, as report does, so that the records
			// read are one whole set's
			if code := c.recoverOutput(out); code >= 0 {
				return code
			}
			reps, err := run.Reports(c.context(), pipeline.ReportOptions{Period: report, Threshold: threshold, Published: c.readRecords(out)})
			if err != nil {
				return c.failed(err)
			}
			for _, r := range reps {
				l.Append(r.Quotes)
			}
		}
	}
	return -1
}
