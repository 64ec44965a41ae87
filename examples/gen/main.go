// Command gen writes the invented exports of boso's shipped example into
// examples/data: the same bytes on every run.
//
//	go run ./examples/gen            (from the repository root)
//	go run ./examples/gen -out DIR   (anywhere else)
package main

import (
	"flag"
	"fmt"
	"os"

	"boso/examples/internal/fiktiv"
)

func main() {
	out := flag.String("out", "examples/data", "mappen eksempelfilene skrives til")
	flag.Parse()
	if st, err := os.Stat(*out); err != nil || !st.IsDir() {
		fmt.Fprintf(os.Stderr, "gen: finner ikke mappen %s; kjør fra rotmappen til boso eller bruk -out\n", *out)
		os.Exit(2)
	}
	if err := fiktiv.Write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
