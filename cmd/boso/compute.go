package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/reports/format"
	"boso/reports/output"
	"boso/reports/pipeline"
	"boso/reports/tidy"
	"boso/templates/msg"
)

func (c *cli) compute(args []string) int {
	var o options
	fs := c.flags("compute", msg.CLIUsageCompute, &o)
	out := fs.String("ut", "ut", msg.CLIFlagOut.F())
	quiet := fs.Bool("stille", false, msg.CLIFlagQuiet.F())
	wbPath := fs.String("arbeidsbok", "", msg.CLIFlagWorkbook.F())
	csvOnly := fs.Bool("uten-xlsx", false, msg.CLIFlagNoXLSX.F())
	if code := c.parseNoArgs(fs, args); code >= 0 {
		return code
	}
	if code := c.recoverOutput(*out); code >= 0 {
		return code
	}
	var l diag.List
	run, code := c.load(&o, &l)
	if code >= 0 {
		c.problems(c.stderr, &l, false)
		if code == exitProblems {
			fmt.Fprintln(c.stderr, msg.CLINothingWritten.F())
		}
		return code
	}
	// figures typed into the workbook's Tall sheet belong in the export too
	c.readWorkbook(run, *wbPath, &l)
	if *csvOnly {
		return c.computeStreamed(run, &l, *out, *quiet)
	}
	res, err := run.Compute(c.context(), &l)
	if err != nil {
		return c.failed(err)
	}
	if code := c.problems(c.stderr, &l, false); code != exitOK {
		fmt.Fprintln(c.stderr, msg.CLINothingWritten.F())
		return code
	}
	files := run.FigureFiles(*out)
	if *csvOnly {
		files = run.CSVFigureFiles(*out)
	}
	if err := pipeline.CheckOverwrite(pathsOf(files), run.Reads()); err != nil {
		return c.failed(err)
	}
	replaced, err := writeAll(*out, files)
	if err != nil {
		fmt.Fprintln(c.stderr, writeFailure(err, pathsOf(files)))
		return exitCannot
	}
	if !*quiet {
		overview(c.stdout, res, run.Meta(), run.Program.Name, run.Input.ReportDate)
	}
	c.wrote(files, replaced, len(res.Figures))
	return exitOK
}

// wrote says what compute wrote (n figures), replaced and removed.
func (c *cli) wrote(files []output.File, replaced []string, n int) {
	var written []string
	removed := map[string]bool{}
	for _, f := range files {
		if f.Fill == nil {
			removed[f.Path] = true
		} else {
			written = append(written, f.Path)
		}
	}
	fmt.Fprintln(c.stderr, msg.CLIWrote.F(n, strings.Join(written, ", ")))
	for _, p := range replaced {
		if removed[p] {
			fmt.Fprintln(c.stderr, msg.CLIRemovedStale.F(p))
		} else {
			fmt.Fprintln(c.stderr, msg.CLIReplaced.F(p))
		}
	}
}

// computeStreamed is compute --uten-xlsx: the exports are read, and the
// figures made kommune by kommune as tall.csv is written, so that a
// national export never holds more than one kommune's figures. The
// overview keeps only the figures it shows.
func (c *cli) computeStreamed(run *pipeline.Run, l *diag.List, out string, quiet bool) int {
	sc, err := run.Scan(c.context(), l)
	if err != nil {
		return c.failed(err)
	}
	if l.Errors() > 0 {
		c.problems(c.stderr, l, false)
		fmt.Fprintln(c.stderr, msg.CLINothingWritten.F())
		return exitProblems
	}
	periods := slices.Clone(run.Input.Periods)
	sort.Slice(periods, func(i, j int) bool { return period.Less(periods[i], periods[j]) })
	shown := overviewColumns(periods, run.Input.ReportDate)
	var kept []engine.Figure
	n := 0
	files := run.StreamedCSVFigureFiles(out, sc, l, func(figs []engine.Figure) {
		n += len(figs)
		if quiet {
			return
		}
		for _, f := range figs {
			if f.Group == "" && slices.Contains(shown, f.Period) {
				kept = append(kept, f)
			}
		}
	})
	if err := pipeline.CheckOverwrite(pathsOf(files), run.Reads()); err != nil {
		return c.failed(err)
	}
	replaced, err := writeAll(out, files)
	code := c.problems(c.stderr, l, false)
	if errors.Is(err, pipeline.ErrFinishProblems) || (err == nil && code != exitOK) {
		fmt.Fprintln(c.stderr, msg.CLINothingWritten.F())
		return code
	}
	if err != nil {
		fmt.Fprintln(c.stderr, writeFailure(err, pathsOf(files)))
		return exitCannot
	}
	if !quiet {
		res := *run.Result
		res.Figures = kept
		overview(c.stdout, &res, run.Meta(), run.Program.Name, run.Input.ReportDate)
	}
	c.wrote(files, replaced, n)
	return exitOK
}

// overview prints each kommune's indicators as a table: the last four
// years that are over at the report date, then the half-years after them.
func overview(w io.Writer, res *engine.Result, meta tidy.Meta, programName string, reportDate period.Date) {
	cols := overviewColumns(res.Periods, reportDate)
	if len(cols) == 0 {
		return
	}
	byKey := map[string]*engine.Figure{}
	for i := range res.Figures {
		f := &res.Figures[i]
		if f.Group == "" {
			byKey[f.Kommune+"|"+f.Indicator+"|"+f.Period.String()] = f
		}
	}
	width := utf8.RuneCountInString(msg.CLIIndicator.F())
	for _, ind := range res.Indicators {
		width = max(width, utf8.RuneCountInString(ind.Name))
	}
	pad := func(s string) string { return s + strings.Repeat(" ", width-utf8.RuneCountInString(s)) }
	for _, k := range res.Kommuner {
		name := meta.Kommuner[k]
		if name == "" {
			name = k
		}
		fmt.Fprintln(w, msg.CLIHeadline.F(name, k, programName))
		if meta.Example {
			fmt.Fprintln(w, msg.ExampleData.F())
		}
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		head := []string{pad(msg.CLIIndicator.F())}
		for _, p := range cols {
			head = append(head, format.Period(p))
		}
		fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
		for _, ind := range res.Indicators {
			cells := []string{pad(ind.Name)}
			for _, p := range cols {
				cells = append(cells, cellText(byKey[k+"|"+ind.ID+"|"+p.String()], ind.ShownDecimals()))
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
		}
		tw.Flush()
		fmt.Fprintln(w, msg.CLIMarks.F())
		fmt.Fprintln(w)
	}
}

// overviewColumns are the periods overview shows of periods: the last
// four years that are over at the report date, then the half-years after
// them.
func overviewColumns(periods []period.Period, reportDate period.Date) []period.Period {
	var cols []period.Period
	for _, p := range periods {
		if p.Type == period.Year && p.Last() <= reportDate {
			cols = append(cols, p)
		}
	}
	if len(cols) > 4 {
		cols = cols[len(cols)-4:]
	}
	for _, p := range periods {
		if p.Type == period.Half && p.Last() <= reportDate && (len(cols) == 0 || p.Year > cols[len(cols)-1].Year) {
			cols = append(cols, p)
		}
	}
	return cols
}

// cellText is a figure as a reader sees it: the Norwegian number or the mark.
func cellText(f *engine.Figure, dec int) string {
	if f == nil {
		return ""
	}
	if !f.Has {
		return string(f.Mark)
	}
	s := format.Number(f.Value, dec)
	if f.Mark != engine.NoMark {
		s += " " + string(f.Mark)
	}
	return s
}
