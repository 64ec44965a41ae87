package xlsx

import (
	"math"
	"strings"
	"unicode/utf8"

	"boso/reports/model"
	"boso/templates/msg"
)

// The printed page. Every sheet is fitted to the page width (fitToWidth),
// which each spreadsheet computes from its own column widths: a column one
// character wide is 7 pixels (5.25 pt) in Excel with Calibri, wider in
// LibreOffice with a substitute font. The narrower the columns, the less
// the sheet is shrunk and the taller each row is on paper, so pages are
// planned with Excel's widths: a spreadsheet that shrinks the sheet more
// fits at least as many rows on a page, and the planned breaks come before
// any break of its own.
const (
	a4Width, a4Height = 595.28, 841.89 // points
	sideMargin        = 0.6            // inches
	bodyMargin        = 0.75           // inches from the top and bottom edges to the body; the running header and footer sit in it
	headerMargin      = 0.3            // inches from the edge to the running header and footer
	pointsPerChar     = 5.25           // one character of column width in Excel: 7 pixels at 96 dpi
	pageSlack         = 0.97           // of the page's body is planned, for rounding in either program
)

// layout is how the sheets of one part are laid out: their columns, their
// page, and where the part's tables went (charts refer to them).
type layout struct {
	widths    []float64 // column widths in characters
	span      int       // columns that running text spans
	landscape bool
	capacity  float64 // points of sheet rows one printed page holds
	top       float64 // points of a sheet's heading block (heading, banners, a blank row)
	placed    map[string]placement
}

// newLayout sizes the columns for the tables and fields of secs: each
// column as wide as its widest use, running text at least minTextWidth.
func newLayout(secs []model.Section, banners int, placed map[string]placement) *layout {
	l := &layout{placed: placed}
	fields := false
	for _, sec := range secs {
		for _, bl := range sec.Blocks {
			switch {
			case bl.Table != nil:
				for j, c := range bl.Table.Columns {
					for len(l.widths) <= j {
						l.widths = append(l.widths, 0)
					}
					l.widths[j] = math.Max(l.widths[j], columnWidth(c))
				}
			case bl.Fields != nil:
				fields = true
			}
		}
	}
	if fields {
		for len(l.widths) < 2 {
			l.widths = append(l.widths, 0)
		}
		l.widths[0] = math.Max(l.widths[0], 28)
		l.widths[1] = math.Max(l.widths[1], 60)
	}
	if len(l.widths) == 0 {
		// running text only, in two columns: LibreOffice does not shrink
		// a single column that is wider than the page, it cuts it
		l.widths = []float64{proseWidth / 2, proseWidth / 2}
	}
	if w := sum(l.widths); w < minTextWidth {
		// running text on a sheet of narrow tables gets a column of its
		// own beside them, so the tables keep their widths
		l.widths = append(l.widths, minTextWidth-w)
	}
	l.span = len(l.widths)
	l.landscape = tablesWidth(secs) > landscapeFrom
	w, h := a4Width, a4Height
	if l.landscape {
		w, h = h, w
	}
	scale := math.Min(1, (w-2*sideMargin*72)/(sum(l.widths)*pointsPerChar))
	l.capacity = (h - 2*bodyMargin*72) / scale * pageSlack
	l.top = 16*1.6 + float64(banners+1)*lineHeight
	return l
}

// columnWidth is a table column's width in characters: its share of the
// table, and wide enough for the header's longest word, which would
// otherwise break inside (bold is wider).
func columnWidth(c model.Column) float64 {
	return math.Max(math.Max(c.Width, 0.8)*widthUnit, longestWord(c.Title)*1.15+2)
}

// tablesWidth is the width in characters of the widest table in secs.
func tablesWidth(secs []model.Section) float64 {
	widest := 0.0
	for _, sec := range secs {
		for _, bl := range sec.Blocks {
			if bl.Table != nil {
				w := 0.0
				for _, c := range bl.Table.Columns {
					w += columnWidth(c)
				}
				widest = math.Max(widest, w)
			}
		}
	}
	return widest
}

// orientationGroups splits a part's sections where the page turns: a
// sheet prints either portrait or landscape, so subsections whose tables
// need landscape and those whose tables fit portrait go on sheets of their
// own. A section without tables stays with the one before it.
func orientationGroups(secs []model.Section) [][]model.Section {
	var out [][]model.Section
	known, landscape := false, false
	for i, sec := range secs {
		w := tablesWidth(secs[i : i+1])
		if i > 0 && w > 0 && known && (w > landscapeFrom) != landscape {
			out = append(out, nil)
			known = false
		}
		if len(out) == 0 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], sec)
		if w > 0 && !known {
			known, landscape = true, w > landscapeFrom
		}
	}
	return out
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

func longestWord(s string) float64 {
	n := 0
	for _, w := range strings.Fields(s) {
		n = max(n, utf8.RuneCountInString(w))
	}
	return float64(n)
}

// long reports whether a table does not fit on one page below a sheet's
// heading, so that it breaks across pages.
func (l *layout) long(t *model.Table) bool {
	return sum(tableHeights(t, l.widths)) > l.capacity-l.top
}

// item is one thing a sheet shows, in order: a subsection's heading
// (with its level) or a block.
type item struct {
	heading string
	level   int
	block   model.Block
}

// sheetPlan is what one sheet shows.
type sheetPlan struct {
	lay           *layout
	name, heading string
	// toc is the sheet heading's line in the cover's contents, at level
	// (1 a section, 2 a subsection); "" for a sheet that goes on with a
	// section, whose heading is no new one
	toc   string
	level int
	items []item
	// long is the sheet's table that breaks across pages; its header
	// row is the sheet's print title, so no other table is on the sheet
	long *model.Table
	// freeze: the sheet shows nothing but long (below its headings), so
	// its header row is frozen
	freeze bool
	// section is the heading of the section the sheet starts in (its own
	// heading, or the one it continues); continued: the sheet goes on with
	// that section from the sheet before
	section   string
	continued bool
}

// plan lays a part out on sheets. Excel repeats one range of rows at the
// top of every printed page of a sheet, so a table that breaks across
// pages gets a sheet whose only table it is, with its header as that
// range; on every other sheet no table breaks (paginate puts manual breaks
// before them) and nothing is repeated. So every page that continues a
// table starts with that table's header, and no page shows another
// table's. Text may stand above a long table on its sheet (a section's
// short introduction, printed on the table's first page, above its
// header); its notes stay below it; whatever follows goes on the next
// sheet, headed by the section it continues.
//
// Sections that print in another orientation than those before them start
// a sheet too (orientationGroups), headed by their own heading.
//
// The part's first sheet has the part's name; each further sheet is named
// after what is on it (continuationName).
func (b *book) plan(p part) []*sheetPlan {
	if b.placed == nil {
		b.placed = map[string]placement{}
	}
	placed := b.placed
	var out []*sheetPlan
	for i, secs := range orientationGroups(p.secs) {
		first := &sheetPlan{name: p.name, heading: p.heading, toc: p.toc, level: 1, section: p.heading}
		if i > 0 {
			h := sectionHeading(secs[0])
			first = &sheetPlan{heading: h, toc: h, level: secs[0].Level, section: h}
		}
		first.lay = newLayout(secs, len(b.meta.Banners), placed)
		out = append(out, b.planSheets(secs, first)...)
	}
	for _, sp := range out[1:] {
		sp.name = b.continuationName(p, sp)
	}
	return out
}

// continuationName names a part's further sheet after what is on it: a
// sheet that starts with a subsection by its heading («5.2 Per 1000
// innbyggere»), a sheet that goes on with a section by that section and
// «forts.» («3 Aktivitetsplan, forts.», then «…, forts. 2»), the part's
// own section by the part's short name. Names are cut to fit Excel's 31
// characters at a word, before the «forts.».
func (b *book) continuationName(p part, sp *sheetPlan) string {
	short := sp.section
	if short == p.heading {
		short = p.name
	}
	if !sp.continued {
		return b.uniqueName(short)
	}
	for n := 1; n < 100; n++ {
		name := func(section string) string {
			if n == 1 {
				return msg.XlsxSheetContinuedName.F(section)
			}
			return msg.XlsxSheetContinuedNameN.F(section, n)
		}
		room := maxSheetName - utf8.RuneCountInString(name(""))
		if c := name(shorten(validName(short), room)); !b.names[strings.ToLower(c)] {
			return b.uniqueName(c)
		}
	}
	return b.uniqueName(short)
}

// planSheets lays sections out on sheets of one layout, from first on.
func (b *book) planSheets(secs []model.Section, first *sheetPlan) []*sheetPlan {
	lay := first.lay
	items, sectionOf := partItems(secs)
	cur := first
	out := []*sheetPlan{cur}
	// next starts a sheet headed by a subsection's heading
	next := func(it item, items []item) {
		cur = &sheetPlan{lay: lay, heading: it.heading, toc: it.heading, level: it.level, section: it.heading, items: items}
		out = append(out, cur)
	}
	// goOn starts a sheet that goes on with the section item i is in
	goOn := func(i int) {
		cur = &sheetPlan{lay: lay, heading: msg.XlsxSheetContinued.F(sectionOf[i]), section: sectionOf[i], continued: true}
		out = append(out, cur)
	}
	afterLong := false
	for i, it := range items {
		if afterLong {
			if it.block.Note != nil {
				cur.items = append(cur.items, it)
				continue
			}
			afterLong = false
			if it.heading != "" {
				next(it, nil)
				continue
			}
			goOn(i)
		}
		t := it.block.Table
		if t == nil || !lay.long(t) {
			cur.items = append(cur.items, it)
			continue
		}
		if cur.hasFigures() {
			// the long table starts a sheet, with the headings just above it
			k := len(cur.items)
			for k > 0 && cur.items[k-1].heading != "" {
				k--
			}
			moved := append([]item(nil), cur.items[k:]...)
			cur.items = cur.items[:k]
			if len(moved) > 0 {
				next(moved[0], moved[1:])
			} else {
				goOn(i)
			}
		}
		cur.freeze = true
		for _, before := range cur.items {
			cur.freeze = cur.freeze && before.heading != ""
		}
		cur.items = append(cur.items, it)
		cur.long = t
		afterLong = true
	}
	return out
}

// hasFigures reports whether the sheet shows a table or a chart.
func (sp *sheetPlan) hasFigures() bool {
	for _, it := range sp.items {
		if it.block.Table != nil || it.block.Chart != nil || it.block.Multiples != nil {
			return true
		}
	}
	return false
}

// partItems lists what the part's sections show, in order: each section's
// heading but the first's (the sheet's heading), then its blocks, with a
// chart that comes before its table moved to just below the table, where
// it is drawn from the table's cells. sectionOf[i] is the heading of the
// section item i is in.
func partItems(secs []model.Section) (items []item, sectionOf []string) {
	tables := map[string]bool{}
	for _, sec := range secs {
		for _, bl := range sec.Blocks {
			if bl.Table != nil {
				tables[bl.Table.ID] = true
			}
		}
	}
	seen := map[string]bool{}
	waiting := map[string][]item{}
	for i, sec := range secs {
		h := sectionHeading(sec)
		if i > 0 {
			items, sectionOf = append(items, item{heading: h, level: sec.Level}), append(sectionOf, h)
		}
		for _, bl := range sec.Blocks {
			if c := bl.Chart; c != nil && tables[c.TableID] && !seen[c.TableID] {
				waiting[c.TableID] = append(waiting[c.TableID], item{block: bl})
				continue
			}
			if m := bl.Multiples; m != nil && tables[m.TableID] && !seen[m.TableID] {
				waiting[m.TableID] = append(waiting[m.TableID], item{block: bl})
				continue
			}
			items, sectionOf = append(items, item{block: bl}), append(sectionOf, h)
			if t := bl.Table; t != nil {
				seen[t.ID] = true
				for _, w := range waiting[t.ID] {
					items, sectionOf = append(items, w), append(sectionOf, h)
				}
				delete(waiting, t.ID)
			}
		}
	}
	return items, sectionOf
}

// unit is a run of rows that a page break must not split: a heading, a
// paragraph, a table, a chart with its source.
type unit struct {
	first, last int  // rows
	glue        bool // a heading: kept on the page of what follows
	group       int  // a table and the charts and notes below it share a number > 0, kept together when they fit
}

// paginate returns the rows before which a printed page must break so that
// no unit is split: a heading stays with what follows it, a table with its
// charts and notes when they fit on one page together, else each on its
// own; only what is taller than a page breaks, between its rows. height
// gives the points of rows from..to; capacity is a page's.
func paginate(units []unit, height func(from, to int) float64, capacity float64) []int {
	p := &paginator{height: height, capacity: capacity, top: 1}
	for i := 0; i < len(units); {
		j := i
		for j < len(units)-1 && units[j].glue {
			j++
		}
		k := j + 1
		for k < len(units) && units[j].group > 0 && units[k].group == units[j].group {
			k++
		}
		p.block(units[i:k])
		i = k
	}
	return p.breaks
}

type paginator struct {
	height   func(from, to int) float64
	capacity float64
	top      int // first row of the current page
	breaks   []int
}

func (p *paginator) block(us []unit) {
	first, last := us[0].first, us[len(us)-1].last
	if p.height(first, last) <= p.capacity {
		p.place(first, last)
		return
	}
	if len(us) == 1 {
		for r := first; r <= last; r++ {
			p.place(r, r)
		}
		return
	}
	// the headings with the first thing below them, then the rest one by one
	k := 0
	for k < len(us)-1 && us[k].glue {
		k++
	}
	if k+1 < len(us) {
		p.block(us[:k+1])
		us = us[k+1:]
	}
	for _, u := range us {
		p.block([]unit{u})
	}
}

// place puts rows first..last on the current page, or on a new one when
// they do not fit below what it holds.
func (p *paginator) place(first, last int) {
	if first > p.top && p.height(p.top, last) > p.capacity {
		p.breaks = append(p.breaks, first)
		p.top = first
	}
}
