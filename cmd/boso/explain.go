package main

import (
	"fmt"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/reports/format"
	"boso/reports/notes"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

func (c *cli) explain(args []string) int {
	var o options
	fs := c.flags("explain", msg.CLIUsageExplain, &o)
	all := fs.Bool("alle", false, msg.CLIFlagAll.F())
	// explain shows one figure: one kommune and one period, both required
	fs.Lookup("kommune").Usage = msg.CLIFlagExplainKommune.F()
	fs.Lookup("period").Usage = msg.CLIFlagExplainPeriod.F()
	// the indicator may come before or after the flags
	var id string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		id, args = args[0], args[1:]
	}
	if code := c.parse(fs, args); code >= 0 {
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
	run, code := c.load(&o, &l)
	if code >= 0 {
		c.problems(c.stderr, &l, false)
		return code
	}
	ind := run.Input.Set.Get(id)
	if ind == nil {
		fmt.Fprintln(c.stderr, msg.CLIUnknownInd.F(id))
		return exitCannot
	}
	if !p.Within(run.Program.Period.First(), run.Program.Period.Last()) {
		// the programme has no figure there; «..» would read as a gap
		fmt.Fprintln(c.stderr, msg.CLIPeriodOutside.F(format.Period(p), format.Period(run.Program.Period)))
		return exitCannot
	}
	ex, ok, err := run.Explain(c.context(), id, ks[0], p, &l)
	if err != nil {
		return c.failed(err)
	}
	if code := c.problems(c.stderr, &l, false); code != exitOK || !ok {
		return exitProblems
	}
	printExplanation(c, ex, run.Input.Set, run.Program.KommuneName(ks[0]), *all)
	return exitOK
}

// shownPerReason is how many rows of each reason for exclusion are listed
// (all with --alle); the rest are counted.
const shownPerReason = 5

func printExplanation(c *cli, ex *engine.Explanation, set *definition.Set, kommuneName string, all bool) {
	out := c.stdout
	ind := ex.Indicator
	f := ex.Figure
	words := notes.For(set) // explain shows everything, with the figures cited
	place := f.Kommune
	if kommuneName != "" {
		place = kommuneName + " " + f.Kommune
	}
	fmt.Fprintln(out, msg.CLIExplainFigure.F(ind.Name, ind.ID, place, format.Period(f.Period), cellText(&f, ind.ShownDecimals())))
	if f.Mark != engine.NoMark {
		fmt.Fprintln(out, msg.CLIExplainMark.F(f.Mark, words.Reason(f.Reason, notes.WithFigures)))
	}
	fmt.Fprintf(out, "\n%s: %s\n%s: %s\n", msg.CLIExplainDef.F(), ind.Definition, msg.CLIExplainSource.F(), ind.Source)
	for _, fl := range f.Flags {
		fmt.Fprintf(out, "%s: %s: %s\n", msg.CLIExplainFlags.F(), fl.Code, words.Flag(fl, notes.WithFigures))
	}
	if len(ex.Inputs) > 0 {
		fmt.Fprintf(out, "\n%s:\n", msg.CLIExplainInputs.F())
		for i := range ex.Inputs {
			in := &ex.Inputs[i]
			dec := 0
			if d := set.Get(in.Indicator); d != nil {
				dec = d.ShownDecimals()
			}
			fmt.Fprintf(out, "  %s = %s\n", in.Indicator, cellText(in, dec))
		}
	}
	if ind.Kind != definition.Flow && ind.Kind != definition.Stock {
		fmt.Fprintln(out, "\n"+msg.CLIExplainNoRows.F(ind.Kind))
		return
	}
	counted := 0
	for i := range ex.Rows {
		if ex.Rows[i].Counted() {
			counted++
		}
	}
	fmt.Fprintln(out, "\n"+msg.CLIExplainRows.F(ind.Register, f.Kommune, counted, len(ex.Rows)-counted))
	// Counted rows are all listed; excluded rows are grouped by reason,
	// with the first few of each listed, since most rows of a register
	// are simply outside the period.
	shown := map[string]int{}
	hidden := map[string]int{}
	var reasons []string
	for i := range ex.Rows {
		r := &ex.Rows[i]
		key := ""
		if r.Key != "" {
			key = " [" + r.Key + "]"
		}
		if r.Counted() {
			reason := ""
			if r.Sum {
				reason = ": " + words.Row(r)
			}
			fmt.Fprintf(out, "  %s: %s%s%s\n", r.Pos, msg.CLIExplainCounted.F(), key, reason)
			continue
		}
		// rows are grouped by their reason without the row's own details
		group := words.RowGroup(r)
		if shown[group]+hidden[group] == 0 {
			reasons = append(reasons, group)
		}
		if all || shown[group] < shownPerReason {
			shown[group]++
			fmt.Fprintf(out, "  %s: %s%s: %s\n", r.Pos, msg.CLIExplainExcl.F(), key, words.Row(r))
			continue
		}
		hidden[group]++
	}
	for _, g := range reasons {
		if n := hidden[g]; n > 0 {
			fmt.Fprintln(out, "  "+msg.CLIExplainMore.F(n, norsk.Count(n), g))
		}
	}
	for _, p := range ex.SumRows {
		fmt.Fprintln(out, "  "+msg.CLIExplainSum.F(p))
	}
	for _, wo := range ex.WhereOut {
		fmt.Fprintln(out, "  "+msg.CLIExplainWhere.F(wo.N, norsk.Count(wo.N), wo.Mapping))
	}
	if n := ex.OtherRows; n > 0 {
		fmt.Fprintln(out, msg.CLIExplainOther.F(n, norsk.Count(n)))
	}
}
