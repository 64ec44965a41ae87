package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/reports/build"
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

// world is a loaded programme ready for the engine.
type world struct {
	prog *program.Program
	in   *engine.Input
}

// load reads the programme and everything it names. Problems go into l;
// code ≥ 0 means the command cannot go on.
func (c *cli) load(o *options, l *diag.List) (*world, int) {
	if _, err := os.Stat(o.program); err != nil {
		fmt.Fprintln(c.stderr, msg.CLINoProgram.F(o.program))
		return nil, exitCannot
	}
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
	prog, ok := program.Load(o.program, l)
	if !ok {
		return nil, exitProblems
	}
	prog.AllowOutside = o.outside
	in := prog.Inputs(periods, reportDate, l)
	if ks := splitList(o.kommuner); len(ks) > 0 {
		var known []string
		for _, k := range prog.Kommuner {
			known = append(known, k.Number)
		}
		for _, k := range ks {
			if !kommuneNumber(k) {
				fmt.Fprintln(c.stderr, msg.CLIBadKommuneNr.F(k))
				return nil, exitCannot
			}
			if len(known) > 0 && prog.KommuneName(k) == "" {
				if to := prog.Renumber[k]; len(to) == 1 && prog.KommuneName(to[0]) != "" {
					// a former number the programme renumbers: name today's
					fmt.Fprintln(c.stderr, msg.CLIKommuneRenumbered.F(k, to[0]))
					return nil, exitCannot
				}
				fmt.Fprintln(c.stderr, msg.CLIBadKommune.F(k, strings.Join(known, ", ")))
				return nil, exitCannot
			}
		}
		in.Kommuner = ks
	}
	return &world{prog: prog, in: in}, -1
}

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

// readWorkbook reads the programme's input workbook (path, or the one the
// programme names when path is ""), and gives its Tall sheet to the
// engine. It returns nil when there is none or it cannot be read; its
// problems go into l.
func (c *cli) readWorkbook(w *world, path string, l *diag.List) *workbook.Workbook {
	if path == "" {
		if w.prog.WorkbookRefused(nil) { // reported by Inputs
			return nil
		}
		path = w.prog.WorkbookPath()
	}
	if path == "" {
		return nil
	}
	mapped := map[string]bool{}
	for _, m := range w.in.Mappings {
		mapped[m.Register] = true
	}
	wb, wl := workbook.Read(path, build.WorkbookOptions(w.prog, w.in.Set, mapped))
	l.Append(wl)
	if wb != nil {
		w.in.Entered = build.EnteredOf(wb)
	}
	return wb
}

// kommuneNumber reports whether s has the form of a kommunenummer.
func kommuneNumber(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
