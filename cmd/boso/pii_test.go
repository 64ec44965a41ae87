package main

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"boso/indicators/diag"
	"boso/reports/clienttest"
	"boso/templates/workbook"
)

// The personal ids planted: a fødselsnummer, a D-nummer, another
// fødselsnummer, 11 digits whose control digits do not fit, and the
// first without the leading zero a number cell drops.
var plantedIDs = []string{"01018012452", "70107733386", "09099949942", "12345678901", "1018012452"}

// anyGrouping matches the digits of id with at most a few non-digits
// between each two of them: the id however it is grouped or escaped
// (010180 12452, 010180&#160;12452, 0101-8012-452).
func anyGrouping(id string) *regexp.Regexp {
	var b strings.Builder
	for i, c := range id {
		if i > 0 {
			b.WriteString(`[^0-9]{0,8}`)
		}
		b.WriteRune(c)
	}
	return regexp.MustCompile(b.String())
}

// copyExample copies the shipped half-year example to a temporary folder.
func copyExample(t *testing.T) string {
	t.Helper()
	src, dst := "../../examples", t.TempDir()
	for _, name := range []string{"program.yaml", "arbeidsbok.xlsx", "data", "kilder"} {
		err := filepath.WalkDir(filepath.Join(src, name), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dst, rel), 0o755)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// edit replaces the first n occurrences of old in a text file (n < 0: all);
// old must occur.
func edit(t *testing.T, path, old, new string, n int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s has no %q", path, old)
	}
	if err := os.WriteFile(path, bytes.Replace(b, []byte(old), []byte(new), n), 0o644); err != nil {
		t.Fatal(err)
	}
}

// editUTF16 is edit for a UTF-16LE file with a byte order mark.
func editUTF16(t *testing.T, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 2; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
	}
	s := string(utf16.Decode(u))
	if !strings.Contains(s, old) {
		t.Fatalf("%s has no %q", path, old)
	}
	out := []byte{0xff, 0xfe}
	for _, c := range utf16.Encode([]rune(strings.ReplaceAll(s, old, new))) {
		out = append(out, byte(c), byte(c>>8))
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// editXLSX opens an xlsx file, lets change edit it, and saves it.
func editXLSX(t *testing.T, path string, change func(f *excelize.File)) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	change(f)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// setKey writes v into the column headed header on the first data row of
// a register sheet.
func setKey(t *testing.T, f *excelize.File, sheet, header string, v any) {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		for c, h := range row {
			if strings.TrimSpace(h) == header && r+1 < len(rows) {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
				if err := f.SetCellValue(sheet, cell, v); err != nil {
					t.Fatal(err)
				}
				return
			}
		}
	}
	t.Fatalf("%s has no column %q", sheet, header)
}

// closedFields are the workbook's string fields that are codes, not text:
// a kommunenummer, a goal or indicator from the programme's lists, a period.
var closedFields = map[string]bool{"Number": true, "Goal": true, "Indicator": true, "Period": true, "Kommune": true}

// textCells returns the position of every free-text cell the workbook
// reader filled: every Cell[string] with a value but the closed ones,
// found by reflection so that a text field added later is planted in too.
func textCells(wb *workbook.Workbook) []diag.Pos {
	var out []diag.Pos
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			if p, ok := v.Addr().Interface().(*workbook.Cell[string]); ok {
				if p.Filled {
					out = append(out, p.Pos)
				}
				return
			}
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() && !closedFields[f.Name] {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(reflect.ValueOf(wb).Elem())
	return out
}

// plantAccepted puts personal ids where a run still succeeds: household
// keys, columns no field reads, every free-text cell of the workbook, the
// programme's name and its kommune's name.
func plantAccepted(t *testing.T, dir string) {
	t.Helper()
	data := func(n string) string { return filepath.Join(dir, "data", n) }
	// register keys, in the groupings people use
	edit(t, data("boligsituasjon.csv"), ";HS-10350;", ";010180 12452;", -1)
	edit(t, data("boligsituasjon.csv"), "Ikke tilpasset rullestol", "Ikke tilpasset rullestol, fnr 70107733386", 1)
	edit(t, data("startlan.csv"), "SL-2016-0001;", "09099949942;", 1) // Saksnr: no field reads it
	edit(t, data("utkastelser_namsfogden.csv"), "16-000009FRA-INNL,", "701077-33386,", 1)
	edit(t, data("innbyggere.csv"), `"Hamar (-2019)"`, `"Hamar 12345678901"`, 1)
	editUTF16(t, data("kommunal_bolig.txt"), "B-00226", "010180.12452")
	editXLSX(t, data("midlertidig_botilbud.xlsx"), func(f *excelize.File) {
		setKey(t, f, "Opphold", "Husstand", "701077 33386")
	})
	editXLSX(t, data("boligkontoret.xlsx"), func(f *excelize.File) {
		setKey(t, f, "Leie til eie", "Husstand", 1018012452) // a number cell: the zero is gone
		setKey(t, f, "Nøkkeltall", "Merknad", "oppgitt av 09099949942")
	})
	// a key the mapping does not mark sensitive: explain must still hide it
	edit(t, filepath.Join(dir, "kilder", "midlertidig.yaml"), "sensitive: true", "sensitive: false", 1)
	// YAML values that reach every report
	edit(t, filepath.Join(dir, "program.yaml"), "name: Boligsosialt utviklingsprogram Hamar 2016–2025 (eksempel)",
		"name: Boligsosialt utviklingsprogram Hamar 2016–2025 (eksempel) 010180 12452", 1)
	edit(t, filepath.Join(dir, "program.yaml"), `{number: "3403", name: Hamar}`, `{number: "3403", name: "Hamar 701077 33386"}`, 1)
	// every free-text cell of the workbook, Telefon as a number, a cell
	// beside the form and a sheet of the user's own
	path := filepath.Join(dir, "arbeidsbok.xlsx")
	wb, _ := workbook.Read(path, workbook.Options{})
	cells := textCells(wb)
	if len(cells) < 20 {
		t.Fatalf("only %d text cells found in the example workbook", len(cells))
	}
	editXLSX(t, path, func(f *excelize.File) {
		groupings := []string{"010180 12452", "70107733386", "090999-49942", "12345678901"}
		for i, p := range cells {
			ref := p.Column + strconv.Itoa(p.Row)
			v, _ := f.GetCellValue(p.Sheet, ref)
			if err := f.SetCellStr(p.Sheet, ref, v+" (fnr. "+groupings[i%len(groupings)]+")"); err != nil {
				t.Fatal(err)
			}
		}
		phone := wb.Program.Phone.Pos
		if err := f.SetCellValue(phone.Sheet, phone.Column+strconv.Itoa(phone.Row), 1018012452); err != nil {
			t.Fatal(err)
		}
		f.SetCellStr("Programinfo", "F30", "701077 33386")
		f.NewSheet("Notater")
		f.SetCellStr("Notater", "A1", "Ring 010180 12452")
	})
}

// written is everything a run left for someone to read: stdout, stderr
// and every file under the output folders, xlsx files part by part and
// PDF files as pdftotext extracts their text.
type written struct {
	t     *testing.T
	parts map[string][]byte
}

func (w *written) add(name string, b []byte) { w.parts[name] = append(w.parts[name], b...) }

func (w *written) files(dir string) {
	w.t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			w.t.Fatal(err)
		}
		w.add(p, b)
		switch filepath.Ext(p) {
		case ".xlsx":
			zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
			if err != nil {
				w.t.Fatalf("%s: %v", p, err)
			}
			for _, zf := range zr.File {
				rc, err := zf.Open()
				if err != nil {
					w.t.Fatal(err)
				}
				part, _ := io.ReadAll(rc)
				rc.Close()
				w.add(p+"!"+zf.Name, part)
			}
		case ".pdf":
			pdftotext := clienttest.Need(w.t, "poppler-utils", "pdftotext")
			text, err := exec.Command(pdftotext, "-layout", p, "-").Output()
			if err != nil {
				w.t.Fatalf("pdftotext %s: %v", p, err)
			}
			w.add(p+" (pdftotext)", text)
		}
		return nil
	})
}

// none fails the test for each planted id found in what was written.
func (w *written) none() {
	w.t.Helper()
	w.noneOf(plantedIDs)
}

// noneOf fails the test for each of ids found in what was written.
func (w *written) noneOf(ids []string) {
	w.t.Helper()
	for _, id := range ids {
		re := anyGrouping(id)
		for name, b := range w.parts {
			if loc := re.FindIndex(b); loc != nil {
				from, to := max(loc[0]-60, 0), min(loc[1]+60, len(b))
				w.t.Errorf("%s holds %s: …%s…", name, id, b[from:to])
			}
		}
	}
}

// A personal id planted in every input of the example reaches no output,
// no message and no explanation, and each is named by its place.
func TestPersonalIDsNeverWritten(t *testing.T) {
	dir := copyExample(t)
	plantAccepted(t, dir)
	prog := filepath.Join(dir, "program.yaml")
	w := &written{t: t, parts: map[string][]byte{}}
	run := func(want int, args ...string) string {
		t.Helper()
		code, stdout, stderr := runBoso(t, args...)
		w.add(strings.Join(args[:1], " ")+" stdout", []byte(stdout))
		w.add(strings.Join(args[:1], " ")+" stderr", []byte(stderr))
		if code != want {
			t.Fatalf("boso %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, stdout, stderr)
		}
		return stdout + stderr
	}

	// validate warns about each place (a warning: exit 0) and names it
	out := run(exitOK, "validate", "--program", prog, "--dato", "2025-08-20")
	for _, want := range []string{
		"data/boligsituasjon.csv:5:HUSSTAND-ID: advarsel: 1 verdi i kolonnen «HUSSTAND-ID» ligner et fødselsnummer eller D-nummer (her); boso bruker verdiene bare der feltet trengs (som nøkkel til å telle husstander, eller som merknad) og skriver dem aldri ut [BOSO-I002]",
		"data/boligsituasjon.csv:5:Kommentar: advarsel: 1 verdi i kolonnen «Kommentar» ligner et fødselsnummer eller D-nummer (her); boso bruker ikke kolonnen og skriver den aldri ut – ta den ut av uttrekket om ingen trenger den [BOSO-I002]",
		"data/startlan.csv:2:Saksnr: advarsel: 1 verdi i kolonnen «Saksnr»",
		"data/utkastelser_namsfogden.csv:2:saksnummer: advarsel: 1 verdi i kolonnen «saksnummer»",
		"data/innbyggere.csv:4:region: advarsel: 1 verdi i kolonnen «region»",
		"data/kommunal_bolig.txt:2:Husstand: advarsel:",
		"data/midlertidig_botilbud.xlsx[Opphold]!",
		"data/boligkontoret.xlsx[Leie til eie]!",
		"data/boligkontoret.xlsx[Nøkkeltall]!",
		"arbeidsbok.xlsx[Programinfo]!F30: advarsel: cellen inneholder noe som ligner et fødselsnummer eller D-nummer; boso bruker ikke cellen",
		"arbeidsbok.xlsx[Notater]!A1: advarsel:",
		"arbeidsbok.xlsx[Gode eksempler]!",
		"arbeidsbok.xlsx[Aktiviteter]!",
		"arbeidsbok.xlsx[Mål]!",
		"program.yaml:5:7: advarsel: verdien inneholder noe som ligner et fødselsnummer eller D-nummer; det er fjernet fra alt boso skriver – fjern det fra fila [BOSO-I003]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("validate does not say %q:\n%s", want, out)
		}
	}

	run(exitOK, "compute", "--program", prog, "--dato", "2025-08-20", "--ut", filepath.Join(dir, "tall"))
	for _, ind := range []string{"bostedslose", "uegnet_bolig", "midlertidig_botilbud", "fra_leie_til_eie",
		"kommunal_bolig_venteliste", "utkastelser", "startlan_innvilget_belop"} {
		for _, p := range []string{"2016", "2025H1"} {
			out := run(exitOK, "explain", ind, "--kommune", "3403", "--period", p, "--alle", "--program", prog, "--dato", "2025-08-20")
			if ind == "midlertidig_botilbud" && p == "2016" && !strings.Contains(out, "[fødselsnummer (skjult)]") {
				t.Errorf("explain %s %s does not show the masked key:\n%.2000s", ind, p, out)
			}
		}
	}
	ut := filepath.Join(dir, "ut")
	run(exitOK, "report", "--program", prog, "--period", "2025H1", "--dato", "2025-08-20", "--ut", ut)
	run(exitOK, "report", "--program", prog, "--period", "2025H1", "--dato", "2025-08-20", "--ut", filepath.Join(dir, "intern"), "--intern")
	w.files(filepath.Join(dir, "tall"))
	w.files(ut)
	w.files(filepath.Join(dir, "intern"))
	w.none()

	// the masked texts did reach the report: the planting was read
	html, err := os.ReadFile(filepath.Join(ut, "rapport-3403-2025H1.html"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(html, []byte("[fødselsnummer fjernet]")); n < 20 {
		t.Errorf("the HTML report shows the mask %d times; the planted texts did not all reach it", n)
	}
}

// An id in a field that must be a date, an amount or a count is refused:
// exit 1, nothing written, and no message quotes it.
func TestPersonalIDsRefused(t *testing.T) {
	dir := copyExample(t)
	data := func(n string) string { return filepath.Join(dir, "data", n) }
	edit(t, data("startlan.csv"), ";2\u00a0200\u00a0000,00;Nei;", ";09099949942;Nei;", 1) // Innvilget beløp
	edit(t, data("utkastelser_namsfogden.csv"), ",2016-01-01,,", ",010180 12452,,", 1)    // begjæring mottatt
	edit(t, data("innbyggere.csv"), ";29640", ";70107733386", 1)                          // Personer 1. januar
	path := filepath.Join(dir, "arbeidsbok.xlsx")
	wb, _ := workbook.Read(path, workbook.Options{})
	if len(wb.Economy) == 0 {
		t.Fatal("the example workbook has no economy rows")
	}
	editXLSX(t, path, func(f *excelize.File) {
		g := wb.Economy[0].Grant
		f.SetCellStr(g.Budget.Pos.Sheet, g.Budget.Pos.Column+strconv.Itoa(g.Budget.Pos.Row), "09099949942")
		f.SetCellValue(g.Accounts.Pos.Sheet, g.Accounts.Pos.Column+strconv.Itoa(g.Accounts.Pos.Row), 9099949942)
	})
	prog := filepath.Join(dir, "program.yaml")
	w := &written{t: t, parts: map[string][]byte{}}
	var all strings.Builder
	for _, args := range [][]string{
		{"validate", "--program", prog, "--dato", "2025-08-20"},
		{"compute", "--program", prog, "--dato", "2025-08-20", "--ut", filepath.Join(dir, "ut")},
		{"report", "--program", prog, "--period", "2025H1", "--dato", "2025-08-20", "--ut", filepath.Join(dir, "ut")},
		{"explain", "startlan_innvilget_belop", "--kommune", "3403", "--period", "2016", "--program", prog, "--dato", "2025-08-20"},
	} {
		code, stdout, stderr := runBoso(t, args...)
		w.add(args[0]+" stdout", []byte(stdout))
		w.add(args[0]+" stderr", []byte(stderr))
		all.WriteString(stdout + stderr)
		if code != exitProblems {
			t.Errorf("boso %s: exit %d, want %d\n%s%s", args[0], code, exitProblems, stdout, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "ut")); err == nil {
		t.Error("ut was written")
	}
	w.none()
	const (
		amount = "verdien har 11 sifre som et fødselsnummer eller D-nummer og leses ikke som et tall (sifrene vises ikke her)"
		lost   = "verdien er et fødselsnummer som har mistet nullen foran i en tallcelle"
	)
	for _, want := range []string{
		"data/startlan.csv:4:Innvilget beløp: " + amount,
		"data/utkastelser_namsfogden.csv:2:begjaring_mottatt: «(11 sifre, ikke vist)» er ikke en dato (ventet åååå-mm-dd)",
		"data/innbyggere.csv:4:Personer 1. januar: " + amount,
		"arbeidsbok.xlsx[Økonomi]!" + wb.Economy[0].Grant.Budget.Pos.Column + strconv.Itoa(wb.Economy[0].Grant.Budget.Pos.Row) + ": " + amount,
		"arbeidsbok.xlsx[Økonomi]!" + wb.Economy[0].Grant.Accounts.Pos.Column + strconv.Itoa(wb.Economy[0].Grant.Accounts.Pos.Row) + ": " + lost,
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no %q in\n%s", want, all.String())
		}
	}
}
