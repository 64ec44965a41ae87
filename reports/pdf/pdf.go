package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"boso/reports/model"
	"boso/templates/fonts"
	"boso/templates/msg"
)

// Page geometry in millimetres: A4 portrait.
const (
	pageW         = 210.0
	pageH         = 297.0
	marginX       = 20.0
	textW         = pageW - 2*marginX
	contentBottom = 277.0 // content ends here; the footer sits below
	ptMM          = 25.4 / 72
)

// The font family name the embedded DejaVu Sans is registered under.
const family = "DejaVuSans"

// producer goes into the document information of every file: a fixed
// string, so output does not change with the gofpdf version's default.
const producer = "boso"

// nbAlias stands for the page count until gofpdf replaces it on output.
const nbAlias = "{nb}"

// steeringKey is the steering page's key among the section IDs (which
// hold only letters, digits and -, so it cannot collide).
const steeringKey = "_steering"

// Write writes the whole report r as a PDF to w: title page, contents,
// every section in order and the steering-group page at the end.
func Write(w io.Writer, r *model.Report) error {
	scale, st, err := fitSteering(r)
	if err != nil {
		return err
	}
	// The contents page shows the page each section starts on, which is
	// known only once the document is laid out: lay it out, then again
	// with the pages of the previous pass, until they agree (the second
	// pass, since only page numbers change).
	var prev layout
	for pass := 0; pass < 3; pass++ {
		d, err := newDoc(r)
		if err != nil {
			return err
		}
		d.prev = prev
		d.report(scale, st)
		if err := d.pdf.Error(); err != nil {
			return fmt.Errorf("pdf: %w", err)
		}
		d.cur.total = d.pdf.PageCount()
		if pass > 0 && d.cur.equal(prev) {
			return output(d.pdf, w)
		}
		prev = d.cur
	}
	return errors.New("pdf: the page numbers in the contents do not settle")
}

// WriteSteering writes the steering-group summary of r as a one-page PDF
// to w. Long content is set in a smaller font; rows that still do not
// fit are left out with a note saying how many.
func WriteSteering(w io.Writer, r *model.Report) error {
	scale, st, err := fitSteering(r)
	if err != nil {
		return err
	}
	d, err := steeringDoc(r, st, scale)
	if err != nil {
		return err
	}
	if d.pdf.PageCount() != 1 {
		return errors.New(msg.PDFSteeringTooBig.F())
	}
	return output(d.pdf, w)
}

func output(p *gofpdf.Fpdf, w io.Writer) error {
	if err := p.Output(w); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}

// layout is what one pass learns about the document's pages.
type layout struct {
	pages map[string]int // section ID (or steeringKey) → the page it starts on
	total int
}

func (l layout) equal(o layout) bool {
	if l.total != o.total || len(l.pages) != len(o.pages) {
		return false
	}
	for k, v := range l.pages {
		if o.pages[k] != v {
			return false
		}
	}
	return true
}

// doc is one document being drawn.
type doc struct {
	pdf *gofpdf.Fpdf
	r   *model.Report
	// scale multiplies font sizes and spacing; below 1 only while the
	// steering page is shrunk to fit.
	scale float64
	// top is where content starts below the running header.
	top float64
	// bannersBelow: the banners do not fit beside the running header and
	// get a line of their own.
	bannersBelow bool
	prev, cur    layout
	links        map[string]int
	// the current font and text colour, restored after the page furniture
	// a page break draws
	bold    bool
	size    float64
	textCol rgb
}

// newDoc starts a document with fixed metadata, the embedded fonts and no
// automatic page breaks (every break is decided here, so rows and
// headings are never split).
func newDoc(r *model.Report) (*doc, error) {
	m := r.Meta
	date, err := time.Parse("2006-01-02", m.ReportDateISO)
	if err != nil {
		return nil, errors.New(msg.PDFBadReportDate.F(m.ReportDateISO))
	}
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetCreationDate(date)
	p.SetModificationDate(date)
	p.SetCatalogSort(true)
	p.SetProducer(producer, true)
	p.SetCreator(producer, true)
	p.SetTitle(msg.PDFDocTitle.F(m.Title, m.Kommune, m.Period), true)
	p.SetSubject(m.Subtitle, true)
	p.SetAuthor(m.Kommune, true)
	p.SetKeywords(strings.TrimSpace(m.Kommunenummer+" "+m.PeriodID), true)
	p.AliasNbPages(nbAlias) // before the fonts: gofpdf sizes the font subset by it
	// each document gets its own copy of the font files: gofpdf pads a
	// font table it checksums by appending to it, which writes into the
	// bytes after it, so documents written at the same time (output's
	// staging renders them in parallel) raced on the shared ones
	p.AddUTF8FontFromBytes(family, "", bytes.Clone(fonts.DejaVuSans))
	p.AddUTF8FontFromBytes(family, "B", bytes.Clone(fonts.DejaVuSansBold))
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(marginX, 0, marginX)
	p.SetCellMargin(0)
	p.SetDisplayMode("fullwidth", "continuous")
	d := &doc{pdf: p, r: r, scale: 1, cur: layout{pages: map[string]int{}}, links: map[string]int{}}
	d.layoutHeader()
	return d, p.Error()
}

// report draws the whole report.
func (d *doc) report(steeringScale float64, st model.Steering) {
	for _, s := range d.r.Sections {
		d.links[s.ID] = d.pdf.AddLink()
	}
	d.links[steeringKey] = d.pdf.AddLink()
	d.titlePage()
	d.contents()
	for _, s := range d.r.Sections {
		d.section(s)
	}
	d.addPage(true)
	d.startOf(steeringKey, d.r.Meta.Labels.SteeringTOC, 0)
	d.scale = steeringScale
	d.steering(st)
	d.scale = 1
}

// Colours. Text colours keep at least 4.5:1 against their background.
type rgb struct{ r, g, b int }

var (
	colText       = rgb{0x1E, 0x23, 0x2B}
	colMuted      = rgb{0x55, 0x5D, 0x68}
	colAccent     = rgb{0x1F, 0x3A, 0x5F} // headings, table headers, title band
	colRule       = rgb{0xC9, 0xD0, 0xD9}
	colGrid       = rgb{0xDD, 0xE1, 0xE6}
	colGroup      = rgb{0xE3, 0xE9, 0xF1}
	colTotal      = rgb{0xEE, 0xF1, 0xF5}
	colWhite      = rgb{0xFF, 0xFF, 0xFF}
	colBannerFill = rgb{0xFF, 0xF3, 0xD6}
	colBannerLine = rgb{0xC0, 0x6A, 0x00}
	colBannerText = rgb{0x7A, 0x3E, 0x00}
	colOnTrack    = rgb{0xDD, 0xF1, 0xE6}
	colOffTrack   = rgb{0xFB, 0xE1, 0xD5}
)

func (d *doc) textColor(c rgb) {
	d.textCol = c
	d.pdf.SetTextColor(c.r, c.g, c.b)
}
func (d *doc) fillColor(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
func (d *doc) drawColor(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }

// font sets the font at size points times the current scale.
func (d *doc) font(bold bool, size float64) { d.fixedFont(bold, size*d.scale) }

// fixedFont sets the font at size points whatever the scale (page
// furniture: running header and footer).
func (d *doc) fixedFont(bold bool, size float64) {
	d.bold, d.size = bold, size
	style := ""
	if bold {
		style = "B"
	}
	d.pdf.SetFont(family, style, size)
}

// lineH is the height of one line of text at size points (scaled).
func (d *doc) lineH(size float64) float64 { return size * d.scale * ptMM * 1.38 }

// sp scales a distance.
func (d *doc) sp(mm float64) float64 { return mm * d.scale }

func (d *doc) width(s string) float64 { return d.pdf.GetStringWidth(s) }

// cell draws s in a box of width w and height h whose top left is (x, y),
// vertically centred, aligned "L", "C" or "R".
func (d *doc) cell(x, y, w, h float64, s, align string) {
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(w, h, s, "", 0, align, false, 0, "")
}

func (d *doc) line(x1, y1, x2, y2, width float64, c rgb) {
	d.pdf.SetLineWidth(width)
	d.drawColor(c)
	d.pdf.Line(x1, y1, x2, y2)
}

func (d *doc) rect(x, y, w, h float64, c rgb) {
	d.fillColor(c)
	d.pdf.Rect(x, y, w, h, "F")
}

// y is the current vertical position; setY moves it (and x to the margin).
func (d *doc) y() float64     { return d.pdf.GetY() }
func (d *doc) setY(y float64) { d.pdf.SetXY(marginX, y) }
func (d *doc) gap(mm float64) { d.setY(d.y() + d.sp(mm)) }

// need starts a new page unless h millimetres fit below the current
// position. At the top of a page it does nothing: what does not fit there
// must be split by the caller.
func (d *doc) need(h float64) {
	if d.y()+h > contentBottom && d.y() > d.top+0.01 {
		d.addPage(true)
	}
}

// addPage starts a page with the footer and, unless it is the title page,
// the running header.
func (d *doc) addPage(header bool) {
	bold, size, col := d.bold, d.size, d.textCol
	d.pdf.AddPage()
	if header {
		d.header()
	}
	d.footer()
	d.setY(d.top)
	if size > 0 {
		d.fixedFont(bold, size)
	}
	d.textColor(col)
}

// startOf records that section key starts here: its page for the
// contents, the target of its contents link, and a bookmark.
func (d *doc) startOf(key, title string, level int) {
	d.cur.pages[key] = d.pdf.PageNo()
	if l, ok := d.links[key]; ok {
		d.pdf.SetLink(l, d.y()-d.sp(4), -1)
	}
	d.bookmark(title, level)
}

// bookmark adds an entry to the PDF outline (gofpdf encodes it as UTF-16
// only while a UTF-8 font is current).
func (d *doc) bookmark(title string, level int) {
	d.font(false, 10)
	d.pdf.Bookmark(title, level, d.y())
}

// Running header layout: the text on the left, the banners as tags on
// the right, a rule below.
const (
	headerTop  = 9.0
	tagH       = 5.2
	tagGap     = 2.0
	tagPadX    = 1.8
	headerSize = 8.0
	tagSize    = 7.5
)

func (d *doc) layoutHeader() {
	d.fixedFont(false, headerSize)
	left := d.width(d.r.Meta.RunningHeader)
	tags := d.tagsWidth()
	d.bannersBelow = len(d.r.Meta.Banners) > 0 && left+6+tags > textW
	d.top = headerTop + tagH + 10
	if d.bannersBelow {
		d.top += tagH + 1.5
	}
}

func (d *doc) tagsWidth() float64 {
	d.fixedFont(true, tagSize)
	w := 0.0
	for i, b := range d.r.Meta.Banners {
		if i > 0 {
			w += tagGap
		}
		w += d.width(b) + 2*tagPadX
	}
	return w
}

func (d *doc) header() {
	m := d.r.Meta
	d.fixedFont(false, headerSize)
	d.textColor(colMuted)
	d.cell(marginX, headerTop, textW, tagH, m.RunningHeader, "L")
	y := headerTop
	if d.bannersBelow {
		y += tagH + 1.5
	}
	x := pageW - marginX - d.tagsWidth()
	for _, b := range m.Banners {
		w := d.width(b) + 2*tagPadX
		d.tag(x, y, w, tagH, b)
		x += w + tagGap
	}
	ruleY := y + tagH + 2.5
	d.line(marginX, ruleY, pageW-marginX, ruleY, 0.25, colRule)
}

// tag draws one banner as a small framed label.
func (d *doc) tag(x, y, w, h float64, s string) {
	d.fillColor(colBannerFill)
	d.drawColor(colBannerLine)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Rect(x, y, w, h, "FD")
	d.fixedFont(true, tagSize)
	d.textColor(colBannerText)
	d.cell(x, y, w, h, s, "C")
}

// pageOfAlias formats as the page-count alias under any verb, so the
// model's "Side %d av %d" can hold it in place of the total.
type pageOfAlias struct{}

func (pageOfAlias) Format(f fmt.State, _ rune) { io.WriteString(f, nbAlias) }

func (d *doc) footer() {
	m := d.r.Meta
	y := contentBottom + 6
	d.line(marginX, y, pageW-marginX, y, 0.25, colRule)
	d.fixedFont(false, 7.5)
	d.textColor(colMuted)
	d.cell(marginX, y+1.5, textW/2, 5, m.Title, "L")
	page := d.pdf.PageNo()
	// The alias is replaced by the page count only on output, so place the
	// text by the width it will have, known from the previous pass.
	final := fmt.Sprintf(m.Labels.PageOf, page, d.prev.total)
	s := fmt.Sprintf(m.Labels.PageOf, page, pageOfAlias{})
	d.cell(pageW-marginX-d.width(final), y+1.5, d.width(final)+1, 5, s, "L")
}

// wrap breaks s into lines no wider than w in the current font: at
// spaces and line breaks, never inside a number grouped with no-break
// spaces (gofpdf's SplitText treats U+00A0 as a break, and SplitLines
// cuts UTF-8 apart); a word wider than w is broken after a hyphen,
// dash or slash if it has one, else between letters.
func (d *doc) wrap(s string, w float64) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		start := len(out)
		ws := words(para)
		for i := 0; i < len(ws); i++ {
			word := ws[i]
			if word == "" {
				continue
			}
			// an ordinal kept with its word ("1. halvår") that does not fit
			// on a line of its own breaks at its space, not inside a word
			if d.width(word) > w && strings.Contains(word, " ") {
				parts := strings.Split(word, " ")
				ws = append(ws[:i], append(parts, ws[i+1:]...)...)
				word = ws[i]
			}
			cand := word
			if line != "" {
				cand = line + " " + word
			}
			if d.width(cand) <= w {
				line = cand
				continue
			}
			if line != "" {
				out = append(out, line)
				line = ""
			}
			for word != "" && d.width(word) > w {
				n := d.fitPrefix(word, w)
				out = append(out, word[:n])
				word = word[n:]
			}
			line = word
		}
		if line != "" || len(out) == start { // an empty paragraph is an empty line
			out = append(out, line)
		}
	}
	return out
}

// words splits a line at spaces, keeping an ordinal with the word after
// it ("1. halvår"), which Norwegian typesetting never breaks apart.
func words(s string) []string {
	var out []string
	glue := false
	for _, w := range strings.Split(s, " ") {
		if w == "" {
			continue
		}
		if glue {
			out[len(out)-1] += " " + w
		} else {
			out = append(out, w)
		}
		glue = ordinal(w)
	}
	return out
}

// ordinal reports whether w is a number with a full stop: "1.", "31.".
func ordinal(w string) bool {
	digits := strings.TrimSuffix(w, ".")
	if len(digits) == len(w) || digits == "" || len(digits) > 2 {
		return false
	}
	return strings.Trim(digits, "0123456789") == ""
}

// fitPrefix is the length in bytes of the longest start of word no wider
// than w, preferring to end after a hyphen, dash or slash; at least one
// letter.
func (d *doc) fitPrefix(word string, w float64) int {
	fit, soft := 0, 0
	for i, r := range word {
		end := i + len(string(r))
		if d.width(word[:end]) > w {
			break
		}
		fit = end
		if r == '-' || r == '/' || r == '–' || r == '@' {
			soft = end
		}
	}
	switch {
	case soft > 0:
		return soft
	case fit > 0:
		return fit
	}
	for i := range word {
		if i > 0 {
			return i
		}
	}
	return len(word)
}

// lines draws wrapped text from the current position, starting a new
// page between lines when needed (never leaving a single line behind).
func (d *doc) lines(ls []string, x, w, lh float64, align string) {
	if len(ls) > 1 {
		d.need(2 * lh)
	}
	for _, l := range ls {
		d.need(lh)
		y := d.y()
		d.cell(x, y, w, lh, l, align)
		d.setY(y + lh)
	}
}
