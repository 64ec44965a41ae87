package ssb

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// bigPopulation builds a 07459-like table near SSB's limit of 800 000
// cells per extract: 357 kommuner × 2 kjønn × 106 alder × 10 år.
func bigPopulation(csv bool) []byte {
	var b bytes.Buffer
	years := []string{"2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"}
	if csv {
		b.WriteString(`"Region - region";"Kjonn - kjønn";"Alder - alder"`)
		for _, y := range years {
			fmt.Fprintf(&b, `;"Personer1 - Personer %s - %s"`, y, y)
		}
		b.WriteString("\r\n")
		for k := range 357 {
			for s := 1; s <= 2; s++ {
				for a := range 106 {
					fmt.Fprintf(&b, `"%04d - Kommune %d";"%d - kjønn";"%03d - %d år"`, 301+k, k, s, a, a)
					for y := range years {
						fmt.Fprintf(&b, ";%d", (k+a+y)%500)
					}
					b.WriteString("\r\n")
				}
			}
		}
		return b.Bytes()
	}
	b.WriteString(`{"version":"2.0","class":"dataset","id":["Region","Kjonn","Alder","Tid"],"size":[357,2,106,10],"role":{"geo":["Region"],"time":["Tid"]},"dimension":{`)
	idx := func(n int, f string) string {
		p := make([]string, n)
		for i := range n {
			p[i] = fmt.Sprintf(`"`+f+`"`, i)
		}
		return "[" + strings.Join(p, ",") + "]"
	}
	fmt.Fprintf(&b, `"Region":{"category":{"index":%s}},"Kjonn":{"category":{"index":["1","2"]}},"Alder":{"category":{"index":%s}},"Tid":{"category":{"index":%s}}},"value":[`,
		idx(357, "K%04d"), idx(106, "%03d"), `["`+strings.Join(years, `","`)+`"]`)
	for i := range 357 * 2 * 106 * 10 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%d", i%500)
	}
	b.WriteString("]}")
	return b.Bytes()
}

func BenchmarkReadJSONStat(b *testing.B) {
	data := bigPopulation(false)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadJSONStat(bytes.NewReader(data), "big.json"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCSV(b *testing.B) {
	data := bigPopulation(true)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadCSV(bytes.NewReader(data), "big.csv"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPopulation(b *testing.B) {
	t, err := ReadCSV(bytes.NewReader(bigPopulation(true)), "big.csv")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if c, err := t.Population("0301", 2025); err != nil || c.Kind != Number {
			b.Fatal(c, err)
		}
	}
}
