package pipeline

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/reports/build"
)

// Why a record cannot be read is said in Norwegian, whatever the JSON
// decoder said.
func TestRecordReason(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"kommune":"3403","periode":"2024H1","verdi":3}`, "feltet «verdi» hører ikke til en post boso skriver"},
		{`{"kommune":`, "ikke gyldig JSON"},
		{`{"kommune":"3403","periode":"2024X9"}`, "den ser ikke ut som en post boso har skrevet"},
	} {
		_, err := build.ReadPublication(strings.NewReader(c.in))
		if err == nil {
			t.Fatalf("%s: read", c.in)
		}
		if got := recordReason(err); !strings.Contains(got, c.want) || strings.Contains(got, "json:") {
			t.Errorf("%s: %q, want %q", c.in, got, c.want)
		}
	}
}

// exampleFS is the shipped example held in memory, as an upload would be.
func exampleFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	root := "../../examples"
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			if rel == "arsrapport" || rel == "gen" || rel == "internal" {
				return filepath.SkipDir
			}
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		m[filepath.ToSlash(rel)] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// figures runs the example through the pipeline in fsys and returns its
// figure export (tall.csv) and the published report's HTML.
func figures(t *testing.T, fsys files.FS, program string) (csv, page string) {
	t.Helper()
	ctx := context.Background()
	var l diag.List
	run, err := Load(ctx, Config{Files: fsys, Program: program, Date: period.MustDate(2025, 8, 20)}, &l)
	if err != nil {
		t.Fatalf("load: %v\n%s", err, l.String())
	}
	p := period.MustParse("2025H1")
	run.Need(p, p.SameLastYear())
	if run.ReadWorkbook(fsys, "", &l) == nil {
		t.Fatalf("no workbook:\n%s", l.String())
	}
	if _, err := run.Compute(ctx, &l); err != nil || l.Errors() > 0 {
		t.Fatalf("compute: %v\n%s", err, l.String())
	}
	var b strings.Builder
	if err := run.FigureFiles("ut")[0].Fill(&b); err != nil {
		t.Fatal(err)
	}
	reps, err := run.Reports(ctx, ReportOptions{Period: p, Threshold: build.DefaultThreshold})
	if err != nil || len(reps) != 1 {
		t.Fatalf("reports: %v", err)
	}
	var h strings.Builder
	for _, f := range ReportFiles("ut", reps, false) {
		if strings.HasSuffix(f.Path, ".html") {
			if err := f.Fill(&h); err != nil {
				t.Fatal(err)
			}
		}
	}
	return b.String(), h.String()
}

// The example read from memory gives the same figures and report as read
// from its folder on disk: nothing in the pipeline opens a file by itself.
func TestInMemoryLikeDisk(t *testing.T) {
	diskCSV, diskHTML := figures(t, files.Dir("../../examples", false), filepath.Join("../../examples", "program.yaml"))
	memCSV, memHTML := figures(t, files.New(exampleFS(t), "eksempel"), filepath.Join("eksempel", "program.yaml"))
	// the export names the files its notes cite: the folder's name differs
	memCSV = strings.ReplaceAll(memCSV, filepath.Join("eksempel", ""), filepath.Join("../../examples", ""))
	if diskCSV != memCSV {
		t.Errorf("tall.csv differs between disk and memory:\n%s", firstDiff(diskCSV, memCSV))
	}
	if strings.Count(diskCSV, "\n") < 100 {
		t.Errorf("tall.csv has %d lines: the example was not computed", strings.Count(diskCSV, "\n"))
	}
	if diskHTML != memHTML {
		t.Errorf("the report differs between disk and memory:\n%s", firstDiff(diskHTML, memHTML))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  " + al[i] + "\n  " + bl[i]
		}
	}
	return "one is longer"
}

// A programme held in memory cannot reach outside it: a mapping that names
// ../ or an absolute path is an error, and nothing outside is read.
func TestMemoryStaysInside(t *testing.T) {
	fsys := exampleFS(t)
	for _, file := range []string{"../../hemmelig.csv", "/etc/passwd"} {
		mf := *fsys["kilder/startlan.yaml"]
		mf.Data = regexp.MustCompile(`(?m)^file: .*$`).ReplaceAll(mf.Data, []byte("file: "+file))
		fsys["kilder/startlan.yaml"] = &mf
		var l diag.List
		_, err := Load(context.Background(), Config{Files: files.New(fsys, "p"), Program: filepath.Join("p", "program.yaml"), Date: period.MustDate(2025, 8, 20)}, &l)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(l.String(), "[BOSO-P003]") || !strings.Contains(l.String(), file) {
			t.Errorf("file: %s: want BOSO-P003, got\n%s", file, l.String())
		}
	}
}

// A cancelled run stops and says so, with no figures.
func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var l diag.List
	run, err := Load(ctx, Config{Files: files.Dir("../../examples", false), Program: "../../examples/program.yaml", Date: period.MustDate(2025, 8, 20)}, &l)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	res, err := run.Compute(ctx, &l)
	if !errors.Is(err, context.Canceled) || res != nil {
		t.Errorf("Compute after cancel: %v, %v; want context.Canceled", res, err)
	}
	if _, err := Load(ctx, Config{Files: files.Dir("../../examples", false), Program: "../../examples/program.yaml"}, &l); !errors.Is(err, context.Canceled) {
		t.Errorf("Load after cancel: %v", err)
	}
}

// The command line's refusals come from the pipeline, in Norwegian.
func TestRefusals(t *testing.T) {
	cfg := Config{Files: files.Dir("../../examples", false), Program: "../../examples/program.yaml", Date: period.MustDate(2025, 8, 20)}
	for _, c := range []struct {
		kommune, want string
	}{
		{"340", "340"},
		{"0403", "3403"}, // a former number the programme renumbers
		{"3401", "3403"}, // another kommune: the programme's are listed
	} {
		cfg.Kommuner = []string{c.kommune}
		var l diag.List
		_, err := Load(context.Background(), cfg, &l)
		var r *Refusal
		if !errors.As(err, &r) || !strings.Contains(r.Msg, c.want) {
			t.Errorf("--kommune %s: %v, want a refusal naming %s", c.kommune, err, c.want)
		}
	}
	cfg.Kommuner = nil
	cfg.Program = "../../examples/finnes-ikke.yaml"
	var l diag.List
	_, err := Load(context.Background(), cfg, &l)
	var r *Refusal
	if !errors.As(err, &r) || !strings.Contains(r.Msg, "finnes-ikke.yaml") {
		t.Errorf("missing programme: %v", err)
	}
}

// TestStreamedFiguresCancel checks that a run cancelled after its exports
// are read writes no tall.csv: the streamed file fails with the context's
// error.
func TestStreamedFiguresCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var l diag.List
	run, err := Load(ctx, Config{Files: files.Dir("../../examples", false), Program: "../../examples/program.yaml", Date: period.MustDate(2025, 8, 20)}, &l)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := run.Scan(ctx, &l)
	if err != nil || l.Errors() > 0 {
		t.Fatalf("%v\n%s", err, l.String())
	}
	cancel()
	var b strings.Builder
	if err := run.StreamedCSVFigureFiles("ut", sc, &l, nil)[0].Fill(&b); !errors.Is(err, context.Canceled) {
		t.Fatalf("Fill after cancel: %v", err)
	}
}
