package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"boso/reports/clienttest"
	"boso/reports/model/modeltest"
)

// A text too long for one row is split into pieces that each fit one row
// and one cell, at paragraphs and words, losing no word.
func TestSplitLines(t *testing.T) {
	sentence := "Vi lærte at tidlig kontakt og en fast kontaktperson gjør stor forskjell. "
	long := strings.Repeat("x", 40000)
	for _, c := range []struct {
		name string
		text string
	}{
		{"short", "Kort tekst."},
		{"one paragraph", strings.Repeat(sentence, 60)},
		{"paragraphs", strings.Repeat(strings.Repeat(sentence, 8)+"\n\n", 10)},
		{"lines", strings.Repeat("linje\n", 200)},
		{"long word", long},
		{"words and a long word", strings.Repeat(sentence, 5) + long + " " + strings.Repeat(sentence, 5)},
		{"over the cell limit", strings.Repeat("ord ", 10000)},
	} {
		for _, width := range []float64{8, 25, 60, 130} {
			n := maxLines(11)
			pieces := splitLines(c.text, width, false, n)
			whole := wrappedLines(c.text, width, false) <= n && utf8.RuneCountInString(c.text) <= maxCellChars
			if whole != (len(pieces) == 1 && pieces[0] == c.text) {
				t.Errorf("%s, width %v: %d pieces, whole %v", c.name, width, len(pieces), whole)
			}
			for i, p := range pieces {
				if lines := wrappedLines(p, width, false); linesHeight(lines, 11) > maxRowHeight {
					t.Errorf("%s, width %v, piece %d: %d lines, %v pt", c.name, width, i, lines, linesHeight(lines, 11))
				}
				if utf8.RuneCountInString(p) > maxCellChars {
					t.Errorf("%s, width %v, piece %d: %d characters", c.name, width, i, utf8.RuneCountInString(p))
				}
			}
			// every word is there in order; a word broken between
			// characters is there in its pieces
			got := strings.Join(strings.Fields(strings.Join(pieces, " ")), "")
			want := strings.Join(strings.Fields(c.text), "")
			if got != want {
				t.Errorf("%s, width %v: the pieces do not make the text again", c.name, width)
			}
		}
	}
}

// A report whose paragraph, field, table cell and note are far longer than
// one row holds is written within Excel's limits, and LibreOffice reads
// every word of them back; formulas of a table whose row went on in the
// rows below still add the right cells.
func TestReportLongTextRows(t *testing.T) {
	r := modeltest.Sample()
	words := func(prefix string, n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(prefix + strconv.Itoa(i) + " ")
			if i%80 == 79 {
				b.WriteString("\n\n")
			}
		}
		return strings.TrimSpace(b.String())
	}
	texts := map[string]string{
		"paragraph": words("avsnitt", 900),
		"field":     words("felt", 500),
		"cell":      words("celle", 300),
		"note":      words("merknad", 400),
	}
	for si := range r.Sections {
		for bi := range r.Sections[si].Blocks {
			bl := &r.Sections[si].Blocks[bi]
			switch {
			case bl.Paragraph != nil && r.Sections[si].ID == "s3-1":
				bl.Paragraph.Text = texts["paragraph"]
			case bl.Fields != nil:
				bl.Fields.Rows[0].Value = texts["field"]
			case bl.Table != nil && bl.Table.ID == "okonomi":
				bl.Table.Rows[1].Cells[0].Text = texts["cell"]
				bl.Table.Notes = append(bl.Table.Notes, texts["note"])
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for i := range rows {
			if h, _ := f.GetRowHeight(sheet, i+1); h > maxRowHeight {
				t.Errorf("%s row %d: %v pt", sheet, i+1, h)
			}
		}
	}

	dir := t.TempDir()
	path := filepath.Join(dir, "long.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	sheets := clienttest.LibreOfficeCSV(t, path)
	var all strings.Builder
	for _, rows := range sheets {
		for _, row := range rows {
			all.WriteString(strings.Join(row, " ") + " ")
		}
	}
	// the table cell's text goes on down its column, beside empty cells
	var column strings.Builder
	for _, row := range sheets["4 Økonomi"] {
		if len(row) > 0 {
			column.WriteString(row[0] + " ")
		}
	}
	for name, text := range texts {
		in := all.String()
		if name == "cell" {
			in = column.String()
		}
		got := " " + strings.Join(strings.Fields(in), " ") + " "
		if want := " " + strings.Join(strings.Fields(text), " ") + " "; !strings.Contains(got, want) {
			t.Errorf("the %s's text is not all there, in order", name)
		}
	}
	// the economy table's deviations and totals, recalculated
	eco := findTableModel(t, r, "okonomi")
	var total []string
	for _, row := range sheets["4 Økonomi"] {
		if len(row) > 3 && row[0] == "TOTALT" {
			total = row
		}
	}
	if total == nil {
		t.Fatal("no TOTALT row in 4 Økonomi")
	}
	last := eco.Rows[len(eco.Rows)-1]
	for c := 1; c <= 3; c++ {
		v, err := strconv.ParseFloat(strings.NewReplacer(",", "", "+", "").Replace(total[c]), 64)
		if err != nil || !near(v, last.Cells[c].Num.Float()) {
			t.Errorf("TOTALT column %d: LibreOffice %q, boso %v", c+1, total[c], last.Cells[c].Num.Float())
		}
	}
}
