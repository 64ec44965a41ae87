package main

import (
	"fmt"
	"path/filepath"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/reports/build"
	"boso/reports/output"
	"boso/reports/pipeline"
	"boso/templates/msg"
)

func (c *cli) report(args []string) int {
	var o options
	fs := c.flags("report", msg.CLIUsageReport, &o)
	out := fs.String("ut", "ut", msg.CLIFlagOut.F())
	wbPath := fs.String("arbeidsbok", "", msg.CLIFlagWorkbook.F())
	internal := fs.Bool("intern", false, msg.CLIFlagInternal.F())
	threshold := fs.Int64("skjul", build.DefaultThreshold, msg.CLIFlagThreshold.F())
	if code := c.parseNoArgs(fs, args); code >= 0 {
		return code
	}
	if !c.thresholdOK(*threshold, true) {
		return exitCannot
	}
	if code := c.recoverOutput(*out); code >= 0 {
		return code
	}
	periods := o.periods
	o.periods = "" // the engine computes the programme's periods
	var l diag.List
	run, code := c.load(&o, &l)
	if code >= 0 {
		c.problems(c.stderr, &l, false)
		if code == exitProblems {
			fmt.Fprintln(c.stderr, msg.CLINothingWritten.F())
		}
		return code
	}
	o.periods = periods
	p, ok := c.reportPeriod(&o, run)
	if !ok {
		return exitCannot
	}
	// the report period and the same period last year are always computed
	run.Need(p, p.SameLastYear())

	wb := c.readWorkbook(run, *wbPath, &l)
	if wb != nil {
		build.CheckWorkbook(&l, wb, build.WorkbookChecks{Period: p, HasPeriod: true, Internal: *internal, Threshold: *threshold})
	} else if *wbPath == "" && run.Program.WorkbookPath() == "" {
		fmt.Fprintln(c.stderr, msg.CLINoWorkbook.F())
		fmt.Fprintln(c.stderr, msg.CLIWorkbookHint.F(o.program, p))
	}
	if _, err := run.Compute(c.context(), &l); err != nil {
		return c.failed(err)
	}
	if code := c.problems(c.stderr, &l, false); code != exitOK {
		fmt.Fprintln(c.stderr, msg.CLINothingWritten.F())
		return code
	}

	// the records of what earlier published reports showed, beside them
	var published []build.Publication
	if !*internal {
		published = c.readRecords(*out)
	}
	reps, err := run.Reports(c.context(), pipeline.ReportOptions{Period: p, Internal: *internal, Threshold: *threshold, Published: published})
	if err != nil {
		return c.failed(err)
	}
	for _, r := range reps {
		c.problems(c.stderr, r.Quotes, false)
	}
	files := pipeline.ReportFiles(*out, reps, *internal)
	if err := pipeline.CheckOverwrite(pathsOf(files), run.Reads()); err != nil {
		return c.failed(err)
	}
	replaced, err := writeAll(*out, files)
	if err != nil {
		fmt.Fprintln(c.stderr, writeFailure(err, pathsOf(files)))
		return exitCannot
	}
	for _, f := range files {
		fmt.Fprintln(c.stderr, msg.CLIWroteFile.F(f.Path))
	}
	for _, r := range replaced {
		fmt.Fprintln(c.stderr, msg.CLIReplaced.F(r))
	}
	return exitOK
}

// recoverOutput finishes, first of all, a swap of outputs an earlier run
// into the folder was stopped in (or throws away its staging), so that
// the folder holds one whole set even when this run stops on bad input;
// the records a report reads are then the finished set's.
func (c *cli) recoverOutput(dir string) int {
	if err := output.Recover(dir); err != nil {
		fmt.Fprintln(c.stderr, writeFailure(err, []string{dir}))
		return exitCannot
	}
	return -1
}

// readRecords reads the records of earlier published reports in the
// output folder out; a record that cannot be read is said and left out.
func (c *cli) readRecords(out string) []build.Publication {
	pubs, probs := pipeline.ReadRecords(files.Dir(out, false), filepath.Join(out, pipeline.RecordsDir))
	for _, p := range probs {
		fmt.Fprintln(c.stderr, p)
	}
	return pubs
}
