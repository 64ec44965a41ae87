package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/indicators/pii"
	"boso/templates/workbook"
)

// separatedIDs are valid ids (control digits fit) planted with the
// separators people type, paste or wrap between the digits.
var separatedIDs = []string{"15038543730", "45038551381", "23129927194", "29029033305", "31127561861", "06110449915", "55117012483"}

// idSeparators stand between the first six and the last five digits.
var idSeparators = []string{"  ", " – ", " — ", "\u200b", "\u00ad", "\t", "\n", "\r\n", "/", " / ", "_", ") ",
	"\u2060", "\ufeff", "\u200c", "\u200d", "\u2009\u2009", "\u00a0\u00a0", "\u2011\u00ad"}

// separated writes the i-th planted id with the i-th separator (and, for
// some, in other groupings: 4+2+3+2, full-width digits).
func separated(i int) string {
	id := separatedIDs[i%len(separatedIDs)]
	switch i % 9 {
	case 7:
		return id[:4] + " " + id[4:6] + " " + id[6:9] + " " + id[9:]
	case 8:
		var b strings.Builder
		for _, c := range id {
			b.WriteRune(c - '0' + '０')
		}
		return b.String()
	}
	return id[:6] + idSeparators[i%len(idSeparators)] + id[6:]
}

// fullWidthDigits are turned into ASCII before the outputs are searched.
var fullWidthDigits = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5", "６", "6", "７", "7", "８", "8", "９", "9")

// Ids with separators between their digits, anywhere in the inputs, and in
// the names of a data file and a mapping, are each named by their place
// and reach no output, message or explanation in any grouping.
func TestPersonalIDsSeparatedAndInFileNames(t *testing.T) {
	for _, id := range separatedIDs {
		if !pii.Valid(id) {
			t.Fatalf("%s is not a valid id: the test plants nothing", id)
		}
	}
	dir := copyExample(t)
	data := func(n string) string { return filepath.Join(dir, "data", n) }
	kilder := func(n string) string { return filepath.Join(dir, "kilder", n) }

	// file names: a data file named in YAML, a mapping matched by the glob
	if err := os.Rename(data("startlan.csv"), data("startlan-15038543730.csv")); err != nil {
		t.Fatal(err)
	}
	edit(t, kilder("startlan.yaml"), "file: ../data/startlan.csv", "file: ../data/startlan-15038543730.csv", 1)
	if err := os.Rename(kilder("tall.yaml"), kilder("tall-150385-43730.yaml")); err != nil {
		t.Fatal(err)
	}
	// register cells (an unread column, one with a line break in a quoted
	// cell) and a header; a household key in a workbook register
	edit(t, data("startlan-15038543730.csv"), "SL-2016-0001;", "290290\t33305;", 1)
	edit(t, data("startlan-15038543730.csv"), "SL-2016-0002;", "\"311275\n61861\";", 1)
	edit(t, data("startlan-15038543730.csv"), "Saksnr;", "Saksnr 061104_49915;", 1)
	editXLSX(t, data("midlertidig_botilbud.xlsx"), func(f *excelize.File) {
		setKey(t, f, "Opphold", "Husstand", "150385 – 43730")
	})
	edit(t, kilder("midlertidig.yaml"), "sensitive: true", "sensitive: false", 1)
	// YAML values that reach every report
	prog := filepath.Join(dir, "program.yaml")
	edit(t, prog, "name: Boligsosialt utviklingsprogram Hamar 2016–2025 (eksempel)",
		`name: "Boligsosialt utviklingsprogram Hamar 2016–2025 (eksempel) 450385\u200b51381"`, 1)
	edit(t, prog, `{number: "3403", name: Hamar}`, `{number: "3403", name: "Hamar 231299\u00ad27194"}`, 1)
	// every free-text cell of the workbook
	path := filepath.Join(dir, "arbeidsbok.xlsx")
	wb, _ := workbook.Read(path, workbook.Options{})
	cells := textCells(wb)
	if len(cells) < 20 {
		t.Fatalf("only %d text cells found in the example workbook", len(cells))
	}
	editXLSX(t, path, func(f *excelize.File) {
		for i, p := range cells {
			ref := p.Column + strconv.Itoa(p.Row)
			v, _ := f.GetCellValue(p.Sheet, ref)
			if err := f.SetCellStr(p.Sheet, ref, v+" (fnr. "+separated(i)+")"); err != nil {
				t.Fatal(err)
			}
		}
	})

	w := &written{t: t, parts: map[string][]byte{}}
	run := func(want int, args ...string) string {
		t.Helper()
		code, stdout, stderr := runBoso(t, args...)
		name := strings.Join(args, " ")
		w.add(name+" stdout", []byte(stdout))
		w.add(name+" stderr", []byte(stderr))
		if code != want {
			t.Fatalf("boso %s: exit %d, want %d\n%s%s", name, code, want, stdout, stderr)
		}
		return stdout + stderr
	}
	out := run(exitOK, "validate", "--program", prog, "--dato", "2025-08-20")
	wants := []string{
		"kilder/startlan.yaml:8:7: advarsel: stien inneholder noe som ligner et fødselsnummer eller D-nummer; det vises ikke i noe boso skriver, men gi fila et nytt navn [BOSO-I003]",
		"program.yaml:14:5: advarsel: fila «" + filepath.Join(dir, "kilder", "tall-(11 sifre, ikke vist).yaml") + "», som mønsteret treffer, har noe som ligner et fødselsnummer eller D-nummer i navnet",
		"program.yaml:5:7: advarsel: verdien inneholder noe som ligner et fødselsnummer eller D-nummer",
		"program.yaml:8:28: advarsel: verdien inneholder noe som ligner et fødselsnummer eller D-nummer",
		"data/startlan-(11 sifre, ikke vist).csv:2:Saksnr (11 sifre, ikke vist): advarsel: 2 verdier i kolonnen «Saksnr (11 sifre, ikke vist)» ligner fødselsnumre eller D-numre (den første her)",
		"data/startlan-(11 sifre, ikke vist).csv:1:Saksnr (11 sifre, ikke vist): advarsel: en kolonneoverskrift ligner et fødselsnummer eller D-nummer",
		"data/midlertidig_botilbud.xlsx[Opphold]!",
	}
	for _, p := range cells {
		wants = append(wants, "arbeidsbok.xlsx["+p.Sheet+"]!"+p.Column+strconv.Itoa(p.Row)+": advarsel: cellen inneholder noe som ligner et fødselsnummer eller D-nummer")
	}
	for _, want := range wants {
		if !strings.Contains(out, want) {
			t.Errorf("validate does not say %q:\n%s", want, out)
		}
	}
	run(exitOK, "validate", "--program", prog, "--dato", "2025-08-20", "--format", "json")
	run(exitOK, "validate", "--program", prog, "--period", "2025H1", "--dato", "2025-08-20", "--format", "json")
	run(exitOK, "compute", "--program", prog, "--dato", "2025-08-20", "--ut", filepath.Join(dir, "tall"))
	for _, ind := range []string{"startlan_innvilget", "startlan_innvilget_belop", "midlertidig_botilbud", "fra_leie_til_eie"} {
		out := run(exitOK, "explain", ind, "--kommune", "3403", "--period", "2016", "--alle", "--program", prog, "--dato", "2025-08-20")
		if strings.HasPrefix(ind, "startlan") && !strings.Contains(out, "data/startlan-(11 sifre, ikke vist).csv:") {
			t.Errorf("explain %s does not name the export, masked:\n%.1500s", ind, out)
		}
	}
	run(exitOK, "indicators", "--program", prog)
	ut := filepath.Join(dir, "ut")
	run(exitOK, "report", "--program", prog, "--period", "2025H1", "--dato", "2025-08-20", "--ut", ut)
	run(exitOK, "report", "--program", prog, "--period", "2024", "--dato", "2025-08-20", "--ut", filepath.Join(dir, "intern"), "--intern")
	w.files(filepath.Join(dir, "tall"))
	w.files(ut)
	w.files(filepath.Join(dir, "intern"))
	for name, b := range w.parts {
		w.parts[name] = []byte(fullWidthDigits.Replace(string(b)))
	}
	w.noneOf(separatedIDs)

	// the planted texts reached the report, masked; the renamed export
	// was read (its SUMRAD flag names it masked)
	html, err := os.ReadFile(filepath.Join(ut, "rapport-3403-2025H1.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(html, []byte("[fødselsnummer fjernet]")); n < len(cells)/2 {
		t.Errorf("the HTML report shows the mask %d times for %d planted cells", n, len(cells))
	}
	csv, err := os.ReadFile(filepath.Join(dir, "tall", "tall.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(csv, []byte("hoppet over i "+filepath.Join(dir, "data", "startlan-(11 sifre, ikke vist).csv"))) {
		t.Error("tall.csv has no SUMRAD flag naming the renamed export, masked")
	}
}
