package source

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"boso/indicators/diag"
)

// readAll reads a CSV export through a mapping and returns the problems,
// one per line, with the folder taken out of the positions.
func readAll(t *testing.T, covers, csv string, events []string, renumber map[string][]string, programme []string) string {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.csv"), []byte(csv), 0o644)
	mapping := filepath.Join(dir, "x.yaml")
	os.WriteFile(mapping, []byte(`id: x
register: utkastelser
file: x.csv
covers: `+covers+`
fields:
  kommune: {column: Kommunenr, type: kommune}
  dato: {column: Dato, type: date}
  til: {column: Til, type: date}
  husstand: {column: Husstand, type: text}
  belop: {column: Beløp, type: amount}
`), 0o644)
	var l diag.List
	maps := LoadMappings([]string{mapping}, &l)
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	s, ok := maps[0].Open([]string{"dato", "til", "husstand", "belop"}, &l)
	if !ok {
		t.Fatal(l.String())
	}
	defer s.Close()
	s.EventDates(events...)
	s.Kommuner(renumber, programme)
	var rec Record
	for s.Next(&rec) {
	}
	return strings.ReplaceAll(l.String(), dir+string(filepath.Separator), "")
}

// A coverage cannot reach past the export date.
func TestCoversAfterExport(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.csv"), []byte("Kommunenr;Dato\n"), 0o644)
	mapping := filepath.Join(dir, "x.yaml")
	os.WriteFile(mapping, []byte(`id: x
register: utkastelser
file: x.csv
covers: {from: 2016-01-01, to: 2025-12-31, exported: 2025-08-15}
fields:
  kommune: {column: Kommunenr, type: kommune}
  dato: {column: Dato, type: date}
`), 0o644)
	var l diag.List
	LoadMappings([]string{mapping}, &l)
	want := "x.yaml:4:9: kilde «x»: covers.to (31.12.2025) er etter uttrekksdatoen covers.exported (15.08.2025)"
	if got := strings.ReplaceAll(l.String(), dir+string(filepath.Separator), ""); !strings.HasPrefix(got, want) {
		t.Errorf("got  %s\nwant %s…", got, want)
	}
}

func TestPlausibility(t *testing.T) {
	const head = "Kommunenr;Dato;Til;Husstand;Beløp\n"
	for _, tc := range []struct {
		name, covers, csv string
		events            []string
		renumber          map[string][]string
		programme         []string
		want              string // substrings, one per expected problem line, "" for none
	}{
		{name: "an end date may be ahead of the export", covers: "{from: 2020-01-01, exported: 2025-08-15}",
			csv: head + "3403;01.03.2024;15.03.2031;A;1\n", events: []string{"dato"}},
		{name: "an event date may not", covers: "{from: 2020-01-01, exported: 2025-08-15}",
			csv: head + "3403;16.08.2025;;A;1\n", events: []string{"dato"},
			want: "x.csv:2:Dato: datoen 16.08.2025 er etter uttrekksdatoen 15.08.2025"},
		{name: "without an export date, the date is the coverage's business", covers: "{from: 2020-01-01, to: 2024-12-31}",
			csv: head + "3403;16.08.2031;;A;1\n", events: []string{"dato"}},
		{name: "zero is an amount", covers: "{from: 2020-01-01, to: 2024-12-31}", csv: head + "3403;01.03.2024;;A;0\n"},
		{name: "a negative amount is not", covers: "{from: 2020-01-01, to: 2024-12-31}", csv: head + "3403;01.03.2024;;A;-0,50\n",
			want: "x.csv:2:Beløp: «-0,50» er et negativt beløp"},
		{name: "a negative amount as long as a fødselsnummer is not repeated", covers: "{from: 2020-01-01, to: 2024-12-31}", csv: head + "3403;01.03.2024;;A;-01018012452\n",
			want: "x.csv:2:Beløp: verdien har 11 sifre som et fødselsnummer"},
		{name: "ten billion kroner in one row is no amount", covers: "{from: 2020-01-01, to: 2024-12-31}", csv: head + "3403;01.03.2024;;A;12 345 678 901,00\n",
			want: "x.csv:2:Beløp: beløpet er 10 milliarder kr eller mer"},
		{name: "a negative amount longer than a fødselsnummer is not repeated", covers: "{from: 2020-01-01, to: 2024-12-31}", csv: head + "3403;01.03.2024;;A;-123456789012\n",
			want: "x.csv:2:Beløp: et negativt beløp (ventet 0 eller mer"},
		{name: "totals at the end are the usual shape", covers: "{from: 2020-01-01, to: 2024-12-31}",
			csv: head + "3403;01.03.2024;;A;1\nSum;;;;1\n\nTotalt:;;;;1\n"},
		{name: "a key saying Sum is a totals row", covers: "{from: 2020-01-01, to: 2024-12-31}",
			csv:  head + "3403;01.03.2024;;I alt;1\n3403;01.04.2024;;B;1\n",
			want: "x.csv:2: advarsel: summeringsrad («I alt») midt i dataene"},
		{name: "an empty export of half a year may be right", covers: "{from: 2024-01-01, to: 2024-06-30}", csv: head},
		{name: "an empty export of years is suspicious", covers: "{from: 2016-01-01, exported: 2025-08-15}", csv: head,
			want: "x.csv:1: advarsel: filen har en overskriftsrad, men ingen rader med data"},
		{name: "a former number renumbered", covers: "{from: 2016-01-01, to: 2024-12-31}",
			csv: head + "0105;01.03.2019;;A;1\n", renumber: map[string][]string{"0105": {"3105"}}, programme: []string{"3105"}},
		{name: "a former number of a kommune outside the programme", covers: "{from: 2016-01-01, to: 2024-12-31}",
			csv: head + "0105;01.03.2019;;A;1\n", programme: []string{"3403"}},
		{name: "a former number that would be lost", covers: "{from: 2016-01-01, to: 2024-12-31}",
			// 0104 Moss was merged with 0136 Rygge: not guessed
			csv: head + "0104;01.03.2019;;A;1\n0104;01.04.2019;;B;1\n", programme: []string{"3403", "3103"},
			want: `x.csv:2:Kommunenr: advarsel: 0104 er et tidligere kommunenummer (i dag 3103 Moss), og 2 rader med det telles ikke for noen kommune i programmet. Legg til i program.yaml: renumber: {"0104": ["3103"]}`},
		{name: "a former number only renumbered, counted for its successor by the engine", covers: "{from: 2016-01-01, to: 2024-12-31}",
			csv: head + "0105;01.03.2019;;A;1\n0105;01.04.2019;;B;1\n", programme: []string{"3403", "3105"}},
		{name: "a number that never was", covers: "{from: 2016-01-01, to: 2024-12-31}",
			csv: head + "3199;01.03.2019;;A;1\n", want: "x.csv:2:Kommunenr: kommunenummeret «3199» finnes ikke"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := readAll(t, tc.covers, tc.csv, tc.events, tc.renumber, tc.programme)
			if tc.want == "" {
				if got != "" {
					t.Errorf("want no problem, got\n%s", got)
				}
				return
			}
			if strings.Contains(got, "01018012452") {
				t.Errorf("the message repeats an 11-digit value:\n%s", got)
			}
			if strings.Count(got, "\n") != 1 || !strings.Contains(got, tc.want) {
				t.Errorf("want one problem with\n%s\ngot\n%s", tc.want, got)
			}
		})
	}
}

// TestDuplicatesAgainstMap checks the bucketed search for repeated row
// hashes against a plain map, on hashes with many repeats (a few values
// in many buckets) and on hashes sharing their top bits (one bucket).
func TestDuplicatesAgainstMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name string
		hash func() uint64
	}{
		{"spread", func() uint64 { return rng.Uint64N(5000) * 0x9E3779B97F4A7C15 }},
		{"one bucket", func() uint64 { return rng.Uint64N(300) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, n := range []int{0, 1, 2, 17, 20000, 50001} {
				rows := make([]rowHash, n)
				for i := range rows {
					rows[i] = rowHash{tc.hash(), 2*i + 3}
				}
				var want []dup
				first := map[uint64]int{}
				for _, r := range rows {
					if f, ok := first[r.h]; ok {
						want = append(want, dup{r.line, f})
						continue
					}
					first[r.h] = r.line
				}
				var hashes rowHashes
				for _, r := range rows {
					hashes.add(r)
				}
				if hashes.n != n || (n > 20000 && len(hashes.chunks) < 3) {
					t.Fatalf("%d rows kept as %d in %d chunks", n, hashes.n, len(hashes.chunks))
				}
				if got := duplicates(&hashes); !slices.Equal(got, want) {
					t.Fatalf("%d rows: %d duplicates, want %d (first %v, want %v)", n, len(got), len(want), got[:min(3, len(got))], want[:min(3, len(want))])
				}
			}
		})
	}
}

// TestShareOnlyTheSameReading checks when streams read their file once:
// two mappings of one CSV file read the same way do; a mapping of
// another encoding, of another file, or a stream already read do not.
func TestShareOnlyTheSameReading(t *testing.T) {
	dir := t.TempDir()
	csv := "Kommunenr;Dato\n3403;01.02.2024\n3403;01.03.2024\n"
	os.WriteFile(filepath.Join(dir, "x.csv"), []byte(csv), 0o644)
	os.WriteFile(filepath.Join(dir, "y.csv"), []byte(csv), 0o644)
	mapping := func(id, file, extra string) string {
		path := filepath.Join(dir, id+".yaml")
		os.WriteFile(path, []byte("id: "+id+"\nregister: utkastelser\nfile: "+file+"\ncovers: {from: 2020-01-01, to: 2025-12-31}\n"+extra+"fields:\n  kommune: {column: Kommunenr, type: kommune}\n  dato: {column: Dato, type: date}\n"), 0o644)
		return path
	}
	var l diag.List
	maps := LoadMappings([]string{mapping("a", "x.csv", ""), mapping("b", "x.csv", ""), mapping("c", "x.csv", "encoding: windows-1252\n"), mapping("d", "y.csv", "")}, &l)
	if l.Len() > 0 {
		t.Fatal(l.String())
	}
	open := func(i int) *Stream {
		s, ok := maps[i].Open([]string{"dato"}, &l)
		if !ok {
			t.Fatal(l.String())
		}
		return s
	}
	rows := func(s *Stream) int {
		n := 0
		var rec Record
		for s.Next(&rec) {
			n++
		}
		s.Close()
		return n
	}
	for _, tc := range []struct {
		name  string
		pair  [2]int
		share bool
	}{{"same", [2]int{0, 1}, true}, {"encoding", [2]int{0, 2}, false}, {"file", [2]int{0, 3}, false}} {
		a, b := open(tc.pair[0]), open(tc.pair[1])
		if got := Share(a, b); got != tc.share {
			t.Errorf("%s: Share %v, want %v", tc.name, got, tc.share)
		}
		done := make(chan int)
		go func() { done <- rows(b) }()
		if n, m := rows(a), <-done; n != 2 || m != 2 {
			t.Errorf("%s: %d and %d rows, want 2 each", tc.name, n, m)
		}
	}
	a, b := open(0), open(1)
	var rec Record
	a.Next(&rec)
	if Share(a, b) {
		t.Error("a stream already read was shared")
	}
	rows(a)
	rows(b)
}
