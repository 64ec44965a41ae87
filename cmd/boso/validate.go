package main

import (
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/templates/msg"
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
		c.readWorkbook(w, "", &l)
		// Reads every row an indicator uses; definitions and mappings with
		// problems are skipped, so all remaining problems show in one run.
		engine.Compute(w.in, &l)
	}
	return c.problems(c.stdout, &l, true)
}
