package table

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// Rows and cells are read within maxRecord and maxField: a line of
// megabytes ends the reading with its line and the limit; a cell longer
// than Excel allows is an error for its row; rows within the limits, many
// lines in quotes included, are read as before.
func TestCSVLengthLimits(t *testing.T) {
	long := strings.Repeat("x", 2*maxRecord)
	cell := strings.Repeat("æ", maxField+1)
	lines := strings.Repeat(strings.Repeat("y", 999)+"\n", 40) // 40 000 bytes over 40 lines
	for _, tc := range []struct {
		name string
		data string
		rows int
		errs []string
	}{
		{"long line", "Kommunenr;Antall\n0301;1\n0301;" + long + "\n3403;2\n", 1,
			[]string{"eksport.csv:3: raden er lengre enn 1 MB, og boso leser ikke så lange rader (er filen en CSV-fil?)"}},
		{"unended quote", "Kommunenr;Antall\n0301;1\n0301;\"" + strings.Repeat(lines, 30) + "\n", 1,
			[]string{"eksport.csv:3: raden fra linje 3 er fortsatt ikke slutt på linje 1002, og er lengre enn 1 MB, som boso ikke leser (mangler et avsluttende anførselstegn?)"}},
		{"long cell", "Kommunenr;Antall\n0301;" + cell + "\n3403;2\n", 1,
			[]string{"eksport.csv:2:Antall: verdien er 32768 tegn lang, og boso leser høyst 32767 tegn i en celle (samme grense som Excel)"}},
		{"quoted lines", "Kommunenr;Antall\n0301;\"" + lines[:30000] + "\"\n3403;\"a\"\"b\";\n", 2, nil},
		{"many rows", "Kommunenr;Antall\n" + strings.Repeat("0301;"+strings.Repeat("9", 9994)+"\n", 300), 300, nil},
	} {
		r := mustCSV(t, []byte(tc.data), Options{Expect: []string{"Kommunenr", "Antall"}})
		rows, errs := readAll(t, r)
		if len(rows) != tc.rows || strings.Join(errs, "\n") != strings.Join(tc.errs, "\n") {
			t.Errorf("%s: %d rows, errors\n%s\nwant %d rows, errors\n%s", tc.name, len(rows), strings.Join(errs, "\n"), tc.rows, strings.Join(tc.errs, "\n"))
		}
	}
}

// follow and skim, the fast paths over runs without quotes, leave a
// recordLimit as the byte loop does, over random CSV in random chunks.
func TestRecordLimitSkimIsWalk(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("ab;,\n\r\"  x")
	for trial := range 2000 {
		in := make([]byte, rng.IntN(300))
		for i := range in {
			in[i] = alphabet[rng.IntN(len(alphabet))]
			if rng.IntN(4) > 0 && in[i] == '"' {
				in[i] = 'q' // quotes are rarer, so many chunks skim
			}
		}
		fast, slow := newRecordLimit(nil, ';'), newRecordLimit(nil, ';')
		for pos := 0; pos < len(in); {
			n := min(1+rng.IntN(40), len(in)-pos)
			chunk := in[pos : pos+n]
			if trial%2 == 0 {
				fast.follow(chunk)
			} else if !fast.skim(chunk) {
				fast.walk(chunk)
			}
			slow.walk(chunk)
			if fast.line != slow.line || fast.start != slow.start || fast.n != slow.n || fast.state != slow.state {
				t.Fatalf("trial %d, after %q: skim %+v, walk %+v", trial, in[:pos+n], *fast, *slow)
			}
			pos += n
		}
	}
}
