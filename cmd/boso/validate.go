package main

import (
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/reports/build"
	"boso/templates/msg"
	"boso/templates/workbook"
)

func (c *cli) validate(args []string) int {
	var o options
	fs := c.flags("validate", msg.CLIUsageValidate, &o)
	if code := c.parseNoArgs(fs, args); code >= 0 {
		return code
	}
	var l diag.List
	w, code := c.load(&o, &l)
	if code == exitCannot {
		return code
	}
	if w != nil {
		// the programme's workbook, if it names one: its Tall sheet feeds the engine
		if path := w.prog.WorkbookPath(); path != "" {
			mapped := map[string]bool{}
			for _, m := range w.in.Mappings {
				mapped[m.Register] = true
			}
			wb, wl := workbook.Read(path, build.WorkbookOptions(w.prog, w.in.Set, mapped))
			l.Append(wl)
			if wb != nil {
				w.in.Entered = build.EnteredOf(wb)
			}
		}
		// Reads every row an indicator uses; definitions and mappings with
		// problems are skipped, so all remaining problems show in one run.
		engine.Compute(w.in, &l)
	}
	return c.problems(c.stdout, &l, true)
}
