package region

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/indicators/ssb"
	"boso/templates/msg"
)

// comparisonRegion is TestComparisons' region: SSB's population and a
// KOSTRA table, Lillehammer's rates made from the population.
func comparisonRegion(t *testing.T) fstest.MapFS {
	t.Helper()
	fsys := testRegion(t)
	kostra, err := os.ReadFile("../../indicators/ssb/testdata/kostra-sosialhjelp.json")
	if err != nil {
		t.Fatal(err)
	}
	pop, err := os.ReadFile("../../indicators/ssb/testdata/befolkning-07459-api.csv")
	if err != nil {
		t.Fatal(err)
	}
	fsys["ssb/kostra.json"] = &fstest.MapFile{Data: kostra}
	fsys["ssb/befolkning.csv"] = &fstest.MapFile{Data: pop}
	fsys["region.yaml"] = &fstest.MapFile{Data: []byte(regionYAML + `population: ssb/befolkning.csv
comparisons:
  - file: ssb/kostra.json
    indicators: {bostedslose_per_1000: KOSandelsosialhj0000}
kostra_groups: {"3403": EKG13, "3405": EKG13}
`)}
	var kept []string
	for _, line := range strings.Split(string(fsys["innsendt/3405/tall.csv"].Data), "\n") {
		if !strings.Contains(line, "_per_1000,") {
			kept = append(kept, line)
		}
	}
	fsys["innsendt/3405/tall.csv"] = &fstest.MapFile{Data: []byte(strings.Join(kept, "\n"))}
	return fsys
}

// runProblems runs the roll-up and returns its problems as the CLI lists
// them, and whether it stopped.
func runProblems(t *testing.T, fsys fstest.MapFS, p string, date period.Date) (string, *Result, error) {
	t.Helper()
	var l diag.List
	res, err := Run(context.Background(), Options{Files: files.New(fsys, ""), Config: "region.yaml",
		Period: period.MustParse(p), Date: date}, &l)
	// numbers are grouped with no-break spaces: compare them as spaces
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(l.String()), res, err
}

// A comparison figure no rate can be is refused with the table, region and
// period; 11 digits are never echoed.
func TestComparisonImplausible(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{"12058800072", "region.yaml:9:40: SSB-tabellen ssb/kostra.json har et tall med 11 sifre (sifrene vises ikke her) for EAK, 2024; det er mer enn 1000, det høyeste en andel i prosent (100) eller et tall per 1000 innbyggere (1000) kan være [BOSO-G004]"},
		{"-3.7", "region.yaml:9:40: SSB-tabellen ssb/kostra.json har −3,70 for EAK, 2024; en andel eller et tall per 1000 innbyggere kan ikke være negativt [BOSO-G004]"},
		{"1500", "region.yaml:9:40: SSB-tabellen ssb/kostra.json har 1 500,00 for EAK, 2024; det er mer enn 1000"},
	} {
		fsys := comparisonRegion(t)
		var js map[string]any
		if err := json.Unmarshal(fsys["ssb/kostra.json"].Data, &js); err != nil {
			t.Fatal(err)
		}
		js["value"].([]any)[31] = json.RawMessage(tc.value)
		b, _ := json.Marshal(js)
		fsys["ssb/kostra.json"] = &fstest.MapFile{Data: b}
		got, _, err := runProblems(t, fsys, "2025H1", period.MustDate(2025, 9, 10))
		if err != ErrProblems || !strings.Contains(got, tc.want) || strings.Contains(got, "12058800072") || strings.Contains(got, "12 058") {
			t.Errorf("%s: %v\n%s\nwant %s", tc.value, err, got, tc.want)
		}
	}
}

// A population that cannot be one is refused at its line of the table; a
// population of 0 where a rate needs it is a warning saying why the rate
// is «..».
func TestPopulationImplausible(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{"-29390", "ssb/befolkning.csv:6: region 3405, statistikkvariabel Personer1, tid 2025: befolkningen er −29 390, og et antall personer kan ikke være negativt [BOSO-G004]"},
		{"29390,5", "ssb/befolkning.csv:6: region 3405, statistikkvariabel Personer1, tid 2025: befolkningen er 29 390,50, med desimaler, og et antall personer er et helt tall [BOSO-G004]"},
		{"12058800072", "ssb/befolkning.csv:6: region 3405, statistikkvariabel Personer1, tid 2025: verdien har 11 sifre som et fødselsnummer"},
		{"0", "ssb/befolkning.csv: advarsel: befolkningen for Lillehammer 3405 i 2025 er 0 i SSB-tabellen; tallene per 1000 innbyggere for kommunen det året kan ikke regnes og står som «..» [BOSO-G004]"},
	} {
		fsys := comparisonRegion(t)
		b := bytes.Replace(fsys["ssb/befolkning.csv"].Data, []byte("28980;29141;29390"), []byte("28980;29141;"+tc.value), 1)
		fsys["ssb/befolkning.csv"] = &fstest.MapFile{Data: b}
		got, _, err := runProblems(t, fsys, "2025H1", period.MustDate(2025, 9, 10))
		if !strings.Contains(got, tc.want) || strings.Contains(got, "12058800072") {
			t.Errorf("%s: %v\n%s\nwant %s", tc.value, err, got, tc.want)
		}
		if (tc.value == "0") != (err == nil) {
			t.Errorf("%s: error %v", tc.value, err)
		}
	}
}

// hugeFile is a file that says it is larger than any SSB table and fails
// the test if it is read.
type hugeFS struct{ t *testing.T }

func (h hugeFS) Open(name string) (fs.File, error) { return hugeFile{h.t}, nil }

type hugeFile struct{ t *testing.T }

func (h hugeFile) Stat() (fs.FileInfo, error) { return hugeInfo{}, nil }
func (h hugeFile) Read([]byte) (int, error) {
	h.t.Error("the table was read before its size was checked")
	return 0, io.EOF
}
func (h hugeFile) Close() error { return nil }

type hugeInfo struct{}

func (hugeInfo) Name() string       { return "stor.json" }
func (hugeInfo) Size() int64        { return 200 << 20 }
func (hugeInfo) Mode() fs.FileMode  { return 0o644 }
func (hugeInfo) ModTime() time.Time { return time.Time{} }
func (hugeInfo) IsDir() bool        { return false }
func (hugeInfo) Sys() any           { return nil }

// An SSB table larger than the readers take is refused from its size,
// before a byte is read.
func TestSSBTableTooLargeUnread(t *testing.T) {
	var l diag.List
	if tab := readTable(files.New(hugeFS{t}, ""), "stor.json", diag.Pos{File: "region.yaml"}, &l); tab != nil {
		t.Fatal("a 200 MB table was read")
	}
	if want := msg.SSBTooLarge.F(ssb.MaxBytes >> 20); !strings.Contains(l.String(), want) {
		t.Errorf("got %s\nwant %q", l.String(), want)
	}
}
