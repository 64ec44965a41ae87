package trust

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/reports/build"
	"boso/reports/clienttest"
	rhtml "boso/reports/html"
	"boso/reports/model"
	"boso/reports/pdf"
	"boso/reports/pipeline"
	"boso/reports/xlsx"
	"boso/reports/xlsx/xlsxtest"
)

// exampleReport computes the shipped example and builds its report for p,
// with a filled form so that every section has tables and formulas.
func exampleReport(t *testing.T, p string) *model.Report { return exampleWith(t, p, nil) }

// exampleWith is exampleReport with the form changed by edit.
func exampleWith(t *testing.T, p string, edit func(*build.Form)) *model.Report {
	t.Helper()
	var l diag.List
	ctx := context.Background()
	run, err := pipeline.Load(ctx, pipeline.Config{Files: files.Dir("../../examples", false), Program: "../../examples/program.yaml", Date: period.MustDate(2025, 8, 20)}, &l)
	if err != nil {
		t.Fatal(err, l.String())
	}
	res, err := run.Compute(ctx, &l)
	if err != nil || l.Errors() > 0 {
		t.Fatal(err, l.String())
	}
	prog, in := run.Program, run.Input
	d := period.MustDate(2016, 1, 1)
	ninety := 90
	form := &build.Form{Programleder: "Áilu Čoavddis", Programstart: &d,
		Styringsgruppe: []build.Member{{Rolle: "Leder", Tittel: "Kommunedirektør", Virksomhet: "Hamar kommune"}},
		Aktiviteter:    []build.Activity{{Hovedmal: "Økt forebygging", Aktivitet: "Bo-oppfølging", Status: "v", Framdrift: &ninety, Avvik: "Forsinket", Begrunnelse: "Sykefravær"}},
		Okonomi: []build.EconomyRow{
			{Aktivitet: "Bo-oppfølging", Ar: 2025, Budsjett: [3]num.Dec{num.MustInt(250000), num.MustInt(100000), 0}, Regnskap: [3]num.Dec{num.MustInt(231500), num.MustInt(120250), num.MustInt(5000)}},
			{Aktivitet: "Kartlegging", Ar: 2025, Budsjett: [3]num.Dec{num.MustInt(50000), 0, num.MustInt(10000)}, Regnskap: [3]num.Dec{num.MustInt(12000), 0, 0}},
			{Aktivitet: "Kartlegging", Ar: 2024, Regnskap: [3]num.Dec{num.MustInt(40000), num.MustInt(5000), 0}},
		},
		Overforinger: map[int]num.Dec{2025: num.MustInt(28000)},
	}
	if edit != nil {
		edit(form)
	}
	r, err := build.Build(&build.Input{Program: prog, Set: in.Set, Figures: res.Figures, Kommune: "3403", Period: period.MustParse(p),
		ReportDate: period.MustDate(2025, 8, 20), Targets: build.TargetsOf(prog, in.Set, "3403"), Form: form})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

type writer func(io.Writer, *model.Report) error

var formats = map[string]writer{"xlsx": xlsx.WriteReport, "pdf": pdf.Write, "html": rhtml.Write}

func render(t *testing.T, r *model.Report, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := formats[format](&b, r); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

func tablesOf(r *model.Report) []*model.Table {
	var out []*model.Table
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			if b.Table != nil {
				out = append(out, b.Table)
			}
		}
	}
	return out
}

// withSteering is tablesOf with the steering page's tables.
func withSteering(r *model.Report) []*model.Table {
	out := tablesOf(r)
	for _, t := range []*model.Table{r.Steering.Targets, r.Steering.Deviations, r.Steering.Budget} {
		if t != nil {
			out = append(out, t)
		}
	}
	return out
}

// Same inputs, same bytes, in every format.
func TestReproducible(t *testing.T) {
	for _, p := range []string{"2025H1", "2024"} {
		a, b := exampleReport(t, p), exampleReport(t, p)
		for f := range formats {
			if !bytes.Equal(render(t, a, f), render(t, b, f)) {
				t.Errorf("%s %s: two runs differ", p, f)
			}
		}
	}
}

func normalize(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = strings.ReplaceAll(s, "\u202f", " ")
	return strings.Join(strings.Fields(s), " ")
}

// The HTML tables hold exactly the model's cells, row by row.
func TestHTMLShowsTheModel(t *testing.T) {
	r := exampleReport(t, "2025H1")
	doc, err := html.Parse(bytes.NewReader(render(t, r, "html")))
	if err != nil {
		t.Fatal(err)
	}
	byCaption := map[string][][]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "table" {
			var caption string
			var rows [][]string
			var inner func(m *html.Node)
			inner = func(m *html.Node) {
				if m.Type == html.ElementNode {
					switch m.Data {
					case "caption":
						caption = normalize(text(m))
						return
					case "tr":
						var row []string
						for c := m.FirstChild; c != nil; c = c.NextSibling {
							if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
								row = append(row, normalize(text(c)))
							}
						}
						rows = append(rows, row)
						return
					}
				}
				for c := m.FirstChild; c != nil; c = c.NextSibling {
					inner(c)
				}
			}
			inner(n)
			byCaption[caption] = rows
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, tab := range tablesOf(r) {
		rows, ok := byCaption[normalize(tab.Caption)]
		if !ok {
			t.Errorf("no HTML table with caption %q", tab.Caption)
			continue
		}
		if len(rows) != len(tab.Rows)+1 {
			t.Errorf("%s: %d HTML rows, want %d and a header", tab.Caption, len(rows), len(tab.Rows))
			continue
		}
		for i, row := range tab.Rows {
			for j, c := range row.Cells {
				if j >= len(rows[i+1]) {
					if c.Text != "" {
						t.Errorf("%s row %d: no cell %d (%q)", tab.Caption, i+1, j+1, c.Text)
					}
					continue
				}
				if got := rows[i+1][j]; got != normalize(c.Text) {
					t.Errorf("%s row %d col %d: HTML shows %q, model %q", tab.Caption, i+1, j+1, got, c.Text)
				}
			}
		}
	}
}

func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(text(c) + " ")
	}
	return b.String()
}

// The PDF text has every figure and every text of the model's tables.
func TestPDFShowsTheModel(t *testing.T) {
	r := exampleReport(t, "2025H1")
	path := filepath.Join(t.TempDir(), "r.pdf")
	os.WriteFile(path, render(t, r, "pdf"), 0o644)
	got := normalize(clienttest.PDFText(t, path))
	words := map[string]bool{}
	for _, w := range strings.Fields(got) {
		words[w] = true
	}
	for _, tab := range tablesOf(r) {
		for i, row := range tab.Rows {
			for j, c := range row.Cells {
				want := normalize(c.Text)
				if want == "" {
					continue
				}
				if c.IsNum {
					// numbers never wrap: the whole figure stands on one line
					if !strings.Contains(got, want) {
						t.Errorf("%s row %d col %d: the PDF has no %q", tab.Caption, i+1, j+1, want)
					}
					continue
				}
				for _, w := range strings.Fields(want) {
					if !words[w] && !strings.Contains(got, w) {
						t.Errorf("%s row %d col %d: the PDF has no %q (of %q)", tab.Caption, i+1, j+1, w, want)
					}
				}
			}
		}
	}
}

// The Excel file, opened and recalculated by LibreOffice, shows the
// model's figures, totals and deviations computed by LibreOffice itself.
func TestXLSXShowsTheModelAfterRecalculation(t *testing.T) {
	for _, p := range []string{"2025H1", "2024"} {
		t.Run(p, func(t *testing.T) { xlsxShowsTheModel(t, exampleReport(t, p)) })
	}
}

func xlsxShowsTheModel(t *testing.T, r *model.Report) {
	path := filepath.Join(t.TempDir(), "r.xlsx")
	os.WriteFile(path, render(t, r, "xlsx"), 0o644)
	sheets := clienttest.LibreOfficeCSV(t, path)
	formulas := 0
	for _, tab := range withSteering(r) {
		found := false
		for _, rows := range sheets {
			for h, row := range rows {
				// tables with the same columns (by målgruppe) are told apart by the caption above
				if !isHeader(row, tab) || h == 0 || len(rows[h-1]) == 0 || rows[h-1][0] != tab.Caption {
					continue
				}
				found = true
				for i, mrow := range tab.Rows {
					if h+1+i >= len(rows) {
						t.Errorf("%s: ends early", tab.Caption)
						break
					}
					got := rows[h+1+i]
					for j, c := range mrow.Cells {
						g := ""
						if j < len(got) {
							g = got[j]
						}
						if !c.IsNum {
							if g != c.Text {
								t.Errorf("%s row %d col %d: LibreOffice shows %q, model %q", tab.Caption, i+1, j+1, g, c.Text)
							}
							continue
						}
						v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(g), "*"), 64)
						if err != nil || math.Abs(v-c.Num.Float()) > 1e-9 {
							t.Errorf("%s row %d col %d: LibreOffice shows %q, model %s (%q)", tab.Caption, i+1, j+1, g, c.Num, c.Text)
						}
						if c.Formula != nil {
							formulas++
						}
					}
				}
				break
			}
			if found {
				break
			}
		}
		if !found {
			t.Errorf("table %q is on no sheet", tab.Caption)
		}
	}
	if formulas == 0 {
		t.Error("no formula compared: the test checks none of LibreOffice's arithmetic")
	}
}

func isHeader(row []string, tab *model.Table) bool {
	if len(row) < len(tab.Columns) {
		return false
	}
	for j, c := range tab.Columns {
		if row[j] != c.Title {
			return false
		}
	}
	return true
}

// The Excel file prints as a reader expects, in LibreOffice's PDF of it:
// no chart is split by a page break, every page that continues a table
// starts with that table's header, and no page shows another table's.
func TestXLSXPrintsTablesAndChartsWhole(t *testing.T) {
	for _, p := range []string{"2025H1", "2024"} {
		r := exampleReport(t, p)
		t.Run(p, func(t *testing.T) {
			t.Parallel()
			data := render(t, r, "xlsx")
			xlsxtest.Printout(t, r, data, xlsxtest.PrintWithLibreOffice(t, data))
		})
	}
}

// Totals are formulas over every row: accounts typed into an activity's
// empty cells later are counted by the row total, the column total, the
// deviations and the steering page, as LibreOffice recalculates them.
func TestXLSXCountsFiguresTypedInLater(t *testing.T) {
	r := exampleWith(t, "2025", func(f *build.Form) {
		f.Okonomi[1].NoRegnskap = [3]bool{true, true, true} // Kartlegging 2025: no accounts
	})
	eco := tableWithID(t, r, "okonomi")
	if c := eco.Rows[1].Cells[8]; c.Text != "" || c.Formula == nil {
		t.Fatalf("the activity without accounts has total %q, formula %v; want empty, with a formula", c.Text, c.Formula)
	}
	path := filepath.Join(t.TempDir(), "r.xlsx")
	os.WriteFile(path, render(t, r, "xlsx"), 0o644)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("4 Økonomi")
	at := -1
	for i, row := range rows {
		if len(row) > 0 && row[0] == eco.Caption {
			at = i + 2 // the caption, the header, then the data rows (0-based)
		}
	}
	if at < 0 {
		t.Fatal("table 4.1 is not on «4 Økonomi»")
	}
	// 1 000 kr of Husbanken's grant spent on Kartlegging after all (column C)
	cell := fmt.Sprintf("C%d", at+2)
	if err := f.SetCellValue("4 Økonomi", cell, 1000); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	sheets := clienttest.LibreOfficeCSV(t, path)
	got := sheets["4 Økonomi"]
	val := func(row, col int) float64 {
		v, err := strconv.ParseFloat(strings.TrimSpace(got[row][col]), 64)
		if err != nil {
			t.Fatalf("row %d col %d: %q is not a number", row+1, col+1, got[row][col])
		}
		return v
	}
	kart, total := at+1, at+len(eco.Rows)-1
	if v := val(kart, 8); v != 1000 {
		t.Errorf("Kartlegging's total accounts %v, want 1000", v)
	}
	if v, want := val(total, 8), eco.Rows[len(eco.Rows)-1].Cells[8].Num.Float()+1000; v != want {
		t.Errorf("total accounts %v, want %v", v, want)
	}
	if v, want := val(total, 2), eco.Rows[len(eco.Rows)-1].Cells[2].Num.Float()+1000; v != want {
		t.Errorf("Husbanken's total accounts %v, want %v", v, want)
	}
	// the programme overview's row for the year follows table 4.1 too
	ov := tableWithID(t, r, "okonomi-programperioden")
	var want float64
	for _, row := range ov.Rows {
		if strings.HasPrefix(row.Cells[0].Text, "2025") {
			want = row.Cells[1].Num.Float() + 1000
		}
	}
	followed := false
	for _, row := range got {
		if len(row) > 1 && strings.HasPrefix(row[0], "2025") {
			v, _ := strconv.ParseFloat(row[1], 64)
			followed = followed || v == want
		}
	}
	if !followed {
		t.Error("the programme overview's 2025 row did not follow table 4.1")
	}
	st := sheets["Styringsgruppen"]
	found := false
	for _, row := range st {
		if len(row) > 2 && row[0] == "TOTALT" {
			v, _ := strconv.ParseFloat(row[2], 64)
			found = found || v == eco.Rows[len(eco.Rows)-1].Cells[8].Num.Float()+1000
		}
	}
	if !found {
		t.Error("the steering page's total accounts did not follow section 4")
	}
}

func tableWithID(t *testing.T, r *model.Report, id string) *model.Table {
	t.Helper()
	for _, tab := range tablesOf(r) {
		if tab.ID == id {
			return tab
		}
	}
	t.Fatalf("no table %s", id)
	return nil
}
