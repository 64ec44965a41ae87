package region

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/kommuner"
	"boso/indicators/period"
)

// writeNational writes a region of every kommune in the country to dir:
// each one's export is the example's (Hamar's) figures under its number,
// with the counts scaled by a factor of its own so the kommuner differ.
func writeNational(b testing.TB, dir, hamar string) {
	all := kommuner.All()
	if n, err := strconv.Atoi(os.Getenv("BOSO_BENCH_N")); err == nil && n > 0 && n < len(all) {
		all = all[:n] // a smaller country, for profiling
	}
	var ks []string
	for _, k := range all {
		ks = append(ks, `"`+k.Number+`"`)
	}
	cfg := "name: Hele landet\nexample: true\nkommuner: [" + strings.Join(ks, ", ") + "]\nsubmissions: innsendt\n"
	if err := os.WriteFile(filepath.Join(dir, "region.yaml"), []byte(cfg), 0o644); err != nil {
		b.Fatal(err)
	}
	for i, k := range all {
		sub := filepath.Join(dir, "innsendt", k.Number)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		csv := asKommune(hamar, k.Number)
		if i%7 == 3 { // some kommuner are smaller: their counts are a third
			csv = scaleCounts(csv, 3)
		}
		if err := os.WriteFile(filepath.Join(sub, "tall.csv"), []byte(csv), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// scaleCounts divides the whole-number values of an export's count rows by n.
func scaleCounts(csv string, n int) string {
	lines := strings.Split(csv, "\n")
	for i := 1; i < len(lines); i++ {
		f := strings.Split(lines[i], ",")
		if len(f) < 15 || (f[14] != "flow_count" && !strings.HasPrefix(f[14], "stock")) {
			continue
		}
		var v int
		if _, err := fmt.Sscanf(f[5], "%d", &v); err == nil && fmt.Sprint(v) == f[5] {
			f[5] = fmt.Sprint(v / n)
			lines[i] = strings.Join(f, ",")
		}
	}
	return strings.Join(lines, "\n")
}

// BenchmarkRegionNational rolls up 357 submissions (every kommune) read
// from disk. BOSO_BENCH_REGION=DIR keeps the generated region in DIR, to
// time the command itself (peak memory: /usr/bin/time -v boso region …).
func BenchmarkRegionNational(b *testing.B) {
	benchNational(b, period.MustParse("2025H1"), period.MustDate(2025, 9, 10))
}

// BenchmarkRegionNationalYear is the annual roll-up of the same
// submissions: its disclosure problem is larger (767 relations in one
// component against 613).
func BenchmarkRegionNationalYear(b *testing.B) {
	benchNational(b, period.MustParse("2025"), period.MustDate(2026, 3, 10))
}

func benchNational(b *testing.B, p period.Period, date period.Date) {
	dir := os.Getenv("BOSO_BENCH_REGION")
	if dir == "" {
		dir = b.TempDir()
	}
	writeNational(b, dir, hamarExport(b))
	cfg := filepath.Join(dir, "region.yaml")
	b.ResetTimer()
	for range b.N {
		var l diag.List
		res, err := Run(context.Background(), Options{Files: files.Dir(dir, false), Config: cfg,
			Period: p, Date: date}, &l)
		if err != nil {
			b.Fatalf("%v\n%s", err, l.String())
		}
		if res.Overview.Received() != res.Overview.Expected() {
			b.Fatalf("received %d", res.Overview.Received())
		}
	}
}

// BenchmarkRegionNationalRender writes the national roll-up's documents
// (xlsx, pdf, html and the meeting page), made once beforehand.
func BenchmarkRegionNationalRender(b *testing.B) {
	dir := os.Getenv("BOSO_BENCH_REGION")
	if dir == "" {
		dir = b.TempDir()
	}
	writeNational(b, dir, hamarExport(b))
	var l diag.List
	res, err := Run(context.Background(), Options{Files: files.Dir(dir, false), Config: filepath.Join(dir, "region.yaml"),
		Period: period.MustParse("2025H1"), Date: period.MustDate(2025, 9, 10)}, &l)
	if err != nil {
		b.Fatalf("%v\n%s", err, l.String())
	}
	b.ResetTimer()
	for range b.N {
		for _, f := range res.Files(dir) {
			if err := f.Fill(io.Discard); err != nil {
				b.Fatalf("%s: %v", f.Path, err)
			}
		}
	}
}
