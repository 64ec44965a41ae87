package workbook

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"boso/reports/clienttest"
	"boso/templates/msg"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sample is a programme like the ones the form was made for: one kommune
// with a Sami name, a half-year report, three hovedmål.
func sample() TemplateInput {
	return TemplateInput{
		Program:      "Bolig for velferd i Kárášjohka & omegn",
		Kommuner:     []TemplateKommune{{Number: "5610", Name: "Kárášjohka – Karasjok"}},
		FirstYear:    2022,
		LastYear:     2026,
		ReportPeriod: "2025H1",
		Indicators: []IndicatorInfo{
			{ID: "bostotte_mottakere", Name: "Husstander som mottar bostøtte", Unit: "antall", Entered: true},
			{ID: "kommunale_boliger", Name: "Kommunalt disponerte boliger", Unit: "antall", Entered: true},
			{ID: "bostedslose", Name: "Bostedsløse husstander", Unit: "antall"},
			{ID: "startlan_innvilget_belop", Name: "Innvilget startlån", Unit: "NOK"},
			{ID: "midlertidig_botilbud_i_lopet_av_perioden", Name: "Husstander i midlertidig botilbud i løpet av perioden, per 1000 innbyggere", Unit: "per 1000 innbyggere"},
		},
		Goals: []string{
			"Organisering av det boligsosiale arbeidet",
			"Kunnskaps- og kompetanseutvikling",
			"Bedre dekning av boligbehov, booppfølging",
		},
	}
}

func template(t testing.TB, in TemplateInput) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Template(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Same programme, same bytes; pinned by a golden file so that an excelize
// upgrade that changes the output is seen. Run with -update to accept.
func TestTemplateGolden(t *testing.T) {
	got := template(t, sample())
	for range 4 {
		if again := template(t, sample()); !bytes.Equal(got, again) {
			t.Fatal("two templates of the same programme differ")
		}
	}
	golden := filepath.Join("testdata", "mal.xlsx")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	// The text projection beside the bytes says what changed.
	text := projection(t, got)
	goldenText := filepath.Join("testdata", "mal.txt")
	if *update {
		if err := os.WriteFile(goldenText, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantText, err := os.ReadFile(goldenText)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if text != string(wantText) {
		t.Errorf("the template's cells differ from %s; if the change is meant, run go test -update\n%s", goldenText, firstDiff(text, string(wantText)))
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("template differs from %s (%d bytes, want %d); if the change is meant, run go test -update", golden, len(got), len(want))
	}
}

// projection is a readable text of a workbook: per sheet the column
// widths, then each row's height and cells (formulas as =… [cached
// result]), then the data validations.
func projection(t *testing.T, data []byte) string {
	t.Helper()
	f := open(t, data)
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		visible, _ := f.GetSheetVisible(sheet)
		fmt.Fprintf(&b, "== %s (visible %v)\n", sheet, visible)
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		width := 0
		for _, r := range rows {
			width = max(width, len(r))
		}
		var widths []string
		for c := 1; c <= width; c++ {
			name, _ := excelize.ColumnNumberToName(c)
			w, _ := f.GetColWidth(sheet, name)
			widths = append(widths, fmt.Sprintf("%s=%g", name, w))
		}
		fmt.Fprintf(&b, "widths %s\n", strings.Join(widths, " "))
		for i, r := range rows {
			var cells []string
			for c := range r {
				ref, _ := excelize.CoordinatesToCellName(c+1, i+1)
				if formula, _ := f.GetCellFormula(sheet, ref); formula != "" {
					// with its cached result
					cells = append(cells, ref+"="+formula+" ["+r[c]+"]")
				} else if r[c] != "" {
					cells = append(cells, fmt.Sprintf("%s:%q", ref, r[c]))
				}
			}
			h, _ := f.GetRowHeight(sheet, i+1)
			if len(cells) > 0 || h != 15 {
				fmt.Fprintf(&b, "%d (h %g) %s\n", i+1, h, strings.Join(cells, " "))
			}
		}
		dvs, err := f.GetDataValidations(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, dv := range dvs {
			fmt.Fprintf(&b, "valid %s %s %s %s\n", dv.Sqref, dv.Type, dv.Formula1, dv.Formula2)
		}
	}
	return b.String()
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, a, b)
		}
	}
	return ""
}

func open(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestTemplateSheetsAndPrefill(t *testing.T) {
	f := open(t, template(t, sample()))
	want := []string{"Veiledning", "Programinfo", "Organisering", "Aktiviteter", "Gode eksempler", "Økonomi", "Tall", "Mål", "Lister"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	if v, _ := f.GetSheetVisible("Lister"); v {
		t.Error("the list sheet is visible")
	}
	cells := map[string]string{
		"Programinfo!B3":   "Bolig for velferd i Kárášjohka & omegn",
		"Programinfo!B4":   "Kárášjohka – Karasjok",
		"Programinfo!B5":   "5610",
		"Programinfo!B8":   "2025",
		"Programinfo!A9":   "Rapporteringsperiode",
		"Programinfo!B9":   "1. halvår 2025",
		"Programinfo!A14":  "Sammendrag",
		"Økonomi!M2":       "Tilskudd fra Husbanken: avvik (+/-)",
		"Økonomi!N2":       "Tilskudd fra Husbanken: fra/til hvilken aktivitet (prosjekt)",
		"Mål!M2":           "Kommunens vurdering",
		"Aktiviteter!A3":   "Organisering av det boligsosiale arbeidet",
		"Aktiviteter!A13":  "Kunnskaps- og kompetanseutvikling",
		"Økonomi!A3":       "2025",
		"Økonomi!A62":      "2025",
		"Økonomi!A64":      "Samlet oversikt over hele programperioden",
		"Økonomi!A66":      "2022",
		"Økonomi!A70":      "2026",
		"Økonomi!E65":      "Overføring (disponible midler) fra året før",
		"Tall!C3":          "bostotte_mottakere",
		"Tall!F3":          "2022H1",
		"Tall!F5":          "2022",
		"Tall!F12":         "2025H1",
		"Tall!C13":         "kommunale_boliger",
		"Mål!A6":           "startlan_innvilget_belop",
		"Mål!H2":           "Mål 2022",
		"Mål!L2":           "Mål 2026",
		"Organisering!A10": "Styringsgruppe",
		"Organisering!A18": "Programgruppe",
	}
	for ref, want := range cells {
		sheet, cell, _ := strings.Cut(ref, "!")
		if got, _ := f.GetCellValue(sheet, cell); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
	}
	// 2 indicators × (2022–2024: H1, H2, year; 2025H1) = 2 × 10 rows.
	rows, _ := f.GetRows("Tall")
	if len(rows) != 2+20 {
		t.Errorf("Tall has %d rows, want 22", len(rows))
	}
}

// Text boso writes wraps within its row: a long indicator name gets a row
// tall enough for two lines, and a long id a column wide enough, so that
// neither runs into the next row or cell (as they did in LibreOffice).
func TestTemplateRowsFitTheirText(t *testing.T) {
	f := open(t, template(t, sample()))
	for _, c := range []struct {
		sheet, col string
		row        int
		minHeight  float64
	}{
		{"Mål", "B", 7, 30}, {"Mål", "B", 6, 15},
		{"Programinfo", "C", 9, 45}, // the help for Rapporteringsperiode
		{"Programinfo", "B", 14, 120},
	} {
		h, err := f.GetRowHeight(c.sheet, c.row)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := f.GetCellValue(c.sheet, c.col+strconv.Itoa(c.row))
		if h < c.minHeight || (c.minHeight == 15 && h != 15) {
			t.Errorf("%s row %d (%q) is %g high, want %g", c.sheet, c.row, v, h, c.minHeight)
		}
	}
	if w, _ := f.GetColWidth("Mål", "A"); w < float64(len("midlertidig_botilbud_i_lopet_av_perioden")) {
		t.Errorf("Mål!A is %g wide, narrower than the longest id", w)
	}
	for _, c := range []struct {
		text  string
		width float64
		lines int
	}{
		{"Innvilget startlån", 42, 1},
		{"Husstander i midlertidig botilbud i mer enn 3 måneder", 42, 2},
		{"én\nto", 42, 2},
		{strings.Repeat("x", 100), 42, 3},
	} {
		if got := wrappedLines(c.text, c.width); got != c.lines {
			t.Errorf("wrappedLines(%q, %g) = %d, want %d", c.text, c.width, got, c.lines)
		}
	}
}

// Headers are locked, input cells are not, and every visible sheet is
// protected: the user can fill in but not rename a header by accident.
func TestTemplateProtection(t *testing.T) {
	f := open(t, template(t, sample()))
	locked := func(sheet, cell string) bool {
		id, err := f.GetCellStyle(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return st.Protection == nil || st.Protection.Locked
	}
	for _, c := range []struct {
		sheet, cell string
		locked      bool
	}{
		{"Programinfo", "A3", true}, {"Programinfo", "B3", false}, {"Programinfo", "C3", true},
		{"Aktiviteter", "B2", true}, {"Aktiviteter", "B3", false}, {"Aktiviteter", "E40", false}, {"Aktiviteter", "F500", false},
		{"Økonomi", "C2", true}, {"Økonomi", "C14", false}, {"Økonomi", "I14", true}, {"Økonomi", "E66", false}, {"Økonomi", "B66", true}, {"Økonomi", "E65", true},
		{"Tall", "G2", true}, {"Tall", "G3", false}, {"Tall", "D3", true}, {"Mål", "H3", false},
		{"Organisering", "B3", false}, {"Organisering", "A3", true}, {"Organisering", "B9", true}, {"Organisering", "B10", false},
	} {
		if got := locked(c.sheet, c.cell); got != c.locked {
			t.Errorf("%s!%s locked = %v, want %v", c.sheet, c.cell, got, c.locked)
		}
	}
	for _, sheet := range f.GetSheetList()[:8] {
		data, err := f.GetSheetProtection(sheet)
		if err != nil || !data.SelectUnlockedCells {
			t.Errorf("%s is not protected: %+v, %v", sheet, data, err)
		}
	}
	panes, err := f.GetPanes("Tall")
	if err != nil || !panes.Freeze || panes.YSplit != 2 {
		t.Errorf("Tall panes %+v, %v; want the header frozen", panes, err)
	}
}

// Excel refuses a file whose validation texts are longer than it allows.
func TestTemplateValidationTexts(t *testing.T) {
	f := open(t, template(t, sample()))
	n := 0
	for _, sheet := range f.GetSheetList() {
		dvs, err := f.GetDataValidations(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, dv := range dvs {
			n++
			for _, c := range []struct {
				s   *string
				max int
			}{{dv.ErrorTitle, 32}, {dv.Error, 225}, {dv.PromptTitle, 32}, {dv.Prompt, 255}} {
				if c.s != nil && utf8.RuneCountInString(*c.s) > c.max {
					t.Errorf("%s %s: %q is longer than %d", sheet, dv.Sqref, *c.s, c.max)
				}
			}
		}
	}
	if n < 12 {
		t.Errorf("%d data validations, want at least 12", n)
	}
}

func TestTemplateRejectsBadInput(t *testing.T) {
	in := sample()
	in.Program = ""
	in.Kommuner = append(in.Kommuner, TemplateKommune{Number: "56x0"})
	in.ReportPeriod = "2025K1"
	in.Goals = append(in.Goals, in.Goals[0])
	err := Template(&bytes.Buffer{}, in)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{msg.WBInNoProgram.F(), "«56x0»", "«2025K1»", "står to ganger"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

func TestGridPeriods(t *testing.T) {
	for _, c := range []struct {
		report string
		want   string
	}{
		{"2023H1", "2022H1 2022H2 2022 2023H1"},
		{"2023", "2022H1 2022H2 2022 2023H1 2023H2 2023"},
	} {
		in := sample()
		in.ReportPeriod = c.report
		rp, err := in.reportPeriod()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range GridPeriods(2022, rp) {
			got = append(got, p.String())
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: %v, want %s", c.report, got, c.want)
		}
	}
}

// LibreOffice opens the template and prints it: a fresh profile, headless
// conversion to PDF, and the text of the first pages checked.
func TestTemplateOpensInLibreOffice(t *testing.T) {
	soffice := clienttest.Need(t, "libreoffice-calc-nogui", "soffice", "libreoffice")
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	dir := t.TempDir()
	src := filepath.Join(dir, "mal.xlsx")
	if err := os.WriteFile(src, template(t, sample()), 0o644); err != nil {
		t.Fatal(err)
	}
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profil"))
	cmd := exec.Command(soffice, "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--convert-to", "pdf", "--outdir", dir, src)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "mal.pdf")
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("no PDF: %v\n%s", err, out)
	}
	if dst := os.Getenv("BOSO_KEEP_PDF"); dst != "" {
		data, _ := os.ReadFile(pdf)
		os.WriteFile(dst, data, 0o644)
	}
	text, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Arbeidsbok for års- og halvårsrapportering", "Kárášjohka", "Programnavn",
		"Hva skal vi gjøre konkret", "Overføring", "bostotte_mottakere", "Side 1 av"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the PDF does not show %q", want)
		}
	}
}

// A long programme name, goal or indicator name makes a workbook whose
// rows are no higher than Excel allows, with the name whole in its cell.
func TestTemplateLongTexts(t *testing.T) {
	in := sample()
	in.Program = strings.TrimSpace(strings.Repeat("Boligsosialt utviklingsprogram ", 200))
	in.Goals[0] = strings.TrimSpace(strings.Repeat("Bedre dekning av boligbehov ", 50))
	in.Indicators[0].Name = strings.TrimSpace(strings.Repeat("Husstander som mottar bostøtte ", 40))
	f, err := excelize.OpenReader(bytes.NewReader(template(t, in)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	found := false
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for i, r := range rows {
			if h, _ := f.GetRowHeight(sheet, i+1); h > 409 {
				t.Errorf("%s row %d: %v pt", sheet, i+1, h)
			}
			for _, c := range r {
				found = found || c == in.Program
			}
		}
	}
	if !found {
		t.Error("the programme's name is not whole in any cell")
	}
}
