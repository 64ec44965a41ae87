package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/indicators/num"
	"boso/reports/clienttest"
	"boso/reports/model"
	"boso/reports/model/modeltest"
	"boso/reports/xlsx/xlsxtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func writeSample(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteReport(&buf, modeltest.Sample()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Same report, same bytes: excelize ranges over maps when it writes
// charts, so a few writes are compared, not just two.
func TestReportIsByteIdentical(t *testing.T) {
	first := writeSample(t)
	for i := 0; i < 4; i++ {
		if !bytes.Equal(first, writeSample(t)) {
			t.Fatalf("write %d differs from the first", i+2)
		}
	}
}

// The golden workbook: go test ./reports/xlsx -run Golden -update.
func TestReportGolden(t *testing.T) {
	got := writeSample(t)
	path := filepath.Join("testdata", "sample.xlsx")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the workbook differs from %s; if the change is intended, run with -update and look at it", path)
	}
}

// Every form section, the steering page and the appendix get a sheet,
// with names Excel accepts; the activity plan, longer than a page, gets a
// sheet of its own, and the subsection after it the next, named after it.
func TestReportSheets(t *testing.T) {
	f := openBytes(t, writeSample(t))
	want := []string{"Forside", "1 Programinformasjon", "2 Programplan – status", "3 Aktivitetsplan", "3.1 Formidling av erfaringer og", "4 Økonomi",
		"5 Indikatorer", "Styringsgruppen", "Definisjoner", "Figurdata"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	if v, _ := f.GetSheetVisible("Figurdata"); v {
		t.Error("the chart data sheet is visible")
	}
	for _, s := range want {
		if len([]rune(s)) > 31 || strings.ContainsAny(s, `[]:*?/\`) {
			t.Errorf("sheet name %q is not valid in Excel", s)
		}
		hf, err := f.GetHeaderFooter(s)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(hf.OddHeader, "Kárášjohka – Karasjok kommune · 1. halvår 2025") ||
			!strings.Contains(hf.OddFooter, "Side &P av &N") || !strings.Contains(hf.OddFooter, "Eksempel – fiktive tall") {
			t.Errorf("%s: header %q, footer %q", s, hf.OddHeader, hf.OddFooter)
		}
		pl, err := f.GetPageLayout(s)
		if err != nil {
			t.Fatal(err)
		}
		if *pl.Size != 9 || pl.FitToWidth == nil || *pl.FitToWidth != 1 {
			t.Errorf("%s: page size %d, fit to width %v; want A4 (9), 1", s, *pl.Size, pl.FitToWidth)
		}
		if wantO := map[bool]string{true: "landscape", false: "portrait"}[strings.HasPrefix(s, "3")]; s != "Figurdata" && *pl.Orientation != wantO {
			t.Errorf("%s: orientation %s, want %s", s, *pl.Orientation, wantO)
		}
	}
	// only the long activity plan repeats its header on every page
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	if len(titles) != 1 || titles["3 Aktivitetsplan"] != "'3 Aktivitetsplan'!$5:$5" {
		t.Errorf("print titles %q, want the activity plan's header row 5 only", titles)
	}
	if h, _ := f.GetCellValue("3 Aktivitetsplan", "A5"); h != "Aktivitet" {
		t.Errorf("3 Aktivitetsplan!A5 is %q, want the activity plan's header", h)
	}
	// the contents list every section and subsection with its sheet
	wantTOC := [][2]string{{"1 Generell programinformasjon", "1 Programinformasjon"}, {"2 Rapportering på programplanen – status", "2 Programplan – status"},
		{"3 Rapportering på aktivitetsplan", "3 Aktivitetsplan"}, {"3.1 Formidling av erfaringer og gode eksempler", "3.1 Formidling av erfaringer og"},
		{"4 Rapportering på økonomi", "4 Økonomi"}, {"5 Indikatorer og måloppnåelse", "5 Indikatorer"}, {"Til styringsgruppen", "Styringsgruppen"},
		{"Vedlegg: Definisjoner", "Definisjoner"}}
	if got := contents(t, f); fmt.Sprint(got) != fmt.Sprint(wantTOC) {
		t.Errorf("contents %q, want %q", got, wantTOC)
	}
}

// contents reads the cover's contents: each line's heading and sheet. It
// checks that both cells link to the heading on that sheet, and that a
// subsection is indented.
func contents(t *testing.T, f *excelize.File) [][2]string {
	t.Helper()
	rows, err := f.GetRows("Forside")
	if err != nil {
		t.Fatal(err)
	}
	start := -1
	for i, row := range rows {
		if len(row) > 0 && row[0] == "Innhold" {
			start = i + 2 // below the heading and the columns' header
			if h := rows[i+1]; len(h) < 3 || h[0] != "Kapittel" || h[2] != "Ark" {
				t.Errorf("contents header %q, want Kapittel … Ark", h)
			}
		}
	}
	if start < 0 {
		t.Fatal("the cover has no contents")
	}
	var out [][2]string
	for i := start; i < len(rows); i++ {
		row := rows[i]
		if len(row) < 3 {
			t.Errorf("Forside row %d: %q, want a heading and its sheet", i+1, row)
			continue
		}
		out = append(out, [2]string{row[0], row[2]})
		for _, col := range []string{"A", "C"} {
			ok, link, _ := f.GetCellHyperLink("Forside", fmt.Sprintf("%s%d", col, i+1))
			sheet, cell, found := strings.Cut(link, "!")
			sheet = strings.ReplaceAll(strings.Trim(sheet, "'"), "''", "'")
			if !ok || !found || sheet != row[2] {
				t.Errorf("Forside!%s%d (%s) links to %q, want its sheet %q", col, i+1, row[0], link, row[2])
				continue
			}
			// the steering page's line is short for its heading
			if v, _ := f.GetCellValue(sheet, cell); v != row[0] && !strings.HasPrefix(v, row[0]+" – ") {
				t.Errorf("Forside!%s%d (%s) links to %s, which holds %q", col, i+1, row[0], link, v)
			}
		}
		id, _ := f.GetCellStyle("Forside", fmt.Sprintf("A%d", i+1))
		st, _ := f.GetStyle(id)
		sub := regexp.MustCompile(`^\d+\.\d+ `).MatchString(row[0])
		// an indent shows only in a left-aligned cell
		if indented := st != nil && st.Alignment != nil && st.Alignment.Indent > 0 && st.Alignment.Horizontal == "left"; indented != sub {
			t.Errorf("Forside row %d (%s): indented %v, want %v", i+1, row[0], indented, sub)
		}
	}
	return out
}

// The summary at the front and the appendix at the end, both unnumbered,
// get sheets of their own, named after them: the summary first after the
// cover, the definitions last (the summary once took the definitions'
// sheet and pushed them onto «Definisjoner (2)»).
func TestReportUnnumberedSections(t *testing.T) {
	r := modeltest.Sample()
	summary := model.Section{ID: "sammendrag", Title: "Sammendrag", Level: 1, Blocks: []model.Block{{Paragraph: &model.Paragraph{Text: "Et godt halvår."}}}}
	r.Sections = append([]model.Section{summary}, r.Sections...)
	var buf bytes.Buffer
	if err := WriteReport(&buf, r); err != nil {
		t.Fatal(err)
	}
	f := openBytes(t, buf.Bytes())
	sheets := f.GetSheetList()
	if len(sheets) < 3 || sheets[1] != "Sammendrag" || sheets[len(sheets)-2] != "Definisjoner" {
		t.Errorf("sheets %q, want Sammendrag after the cover and Definisjoner last but the hidden one", sheets)
	}
	for _, s := range sheets {
		if regexp.MustCompile(`\(\d+\)$`).MatchString(s) {
			t.Errorf("sheet %q looks like a copy", s)
		}
	}
	if v, _ := f.GetCellValue("Definisjoner", "A1"); v != "Vedlegg: Definisjoner" {
		t.Errorf("Definisjoner!A1 is %q, want the appendix's heading", v)
	}
	toc := contents(t, f)
	if len(toc) == 0 || toc[0] != [2]string{"Sammendrag", "Sammendrag"} || toc[len(toc)-1] != [2]string{"Vedlegg: Definisjoner", "Definisjoner"} {
		t.Errorf("contents %q, want Sammendrag first and the appendix last, each on its own sheet", toc)
	}
}

// Formula cells are real formulas mapped onto the cells where the table
// was placed, and carry boso's value as a numeric cached result, so that a
// reader that does not recalculate (Protected View, previews, openpyxl)
// shows the total; the workbook still asks for a full recalculation on
// load. Read from the saved XML, as such readers do.
func TestReportFormulas(t *testing.T) {
	data := writeSample(t)
	f := openBytes(t, data)
	r := modeltest.Sample()
	eco := findTableModel(t, r, "okonomi")
	parts := sheetParts(t, data)
	n := 0
	for _, sheet := range []string{"4 Økonomi", "Styringsgruppen"} {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		hits := findTable(rows, eco)
		if len(hits) != 1 {
			t.Fatalf("%s: table okonomi found %d times", sheet, len(hits))
		}
		header := hits[0] + 1 // 1-based row of the header
		cells := xmlCells(t, parts[sheet])
		for i, row := range eco.Rows {
			for j, c := range row.Cells {
				if c.Formula == nil {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(j+1, header+1+i)
				x, ok := cells[ref]
				if !ok || x.F == "" {
					t.Errorf("%s!%s: no formula in the XML", sheet, ref)
					continue
				}
				if want := wantFormula(c.Formula, header+1); x.F != want {
					t.Errorf("%s!%s: formula %q, want %q", sheet, ref, x.F, want)
				}
				if x.T != "" {
					t.Errorf("%s!%s: cached result typed %q; a number has no type", sheet, ref, x.T)
				}
				if v, err := strconv.ParseFloat(x.V, 64); err != nil || !near(v, c.Num.Float()) {
					t.Errorf("%s!%s: cached result %q, want boso's %v", sheet, ref, x.V, c.Num.Float())
				}
				n++
			}
		}
	}
	if n != 2*6 {
		t.Errorf("checked %d formula cells, want 12 (3 deviations and 3 totals, twice)", n)
	}
	all := 0
	for _, x := range parts {
		for _, c := range xmlCells(t, x) {
			if c.F != "" {
				all++
			}
		}
	}
	if all != n {
		t.Errorf("the workbook has %d formula cells, the model %d", all, n)
	}
	wb := zipFile(t, data, "xl/workbook.xml")
	if !strings.Contains(wb, `fullCalcOnLoad="true"`) {
		t.Error("the workbook does not ask to be recalculated on load")
	}
}

type xmlCell struct {
	R string `xml:"r,attr"`
	T string `xml:"t,attr"`
	F string `xml:"f"`
	V string `xml:"v"`
}

// xmlCells reads the cells of a worksheet part by reference.
func xmlCells(t *testing.T, part string) map[string]xmlCell {
	t.Helper()
	var ws struct {
		Rows []struct {
			Cells []xmlCell `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if err := xml.Unmarshal([]byte(part), &ws); err != nil {
		t.Fatal(err)
	}
	out := map[string]xmlCell{}
	for _, r := range ws.Rows {
		for _, c := range r.Cells {
			out[c.R] = c
		}
	}
	return out
}

// sheetParts returns each worksheet's XML by sheet name, following the
// workbook's relationships.
func sheetParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal([]byte(zipFile(t, data, "xl/workbook.xml")), &wb); err != nil {
		t.Fatal(err)
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal([]byte(zipFile(t, data, "xl/_rels/workbook.xml.rels")), &rels); err != nil {
		t.Fatal(err)
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		target[r.ID] = r.Target
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		out[s.Name] = zipFile(t, data, "xl/"+strings.TrimPrefix(target[s.RID], "/xl/"))
	}
	return out
}

// wantFormula writes the sample's formulas the way a person would: a
// range for a contiguous sum, a subtraction for a deviation.
func wantFormula(fm *model.Formula, first int) string {
	ref := func(r model.CellRef) string {
		c, _ := excelize.CoordinatesToCellName(r.Col+1, first+r.Row)
		return c
	}
	if fm.Op == model.Diff {
		a, b := ref(fm.Refs[0]), ref(fm.Refs[1])
		return `IF(COUNT(` + a + `,` + b + `)=0,"",N(` + a + `)-N(` + b + `))`
	}
	rng := ref(fm.Refs[0]) + ":" + ref(fm.Refs[len(fm.Refs)-1])
	return `IF(COUNT(` + rng + `)=0,"",SUM(` + rng + `))`
}

// Numbers are numbers, shown with a grouping format built from the
// model's decimals; percent columns carry a literal "%" (the value is
// already in per cent); marks are right-aligned text.
func TestReportNumberCells(t *testing.T) {
	f := openBytes(t, writeSample(t))
	rows, err := f.GetRows("5 Indikatorer", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	tab := findTableModel(t, modeltest.Sample(), "tab-startlan")
	hits := findTable(rows, tab)
	if len(hits) != 1 {
		t.Fatalf("table tab-startlan found %d times", len(hits))
	}
	first := hits[0] + 2
	check := func(sheet, cell string, typ excelize.CellType, numFmt, align string) {
		t.Helper()
		got, err := f.GetCellType(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		if got != typ && !(typ == excelize.CellTypeNumber && got == excelize.CellTypeUnset) {
			t.Errorf("%s!%s: type %v, want %v", sheet, cell, got, typ)
		}
		id, _ := f.GetCellStyle(sheet, cell)
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if numFmt != "" && (st.CustomNumFmt == nil || *st.CustomNumFmt != numFmt) {
			t.Errorf("%s!%s: number format %v, want %q", sheet, cell, st.CustomNumFmt, numFmt)
		}
		if st.Alignment == nil || st.Alignment.Horizontal != align {
			t.Errorf("%s!%s: alignment %+v, want %q", sheet, cell, st.Alignment, align)
		}
	}
	check("5 Indikatorer", fmt.Sprintf("B%d", first), excelize.CellTypeNumber, "#,##0", "right")
	check("5 Indikatorer", fmt.Sprintf("D%d", first+2), excelize.CellTypeSharedString, "", "right") // ":"
	check("5 Indikatorer", fmt.Sprintf("C%d", first+9), excelize.CellTypeSharedString, "", "right") // ".."
	check("3 Aktivitetsplan", "E7", excelize.CellTypeNumber, `#,##0" %"`, "right")
	if got := numberFormat(model.AmountColumn, model.Cell{Decimals: 2}); got != "#,##0.00" {
		t.Errorf("two decimals: %q", got)
	}
	if got := numberFormat(model.PercentColumn, model.Cell{Decimals: 1, Text: "12,5 %"}); got != `#,##0.0" %"` {
		t.Errorf("percent with one decimal: %q", got)
	}
	// under a title that says «(%)» the other formats print the bare number
	if got := numberFormat(model.PercentColumn, model.Cell{Decimals: 1, Text: "69,7"}); got != `#,##0.0` {
		t.Errorf("percent under a (%%) title: %q", got)
	}
}

// Every model chart is a native chart whose series point at cells that
// hold exactly the series: the data table where a column matches, the
// hidden chart-data sheet otherwise.
func TestReportCharts(t *testing.T) {
	data := writeSample(t)
	f := openBytes(t, data)
	charts := sampleCharts(modeltest.Sample())
	parts := chartParts(t, data)
	if len(parts) != len(charts) {
		t.Fatalf("%d charts in the package, want %d", len(parts), len(charts))
	}
	byTitle := map[string]*model.Chart{}
	for _, c := range charts {
		byTitle[c.Title] = c
	}
	fromTable := 0
	for name, body := range parts {
		got := parseChart(t, body)
		c := byTitle[got.title]
		if c == nil {
			t.Errorf("%s: title %q is no model chart's", name, got.title)
			continue
		}
		delete(byTitle, got.title)
		if len(got.series) != len(c.Series) {
			t.Fatalf("%s: %d series, want %d", name, len(got.series), len(c.Series))
		}
		for i, s := range got.series {
			want := c.Series[i]
			if n := readRange(t, f, s[0]); len(n) != 1 || n[0] != want.Name {
				t.Errorf("%s series %d: name %s = %q, want %q", name, i, s[0], n, want.Name)
			}
			if cats := readRange(t, f, s[1]); strings.Join(cats, "|") != strings.Join(c.Categories, "|") {
				t.Errorf("%s series %d: categories %s = %q, want %q", name, i, s[1], cats, c.Categories)
			}
			vals := readRange(t, f, s[2])
			if len(vals) != len(want.Values) {
				t.Fatalf("%s series %d: %d values, want %d", name, i, len(vals), len(want.Values))
			}
			for k, p := range want.Values {
				if !p.Has {
					if vals[k] != "" {
						t.Errorf("%s series %q point %d: %q, want an empty cell (a gap)", name, want.Name, k, vals[k])
					}
					continue
				}
				if v, err := strconv.ParseFloat(vals[k], 64); err != nil || !near(v, p.Num.Float()) {
					t.Errorf("%s series %q point %d: %q, want %v", name, want.Name, k, vals[k], p.Num.Float())
				}
			}
			if !strings.HasPrefix(s[2], "'Figurdata'!") {
				fromTable++
			}
		}
		if c.Title == "Figur 5.1 Bruk av startlån" && got.series[0][2] != "'5 Indikatorer'!$B$6:$B$15" {
			t.Errorf("Søknader is drawn from %s, want the table's column '5 Indikatorer'!$B$6:$B$15", got.series[0][2])
		}
	}
	if fromTable != 1 {
		// only Søknader has a column of plain numbers under its own name
		t.Errorf("%d series drawn from a table, want 1", fromTable)
	}
	// the charts must not cover cells that hold anything
	for _, sheet := range f.GetSheetList() {
		pics, err := chartAnchors(t, data, f, sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range pics {
			for r := a.fromRow; r <= a.toRow; r++ {
				for c := a.fromCol; c <= a.toCol; c++ {
					cell, _ := excelize.CoordinatesToCellName(c, r)
					if v, _ := f.GetCellValue(sheet, cell); v != "" {
						t.Errorf("%s: a chart covers %s, which holds %q", sheet, cell, v)
					}
				}
			}
		}
	}
}

// LibreOffice opens the workbook, recalculates it and shows boso's
// figures: every cell of every table, the formulas' results compared as
// numbers with the model's; converting to xlsx and PDF succeeds.
//
// LibreOffice shows an xlsx file's cached results unless told to
// recalculate, so it runs with a profile that always recalculates, and the
// copy it exports as CSV has a wrong cached result in every formula cell:
// boso's figures can only come back if LibreOffice computed them itself.
func TestReportInLibreOffice(t *testing.T) {
	soffice := clienttest.Need(t, "libreoffice-calc-nogui", "soffice", "libreoffice")
	dir := t.TempDir()
	in := filepath.Join(dir, "sample.xlsx")
	data := writeSample(t)
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	wrong := filepath.Join(dir, "wrong", "sample.xlsx")
	if err := os.MkdirAll(filepath.Dir(wrong), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(wrong, wrongCachedResults(t, data), 0o644); err != nil {
		t.Fatal(err)
	}
	// one LibreOffice per conversion, each with its own fresh profile, in parallel
	conversions := map[string]string{
		"csv":  "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1",
		"pdf":  "pdf",
		"xlsx": "xlsx:Calc MS Excel 2007 XML",
	}
	outs := map[string]string{}
	errs := map[string]error{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for name, filter := range conversions {
		out := filepath.Join(dir, name)
		outs[name] = out
		wg.Add(1)
		src := in
		if name == "csv" {
			src = wrong
		}
		profile := clienttest.LibreOfficeProfile(t, filepath.Join(dir, "profile-"+name))
		go func() {
			defer wg.Done()
			cmd := exec.Command(soffice, profile, "--headless", "--norestore", "--convert-to", filter, "--outdir", out, src)
			b, err := cmd.CombinedOutput()
			if err != nil {
				err = fmt.Errorf("%w: %s", err, b)
			}
			mu.Lock()
			errs[name] = err
			mu.Unlock()
		}()
	}
	wg.Wait()

	t.Run("opens cleanly", func(t *testing.T) {
		for _, name := range []string{"xlsx", "pdf"} {
			if errs[name] != nil {
				t.Fatalf("converting to %s: %v", name, errs[name])
			}
			st, err := os.Stat(filepath.Join(outs[name], "sample."+name))
			if err != nil || st.Size() == 0 {
				t.Fatalf("LibreOffice wrote no %s: %v", name, err)
			}
		}
		// LibreOffice read the charts too: it writes them back
		saved, err := os.ReadFile(filepath.Join(outs["xlsx"], "sample.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		if n := len(chartParts(t, saved)); n != len(sampleCharts(modeltest.Sample())) {
			t.Errorf("LibreOffice's copy has %d charts, want %d", n, len(sampleCharts(modeltest.Sample())))
		}
	})

	t.Run("shows boso's figures", func(t *testing.T) {
		if errs["csv"] != nil {
			t.Fatalf("converting to csv: %v", errs["csv"])
		}
		sheets := readCSVs(t, outs["csv"])
		if len(sheets) != 10 {
			t.Fatalf("LibreOffice exported %d sheets, want 10", len(sheets))
		}
		r := modeltest.Sample()
		formulas := 0
		for _, tab := range sampleTables(r) {
			found := 0
			for _, name := range sortedKeys(sheets) {
				rows := sheets[name]
				for _, h := range findTable(rows, tab) {
					found++
					formulas += compareTable(t, name, rows, h, tab)
				}
			}
			if found == 0 {
				t.Errorf("table %q (%s) is on no sheet", tab.ID, tab.Caption)
			}
		}
		if formulas != 12 {
			t.Errorf("compared %d formula results, want 12", formulas)
		}
		// the other texts of the model are there too
		all := map[string]bool{}
		for _, rows := range sheets {
			for _, row := range rows {
				for _, c := range row {
					all[c] = true
				}
			}
		}
		for _, want := range sampleTexts(r) {
			if !all[want] {
				t.Errorf("no cell shows %q", want)
			}
		}
	})

	t.Run("prints headers and page numbers", func(t *testing.T) {
		if errs["pdf"] != nil {
			t.Fatalf("converting to pdf: %v", errs["pdf"])
		}
		pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
		out, err := exec.Command(pdftotext, "-layout", filepath.Join(outs["pdf"], "sample.pdf"), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := string(out)
		pages := strings.Count(text, "\f")
		for _, want := range []string{"Side 1 av ", fmt.Sprintf("Side %d av %d", pages, pages), "Kárášjohka – Karasjok kommune · 1. halvår 2025",
			"Eksempel – fiktive tall", "Máret Ŋuolla-Šiŧŧo Žáhkar", "Figur 5.1 Bruk av startlån", "Bostedsløse husstander"} {
			if !strings.Contains(text, want) {
				t.Errorf("the PDF has no %q", want)
			}
		}
		// the activity plan is long: its header is printed again on the next page
		if n := strings.Count(text, "Hva skal vi gjøre konkret?"); n < 2 {
			t.Errorf("the activity table's header is printed %d times, want it repeated on every page", n)
		}
		if n := xlsxtest.Printout(t, modeltest.Sample(), data, text); n == 0 {
			t.Error("no page continues a table; the sample's activity plan is longer than a page")
		}
	})
}

var cachedResult = regexp.MustCompile(`(<f>[^<]*</f><v>)[^<]*(</v>)`)

// wrongCachedResults is the workbook with 987654321 as every formula's
// cached result.
func wrongCachedResults(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	n := 0
	for _, zf := range zr.File {
		body := []byte(zipFile(t, data, zf.Name))
		if strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			n += len(cachedResult.FindAll(body, -1))
			body = cachedResult.ReplaceAll(body, []byte("${1}987654321${2}"))
		}
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no cached result to make wrong")
	}
	return buf.Bytes()
}

// compareTable checks the table tab whose header is rows[h] against the
// model: numbers as numbers, everything else as text. It returns how many
// formula results it compared.
func compareTable(t *testing.T, sheet string, rows [][]string, h int, tab *model.Table) int {
	t.Helper()
	formulas := 0
	for i, row := range tab.Rows {
		if h+1+i >= len(rows) {
			t.Errorf("%s: table %q ends after %d rows, want %d", sheet, tab.ID, i, len(tab.Rows))
			return formulas
		}
		got := rows[h+1+i]
		for j, c := range row.Cells {
			var g string
			if j < len(got) {
				g = got[j]
			}
			if !c.IsNum {
				if g != c.Text {
					t.Errorf("%s: table %q row %d column %d: %q, want %q", sheet, tab.ID, i+1, j+1, g, c.Text)
				}
				continue
			}
			v, err := strconv.ParseFloat(g, 64)
			if err != nil || !near(v, c.Num.Float()) {
				t.Errorf("%s: table %q row %d column %d: %q, want %v (shown as %q)", sheet, tab.ID, i+1, j+1, g, c.Num.Float(), c.Text)
			}
			if c.Formula != nil {
				formulas++
			}
		}
	}
	return formulas
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// findTable returns the indexes of the rows that hold tab's column titles
// from the first column on.
func findTable(rows [][]string, tab *model.Table) []int {
	var out []int
	for i, row := range rows {
		if len(row) < len(tab.Columns) {
			continue
		}
		ok := true
		for j, c := range tab.Columns {
			if row[j] != c.Title {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	return out
}

func sampleTables(r *model.Report) []*model.Table {
	var out []*model.Table
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			if b.Table != nil {
				out = append(out, b.Table)
			}
		}
	}
	seen := map[*model.Table]bool{}
	for _, tab := range out {
		seen[tab] = true
	}
	for _, tab := range []*model.Table{r.Steering.Targets, r.Steering.Deviations, r.Steering.Budget} {
		if tab != nil && !seen[tab] { // the sample's budget is section 4's table
			out = append(out, tab)
		}
	}
	return out
}

func findTableModel(t *testing.T, r *model.Report, id string) *model.Table {
	for _, tab := range sampleTables(r) {
		if tab.ID == id {
			return tab
		}
	}
	t.Fatalf("the sample has no table %q", id)
	return nil
}

func sampleCharts(r *model.Report) []*model.Chart {
	var out []*model.Chart
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			if b.Chart != nil {
				out = append(out, b.Chart)
			}
		}
	}
	return out
}

// sampleTexts is every text of the model outside tables that a reader must
// find in a cell of its own.
func sampleTexts(r *model.Report) []string {
	m := r.Meta
	out := []string{m.Title, m.Subtitle, m.Period, m.ReportDate, r.Steering.Title}
	out = append(out, m.Banners...)
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			switch {
			case b.Fields != nil:
				for _, f := range b.Fields.Rows {
					out = append(out, f.Label, f.Value)
				}
			case b.Paragraph != nil:
				out = append(out, b.Paragraph.Text)
				if b.Paragraph.Heading != "" {
					out = append(out, b.Paragraph.Heading)
				}
			case b.Note != nil:
				out = append(out, b.Note.Text)
			case b.Table != nil:
				out = append(out, b.Table.Caption)
				out = append(out, b.Table.Notes...)
			case b.Chart != nil:
				out = append(out, b.Chart.Source)
			}
		}
	}
	return out
}

func openBytes(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func zipFile(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no %s in the package", name)
	return ""
}

var chartPart = regexp.MustCompile(`^xl/charts/chart\d+\.xml$`)

// chartParts returns the chart parts of a package by name.
func chartParts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		if chartPart.MatchString(f.Name) {
			out[f.Name] = zipFile(t, data, f.Name)
		}
	}
	return out
}

type chartInfo struct {
	title  string
	series [][3]string // name, categories, values references
}

// parseChart reads a chart part's title and, per series, the references
// of its name, categories and values (the c:f elements in that order).
func parseChart(t *testing.T, body string) chartInfo {
	t.Helper()
	var info chartInfo
	d := xml.NewDecoder(strings.NewReader(body))
	var path []string
	var refs []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			path = append(path, e.Name.Local)
			if e.Name.Local == "ser" {
				refs = nil
			}
		case xml.EndElement:
			path = path[:len(path)-1]
			if e.Name.Local == "ser" {
				if len(refs) != 3 {
					t.Fatalf("a series has references %q, want name, categories and values", refs)
				}
				info.series = append(info.series, [3]string{refs[0], refs[1], refs[2]})
			}
		case xml.CharData:
			if len(path) == 0 {
				continue
			}
			switch leaf := path[len(path)-1]; {
			case leaf == "f":
				refs = append(refs, string(e))
			case leaf == "t" && len(path) >= 3 && path[1] == "chart" && path[2] == "title":
				info.title += string(e)
			}
		}
	}
	return info
}

// readRange reads the cells of a reference such as 'Sheet'!$B$6:$B$15.
func readRange(t *testing.T, f *excelize.File, ref string) []string {
	t.Helper()
	i := strings.LastIndex(ref, "!")
	sheet := strings.ReplaceAll(strings.Trim(ref[:i], "'"), "''", "'")
	cells := strings.Split(strings.ReplaceAll(ref[i+1:], "$", ""), ":")
	c1, r1, err := excelize.CellNameToCoordinates(cells[0])
	if err != nil {
		t.Fatal(err)
	}
	c2, r2 := c1, r1
	if len(cells) == 2 {
		if c2, r2, err = excelize.CellNameToCoordinates(cells[1]); err != nil {
			t.Fatal(err)
		}
	}
	var out []string
	for r := r1; r <= r2; r++ {
		for c := c1; c <= c2; c++ {
			cell, _ := excelize.CoordinatesToCellName(c, r)
			v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
	}
	return out
}

type anchor struct{ fromCol, fromRow, toCol, toRow int }

// chartAnchors returns the cells each chart on sheet spans, from the
// sheet's drawing part.
func chartAnchors(t *testing.T, data []byte, f *excelize.File, sheet string) ([]anchor, error) {
	t.Helper()
	idx, err := f.GetSheetIndex(sheet)
	if err != nil {
		return nil, err
	}
	// sheetN.xml follows the sheet's position in this workbook (excelize
	// writes sheets in order and the test workbook has no deleted sheets)
	rels := fmt.Sprintf("xl/worksheets/_rels/sheet%d.xml.rels", idx+1)
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	has := false
	for _, zf := range zr.File {
		has = has || zf.Name == rels
	}
	if !has {
		return nil, nil
	}
	m := regexp.MustCompile(`Target="\.\./drawings/(drawing\d+\.xml)"`).FindStringSubmatch(zipFile(t, data, rels))
	if m == nil {
		return nil, nil
	}
	drawing := zipFile(t, data, "xl/drawings/"+m[1])
	re := regexp.MustCompile(`<xdr:from><xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>.*?</xdr:from><xdr:to><xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>`)
	var out []anchor
	for _, g := range re.FindAllStringSubmatch(drawing, -1) {
		n := make([]int, 4)
		for i := range n {
			n[i], _ = strconv.Atoi(g[i+1])
		}
		out = append(out, anchor{n[0] + 1, n[1] + 1, n[2] + 1, n[3] + 1})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: a drawing without anchors", sheet)
	}
	return out, nil
}

// readCSVs reads LibreOffice's one-file-per-sheet export: sample-Sheet.csv.
func readCSVs(t *testing.T, dir string) map[string][][]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][][]string{}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[strings.TrimSuffix(strings.TrimPrefix(filepath.Base(name), "sample-"), ".csv")] = rows
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Shapes the sample does not have: a section without a short sheet name,
// two sections with one number, a bar chart with a target line drawn
// from its table, a chart with no table, a sum of cells apart.
func TestReportOtherShapes(t *testing.T) {
	r := modeltest.Sample()
	n := func(v int64, dec int) model.Cell {
		d, _ := num.FromInt(v)
		return model.Cell{Text: strconv.FormatInt(v, 10), Num: d, IsNum: true, Decimals: dec}
	}
	tab := &model.Table{ID: "t6", Caption: "Tabell 6.1", Columns: []model.Column{
		{Title: "Periode", Kind: model.TextColumn, Width: 1.5}, {Title: "Andel", Kind: model.PercentColumn, Width: 1}, {Title: "Mål", Kind: model.NumberColumn, Width: 1}}}
	for i, y := range []string{"2023", "2024", "2025"} {
		row := model.Row{Cells: []model.Cell{{Text: y}, n(int64(10+i), 1), {}}}
		if i == 2 {
			row.Cells[2] = n(15, 0)
		}
		tab.Rows = append(tab.Rows, row)
	}
	sum := n(22, 1)
	sum.Formula = &model.Formula{Op: model.Sum, Refs: []model.CellRef{{Row: 0, Col: 1}, {Row: 2, Col: 1}}}
	// every data row of the column, the empty ones too
	goals := n(15, 0)
	goals.Formula = &model.Formula{Op: model.Sum, Refs: []model.CellRef{{Row: 0, Col: 2}, {Row: 1, Col: 2}, {Row: 2, Col: 2}}}
	tab.Rows = append(tab.Rows, model.Row{Kind: model.TotalRow, Cells: []model.Cell{{Text: "Sum"}, sum, goals}})
	pts := func(vs ...int64) []model.Point {
		var out []model.Point
		for _, v := range vs {
			if v < 0 {
				out = append(out, model.Point{Label: ""})
				continue
			}
			d, _ := num.FromInt(v)
			out = append(out, model.Point{Num: d, Has: true})
		}
		return out
	}
	cats := []string{"2023", "2024", "2025", "Sum"}
	bar := &model.Chart{ID: "c6", Title: "Figur 6.1", Kind: model.BarChart, YAxis: "prosent", Categories: cats, TableID: "t6",
		Series: []model.Series{{Name: "Andel", Values: pts(10, 11, 12, 22)}, {Name: "Mål", Target: true, Values: pts(-1, -1, 15, 15)}}}
	lone := &model.Chart{ID: "c7", Title: "Figur 6.2", Kind: model.LineChart, YAxis: "antall", Categories: []string{"a", "b"}, TableID: "nowhere",
		Series: []model.Series{{Name: "X", Values: pts(1, 2)}}}
	long := "Et kapittel med en svært lang tittel: [utkast] / versjon?"
	r.Sections = append(r.Sections,
		model.Section{ID: "s6", Number: "6", Title: long, Level: 1, Blocks: []model.Block{{Chart: bar}, {Table: tab}, {Chart: lone}}},
		model.Section{ID: "s6b", Number: "6", Title: long, Level: 1})
	var buf bytes.Buffer
	if err := WriteReport(&buf, r); err != nil {
		t.Fatal(err)
	}
	f := openBytes(t, buf.Bytes())
	sheets := f.GetSheetList()
	var six []string
	for _, s := range sheets {
		if strings.HasPrefix(s, "6 ") {
			six = append(six, s)
		}
	}
	if len(six) != 2 || six[0] != "6 Et kapittel med en svært lang" || six[1] != "6 Et kapittel med en svært (2)" {
		t.Errorf("sheets for section 6: %q", six)
	}
	rows, _ := f.GetRows(six[0])
	h := findTable(rows, tab)
	if len(h) != 1 {
		t.Fatalf("table t6 found %d times", len(h))
	}
	cell, _ := excelize.CoordinatesToCellName(2, h[0]+2+3)
	if fm, _ := f.GetCellFormula(six[0], cell); fm != fmt.Sprintf(`IF(COUNT(B%[1]d,B%[2]d)=0,"",SUM(B%[1]d,B%[2]d))`, h[0]+2, h[0]+4) {
		t.Errorf("sum of cells apart, a number between: %q", fm)
	}
	cell, _ = excelize.CoordinatesToCellName(3, h[0]+2+3)
	if fm, _ := f.GetCellFormula(six[0], cell); fm != fmt.Sprintf(`IF(COUNT(C%[1]d:C%[2]d)=0,"",SUM(C%[1]d:C%[2]d))`, h[0]+2, h[0]+4) {
		t.Errorf("sum of a column with empty cells: %q", fm)
	}
	parts := chartParts(t, buf.Bytes())
	if len(parts) != 4 {
		t.Fatalf("%d charts, want 4", len(parts))
	}
	for name, body := range parts {
		c := parseChart(t, body)
		switch c.title {
		case "Figur 6.1":
			if !strings.Contains(body, "<barChart>") || !strings.Contains(body, "<lineChart>") || !strings.Contains(body, `prstDash val="dash"`) {
				t.Errorf("%s: want bars with a dashed target line", name)
			}
			for i, s := range c.series {
				if !strings.HasPrefix(s[2], "'"+six[0]+"'!") {
					t.Errorf("%s series %d from %s, want its table", name, i, s[2])
				}
			}
		case "Figur 6.2":
			if !strings.HasPrefix(c.series[0][2], "'Figurdata'!") {
				t.Errorf("%s: a chart without a table drawn from %s", name, c.series[0][2])
			}
		}
	}
}

// A sum down one column covers the column from its first named row to its
// last, so a row added inside the range counts; sums along a row and
// differences name their cells.
func TestFormulaRanges(t *testing.T) {
	n := func(v int64) model.Cell {
		d, _ := num.FromInt(v)
		return model.Cell{Text: strconv.FormatInt(v, 10), Num: d, IsNum: true}
	}
	txt := func(s string) model.Cell { return model.Cell{Text: s} }
	tab := &model.Table{ID: "f", Columns: make([]model.Column, 6), Rows: []model.Row{
		{Cells: []model.Cell{txt("a"), n(10), n(1), {}, n(5), n(7)}},
		{Cells: []model.Cell{txt("b"), {}, n(2), txt(":"), n(6), n(8)}},
		{Cells: []model.Cell{txt("c"), n(30), n(3), n(4), n(7), n(9)}},
		{Kind: model.TotalRow, Cells: []model.Cell{txt("Sum")}},
	}}
	p := placement{t: tab, sheet: "5 Indikatorer", first: 7}
	other := &model.Table{ID: "g", Columns: make([]model.Column, 2), Rows: []model.Row{{Cells: []model.Cell{txt("x"), n(1)}}}}
	placed := map[string]placement{"g": {t: other, sheet: "4 Økonomi", first: 3}}
	ref := func(rc ...int) []model.CellRef {
		var out []model.CellRef
		for i := 0; i+1 < len(rc); i += 2 {
			out = append(out, model.CellRef{Row: rc[i], Col: rc[i+1]})
		}
		return out
	}
	for _, c := range []struct {
		name string
		op   model.FormulaOp
		refs []model.CellRef
		want string // "" for an error
	}{
		{"every row of the column, an empty cell among them", model.Sum, ref(0, 1, 1, 1, 2, 1), `IF(COUNT(B7:B9)=0,"",SUM(B7:B9))`},
		{"only the rows with a number, an empty cell between", model.Sum, ref(0, 1, 2, 1), `IF(COUNT(B7:B9)=0,"",SUM(B7:B9))`},
		{"a mark between", model.Sum, ref(0, 3, 2, 3), `IF(COUNT(D7:D9)=0,"",SUM(D7:D9))`},
		{"named out of order", model.Sum, ref(2, 1, 0, 1), `IF(COUNT(B7:B9)=0,"",SUM(B7:B9))`},
		{"one row", model.Sum, ref(2, 1), `IF(COUNT(B9)=0,"",SUM(B9))`},
		{"an unnamed number between is not added", model.Sum, ref(0, 2, 2, 2), `IF(COUNT(C7,C9)=0,"",SUM(C7,C9))`},
		{"along a row, columns apart", model.Sum, ref(0, 1, 0, 3, 0, 5), `IF(COUNT(B7,D7,F7)=0,"",SUM(B7,D7,F7))`},
		{"along a row, adjacent", model.Sum, ref(0, 4, 0, 5), `IF(COUNT(E7:F7)=0,"",SUM(E7:F7))`},
		{"a difference", model.Diff, ref(0, 5, 0, 4), `IF(COUNT(F7,E7)=0,"",N(F7)-N(E7))`},
		{"a difference with an empty cell: it counts as 0", model.Diff, ref(0, 5, 0, 3), `IF(COUNT(F7,D7)=0,"",N(F7)-N(D7))`},
		{"a difference with a mark", model.Diff, ref(1, 4, 1, 3), ""},
		{"a share", model.Share, ref(0, 2, 0, 1), `IF(N(B7)=0,"",ROUND(N(C7)/B7*100,1))`},
		{"a copy of another table's cell, on its own sheet", model.Ref, []model.CellRef{{Row: 0, Col: 1, Table: "g"}}, `IF(COUNT('4 Økonomi'!B3)=0,"",'4 Økonomi'!B3)`},
		{"a copy of a table not written", model.Ref, []model.CellRef{{Row: 0, Col: 1, Table: "h"}}, ""},
		{"a difference of three", model.Diff, ref(0, 5, 0, 4, 0, 1), ""},
		{"outside the table", model.Sum, ref(0, 1, 4, 1), ""},
		{"a sum of nothing", model.Sum, nil, ""},
		{"an unknown operation", "product", ref(0, 1), ""},
	} {
		got, err := formula(&model.Formula{Op: c.op, Refs: c.refs}, p, placed)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("%s: %q, want an error", c.name, got)
		case c.want != "" && (err != nil || got != c.want):
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

// The golden workbook's text projection, beside it so that a change reads
// as a diff: per sheet its print setup, its rows with their heights, texts
// (with where they link to), numbers and formulas, and where its charts are; then every chart's title,
// series and value axis. go test ./reports/xlsx -run Projection -update.
func TestReportProjection(t *testing.T) {
	got := projection(t, writeSample(t))
	path := filepath.Join("testdata", "sample.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("the workbook's projection differs from %s; if the change is intended, run with -update and read the diff", path)
	}
}

func projection(t *testing.T, data []byte) string {
	t.Helper()
	f := openBytes(t, data)
	parts := sheetParts(t, data)
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	var b strings.Builder
	for _, name := range f.GetSheetList() {
		ws := parseWorksheet(t, parts[name])
		visible, _ := f.GetSheetVisible(name)
		fmt.Fprintf(&b, "== %s", name)
		if !visible {
			b.WriteString(" (hidden)")
		}
		fmt.Fprintf(&b, "\npage: A4 (%s) %s, fit to width %s, margins side %v body %v header %v\n", ws.Setup.PaperSize, ws.Setup.Orientation,
			ws.Setup.FitToWidth, ws.Margins.Left, ws.Margins.Top, ws.Margins.Header)
		if v := titles[name]; v != "" {
			fmt.Fprintf(&b, "print titles: %s\n", v)
		}
		if ws.Pane != nil {
			fmt.Fprintf(&b, "pane: %s below row %v\n", ws.Pane.State, ws.Pane.YSplit)
		}
		if len(ws.Breaks) > 0 {
			var rows []string
			for _, br := range ws.Breaks {
				rows = append(rows, strconv.Itoa(br.ID+1))
			}
			fmt.Fprintf(&b, "page breaks before rows: %s\n", strings.Join(rows, ", "))
		}
		cols, _ := f.GetCols(name)
		var widths []string
		for j := range cols {
			c, _ := excelize.ColumnNumberToName(j + 1)
			w, _ := f.GetColWidth(name, c)
			widths = append(widths, fmt.Sprintf("%s %.4g", c, w))
		}
		fmt.Fprintf(&b, "columns: %s\n", strings.Join(widths, ", "))
		anchors, err := chartAnchors(t, data, f, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range anchors {
			from, _ := excelize.CoordinatesToCellName(a.fromCol, a.fromRow)
			to, _ := excelize.CoordinatesToCellName(a.toCol, a.toRow)
			fmt.Fprintf(&b, "chart: %s:%s\n", from, to)
		}
		cells := xmlCells(t, parts[name])
		rows, _ := f.GetRows(name, excelize.Options{RawCellValue: true})
		for i, row := range rows {
			var out []string
			for j, v := range row {
				ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
				if x := cells[ref]; x.F != "" {
					out = append(out, fmt.Sprintf("%s =%s [%s]", ref, x.F, x.V))
				} else if v != "" {
					out = append(out, fmt.Sprintf("%s %q", ref, v))
					if ok, link, _ := f.GetCellHyperLink(name, ref); ok {
						out[len(out)-1] += " → " + link
					}
				}
			}
			if len(out) == 0 {
				continue
			}
			h, _ := f.GetRowHeight(name, i+1)
			fmt.Fprintf(&b, "%d (%.4g): %s\n", i+1, h, strings.Join(out, " | "))
		}
		b.WriteString("\n")
	}
	charts := chartParts(t, data)
	for _, name := range sortedKeys(charts) {
		c := parseChart(t, charts[name])
		fmt.Fprintf(&b, "%s %q\n", name, c.title)
		for _, s := range c.series {
			fmt.Fprintf(&b, "  series %s: categories %s, values %s\n", s[0], s[1], s[2])
		}
		ax := valAx.FindString(charts[name])
		var title, numFmt, lo, hi, step string
		if m := axisTitle.FindStringSubmatch(ax); m != nil {
			title = m[1]
		}
		if m := axisFmt.FindStringSubmatch(ax); m != nil {
			numFmt = m[1]
		}
		if m := axisMinMax.FindStringSubmatch(ax); m != nil {
			lo, hi = m[2], m[1]
		}
		if m := axisUnit.FindStringSubmatch(ax); m != nil {
			step = m[1]
		}
		fmt.Fprintf(&b, "  value axis %q: %s to %s by %s, labels %s\n", title, lo, hi, step, numFmt)
	}
	return b.String()
}

// A formula whose result is empty (a deviation with no figures yet) is
// cached as empty text, not as a number: excelize stores a string as an
// index into the shared strings, which once came out as the cached result
// 0 of every such cell.
func TestReportEmptyFormulaResult(t *testing.T) {
	r := modeltest.Sample()
	n := func(v int64) model.Cell {
		d, _ := num.FromInt(v)
		return model.Cell{Text: strconv.FormatInt(v, 10), Num: d, IsNum: true}
	}
	empty := model.Cell{Formula: &model.Formula{Op: model.Diff, Refs: []model.CellRef{{Row: 0, Col: 1}, {Row: 0, Col: 2}}}}
	diff := n(5)
	diff.Formula = &model.Formula{Op: model.Diff, Refs: []model.CellRef{{Row: 1, Col: 1}, {Row: 1, Col: 2}}}
	tab := &model.Table{ID: "t6", Caption: "Tabell 6.1 Avvik", Columns: []model.Column{
		{Title: "Aktivitet", Kind: model.TextColumn, Width: 2}, {Title: "Budsjett", Kind: model.AmountColumn, Width: 1},
		{Title: "Regnskap", Kind: model.AmountColumn, Width: 1}, {Title: "Avvik", Kind: model.AmountColumn, Width: 1}},
		Rows: []model.Row{
			{Cells: []model.Cell{{Text: "Uten tall"}, {}, {}, empty}},
			{Cells: []model.Cell{{Text: "Med tall"}, n(15), n(10), diff}},
		}}
	r.Sections = append(r.Sections, model.Section{ID: "s6", Number: "6", Title: "Avvik", Level: 1, Blocks: []model.Block{{Table: tab}}})
	var buf bytes.Buffer
	if err := WriteReport(&buf, r); err != nil {
		t.Fatal(err)
	}
	part := sheetParts(t, buf.Bytes())["6 Avvik"]
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`<c r="D6" s="[0-9]+" t="str"><f>IF\(COUNT\(B6,C6\)=0,&#34;&#34;,N\(B6\)-N\(C6\)\)</f><v></v></c>`),
		regexp.MustCompile(`<c r="D7" s="[0-9]+"><f>IF\(COUNT\(B7,C7\)=0,&#34;&#34;,N\(B7\)-N\(C7\)\)</f><v>5</v></c>`),
	} {
		if !want.MatchString(part) {
			t.Errorf("no cell %s in\n%s", want, part)
		}
	}
}
