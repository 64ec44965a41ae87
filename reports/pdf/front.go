package pdf

import (
	"strconv"
	"strings"

	"boso/reports/model"
	"boso/templates/msg"
)

// titlePage draws the title page: a band with title, programme and
// kommune, the report's particulars below it, and the banners in boxes.
func (d *doc) titlePage() {
	m := d.r.Meta
	d.addPage(false)
	d.bookmark(m.Title, 0)

	const bandH = 112.0
	d.rect(0, 0, pageW, bandH, colAccent)
	d.textColor(colWhite)
	y := 44.0
	d.font(true, 28)
	lh := d.lineH(28)
	for _, l := range d.wrap(m.Title, textW) {
		d.cell(marginX, y, textW, lh, l, "L")
		y += lh
	}
	y += 3
	d.font(false, 14)
	lh = d.lineH(14)
	for _, l := range d.wrap(m.Subtitle, textW) {
		d.cell(marginX, y, textW, lh, l, "L")
		y += lh
	}
	y += 8
	d.font(true, 17)
	lh = d.lineH(17)
	for _, l := range d.wrap(m.Kommune, textW) {
		d.cell(marginX, y, textW, lh, l, "L")
		y += lh
	}
	d.font(false, 14)
	lh = d.lineH(14)
	for _, l := range d.wrap(m.Period, textW) {
		d.cell(marginX, y+1, textW, lh, l, "L")
		y += lh
	}

	// Particulars: label and value in two columns.
	y = bandH + 18
	const labelW = 52.0
	rows := [][2]string{
		{or(m.Labels.Place, msg.PDFKommune.F()), m.Kommune},
		{msg.PDFKommunenummer.F(), m.Kommunenummer},
		{msg.PDFPeriod.F(), m.Period},
		{msg.PDFReportDate.F(), m.ReportDate},
	}
	for _, row := range rows {
		if row[1] == "" {
			continue
		}
		d.font(false, 11)
		lh = d.lineH(11)
		vals := d.wrap(row[1], textW-labelW)
		d.textColor(colMuted)
		d.font(false, 10)
		d.cell(marginX, y, labelW, lh, row[0], "L")
		d.font(false, 11)
		d.textColor(colText)
		for i, v := range vals {
			d.cell(marginX+labelW, y+float64(i)*lh, textW-labelW, lh, v, "L")
		}
		y += float64(len(vals))*lh + 2.5
		d.line(marginX, y-1.2, pageW-marginX, y-1.2, 0.2, colRule)
		y += 1
	}

	// Banners: one framed box each, hard to miss.
	y += 14
	for _, b := range m.Banners {
		d.font(true, 14)
		lh = d.lineH(14)
		ls := d.wrap(b, textW-16)
		h := float64(len(ls))*lh + 10
		d.fillColor(colBannerFill)
		d.drawColor(colBannerLine)
		d.pdf.SetLineWidth(0.6)
		d.pdf.Rect(marginX, y, textW, h, "FD")
		d.textColor(colBannerText)
		for i, l := range ls {
			d.cell(marginX+8, y+5+float64(i)*lh, textW-16, lh, l, "C")
		}
		y += h + 5
	}
}

// contents draws the contents page: each section with its number, title
// and the page it starts on (from the previous pass), linked to it.
func (d *doc) contents() {
	lb := d.r.Meta.Labels
	d.addPage(true)
	d.bookmark(lb.Contents, 0)
	d.font(true, 20)
	d.textColor(colAccent)
	lh := d.lineH(20)
	d.cell(marginX, d.y(), textW, lh, lb.Contents, "L")
	d.setY(d.y() + lh + 8)

	type entry struct {
		key, number, title string
		level              int
	}
	var entries []entry
	for _, s := range d.r.Sections {
		entries = append(entries, entry{s.ID, s.Number, s.Title, s.Level})
	}
	entries = append(entries, entry{steeringKey, "", lb.SteeringTOC, 1})

	const pageColW = 14.0
	for i, e := range entries {
		bold, size, indent, numW := true, 11.0, 0.0, 12.0
		if e.level > 1 {
			bold, size, indent, numW = false, 10.5, 12.0, 12.0
		}
		if e.level <= 1 && i > 0 {
			d.gap(2.5)
		}
		d.font(bold, size)
		lh := d.lineH(size) + 1.2
		titleX := marginX + indent + numW
		titleW := textW - indent - numW - pageColW - 4
		ls := d.wrap(e.title, titleW)
		h := float64(len(ls)) * lh
		d.need(h)
		y := d.y()
		d.textColor(colText)
		d.cell(marginX+indent, y, numW, lh, e.number, "L")
		for j, l := range ls {
			d.cell(titleX, y+float64(j)*lh, titleW, lh, l, "L")
		}
		page := ""
		if p := d.prev.pages[e.key]; p > 0 {
			page = strconv.Itoa(p)
		}
		d.cell(pageW-marginX-pageColW, y+h-lh, pageColW, lh, page, "R")
		// Dotted leader from the end of the title to the page number.
		lastY := y + h - lh
		from := titleX + d.width(ls[len(ls)-1]) + 2
		to := pageW - marginX - d.width(page) - 2
		if to > from {
			d.pdf.SetLineCapStyle("round")
			d.pdf.SetDashPattern([]float64{0.01, 1.3}, 0)
			d.line(from, lastY+lh*0.68, to, lastY+lh*0.68, 0.35, colMuted)
			d.pdf.SetDashPattern(nil, 0)
			d.pdf.SetLineCapStyle("butt")
		}
		if l, ok := d.links[e.key]; ok {
			d.pdf.Link(marginX+indent, y, textW-indent, h, l)
		}
		d.setY(y + h)
	}
}

// section draws one section: a form section (level 1) starts a page.
func (d *doc) section(s model.Section) {
	title := s.Title
	if s.Number != "" {
		title = s.Number + " " + s.Title
	}
	size, numW := 17.0, 13.0
	if s.Level > 1 {
		size, numW = 12.5, 11.0
	}
	d.font(true, size)
	lh := d.lineH(size)
	x, w := marginX, textW
	if s.Number != "" {
		x, w = marginX+d.sp(numW), textW-d.sp(numW)
	}
	ls := d.wrap(s.Title, w)
	h := float64(len(ls)) * lh
	if s.Level <= 1 {
		d.addPage(true)
	} else {
		d.gap(7)
		// Keep the heading with the start of what follows it.
		d.need(h + d.sp(3) + d.keepHeight(s.Blocks))
	}
	d.startOf(s.ID, title, max(s.Level-1, 0))
	d.font(true, size)
	d.textColor(colAccent)
	y := d.y()
	if s.Number != "" {
		d.cell(marginX, y, d.sp(numW), lh, s.Number, "L")
	}
	for i, l := range ls {
		d.cell(x, y+float64(i)*lh, w, lh, l, "L")
	}
	y += h
	if s.Level <= 1 {
		y += d.sp(1.5)
		d.line(marginX, y, pageW-marginX, y, 0.4, colAccent)
		y += d.sp(6)
	} else {
		y += d.sp(3)
	}
	d.setY(y)
	for i, b := range s.Blocks {
		if i > 0 {
			d.gap(blockGap)
		}
		d.block(b, s.Blocks[i+1:])
	}
}

// blockGap is the space between the blocks of a section (mm, scaled).
const blockGap = 6.0

// block draws b; after are the blocks that follow it in its section (a
// table keeps the notes right after it in view).
func (d *doc) block(b model.Block, after []model.Block) {
	switch {
	case b.Paragraph != nil:
		d.paragraph(b.Paragraph)
	case b.Fields != nil:
		d.fields(b.Fields)
	case b.Table != nil:
		d.table(b.Table, d.trailingNotes(after))
	case b.Chart != nil:
		d.chart(b.Chart)
	case b.Note != nil:
		d.note(b.Note.Text)
	case b.Multiples != nil:
		d.multiples(b.Multiples)
	}
}

const bodySize = 10.0

// Paragraph typography: a lead-in in bold above its text.
const (
	leadInSize = 10.5
	leadInGap  = 1.5 // between the lead-in and its text (mm)
)

func (d *doc) paragraph(p *model.Paragraph) {
	lh := d.lineH(bodySize)
	if p.Heading != "" {
		// A lead-in is kept with the first lines of its text.
		d.need(d.paragraphStart(p))
		d.font(true, leadInSize)
		d.textColor(colText)
		d.lines(d.wrap(p.Heading, textW), marginX, textW, d.lineH(leadInSize), "L")
		d.gap(leadInGap)
	}
	for i, para := range strings.Split(p.Text, "\n\n") {
		if i > 0 {
			d.gap(2.5)
		}
		d.font(false, bodySize)
		d.textColor(colText)
		d.lines(d.wrap(para, textW), marginX, textW, lh, "L")
	}
}

// noteSize is the type size of a note block (points).
const noteSize = 8.0

// note draws small print across the text width.
func (d *doc) note(s string) {
	d.font(false, noteSize)
	d.textColor(colMuted)
	d.lines(d.wrap(s, textW), marginX, textW, d.lineH(noteSize), "L")
}

// fields draws a list of labels and values, one ruled row each.
func (d *doc) fields(f *model.Fields) {
	labelW := d.sp(fieldLabelW)
	valueW := textW - labelW
	pad := d.sp(fieldPad)
	lh := d.lineH(bodySize)
	for i, row := range f.Rows {
		ls, vs, h := d.fieldRow(row)
		d.need(h)
		y := d.y()
		if i == 0 {
			d.line(marginX, y, pageW-marginX, y, 0.2, colRule)
		}
		d.font(true, 9.5)
		d.textColor(colMuted)
		for j, l := range ls {
			d.cell(marginX, y+pad+float64(j)*lh, labelW, lh, l, "L")
		}
		d.font(false, bodySize)
		d.textColor(colText)
		for j, v := range vs {
			d.cell(marginX+labelW, y+pad+float64(j)*lh, valueW, lh, v, "L")
		}
		d.line(marginX, y+h, pageW-marginX, y+h, 0.2, colRule)
		d.setY(y + h)
	}
}

// Fields layout (mm, scaled): the label column and the padding of a row.
const (
	fieldLabelW = 52.0
	fieldPad    = 1.8
)

// fieldRow breaks a field's label and value into lines and gives the
// height of its row.
func (d *doc) fieldRow(f model.Field) (label, value []string, h float64) {
	labelW := d.sp(fieldLabelW)
	d.font(true, 9.5)
	label = d.wrap(f.Label, labelW-d.sp(3))
	d.font(false, bodySize)
	value = d.wrap(f.Value, textW-labelW)
	h = float64(max(len(label), len(value)))*d.lineH(bodySize) + 2*d.sp(fieldPad)
	return label, value, h
}

// or is s, or else def when s is empty.
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
