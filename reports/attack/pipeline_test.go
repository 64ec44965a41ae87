package attack

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/indicators/source"
	"boso/reports/build"
	rhtml "boso/reports/html"
	"boso/reports/model"
	"boso/reports/pdf"
	"boso/reports/pipeline"
	"boso/reports/xlsx"
	"boso/templates/workbook"
)

// world is one programme loaded and computed the way `boso report` does it
// (cmd/boso/report.go): programme, inputs, workbook, engine.
type world struct {
	run     *pipeline.Run
	prog    *program.Program
	in      *engine.Input
	res     *engine.Result
	wb      *workbook.Workbook
	kommune string
	date    period.Date
	// truth is every figure of the kommune, for the protection ranges and
	// to know which hidden cells are small — never for the attack itself.
	truth map[fact]*engine.Figure
	// pop is the population on 1 January by year: public (SSB).
	pop map[int]float64
}

// loadWorld loads and computes a programme for the report date, with the
// periods of the given documents and the same periods a year earlier.
func loadWorld(t testing.TB, path string, date period.Date, docs []period.Period) *world {
	t.Helper()
	var l diag.List
	ctx := context.Background()
	run, err := pipeline.Load(ctx, pipeline.Config{Files: files.Dir(filepath.Dir(path), false), Program: path, Date: date}, &l)
	if err != nil {
		t.Fatalf("%s: %v\n%s", path, err, l.String())
	}
	for _, p := range docs {
		run.Need(p, p.SameLastYear())
	}
	w := &world{run: run, prog: run.Program, in: run.Input, date: date}
	w.wb = run.ReadWorkbook(files.OS, "", &l)
	if w.res, err = run.Compute(ctx, &l); err != nil {
		t.Fatal(err)
	}
	if l.Errors() > 0 {
		t.Fatalf("%s:\n%s", path, l.String())
	}
	if len(w.res.Kommuner) != 1 {
		t.Fatalf("%s: the attack covers one kommune, the programme has %v", path, w.res.Kommuner)
	}
	w.kommune = w.res.Kommuner[0]
	w.truth = map[fact]*engine.Figure{}
	for i := range w.res.Figures {
		f := &w.res.Figures[i]
		if f.Kommune == w.kommune {
			w.truth[fact{f.Indicator, f.Period, f.Group}] = f
		}
	}
	w.pop = readPopulation(t, w)
	return w
}

// readPopulation reads the kommune's population table through its source
// mapping, as anyone can read SSB's table.
func readPopulation(t testing.TB, w *world) map[int]float64 {
	t.Helper()
	out := map[int]float64{}
	for _, m := range w.in.Mappings {
		if m.Register != "innbyggere" {
			continue
		}
		var l diag.List
		s, ok := m.Open([]string{"aar", "innbyggere"}, &l)
		if !ok {
			t.Fatalf("population: %s", l.String())
		}
		var rec source.Record
		for s.Next(&rec) {
			k := rec.Kommune
			if to := w.prog.Renumber[k]; len(to) == 1 {
				k = to[0]
			}
			if k != w.kommune || rec.Values[0].Null || rec.Values[1].Null {
				continue
			}
			out[int(rec.Values[0].Num.Float())] = rec.Values[1].Num.Float()
		}
		s.Close()
	}
	return out
}

// report builds the report for p as `boso report` does.
func (w *world) report(p period.Period, internal bool, threshold int64) (*model.Report, error) {
	reps, err := w.run.Reports(context.Background(), pipeline.ReportOptions{Period: p, Internal: internal, Threshold: threshold})
	if err != nil {
		return nil, err
	}
	return reps[0].Model, nil
}

// schedule is every report a programme has published by the report date:
// each programme year's half-year report (published in August) and annual
// report (published in January), in the order they came out.
func (w *world) schedule() []period.Period {
	var out []period.Period
	for y := w.prog.Period.Year; y <= w.prog.Period.N; y++ {
		h1 := period.Period{Type: period.Half, Year: y, N: 1}
		if h1.Last() >= w.date {
			break
		}
		out = append(out, h1)
		yr := period.Period{Type: period.Year, Year: y}
		if yr.Last() >= w.date {
			break
		}
		out = append(out, yr)
	}
	return out
}

// published is one report as published: its period and its files.
type published struct {
	period period.Period
	files  map[string][]byte // "html", "pdf", "xlsx", "steering.pdf"
	// refused is boso's own audit failing: `boso report` would write
	// nothing (exit 2). The files are what it would have written.
	refused error
}

// publish builds and renders the documents, in parallel. Formats other
// than HTML are rendered only for the documents in full.
func (w *world) publish(t testing.TB, docs []period.Period, full map[period.Period]bool, threshold int64) []*published {
	t.Helper()
	out := make([]*published, len(docs))
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, p := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			r, err := w.report(p, false, threshold)
			pub := &published{period: p, files: map[string][]byte{}}
			if build.IsLeak(err) {
				// boso refuses to publish it; attack what it would have been
				pub.refused = err
			} else if err != nil {
				errs[i] = fmt.Errorf("%s: %w", p, err)
				return
			}
			writers := map[string]func(io.Writer, *model.Report) error{"html": rhtml.Write}
			if full[p] {
				writers["pdf"], writers["xlsx"], writers["steering.pdf"] = pdf.Write, xlsx.WriteReport, pdf.WriteSteering
			}
			for f, write := range writers {
				var b bytes.Buffer
				if err := write(&b, r); err != nil {
					errs[i] = fmt.Errorf("%s %s: %w", p, f, err)
					return
				}
				pub.files[f] = b.Bytes()
			}
			out[i] = pub
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// save writes a document's file where external programs can open it.
func (p *published) save(t testing.TB, dir, format string) string {
	t.Helper()
	path := filepath.Join(dir, fmt.Sprintf("rapport-%s.%s", p.period, format))
	if err := os.WriteFile(path, p.files[format], 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// publishModel renders one report model as HTML.
func publishModel(t testing.TB, r *model.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := rhtml.Write(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
