package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime/debug"
	"strings"

	"boso/reports/output"
	"boso/templates/msg"
)

// panicHook, when a test sets it, is called at the points named in
// run and writeAll ("start", "fill"): a way to make boso fail as a bug
// would.
var panicHook func(point string)

func hook(point string) {
	if panicHook != nil {
		panicHook(point)
	}
}

// internalError says, on one line, that boso itself failed, and returns
// exitInternal. With BOSO_DEBUG=1 the panic's stack follows.
func internalError(stderr io.Writer, v any) int {
	fmt.Fprintln(stderr, msg.CLIInternal.F(panicText(v)))
	if os.Getenv("BOSO_DEBUG") == "1" {
		if s, ok := v.(interface{ Stack() []byte }); ok {
			stderr.Write(s.Stack())
		}
		stderr.Write(debug.Stack())
	}
	return exitInternal
}

// digitRuns are runs of digits long enough to be a personal id (grouped
// or not): a panic's text is not the user's, but may quote a value.
var digitRuns = regexp.MustCompile(`\d[\d ]{9,}\d`)

// panicText is a panic's value on one short line, without anything that
// could be a personal id.
func panicText(v any) string {
	s := strings.Join(strings.Fields(fmt.Sprint(v)), " ")
	s = digitRuns.ReplaceAllString(s, "…")
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200]) + "…"
	}
	return s
}

// fillPanic carries a panic out of a file's rendering as an error, so that
// output removes what it staged before the panic goes on.
type fillPanic struct {
	v     any
	stack []byte
}

func (p *fillPanic) Error() string { return fmt.Sprint(p.v) }

// Stack is the stack where the rendering panicked.
func (p *fillPanic) Stack() []byte { return p.stack }

func guard(fill func(io.Writer) error) func(io.Writer) error {
	if fill == nil {
		return nil // a file the set removes
	}
	return func(w io.Writer) (err error) {
		defer func() {
			if v := recover(); v != nil {
				err = &fillPanic{v, debug.Stack()}
			}
		}()
		hook("fill")
		return fill(w)
	}
}

// writeAll is output.WriteAll for a command: a panic while rendering
// leaves nothing behind and then reaches run's recover.
func writeAll(dir string, files []output.File) ([]string, error) {
	for i := range files {
		files[i].Fill = guard(files[i].Fill)
	}
	replaced, err := output.WriteAll(dir, files)
	if p := (*fillPanic)(nil); errors.As(err, &p) {
		panic(p)
	}
	return replaced, err
}

// write is output.Write, as writeAll.
func write(path string, fill func(io.Writer) error) (bool, error) {
	replaced, err := output.Write(path, guard(fill))
	if p := (*fillPanic)(nil); errors.As(err, &p) {
		panic(p)
	}
	return replaced, err
}
