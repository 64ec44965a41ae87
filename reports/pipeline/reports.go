package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/build"
	"boso/reports/format"
	"boso/reports/html"
	"boso/reports/model"
	"boso/reports/notes"
	"boso/reports/output"
	"boso/reports/pdf"
	"boso/reports/tidy"
	"boso/reports/xlsx"
	"boso/templates/msg"
)

// ReportOptions say which report to make and how.
type ReportOptions struct {
	Period    period.Period // a half-year or a year
	Internal  bool          // for the programme's own use: nothing hidden
	Threshold int64         // the smallest count shown (build.DefaultThreshold)
	// Published are the records of the reports published before (see
	// ReadRecords); a report hides what a reader of it and of them could
	// narrow down.
	Published []build.Publication
}

// Report is one kommune's report, and the warnings about the workbook's
// text that only the report's hidden figures can give (BOSO-A009).
type Report struct {
	Input  *build.Input
	Model  *model.Report
	Quotes *diag.List
}

// ReportPeriod checks a report period against the programme: a half-year
// or a year inside the programme's period.
func (r *Run) ReportPeriod(p period.Period, given string) error {
	if p.Type != period.Half && p.Type != period.Year {
		return &Refusal{msg.CLIBadReportPeriod.F(given)}
	}
	if !p.Within(r.Program.Period.First(), r.Program.Period.Last()) {
		return &Refusal{msg.CLIPeriodOutside.F(format.Period(p), format.Period(r.Program.Period))}
	}
	return nil
}

// Reports makes the report of the period for every kommune computed. An
// error means nothing may be written: a failed disclosure audit (a
// *build.LeakError, or a *build.InternalError: a bug in boso) or the
// context's error. Kommuner are built on every core; the reports, and the
// error if several fail (the first kommune's), are the same as one by one.
func (r *Run) Reports(ctx context.Context, o ReportOptions) ([]Report, error) {
	ks := r.Result.Kommuner
	out := make([]Report, len(ks))
	errs := make([]error, len(ks))
	panics := make([]any, len(ks))
	runs := kommuneRuns(r.Result.Figures)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(ks)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				figs := runs[ks[i]]
				if runs == nil {
					figs = r.Result.Figures
				}
				func() {
					// a bug while building is raised again in the caller's
					// goroutine, where the command's recover catches it
					defer func() { panics[i] = recover() }()
					out[i], errs[i] = r.report(ctx, ks[i], figs, o)
				}()
			}
		}()
	}
	for i := range ks {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, v := range panics {
		if v != nil {
			panic(v)
		}
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// kommuneRuns splits figures into each kommune's, when each kommune's
// figures are one run (the engine sorts them so): a report reads only its
// kommune's, and looking through every kommune's for each report was a
// good part of a national run. Nil when they are not in runs.
func kommuneRuns(figs []engine.Figure) map[string][]engine.Figure {
	runs := map[string][]engine.Figure{}
	for start := 0; start < len(figs); {
		k := figs[start].Kommune
		end := start + 1
		for end < len(figs) && figs[end].Kommune == k {
			end++
		}
		if _, seen := runs[k]; seen {
			return nil
		}
		runs[k] = figs[start:end:end]
		start = end
	}
	return runs
}

// report makes kommune k's report from figs, which hold its figures.
func (r *Run) report(ctx context.Context, k string, figs []engine.Figure, o ReportOptions) (Report, error) {
	if err := ctx.Err(); err != nil {
		return Report{}, err
	}
	targets := build.TargetsOf(r.Program, r.Input.Set, k)
	var form *build.Form
	if r.Workbook != nil {
		targets = build.TargetsWith(targets, r.Workbook, r.Input.Set, k)
		form = build.FormOf(r.Workbook)
	}
	in := &build.Input{Program: r.Program, Set: r.Input.Set, Figures: figs, Kommune: k, Period: o.Period,
		ReportDate: r.Input.ReportDate, Internal: o.Internal, Threshold: o.Threshold, Targets: targets, Form: form, Published: o.Published}
	m, err := build.Build(in)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Input: in, Model: m, Quotes: &diag.List{}}
	if r.Workbook != nil && !o.Internal {
		rep.Quotes = r.Workbook.QuotesHidden(build.HiddenFigures(in, m))
	}
	return rep, nil
}

// RecordsDir is the folder beside the reports that holds the records of
// what each published report showed (build.Publication).
const RecordsDir = "publisert"

// ReportFiles are the files of the reports in the output folder out: each
// kommune's report as xlsx, pdf and html, its steering-group page, and
// (unless internal) the record of what it showed.
func ReportFiles(out string, reps []Report, internal bool) []output.File {
	var fs []output.File
	for _, rep := range reps {
		k, p, m := rep.Input.Kommune, rep.Input.Period, rep.Model
		base := filepath.Join(out, fmt.Sprintf("rapport-%s-%s", k, p))
		fs = append(fs,
			output.File{Path: base + ".xlsx", Fill: render(m, xlsx.WriteReport)},
			output.File{Path: base + ".pdf", Fill: render(m, pdf.Write)},
			output.File{Path: base + ".html", Fill: render(m, html.Write)},
			output.File{Path: filepath.Join(out, fmt.Sprintf("styringsgruppe-%s-%s.pdf", k, p)), Fill: render(m, pdf.WriteSteering)},
		)
		if !internal {
			pub := build.PublicationOf(rep.Input, m)
			fs = append(fs, output.File{Path: filepath.Join(out, RecordsDir, fmt.Sprintf("%s-%s.json", k, p)), Fill: pub.Write})
		}
	}
	return fs
}

func render(r *model.Report, write func(io.Writer, *model.Report) error) func(io.Writer) error {
	return func(w io.Writer) error { return write(w, r) }
}

// Meta is what the figure export says of the programme.
func (r *Run) Meta() tidy.Meta {
	meta := tidy.Meta{Program: r.Program.Name, Example: r.Program.Example, Kommuner: map[string]string{}, Words: notes.For(r.Input.Set), Set: r.Input.Set}
	for _, k := range r.Program.Kommuner {
		meta.Kommuner[k.Number] = k.Name
	}
	return meta
}

// FigureFiles are the figure export's files in the output folder out:
// tall.csv and tall.xlsx.
func (r *Run) FigureFiles(out string) []output.File {
	meta, res, date := r.Meta(), r.Result, r.Input.ReportDate
	return []output.File{
		{Path: filepath.Join(out, "tall.csv"), Fill: func(w io.Writer) error { return tidy.WriteCSV(w, res.Figures, meta) }},
		{Path: filepath.Join(out, "tall.xlsx"), Fill: func(w io.Writer) error { return xlsx.WriteFigures(w, res.Figures, meta, date) }},
	}
}

// CSVFigureFiles are FigureFiles without tall.xlsx, for an export too
// large to want the workbook: a tall.xlsx an earlier run left in out is
// removed in the same swap, so that it never stays beside a newer tall.csv.
func (r *Run) CSVFigureFiles(out string) []output.File {
	files := r.FigureFiles(out)
	files[1].Fill = nil
	return files
}

// ErrFinishProblems is the error of a figure file whose figures, made as
// it was written, brought errors into the run's problems: the file is not
// written (output.WriteAll undoes the set), and the problems say why.
var ErrFinishProblems = errors.New("pipeline: errors while making the figures")

// StreamedCSVFigureFiles are CSVFigureFiles whose tall.csv is made from
// sc kommune by kommune as it is written, so that the run never holds
// more than one kommune's figures: for exports of many kommuner. seen, when
// not nil, is given each kommune's figures after they are written (it
// must not keep the slice). Problems making the figures go into l; when
// they are errors, the file fails with ErrFinishProblems. Result holds,
// once the file is written, the run's kommuner, periods and indicators
// (and no figures). The file can be written once.
func (r *Run) StreamedCSVFigureFiles(out string, sc *engine.Scanned, l *diag.List, seen func(figs []engine.Figure)) []output.File {
	files := r.CSVFigureFiles(out)
	meta := r.Meta()
	files[0].Fill = func(w io.Writer) error {
		before := l.Errors()
		cw := tidy.NewCSVWriter(w, meta)
		// the next kommune's figures are made while this one's are
		// written: each goes to the writing goroutine in one of a few
		// buffers that go round
		const buffers = 3
		full, free := make(chan []engine.Figure, buffers), make(chan []engine.Figure, buffers)
		for range buffers {
			free <- nil
		}
		written := make(chan any, 1) // a panic writing, or nil
		go func() {
			defer func() { written <- recover() }()
			for figs := range full {
				cw.Write(figs)
				if seen != nil {
					seen(figs)
				}
				free <- figs
			}
		}()
		res, err := sc.FinishEach(func(figs []engine.Figure) error {
			if ctx := r.Input.Context; ctx != nil && ctx.Err() != nil {
				return ctx.Err() // the run was cancelled: nothing is written
			}
			select {
			case buf := <-free:
				full <- append(buf[:0], figs...)
				return nil
			case p := <-written:
				written <- p // the writer stopped: said below
				return errWriterStopped
			}
		})
		close(full)
		if p := <-written; p != nil {
			panic(p) // in the caller, where the command's recover is
		}
		if err != nil {
			return err
		}
		r.Result = res
		if l.Errors() > before {
			return ErrFinishProblems
		}
		return cw.Flush()
	}
	return files
}

// errWriterStopped ends making the figures when the goroutine writing
// them has stopped (it panicked).
var errWriterStopped = errors.New("pipeline: the figures' writer stopped")

// RecordProblem is a record of an earlier report that could not be read:
// it is left out, and the report is decided as if that one were made
// again today.
type RecordProblem struct {
	Path   string
	Reason string // Norwegian
}

func (p RecordProblem) String() string { return msg.CLIBadRecord.F(p.Path, p.Reason) }

// ReadRecords reads the records of earlier published reports in the
// folder dir of fsys (see RecordsDir), in name order.
func ReadRecords(fsys files.FS, dir string) ([]build.Publication, []RecordProblem) {
	names, _ := fsys.Glob(filepath.Join(dir, "*.json"))
	var out []build.Publication
	var probs []RecordProblem
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			probs = append(probs, RecordProblem{name, msg.OSReason(err)})
			continue
		}
		pub, err := build.ReadPublication(f)
		f.Close()
		if err != nil {
			probs = append(probs, RecordProblem{name, recordReason(err)})
			continue
		}
		out = append(out, pub)
	}
	return out, probs
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
