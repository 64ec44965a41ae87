package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/reports/build"
	"boso/reports/html"
	"boso/reports/model"
	"boso/reports/output"
	"boso/reports/pdf"
	"boso/reports/xlsx"
	"boso/templates/msg"
	"boso/templates/workbook"
)

func (c *cli) report(args []string) int {
	var o options
	fs := c.flags("report", msg.CLIUsageReport, &o)
	out := fs.String("ut", "ut", msg.CLIFlagOut.F())
	wbPath := fs.String("arbeidsbok", "", msg.CLIFlagWorkbook.F())
	internal := fs.Bool("intern", false, msg.CLIFlagInternal.F())
	threshold := fs.Int64("skjul", build.DefaultThreshold, msg.CLIFlagThreshold.F())
	if code := c.parseNoArgs(fs, args); code >= 0 {
		return code
	}
	if *threshold < 2 {
		fmt.Fprintln(c.stderr, msg.CLIBadThreshold.F(*threshold))
		return exitCannot
	}
	if code := c.recoverOutput(*out); code >= 0 {
		return code
	}
	periods := o.periods
	o.periods = "" // the engine computes the programme's periods
	var l diag.List
	w, code := c.load(&o, &l)
	if code >= 0 {
		c.problems(c.stderr, &l, false)
		if code == exitProblems {
			fmt.Fprintln(c.stderr, msg.CLINothingWritten.F())
		}
		return code
	}
	o.periods = periods
	p, ok := c.reportPeriod(&o, w)
	if !ok {
		return exitCannot
	}
	// the report period and the same period last year are always computed
	for _, q := range []period.Period{p, p.SameLastYear()} {
		if !containsPeriod(w.in.Periods, q) {
			w.in.Periods = append(w.in.Periods, q)
		}
	}

	wb := c.readWorkbook(w, *wbPath, &l)
	if wb != nil {
		build.CheckWorkbook(&l, wb, build.WorkbookChecks{Period: p, HasPeriod: true, Internal: *internal, Threshold: *threshold})
	} else if *wbPath == "" && w.prog.WorkbookPath() == "" {
		fmt.Fprintln(c.stderr, msg.CLINoWorkbook.F())
		fmt.Fprintln(c.stderr, msg.CLIWorkbookHint.F(o.program, p))
	}
	res := engine.Compute(w.in, &l)
	if code := c.problems(c.stderr, &l, false); code != exitOK {
		fmt.Fprintln(c.stderr, msg.CLINothingWritten.F())
		return code
	}

	// the records of what earlier published reports showed, beside them
	records := filepath.Join(*out, recordsDir)
	var published []build.Publication
	if !*internal {
		published = c.readRecords(records)
	}
	built, code := c.buildReports(w, wb, res, p, *internal, *threshold, published)
	if code >= 0 {
		return code
	}
	var files []output.File
	for _, b := range built {
		k, r := b.in.Kommune, b.r
		c.problems(c.stderr, b.quotes, false)
		base := filepath.Join(*out, fmt.Sprintf("rapport-%s-%s", k, p))
		files = append(files,
			output.File{Path: base + ".xlsx", Fill: render(r, xlsx.WriteReport)},
			output.File{Path: base + ".pdf", Fill: render(r, pdf.Write)},
			output.File{Path: base + ".html", Fill: render(r, html.Write)},
			output.File{Path: filepath.Join(*out, fmt.Sprintf("styringsgruppe-%s-%s.pdf", k, p)), Fill: render(r, pdf.WriteSteering)},
		)
		if !*internal {
			pub := build.PublicationOf(b.in, r)
			files = append(files, output.File{Path: filepath.Join(records, fmt.Sprintf("%s-%s.json", k, p)), Fill: pub.Write})
		}
	}
	replaced, err := writeAll(*out, files)
	if err != nil {
		fmt.Fprintln(c.stderr, writeFailure(err, pathsOf(files)))
		return exitCannot
	}
	for _, f := range files {
		fmt.Fprintln(c.stderr, msg.CLIWroteFile.F(f.Path))
	}
	for _, r := range replaced {
		fmt.Fprintln(c.stderr, msg.CLIReplaced.F(r))
	}
	return exitOK
}

// built is one kommune's report, and the warnings about the workbook's
// text that only the report's hidden figures can give (BOSO-A009).
type built struct {
	in     *build.Input
	r      *model.Report
	quotes *diag.List
}

// buildReports makes the report of period p for every kommune computed;
// code ≥ 0 means it could not (a failed disclosure audit: a bug in boso).
// report writes what it makes; validate only says the warnings.
func (c *cli) buildReports(w *world, wb *workbook.Workbook, res *engine.Result, p period.Period, internal bool, threshold int64, published []build.Publication) ([]built, int) {
	var out []built
	for _, k := range res.Kommuner {
		targets := build.TargetsOf(w.prog, w.in.Set, k)
		var form *build.Form
		if wb != nil {
			targets = build.TargetsWith(targets, wb, w.in.Set, k)
			form = build.FormOf(wb)
		}
		in := &build.Input{Program: w.prog, Set: w.in.Set, Figures: res.Figures, Kommune: k, Period: p,
			ReportDate: w.in.ReportDate, Internal: internal, Threshold: threshold, Targets: targets, Form: form, Published: published}
		r, err := build.Build(in)
		if err != nil {
			// a failed disclosure audit, or a disclosure problem that
			// could not be solved, is a bug in boso: nothing is written
			fmt.Fprintln(c.stderr, err)
			if ie := (*build.InternalError)(nil); errors.As(err, &ie) {
				return nil, exitInternal // its message says nothing is written
			}
			return nil, exitCannot // the audit's message says nothing is written
		}
		b := built{in: in, r: r, quotes: &diag.List{}}
		if wb != nil && !internal {
			b.quotes = wb.QuotesHidden(build.HiddenFigures(in, r))
		}
		out = append(out, b)
	}
	return out, -1
}

func render(r *model.Report, write func(io.Writer, *model.Report) error) func(io.Writer) error {
	return func(w io.Writer) error { return write(w, r) }
}

func containsPeriod(ps []period.Period, p period.Period) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// recoverOutput finishes, first of all, a swap of outputs an earlier run
// into the folder was stopped in (or throws away its staging), so that
// the folder holds one whole set even when this run stops on bad input;
// the records a report reads are then the finished set's.
func (c *cli) recoverOutput(dir string) int {
	if err := output.Recover(dir); err != nil {
		fmt.Fprintln(c.stderr, writeFailure(err, []string{dir}))
		return exitCannot
	}
	return -1
}

// recordsDir is the folder beside the reports that holds the records of
// what each published report showed (build.Publication).
const recordsDir = "publisert"

// readRecords reads the records of earlier published reports; a record
// that cannot be read is said and left out (the report is then decided as
// if that one were made again today).
func (c *cli) readRecords(dir string) []build.Publication {
	names, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	sort.Strings(names)
	var out []build.Publication
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(c.stderr, msg.CLIBadRecord.F(name, msg.OSReason(err)))
			continue
		}
		pub, err := build.ReadPublication(f)
		f.Close()
		if err != nil {
			fmt.Fprintln(c.stderr, msg.CLIBadRecord.F(name, recordReason(err)))
			continue
		}
		out = append(out, pub)
	}
	return out
}

// recordReason says why a record could not be read: its JSON is broken
// (edited by hand, cut short), or the reason ReadPublication gives.
func recordReason(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	if errors.As(err, &syn) || errors.As(err, &typ) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return msg.CLIRecordNotJSON.F()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return msg.OSReason(err)
	}
	if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return msg.CLIRecordUnknownField.F(strings.Trim(f, `"`))
	}
	return msg.CLIRecordNotBoso.F()
}
