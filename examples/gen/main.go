// Command gen writes boso's shipped examples: for each example programme
// (examples/program.yaml, the half-year report, and
// examples/arsrapport/program.yaml, the annual report) the invented exports
// into its data/ folder and the filled input workbook where its «workbook»
// field says; and the example region (examples/region), what eight
// programme kommuner submitted for the half-year report 2025. The same
// bytes on every run.
//
//	go run ./examples/gen            (from the repository root)
//	go run ./examples/gen -dir DIR   (DIR is the examples folder)
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"boso/examples/internal/fiktiv"
)

func main() {
	dir := flag.String("dir", "examples", "mappen med eksemplene (der program.yaml ligger)")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, "program.yaml")); err != nil {
		fmt.Fprintf(os.Stderr, "gen: finner ikke %s; kjør fra rotmappen til boso eller bruk -dir\n", filepath.Join(*dir, "program.yaml"))
		os.Exit(2)
	}
	for _, ex := range fiktiv.Examples {
		data := filepath.Join(*dir, ex.Dir, "data")
		if err := os.MkdirAll(data, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		if err := fiktiv.Write(data, ex); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	// The workbooks last: each is made from its programme, which reads
	// the source mappings of the exports just written.
	for _, ex := range fiktiv.Examples {
		if _, err := fiktiv.WriteArbeidsbok(filepath.Join(*dir, ex.Dir, "program.yaml"), ex); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	// The example region: a programme per kommune, made in memory from
	// the same source mappings; only the submissions are written.
	if err := fiktiv.WriteRegion(*dir, filepath.Join(*dir, "region")); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
