package main

import (
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/rogpeppe/go-internal/testscript"

	"boso/indicators/source/table/tabletest"
)

// scriptCmds make the hostile files of the script tests when they run:
// they are too large, or too odd, to keep in testdata.
//
//	xlsxbomb FILE MB           an .xlsx whose shared strings unpack to MB megabytes
//	xlsxstrings FILE N         an .xlsx with N shared strings no cell uses
//	xlsxrows FILE SHEET XML    add rows (worksheet XML) at the end of a sheet
//	repeat FILE COUNT TEXT     append TEXT (\n for a line break) COUNT times
//	mkfifo FILE                a named pipe (FIFO) no one writes to
var hostileCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"xlsxbomb": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 2 {
			ts.Fatalf("usage: xlsxbomb FILE MB")
		}
		mb, err := strconv.Atoi(args[1])
		ts.Check(err)
		f, err := os.Create(ts.MkAbs(args[0]))
		ts.Check(err)
		ts.Check(tabletest.XLSXBomb(f, int64(mb)*1_000_000))
		ts.Check(f.Close())
	},
	"xlsxstrings": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 2 {
			ts.Fatalf("usage: xlsxstrings FILE N")
		}
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		f, err := os.Create(ts.MkAbs(args[0]))
		ts.Check(err)
		ts.Check(tabletest.XLSXManyStrings(f, n))
		ts.Check(f.Close())
	},
	"xlsxrows": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 3 {
			ts.Fatalf("usage: xlsxrows FILE SHEET XML")
		}
		ts.Check(tabletest.AppendRows(ts.MkAbs(args[0]), args[1], args[2]))
	},
	"repeat": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 3 {
			ts.Fatalf("usage: repeat FILE COUNT TEXT")
		}
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		f, err := os.OpenFile(ts.MkAbs(args[0]), os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o644)
		ts.Check(err)
		text := strings.ReplaceAll(args[2], `\n`, "\n")
		const chunk = 1 << 16
		for n > 0 {
			k := min(n, chunk)
			_, err := f.WriteString(strings.Repeat(text, k))
			ts.Check(err)
			n -= k
		}
		ts.Check(f.Close())
	},
	"mkfifo": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 1 {
			ts.Fatalf("usage: mkfifo FILE")
		}
		ts.Check(syscall.Mkfifo(ts.MkAbs(args[0]), 0o644))
	},
}
