package pdf

import (
	"fmt"
	"strings"
	"testing"

	"boso/reports/clienttest"
	"boso/reports/model"
	"boso/reports/model/modeltest"
)

// A probe is one form section: filler lines that bring what follows near
// the foot of the page, then the heading under test and its content. Each
// form section starts a page, so the filler alone decides where the
// heading falls.
type probe struct {
	kind    string
	filler  int
	heading string // the heading as pdftotext shows it
	next    string // the first text after it, which must share its page
	last    string // a table's last row (its first cell), "" for no table
	notes   []string
}

// sweeps are the filler lengths tried per kind of probe. A body line is
// 4.9 mm and a page holds about 48 below a form section's heading, so
// each sweep moves the heading over the lower part of the page where it
// and the start of what follows may not fit together, in steps smaller
// than any block's start; a long table's end moves over the foot too.
var sweeps = []struct {
	kind     string
	from, to int
}{
	{"chart", 20, 48}, {"long-table", 24, 48}, {"short-table", 26, 48},
	{"lead-in", 38, 52}, {"paragraph", 38, 52}, {"fields", 38, 52}, {"text-lead-in", 38, 52},
}

func rowCells(name string, n int) []model.Cell {
	cells := []model.Cell{{Text: name}}
	for i := range n {
		cells = append(cells, model.Cell{Text: fmt.Sprint(10 + i)})
	}
	return cells
}

func probeTable(id string, rows int) *model.Table {
	t := &model.Table{ID: id, Caption: "Tabell " + id + " Husstander etter målgruppe",
		Columns: []model.Column{{Title: "Målgruppe", Kind: model.TextColumn, Width: 3},
			{Title: "1. halvår 2024", Kind: model.NumberColumn, Width: 1}, {Title: "1. halvår 2025", Kind: model.NumberColumn, Width: 1}},
		Notes: []string{"Tegn: .. = tall mangler, . = kan ikke beregnes, : = skjult av personvernhensyn, * = foreløpig tall.",
			"En husstand telles én gang i «I alt» selv om den er registrert i flere grupper; gruppene kan derfor til sammen bli flere enn «I alt»."}}
	for i := range rows - 1 {
		t.Rows = append(t.Rows, model.Row{Cells: rowCells(fmt.Sprintf("Gruppe %s-%d", id, i+1), 2)})
	}
	t.Rows = append(t.Rows, model.Row{Kind: model.TotalRow, Cells: rowCells("I alt "+id, 2)})
	return t
}

// keepReport is a report of probes of every kind of heading at every
// filler length.
func keepReport() (*model.Report, []probe) {
	r := modeltest.Sample()
	r.Sections = nil
	var probes []probe
	chart := func() *model.Chart {
		for _, s := range modeltest.Sample().Sections {
			for _, b := range s.Blocks {
				if b.Chart != nil {
					c := *b.Chart
					return &c
				}
			}
		}
		panic("the sample has no chart")
	}
	body := func(id string) string {
		var ls []string
		for i := range 6 {
			ls = append(ls, fmt.Sprintf("Linje %d i avsnitt %s om boligsosialt arbeid.", i+1, id))
		}
		return strings.Join(ls, "\n")
	}
	n := 0
	for _, sw := range sweeps {
		kind := sw.kind
		for k := sw.from; k <= sw.to; k++ {
			n++
			id := fmt.Sprint(n)
			var filler []string
			for i := range k {
				filler = append(filler, fmt.Sprintf("Fyll %d.", i+1))
			}
			// realistic numbers: "100.1" would not fit the number's room
			top := model.Section{ID: "p" + id, Number: "5", Title: "Prøve " + id, Level: 1,
				Blocks: []model.Block{{Paragraph: &model.Paragraph{Text: strings.Join(filler, "\n")}}}}
			sub := model.Section{ID: "p" + id + "-1", Number: "5.4", Title: "Delmål " + id + " med innhold", Level: 2}
			p := probe{kind: kind, filler: k, heading: sub.Number + " " + sub.Title}
			switch kind {
			case "chart":
				c := chart()
				c.Title = "Figur " + id + " Bruk av startlån"
				sub.Blocks = []model.Block{{Chart: c}}
				p.next = c.Title
			case "long-table", "short-table":
				rows := 40
				if kind == "short-table" {
					rows = 6
				}
				t := probeTable(id, rows)
				sub.Blocks = []model.Block{{Table: t}, {Note: &model.Note{Text: "Status: «mål nådd» når tallet er minst like godt som målet " + id + "."}}}
				p.next, p.last = t.Caption, t.Rows[len(t.Rows)-1].Cells[0].Text
				p.notes = append(t.Notes, sub.Blocks[1].Note.Text)
			case "lead-in":
				sub.Blocks = []model.Block{{Paragraph: &model.Paragraph{Heading: "Innledning " + id, Text: body(id)}}}
				p.next = "Linje 1 i avsnitt " + id
			case "paragraph":
				sub.Blocks = []model.Block{{Paragraph: &model.Paragraph{Text: body(id)}}}
				p.next = "Linje 1 i avsnitt " + id
			case "fields":
				sub.Blocks = []model.Block{{Fields: &model.Fields{ID: "f" + id, Rows: []model.Field{
					{Label: "Programleder " + id, Value: "Áilu Čoavddis-Đuođi"}, {Label: "Telefon", Value: "78 46 00 00"}}}}}
				p.next = "Programleder " + id
			case "text-lead-in":
				// a lead-in in running text, with no section heading above it
				top.Blocks = append(top.Blocks, model.Block{Paragraph: &model.Paragraph{Heading: "Godt eksempel " + id, Text: body(id)}})
				p.heading, p.next = "Godt eksempel "+id, "Linje 1 i avsnitt "+id
			}
			r.Sections = append(r.Sections, top)
			if kind != "text-lead-in" {
				r.Sections = append(r.Sections, sub)
			}
			probes = append(probes, p)
		}
	}
	return r, probes
}

// pageTexts is the text of every page of path (index 1 on), from one
// run of pdftotext: it ends each page with a form feed. Two pages are
// checked against a run for the page alone (-f N -l N).
func pageTexts(t *testing.T, tool, path string) []string {
	t.Helper()
	texts := append([]string{""}, strings.Split(run(t, tool, "-layout", path, "-"), "\f")...)
	texts = texts[:len(texts)-1] // after the last form feed
	if n := pages(t, path); len(texts)-1 != n {
		t.Fatalf("pdftotext gives %d pages, pdfinfo %d", len(texts)-1, n)
	}
	for _, p := range []int{1, len(texts) - 1} {
		if one := pageText(t, tool, path, p); strings.TrimRight(one, "\f") != texts[p] {
			t.Fatalf("page %d alone reads differently from page %d of the whole:\n%q\n%q", p, p, one, texts[p])
		}
	}
	return texts
}

// headings are the texts in r that lead into what follows them: section
// headings, lead-ins, table captions and chart titles, as pdftotext
// shows them (squashed).
func headings(r *model.Report) map[string]bool {
	hs := map[string]bool{}
	for _, s := range r.Sections {
		hs[squash(s.Number+" "+s.Title)] = true
		for _, b := range s.Blocks {
			switch {
			case b.Paragraph != nil && b.Paragraph.Heading != "":
				hs[squash(b.Paragraph.Heading)] = true
			case b.Table != nil && b.Table.Caption != "":
				hs[squash(b.Table.Caption)] = true
			case b.Chart != nil:
				hs[squash(b.Chart.Title)] = true
			}
		}
	}
	return hs
}

// contentLines are the non-empty lines of a page's text without the
// running header (the first) and the footer (the last), squashed.
func contentLines(page string) []string {
	var ls []string
	for _, l := range strings.Split(page, "\n") {
		if l = squash(l); l != "" {
			ls = append(ls, l)
		}
	}
	if len(ls) < 2 {
		return nil
	}
	return ls[1 : len(ls)-1]
}

// endsWithHeading returns the heading a page's text ends with, or "".
func endsWithHeading(page string, hs map[string]bool) string {
	ls := contentLines(page)
	if len(ls) > 0 && hs[ls[len(ls)-1]] {
		return ls[len(ls)-1]
	}
	return ""
}

// TestKeepWithNext puts every kind of heading at every height near the
// foot of a page and reads the pages back: no page ends with a heading,
// each heading shares its page with the start of what follows it, and a
// table's notes never stand alone at the top of a page.
func TestKeepWithNext(t *testing.T) {
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	r, probes := keepReport()
	path, _ := render(t, writeReport, r, "keep.pdf")
	hs := headings(r)
	texts := pageTexts(t, pdftotext, path)
	n := len(texts) - 1
	first := 0 // the first probe's page, after the contents
	for p := 1; p <= n && first == 0; p++ {
		if ls := contentLines(texts[p]); len(ls) > 0 && ls[0] == squash(r.Sections[0].Number+" "+r.Sections[0].Title) {
			first = p
		}
	}
	if first == 0 {
		t.Fatal("no page starts with the first probe")
	}
	for p := first; p <= n; p++ {
		if h := endsWithHeading(texts[p], hs); h != "" {
			t.Errorf("page %d ends with the heading %q", p, h)
		}
	}
	pageOf := func(s string, from int) int {
		for p := max(from, first); p <= n; p++ {
			if strings.Contains(squash(texts[p]), squash(s)) {
				return p
			}
		}
		return 0
	}
	for _, pr := range probes {
		hp := pageOf(pr.heading, 0)
		if hp == 0 {
			t.Errorf("%s, %d filler lines: %q is on no page", pr.kind, pr.filler, pr.heading)
			continue
		}
		if np := pageOf(pr.next, hp); np != hp {
			t.Errorf("%s, %d filler lines: %q is on page %d, the start of what follows (%q) on page %d", pr.kind, pr.filler, pr.heading, hp, pr.next, np)
		}
		if pr.last == "" {
			continue
		}
		// The last row shares its page with the first note, and every note
		// with the one before it.
		lp := pageOf(pr.last, hp)
		for _, note := range pr.notes {
			words := strings.Fields(note)
			start := strings.Join(words[:min(8, len(words))], " ")
			if np := pageOf(start, hp); np != lp {
				t.Errorf("%s, %d filler lines: the table ends on page %d, its note %q starts on page %d", pr.kind, pr.filler, lp, start, np)
			}
		}
	}
}
