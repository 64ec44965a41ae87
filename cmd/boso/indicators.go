package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/program"
	"boso/indicators/reference"
	"boso/indicators/stdlib"
	"boso/reports/output"
	"boso/templates/msg"
)

func (c *cli) indicators(args []string) int {
	var o options
	fs := c.flags("indicators", msg.CLIUsageInds, &o)
	doc := fs.String("doc", "", msg.CLIFlagDoc.F())
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(c.stderr, msg.CLIExtraArgs.F(strings.Join(fs.Args(), " ")))
		return exitCannot
	}
	var l diag.List
	var set *definition.Set
	from := "standard"
	// Without a programme file the standard library alone is shown.
	if _, err := os.Stat(o.program); err == nil {
		prog, ok := program.Load(o.program, &l)
		if !ok {
			return c.report(c.stderr, &l, false)
		}
		set = prog.Inputs(nil, 0, &l).Set
		from = o.program
	} else {
		set = definition.Load(stdlib.Sources(), &l)
	}
	if code := c.report(c.stderr, &l, false); code != exitOK {
		return code
	}
	if *doc != "" {
		if _, err := output.Write(*doc, func(w io.Writer) error { return reference.Write(w, set) }); err != nil {
			fmt.Fprintln(c.stderr, err)
			return exitCannot
		}
		fmt.Fprintln(c.stderr, msg.CLIDocWritten.F(*doc))
		return exitOK
	}
	fmt.Fprintln(c.stdout, msg.CLIIndsHeader.F(len(set.Indicators), from))
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	for _, ind := range set.Indicators {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", ind.ID, ind.Name, ind.Kind, ind.Unit)
	}
	tw.Flush()
	return exitOK
}
