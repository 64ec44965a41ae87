package table

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"boso/indicators/diag"
)

// cp1252 encodes s in Windows-1252, as a Norwegian Excel saves "CSV".
func cp1252Bytes(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readAll reads every row; errors are collected with their text.
func readAll(t *testing.T, r Reader) (rows []Row, errs []string) {
	t.Helper()
	for i := 0; ; i++ {
		if i > 10000 {
			t.Fatal("Next does not end")
		}
		row, err := r.Next()
		if err == io.EOF {
			return rows, errs
		}
		if err != nil {
			var te *Error
			if !errors.As(err, &te) {
				t.Fatalf("Next: %T %v is not a *table.Error", err, err)
			}
			errs = append(errs, err.Error())
			continue
		}
		row.Cells = append([]string(nil), row.Cells...)
		rows = append(rows, row)
	}
}

func mustCSV(t *testing.T, data []byte, opt Options) Reader {
	t.Helper()
	r, err := NewCSV(bytes.NewReader(data), "eksport.csv", opt)
	if err != nil {
		t.Fatalf("NewCSV: %v", err)
	}
	return r
}

func TestCSVWindows1252Export(t *testing.T) {
	// A title line, a blank line, a header with trailing spaces and other
	// case, decimal commas, a Sum row at the bottom; CRLF; Windows-1252.
	text := "Rapport: Bostedsløse husstander 2024;;;\r\n" +
		"\r\n" +
		" Kommunenr ;DATO ;Beløp (kr)  ;Målgruppe\r\n" +
		"301;01.03.2024;12 500,50;Flyktninger\r\n" +
		"3403;15.04.2024;1 000;Rus/psykisk helse – ungdom\r\n" +
		";;;\r\n" +
		"5001;;;Barnefamilier «små»\r\n" +
		"Sum:;;13 500,50;\r\n"
	r := mustCSV(t, cp1252Bytes(t, text), Options{Expect: []string{"kommunenr", "Dato", "beløp (KR)"}})
	defer r.Close()
	if got := r.Encoding(); got != "windows-1252" {
		t.Errorf("Encoding = %q", got)
	}
	if got, want := r.Header(), []string{"Kommunenr", "DATO", "Beløp (kr)", "Målgruppe"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Header = %q, want %q", got, want)
	}
	if r.HeaderLine() != 3 {
		t.Errorf("HeaderLine = %d, want 3", r.HeaderLine())
	}
	rows, errs := readAll(t, r)
	if errs != nil {
		t.Fatalf("errors: %v", errs)
	}
	want := []Row{
		{Cells: []string{"301", "01.03.2024", "12 500,50", "Flyktninger"}, Line: 4},
		{Cells: []string{"3403", "15.04.2024", "1 000", "Rus/psykisk helse – ungdom"}, Line: 5},
		{Cells: []string{"5001", "", "", "Barnefamilier «små»"}, Line: 7},
		{Cells: []string{"Sum:", "", "13 500,50", ""}, Line: 8, Sum: true},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows\n got %+v\nwant %+v", rows, want)
	}
	if got, want := r.Pos(rows[1], 2), (diag.Pos{File: "eksport.csv", Line: 5, Column: "Beløp (kr)"}); got != want {
		t.Errorf("Pos = %+v, want %+v", got, want)
	}
	if got := r.Pos(rows[1], 2).String(); got != "eksport.csv:5:Beløp (kr)" {
		t.Errorf("Pos.String = %q", got)
	}
}

func TestCSVUTF8BOMQuoted(t *testing.T) {
	data := "\ufeffKommune,Merknad,Beløp\n" +
		"0301,\"Oslo, sentrum\",\"1,5\"\n" +
		"0301,\"to\nlinjer\",2\n" +
		"3403,\"sa \"\"hei\"\"\",3\n" +
		"3403,,4\n"
	r := mustCSV(t, []byte(data), Options{})
	if r.Encoding() != "utf-8" {
		t.Errorf("Encoding = %q", r.Encoding())
	}
	if got := r.Header(); !reflect.DeepEqual(got, []string{"Kommune", "Merknad", "Beløp"}) {
		t.Errorf("Header = %q (BOM not stripped?)", got)
	}
	rows, errs := readAll(t, r)
	if errs != nil {
		t.Fatal(errs)
	}
	want := []Row{
		{Cells: []string{"0301", "Oslo, sentrum", "1,5"}, Line: 2},
		{Cells: []string{"0301", "to\nlinjer", "2"}, Line: 3},
		{Cells: []string{"3403", `sa "hei"`, "3"}, Line: 5},
		{Cells: []string{"3403", "", "4"}, Line: 6},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows\n got %+v\nwant %+v", rows, want)
	}
}

func TestCSVDelimiter(t *testing.T) {
	for _, tc := range []struct {
		name   string
		data   string
		opt    Options
		header []string
	}{
		{"semicolon", "a;b;c\n1;2,5;3\n", Options{}, []string{"a", "b", "c"}},
		{"comma", "a,b,c\n1,2,3\n", Options{}, []string{"a", "b", "c"}},
		{"tab", "Kommune\tDato\tBeløp, kr\n0301\t01.01.2024\t1,5\n", Options{}, []string{"Kommune", "Dato", "Beløp, kr"}},
		{"most cells", "a;b,c;d\n", Options{}, []string{"a", "b,c", "d"}},
		{"expect decides", "Kommune,Dato,Merknad;fritekst;x;y\n", Options{Expect: []string{"Kommune", "Dato"}},
			[]string{"Kommune", "Dato", "Merknad;fritekst;x;y"}},
		{"expect under a title", "Rapport, 2024, alle kommuner, hele landet\nKommune;Dato\n", Options{Expect: []string{"Kommune", "Dato"}},
			[]string{"Kommune", "Dato"}},
		{"given", "a;b|c;d\n", Options{Delimiter: '|'}, []string{"a;b", "c;d"}},
		{"one column", "Kommune\n0301\n", Options{Expect: []string{"kommune"}}, []string{"Kommune"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustCSV(t, []byte(tc.data), tc.opt)
			if got := r.Header(); !reflect.DeepEqual(got, tc.header) {
				t.Errorf("Header = %q, want %q", got, tc.header)
			}
		})
	}
}

func TestCSVRowWidth(t *testing.T) {
	data := "a;b;c\n" +
		"1\n" + // short: padded
		"1;2;3;;\u00a0\n" + // extra empty cells: dropped
		"1;2;3;4\n" + // extra value: error
		"5;6;7\n"
	r := mustCSV(t, []byte(data), Options{})
	rows, errs := readAll(t, r)
	want := []Row{
		{Cells: []string{"1", "", ""}, Line: 2},
		{Cells: []string{"1", "2", "3"}, Line: 3},
		{Cells: []string{"5", "6", "7"}, Line: 5},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows\n got %+v\nwant %+v", rows, want)
	}
	wantErr := "eksport.csv:4: raden har 4 celler, men overskriftsraden bare 3 (første verdi utenfor: «4» i kolonne 4)"
	if len(errs) != 1 || errs[0] != wantErr {
		t.Errorf("errors %q, want %q", errs, wantErr)
	}
}

func TestCSVErrors(t *testing.T) {
	big := strings.Repeat("0301;01.01.2024;100\n", 4000) // > 64 KB of valid UTF-8
	for _, tc := range []struct {
		name string
		data []byte
		opt  Options
		open string   // error from NewCSV
		rows []string // errors from Next
	}{
		{name: "empty", data: nil, open: "eksport.csv: filen har ingen rader med innhold (ventet en overskriftsrad)"},
		{name: "blank lines", data: []byte("\r\n\n;;\n \n"), open: "eksport.csv: filen har ingen rader med innhold (ventet en overskriftsrad)"},
		{name: "no header", data: []byte("Rapport\nKommune;Beløp;Dato\n0301;1;2\n"), opt: Options{Expect: []string{"Kommunenr", "Beløp", "Dato"}},
			open: "eksport.csv: fant ikke overskriftsraden: ingen av de 50 første radene med innhold har alle kolonnene «Kommunenr», «Beløp», «Dato»; nærmest er linje 2, som mangler «Kommunenr» (den har «Kommune», «Beløp», «Dato»)"},
		{name: "no header at all", data: []byte("x\ny\n"), opt: Options{Expect: []string{"Kommune"}},
			open: "eksport.csv: fant ikke overskriftsraden: ingen av de 50 første radene med innhold har alle kolonnene «Kommune»"},
		{name: "header after 50 rows", data: []byte(strings.Repeat("tittel\n\n", 50) + "Kommune\n0301\n"), opt: Options{Expect: []string{"Kommune"}},
			open: "eksport.csv: fant ikke overskriftsraden: ingen av de 50 første radene med innhold har alle kolonnene «Kommune»"},
		{name: "duplicate column", data: []byte("Dato;Kommune;dato \n"), opt: Options{Expect: []string{"Kommune", "Dato"}},
			open: "eksport.csv:1: kolonnen «Dato» finnes flere ganger i overskriftsraden (kolonne 1 og kolonne 3); ventet én"},
		{name: "unknown encoding", data: []byte("a\n"), opt: Options{Encoding: "ebcdic"},
			open: "eksport.csv: ukjent tegnkoding «ebcdic» (ventet utf-8, windows-1252, utf-16le eller utf-16be)"},
		{name: "bom conflict", data: []byte("\ufeffa\n"), opt: Options{Encoding: "windows-1252"},
			open: "eksport.csv: filen starter med et UTF-8-merke (BOM), men tegnkodingen er oppgitt som windows-1252; skriv «encoding: utf-8» i kildebeskrivelsen, eller ta bort encoding så leser boso merket selv"},
		{name: "bad delimiter", data: []byte("a\n"), opt: Options{Delimiter: '"'},
			open: "eksport.csv: ugyldig skilletegn «\"» (ventet f.eks. ; , eller tabulator)"},
		{name: "undefined cp1252 byte", data: []byte("Navn;By\nKari;Bod\xf8\nOla;X\x81Y\nPer;Troms\xf8\n"),
			rows: []string{"eksport.csv:3:By: byte 0x81 er ikke et tegn i windows-1252 (filen er lest som windows-1252; er den lagret i en annen tegnkoding?)"}},
		{name: "invalid utf-8 after 64 KB", data: []byte("Kommune;Dato;Beløp\n" + big + "0301;\"01.01.\n2024\";1\n0301;x\xe6;1\n0301;\"a\nb\xf8\";1\n"),
			rows: []string{
				"eksport.csv:4004:Dato: byte 0xE6 er ikke gyldig UTF-8, men er «æ» i windows-1252 (filen er lest som UTF-8 ut fra begynnelsen): filen ser ut til å være lagret i windows-1252; skriv «encoding: windows-1252» i kildebeskrivelsen",
				"eksport.csv:4006:Dato: byte 0xF8 er ikke gyldig UTF-8, men er «ø» i windows-1252 (filen er lest som UTF-8 ut fra begynnelsen): filen ser ut til å være lagret i windows-1252; skriv «encoding: windows-1252» i kildebeskrivelsen",
			}},
		{name: "invalid utf-8, not a letter in windows-1252", data: []byte("Kommune;Dato;Beløp\n" + big + "0301;x\x81;1\n"),
			rows: []string{"eksport.csv:4002:Dato: byte 0x81 er ikke gyldig UTF-8 (filen er lest som UTF-8 ut fra begynnelsen; er den lagret i windows-1252? skriv i så fall «encoding: windows-1252» i kildebeskrivelsen, eller lagre filen som UTF-8)"}},
		{name: "declared utf-8", data: []byte("a\n\xe6\n"), opt: Options{Encoding: "UTF-8"},
			rows: []string{"eksport.csv:2:a: byte 0xE6 er ikke gyldig UTF-8, men er «æ» i windows-1252: filen ser ut til å være lagret i windows-1252; skriv «encoding: windows-1252» i kildebeskrivelsen (eller fjern encoding, så velger boso selv)"}},
		{name: "utf-16le without bom", data: utf16("Kommune;Beløp\n0301;1\n", false),
			open: "eksport.csv: filen ser ut til å være UTF-16LE uten BOM-merke (hvert annet byte er 0); skriv «encoding: utf-16le» i kildebeskrivelsen, eller lagre filen som UTF-8"},
		{name: "utf-16be without bom, declared utf-8", data: utf16("Kommune;Beløp\n0301;1\n", true), opt: Options{Encoding: "utf-8"},
			open: "eksport.csv: filen ser ut til å være UTF-16BE uten BOM-merke (hvert annet byte er 0); skriv «encoding: utf-16be» i kildebeskrivelsen, eller lagre filen som UTF-8"},
		{name: "cp1252 header read as declared utf-8", data: []byte("Kommune;Gjennomf\xf8rt\n0301;1\n"), opt: Options{Encoding: "utf-8", Expect: []string{"Gjennomført"}},
			open: "eksport.csv:1: byte 0xF8 er ikke gyldig UTF-8, men er «ø» i windows-1252: filen ser ut til å være lagret i windows-1252; skriv «encoding: windows-1252» i kildebeskrivelsen (eller fjern encoding, så velger boso selv)"},
		{name: "utf-8 header read as declared cp1252", data: []byte("Kommune;Gjennomført\n0301;1\n"), opt: Options{Encoding: "windows-1252", Expect: []string{"Gjennomført"}},
			open: "eksport.csv:1: overskriften «GjennomfÃ¸rt» ser ut som UTF-8 lest som windows-1252 (den er «Gjennomført» i UTF-8); skriv «encoding: utf-8» i kildebeskrivelsen (eller fjern encoding, så velger boso selv)"},
		{name: "mixed delimiters", data: []byte("Kommune;Dato;Beløp\n0301;01.01.2024;1\n0301,02.01.2024,2\n0301;03.01.2024;3\n0301,04.01.2024,4\n"),
			rows: []string{
				"eksport.csv:3: blandede skilletegn: linjen er delt med komma (,), men filen med semikolon (;) (overskriftsraden på linje 1 har 3 kolonner); bruk samme skilletegn på alle linjer",
				"eksport.csv:5: blandede skilletegn: linjen er delt med komma (,), men filen med semikolon (;) (overskriftsraden på linje 1 har 3 kolonner); bruk samme skilletegn på alle linjer",
			}},
		{name: "mixed delimiters, decimal commas in the rows split by commas", data: []byte("Kommune;Dato;Beløp\n0301;01.01.2024;1,50\n0301,02.01.2024,2,50\n"),
			rows: []string{
				"eksport.csv:3: blandede skilletegn: linjen er delt med komma (,), men filen med semikolon (;) (overskriftsraden på linje 1 har 3 kolonner); bruk samme skilletegn på alle linjer",
			}},
		{name: "delimiters partly swapped within a line", data: []byte("Kommune;Dato;Type;Beløp;Merknad\n0301;01.01.2024;a;1;x\n0301,02.01.2024;a,2;y\n0301;03.01.2024;a;3;z\n"),
			rows: []string{
				"eksport.csv:3: blandede skilletegn: linjen har 3 celler delt med semikolon (;) og 2 komma (,) inne i cellene (overskriftsraden på linje 1 har 5 kolonner); bruk samme skilletegn på alle linjer",
			}},
		{name: "a short line of decimal amounts and prose is not mixed", data: []byte("Kommune;Beløp;Merknad;Tillegg;Siste\n0301;1 380 000,50;Hamar, sentrum\n"),
			rows: nil},
		{name: "tab file with commas for some tabs", data: []byte("Kommune\tDato\tBeløp\n0301,01.01.2024\t5\n"),
			rows: []string{
				"eksport.csv:2: blandede skilletegn: linjen har 2 celler delt med tabulator og 1 komma (,) inne i cellene (overskriftsraden på linje 1 har 3 kolonner); bruk samme skilletegn på alle linjer",
			}},
		{name: "bare quote", data: []byte("a;b\n1;x\"y\n2;3\n"),
			rows: []string{"eksport.csv:2: anførselstegn (\") ved tegn 4 på linjen, inne i en verdi som ikke står i anførselstegn (ventet hele verdien i anførselstegn, med \" skrevet \"\")"}},
		{name: "bad quote", data: []byte("a;b\n1;\"x\"y\n2;3\n"),
			rows: []string{"eksport.csv:2: feil med anførselstegn ved tegn 5 på linjen: en verdi i anførselstegn må slutte med \" fulgt av skilletegn eller linjeslutt (\" inne i verdien skrives \"\")"}},
		{name: "unclosed quote", data: []byte("a;b\n1;2\n1;\"x\n2;3\n"),
			rows: []string{"eksport.csv:4: feil med anførselstegn ved tegn 5 på linjen (raden begynner på linje 3): en verdi i anførselstegn må slutte med \" fulgt av skilletegn eller linjeslutt (\" inne i verdien skrives \"\")"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewCSV(bytes.NewReader(tc.data), "eksport.csv", tc.opt)
			if tc.open != "" {
				var te *Error
				if !errors.As(err, &te) || err.Error() != tc.open {
					t.Fatalf("NewCSV error\n got %v\nwant %s", err, tc.open)
				}
				return
			}
			if err != nil {
				t.Fatalf("NewCSV: %v", err)
			}
			_, errs := readAll(t, r)
			if !reflect.DeepEqual(errs, tc.rows) {
				t.Errorf("errors\n got %q\nwant %q", errs, tc.rows)
			}
		})
	}
}

func TestCSVRowsAfterError(t *testing.T) {
	r := mustCSV(t, []byte("Navn;By\nKari;Bod\xf8\nOla;X\x81Y\nPer;Troms\xf8\n"), Options{})
	rows, errs := readAll(t, r)
	if len(errs) != 1 || len(rows) != 2 || rows[1].Cells[1] != "Tromsø" || rows[0].Cells[1] != "Bodø" {
		t.Errorf("rows %+v, errors %q", rows, errs)
	}
}

func TestCSVUTF16(t *testing.T) {
	// Excel's "Unicode text": UTF-16LE with a BOM, tab-delimited.
	text := "Kommune\tBeløp\r\n0301\t12 500,50\r\n"
	enc := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()
	data, err := enc.Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	r := mustCSV(t, data, Options{Expect: []string{"Beløp"}})
	rows, errs := readAll(t, r)
	if r.Encoding() != "utf-16le" || errs != nil || len(rows) != 1 || rows[0].Cells[1] != "12 500,50" {
		t.Errorf("encoding %q, rows %+v, errors %q", r.Encoding(), rows, errs)
	}
}

func TestCSVEncodingOption(t *testing.T) {
	// "æ" in UTF-8 is "Ã¦" in Windows-1252: the option wins over detection.
	r := mustCSV(t, []byte("a\n\xc3\xa6\n"), Options{Encoding: "windows-1252"})
	rows, _ := readAll(t, r)
	if r.Encoding() != "windows-1252" || rows[0].Cells[0] != "Ã¦" {
		t.Errorf("encoding %q, rows %+v", r.Encoding(), rows)
	}
	r = mustCSV(t, []byte("a\n\xc3\xa6\n"), Options{Encoding: "auto"})
	rows, _ = readAll(t, r)
	if r.Encoding() != "utf-8" || rows[0].Cells[0] != "æ" {
		t.Errorf("encoding %q, rows %+v", r.Encoding(), rows)
	}
}

func TestCSVSniffCutsRune(t *testing.T) {
	// A multi-byte rune across the 64 KB boundary is still UTF-8.
	pad := strings.Repeat("x", sniffSize-len("a\n")-1)
	r := mustCSV(t, []byte("a\n"+pad+"ø\n"), Options{})
	if r.Encoding() != "utf-8" {
		t.Errorf("Encoding = %q", r.Encoding())
	}
}

func TestCSVHeaderNormalised(t *testing.T) {
	// NFD "å" (a + combining ring) in the file, NFC in the mapping; NBSP
	// and a stray BOM around the name.
	r := mustCSV(t, []byte("\u00a0Ma\u030algruppe\ufeff;x\n1;2\n"), Options{Expect: []string{"MÅLGRUPPE"}})
	if got := r.Header()[0]; got != "Ma\u030algruppe" {
		t.Errorf("Header()[0] = %q", got)
	}
}

func TestOpenCSV(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "register.csv")
	if err := os.WriteFile(p, cp1252Bytes(t, "Kommune;Beløp\r\n0301;1\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := OpenCSV(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := readAll(t, r)
	if len(rows) != 1 || errs != nil || r.Pos(rows[0], 1).File != p || r.Header()[1] != "Beløp" {
		t.Errorf("rows %+v, errors %q", rows, errs)
	}
	if err := r.Close(); err != nil {
		t.Error(err)
	}
	_, err = OpenCSV(filepath.Join(dir, "mangler.csv"), Options{})
	if err == nil || !strings.HasSuffix(err.Error(), "mangler.csv: filen finnes ikke") {
		t.Errorf("missing file: %v", err)
	}
}

func TestIsSum(t *testing.T) {
	for _, tc := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"Sum", "1"}, true},
		{[]string{"", " SUM: ", "1"}, true},
		{[]string{"Summer"}, true},
		{[]string{"Sum totalt:"}, true},
		{[]string{"totalt"}, true},
		{[]string{"Total :"}, true},
		{[]string{"I alt"}, true},
		{[]string{"\u00a0Sum i alt"}, true},
		{[]string{"Summen", "1"}, false},
		{[]string{"0301", "Sum"}, false},
		{[]string{"Totalt antall søknader"}, false},
		{[]string{"", ""}, false},
	} {
		if got := isSum(tc.cells); got != tc.want {
			t.Errorf("isSum(%q) = %v", tc.cells, got)
		}
	}
}

// utf16 encodes s as UTF-16 without a byte-order mark.
func utf16(s string, bigEndian bool) []byte {
	var out []byte
	for _, r := range s {
		hi, lo := byte(r>>8), byte(r)
		if bigEndian {
			out = append(out, hi, lo)
		} else {
			out = append(out, lo, hi)
		}
	}
	return out
}

// What the message about UTF-16 without a BOM tells the user to write
// works: encoding: utf-16le (or utf-16be) reads the file.
func TestCSVDeclaredUTF16(t *testing.T) {
	for _, be := range []bool{false, true} {
		enc := map[bool]string{false: "utf-16le", true: "utf-16be"}[be]
		r, err := NewCSV(bytes.NewReader(utf16("Kommune;Beløp\n0301;12,5\n", be)), "x.csv", Options{Encoding: enc})
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		row, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if h := r.Header(); len(h) != 2 || h[1] != "Beløp" || row.Cells[0] != "0301" || row.Cells[1] != "12,5" || r.Encoding() != enc {
			t.Errorf("%s: header %q, row %q, encoding %s", enc, h, row.Cells, r.Encoding())
		}
	}
}
