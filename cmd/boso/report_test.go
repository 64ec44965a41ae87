package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"boso/indicators/diag"
	"boso/indicators/period"
	"boso/reports/build"
	"boso/reports/pipeline"
)

var now = time.Date(2025, 8, 20, 12, 0, 0, 0, time.UTC)

func runBoso(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, &o, &e, now)
	return code, o.String(), e.String()
}

// boso report on the example writes the four files, the same bytes every
// time, and says when it replaced earlier ones.
func TestReportCommand(t *testing.T) {
	out := t.TempDir()
	args := []string{"report", "--program", "../../examples/program.yaml", "--period", "2025H1", "--dato", "2025-08-20", "--ut", out}
	code, _, stderr := runBoso(t, args...)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	names := []string{"rapport-3403-2025H1.xlsx", "rapport-3403-2025H1.pdf", "rapport-3403-2025H1.html", "styringsgruppe-3403-2025H1.pdf"}
	first := map[string][]byte{}
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(out, n))
		if err != nil || len(b) == 0 {
			t.Fatalf("%s: %v", n, err)
		}
		first[n] = b
	}
	code, _, stderr = runBoso(t, args...)
	if code != exitOK || !strings.Contains(stderr, "Erstattet tidligere "+filepath.Join(out, names[0])) {
		t.Fatalf("second run, exit %d:\n%s", code, stderr)
	}
	for _, n := range names {
		b, _ := os.ReadFile(filepath.Join(out, n))
		if !bytes.Equal(b, first[n]) {
			t.Errorf("%s differs between two runs", n)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(out, ".*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// A report period outside the programme, or not a half-year or year, is refused.
func TestReportPeriodRefused(t *testing.T) {
	for _, p := range []string{"2030H1", "2025K1", ""} {
		code, _, stderr := runBoso(t, "report", "--program", "../../examples/program.yaml", "--period", p, "--ut", t.TempDir())
		if code != exitCannot || stderr == "" {
			t.Errorf("--period %q: exit %d, %q", p, code, stderr)
		}
	}
}

// boso template writes the workbook and will not overwrite a filled one.
func TestTemplateCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "arbeidsbok.xlsx")
	args := []string{"template", "--program", "../../examples/program.yaml", "--period", "2025H1", "--ut", path}
	if code, _, stderr := runBoso(t, args...); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, _, stderr := runBoso(t, args...)
	if code != exitCannot || !strings.Contains(stderr, "finnes allerede; bruk --erstatt") {
		t.Fatalf("overwrite: exit %d, %s", code, stderr)
	}
	if code, _, stderr := runBoso(t, append(args, "--erstatt")...); code != exitOK {
		t.Fatalf("--erstatt: exit %d, %s", code, stderr)
	}
}

// A workbook made before boso wrote «Rapporteringsperiode» is judged by
// its «Rapporteringsår»: a report of that year (either half or the whole)
// uses it quietly, a report of another year warns at that cell.
func TestReportOldWorkbookWarnsForAnotherYear(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gammel.xlsx")
	args := []string{"template", "--program", "../../examples/program.yaml", "--period", "2025H1", "--ut", path}
	if code, _, stderr := runBoso(t, args...); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Programinfo", "A9"); v != "Rapporteringsperiode" {
		t.Fatalf("Programinfo!A9 = %q", v)
	}
	if err := f.RemoveRow("Programinfo", 9); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, c := range []struct {
		period, warning string
	}{
		{"2025H1", ""},
		{"2025", ""},
		{"2024", "[Programinfo]!B8: advarsel: arbeidsboken er fylt ut for rapporteringsår 2025, men rapporten gjelder 2024; aktiviteter, økonomi og mål hentes likevel fra den [BOSO-A007]"},
	} {
		code, _, stderr := runBoso(t, "report", "--program", "../../examples/program.yaml", "--period", c.period,
			"--arbeidsbok", path, "--dato", "2026-01-27", "--ut", filepath.Join(dir, c.period))
		if code != exitOK {
			t.Fatalf("--period %s: exit %d\n%s", c.period, code, stderr)
		}
		if got := strings.Contains(stderr, "BOSO-A007"); got != (c.warning != "") || !strings.Contains(stderr, c.warning) {
			t.Errorf("--period %s: stderr\n%s\nwant the warning %q", c.period, stderr, c.warning)
		}
	}
}

// compute reads the programme's workbook as report does (its Tall sheet is
// part of the figure export a kommune submits): a workbook that cannot be
// read stops it, with the file named, and nothing is written.
func TestComputeReadsTheWorkbook(t *testing.T) {
	out := t.TempDir()
	bad := filepath.Join(t.TempDir(), "arbeidsbok.xlsx")
	if err := os.WriteFile(bad, []byte("ikke en arbeidsbok"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runBoso(t, "compute", "--program", "../../examples/program.yaml", "--arbeidsbok", bad, "--ut", out, "--stille")
	if code == exitOK || !strings.Contains(stderr, bad) {
		t.Fatalf("exit %d with an unreadable workbook:\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "tall.csv")); err == nil {
		t.Error("tall.csv written although the workbook could not be read")
	}
	// the programme's own workbook is read when none is given
	code, _, stderr = runBoso(t, "compute", "--program", "../../examples/program.yaml", "--ut", out, "--stille")
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
}

// A report made again into the same folder with another threshold
// replaces the first; its record does not make the new one fail its
// audit (found by review: --skjul 10 after 4 refused as a leak).
func TestReportAgainWithAnotherThreshold(t *testing.T) {
	out := t.TempDir()
	for _, skjul := range []string{"4", "10", "3"} {
		code, _, stderr := runBoso(t, "report", "--program", "../../examples/program.yaml", "--period", "2025H1", "--dato", "2025-08-20", "--ut", out, "--skjul", skjul)
		if code != exitOK {
			t.Fatalf("--skjul %s after the others: exit %d:\n%s", skjul, code, stderr)
		}
		rec, err := os.ReadFile(filepath.Join(out, "publisert", "3403-2025H1.json"))
		if err != nil || !strings.Contains(string(rec), `"skjuler_til_og_med": `+skjul+`,`) {
			t.Errorf("--skjul %s: the record is not the new one: %v\n%.200s", skjul, err, rec)
		}
	}
}

// validate with one report period makes the report in memory and says,
// as report does, which workbook text quotes a figure the report hides.
func TestValidateQuotesHidden(t *testing.T) {
	dir := t.TempDir()
	copyFolder(t, "../../examples", dir, "arsrapport", "gen", "internal")
	prog := filepath.Join(dir, "program.yaml")
	c := &cli{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, now: now}
	var l diag.List
	run, code := c.load(&options{program: prog, date: "2025-08-20"}, &l)
	if code >= 0 {
		t.Fatalf("load: %d\n%s", code, l.String())
	}
	p := period.MustParse("2025H1")
	wb := c.readWorkbook(run, "", &l)
	if _, err := run.Compute(context.Background(), &l); err != nil {
		t.Fatal(err)
	}
	reps, err := run.Reports(context.Background(), pipeline.ReportOptions{Period: p, Threshold: build.DefaultThreshold})
	if err != nil || len(reps) != 1 {
		t.Fatalf("build: %v", err)
	}
	var n int64
	for v := range build.HiddenFigures(reps[0].Input, reps[0].Model) {
		n = max(n, v)
	}
	if n == 0 {
		t.Fatal("the example hides no figure above the threshold")
	}
	at := wb.Program.Summary.Pos
	f, err := excelize.OpenFile(filepath.Join(dir, "arbeidsbok.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	cell := fmt.Sprintf("%s%d", at.Column, at.Row)
	if err := f.SetCellStr(at.Sheet, cell, fmt.Sprintf("Per 30. juni var det %d husstander.", n)); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, stdout, stderr := runBoso(t, "validate", "--program", prog, "--period", "2025H1", "--dato", "2025-08-20", "--ut", filepath.Join(dir, "ut"))
	want := fmt.Sprintf("[%s]!%s: advarsel: teksten nevner «%d husstander», som er tallet for", at.Sheet, cell, n)
	if code != exitOK || !strings.Contains(stdout, want) || !strings.Contains(stdout, "[BOSO-A009]") {
		t.Errorf("validate --period 2025H1: exit %d, want %q in\n%s%s", code, want, stdout, stderr)
	}
	if _, stdout, _ := runBoso(t, "validate", "--program", prog); strings.Contains(stdout, "BOSO-A009") {
		t.Errorf("validate without a report period made the report:\n%s", stdout)
	}
}
