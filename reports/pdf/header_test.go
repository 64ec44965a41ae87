package pdf

import (
	"fmt"
	"strings"
	"testing"

	"boso/reports/clienttest"
	"boso/reports/model"
	"boso/reports/model/modeltest"
)

// goalTable is a table shaped like the report's goal table (5.1): the
// builder's columns and relative widths, with rows of the given texts.
func goalTable(before, now string, rows [][]string) *model.Table {
	t := &model.Table{ID: "maloppnaelse", Caption: "Tabell 5.1 Måloppnåelse, " + now,
		Columns: []model.Column{
			{Title: "Indikator", Kind: model.TextColumn, Width: 3.2},
			{Title: "Utgangspunkt", Kind: model.NumberColumn, Width: 1.3},
			{Title: before, Kind: model.NumberColumn, Width: 1.1},
			{Title: now, Kind: model.NumberColumn, Width: 1.1},
			{Title: "Endring", Kind: model.NumberColumn, Width: 1},
			{Title: "Mål", Kind: model.NumberColumn, Width: 1.3},
			{Title: "Avvik fra mål", Kind: model.NumberColumn, Width: 1},
			{Title: "Status", Kind: model.StatusColumn, Width: 1.2},
		}}
	for _, r := range rows {
		var cells []model.Cell
		for _, s := range r {
			cells = append(cells, model.Cell{Text: s})
		}
		t.Rows = append(t.Rows, model.Row{Cells: cells})
	}
	return t
}

// goalTables are goal tables of half-year and annual reports with the
// figures that make their number columns narrow or wide.
func goalTables() map[string]*model.Table {
	small := [][]string{
		{"Bostedsløse husstander", "54 (2016)", "30", "29", "−1", "25 (2025)", "+4", "ikke i rute"},
		{"Husstander i midlertidig botilbud i mer enn 3 måneder", "6 (2016)", ":", "0", "", "2 (2025)", "−2", "mål nådd"},
		{"Innvilgelsesandel, startlån (%)", "", "72,0", "75,8", "+3,8", "", "", "ikke vurdert"},
	}
	// an amount row with its amounts hidden but a wide target: the
	// target column takes room from the others
	wideChange := append(append([][]string(nil), small...),
		[]string{"Innvilget beløp, startlån (kr)", "", ":", ":", "", "150 000 000 (2025)", "", "ikke vurdert"})
	amounts := append(append([][]string(nil), small...),
		[]string{"Innvilget beløp, startlån (kr)", "", "135 885 000", "170 985 000", "+35 100 000", "", "", "ikke vurdert"})
	// ten half-years side by side: too many to widen, so the header's
	// type is made smaller instead
	series := &model.Table{ID: "serie", Caption: "Tabell 5.9 Ti halvår",
		Columns: []model.Column{{Title: "År", Kind: model.TextColumn, Width: 0.2}}}
	row := model.Row{Cells: []model.Cell{{Text: "x"}}}
	for y := 2016; y <= 2025; y++ {
		series.Columns = append(series.Columns, model.Column{Title: fmt.Sprintf("1. halvår %d", y), Kind: model.NumberColumn, Width: 1})
		row.Cells = append(row.Cells, model.Cell{Text: "12"})
	}
	series.Rows = []model.Row{row}
	return map[string]*model.Table{
		"ten half-years":        series,
		"half-year":             goalTable("1. halvår 2024", "1. halvår 2025", small),
		"half-year wide change": goalTable("1. halvår 2024", "1. halvår 2025", wideChange),
		"half-year amounts":     goalTable("1. halvår 2024", "1. halvår 2025", amounts),
		"annual":                goalTable("2024", "2025", small),
		"annual wide change":    goalTable("2024", "2025", wideChange),
		"annual amounts":        goalTable("2024", "2025", amounts),
	}
}

// TestHeaderTwoLines lays out goal tables whose number columns the
// model makes narrow: every number column's title («1. halvår 2024»,
// «Avvik fra mål») takes at most two lines, and a period is never
// broken inside «1. halvår».
func TestHeaderTwoLines(t *testing.T) {
	d, err := newDoc(modeltest.Sample())
	if err != nil {
		t.Fatal(err)
	}
	for name, tab := range goalTables() {
		l := d.layoutTable(tab)
		for i, c := range tab.Columns {
			ls := l.header.cells[i]
			if numeric(c.Kind) && len(ls) > 2 {
				t.Errorf("%s: the title %q takes %d lines %q in %.1f mm", name, c.Title, len(ls), ls, l.w[i])
			}
			for _, line := range ls {
				if line == "1." {
					t.Errorf("%s: the title %q is broken after «1.»: %q", name, c.Title, ls)
				}
			}
		}
		if l.headSize < l.size-1 {
			t.Errorf("%s: header type %.1f pt under rows of %.1f pt; want at most a point smaller", name, l.headSize, l.size)
		}
		if small := l.headSize < l.size; small != (name == "ten half-years") {
			t.Errorf("%s: header type %.1f pt, rows %.1f pt; want it smaller only where widening cannot help", name, l.headSize, l.size)
		}
	}
}

// TestHeaderTwoLinesRendered reads the goal tables back with pdftotext:
// the period titles' first line «1. halvår» is there whole.
func TestHeaderTwoLinesRendered(t *testing.T) {
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	r := modeltest.Sample()
	s := model.Section{ID: "s5", Number: "5", Title: "Indikatorer og måloppnåelse", Level: 1}
	for _, name := range []string{"half-year", "half-year wide change", "half-year amounts"} {
		s.Blocks = append(s.Blocks, model.Block{Table: goalTables()[name]})
	}
	r.Sections = []model.Section{s}
	path, _ := render(t, writeReport, r, "goal.pdf")
	page := pageText(t, pdftotext, path, 3)
	var headers []string
	for _, l := range strings.Split(page, "\n") {
		if strings.Contains(l, "Utgangspunkt") {
			headers = append(headers, squash(l))
		}
	}
	if len(headers) != 3 {
		t.Fatalf("page 3 shows %d goal table headers, want 3:\n%s", len(headers), page)
	}
	for _, h := range headers {
		if strings.Count(h, "1. halvår") != 2 {
			t.Errorf("a header's first line is %q; want «1. halvår» twice, whole", h)
		}
	}
}
