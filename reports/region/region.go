package region

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/indicators/ssb"
	"boso/indicators/stdlib"
	"boso/reports/build"
	"boso/reports/format"
	"boso/reports/html"
	"boso/reports/model"
	"boso/reports/output"
	"boso/reports/pdf"
	"boso/reports/pipeline"
	"boso/reports/xlsx"
	"boso/templates/msg"
)

// Options say which roll-up to make.
type Options struct {
	Files        files.FS // where the region file and everything it names are read
	Config       string   // the region file's path
	AllowOutside bool
	Period       period.Period // the report period: a half-year or a year
	Date         period.Date   // the run date: submissions are judged as on it
	Threshold    int64         // counts 1..Threshold are hidden (0: build.DefaultThreshold)
	// Progress, when set, is called as submissions are read.
	Progress func(done, total int)
}

// Result is a roll-up made.
type Result struct {
	Config   *Config
	Overview *Overview
	Rollup   *Rollup
	Report   *model.Report
}

// ErrProblems is returned when the region file has errors (in the list).
var ErrProblems = fmt.Errorf("region: the region file has errors")

// Run reads the region file, the submissions and the log, judges each
// expected kommune's submission, rolls up their figures and composes the
// document. Problems of the region file and the log go into l (a broken
// submission is listed in the document with its own problems and never
// stops the roll-up); the error is ErrProblems, the context's, or a
// disclosure error (nothing may be shown).
func Run(ctx context.Context, o Options, l *diag.List) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if _, err := o.Files.Stat(o.Config); err != nil {
		return nil, &pipeline.Refusal{Msg: msg.CLINoRegion.F(o.Config)}
	}
	c, ok := Load(o.Files, o.Config, o.AllowOutside, l)
	if !ok {
		return nil, ErrProblems
	}
	found := Discover(o.Files, c.Resolve(c.Submissions), l)
	subs, err := ReadAll(ctx, o.Files, found, o.Progress)
	if err != nil {
		return nil, err
	}
	var log Log
	if c.Log != "" {
		log = ReadLog(o.Files, c.Resolve(c.Log), l)
		c.CheckLog(log, o.Period, o.Date, l)
	}
	if o.Date <= o.Period.Last() {
		l.Warn(CodeConfig, diag.Pos{}, msg.RegRunBeforeEnd.F(format.Date(o.Date), format.Period(o.Period), format.Date(o.Period.Last())))
	}
	threshold := o.Threshold
	if threshold == 0 {
		threshold = build.DefaultThreshold
	}
	var dl diag.List // the standard library is boso's own: it has no problems
	set := definition.Load(stdlib.Sources(), &dl)
	c.checkIndicators(set, l)
	var pop *ssb.Table
	if c.Population != "" {
		pop = readTable(o.Files, c.Resolve(c.Population), c.pos("population"), l)
		if pop != nil {
			if err := pop.Require(ssb.Geo, ssb.Time); err != nil {
				l.Add(CodeSSB, c.pos("population"), err.Error())
				pop = nil
			} else if !checkPopulation(pop, c.Kommuner, Comparable(o.Period, TrendPeriods), diag.Pos{File: c.Resolve(c.Population)}, l) {
				pop = nil
			}
		}
	}
	compared := c.compare(o.Files, set, o.Period, l)
	if l.Errors() > 0 {
		return nil, ErrProblems
	}
	ov := c.Judge(o.Period, o.Date, subs, log)
	r := Roll(ov, set, c.Indicators, pop)
	r.Compared = compared
	h, err := r.Protect(set, threshold)
	if err != nil {
		return nil, &build.InternalError{Err: err}
	}
	return &Result{Config: c, Overview: ov, Rollup: r, Report: Compose(c, ov, r, set, h, threshold)}, nil
}

// Files are the roll-up's files in the output folder out: the document as
// xlsx, pdf and html, and the meeting page.
func (res *Result) Files(out string) []output.File {
	p := res.Overview.Period
	base := filepath.Join(out, fmt.Sprintf("region-%s", p))
	r := res.Report
	fill := func(write func(io.Writer, *model.Report) error) func(io.Writer) error {
		return func(w io.Writer) error { return write(w, r) }
	}
	return []output.File{
		{Path: base + ".xlsx", Fill: fill(xlsx.WriteReport)},
		{Path: base + ".pdf", Fill: fill(pdf.Write)},
		{Path: base + ".html", Fill: fill(html.Write)},
		{Path: filepath.Join(out, fmt.Sprintf("region-mote-%s.pdf", p)), Fill: fill(pdf.WriteSteering)},
	}
}

// CheckOut refuses an output folder inside the submissions folder (also
// through a symbolic link): the roll-up written there would be read as a
// submission the next time.
func (r *Result) CheckOut(out string) error {
	subs := r.Config.Resolve(r.Config.Submissions)
	if subs == "" {
		return nil
	}
	if inside(realPath(subs), realPath(out)) {
		return &pipeline.Refusal{Msg: msg.RegOutInSubmissions.F(out, subs)}
	}
	return nil
}

// realPath is p made absolute with its symbolic links resolved, as far as
// it exists (an output folder may not yet).
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	parent := filepath.Dir(abs)
	if parent == abs {
		return abs
	}
	return filepath.Join(realPath(parent), filepath.Base(abs))
}

// inside reports whether p is dir or lies under it.
func inside(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
