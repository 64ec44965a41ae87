package engine

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/period"
	"boso/indicators/source"
)

const benchDefs = `
indicators:
  - {id: soknader, name: S, definition: d, source: s, unit: antall, kind: flow, register: sl, date: mottatt, measure: count}
  - {id: innvilget, name: I, definition: d, source: s, unit: antall, kind: flow, register: sl, date: vedtatt, measure: count, filter: 'vedtak == "innvilget"'}
  - {id: belop, name: B, definition: d, source: s, unit: NOK, kind: flow, register: sl, date: vedtatt, measure: sum, amount: belop, filter: 'vedtak == "innvilget"'}
  - {id: husstander, name: H, definition: d, source: s, unit: antall, kind: flow, register: sl, date: mottatt, measure: count_distinct, key: husstand}
  - {id: andel, name: A, definition: d, source: s, unit: prosent, kind: ratio, numerator: innvilget, denominator: soknader, factor: 100}
`

// writeRegister writes a ';'-separated register of n rows over 357 kommuner
// and ten years, the way a national export would look.
func writeRegister(b *testing.B, dir string, n int) string {
	path := filepath.Join(dir, fmt.Sprintf("sl%d.csv", n))
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Fprint(w, "Kommunenr;Husstand;Mottatt;Vedtatt;Vedtak;Beløp\r\n")
	for i := 0; i < n; i++ {
		k := 301 + r.IntN(357)*13
		d := period.MustDate(2016, 1, 1) + period.Date(r.IntN(3650))
		y, m, day := d.YMD()
		v := d + period.Date(r.IntN(60))
		vy, vm, vd := v.YMD()
		vedtak := "Avslått"
		if r.IntN(3) > 0 {
			vedtak = "Innvilget"
		}
		fmt.Fprintf(w, "%04d;H%d;%02d.%02d.%04d;%02d.%02d.%04d;%s;%d %03d %03d,%02d\r\n", k, r.IntN(20000), day, m, y, vd, vm, vy, vedtak, 1+r.IntN(3), r.IntN(1000), r.IntN(1000), r.IntN(100))
	}
	w.WriteString("Sum;;;;;\r\n")
	w.Flush()
	f.Close()
	return path
}

func benchInput(b *testing.B, csv string) *Input {
	dir := filepath.Dir(csv)
	mapping := filepath.Join(dir, filepath.Base(csv)+".yaml")
	os.WriteFile(mapping, []byte(`id: sl
register: sl
file: `+filepath.Base(csv)+`
covers: {from: 2016-01-01, to: 2026-12-31}
fields:
  kommune: {column: Kommunenr, type: kommune}
  husstand: {column: Husstand, type: text}
  mottatt: {column: Mottatt, type: date}
  vedtatt: {column: Vedtatt, type: date}
  vedtak: {column: Vedtak, type: category, values: {Innvilget: innvilget, Avslått: avslag}}
  belop: {column: Beløp, type: amount}
`), 0o644)
	var l diag.List
	set := definition.Load([]definition.Source{{Name: "bench.yaml", Data: []byte(benchDefs)}}, &l)
	maps := source.LoadMappings([]string{mapping}, &l)
	if l.Len() > 0 {
		b.Fatal(l.String())
	}
	prog := period.MustParse("2016-2025")
	periods := []period.Period{prog}
	for _, t := range []period.Type{period.Year, period.Half} {
		periods = append(periods, prog.Parts(t)...)
	}
	return &Input{Set: set, Mappings: maps, Periods: periods}
}

// BenchmarkComputeFlows runs five indicators (count, filtered count, exact
// sum, distinct households, ratio) over a national-size register, for 357
// kommuner × 31 periods. It reports time per row and the heap still in use
// with the result alive, which must not grow with the number of rows for
// the flow indicators (only the distinct-household sets grow, with keys).
func BenchmarkComputeFlows(b *testing.B) {
	dir := b.TempDir()
	for _, n := range []int{100_000, 1_000_000} {
		csv := writeRegister(b, dir, n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			in := benchInput(b, csv)
			var res *Result
			for b.Loop() {
				var l diag.List
				res = Compute(in, &l)
				if l.Errors() > 0 {
					b.Fatal(l.String())
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
			runtime.KeepAlive(res)
		})
	}
}
