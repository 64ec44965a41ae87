package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"boso/indicators/diag"
	"boso/indicators/period"
	"boso/reports/pipeline"
	"boso/templates/msg"
	"boso/templates/workbook"
)

// reportPeriod reads --period for template and report: one half-year or
// year inside the programme period.
func (c *cli) reportPeriod(o *options, run *pipeline.Run) (period.Period, bool) {
	ps := splitList(o.periods)
	if len(ps) == 0 {
		fmt.Fprintln(c.stderr, msg.CLIReportPeriod.F())
		return period.Period{}, false
	}
	if len(ps) > 1 {
		fmt.Fprintln(c.stderr, msg.CLIManyPeriods.F(len(ps), o.periods))
		return period.Period{}, false
	}
	p, err := period.Parse(ps[0])
	if err != nil {
		fmt.Fprintln(c.stderr, msg.CLIBadReportPeriod.F(ps[0]))
		return period.Period{}, false
	}
	if err := run.ReportPeriod(p, ps[0]); err != nil {
		fmt.Fprintln(c.stderr, err)
		return period.Period{}, false
	}
	return p, true
}

func (c *cli) template(args []string) int {
	var o options
	fs := c.flags("template", msg.CLIUsageTemplate, &o)
	out := fs.String("ut", "arbeidsbok.xlsx", msg.CLIFlagTemplateOut.F())
	replace := fs.Bool("erstatt", false, msg.CLIFlagReplace.F())
	if code := c.parseNoArgs(fs, args); code >= 0 {
		return code
	}
	if !strings.EqualFold(filepath.Ext(*out), ".xlsx") {
		// a workbook has that name, and no input of boso does
		// (--ut program.yaml --erstatt would write over the programme)
		fmt.Fprintln(c.stderr, msg.CLITemplateNotXLSX.F(*out))
		return exitCannot
	}
	periods := o.periods
	o.periods = ""
	var l diag.List
	run, code := c.load(&o, &l)
	if code >= 0 {
		c.problems(c.stderr, &l, false)
		return code
	}
	if code := c.problems(c.stderr, &l, false); code != exitOK {
		return code
	}
	o.periods = periods
	p, ok := c.reportPeriod(&o, run)
	if !ok {
		return exitCannot
	}
	if _, err := os.Stat(*out); err == nil && !*replace {
		fmt.Fprintln(c.stderr, msg.CLIExists.F(*out))
		return exitCannot
	}
	in := run.Template(p)
	if _, err := write(*out, func(wr io.Writer) error { return workbook.Template(wr, in) }); err != nil {
		fmt.Fprintln(c.stderr, writeFailure(err, []string{*out}))
		return exitCannot
	}
	fmt.Fprintln(c.stderr, msg.CLIWroteFile.F(*out))
	return exitOK
}
