package ssb

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// dump is a readable projection of a table: its metadata, dimensions and
// every cell with its categories.
func dump(t *Table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format: %s\nencoding: %s\nlabel: %s\nnumber: %s\n", t.Format, t.Encoding, t.Label, t.Number)
	for _, n := range t.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	for _, d := range t.Dims {
		fmt.Fprintf(&b, "dimension %s «%s» role=%s:", d.ID, d.Label, d.Role)
		for _, c := range d.Categories {
			fmt.Fprintf(&b, " %s", c.Code)
			if c.Label != c.Code {
				fmt.Fprintf(&b, "=«%s»", c.Label)
			}
			if c.Unit != "" || c.Decimals >= 0 {
				fmt.Fprintf(&b, "[%s,%d]", c.Unit, c.Decimals)
			}
		}
		b.WriteByte('\n')
	}
	for i, c := range t.Cells {
		fmt.Fprintf(&b, "%s: %s", t.describe(i), c.Kind)
		if c.Kind.HasValue() {
			fmt.Fprintf(&b, " %s", c.Value)
		}
		if c.Status != "" {
			fmt.Fprintf(&b, " status=%q", c.Status)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestGolden reads every example under testdata with Read and compares
// the projection with its .golden.txt beside it (go test -update rewrites).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.json")
	csvs, _ := filepath.Glob("testdata/*.csv")
	files = append(files, csvs...)
	if len(files) < 6 {
		t.Fatalf("expected the examples in testdata, found %v", files)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			tab, err := Read(bytes.NewReader(b), filepath.Base(f))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			got := dump(tab)
			golden := strings.TrimSuffix(f, filepath.Ext(f)) + filepath.Ext(f) + ".golden.txt"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("projection differs from %s:\n%s", golden, got)
			}
		})
	}
}
