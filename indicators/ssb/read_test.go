package ssb

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"boso/indicators/num"
	"boso/indicators/period"
)

func mustRead(t *testing.T, name string) *Table {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Read(bytes.NewReader(b), name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return tab
}

func dec(s string) num.Dec {
	d, err := num.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// oneCSV reads a CSV of one region, one year and one value cell.
func oneCSV(t *testing.T, value string) (Cell, error) {
	t.Helper()
	tab, err := ReadCSV(strings.NewReader("\"region\";\"år\";\"Personer\"\n\"3403\";\"2025\";"+value+"\n"), "x.csv")
	if err != nil {
		return Cell{}, err
	}
	return tab.Cells[0], nil
}

// oneJSON reads a JSON-stat of one cell with the value and status given
// as JSON ("" leaves status out).
func oneJSON(t *testing.T, value, status string) (Cell, error) {
	t.Helper()
	s := `{"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,1],
	"dimension":{"Region":{"category":{"index":["3403"]}},"Tid":{"category":{"index":["2025"]}}},
	"value":[` + value + `]`
	if status != "" {
		s += `,"status":` + status
	}
	tab, err := ReadJSONStat(strings.NewReader(s+"}"), "x.json")
	if err != nil {
		return Cell{}, err
	}
	return tab.Cells[0], nil
}

func TestSymbolsCSV(t *testing.T) {
	for _, tc := range []struct {
		in   string
		kind Kind
		val  string
	}{
		{"12", Number, "12"},
		{"0", Number, "0"}, // a «0» cannot be told from a true zero in CSV
		{"-", Zero, "0"},
		{".", NotApplicable, ""},
		{"..", Missing, ""},
		{"...", NotYet, ""},
		{":", Confidential, ""},
		{"", Empty, ""},
		{" .. ", Missing, ""},
		{"\"..\"", Missing, ""},
		{"-12", Number, "-12"},
		{"−3", Number, "-3"},
	} {
		c, err := oneCSV(t, tc.in)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if c.Kind != tc.kind {
			t.Errorf("%q: kind %v, want %v", tc.in, c.Kind, tc.kind)
		}
		v, ok := c.Figure()
		if ok != (tc.val != "") || (ok && v != dec(tc.val)) {
			t.Errorf("%q: figure %v %v, want %q", tc.in, v, ok, tc.val)
		}
	}
}

func TestSymbolsJSONStat(t *testing.T) {
	for _, tc := range []struct {
		value, status string
		kind          Kind
		val           string
		keep          string
	}{
		{"12", "", Number, "12", ""},
		{"0", "", Number, "0", ""},
		{"null", "", Empty, "", ""},
		{"null", `".."`, Missing, "", ""},
		{"null", `"."`, NotApplicable, "", ""},
		{"null", `"..."`, NotYet, "", ""},
		{"null", `":"`, Confidential, "", ""},
		{"null", `"-"`, Zero, "0", ""},
		{"0", `"-"`, Zero, "0", ""},
		{"0", `"0"`, Tiny, "0", ""},
		{"0.3", `"0"`, Tiny, "0.3", ""},
		// a figure beside «:» is never passed on
		{"7", `":"`, Confidential, "", ""},
		// a status SSB has no symbol for beside a figure: the figure stands
		{"12.5", `"*"`, Number, "12.5", "*"},
		{"null", `{"0":".."}`, Missing, "", ""},
		{"null", `[".."]`, Missing, "", ""},
		{"1e3", "", Number, "1000", ""},
		{"0.123456", "", Number, "0.1235", ""},
	} {
		c, err := oneJSON(t, tc.value, tc.status)
		if err != nil {
			t.Errorf("%s/%s: %v", tc.value, tc.status, err)
			continue
		}
		if c.Kind != tc.kind || c.Status != tc.keep {
			t.Errorf("%s/%s: kind %v status %q, want %v %q", tc.value, tc.status, c.Kind, c.Status, tc.kind, tc.keep)
		}
		v, ok := c.Figure()
		if ok != (tc.val != "") || (ok && v != dec(tc.val)) {
			t.Errorf("%s/%s: figure %v %v, want %q", tc.value, tc.status, v, ok, tc.val)
		}
	}
}

func TestBadCells(t *testing.T) {
	for _, tc := range []struct {
		csv, want string
	}{
		{"abc", "x.csv:2:Personer: «abc» er verken et tall eller et av SSBs symboler"},
		{"12,5x", "«12,5x» er verken et tall"},
		{"1 23", "«1 23» er verken et tall"},
		{"..:", "«..:» er verken et tall"},
		{"12345678901x", "(11 sifre, ikke vist)"}, // never echo what may be a personal id
		{"12345678901", ""},                       // 11 digits are a figure here (kroner for the country)
		{"99999999999999999999", "for stort"},
	} {
		_, err := oneCSV(t, tc.csv)
		if tc.want == "" {
			if err != nil {
				t.Errorf("%q: %v", tc.csv, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.csv, err, tc.want)
		}
		if strings.HasPrefix(tc.csv, "1234567890") && err != nil && strings.Contains(err.Error(), "1234567890") {
			t.Errorf("the value was echoed: %v", err)
		}
	}
	for _, tc := range []struct {
		value, status, want string
	}{
		{"null", `"x"`, "statusen «x», som ikke er et av SSBs symboler"},
		{"5", `"-"`, "statusen «-» betyr null, men verdien er 5"},
		{`"12"`, "", "«\"12\"» er ikke et tall"},
		{"true", "", "er ikke et tall"},
	} {
		_, err := oneJSON(t, tc.value, tc.status)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "verdi nr. 0 (Region 3403, Tid 2025)") {
			t.Errorf("%s/%s: error %v, want %q", tc.value, tc.status, err, tc.want)
		}
	}
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"12.5", "12.5"},         // PxWebApi: decimal point
		{"12 345", "12345"},      // Excel: spaces between thousands
		{"12\u00a0345", "12345"}, // no-break space
		{"12\u202f345,5", "12345.5"},
	} {
		c, err := oneCSV(t, tc.in)
		if err != nil || c.Value != dec(tc.want) {
			t.Errorf("%q: %v %v, want %s", tc.in, c.Value, err, tc.want)
		}
	}
	// A decimal comma anywhere among the values makes the comma decimal
	// for the file, and the point a thousands separator.
	tab, err := ReadCSV(strings.NewReader("region;år;Andel\n3403;2024;3,5\n3405;2024;1.234,5\n3407;2024;7\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"3.5", "1234.5", "7"} {
		if tab.Cells[i].Value != dec(want) {
			t.Errorf("cell %d: %v, want %s", i, tab.Cells[i].Value, want)
		}
	}
	// Comma-separated with quoted decimal commas, as Excel writes them.
	tab, err = ReadCSV(strings.NewReader("region,år,Andel\n3403,2024,\"3,5\"\n"), "x.csv")
	if err != nil || tab.Cells[0].Value != dec("3.5") {
		t.Fatalf("quoted decimal comma: %v %v", tab, err)
	}
}

func TestEncodings(t *testing.T) {
	latin1 := []byte("\"region\";\"statistikkvariabel\";\"2025\"\n\"3407 Gj\xf8vik\";\"Personer\";30950\n")
	tab, err := ReadCSV(bytes.NewReader(latin1), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != "windows-1252" || tab.Dims[0].Categories[0].Label != "Gjøvik" {
		t.Errorf("ISO-8859-1: %s %q", tab.Encoding, tab.Dims[0].Categories[0].Label)
	}
	utf8BOM := append([]byte("\xef\xbb\xbf"), []byte("region;år;Personer\n3407 Gjøvik;2025;30950\n")...)
	tab, err = ReadCSV(bytes.NewReader(utf8BOM), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != "utf-8" || tab.Dims[0].ID != "region" || tab.Dims[0].Categories[0].Code != "3407" {
		t.Errorf("UTF-8 with BOM: %s %q %q", tab.Encoding, tab.Dims[0].ID, tab.Dims[0].Categories[0].Code)
	}
	// Excel's «Unicode text»: UTF-16LE with a byte-order mark, tabs.
	u16 := []byte{0xFF, 0xFE}
	for _, r := range "region\tår\tPersoner\r\n3407 Gjøvik\t2025\t30950\r\n" {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	tab, err = ReadCSV(bytes.NewReader(u16), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != "utf-16le" || tab.Dims[0].Categories[0].Label != "Gjøvik" || tab.Cells[0].Value != dec("30950") {
		t.Errorf("UTF-16LE: %s %q %v", tab.Encoding, tab.Dims[0].Categories[0].Label, tab.Cells[0].Value)
	}
	_, err = ReadCSV(bytes.NewReader([]byte("\xef\xbb\xbfregion;år;P\n3407 Gj\xf8vik;2025;1\n")), "x.csv")
	if err == nil || !strings.Contains(err.Error(), "merket for UTF-8") {
		t.Errorf("BOM with Latin-1 bytes: %v", err)
	}
	// UTF-32 is named so, not read as UTF-16 with a NUL after each letter
	u32 := []byte{0xFF, 0xFE, 0, 0}
	for _, r := range "region;år;P\n3407 Gjøvik;2025;1\n" {
		u32 = append(u32, byte(r), byte(r>>8), 0, 0)
	}
	_, err = ReadCSV(bytes.NewReader(u32), "x.csv")
	if err == nil || !strings.Contains(err.Error(), "filen er lagret som UTF-32LE") {
		t.Errorf("UTF-32LE: %v", err)
	}
	// JSON with a byte-order mark.
	b, _ := os.ReadFile("testdata/befolkning-07459.json")
	if _, err := Read(bytes.NewReader(append([]byte("\xef\xbb\xbf"), b...)), "x.json"); err != nil {
		t.Errorf("JSON with BOM: %v", err)
	}
}

// The same population, saved three ways, reads the same.
func TestPopulationAcrossFormats(t *testing.T) {
	files := []string{"befolkning-07459.json", "befolkning-07459-api.csv", "befolkning-07459-excel.csv"}
	want := map[string][3]string{"3403": {"32347", "32619", "32977"}, "5610": {"2597", "2572", "2551"}, "0301": {"699827", "709037", "717710"}}
	for _, f := range files {
		tab := mustRead(t, f)
		for k, vals := range want {
			for i, y := range []int{2023, 2024, 2025} {
				c, err := tab.Population(k, y)
				if err != nil {
					t.Errorf("%s: Population(%s, %d): %v", f, k, y, err)
					continue
				}
				if c.Kind != Number || c.Value != dec(vals[i]) {
					t.Errorf("%s: Population(%s, %d) = %v %v, want %s", f, k, y, c.Kind, c.Value, vals[i])
				}
			}
		}
		if code, ok := tab.Country(); !ok || code != "0" {
			t.Errorf("%s: Country() = %q %v", f, code, ok)
		}
		if c, err := tab.Figure("EAK", "2025", nil); err != nil || c.Value != dec("5594340") {
			t.Errorf("%s: national figure %v %v", f, c, err)
		}
		if n := len(tab.Regions(Kommune)); n != 5 {
			t.Errorf("%s: %d kommuner, want 5", f, n)
		}
	}
}

func TestKostraFigures(t *testing.T) {
	for _, f := range []string{"kostra-sosialhjelp.json", "kostra-sosialhjelp-sparse.json", "kostra-sosialhjelp-api.csv"} {
		tab := mustRead(t, f)
		share := Select{"ContentsCode": "KOSandelsosialhj0000"}
		count := Select{"ContentsCode": "KOSsosialhjelpmott0000"}
		for _, tc := range []struct {
			region, year string
			sel          Select
			kind         Kind
			val          string
		}{
			{"3403", "2024", share, Number, "3.1"},
			{"EKG13", "2024", share, Number, "3.3"},
			{"EAK", "2023", count, Number, "118800"},
			{"EAKUO", "2024", share, Number, "3.6"},
			{"5610", "2023", count, Confidential, ""},
			{"3407", "2023", count, Missing, ""},
			{"3405", "2024", share, NotYet, ""},
			{"EKG12", "2023", count, NotApplicable, ""},
		} {
			c, err := tab.Figure(tc.region, tc.year, tc.sel)
			if err != nil {
				t.Errorf("%s: %s %s: %v", f, tc.region, tc.year, err)
				continue
			}
			v, _ := c.Figure()
			if c.Kind != tc.kind || (tc.val != "" && v != dec(tc.val)) {
				t.Errorf("%s: %s %s = %v %v, want %v %s", f, tc.region, tc.year, c.Kind, v, tc.kind, tc.val)
			}
		}
		if c, err := tab.Figure("0", "2024", share); err != nil || c.Value != dec("3.7") {
			t.Errorf("%s: the country as \"0\" in a KOSTRA table: %v %v", f, c, err)
		}
		if code, ok := tab.Country(); !ok || code != "EAK" {
			t.Errorf("%s: Country() = %q", f, code)
		}
		if g := tab.Regions(KostraGroup); len(g) != 2 || g[1].Code != "EKG13" {
			t.Errorf("%s: KOSTRA groups %v", f, g)
		}
		// Two statistics variables: a figure without one is no cell.
		var qe *QueryError
		_, err := tab.Figure("3403", "2024", nil)
		if !errors.As(err, &qe) || qe.Kind != NotFixed || !strings.Contains(err.Error(), "har 2 kategorier") {
			t.Errorf("%s: no metric: %v", f, err)
		}
		_, err = tab.Figure("3401", "2024", share)
		if !errors.As(err, &qe) || qe.Kind != NoCategory || !strings.Contains(err.Error(), "«3401» finnes ikke") {
			t.Errorf("%s: unknown kommune: %v", f, err)
		}
		_, err = tab.Figure("3403", "2019", share)
		if !errors.As(err, &qe) || qe.Kind != NoCategory || !strings.Contains(err.Error(), f+": ") {
			t.Errorf("%s: unknown year: %v", f, err)
		}
	}
	// The Excel-saved table: regions as «code text», one statistics variable.
	tab := mustRead(t, "kostra-sosialhjelp-excel.csv")
	if c, err := tab.Figure("5610", "2024", nil); err != nil || c.Kind != Zero {
		t.Errorf("«-» in the Excel table: %v %v", c, err)
	}
	if c, err := tab.Figure("EKG13", "2023", nil); err != nil || c.Value != dec("3.2") {
		t.Errorf("EKG13 in the Excel table: %v %v", c, err)
	}
}

func TestPopulationBreakdowns(t *testing.T) {
	// 07459 with kjønn and alder kept: the population is their sum; a
	// suppressed part makes the sum unknown, never a smaller number.
	csv := `"region";"kjønn";"alder";"statistikkvariabel";"år";"07459: Befolkning,"
"3403 Hamar";"Menn";"000 år";"Personer";"2025";150
"3403 Hamar";"Menn";"001 år";"Personer";"2025";160
"3403 Hamar";"Kvinner";"000 år";"Personer";"2025";140
"3403 Hamar";"Kvinner";"001 år";"Personer";"2025";155
"5610 Kárášjohka - Karasjok";"Menn";"000 år";"Personer";"2025";:
"5610 Kárášjohka - Karasjok";"Menn";"001 år";"Personer";"2025";12
"5610 Kárášjohka - Karasjok";"Kvinner";"000 år";"Personer";"2025";..
"5610 Kárášjohka - Karasjok";"Kvinner";"001 år";"Personer";"2025";9
"3405 Lillehammer";"Menn";"000 år";"Personer";"2025";-
"3405 Lillehammer";"Menn";"001 år";"Personer";"2025";-
"3405 Lillehammer";"Kvinner";"000 år";"Personer";"2025";-
"3405 Lillehammer";"Kvinner";"001 år";"Personer";"2025";-
`
	tab, err := ReadCSV(strings.NewReader(csv), "07459.csv")
	if err != nil {
		t.Fatal(err)
	}
	if c, err := tab.Population("3403", 2025); err != nil || c.Kind != Number || c.Value != dec("605") {
		t.Errorf("Hamar: %v %v", c, err)
	}
	if c, err := tab.Population("5610", 2025); err != nil || c.Kind != Confidential {
		t.Errorf("Karasjok: %v %v, want confidential", c, err)
	}
	if c, err := tab.Population("3405", 2025); err != nil || c.Kind != Zero {
		t.Errorf("Lillehammer: %v %v, want zero", c, err)
	}
	// A total category is used as it is.
	csv2 := "region;kjønn;år;Personer\n3403;Begge kjønn;2025;605\n3403;Menn;2025;310\n3403;Kvinner;2025;295\n"
	tab, err = ReadCSV(strings.NewReader(csv2), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if c, err := tab.Population("3403", 2025); err != nil || c.Value != dec("605") {
		t.Errorf("total category: %v %v", c, err)
	}
	// Merged-series codes (agg_KommSummer): K-3403 answers for 3403.
	tab, err = ReadCSV(strings.NewReader("Region;Tid;Personer\nK-3403;2025;32977\n0;2025;5594340\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if c, err := tab.Population("3403", 2025); err != nil || c.Value != dec("32977") {
		t.Errorf("K-3403: %v %v", c, err)
	}
	// Saved with texts only: found by the kommune's name, else a clear hint.
	tab, err = ReadCSV(strings.NewReader("region;år;Personer\nHamar;2025;32977\nKárášjohka - Karasjok;2025;2551\n"), "tekst.csv")
	if err != nil {
		t.Fatal(err)
	}
	tab.Dims[0].Role = Geo
	if c, err := tab.Population("5610", 2025); err != nil || c.Value != dec("2551") {
		t.Errorf("by name: %v %v", c, err)
	}
	_, err = tab.Population("3405", 2025)
	var qe *QueryError
	if !errors.As(err, &qe) || !qe.NoCodes || !strings.Contains(err.Error(), "lagret uten koder") {
		t.Errorf("no codes: %v", err)
	}
	// A table without a region dimension says so.
	tab, err = ReadCSV(strings.NewReader("år;Personer\n2025;5594340\n"), "land.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tab.Population("3403", 2025); err == nil || !strings.Contains(err.Error(), "land.csv: tabellen har ingen dimensjon for region") {
		t.Errorf("no region: %v", err)
	}
}

func TestCSVShapes(t *testing.T) {
	// PxWebApi with UseCodes and all variables in the stub (pivot-friendly).
	tab, err := ReadCSV(strings.NewReader("\"Region\",\"ContentsCode\",\"Tid\",\"07459: Befolkning,\"\n\"3403\",\"Personer1\",\"2025\",32977\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Number != "07459" || tab.Geo() == nil || tab.Time() == nil || tab.Metric() == nil {
		t.Errorf("codes, all in stub: %s", dump(tab))
	}
	// Quarters in the heading, codes and texts.
	tab, err = ReadCSV(strings.NewReader("\"Region - region\";\"Folketallet11 - Befolkning ved utgangen av kvartalet 2025K1 - 2025K1\";\"Folketallet11 - Befolkning ved utgangen av kvartalet 2025K2 - 2025K2\"\n\"3403 - Hamar\";32990;33012\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if c, err := tab.Figure("3403", period.MustParse("2025Q2").String(), nil); err != nil || c.Value != dec("33012") {
		t.Errorf("quarters: %v %v\n%s", c, err, dump(tab))
	}
	if m := tab.Metric(); m == nil || m.Categories[0].Code != "Folketallet11" || m.Categories[0].Label != "Befolkning ved utgangen av kvartalet" {
		t.Errorf("metric from heading: %s", dump(tab))
	}
	if p, ok := PeriodOf(tab.Time().Categories[1].Code); !ok || p.String() != "2025K2" {
		t.Errorf("PeriodOf: %v %v", p, ok)
	}
	// Notes below the table are kept, not read as rows.
	tab, err = ReadCSV(strings.NewReader("region;år;Personer\n3403;2025;1\n\nKilde: SSB\n"), "x.csv")
	if err != nil || len(tab.Notes) != 1 || tab.Notes[0] != "Kilde: SSB" {
		t.Errorf("notes: %v %v", tab, err)
	}
}

func TestCSVErrors(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", []string{"x.csv: filen er tom"}},
		{"bare tekst\n", []string{"x.csv:1: fant ingen overskriftsrad"}},
		{"region;år;Personer\n", []string{"x.csv:1: tabellen har en overskriftsrad, men ingen rader med tall"}},
		{"region;år;Personer\n3403;2025\n3405;2025;1;2\n", []string{
			"x.csv:2: antallet celler i raden er 2, men overskriftsraden har 3 (linje 1)",
			"x.csv:3: antallet celler i raden er 4"}},
		// every problem at once: a short row, a bad value, an empty region
		{"region;år;Personer\n3403;2025;abc\n3405;2025\n;2025;1\n3407;2025;12,5x\n", []string{
			"x.csv:2:Personer: «abc» er verken",
			"x.csv:3: antallet celler i raden er 2",
			"x.csv:4:region: cellen er tom",
			"x.csv:5:Personer: «12,5x» er verken"}},
		{"region;år;Personer\n3403;2025;1\n3403;2025;2\n", []string{"x.csv:3:Personer: tallet for region 3403, år 2025 står to ganger (første gang på linje 2)"}},
		{"region;år;Personer\n;2025;1\n", []string{"x.csv:2:region: cellen er tom; ventet en verdi for «region»"}},
		{"region;år;Personer\n\"3403;2025;1\n", []string{"x.csv:2: raden fra linje", "anførselstegn"}},
		{"1;2;3\n4;5;6\n", []string{"fant ingen kolonne med regioner"}},
		{"region;region;2025\n3403;3403;1\n", []string{"x.csv:1:region: variabelen «region» står to ganger"}},
	} {
		_, err := ReadCSV(strings.NewReader(tc.in), "x.csv")
		if err == nil {
			t.Errorf("%q: no error", tc.in)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%q: error\n%v\nwant %q", tc.in, err, w)
			}
		}
		for i, es := 1, List(err); i < len(es); i++ {
			if es[i].Pos.Line < es[i-1].Pos.Line {
				t.Errorf("%q: problems out of file order: %v", tc.in, err)
			}
		}
		if len(List(err)) == 0 {
			t.Errorf("%q: List gives nothing for %T", tc.in, err)
		}
	}
	// Every bad cell is reported, up to a limit, and then how many more.
	var b strings.Builder
	b.WriteString("region;år;Personer\n")
	for i := range 30 {
		b.WriteString("3403;" + string(rune('A'+i%26)) + "x;y\n")
	}
	_, err := ReadCSV(strings.NewReader(b.String()), "x.csv")
	if es := List(err); len(es) != maxErrors+1 || !strings.Contains(es[maxErrors].Msg, "10 problemer til") {
		t.Errorf("limit: %d problems: %v", len(es), err)
	}
}

func TestJSONStatForms(t *testing.T) {
	base := func(index, value, status string) string {
		s := `{"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[2,2],"role":{"geo":["Region"],"time":["Tid"]},
		"dimension":{"Region":{"label":"region","category":{"index":` + index + `,"label":{"3403":"Hamar","EAK":"Landet"}}},
		"Tid":{"label":"år","category":{"index":["2024","2025"]}}},"value":` + value
		if status != "" {
			s += `,"status":` + status
		}
		return s + "}"
	}
	for _, tc := range []struct {
		name, index, value, status string
		want                       []string // kinds or values of the four cells
	}{
		{"array", `["3403","EAK"]`, `[1,2,3,4]`, "", []string{"1", "2", "3", "4"}},
		{"index object", `{"EAK":1,"3403":0}`, `[1,2,3,4]`, "", []string{"1", "2", "3", "4"}},
		{"sparse", `["3403","EAK"]`, `{"0":1,"3":4}`, "", []string{"1", "empty", "empty", "4"}},
		{"sparse with status", `["3403","EAK"]`, `{"0":1}`, `{"1":":","2":".."}`, []string{"1", "confidential (:)", "missing (..)", "empty"}},
		{"status array", `["3403","EAK"]`, `[1,null,null,4]`, `[null,"..","-",null]`, []string{"1", "missing (..)", "zero (-)", "4"}},
		{"status string", `["3403","EAK"]`, `[null,null,null,null]`, `".."`, []string{"missing (..)", "missing (..)", "missing (..)", "missing (..)"}},
	} {
		tab, err := ReadJSONStat(strings.NewReader(base(tc.index, tc.value, tc.status)), "x.json")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		for i, w := range tc.want {
			c := tab.Cells[i]
			got := c.Kind.String()
			if c.Kind == Number {
				got = c.Value.String()
			}
			if got != w {
				t.Errorf("%s: cell %d = %s, want %s", tc.name, i, got, w)
			}
		}
		if c, err := tab.Figure("EAK", "2025", nil); err != nil || c != tab.Cells[3] {
			t.Errorf("%s: Figure(EAK, 2025) = %v %v, want cell 3", tc.name, c, err)
		}
	}
	// A single-category dimension may leave out its index.
	tab, err := ReadJSONStat(strings.NewReader(`{"version":"2.0","id":["Region","Tid"],"size":[1,1],
		"dimension":{"Region":{"category":{"label":{"0":"Hele landet"}}},"Tid":{"category":{"index":{"2025":0}}}},"value":[5594340]}`), "x.json")
	if err != nil || tab.Dims[0].Categories[0].Code != "0" || tab.Geo() == nil {
		t.Errorf("no index: %v %v", tab, err)
	}
}

func TestJSONStatErrors(t *testing.T) {
	ok := `{"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[2,2],
"dimension":{"Region":{"category":{"index":["3403","EAK"]}},"Tid":{"category":{"index":["2024","2025"]}}},"value":[1,2,3,4]}`
	for _, tc := range []struct {
		name, in, want string
	}{
		{"value count", strings.Replace(ok, "[1,2,3,4]", "[1,2,3]", 1), "x.json: lengden på «value» er 3, men dimensjonene i «size» gir plass til 4"},
		{"size", strings.Replace(ok, `"size":[2,2]`, `"size":[2,3]`, 1), "dimensjonen «Tid»: tallet i «size» er 3, men antallet kategorier i «category» er 2"},
		{"id/size", strings.Replace(ok, `"size":[2,2]`, `"size":[2]`, 1), "«id» og «size» har ulik lengde (2 og 1)"},
		{"no dimension", strings.Replace(ok, `"Tid":{`, `"Tiden":{`, 1), "dimensjonen «Tid» står i «id», men mangler under «dimension»"},
		{"dup dimension", strings.Replace(ok, `"id":["Region","Tid"]`, `"id":["Tid","Tid"]`, 1), "står to ganger i «id»"},
		{"dup category", strings.Replace(ok, `["2024","2025"]`, `["2024","2024"]`, 1), "har kategorien «2024» to ganger"},
		{"index position", strings.Replace(ok, `["2024","2025"]`, `{"2024":0,"2025":5}`, 1), "har plass 5 i «category.index»; ventet en plass fra 0 til 1"},
		{"value key", strings.Replace(ok, "[1,2,3,4]", `{"0":1,"9":2}`, 1), "«value» har nøkkelen «9»; ventet en plass fra 0 til 3"},
		{"status count", strings.Replace(ok, "[1,2,3,4]", `[1,2,3,4],"status":[null,null]`, 1), "lengden på «status» er 2, men tabellen har plass til 4"},
		{"status key", strings.Replace(ok, "[1,2,3,4]", `[1,2,3,4],"status":{"-1":".."}`, 1), "«status» har nøkkelen «-1»"},
		{"type", strings.Replace(ok, `"size":[2,2]`, `"size":["2","2"]`, 1), "x.json:1:"},
		{"type text", strings.Replace(ok, `"size":[2,2]`, `"size":["2","2"]`, 1), "feltet «size» er en tekst; ventet et tall"},
		{"syntax", strings.Replace(ok, `"value"`, `value`, 1), "x.json:2:"},
		{"truncated", ok[:len(ok)-20], "filen slutter midt i JSON-innholdet"},
		{"version 1", `{"dataset":{"dimension":{"id":["Tid"],"size":[1]},"value":[1]}}`, "JSON-stat 1"},
		{"not json-stat", `{"a":1}`, "ikke et JSON-stat-datasett"},
		{"version", strings.Replace(ok, `"2.0"`, `"3.0"`, 1), "versjon «3.0»"},
		{"class", strings.Replace(ok, `"dataset"`, `"collection"`, 1), "klassen er «collection»"},
		{"no value", strings.Replace(ok, `,"value":[1,2,3,4]`, "", 1), "feltet «value» mangler"},
		{"too many cells", strings.Replace(strings.Replace(ok, `"size":[2,2]`, `"size":[2000,2000]`, 1), `"dimension":{"Region":{"category":{"index":["3403","EAK"]}},"Tid":{"category":{"index":["2024","2025"]}}}`, big(2000, 2000), 1), "flere enn 1000000 celler"},
		{"empty", "  ", "filen er tom"},
		{"array", "[1,2]", "x.json: filen er JSON, men ikke et JSON-stat-datasett"},
	} {
		_, err := Read(strings.NewReader(tc.in), "x.json")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

// big returns a "dimension" object of two dimensions with n and m
// categories, for the cell limit.
func big(n, m int) string {
	var b strings.Builder
	b.WriteString(`"dimension":{"Region":{"category":{"index":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"r` + itoa(i) + `"`)
	}
	b.WriteString(`]}},"Tid":{"category":{"index":[`)
	for i := range m {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"t` + itoa(i) + `"`)
	}
	b.WriteString(`]}}}`)
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }

// endless gives n bytes of a CSV-like text without holding them.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	if e.n <= 0 {
		return 0, io.EOF
	}
	k := min(len(p), e.n)
	for i := range k {
		p[i] = "3403;2025;1\n"[i%12]
	}
	e.n -= k
	return k, nil
}

func TestTooLarge(t *testing.T) {
	for _, read := range []func(io.Reader, string) (*Table, error){ReadCSV, ReadJSONStat, Read} {
		_, err := read(&endless{MaxBytes + 1}, "stor.csv")
		if err == nil || !strings.Contains(err.Error(), "stor.csv: filen er større enn 64 MB") {
			t.Errorf("error %v", err)
		}
	}
}

func TestRegionKinds(t *testing.T) {
	for code, want := range map[string]RegionKind{
		"3403": Kommune, "0403": Kommune, "K-3403": Kommune, "0301": Kommune,
		"34": Fylke, "F-34": Fylke, "0": Country, "EAK": Country, "EAKUO": CountryExclOslo,
		"EKG13": KostraGroup, "EKG1": KostraGroup, "EKA34": KostraFylke,
		"030101": OtherRegion, "Hamar": OtherRegion, "": OtherRegion, "9999": Kommune,
	} {
		if got := KindOfRegion(code); got != want {
			t.Errorf("KindOfRegion(%q) = %v, want %v", code, got, want)
		}
	}
	if k, ok := KommuneOf("K-3403"); !ok || k != "3403" {
		t.Errorf("KommuneOf(K-3403) = %q %v", k, ok)
	}
	for code, want := range map[string]string{"2025": "2025", "2025H1": "2025H1", "2025K3": "2025K3", "2025M07": "2025M07", "2024-2025": "", "2025U01": "", "2025M7": ""} {
		p, ok := PeriodOf(code)
		if ok != (want != "") || (ok && p.String() != want) {
			t.Errorf("PeriodOf(%q) = %v %v, want %q", code, p, ok, want)
		}
	}
}

func TestTextsOnly(t *testing.T) {
	// PxWebApi's UseTexts: no codes at all; the country, the KOSTRA groups
	// and the kommuner are found by SSB's texts.
	csv := "\"region\",\"statistikkvariabel\",\"år\",\"Andel (prosent)\"\n" +
		"\"Hamar\",\"Andel\",\"2024\",3.1\n\"KOSTRA-gruppe 13\",\"Andel\",\"2024\",3.3\n" +
		"\"Landet uten Oslo\",\"Andel\",\"2024\",3.6\n\"Landet\",\"Andel\",\"2024\",3.7\n"
	tab, err := ReadCSV(strings.NewReader(csv), "tekst.csv")
	if err != nil {
		t.Fatal(err)
	}
	for region, want := range map[string]string{"3403": "3.1", "EKG13": "3.3", "EAKUO": "3.6", "EAK": "3.7"} {
		if c, err := tab.Figure(region, "2024", nil); err != nil || c.Value != dec(want) {
			t.Errorf("%s: %v %v, want %s", region, c, err, want)
		}
	}
	if _, err := tab.Figure("EKG12", "2024", nil); err == nil {
		t.Error("EKG12 found in a table without it")
	}
	if code, ok := tab.Country(); !ok || code != "Landet" {
		t.Errorf("Country() = %q %v", code, ok)
	}
	if g := tab.Regions(KostraGroup); len(g) != 1 {
		t.Errorf("KOSTRA groups %v", g)
	}
}

func TestJSONStatRoleGuess(t *testing.T) {
	// "role" without "geo": the region dimension is found by its name.
	tab, err := ReadJSONStat(strings.NewReader(`{"version":"2.0","id":["KOKkommuneregion0000","Tid"],"size":[1,1],"role":{"time":["Tid"]},
		"dimension":{"KOKkommuneregion0000":{"label":"region","category":{"index":["EAK"]}},"Tid":{"category":{"index":["2024"]}}},"value":[3.7]}`), "x.json")
	if err != nil || tab.Geo() == nil || tab.Geo().ID != "KOKkommuneregion0000" {
		t.Fatalf("geo not found: %v %v", tab, err)
	}
}

func TestCSVStubByHeading(t *testing.T) {
	// KOSTRA variables with numeric codes (UseCodes): the stub ends where
	// the headers with periods begin, not where the cells turn numeric.
	csv := "\"KOKkommuneregion0000\",\"KOKfunksjon0000\",\"KOSbelop0000 2023\",\"KOSbelop0000 2024\"\n" +
		"\"3403\",\"242\",1200,1300\n\"3403\",\"243\",800,..\n\"301\",\"242\",5,6\n"
	tab, err := ReadCSV(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Dims) != 4 || tab.Dims[1].ID != "KOKfunksjon0000" {
		t.Fatalf("dimensions: %s", dump(tab))
	}
	sel := Select{"KOKfunksjon0000": "243", "ContentsCode": "KOSbelop0000"}
	if c, err := tab.Figure("3403", "2024", sel); err != nil || c.Kind != Missing {
		t.Errorf("243/2024: %v %v", c, err)
	}
	// 0301 saved by a spreadsheet as 301
	sel["KOKfunksjon0000"] = "242"
	if c, err := tab.Figure("0301", "2023", sel); err != nil || c.Value != dec("5") {
		t.Errorf("301: %v %v", c, err)
	}
	_, err = ReadCSV(strings.NewReader("region;2024;2024\n3403;1;2\n"), "x.csv")
	if err == nil || !strings.Contains(err.Error(), "x.csv:1:2024: variabelen «2024» står to ganger i overskriftsraden (også i kolonne 2)") {
		t.Errorf("duplicate heading: %v", err)
	}
	if _, err := oneJSON(t, "1e400", ""); err == nil || !strings.Contains(err.Error(), "for stort") {
		t.Errorf("1e400: %v", err)
	}
}

func TestRequire(t *testing.T) {
	tab, err := ReadCSV(strings.NewReader("statistikkvariabel;2024;2025\nPersoner;1;2\n"), "land.csv")
	if err != nil {
		t.Fatal(err)
	}
	err = tab.Require(Geo, Time)
	var qe *QueryError
	if !errors.As(err, &qe) || qe.Kind != NoDimension || err.Error() != "land.csv: tabellen har ingen dimensjon for region (dimensjonene er «statistikkvariabel», «tid»)" {
		t.Errorf("Require: %v", err)
	}
	if err := mustRead(t, "befolkning-07459.json").Require(Geo, Time, Metric); err != nil {
		t.Errorf("07459: %v", err)
	}
	// Two bad keys: the same one is reported every time.
	tab = mustRead(t, "kostra-sosialhjelp.json")
	first := ""
	for range 20 {
		_, err := tab.Lookup(Select{"x": "1", "y": "2", "ContentsCode": "nei"})
		if first == "" {
			first = err.Error()
		} else if err.Error() != first {
			t.Fatalf("errors differ: %q and %q", first, err)
		}
	}
}

func TestExcelPadding(t *testing.T) {
	// Excel pads every row to the table's width: the title, the notes and
	// trailing separators.
	csv := "07459: Befolkning, etter region og år;;;\n;;;\nregion;2024;2025;\n3403 Hamar;32619;32977;\n3405 Lillehammer;29141;29390;\n;;;\nKilde: Statistisk sentralbyrå;;;\n"
	tab, err := ReadCSV(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Number != "07459" || len(tab.Dims) != 2 || len(tab.Geo().Categories) != 2 || len(tab.Notes) != 1 {
		t.Errorf("padded table:\n%s", dump(tab))
	}
	if c, err := tab.Population("3405", 2025); err != nil || c.Value != dec("29390") {
		t.Errorf("Lillehammer: %v %v", c, err)
	}
}

func TestPopulationFormerNumbers(t *testing.T) {
	// 07459 with SSB's default region list: every number, each with «.»
	// for the years it was not in use (fictional figures).
	csv := `"region";"Personer 2019";"Personer 2020";"Personer 2024"
"0403 Hamar (-2019)";31000;.;.
"3403 Hamar";.;31400;32000
"0213 Ski (-2019)";31000;.;.
"0217 Oppegård (-2019)";27000;.;.
"3020 Nordre Follo (2020-2023)";.;59000;.
"3207 Nordre Follo";.;.;61000
"1805 Narvik (-2019)";18000;.;.
"1854 Ballangen (-2019)";2500;.;.
"1850 Tysfjord (-2019)";1900;.;.
"1806 Narvik";.;21500;21600
"0101 Halden (-2019)";31000;.;.
"3001 Halden (2020-2023)";.;:;.
"3101 Halden";.;.;31500
`
	tab, err := ReadCSV(strings.NewReader(csv), "07459.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		kommune string
		year    int
		kind    Kind
		val     string
		from    string
	}{
		{"3403", 2019, Number, "31000", "0403"},
		{"3403", 2020, Number, "31400", "3403"},
		{"3207", 2019, Number, "58000", "0213,0217"}, // merged: Ski + Oppegård
		{"3207", 2020, Number, "59000", "3020"},
		{"3207", 2024, Number, "61000", "3207"},
		// Narvik took part of Tysfjord, which was split: no figure is made up
		{"1806", 2019, NotApplicable, "", ""},
		{"1806", 2020, Number, "21500", "1806"},
		// a former part suppressed: the sum is too
		{"3101", 2020, Confidential, "", ""},
		{"3101", 2019, Number, "31000", "0101"},
	} {
		c, from, err := tab.PopulationFrom(tc.kommune, tc.year)
		if err != nil {
			t.Errorf("%s %d: %v", tc.kommune, tc.year, err)
			continue
		}
		v, _ := c.Figure()
		if c.Kind != tc.kind || (tc.val != "" && v != dec(tc.val)) || strings.Join(from, ",") != tc.from {
			t.Errorf("%s %d = %v %v from %v, want %v %s from %s", tc.kommune, tc.year, c.Kind, v, from, tc.kind, tc.val, tc.from)
		}
	}
	// Without every former number in the table there is no sum.
	tab, err = ReadCSV(strings.NewReader("region;Personer 2019\n0213 Ski;31000\n3207 Nordre Follo;.\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if c, err := tab.Population("3207", 2019); err != nil || c.Kind != NotApplicable {
		t.Errorf("partial: %v %v", c, err)
	}
	// A kommune absent under today's number is found under its former one.
	tab, err = ReadCSV(strings.NewReader("region;Personer 2019\n0403 Hamar;31000\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if c, err := tab.Population("3403", 2019); err != nil || c.Value != dec("31000") {
		t.Errorf("former only: %v %v", c, err)
	}
	if _, err := tab.Population("3405", 2019); err == nil {
		t.Error("3405: no error for a kommune the table lacks")
	}
}

func TestJSONStatErrorsDeterministic(t *testing.T) {
	in := `{"version":"2.0","id":["A"],"size":[2],"dimension":{"A":{"category":{"index":{"a":7,"b":9,"c":0,"d":5}}}},"value":[1,2]}`
	var first string
	for range 30 {
		_, err := ReadJSONStat(strings.NewReader(in), "x.json")
		if first == "" {
			first = err.Error()
		} else if err.Error() != first {
			t.Fatalf("errors differ: %q and %q", first, err)
		}
	}
	in = `{"version":"2.0","id":["A"],"size":[2],"dimension":{"A":{"category":{"index":["a","b"]}}},"value":{"x":1,"y":2,"z":3},"status":{"p":"..","q":":"}}`
	first = ""
	for range 30 {
		_, err := ReadJSONStat(strings.NewReader(in), "x.json")
		if first == "" {
			first = err.Error()
		} else if err.Error() != first {
			t.Fatalf("errors differ: %q and %q", first, err)
		}
	}
}
