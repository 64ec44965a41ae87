package main

import (
	"flag"
	"os"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// The script tests in testdata/script show what a user types and sees,
// including the error messages.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"boso": func() {
			os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Date(2025, 8, 20, 12, 0, 0, 0, time.UTC)))
		},
	})
}

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script from the actual output")

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script", UpdateScripts: *update, Cmds: scriptCmds})
}
