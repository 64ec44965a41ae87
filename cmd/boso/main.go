// Command boso computes indicators for housing-social programmes and
// writes them for reports. Run "boso" for the commands.
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"boso/indicators/pii"
	"boso/templates/msg"
)

// Exit codes.
const (
	exitOK       = 0
	exitProblems = 1
	exitCannot   = 2
	exitInternal = 3 // a bug in boso: said on one line, nothing written
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Now()))
}

// run is main without the process: testable, and the only place that reads the clock.
// A panic in any command is a bug in boso: it is recovered here and said
// on one line (internalError), with exit code 3.
func run(args []string, stdout, stderr io.Writer, now time.Time) (code int) {
	// messages quote what the user typed (a flag's value, a file name):
	// never a personal id
	stderr = masked{stderr}
	defer func() {
		if v := recover(); v != nil {
			code = internalError(stderr, v)
		}
	}()
	hook("start")
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, msg.CLIUsage.F())
		if len(args) == 0 {
			return exitCannot
		}
		return exitOK
	}
	env := &cli{stdout: stdout, stderr: stderr, now: now}
	switch args[0] {
	case "validate":
		return env.validate(args[1:])
	case "compute":
		return env.compute(args[1:])
	case "explain":
		return env.explain(args[1:])
	case "indicators":
		return env.indicators(args[1:])
	case "template":
		return env.template(args[1:])
	case "report":
		return env.report(args[1:])
	case "region":
		return env.region(args[1:])
	}
	fmt.Fprintln(stderr, msg.CLIUnknownCommand.F(args[0]))
	fmt.Fprint(stderr, msg.CLIUsage.F())
	return exitCannot
}

// masked writes messages with anything written like a personal id
// masked, whichever part of boso printed them.
type masked struct{ w io.Writer }

func (m masked) Write(p []byte) (int, error) {
	if _, err := io.WriteString(m.w, pii.RedactWith(string(p), msg.MaskDigits)); err != nil {
		return 0, err
	}
	return len(p), nil
}
