package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/program"
	"boso/indicators/reference"
	"boso/indicators/stdlib"
	"boso/templates/msg"
)

func (c *cli) indicators(args []string) int {
	var o options
	fs := c.flags("indicators", msg.CLIUsageInds, &o)
	doc := fs.String("doc", "", msg.CLIFlagDoc.F())
	if code := c.parseNoArgs(fs, args); code >= 0 {
		return code
	}
	var l diag.List
	var set *definition.Set
	from := "standard"
	// Without a programme file the standard library alone is shown.
	if _, err := os.Stat(o.program); err == nil {
		prog, ok := program.Load(o.program, &l)
		if !ok {
			return c.problems(c.stderr, &l, false)
		}
		prog.AllowOutside = o.outside
		set = prog.Inputs(nil, 0, &l).Set
		from = diag.ShownPath(o.program)
	} else {
		set = definition.Load(stdlib.Sources(), &l)
	}
	if code := c.problems(c.stderr, &l, false); code != exitOK {
		return code
	}
	if *doc != "" {
		if reference.Foreign(*doc) {
			fmt.Fprintln(c.stderr, msg.CLIDocNotReference.F(*doc))
			return exitCannot
		}
		if _, err := write(*doc, func(w io.Writer) error { return reference.Write(w, set) }); err != nil {
			fmt.Fprintln(c.stderr, writeFailure(err, []string{*doc}))
			return exitCannot
		}
		fmt.Fprintln(c.stderr, msg.CLIDocWritten.F(*doc))
		return exitOK
	}
	fmt.Fprintln(c.stdout, msg.CLIIndsHeader.F(len(set.Indicators), from))
	for _, ind := range set.Indicators {
		fmt.Fprintf(c.stdout, "\n%s – %s (%s, %s)\n", ind.ID, ind.Name, ind.Kind, ind.Unit)
		fmt.Fprintln(c.stdout, wrap(msg.CLIExplainDef.F()+": "+ind.Definition, 100, "  "))
		fmt.Fprintln(c.stdout, wrap(msg.CLIExplainSource.F()+": "+ind.Source, 100, "  "))
	}
	return exitOK
}

// wrap breaks text into lines of at most width runes, each indented.
func wrap(text string, width int, indent string) string {
	var b strings.Builder
	line := indent
	for _, w := range strings.Fields(text) {
		if line != indent && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			b.WriteString(line + "\n")
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += w
	}
	b.WriteString(line)
	return b.String()
}
