package pdf

import (
	"strings"

	"boso/reports/model"
)

// What stays together across a page break. A heading (of a section, a
// lead-in, a table's caption, a chart's title) is never the last thing on
// a page: it goes to the next page unless the start of what follows it
// fits below it. The start of a block is what the block itself would
// move to a new page for; each block's drawing asks for the same height
// it reports here, so the two cannot disagree.

// slack is added to every height kept together, so a sum rounded in a
// different order when drawn cannot push the last line over the foot.
const slack = 0.01

// keepHeight is the height of the start of bs[0], the first of the
// blocks below a heading: a paragraph's lead-in and first lines, a
// field's first row, a table's caption, header and first rows (a short
// table whole, with its notes), a whole chart, a note's first lines.
func (d *doc) keepHeight(bs []model.Block) float64 {
	if len(bs) == 0 {
		return 0 // nothing follows to keep the heading with
	}
	b := bs[0]
	switch {
	case b.Paragraph != nil:
		return d.paragraphStart(b.Paragraph)
	case b.Fields != nil:
		if len(b.Fields.Rows) == 0 {
			return 0
		}
		_, _, h := d.fieldRow(b.Fields.Rows[0])
		return h
	case b.Table != nil:
		if len(b.Table.Columns) == 0 {
			return 0
		}
		l := d.layoutTable(b.Table)
		return d.tableStart(&l, d.tableTail(b.Table, d.trailingNotes(bs[1:])))
	case b.Chart != nil:
		return d.layoutChart(b.Chart).total
	case b.Multiples != nil:
		return d.layoutMultiples(b.Multiples).start()
	case b.Note != nil:
		d.font(false, noteSize)
		return float64(min(len(d.wrap(b.Note.Text, textW)), 2)) * d.lineH(noteSize)
	}
	return 0
}

// paragraphStart is the height of p's lead-in and the first two lines of
// its text (one, if its first paragraph has only one).
func (d *doc) paragraphStart(p *model.Paragraph) float64 {
	h := 0.0
	if p.Heading != "" {
		d.font(true, leadInSize)
		h = float64(len(d.wrap(p.Heading, textW)))*d.lineH(leadInSize) + d.sp(leadInGap)
	}
	first, _, _ := strings.Cut(p.Text, "\n\n")
	d.font(false, bodySize)
	return h + float64(min(len(d.wrap(first, textW)), 2))*d.lineH(bodySize)
}

// smallPrint is a run of small print below a table: the space above it
// and its lines.
type smallPrint struct {
	gap, lh float64
	lines   int
}

// shortNotes is the most small print (mm) kept whole with a table's last
// row; of longer notes the first two lines go with it.
const shortNotes = 40.0

// trailingNotes are the note blocks at the start of after: small print
// that belongs to the table above them.
func (d *doc) trailingNotes(after []model.Block) []smallPrint {
	var out []smallPrint
	for _, b := range after {
		if b.Note == nil {
			break
		}
		d.font(false, noteSize)
		out = append(out, smallPrint{gap: d.sp(blockGap), lh: d.lineH(noteSize), lines: len(d.wrap(b.Note.Text, textW))})
	}
	return out
}

// tableTail is the small print under t: its own notes, then the note
// blocks after it.
func (d *doc) tableTail(t *model.Table, after []smallPrint) []smallPrint {
	d.font(false, tableNoteSz)
	n := 0
	for _, s := range t.Notes {
		n += len(d.wrap(s, textW))
	}
	return append([]smallPrint{{gap: d.sp(tableNoteGap), lh: d.lineH(tableNoteSz), lines: n}}, after...)
}

// tailKeep is how much of the small print goes with a table's last row:
// all of it when it is short, else its first two lines.
func (d *doc) tailKeep(tail []smallPrint) float64 {
	all, lines := 0.0, 0
	for _, s := range tail {
		all += s.gap + float64(s.lines)*s.lh
		lines += s.lines
	}
	if lines == 0 {
		return 0
	}
	if all <= d.sp(shortNotes) {
		return all
	}
	h := 0.0
	for _, s := range tail {
		h += s.gap
		if s.lines > 0 {
			return h + float64(min(s.lines, 2))*s.lh
		}
	}
	return h
}

// tableStart is the height a table asks for where it starts: a short one
// whole, with the small print kept with its last row; a long one its
// caption, header and first row (with the row below, if the first is a
// group heading).
func (d *doc) tableStart(l *tableLayout, tail []smallPrint) float64 {
	capH := d.captionHeight(l.t.Caption)
	whole := capH + l.header.h
	for _, r := range l.rows {
		whole += r.h
	}
	if whole <= keepWhole {
		return whole + d.tailKeep(tail)
	}
	if len(l.rows) == 0 {
		return capH + l.header.h
	}
	n := 1
	if l.rows[0].kind == model.GroupRow && len(l.rows) > 1 {
		n = 2 // a group heading row goes with the row below it
	}
	h := capH + l.header.h
	for _, r := range l.rows[:n] {
		h += r.h
	}
	if n == len(l.rows) {
		h += d.tailKeep(tail)
	}
	return h
}
