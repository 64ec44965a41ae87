package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
