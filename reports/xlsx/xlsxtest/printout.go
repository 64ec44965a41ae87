// Package xlsxtest checks a report workbook as a reader prints it: tests
// of the xlsx renderer and of the published report share it.
package xlsxtest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/reports/clienttest"
	"boso/reports/model"
)

// PrintWithLibreOffice prints a workbook to PDF with headless LibreOffice
// (a fresh profile that recalculates on load) and returns the PDF's text
// as pdftotext -layout extracts it, pages ending in form feeds.
func PrintWithLibreOffice(t testing.TB, xlsx []byte) string {
	t.Helper()
	soffice := clienttest.Need(t, "libreoffice-calc-nogui", "soffice", "libreoffice")
	dir := t.TempDir()
	in := filepath.Join(dir, "report.xlsx")
	if err := os.WriteFile(in, xlsx, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, clienttest.LibreOfficeProfile(t, filepath.Join(dir, "profile")), "--headless", "--norestore",
		"--convert-to", "pdf", "--outdir", dir, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice could not print the workbook: %v\n%s", err, b)
	}
	return clienttest.PDFText(t, filepath.Join(dir, "report.pdf"))
}

// Printout checks the printed pages of the workbook xlsx of report r, as
// PrintWithLibreOffice returns them:
//
//   - every page starts with something that begins on a page of its own
//     accord: a sheet's heading, a section heading, a table's caption, a
//     chart's title, a paragraph, a note, fields — or, on a page that
//     continues a table, that table's header (its print title), and only
//     the header of the table last begun;
//   - every chart's title and, below it, its source stand on one page, so
//     no chart is split by a page break.
//
// It returns the number of pages that continue a table.
func Printout(t testing.TB, r *model.Report, xlsx []byte, text string) int {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(xlsx))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	starts := map[string]bool{} // lines that begin a unit
	var prose []string          // texts whose first line begins a unit
	for _, name := range f.GetSheetList() {
		v, _ := f.GetCellValue(name, "A1")
		starts[norm(v)] = true
	}
	captions := map[string]*model.Table{}
	var charts []*model.Chart
	addTable := func(tab *model.Table) {
		if tab != nil && tab.Caption != "" {
			starts[norm(tab.Caption)] = true
			captions[norm(tab.Caption)] = tab
		}
	}
	for _, s := range r.Sections {
		starts[norm(strings.TrimSpace(s.Number+" "+s.Title))] = true
		for _, b := range s.Blocks {
			switch {
			case b.Table != nil:
				addTable(b.Table)
			case b.Chart != nil:
				charts = append(charts, b.Chart)
				prose = append(prose, b.Chart.Title)
			case b.Paragraph != nil:
				if b.Paragraph.Heading != "" {
					starts[norm(b.Paragraph.Heading)] = true
				}
				prose = append(prose, b.Paragraph.Text)
			case b.Note != nil:
				prose = append(prose, b.Note.Text)
			case b.Fields != nil:
				for _, fl := range b.Fields.Rows {
					prose = append(prose, fl.Label+" "+fl.Value)
				}
			}
		}
	}
	st := r.Steering
	for _, tab := range []*model.Table{st.Targets, st.Deviations, st.Budget} {
		addTable(tab)
	}
	for _, s := range st.Summary {
		prose = append(prose, s)
	}
	prose = append(prose, st.Notes...)

	pages := strings.Split(strings.TrimSuffix(text, "\f"), "\f")
	var current *model.Table // the table last begun
	continued := 0
	for i, page := range pages {
		lines := contentLines(page, r.Meta)
		if len(lines) == 0 {
			t.Errorf("page %d is empty", i+1)
			continue
		}
		first := lines[0]
		switch {
		case starts[first] || isProseStart(first, prose):
		case current != nil && isHeader(first, current):
			continued++
		default:
			t.Errorf("page %d starts inside something that is split across pages: %q", i+1, first)
		}
		for _, l := range lines {
			if tab, ok := captions[l]; ok {
				current = tab
			}
		}
	}
	for _, c := range charts {
		if c.Source == "" {
			continue
		}
		key := strings.Join(firstWords(c.Title, 3), " ")
		found := false
		for i, page := range pages {
			lines := contentLines(page, r.Meta)
			for k, l := range lines {
				if !strings.HasPrefix(l, key) {
					continue
				}
				found = true
				whole := false
				for _, below := range lines[k+1:] {
					if strings.HasPrefix(norm(c.Source), below) && len(below) > 10 {
						whole = true
						break
					}
				}
				if !whole {
					t.Errorf("page %d: chart %q is split: its source is not below it on the page", i+1, c.Title)
				}
			}
		}
		if !found {
			t.Errorf("no page shows chart %q", c.Title)
		}
	}
	return continued
}

// contentLines are a page's non-empty lines, whitespace collapsed, without
// the running header and the footer.
func contentLines(page string, m model.Meta) []string {
	var out []string
	for _, l := range strings.Split(page, "\n") {
		if l = norm(l); l != "" {
			out = append(out, l)
		}
	}
	if len(out) > 0 && strings.HasPrefix(out[0], norm(m.RunningHeader)) {
		// the running header, with the banners on its right
		rest := strings.TrimPrefix(out[0], norm(m.RunningHeader))
		for _, b := range m.Banners {
			rest = strings.ReplaceAll(rest, norm(b), "")
		}
		if rest = norm(strings.ReplaceAll(rest, "·", "")); rest != "" {
			out[0] = rest
		} else {
			out = out[1:]
		}
	}
	if len(out) > 0 && strings.HasPrefix(out[len(out)-1], norm(m.Title)) {
		out = out[:len(out)-1]
	}
	return out
}

// isHeader reports whether a line is the first line of tab's header row:
// the first word of every column title, in order.
func isHeader(line string, tab *model.Table) bool {
	rest := line
	for j, c := range tab.Columns {
		w := firstWords(c.Title, 1)
		if len(w) == 0 {
			continue
		}
		k := strings.Index(rest, w[0])
		if k < 0 || (j == 0 && k != 0) {
			return false
		}
		rest = rest[k+len(w[0]):]
	}
	return true
}

func isProseStart(line string, prose []string) bool {
	for _, p := range prose {
		if len(line) >= 10 && strings.HasPrefix(norm(p), line) {
			return true
		}
	}
	return false
}

func firstWords(s string, n int) []string {
	w := strings.Fields(s)
	return w[:min(n, len(w))]
}

func norm(s string) string {
	s = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
