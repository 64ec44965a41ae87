package xlsx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/indicators/num"
	"boso/reports/model"
	"boso/reports/model/modeltest"
	"boso/reports/xlsx/xlsxtest"
)

// layoutReport is a report shaped to test the printed layout: a section of
// six charts with their tables (more than fit on a page), a section that
// opens with a table longer than a page and goes on with text and another
// table, and a section with a wide table and a subsection of narrow ones.
func layoutReport() *model.Report {
	r := modeltest.Sample()
	r.Steering = model.Steering{}
	n := func(v int) model.Cell {
		d, _ := num.FromInt(int64(v))
		return model.Cell{Text: strconv.Itoa(v), Num: d, IsNum: true}
	}
	txt := func(s string) model.Cell { return model.Cell{Text: s} }
	years := []string{"2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "1. halvår 2025"}
	pair := func(k int) []model.Block {
		id := fmt.Sprintf("t6-%d", k)
		tab := &model.Table{ID: id, Caption: fmt.Sprintf("Tabell 6.%d Husstander i gruppe %d", k, k),
			Columns: []model.Column{{Title: "Periode", Kind: model.TextColumn, Width: 2}, {Title: "Søkere", Kind: model.NumberColumn, Width: 1}, {Title: "Tildelt", Kind: model.NumberColumn, Width: 1}},
			Notes:   []string{"Tegn: .. = tall mangler."}}
		a, b := model.Series{Name: "Søkere"}, model.Series{Name: "Tildelt"}
		for i, y := range years {
			va, vb := 40+k*3+i, 20+k+i%4
			tab.Rows = append(tab.Rows, model.Row{Cells: []model.Cell{txt(y), n(va), n(vb)}})
			a.Values = append(a.Values, model.Point{Num: n(va).Num, Has: true, Label: strconv.Itoa(va)})
			b.Values = append(b.Values, model.Point{Num: n(vb).Num, Has: true, Label: strconv.Itoa(vb)})
		}
		c := &model.Chart{ID: fmt.Sprintf("f6_%d", k), Title: fmt.Sprintf("Figur 6.%d Husstander i gruppe %d", k, k), Kind: model.LineChart,
			YAxis: "antall", Categories: years, TableID: id, Series: []model.Series{a, b}, Source: fmt.Sprintf("Kilde: register %d", k)}
		return []model.Block{{Chart: c}, {Table: tab}}
	}
	var six []model.Block
	for k := 1; k <= 6; k++ {
		six = append(six, pair(k)...)
	}
	long := &model.Table{ID: "t7", Caption: "Tabell 7.1 Alle tiltak",
		Columns: []model.Column{{Title: "Tiltak", Kind: model.TextColumn, Width: 3}, {Title: "Beskrivelse", Kind: model.TextColumn, Width: 4}, {Title: "Framdrift", Kind: model.PercentColumn, Width: 1}},
		Notes:   []string{"Framdrift i prosent av planen."}}
	for i := 1; i <= 70; i++ {
		long.Rows = append(long.Rows, model.Row{Cells: []model.Cell{txt(fmt.Sprintf("Tiltak nr. %d", i)), txt("Følge opp husstandene tett."), n(i % 101)}})
	}
	short := &model.Table{ID: "t7b", Caption: "Tabell 7.2 Ansvarlige",
		Columns: []model.Column{{Title: "Rolle", Kind: model.TextColumn, Width: 2}, {Title: "Navn", Kind: model.TextColumn, Width: 3}},
		Rows:    []model.Row{{Cells: []model.Cell{txt("Leder"), txt("Áilu Čoavddis")}}}}
	wide := &model.Table{ID: "t8", Caption: "Tabell 8.1 Budsjett per kilde"}
	for j := 0; j < 12; j++ {
		wide.Columns = append(wide.Columns, model.Column{Title: fmt.Sprintf("Kilde %d", j+1), Kind: model.AmountColumn, Width: 1.5})
	}
	wide.Rows = []model.Row{{Cells: make([]model.Cell, 12)}}
	for j := range wide.Rows[0].Cells {
		wide.Rows[0].Cells[j] = n(1000 * (j + 1))
	}
	narrow := pair(9)
	r.Sections = []model.Section{
		{ID: "s6", Number: "6", Title: "Mange figurer", Level: 1, Blocks: six},
		{ID: "s7", Number: "7", Title: "Lang tabell", Level: 1, Blocks: []model.Block{{Table: long}, {Note: &model.Note{Text: "Tiltakene er fra programplanen."}}}},
		{ID: "s7-1", Number: "7.1", Title: "Etter tabellen", Level: 2, Blocks: []model.Block{
			{Paragraph: &model.Paragraph{Text: "Tekst som hører til etter den lange tabellen."}}, {Table: short}}},
		{ID: "s8", Number: "8", Title: "Brede og smale tabeller", Level: 1, Blocks: []model.Block{{Table: wide}}},
		{ID: "s8-1", Number: "8.1", Title: "Smale tabeller", Level: 2, Blocks: narrow},
	}
	return r
}

// The print setup a reader's spreadsheet gets: a long table on a sheet of
// its own with its header as the print title and frozen; no print titles
// and no frozen panes anywhere else; manual breaks only between a table
// with its chart and the next; one orientation per sheet.
func TestReportPrintSetup(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteReport(&buf, layoutReport()); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	f := openBytes(t, data)
	want := []string{"Forside", "6 Mange figurer", "7 Lang tabell", "7.1 Etter tabellen", "8 Brede og smale tabeller", "8.1 Smale tabeller"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	if v, _ := f.GetCellValue("7.1 Etter tabellen", "A1"); v != "7.1 Etter tabellen" {
		t.Errorf("the sheet after the long table is headed %q, want its section's heading", v)
	}
	titles := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles[dn.Scope] = dn.RefersTo
		}
	}
	longHeader := 5 // heading, banner, blank row, caption, header
	if h, _ := f.GetCellValue("7 Lang tabell", fmt.Sprintf("A%d", longHeader)); h != "Tiltak" {
		t.Fatalf("7 Lang tabell!A%d is %q, want the long table's header", longHeader, h)
	}
	if want := fmt.Sprintf("'7 Lang tabell'!$%d:$%d", longHeader, longHeader); titles["7 Lang tabell"] != want || len(titles) != 1 {
		t.Errorf("print titles %q, want only %s", titles, want)
	}
	parts := sheetParts(t, data)
	for _, name := range want {
		ws := parseWorksheet(t, parts[name])
		frozen := ws.Pane != nil && ws.Pane.State == "frozen"
		if name == "7 Lang tabell" {
			if !frozen || ws.Pane.YSplit != float64(longHeader) || ws.Pane.TopLeftCell != fmt.Sprintf("A%d", longHeader+1) {
				t.Errorf("%s: pane %+v, want frozen below the header row %d", name, ws.Pane, longHeader)
			}
		} else if ws.Pane != nil {
			t.Errorf("%s: pane %+v, want none", name, ws.Pane)
		}
		if ws.Setup.FitToWidth != "1" || ws.Setup.FitToHeight != "0" || ws.Setup.PaperSize != "9" || ws.SheetPr.PageSetUpPr.FitToPage != "true" {
			t.Errorf("%s: page setup %+v, fit to page %q; want A4 fitted to the width", name, ws.Setup, ws.SheetPr.PageSetUpPr.FitToPage)
		}
		if ws.Margins.Left != sideMargin || ws.Margins.Top != bodyMargin || ws.Margins.Header != headerMargin {
			t.Errorf("%s: margins %+v, want those the page plan assumes", name, ws.Margins)
		}
		wantO := "portrait"
		if name == "8 Brede og smale tabeller" {
			wantO = "landscape"
		}
		if ws.Setup.Orientation != wantO {
			t.Errorf("%s: %s, want %s", name, ws.Setup.Orientation, wantO)
		}
		// every manual break falls before a caption or a heading, never
		// inside a table or a chart
		for _, b := range ws.Breaks {
			v, _ := f.GetCellValue(name, fmt.Sprintf("A%d", b.ID+1))
			if !strings.HasPrefix(v, "Tabell ") && !strings.HasPrefix(v, "7.1 ") {
				t.Errorf("%s: a page break before row %d, which holds %q", name, b.ID+1, v)
			}
		}
		if name == "6 Mange figurer" && len(ws.Breaks) < 5 {
			t.Errorf("%s: %d page breaks; six tables with a chart each take six pages", name, len(ws.Breaks))
		}
		if name == "7 Lang tabell" && len(ws.Breaks) != 0 {
			t.Errorf("%s: %d manual breaks; the long table breaks where the spreadsheet breaks it", name, len(ws.Breaks))
		}
	}

	text := xlsxtest.PrintWithLibreOffice(t, data)
	if n := xlsxtest.Printout(t, layoutReport(), data, text); n == 0 {
		t.Error("no page continues the long table with its header")
	}
}

type worksheet struct {
	SheetPr struct {
		PageSetUpPr struct {
			FitToPage string `xml:"fitToPage,attr"`
		} `xml:"pageSetUpPr"`
	} `xml:"sheetPr"`
	Pane *struct {
		State       string  `xml:"state,attr"`
		YSplit      float64 `xml:"ySplit,attr"`
		TopLeftCell string  `xml:"topLeftCell,attr"`
	} `xml:"sheetViews>sheetView>pane"`
	Margins struct {
		Left   float64 `xml:"left,attr"`
		Top    float64 `xml:"top,attr"`
		Header float64 `xml:"header,attr"`
	} `xml:"pageMargins"`
	Setup struct {
		PaperSize   string `xml:"paperSize,attr"`
		Orientation string `xml:"orientation,attr"`
		FitToWidth  string `xml:"fitToWidth,attr"`
		FitToHeight string `xml:"fitToHeight,attr"`
	} `xml:"pageSetup"`
	Breaks []struct {
		ID  int  `xml:"id,attr"`
		Man bool `xml:"man,attr"`
	} `xml:"rowBreaks>brk"`
}

func parseWorksheet(t *testing.T, part string) worksheet {
	t.Helper()
	var ws worksheet
	if err := xml.Unmarshal([]byte(part), &ws); err != nil {
		t.Fatal(err)
	}
	return ws
}

// The page plan: a heading stays with what follows it, a block that does
// not fit below what a page holds starts the next, one taller than a page
// breaks between its rows.
func TestPaginate(t *testing.T) {
	h := func(from, to int) float64 { return float64(to-from+1) * 10 } // rows of 10 pt
	for _, c := range []struct {
		name  string
		units []unit
		want  []int
	}{
		{"all fit", []unit{{first: 1, last: 3}, {first: 5, last: 8}}, nil},
		{"the second starts a page", []unit{{first: 1, last: 6}, {first: 8, last: 12}}, []int{8}},
		{"a heading goes with it", []unit{{first: 1, last: 7}, {first: 8, last: 8, glue: true}, {first: 9, last: 11}}, []int{8}},
		{"a table and its chart together", []unit{{first: 1, last: 5}, {first: 6, last: 8, group: 1}, {first: 9, last: 11, group: 1}}, []int{6}},
		{"a group taller than a page: each part", []unit{{first: 1, last: 6, group: 1}, {first: 7, last: 12, group: 1}}, []int{7}},
		{"a unit taller than a page: between its rows", []unit{{first: 1, last: 2}, {first: 3, last: 20}}, []int{11}},
		{"never an empty page", []unit{{first: 1, last: 30}}, []int{11, 21}},
	} {
		got := paginate(c.units, h, 100)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: breaks %v, want %v", c.name, got, c.want)
		}
	}
}

// A table's planned height is the height its rows are written with.
func TestTableHeights(t *testing.T) {
	r := layoutReport()
	r.Sections = append(r.Sections, modeltest.Sample().Sections...)
	var buf bytes.Buffer
	if err := WriteReport(&buf, r); err != nil {
		t.Fatal(err)
	}
	f := openBytes(t, buf.Bytes())
	for _, p := range (&book{meta: &r.Meta, names: map[string]bool{}}).parts(r) {
		for _, secs := range orientationGroups(p.secs) {
			lay := newLayout(secs, len(r.Meta.Banners), nil)
			for _, sec := range secs {
				for _, bl := range sec.Blocks {
					tab := bl.Table
					if tab == nil {
						continue
					}
					want := tableHeights(tab, lay.widths)
					sheet, row := findCaption(t, f, tab.Caption)
					for i, h := range want {
						got, err := f.GetRowHeight(sheet, row+i)
						if err != nil {
							t.Fatal(err)
						}
						if got != h {
							t.Errorf("%s row %d: height %v, planned %v", tab.ID, i, got, h)
						}
					}
				}
			}
		}
	}
}

func findCaption(t *testing.T, f *excelize.File, caption string) (string, int) {
	t.Helper()
	for _, s := range f.GetSheetList() {
		rows, _ := f.GetRows(s)
		for i, row := range rows {
			if len(row) > 0 && row[0] == caption {
				return s, i + 1
			}
		}
	}
	t.Fatalf("no sheet has %q", caption)
	return "", 0
}

// A sheet that goes on with a section after a long table is named after
// that section and «forts.», numbered from the second on and cut to fit
// Excel's 31 characters; a sheet that starts with a subsection is named
// after it. The contents list each heading once, on the sheet it is on.
func TestContinuationSheetNames(t *testing.T) {
	r := modeltest.Sample()
	r.Steering = model.Steering{}
	long := func(id string) *model.Table {
		tab := &model.Table{ID: id, Caption: "Tabell " + id,
			Columns: []model.Column{{Title: "Tiltak", Kind: model.TextColumn, Width: 3}, {Title: "Beskrivelse", Kind: model.TextColumn, Width: 4}}}
		for i := 1; i <= 70; i++ {
			tab.Rows = append(tab.Rows, model.Row{Cells: []model.Cell{{Text: fmt.Sprintf("Tiltak nr. %d", i)}, {Text: "Følge opp husstandene tett."}}})
		}
		return tab
	}
	short := &model.Table{ID: "kort", Caption: "Tabell kort", Columns: []model.Column{{Title: "Rolle", Kind: model.TextColumn, Width: 2}},
		Rows: []model.Row{{Cells: []model.Cell{{Text: "Leder"}}}}}
	text := model.Block{Paragraph: &model.Paragraph{Text: "Tekst etter tabellene."}}
	r.Sections = []model.Section{
		{ID: "s7", Number: "7", Title: "Lang tabell", Level: 1, Blocks: []model.Block{{Table: long("7.1")}, {Table: long("7.2")}, text}},
		{ID: "s7-1", Number: "7.1", Title: "Etter tabellen", Level: 2, Blocks: []model.Block{{Table: long("7.3")}, {Table: short}}},
		{ID: "s9", Number: "9", Title: "Et kapittel med en svært lang tittel", Level: 1, Blocks: []model.Block{{Table: long("9.1")}, text}},
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, r); err != nil {
		t.Fatal(err)
	}
	f := openBytes(t, buf.Bytes())
	want := []string{"Forside", "7 Lang tabell", "7 Lang tabell, forts.", "7 Lang tabell, forts. 2", "7.1 Etter tabellen, forts.",
		"9 Et kapittel med en svært lang", "9 Et kapittel med en, forts."}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sheets %q, want %q", got, want)
	}
	if v, _ := f.GetCellValue("7 Lang tabell, forts.", "A1"); v != "7 Lang tabell (forts.)" {
		t.Errorf("the sheet that goes on with section 7 is headed %q", v)
	}
	wantTOC := [][2]string{{"7 Lang tabell", "7 Lang tabell"}, {"7.1 Etter tabellen", "7 Lang tabell, forts. 2"},
		{"9 Et kapittel med en svært lang tittel", "9 Et kapittel med en svært lang"}}
	if got := contents(t, f); fmt.Sprint(got) != fmt.Sprint(wantTOC) {
		t.Errorf("contents %q, want %q", got, wantTOC)
	}
}
