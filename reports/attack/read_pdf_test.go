package attack

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"boso/reports/clienttest"
)

// The PDF read back from poppler's word boxes (pdftotext -tsv): a table is
// found by its caption («Tabell 5.1 …», «… (forts.)» on the pages it
// continues on); its rows are the runs of text lines between row gaps
// (lines of one row are closer than rows are); a row's cells are the
// pieces of its first line set apart by more than a word space, each with
// the lines wrapped below it; and a cell belongs to the header column it
// overlaps. Nothing of the HTML or the model is used.

// word is one word and its box, in points from the page's top left.
type word struct {
	page          int
	x0, y0, x1, h float64
	text          string
	pageH         float64
}

// pdfLine is the words at one height of a page, left to right.
type pdfLine struct {
	page  int
	top   float64
	h     float64
	words []word
}

func (l pdfLine) text() string {
	var parts []string
	for _, w := range l.words {
		parts = append(parts, w.text)
	}
	return clean(strings.Join(parts, " "))
}

// pdfWords runs pdftotext -tsv on a file and returns its words.
func pdfWords(t testing.TB, path string) []word {
	t.Helper()
	bin := clienttest.Need(t, "poppler-utils", "pdftotext")
	out, err := exec.Command(bin, "-tsv", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -tsv %s: %v", path, err)
	}
	var words []word
	pageH := map[int]float64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 12 {
			continue
		}
		level, _ := strconv.Atoi(f[0])
		page, _ := strconv.Atoi(f[1])
		num := func(i int) float64 { v, _ := strconv.ParseFloat(f[i], 64); return v }
		switch level {
		case 1:
			pageH[page] = num(9)
		case 5:
			words = append(words, word{page: page, x0: num(6), y0: num(7), x1: num(6) + num(8), h: num(9), text: f[11]})
		}
	}
	for i := range words {
		words[i].pageH = pageH[words[i].page]
	}
	return words
}

// furniture is the running header and footer of a page.
func furniture(w word) bool { return w.y0 < 45 || w.y0 > w.pageH-45 }

// pdfLines groups words into lines: same page, tops within a point.
func pdfLines(words []word) []pdfLine {
	ws := append([]word(nil), words...)
	sort.SliceStable(ws, func(i, j int) bool {
		if ws[i].page != ws[j].page {
			return ws[i].page < ws[j].page
		}
		if math.Abs(ws[i].y0-ws[j].y0) > 1 {
			return ws[i].y0 < ws[j].y0
		}
		return ws[i].x0 < ws[j].x0
	})
	var out []pdfLine
	for _, w := range ws {
		if furniture(w) {
			continue
		}
		if n := len(out); n > 0 && out[n-1].page == w.page && math.Abs(out[n-1].top-w.y0) <= 1 {
			out[n-1].words = append(out[n-1].words, w)
			out[n-1].h = math.Max(out[n-1].h, w.h)
			continue
		}
		out = append(out, pdfLine{page: w.page, top: w.y0, h: w.h, words: []word{w}})
	}
	for i := range out {
		sort.Slice(out[i].words, func(a, b int) bool { return out[i].words[a].x0 < out[i].words[b].x0 })
	}
	return out
}

// segment is a run of words on one line closer than a cell gap.
type segment struct {
	x0, x1 float64
	words  []string
}

// cellGap is the least space between two cells: twice the cell padding,
// well above a word space at the table sizes.
const cellGap = 5.0

func segments(l pdfLine) []segment {
	var out []segment
	for _, w := range l.words {
		if n := len(out); n > 0 && w.x0-out[n-1].x1 < cellGap {
			out[n-1].x1 = w.x1
			out[n-1].words = append(out[n-1].words, w.text)
			continue
		}
		out = append(out, segment{x0: w.x0, x1: w.x1, words: []string{w.text}})
	}
	return out
}

// pdfCell is a cell: its box and its lines.
type pdfCell struct {
	x0, x1 float64
	text   []string
}

// rowCells makes a row's cells: the first line's segments, each with the
// segments of the lines below it that overlap it.
func rowCells(lines []pdfLine) []pdfCell {
	var cells []pdfCell
	for _, s := range segments(lines[0]) {
		cells = append(cells, pdfCell{x0: s.x0, x1: s.x1, text: []string{strings.Join(s.words, " ")}})
	}
	for _, l := range lines[1:] {
		for _, s := range segments(l) {
			best, bestOv := -1, 0.0
			for i, c := range cells {
				if ov := math.Min(c.x1, s.x1) - math.Max(c.x0, s.x0); ov > bestOv {
					best, bestOv = i, ov
				}
			}
			if best < 0 {
				// a cell whose first line is empty cannot be: cells are
				// top-aligned. Keep it as a cell of its own.
				cells = append(cells, pdfCell{x0: s.x0, x1: s.x1, text: []string{strings.Join(s.words, " ")}})
				continue
			}
			c := &cells[best]
			c.x0, c.x1 = math.Min(c.x0, s.x0), math.Max(c.x1, s.x1)
			c.text = append(c.text, strings.Join(s.words, " "))
		}
	}
	sort.Slice(cells, func(i, j int) bool { return cells[i].x0 < cells[j].x0 })
	return cells
}

var captionRE = regexp.MustCompile(`^Tabell \d+(?:\.\d+)+ `)

// readPDF reads a report PDF's tables, its charts' gap marks and its text.
func readPDF(t testing.TB, where, path string) (*rendered, error) {
	lines := pdfLines(pdfWords(t, path))
	out := &rendered{where: where}
	byCaption := map[string]int{} // caption → index in out.tables
	var chartMarks []pdfChartMarks
	for _, l := range lines {
		out.texts = append(out.texts, l.text())
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		text := l.text()
		if strings.HasPrefix(text, "Figur ") {
			m := marksOf(lines, i)
			chartMarks = append(chartMarks, m)
			if m.alt != "" {
				out.alts = append(out.alts, altText{where: where, chart: m.title, text: m.alt})
			}
			continue
		}
		numbered := captionRE.MatchString(text)
		if !numbered && !untitledCaption(lines, i) {
			continue
		}
		// the caption, possibly wrapped onto lines of its own size
		caption := text
		j := i + 1
		for j < len(lines) && lines[j].page == l.page && math.Abs(lines[j].h-l.h) < 0.2 && lines[j].top-lines[j-1].top < 1.6*l.h {
			caption += " " + lines[j].text()
			j++
		}
		if j >= len(lines) || lines[j].h > l.h-0.5 {
			continue // a sentence that begins with «Tabell 5.1», not a caption
		}
		continued := strings.HasSuffix(caption, " (forts.)")
		caption = captionKey(caption)
		rows := tableRows(lines, j)
		if len(rows) == 0 {
			return nil, fmt.Errorf("%s: page %d: %s has no header", where, l.page, caption)
		}
		header := rowCells(rows[0])
		g := grid{where: where, caption: caption}
		for _, h := range header {
			text := clean(strings.Join(h.text, " "))
			if fixed, ok := unbreak(h.text); ok {
				out.defects = append(out.defects, fmt.Sprintf("%s: page %d: %s breaks the column title «%s» inside a word: %q", where, l.page, caption, fixed, h.text))
				text = fixed
			}
			g.header = append(g.header, text)
		}
		for _, r := range rows[1:] {
			g.rows = append(g.rows, assign(header, rowCells(r)))
		}
		last := j
		for _, r := range rows {
			last += len(r)
		}
		i = last - 1
		if k, ok := byCaption[caption]; ok && continued {
			prev := &out.tables[k]
			if strings.Join(prev.header, "|") != strings.Join(g.header, "|") {
				return nil, fmt.Errorf("%s: page %d: %s continues with header %q, began with %q", where, l.page, caption, g.header, prev.header)
			}
			prev.rows = append(prev.rows, g.rows...)
			continue
		}
		if continued {
			return nil, fmt.Errorf("%s: page %d: %s continues a table that did not begin", where, l.page, caption)
		}
		byCaption[caption] = len(out.tables)
		out.tables = append(out.tables, g)
	}
	for _, m := range chartMarks {
		out.gapMarks = append(out.gapMarks, series{where: where, chart: m.title, points: m.points})
	}
	return out, nil
}

// untitledCaption reports whether line i names a table without a number
// (the steering page's «Mål», «Budsjett og regnskap 2025»): a line over
// smaller lines that form a header of several cells and rows below it.
func untitledCaption(lines []pdfLine, i int) bool {
	l := lines[i]
	if i+1 >= len(lines) || strings.HasPrefix(l.text(), "Figur ") {
		return false
	}
	next := lines[i+1]
	if next.page != l.page || next.h > l.h-0.5 || next.top-l.top > 3*l.h || len(segments(next)) < 2 || captionRE.MatchString(next.text()) {
		return false
	}
	return len(tableRows(lines, i+1)) >= 2
}

// unbreak joins a column title whose lines break a word in two («1. halv»
// over «år 2024»), when only the joined title is a period's name.
func unbreak(lines []string) (string, bool) {
	if _, ok := parsePeriod(strings.Join(lines, " ")); ok || len(lines) < 2 {
		return "", false
	}
	for i := 1; i < len(lines); i++ {
		s := clean(strings.Join(lines[:i], " ") + strings.Join(lines[i:], " "))
		if _, ok := parsePeriod(s); ok {
			return s, true
		}
	}
	return "", false
}

// tableRows groups the lines from start into rows: lines of the table's
// type size, a row ending where the gap to the next line is wider than a
// line, the table ending at a wider gap, another size, or a page break.
func tableRows(lines []pdfLine, start int) [][]pdfLine {
	if start >= len(lines) {
		return nil
	}
	h := lines[start].h
	var rows [][]pdfLine
	cur := []pdfLine{lines[start]}
	for k := start + 1; k < len(lines); k++ {
		prev, l := lines[k-1], lines[k]
		if l.page != prev.page || math.Abs(l.h-h) > 0.2 {
			break
		}
		gap := l.top - prev.top
		if gap > 3.5*h {
			break
		}
		if gap > 1.4*h {
			rows = append(rows, cur)
			cur = nil
		}
		cur = append(cur, l)
	}
	return append(rows, cur)
}

// assign puts a row's cells under the header columns they overlap most.
func assign(header []pdfCell, cells []pdfCell) []string {
	out := make([]string, len(header))
	for _, c := range cells {
		best, bestOv := -1, math.Inf(-1)
		for i, h := range header {
			ov := math.Min(c.x1, h.x1) - math.Max(c.x0, h.x0)
			if ov > bestOv {
				best, bestOv = i, ov
			}
		}
		text := clean(strings.Join(c.text, " "))
		if out[best] != "" {
			out[best] += " " + text
		} else {
			out[best] = text
		}
	}
	return out
}

// pdfChartMarks are the marks a PDF chart writes where a value is missing
// or hidden.
type pdfChartMarks struct {
	title  string
	points []point
	alt    string // the description printed under the chart
}

// marksOf collects the mark words (":", "..", ".") of a chart: the lines
// from its «Figur …» title to its «Kilde» line.
func marksOf(lines []pdfLine, i int) pdfChartMarks {
	m := pdfChartMarks{title: lines[i].text()}
	for k := i + 1; k < len(lines) && lines[k].page == lines[i].page; k++ {
		text := lines[k].text()
		if strings.HasPrefix(text, "Kilde") {
			// the description follows the source line, in its size
			var alt []string
			for n := k + 1; n < len(lines) && lines[n].page == lines[k].page && math.Abs(lines[n].h-lines[k].h) < 0.2 &&
				lines[n].top-lines[n-1].top < 1.6*lines[k].h; n++ {
				alt = append(alt, lines[n].text())
			}
			m.alt = clean(strings.Join(alt, " "))
			break
		}
		for _, w := range lines[k].words {
			if strings.Trim(w.text, ":") == "" || w.text == ".." || w.text == "." {
				for _, mark := range splitMarks(w.text) {
					m.points = append(m.points, point{text: mark})
				}
			}
		}
	}
	return m
}

// splitMarks splits a run of marks poppler read as one word («::»).
func splitMarks(s string) []string {
	if s == ".." || s == "." {
		return []string{s}
	}
	return strings.Split(strings.Repeat(":", strings.Count(s, ":")), "")
}
