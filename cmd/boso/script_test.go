package main

import (
	"flag"
	"os"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/charmap"
)

// The script tests in testdata/script show what a user types and sees,
// including the error messages.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"boso": func() {
			// a script makes boso fail as a bug would with
			// "env BOSO_TEST_PANIC=fill" (the point to panic at)
			if at := os.Getenv("BOSO_TEST_PANIC"); at != "" {
				panicHook = func(point string) {
					if point == at {
						panic("testpanikk ved " + point)
					}
				}
			}
			os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Date(2025, 8, 20, 12, 0, 0, 0, time.UTC)))
		},
	})
}

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script from the actual output")

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script", UpdateScripts: *update, Cmds: withCmds(scriptCmds, map[string]func(*testscript.TestScript, bool, []string){
		// utf16le FROM TO and cp1252 FROM TO re-encode a UTF-8 file, without
		// a byte-order mark: exports as some case systems write them
		"utf16le": func(ts *testscript.TestScript, neg bool, args []string) {
			recode(ts, args, func(s string) []byte {
				var out []byte
				for _, r := range s {
					out = append(out, byte(r), byte(r>>8))
				}
				return out
			})
		},
		// utf32le FROM TO writes UTF-32LE with its byte-order mark
		"utf32le": func(ts *testscript.TestScript, neg bool, args []string) {
			recode(ts, args, func(s string) []byte {
				out := []byte{0xFF, 0xFE, 0, 0}
				for _, r := range s {
					out = append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
				}
				return out
			})
		},
		"cp1252": func(ts *testscript.TestScript, neg bool, args []string) {
			recode(ts, args, func(s string) []byte {
				b, err := charmap.Windows1252.NewEncoder().String(s)
				ts.Check(err)
				return []byte(b)
			})
		},
	})})
}

// withCmds joins two sets of script commands.
func withCmds(a, b map[string]func(*testscript.TestScript, bool, []string)) map[string]func(*testscript.TestScript, bool, []string) {
	out := map[string]func(*testscript.TestScript, bool, []string){}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func recode(ts *testscript.TestScript, args []string, enc func(string) []byte) {
	if len(args) != 2 {
		ts.Fatalf("usage: FROM TO")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), enc(ts.ReadFile(args[0])), 0o644))
}
