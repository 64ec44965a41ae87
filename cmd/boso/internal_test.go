package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"boso/templates/msg"
)

// A panic in a command exits with 3 and one line; a report that panics
// while a file is rendered leaves nothing behind, not even its temporary
// files.
func TestInternalErrorExitCode(t *testing.T) {
	for _, at := range []string{"start", "fill"} {
		t.Run(at, func(t *testing.T) {
			panicHook = func(point string) {
				if point == at {
					panic("testpanikk")
				}
			}
			defer func() { panicHook = nil }()
			out := t.TempDir()
			code, stdout, stderr := runBoso(t, "report", "--program", "../../examples/program.yaml", "--period", "2025H1", "--dato", "2025-08-20", "--ut", out)
			if code != exitInternal {
				t.Fatalf("exit %d, want %d:\n%s", code, exitInternal, stderr)
			}
			want := "intern feil i boso (en programfeil, ikke en feil i dine filer): testpanikk. Ingenting er skrevet. Meld fra til utviklerne med kommandoen du kjørte.\n"
			if !strings.HasSuffix(stderr, want) || strings.Contains(stderr, "goroutine") || stdout != "" {
				t.Errorf("stderr:\n%s\nwant it to end with:\n%s", stderr, want)
			}
			var left []string
			filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
				if p != out {
					left = append(left, p)
				}
				return nil
			})
			if len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
		})
	}
}

// The one line never carries what could be a personal id, nor a second line.
func TestPanicText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"index out of range [-1]", "index out of range [-1]"},
		{"bad value 01018012452\nmore", "bad value … more"},
		{"bad value 010180 12452", "bad value …"},
		{strings.Repeat("x", 300), strings.Repeat("x", 200) + "…"},
	} {
		if got := panicText(c.in); got != c.want {
			t.Errorf("panicText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A number flag is read in base ten: 010 is ten, not eight.
func TestIntFlagBaseTen(t *testing.T) {
	c := &cli{stdout: io.Discard, stderr: io.Discard}
	var o options
	cmd := c.flags("report", msg.CLIUsageReport, &o)
	n := cmd.Int64("skjul", 4, "")
	if _, err := cmd.parseArgs([]string{"--skjul", "010"}); err != nil || *n != 10 {
		t.Errorf("--skjul 010: %d, %v; want 10", *n, err)
	}
	for _, bad := range []string{"0x10", "0b11", "1_000"} {
		cmd := c.flags("report", msg.CLIUsageReport, &o)
		cmd.Int64("skjul", 4, "")
		if _, err := cmd.parseArgs([]string{"--skjul", bad}); err == nil {
			t.Errorf("--skjul %s accepted", bad)
		}
	}
}
