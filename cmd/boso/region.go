package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/build"
	"boso/reports/region"
	"boso/templates/msg"
)

func (c *cli) region(args []string) int {
	fs := flag.NewFlagSet("region", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	config := fs.String("config", "region.yaml", msg.CLIFlagRegionConfig.F())
	periodFlag := fs.String("period", "", msg.CLIFlagRegionPeriod.F())
	date := fs.String("dato", "", msg.CLIFlagRegionDate.F())
	out := fs.String("ut", "ut", msg.CLIFlagOut.F())
	threshold := fs.Int64("skjul", build.DefaultThreshold, msg.CLIFlagThreshold.F())
	outside := fs.Bool("tillat-stier-utenfor", false, msg.CLIFlagOutside.F())
	cmd := &command{FlagSet: fs, name: "region", usage: msg.CLIUsageRegion}
	if code := c.parseNoArgs(cmd, args); code >= 0 {
		return code
	}
	if !c.thresholdOK(*threshold, false) {
		return exitCannot
	}
	if *periodFlag == "" {
		fmt.Fprintln(c.stderr, msg.CLIReportPeriod.F())
		return exitCannot
	}
	p, err := period.Parse(*periodFlag)
	if err != nil || (p.Type != period.Half && p.Type != period.Year) {
		fmt.Fprintln(c.stderr, msg.CLIBadReportPeriod.F(*periodFlag))
		return exitCannot
	}
	runDate := period.FromTime(c.now)
	if *date != "" {
		d, ok := period.ParseISO(*date)
		if !ok {
			fmt.Fprintln(c.stderr, msg.CLIBadDate.F(*date))
			return exitCannot
		}
		runDate = d
	}
	if code := c.recoverOutput(*out); code >= 0 {
		return code
	}
	var l diag.List
	res, err := region.Run(c.context(), region.Options{
		Files: files.Dir(filepath.Dir(*config), *outside), Config: *config, AllowOutside: *outside,
		Period: p, Date: runDate, Threshold: *threshold, Progress: c.progress(),
	}, &l)
	c.endProgress()
	if err == region.ErrProblems {
		c.problems(c.stderr, &l, false)
		fmt.Fprintln(c.stderr, msg.CLINothingWritten.F())
		return exitProblems
	}
	if err != nil {
		return c.failed(err)
	}
	c.problems(c.stderr, &l, false)
	if err := res.CheckOut(*out); err != nil {
		return c.failed(err)
	}
	outs := res.Files(*out)
	replaced, err := writeAll(*out, outs)
	if err != nil {
		fmt.Fprintln(c.stderr, writeFailure(err, pathsOf(outs)))
		return exitCannot
	}
	o := res.Overview
	fmt.Fprintln(c.stderr, msg.CLIRegionSummary.F(o.Received(), o.Expected(), o.ReceivedOnTime()))
	for _, f := range outs {
		fmt.Fprintln(c.stderr, msg.CLIWroteFile.F(f.Path))
	}
	for _, r := range replaced {
		fmt.Fprintln(c.stderr, msg.CLIReplaced.F(r))
	}
	return exitOK
}

// progress returns a progress bar on stderr when it is a terminal, and
// nil (quiet) otherwise.
func (c *cli) progress() func(done, total int) {
	if !c.terminal() {
		return nil
	}
	return func(done, total int) {
		const width = 30
		n := done * width / max(total, 1)
		bar := make([]byte, width)
		for i := range bar {
			if i < n {
				bar[i] = '#'
			} else {
				bar[i] = '.'
			}
		}
		fmt.Fprintf(c.stderr, "\r%s [%s] %d/%d", msg.CLIProgressReading.F(), bar, done, total)
	}
}

// endProgress ends the progress bar's line.
func (c *cli) endProgress() {
	if c.terminal() {
		fmt.Fprintln(c.stderr)
	}
}

// terminal reports whether stderr is a terminal (a character device).
func (c *cli) terminal() bool {
	m, ok := c.stderr.(masked)
	if !ok {
		return false
	}
	f, ok := m.w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
