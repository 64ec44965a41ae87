package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/build"
	"boso/reports/pipeline"
	"boso/templates/msg"
	"boso/templates/workbook"
)

type cli struct {
	stdout, stderr io.Writer
	now            time.Time
}

// options are the flags most commands share.
type options struct {
	program  string
	periods  string
	kommuner string
	date     string
	outside  bool // --tillat-stier-utenfor
}

func (c *cli) flags(name string, usage fmt.Stringer, o *options) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // boso says it in Norwegian (flags.go)
	fs.StringVar(&o.program, "program", "program.yaml", msg.CLIFlagProgram.F())
	fs.StringVar(&o.periods, "period", "", msg.CLIFlagPeriod.F())
	fs.StringVar(&o.kommuner, "kommune", "", msg.CLIFlagKommune.F())
	fs.StringVar(&o.date, "dato", "", msg.CLIFlagDate.F())
	fs.BoolVar(&o.outside, "tillat-stier-utenfor", false, msg.CLIFlagOutside.F())
	return &command{FlagSet: fs, name: name, usage: usage}
}

// parse parses flags; a non-negative code means stop with it. Help goes
// to stdout; a bad flag is said on stderr, with where to find the valid
// ones.
func (c *cli) parse(cmd *command, args []string) int {
	rest, err := cmd.parseArgs(args)
	if err == errHelp {
		cmd.help(c.stdout)
		return exitOK
	}
	if err != nil {
		fmt.Fprintln(c.stderr, err)
		return exitCannot
	}
	cmd.rest = rest
	return -1
}

// parseNoArgs is parse for commands that take flags only: a word left over
// is refused.
func (c *cli) parseNoArgs(cmd *command, args []string) int {
	if code := c.parse(cmd, args); code >= 0 {
		return code
	}
	if cmd.NArg() > 0 {
		fmt.Fprintln(c.stderr, msg.CLIExtraArgs.F(strings.Join(cmd.Args(), " ")))
		return exitCannot
	}
	return -1
}

// load reads the programme and everything it names (pipeline.Load).
// Problems go into l; code ≥ 0 means the command cannot go on.
func (c *cli) load(o *options, l *diag.List) (*pipeline.Run, int) {
	reportDate := period.FromTime(c.now)
	if o.date != "" {
		d, ok := period.ParseISO(o.date)
		if !ok {
			fmt.Fprintln(c.stderr, msg.CLIBadDate.F(o.date))
			return nil, exitCannot
		}
		reportDate = d
	}
	var periods []period.Period
	for _, s := range splitList(o.periods) {
		p, err := period.Parse(s)
		if err != nil {
			fmt.Fprintln(c.stderr, msg.CLIBadPeriod.F(s))
			return nil, exitCannot
		}
		periods = append(periods, p)
	}
	run, err := pipeline.Load(c.context(), pipeline.Config{
		Files:        files.Dir(filepath.Dir(o.program), o.outside),
		Program:      o.program,
		AllowOutside: o.outside,
		Date:         reportDate,
		Today:        period.FromTime(c.now),
		Periods:      periods,
		Kommuner:     splitList(o.kommuner),
	}, l)
	if err != nil {
		return nil, c.failed(err)
	}
	return run, -1
}

// failed says why the pipeline could not go on and returns the exit code.
func (c *cli) failed(err error) int {
	var refusal *pipeline.Refusal
	var internal *build.InternalError
	var negative *build.NegativeError
	switch {
	case errors.Is(err, pipeline.ErrProblems):
		return exitProblems // the problems are in the list
	case errors.As(err, &negative):
		// a figure below zero in the user's data no check caught
		fmt.Fprintln(c.stderr, err)
		return exitProblems
	case errors.As(err, &refusal):
		fmt.Fprintln(c.stderr, refusal.Msg)
		return exitCannot
	case errors.As(err, &internal):
		// a disclosure problem that could not be solved is a bug in
		// boso: its message says nothing is written
		fmt.Fprintln(c.stderr, err)
		return exitInternal
	default:
		// a failed disclosure audit: its message says nothing is written
		fmt.Fprintln(c.stderr, err)
		return exitCannot
	}
}

// context is the context a command's run is cancelled through.
func (c *cli) context() context.Context { return context.Background() }

// problems prints the problems (sorted) and a summary; it returns exitProblems
// when there are errors.
func (c *cli) problems(w io.Writer, l *diag.List, summary bool) int {
	fmt.Fprint(w, l.String())
	errs := l.Errors()
	if summary {
		if l.Len() == 0 {
			fmt.Fprintln(w, msg.CLISummaryOK.F())
		} else {
			fmt.Fprintln(w, msg.CLISummary.F(msg.CLIErrors.F(errs), msg.CLIWarnings.F(l.Len()-errs)))
		}
	}
	if errs > 0 {
		return exitProblems
	}
	return exitOK
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readWorkbook reads the input workbook: path (given on the command
// line), or the one the programme names when path is "".
func (c *cli) readWorkbook(run *pipeline.Run, path string, l *diag.List) *workbook.Workbook {
	return run.ReadWorkbook(files.Dir(filepath.Dir(path), true), path, l)
}
