package table

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

const benchRows = 1_000_000

// writeBenchCSV writes a register export of n rows: ';'-separated,
// Windows-1252, CRLF, decimal commas, a title line, and Norwegian letters
// in about half the rows (each such row costs a decoding allocation).
func writeBenchCSV(b *testing.B, n int) string {
	b.Helper()
	p := filepath.Join(b.TempDir(), "register.csv")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.Write(cp1252Bytes(b, "Utkastelser 2015–2024;;;;;;\r\nKommunenr;Saksnr;Dato;Beløp;Målgruppe;Gjennomført;Merknad\r\n"))
	groups := [][]byte{
		cp1252Bytes(b, "Flyktninger"), cp1252Bytes(b, "Unge"),
		cp1252Bytes(b, "Rus/psykisk helse"), cp1252Bytes(b, "Barnefamilier"),
		cp1252Bytes(b, "Flyktninger"), cp1252Bytes(b, "Eldre"),
	}
	notes := [][]byte{cp1252Bytes(b, ""), cp1252Bytes(b, "Søknad trukket"), cp1252Bytes(b, "Begjæring"), cp1252Bytes(b, "")}
	var line []byte
	for i := range n {
		line = line[:0]
		line = append(line, "0301;"...)
		line = strconv.AppendInt(line, int64(2015000000+i), 10)
		line = append(line, ';')
		line = append(line, byte('0'+(i%28+1)/10), byte('0'+(i%28+1)%10), '.', '0', byte('1'+i%9), '.', '2', '0', '2', byte('0'+i%5))
		line = append(line, ';')
		line = strconv.AppendInt(line, int64(i%90), 10)
		line = append(line, " 500,50;"...)
		line = append(line, groups[i%len(groups)]...)
		line = append(line, ';')
		line = append(line, "Ja"[:1+i%2]...)
		line = append(line, ';')
		line = append(line, notes[i%len(notes)]...)
		line = append(line, "\r\n"...)
		w.Write(line)
	}
	w.Write(cp1252Bytes(b, "Sum;;;;;;\r\n"))
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkCSVWindows1252 reads a 1,000,000-row export; ns/row and
// allocs/row are what matter for a national register.
func BenchmarkCSVWindows1252(b *testing.B) {
	p := writeBenchCSV(b, benchRows)
	st, _ := os.Stat(p)
	b.SetBytes(st.Size())
	opt := Options{Expect: []string{"Kommunenr", "Dato", "Beløp"}}
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	b.ResetTimer()
	rows := 0
	for b.Loop() {
		r, err := OpenCSV(p, opt)
		if err != nil {
			b.Fatal(err)
		}
		for {
			row, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if !row.Sum {
				rows++
			}
		}
		r.Close()
	}
	b.StopTimer()
	runtime.ReadMemStats(&ms1)
	if rows%benchRows != 0 {
		b.Fatalf("read %d rows", rows)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(rows), "ns/row")
	b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/float64(rows), "allocs/row")
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(rows), "B/row")
}
