// Command gen writes the invented exports of boso's shipped example into
// examples/data, and the filled input workbook where the example
// programme's «workbook» field says (examples/arbeidsbok.xlsx): the same
// bytes on every run.
//
//	go run ./examples/gen                                 (from the repository root)
//	go run ./examples/gen -out DIR -program PROGRAM.yaml  (anywhere else)
package main

import (
	"flag"
	"fmt"
	"os"

	"boso/examples/internal/fiktiv"
)

func main() {
	out := flag.String("out", "examples/data", "mappen eksempelfilene skrives til")
	prog := flag.String("program", "examples/program.yaml", "eksempelprogrammet; arbeidsboken skrives dit feltet «workbook» sier")
	flag.Parse()
	if st, err := os.Stat(*out); err != nil || !st.IsDir() {
		fmt.Fprintf(os.Stderr, "gen: finner ikke mappen %s; kjør fra rotmappen til boso eller bruk -out\n", *out)
		os.Exit(2)
	}
	if _, err := os.Stat(*prog); err != nil {
		fmt.Fprintf(os.Stderr, "gen: finner ikke %s; kjør fra rotmappen til boso eller bruk -program\n", *prog)
		os.Exit(2)
	}
	if err := fiktiv.Write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	// The workbook last: it is made from the programme, which reads the
	// source mappings of the exports just written.
	if _, err := fiktiv.WriteArbeidsbok(*prog); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
