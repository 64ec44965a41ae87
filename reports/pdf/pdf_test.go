package pdf

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"boso/reports/clienttest"
	"boso/reports/model"
	"boso/reports/model/modeltest"
	"boso/templates/msg"
)

var update = flag.Bool("update", false, "rewrite testdata/sample.pdf and testdata/steering.pdf and their text projections")

// render writes the report with write into a temporary file and returns
// its path and bytes.
func render(t *testing.T, write func(*bytes.Buffer, *model.Report) error, r *model.Report, name string) (string, []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b, r); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, b.Bytes()
}

func writeReport(b *bytes.Buffer, r *model.Report) error   { return Write(b, r) }
func writeSteering(b *bytes.Buffer, r *model.Report) error { return WriteSteering(b, r) }

// run runs a poppler tool and returns its standard output.
func run(t *testing.T, tool string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", tool, args, err)
	}
	return string(out)
}

// pageText is the text of one page of path, as pdftotext lays it out.
func pageText(t *testing.T, tool, path string, page int) string {
	t.Helper()
	p := strconv.Itoa(page)
	return run(t, tool, "-layout", "-f", p, "-l", p, path, "-")
}

func pages(t *testing.T, path string) int {
	t.Helper()
	info := run(t, clienttest.Need(t, "poppler-utils", "pdfinfo"), path)
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", info)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// squash makes pdftotext's layout comparable: runs of spaces (including
// no-break spaces) become one space.
func squash(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

func TestDeterministic(t *testing.T) {
	for name, write := range map[string]func(*bytes.Buffer, *model.Report) error{"report": writeReport, "steering": writeSteering} {
		t.Run(name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := write(&a, modeltest.Sample()); err != nil {
				t.Fatal(err)
			}
			for i := range 3 {
				b.Reset()
				if err := write(&b, modeltest.Sample()); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(a.Bytes(), b.Bytes()) {
					t.Fatalf("write %d differs from the first (%d vs %d bytes)", i+2, b.Len(), a.Len())
				}
			}
		})
	}
}

// TestConcurrentWrites writes the report and the steering page of the
// sample in several goroutines at once, as the output's staging does, and
// checks each against a write alone. (The race the documents once had on
// gofpdf's font bytes shows under go test -race in cmd/boso's report
// tests, which .ci/run runs so; not with this sample.)
func TestConcurrentWrites(t *testing.T) {
	writes := []func(*bytes.Buffer, *model.Report) error{writeReport, writeSteering}
	want := make([][]byte, len(writes))
	for i, write := range writes {
		var b bytes.Buffer
		if err := write(&b, modeltest.Sample()); err != nil {
			t.Fatal(err)
		}
		want[i] = b.Bytes()
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := writes[g%2](&b, modeltest.Sample()); err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(b.Bytes(), want[g%2]) {
				errs <- fmt.Errorf("goroutine %d: %d bytes, a write alone %d, or other bytes", g, b.Len(), len(want[g%2]))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestGolden keeps the sample's PDFs under version control, so a change
// in the output shows in review; go test ./reports/pdf -update rewrites
// them. Beside each is its text projection (testdata/*.txt: pdftotext's
// layout, page by page), which is what a reviewer reads in the diff.
func TestGolden(t *testing.T) {
	for _, g := range []struct {
		file  string
		write func(*bytes.Buffer, *model.Report) error
	}{{"sample.pdf", writeReport}, {"steering.pdf", writeSteering}} {
		t.Run(g.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := g.write(&b, modeltest.Sample()); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", g.file)
			txtPath := strings.TrimSuffix(path, ".pdf") + ".txt"
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(txtPath, []byte(projection(t, path)), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./reports/pdf -update)", err)
			}
			if bytes.Equal(b.Bytes(), want) {
				return
			}
			t.Errorf("%s differs from the output (%d vs %d bytes); look at the change, then go test ./reports/pdf -update", path, len(want), b.Len())
			wantTxt, err := os.ReadFile(txtPath)
			if err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), g.file)
			if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if got := projection(t, out); got != string(wantTxt) {
				t.Errorf("its text differs from %s:\n%s", txtPath, firstDiff(string(wantTxt), got))
			} else {
				t.Logf("its text is the same as %s: only drawing or layout changed", txtPath)
			}
		})
	}
}

// projection is the text of the PDF at path as pdftotext lays it out,
// each page under a line naming it, with no trailing spaces.
func projection(t *testing.T, path string) string {
	t.Helper()
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	var b strings.Builder
	for i, page := range strings.Split(strings.TrimSuffix(run(t, pdftotext, "-layout", path, "-"), "\f"), "\f") {
		fmt.Fprintf(&b, "=== side %d ===\n", i+1)
		for _, l := range strings.Split(strings.TrimRight(page, "\n"), "\n") {
			b.WriteString(strings.TrimRight(l, " \u00a0"))
			b.WriteString("\n")
		}
	}
	return b.String()
}

// firstDiff shows the first lines where a and b differ, with a little
// context.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	i := 0
	for i < len(al) && i < len(bl) && al[i] == bl[i] {
		i++
	}
	var out strings.Builder
	for j := max(0, i-2); j < i; j++ {
		fmt.Fprintf(&out, "  %s\n", al[j])
	}
	for j := i; j < min(i+4, len(al)); j++ {
		fmt.Fprintf(&out, "- %s\n", al[j])
	}
	for j := i; j < min(i+4, len(bl)); j++ {
		fmt.Fprintf(&out, "+ %s\n", bl[j])
	}
	return out.String()
}

func TestTextExtractable(t *testing.T) {
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	r := modeltest.Sample()
	path, _ := render(t, writeReport, r, "sample.pdf")
	text := squash(run(t, pdftotext, "-layout", path, "-"))
	n := pages(t, path)

	want := []string{
		r.Meta.Title, r.Meta.Subtitle, r.Meta.Kommune, r.Meta.Kommunenummer, r.Meta.Period, r.Meta.ReportDate,
		r.Meta.RunningHeader, r.Meta.Labels.Contents, r.Meta.Labels.SteeringTOC, r.Steering.Title,
		fmt.Sprintf(r.Meta.Labels.PageOf, 1, n), fmt.Sprintf(r.Meta.Labels.PageOf, n, n),
		// Northern Sami letters, exactly
		"Kárášjohka", "Áilu Čoavddis-Đuođi", "Máret Ŋuolla-Šiŧŧo Žáhkar", "Kárášjoga gielda", "Deatnu-dalen",
	}
	want = append(want, r.Meta.Banners...)
	want = append(want, r.Steering.Summary...)
	want = append(want, r.Steering.Notes...)
	for _, s := range r.Sections {
		want = append(want, s.Title)
		for _, b := range s.Blocks {
			want = append(want, blockTexts(b)...)
		}
	}
	for _, t := range []*model.Table{r.Steering.Targets, r.Steering.Deviations, r.Steering.Budget} {
		want = append(want, tableTexts(t)...)
	}
	for _, w := range want {
		if w = squash(w); w != "" && !strings.Contains(text, w) {
			t.Errorf("the PDF's text lacks %q", w)
		}
	}
}

// blockTexts are the texts of a block a reader must find in the PDF.
// Long cell texts wrap inside their cell, so only their first word is
// looked for; short ones whole.
func blockTexts(b model.Block) []string {
	switch {
	case b.Table != nil:
		return tableTexts(b.Table)
	case b.Fields != nil:
		var out []string
		for _, f := range b.Fields.Rows {
			out = append(out, f.Label, f.Value)
		}
		return out
	case b.Chart != nil:
		out := []string{b.Chart.Title, b.Chart.Source}
		for _, s := range b.Chart.Series {
			out = append(out, s.Name)
		}
		return out
	case b.Paragraph != nil:
		return []string{b.Paragraph.Heading, firstLine(b.Paragraph.Text)}
	case b.Note != nil:
		return []string{b.Note.Text}
	}
	return nil
}

func tableTexts(t *model.Table) []string {
	out := []string{t.Caption}
	out = append(out, t.Notes...)
	for _, c := range t.Columns {
		out = append(out, cellWords(c.Title)...)
	}
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			out = append(out, cellWords(c.Text)...)
		}
	}
	return out
}

// cellWords splits a cell's text into the words each line of a wrapped
// cell starts with and ends with; a short text stays whole.
func cellWords(s string) []string {
	if len([]rune(s)) <= 14 {
		return []string{s}
	}
	return strings.Fields(s)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if f := strings.Fields(s); len(f) > 6 {
		return strings.Join(f[:6], " ")
	}
	return s
}

func TestFontsEmbedded(t *testing.T) {
	pdffonts := clienttest.Need(t, "poppler-utils", "pdffonts")
	for name, write := range map[string]func(*bytes.Buffer, *model.Report) error{"sample.pdf": writeReport, "steering.pdf": writeSteering} {
		path, _ := render(t, write, modeltest.Sample(), name)
		out := run(t, pdffonts, path)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 3 {
			t.Fatalf("%s: pdffonts lists no fonts:\n%s", name, out)
		}
		dejavu := 0
		for _, l := range lines[2:] { // after the heading and the rule
			f := strings.Fields(l)
			// name, type (two words), encoding, emb, sub, uni, object ID (two numbers)
			if len(f) < 7 || f[len(f)-5] != "yes" {
				t.Errorf("%s: a font is not embedded: %s", name, l)
			}
			if strings.Contains(strings.ToLower(f[0]), "dejavu") {
				dejavu++
			}
		}
		if dejavu != 2 {
			t.Errorf("%s: want DejaVu Sans and DejaVu Sans Bold embedded, pdffonts says:\n%s", name, out)
		}
	}
}

// TestContentsPages checks every page number in the contents against the
// page the section's title is on.
func TestContentsPages(t *testing.T) {
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	r := modeltest.Sample()
	path, _ := render(t, writeReport, r, "sample.pdf")
	contents := pageText(t, pdftotext, path, 2)
	if !strings.Contains(contents, r.Meta.Labels.Contents) {
		t.Fatalf("page 2 is not the contents:\n%s", contents)
	}
	// each entry and the heading its page shows
	type entry struct{ number, title, heading string }
	entries := []entry{}
	for _, s := range r.Sections {
		entries = append(entries, entry{s.Number, s.Title, strings.TrimSpace(s.Number + " " + s.Title)})
	}
	entries = append(entries, entry{"", r.Meta.Labels.SteeringTOC, r.Steering.Title})
	n := pages(t, path)
	for _, e := range entries {
		// "3.1 Formidling av … ....... 5": the number is the line's last word.
		m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(e.number) + `\s*` + regexp.QuoteMeta(e.title) + `[\s.]*?(\d+)\s*$`).FindStringSubmatch(contents)
		if m == nil {
			t.Errorf("the contents have no line for %s %s:\n%s", e.number, e.title, contents)
			continue
		}
		page, _ := strconv.Atoi(m[1])
		if page < 3 || page > n {
			t.Errorf("%s %s: contents say page %d of %d", e.number, e.title, page, n)
			continue
		}
		heading := squash(e.heading)
		if !strings.Contains(squash(pageText(t, pdftotext, path, page)), heading) {
			t.Errorf("contents say %q starts on page %d, which does not show it", heading, page)
		}
		if page > 3 && strings.Contains(squash(pageText(t, pdftotext, path, page-1)), heading) {
			t.Errorf("%q is on page %d already, before the page the contents give (%d)", heading, page-1, page)
		}
	}
}

// TestTableBreaks checks that the long activity table continues over a
// page break with its header repeated and no row cut in two.
func TestTableBreaks(t *testing.T) {
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	r := modeltest.Sample()
	path, _ := render(t, writeReport, r, "sample.pdf")
	var acts *model.Table
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			if b.Table != nil && b.Table.ID == "aktiviteter" {
				acts = b.Table
			}
		}
	}
	if acts == nil {
		t.Fatal("the sample has no activity table")
	}
	cont := msg.PDFContinued.F(acts.Caption)
	var onPages []int
	for p := 1; p <= pages(t, path); p++ {
		txt := squash(pageText(t, pdftotext, path, p))
		if strings.Contains(txt, acts.Caption) {
			onPages = append(onPages, p)
			for _, c := range acts.Columns {
				if !strings.Contains(txt, squash(strings.Fields(c.Title)[0])) {
					t.Errorf("page %d: the table's header %q is missing", p, c.Title)
				}
			}
			if len(onPages) > 1 && !strings.Contains(txt, cont) {
				t.Errorf("page %d: the caption does not say the table continues (%q)", p, cont)
			}
		}
	}
	if len(onPages) < 2 {
		t.Fatalf("the activity table is on pages %v; want it to break over two or more", onPages)
	}
	// Every activity is on exactly one page, whole: its first line
	// ("1.5 Tiltak for"), the last line of its first cell ("nr. 5") and of
	// its longest cell ("prosessen.") come before the next row starts.
	starts := regexp.MustCompile(`(?m)^\s*(\d+)\.(\d+) Tiltak for`)
	seen := map[string]int{}
	for _, p := range onPages {
		txt := pageText(t, pdftotext, path, p)
		at := starts.FindAllStringSubmatchIndex(txt, -1)
		for i, m := range at {
			end := len(txt)
			if i+1 < len(at) {
				end = at[i+1][0]
			}
			id := txt[m[2]:m[3]] + "." + txt[m[4]:m[5]]
			seen[id]++
			span := txt[m[0]:end]
			if !regexp.MustCompile(`nr\. `+txt[m[4]:m[5]]+`\b`).MatchString(span) || !strings.Contains(span, "prosessen.") {
				t.Errorf("page %d: activity %s is cut off:\n%s", p, id, span)
			}
		}
	}
	for _, row := range acts.Rows {
		if row.Kind != model.DataRow {
			continue
		}
		id, _, _ := strings.Cut(row.Cells[0].Text, " ")
		if seen[id] != 1 {
			t.Errorf("activity %s starts on %d pages", id, seen[id])
		}
	}
}

func TestSteeringOnePage(t *testing.T) {
	clienttest.Need(t, "poppler-utils", "pdfinfo")
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	r := modeltest.Sample()
	r.Steering.Text = "Halvåret har gått som planlagt for Unjárga – Nesseby.\n\nTo tiltak er forsinket."
	path, _ := render(t, writeSteering, r, "steering.pdf")
	if n := pages(t, path); n != 1 {
		t.Fatalf("the steering page has %d pages", n)
	}
	text := squash(run(t, pdftotext, "-layout", path, "-"))
	want := []string{r.Steering.Title, r.Meta.RunningHeader, r.Meta.Banners[0], "Halvåret har gått som planlagt for Unjárga – Nesseby.", "To tiltak er forsinket."}
	for _, w := range append(want, r.Steering.Summary...) {
		if !strings.Contains(text, squash(w)) {
			t.Errorf("the steering page lacks %q", w)
		}
	}
}

// TestSteeringShrinks fills the steering page far beyond one page: it must
// still be one page, in a smaller font, with a note on what was left out.
func TestSteeringShrinks(t *testing.T) {
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	r := modeltest.Sample()
	dev := *r.Steering.Deviations
	row := dev.Rows[0]
	dev.Rows = nil
	for range 80 {
		dev.Rows = append(dev.Rows, row)
	}
	r.Steering.Deviations = &dev
	for range 6 {
		r.Steering.Summary = append(r.Steering.Summary, "Tiltakene for unge i Unjárga – Nesseby og Deatnu – Tana følges tett opp av programgruppen.")
	}
	scale, st, err := fitSteering(r)
	if err != nil {
		t.Fatal(err)
	}
	if scale >= 1 {
		t.Errorf("scale %v; want the long page set smaller", scale)
	}
	path, _ := render(t, writeSteering, r, "steering.pdf")
	if n := pages(t, path); n != 1 {
		t.Fatalf("the steering page has %d pages", n)
	}
	left := 80 - len(st.Deviations.Rows)
	if left <= 0 {
		t.Fatalf("all 80 deviation rows kept; the test needs more")
	}
	note := msg.PDFRowsNotShown.F(dev.Caption, left)
	if text := squash(run(t, pdftotext, "-layout", path, "-")); !strings.Contains(text, squash(note)) {
		t.Errorf("the page lacks the note %q", note)
	}
	// Short content stays at full size.
	if scale, _, _ := fitSteering(modeltest.Sample()); scale != 1 {
		t.Errorf("the sample's steering page is set at scale %v; want 1", scale)
	}
}

// TestSteeringLongSummary gives the steering page a summary longer than
// the page: the page is still one page, with the summary's beginning, cut
// at a word, and a note that it was shortened (the report has it whole).
func TestSteeringLongSummary(t *testing.T) {
	pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
	r := modeltest.Sample()
	r.Steering.Text = "Første setning i sammendraget. " + strings.Repeat("Programmet har hatt et halvår med mye arbeid og gode resultater. ", 150)
	scale, st, err := fitSteering(r)
	if err != nil {
		t.Fatal(err)
	}
	if scale >= 1 || !strings.HasSuffix(st.Text, " …") || len(st.Text) >= len(r.Steering.Text) {
		t.Errorf("scale %v, text ends %q", scale, st.Text[max(0, len(st.Text)-30):])
	}
	path, _ := render(t, writeSteering, r, "steering.pdf")
	if n := pages(t, path); n != 1 {
		t.Fatalf("the steering page has %d pages", n)
	}
	text := squash(run(t, pdftotext, "-layout", path, "-"))
	for _, w := range []string{"Første setning i sammendraget.", msg.PDFSteeringTextCut.F()} {
		if !strings.Contains(text, squash(w)) {
			t.Errorf("the steering page lacks %q", w)
		}
	}
}

func TestWrap(t *testing.T) {
	d, err := newDoc(modeltest.Sample())
	if err != nil {
		t.Fatal(err)
	}
	d.font(false, 10)
	for _, c := range []struct {
		text  string
		width float64
		want  []string
	}{
		{"Regnskapet er 28\u00a0250 kr under budsjett.", 30, []string{"Regnskapet er", "28\u00a0250 kr under", "budsjett."}},
		{"Til styringsgruppen, 1. halvår 2025", 45, []string{"Til styringsgruppen,", "1. halvår 2025"}},
		// a column too narrow for "1. halvår": it breaks at the space, not inside "halvår"
		{"1. halvår 2024", 13, []string{"1.", "halvår", "2024"}},
		{"Áilu Čoavddis-Đuođi", 25, []string{"Áilu", "Čoavddis-", "Đuođi"}},
		{"Første linje\nAndre linje", 100, []string{"Første linje", "Andre linje"}},
		{"", 50, []string{""}},
	} {
		got := d.wrap(c.text, c.width)
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", c.want) {
			t.Errorf("wrap(%q, %v) = %q; want %q", c.text, c.width, got, c.want)
		}
		for _, l := range got {
			if !utf8.ValidString(l) || d.width(l) > c.width {
				t.Errorf("wrap(%q, %v): line %q is broken or too wide", c.text, c.width, l)
			}
		}
	}
	// A word wider than the line is cut between letters, never inside one.
	for _, l := range d.wrap("Guovdageaidnu-Kautokeinoŋŋŋŋŋŋŋŋŋŋŋŋŋ", 12) {
		if !utf8.ValidString(l) || l == "" {
			t.Errorf("cut word: bad line %q", l)
		}
	}
}

func TestBadReportDate(t *testing.T) {
	r := modeltest.Sample()
	r.Meta.ReportDateISO = "20.08.2025"
	if err := Write(&bytes.Buffer{}, r); err == nil || !strings.Contains(err.Error(), "20.08.2025") {
		t.Errorf("Write with a bad report date: %v", err)
	}
}

// A width at or below zero (a chart's slot narrower than the gap between
// its labels) ends: each character on a line of its own.
func TestWrapNoRoom(t *testing.T) {
	d, err := newDoc(modeltest.Sample())
	if err != nil {
		t.Fatal(err)
	}
	d.font(false, chartTextSize)
	for _, w := range []float64{0, -3} {
		if got := d.wrap("Hamar", w); len(got) != 5 {
			t.Errorf("wrap(%g) = %q", w, got)
		}
	}
}
