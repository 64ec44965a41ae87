package main

import (
	"fmt"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/reports/format"
	"boso/templates/msg"
)

func (c *cli) explain(args []string) int {
	var o options
	fs := c.flags("explain", msg.CLIUsageExplain, &o)
	// the indicator may come before or after the flags
	var id string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		id, args = args[0], args[1:]
	}
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if id == "" && fs.NArg() == 1 {
		id = fs.Arg(0)
	} else if fs.NArg() > 0 {
		fmt.Fprintln(c.stderr, msg.CLIExtraArgs.F(strings.Join(fs.Args(), " ")))
		return exitCannot
	}
	ks, ps := splitList(o.kommuner), splitList(o.periods)
	if id == "" || len(ks) != 1 || len(ps) != 1 {
		fmt.Fprintln(c.stderr, msg.CLIExplainArgs.F())
		return exitCannot
	}
	p, err := period.Parse(ps[0])
	if err != nil {
		fmt.Fprintln(c.stderr, msg.CLIBadPeriod.F(ps[0]))
		return exitCannot
	}
	o.periods = "" // compute the programme's periods; Explain adds the one asked for
	var l diag.List
	w, code := c.load(&o, &l)
	if code >= 0 {
		c.report(c.stderr, &l, false)
		return code
	}
	ind := w.in.Set.Get(id)
	if ind == nil {
		fmt.Fprintln(c.stderr, msg.CLIUnknownInd.F(id))
		return exitCannot
	}
	ex, ok := engine.Explain(w.in, id, ks[0], p, &l)
	if code := c.report(c.stderr, &l, false); code != exitOK || !ok {
		return exitProblems
	}
	printExplanation(c, ex, ind, w.prog.KommuneName(ks[0]))
	return exitOK
}

func printExplanation(c *cli, ex *engine.Explanation, ind *definition.Indicator, kommuneName string) {
	out := c.stdout
	f := ex.Figure
	if kommuneName == "" {
		kommuneName = f.Kommune
	}
	fmt.Fprintln(out, msg.CLIExplainFigure.F(ind.Name, ind.ID, kommuneName+" "+f.Kommune, format.Period(f.Period), cellText(&f, decimals(ind.Decimals))))
	if f.Mark != engine.NoMark {
		fmt.Fprintln(out, msg.CLIExplainMark.F(f.Mark, f.Reason))
	}
	fmt.Fprintf(out, "\n%s: %s\n%s: %s\n", msg.CLIExplainDef.F(), ind.Definition, msg.CLIExplainSource.F(), ind.Source)
	for _, fl := range f.Flags {
		fmt.Fprintf(out, "%s: %s: %s\n", msg.CLIExplainFlags.F(), fl.Code, fl.Text)
	}
	if len(ex.Inputs) > 0 {
		fmt.Fprintf(out, "\n%s:\n", msg.CLIExplainInputs.F())
		for i := range ex.Inputs {
			in := &ex.Inputs[i]
			fmt.Fprintf(out, "  %s = %s\n", in.Indicator, cellText(in, 4))
		}
	}
	if ind.Kind != definition.Flow && ind.Kind != definition.Stock {
		fmt.Fprintln(out, "\n"+msg.CLIExplainNoRows.F(ind.Kind))
		return
	}
	counted := 0
	for _, r := range ex.Rows {
		if r.Counted {
			counted++
		}
	}
	fmt.Fprintln(out, "\n"+msg.CLIExplainRows.F(ind.Register, f.Kommune, counted, len(ex.Rows)-counted))
	for _, r := range ex.Rows {
		status := msg.CLIExplainExcl.F()
		if r.Counted {
			status = msg.CLIExplainCounted.F()
		}
		key := ""
		if r.Key != "" {
			key = " [" + r.Key + "]"
		}
		reason := ": " + r.Reason
		if r.Counted && r.Reason == msg.CountedRow.F() {
			reason = ""
		}
		fmt.Fprintf(out, "  %s: %s%s%s\n", r.Pos, status, key, reason)
	}
	for _, p := range ex.SumRows {
		fmt.Fprintln(out, "  "+msg.CLIExplainSum.F(p))
	}
	if ex.OtherRows > 0 {
		fmt.Fprintln(out, msg.CLIExplainOther.F(ex.OtherRows))
	}
}
