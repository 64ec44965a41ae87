package pipeline

import (
	"boso/reports/build"
	"boso/reports/output"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
)

// BenchmarkCompute loads and computes the programme BOSO_BENCH_PROGRAM
// names (a programme file; its folder holds what it reads) and writes its
// figure export to io.Discard, CSV and XLSX apart: for profiling a large
// workload (-cpuprofile, -memprofile). Without the variable it computes
// the shipped example.
func BenchmarkCompute(b *testing.B) {
	prog := os.Getenv("BOSO_BENCH_PROGRAM")
	if prog == "" {
		prog = "../../examples/program.yaml"
	}
	run := func(b *testing.B) *Run {
		var l diag.List
		r, err := Load(context.Background(), Config{Files: files.Dir(filepath.Dir(prog), false), Program: prog, Date: period.MustDate(2025, 8, 20)}, &l)
		if err != nil {
			b.Fatalf("%v\n%s", err, l.String())
		}
		if _, err := r.Compute(context.Background(), &l); err != nil || l.Errors() > 0 {
			b.Fatalf("%v\n%s", err, l.String())
		}
		return r
	}
	b.Run("compute", func(b *testing.B) {
		for range b.N {
			run(b)
		}
	})
	// what compute --uten-xlsx does: read, then make the figures kommune
	// by kommune as tall.csv is written
	b.Run("streamed", func(b *testing.B) {
		for range b.N {
			var l diag.List
			r, err := Load(context.Background(), Config{Files: files.Dir(filepath.Dir(prog), false), Program: prog, Date: period.MustDate(2025, 8, 20)}, &l)
			if err != nil {
				b.Fatalf("%v\n%s", err, l.String())
			}
			sc, err := r.Scan(context.Background(), &l)
			if err != nil || l.Errors() > 0 {
				b.Fatalf("%v\n%s", err, l.String())
			}
			if err := r.StreamedCSVFigureFiles("ut", sc, &l, nil)[0].Fill(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
	r := run(b)
	for i, name := range []string{"csv", "xlsx"} {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				if err := r.FigureFiles("ut")[i].Fill(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReports builds and renders the 2025 annual reports of the
// programme BOSO_BENCH_PROGRAM names (default: the shipped example), for
// its first BOSO_BENCH_KOMMUNER kommuner (default: all): building (the
// disclosure control and its replay of earlier publications) and each
// format apart, on every core as boso report does.
func BenchmarkReports(b *testing.B) {
	prog := os.Getenv("BOSO_BENCH_PROGRAM")
	if prog == "" {
		prog = "../../examples/program.yaml"
	}
	var l diag.List
	r, err := Load(context.Background(), Config{Files: files.Dir(filepath.Dir(prog), false), Program: prog, Date: period.MustDate(2026, 1, 15)}, &l)
	if err != nil {
		b.Fatalf("%v\n%s", err, l.String())
	}
	p := period.MustParse("2025")
	r.Need(p, p.SameLastYear())
	if _, err := r.Compute(context.Background(), &l); err != nil || l.Errors() > 0 {
		b.Fatalf("%v\n%s", err, l.String())
	}
	if n, err := strconv.Atoi(os.Getenv("BOSO_BENCH_KOMMUNER")); err == nil && n < len(r.Result.Kommuner) {
		r.Result.Kommuner = r.Result.Kommuner[:n]
	}
	o := ReportOptions{Period: p, Threshold: build.DefaultThreshold}
	var reps []Report
	b.Run("build", func(b *testing.B) {
		for range b.N {
			if reps, err = r.Reports(context.Background(), o); err != nil {
				b.Fatal(err)
			}
		}
	})
	files := ReportFiles("ut", reps, false)
	for i, name := range []string{"xlsx", "pdf", "html", "steering", "record"} {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				var wg sync.WaitGroup
				next := make(chan output.File)
				for range runtime.GOMAXPROCS(0) {
					wg.Go(func() {
						for f := range next {
							if err := f.Fill(io.Discard); err != nil {
								b.Error(err)
							}
						}
					})
				}
				for j := i; j < len(files); j += 5 {
					next <- files[j]
				}
				close(next)
				wg.Wait()
			}
		})
	}
}
