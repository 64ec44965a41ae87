// Package pipeline is boso's one path from a programme's inputs to its
// outputs: load the programme and what it names, read the input workbook,
// compute the figures, compose the reports (suppression and audit
// included) and name the files to write. The command line, the regional
// roll-up and a later local web page all call it; they parse their own
// flags, print, and choose exit codes.
//
// Inputs are opened through a files.FS (a programme folder on disk, a
// submission folder, an upload held in memory), never by paths deep inside
// a reader; results are values. Problems in the inputs go into a diag.List
// the caller prints; a request that cannot be carried out is a *Refusal
// with the Norwegian message to show.
package pipeline

import (
	"context"
	"errors"
	"io/fs"
	"strings"

	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/indicators/source"
	"boso/reports/build"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
	"boso/templates/workbook"
)

// Config is what a run reads.
type Config struct {
	// Files is where the programme file and every file it names are read.
	Files files.FS
	// Program is the programme file's path, as the user names it.
	Program string
	// AllowOutside lets the programme name files outside its folder; the
	// caller gives Files that can open them (files.Dir(dir, true)).
	AllowOutside bool
	// Date is the report date: figures are as known on it.
	Date period.Date
	// Today is the day the run is made, when the caller knows it: an
	// export said to be taken after it is a typo (covers.exported 2035
	// for 2025). Zero: not checked.
	Today period.Date
	// Periods to compute; empty: the programme's period types.
	Periods []period.Period
	// Kommuner to compute; empty: every kommune of the programme.
	Kommuner []string
}

// Refusal is a request a run cannot carry out, said for the user.
type Refusal struct{ Msg string }

func (r *Refusal) Error() string { return r.Msg }

// ErrProblems is returned when the inputs have errors: they are in the
// problem list, and nothing should be written.
var ErrProblems = errors.New("pipeline: the inputs have errors")

// Run is a programme loaded for the engine, and what later steps add.
type Run struct {
	Program  *program.Program
	Input    *engine.Input
	Workbook *workbook.Workbook // the input workbook, once read; nil without one
	Result   *engine.Result     // the figures, once computed
}

// Load reads the programme and everything it names. Problems go into l;
// the error is a *Refusal, ErrProblems (the programme itself has errors:
// it cannot be used), or the context's error.
func Load(ctx context.Context, c Config, l *diag.List) (*Run, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if _, err := c.Files.Stat(c.Program); errors.Is(err, fs.ErrNotExist) {
		return nil, &Refusal{msg.CLINoProgram.F(c.Program)}
	} else if err != nil {
		return nil, &Refusal{msg.CLIProgramUnreadable.F(c.Program, msg.OSReason(err))}
	}
	prog, ok := program.LoadIn(c.Files, c.Program, l)
	if !ok {
		return nil, ErrProblems
	}
	prog.AllowOutside = c.AllowOutside
	in := prog.Inputs(c.Periods, c.Date, l)
	in.Context = ctx
	if c.Today != 0 {
		checkExported(in.Mappings, c.Today, l)
	}
	if len(c.Kommuner) > 0 {
		if err := checkKommuner(prog, c.Kommuner); err != nil {
			return nil, err
		}
		in.Kommuner = c.Kommuner
	}
	return &Run{Program: prog, Input: in}, nil
}

// checkKommuner refuses a kommune the programme does not have, naming
// today's number for a former one the programme renumbers.
func checkKommuner(prog *program.Program, ks []string) error {
	var known []string
	for _, k := range prog.Kommuner {
		known = append(known, k.Number)
	}
	for _, k := range ks {
		if !kommuneNumber(k) {
			return &Refusal{msg.CLIBadKommuneNr.F(k)}
		}
		if len(known) > 0 && prog.KommuneName(k) == "" {
			if to := prog.Renumber[k]; len(to) == 1 && prog.KommuneName(to[0]) != "" {
				return &Refusal{msg.CLIKommuneRenumbered.F(k, to[0])}
			}
			return &Refusal{msg.CLIBadKommune.F(k, strings.Join(known, ", "))}
		}
	}
	return nil
}

// Need adds periods to compute (a report's period and the same period a
// year earlier) to those the run computes.
func (r *Run) Need(ps ...period.Period) {
	for _, p := range ps {
		if !containsPeriod(r.Input.Periods, p) {
			r.Input.Periods = append(r.Input.Periods, p)
		}
	}
}

// ReadWorkbook reads the input workbook at path in fsys, or the one the
// programme names when path is "" (in the programme's files), and gives
// its Tall sheet to the engine. It returns nil when there is none or it
// cannot be read; its problems go into l.
func (r *Run) ReadWorkbook(fsys files.FS, path string, l *diag.List) *workbook.Workbook {
	if path == "" {
		if r.Program.WorkbookRefused(nil) { // reported by Inputs
			return nil
		}
		path, fsys = r.Program.WorkbookPath(), r.Program.Files
	}
	if path == "" {
		return nil
	}
	wb, wl := workbook.ReadIn(fsys, path, build.WorkbookOptions(r.Program, r.Input.Set, r.Mapped()))
	l.Append(wl)
	if wb != nil {
		r.Input.Entered = build.EnteredOf(wb)
	}
	r.Workbook = wb
	return wb
}

// Compute computes the figures. Problems go into l; the error is the
// context's when the run was cancelled.
func (r *Run) Compute(ctx context.Context, l *diag.List) (*engine.Result, error) {
	r.Input.Context = ctx
	res := engine.Compute(r.Input, l)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.Result = res
	return res, nil
}

// Scan reads the exports of the run (engine.Scan), for figures made
// kommune by kommune as they are written (StreamedCSVFigureFiles).
func (r *Run) Scan(ctx context.Context, l *diag.List) (*engine.Scanned, error) {
	r.Input.Context = ctx
	sc := engine.Scan(r.Input, l)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return sc, nil
}

// ComputeProblems computes every figure of the run for the problems it
// finds, kommune by kommune, keeping none: validate without a report.
func (r *Run) ComputeProblems(ctx context.Context, l *diag.List) error {
	sc, err := r.Scan(ctx, l)
	if err != nil {
		return err
	}
	res, _ := sc.FinishEach(func([]engine.Figure) error { return ctx.Err() })
	if err := ctx.Err(); err != nil {
		return err
	}
	r.Result = res
	return nil
}

func containsPeriod(ps []period.Period, p period.Period) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
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

// Mapped returns the registers the programme's mappings give rows for.
func (r *Run) Mapped() map[string]bool {
	mapped := map[string]bool{}
	for _, m := range r.Input.Mappings {
		mapped[m.Register] = true
	}
	return mapped
}

// Template is what the input workbook for report period p asks for.
func (r *Run) Template(p period.Period) workbook.TemplateInput {
	return build.TemplateInputOf(r.Program, r.Input.Set, r.Mapped(), p)
}

// Explain computes one figure with every row it rests on (engine.Explain).
func (r *Run) Explain(ctx context.Context, id, kommune string, p period.Period, l *diag.List) (*engine.Explanation, bool, error) {
	r.Input.Context = ctx
	ex, ok := engine.Explain(r.Input, id, kommune, p, l)
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	return ex, ok, nil
}

// checkExported refuses an export said to be taken after today: its
// covers.exported would make figures of days not yet exported.
func checkExported(maps []*source.Mapping, today period.Date, l *diag.List) {
	for _, m := range maps {
		if c := m.Covers; c != nil && c.Exported != nil && *c.Exported > today {
			pos, ok := m.At["covers"]
			if !ok {
				pos = m.Pos
			}
			l.Add(source.CodeMapping, pos, msg.ProgExportedFuture.F(m.ID, norsk.Date(*c.Exported), norsk.Date(today)))
		}
	}
}
