package pdf

import (
	"sort"
	"strings"

	"boso/reports/model"
	"boso/templates/msg"
)

// Table typography, in points and millimetres (scaled on the steering page).
const (
	tableSize     = 8.5
	tableSizeMin  = 6
	tableSizeWide = 8 // for tables of more than five columns
	captionSize   = 9.5
	tableNoteSz   = 7.5
	tableNoteGap  = 1.5 // between the table's closing rule and its notes (mm)
	cellPadX      = 1.8
	keepWhole     = 90.0 // a table up to this tall (mm) is not broken
	cellPadY      = 1.35
)

// laidRow is a table row broken into lines per column.
type laidRow struct {
	kind   model.RowKind
	cells  [][]string // lines per column; a group row has one spanning cell
	status []model.Status
	h      float64
}

// tableLayout is a table measured for drawing.
type tableLayout struct {
	t      *model.Table
	size   float64
	x      []float64 // left edge of each column
	w      []float64 // width of each column
	align  []string
	lh     float64
	padX   float64
	padY   float64
	header laidRow
	rows   []laidRow
	// the header row's type size and line height: smaller than the rows'
	// when a number column's title would otherwise take three lines
	headSize, headLH float64
}

// table draws t: caption, header row, rows and notes. Rows are never
// split across pages unless one is taller than a page; the caption
// (marked as continued) and the header row are repeated on every page
// the table continues on. after is the small print that follows the
// table (note blocks): with the table's own notes it is kept with the
// last row when it is short, else its first lines are.
func (d *doc) table(t *model.Table, after []smallPrint) {
	if len(t.Columns) == 0 {
		return
	}
	l := d.layoutTable(t)
	tail := d.tableTail(t, after)
	tailKeep := d.tailKeep(tail)
	// A short table is kept whole; a long one starts where its caption,
	// header and first rows fit.
	d.need(d.tableStart(&l, tail) + slack)
	d.caption(t.Caption)
	d.drawRow(&l, &l.header, 0, rowLines(&l.header), true)

	// room on a fresh page below the repeated caption and header
	fresh := contentBottom - d.top - d.captionHeight(msg.PDFContinued.F(t.Caption)) - l.header.h
	for i := range l.rows {
		row := &l.rows[i]
		keep, through := row.h, i
		if row.kind == model.GroupRow && i+1 < len(l.rows) {
			keep += l.rows[i+1].h // a heading row goes with the row below it
			through = i + 1
		}
		if through == len(l.rows)-1 {
			keep += tailKeep + slack // the notes do not start a page alone
		}
		if d.y()+keep > contentBottom && keep <= fresh {
			d.continueTable(&l)
		}
		if row.kind == model.TotalRow {
			d.line(marginX, d.y(), pageW-marginX, d.y(), 0.4, colAccent)
		}
		if d.y()+row.h <= contentBottom {
			d.drawRow(&l, row, 0, rowLines(row), false)
			continue
		}
		// Taller than a page: split between lines as a last resort.
		for from, n := 0, rowLines(row); from < n; {
			fit := int((contentBottom - d.y() - 2*l.padY) / l.lh)
			if fit < 1 {
				d.continueTable(&l)
				continue
			}
			to := min(from+fit, n)
			d.drawRow(&l, row, from, to, false)
			from = to
			if from < n {
				d.continueTable(&l)
			}
		}
	}
	y := d.y()
	d.line(marginX, y, pageW-marginX, y, 0.4, colAccent)
	d.setY(y + d.sp(tableNoteGap))
	for _, n := range t.Notes {
		d.font(false, tableNoteSz)
		d.textColor(colMuted)
		d.lines(d.wrap(n, textW), marginX, textW, d.lineH(tableNoteSz), "L")
	}
}

func (d *doc) continueTable(l *tableLayout) {
	d.addPage(true)
	d.caption(msg.PDFContinued.F(l.t.Caption))
	d.drawRow(l, &l.header, 0, rowLines(&l.header), true)
}

func (d *doc) captionHeight(s string) float64 {
	if s == "" {
		return 0
	}
	d.font(true, captionSize)
	return float64(len(d.wrap(s, textW)))*d.lineH(captionSize) + d.sp(1.5)
}

func (d *doc) caption(s string) {
	if s == "" {
		return
	}
	d.font(true, captionSize)
	d.textColor(colText)
	d.lines(d.wrap(s, textW), marginX, textW, d.lineH(captionSize), "L")
	d.gap(1.5)
}

func rowLines(r *laidRow) int {
	n := 0
	for _, c := range r.cells {
		n = max(n, len(c))
	}
	return max(n, 1)
}

// layoutTable sets the column widths from the relative widths over the
// text width, widened where a column's longest word or number would not
// fit, and breaks every cell into lines.
func (d *doc) layoutTable(t *model.Table) tableLayout {
	size := tableSize
	if len(t.Columns) > 5 {
		size = tableSizeWide
	}
	// A wide table (the form's economy table has eleven columns) gets
	// smaller type until every column's longest word and number fits,
	// rather than numbers broken across lines.
	// The cell padding shrinks with the type.
	padX := func(size float64) float64 { return d.sp(cellPadX) * min(1, size/tableSizeWide) }
	for size > tableSizeMin && sum(d.needs(t, size, padX(size))) >= textW {
		size -= 0.5
	}
	need := d.widenForTitles(d.needs(t, size, padX(size)), d.titleNeeds(t, size, padX(size)))
	l := tableLayout{t: t, size: size, lh: d.lineH(size) * 0.95, padX: padX(size), padY: d.sp(cellPadY)}
	l.w = columnWidths(t, need)
	x := marginX
	for i, c := range t.Columns {
		l.x = append(l.x, x)
		x += l.w[i]
		align := "L"
		if numeric(c.Kind) {
			align = "R"
		}
		l.align = append(l.align, align)
	}

	l.headSize = d.headerSize(t, size, l.w, l.padX)
	l.headLH = d.lineH(l.headSize) * 0.95
	d.font(true, l.headSize)
	l.header = laidRow{kind: "header"}
	for i, c := range t.Columns {
		l.header.cells = append(l.header.cells, d.wrap(c.Title, l.w[i]-2*l.padX))
	}
	l.header.h = float64(rowLines(&l.header))*l.headLH + 2*l.padY

	for _, r := range t.Rows {
		lr := laidRow{kind: r.Kind}
		d.font(r.Kind != model.DataRow, size)
		if r.Kind == model.GroupRow {
			var parts []string
			for _, c := range r.Cells {
				if c.Text != "" {
					parts = append(parts, c.Text)
				}
			}
			lr.cells = [][]string{d.wrap(strings.Join(parts, " · "), textW-2*l.padX)}
		} else {
			for i := range t.Columns {
				var c model.Cell
				if i < len(r.Cells) {
					c = r.Cells[i]
				}
				lr.cells = append(lr.cells, d.wrap(c.Text, l.w[i]-2*l.padX))
				lr.status = append(lr.status, c.Status)
			}
		}
		lr.h = float64(rowLines(&lr))*l.lh + 2*l.padY
		l.rows = append(l.rows, lr)
	}
	return l
}

func numeric(k model.ColumnKind) bool {
	switch k {
	case model.NumberColumn, model.AmountColumn, model.PercentColumn:
		return true
	}
	return false
}

// columnWidths shares the text width among the columns by their relative
// widths, but gives each column at least the width of its longest word
// (a whole number, in a number column) so no word is broken, taking the
// room from the columns that have more than they need.
func columnWidths(t *model.Table, need []float64) []float64 {
	n := len(t.Columns)
	w := make([]float64, n)
	total := sum(need)
	if total >= textW {
		// Not even the words fit: share by need.
		for i := range w {
			w[i] = textW * need[i] / total
		}
		return w
	}
	fixed := make([]bool, n)
	for {
		free, weight := textW, 0.0
		for i, c := range t.Columns {
			if fixed[i] {
				free -= need[i]
			} else {
				weight += colWeight(c)
			}
		}
		changed := false
		for i, c := range t.Columns {
			if fixed[i] {
				w[i] = need[i]
				continue
			}
			w[i] = free * colWeight(c) / weight
			if w[i] < need[i] {
				fixed[i], changed = true, true
			}
		}
		if !changed {
			return w
		}
	}
}

// headerTitleLines is the most lines a number column's title should take.
const headerTitleLines = 2

// titleNeeds returns, per number column, the least width (with padding)
// at which its title takes at most headerTitleLines lines in the header's
// type at size; 0 for other columns, whose titles wrap like their text.
func (d *doc) titleNeeds(t *model.Table, size, padX float64) []float64 {
	d.font(true, size)
	need := make([]float64, len(t.Columns))
	for i, c := range t.Columns {
		if numeric(c.Kind) {
			need[i] = min(d.linesWidth(c.Title, headerTitleLines)+2*padX+widthSlack, textW*0.4)
		}
	}
	return need
}

// linesWidth is the least width at which s wraps to at most n lines in
// the current font. That width is the width of one of its lines, a run
// of words, so the runs are tried from the narrowest.
func (d *doc) linesWidth(s string, n int) float64 {
	ws := strings.Fields(s)
	var cands []float64
	for i := range ws {
		for j := i + 1; j <= len(ws); j++ {
			cands = append(cands, d.width(strings.Join(ws[i:j], " ")))
		}
	}
	sort.Float64s(cands)
	for _, w := range cands {
		if len(d.wrap(s, w)) <= n {
			return w
		}
	}
	return d.width(s)
}

// headerSize is the type size of the header row: the rows' size, or down
// to a point smaller while that keeps a number column's title from a
// third line in the widths w.
func (d *doc) headerSize(t *model.Table, size float64, w []float64, padX float64) float64 {
	over := func(hs float64) bool {
		d.font(true, hs)
		for i, c := range t.Columns {
			if numeric(c.Kind) && len(d.wrap(c.Title, w[i]-2*padX)) > headerTitleLines {
				return true
			}
		}
		return false
	}
	hs := size
	for over(hs) && hs-0.5 >= max(tableSizeMin, size-1) {
		hs -= 0.5
	}
	if over(hs) {
		return size // smaller type does not help: keep the header like the rows
	}
	return hs
}

// widenForTitles raises the least widths need to the widths title at
// which number columns' titles take two lines, as far as the text width
// allows, cheapest first. Columns whose titles need the same width («1.
// halvår 2024», «1. halvår 2025») are widened together or not at all, so
// a row of period titles never breaks some into three lines and others
// into two. Whatever is left over is then shared by weight. The table's
// type stays the same; titles still too long may get a smaller header
// type (headerSize).
func (d *doc) widenForTitles(need, title []float64) []float64 {
	need = append([]float64(nil), need...)
	type group struct {
		cols  []int
		extra float64
	}
	var groups []group
	at := map[float64]int{}
	for i := range need {
		if title[i] <= need[i] {
			continue
		}
		k, ok := at[title[i]]
		if !ok {
			k = len(groups)
			at[title[i]] = k
			groups = append(groups, group{})
		}
		groups[k].cols = append(groups[k].cols, i)
		groups[k].extra += title[i] - need[i]
	}
	sort.SliceStable(groups, func(a, b int) bool { return groups[a].extra < groups[b].extra })
	total := sum(need)
	for _, g := range groups {
		if total+g.extra >= textW {
			continue
		}
		total += g.extra
		for _, i := range g.cols {
			need[i] = title[i]
		}
	}
	return need
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// needs returns each column's least width at a type size: its longest word
// (a whole number, in a number column) and the padding.
func (d *doc) needs(t *model.Table, size, padX float64) []float64 {
	n := len(t.Columns)
	need := make([]float64, n)
	widest := func(i int, s string, whole bool) {
		if whole {
			need[i] = max(need[i], d.width(s))
			return
		}
		for _, w := range strings.Fields(s) {
			need[i] = max(need[i], d.width(w))
		}
	}
	d.font(true, size)
	for i, c := range t.Columns {
		widest(i, c.Title, false)
	}
	for _, r := range t.Rows {
		if r.Kind == model.GroupRow {
			continue
		}
		d.font(r.Kind != model.DataRow, size)
		for i := range min(n, len(r.Cells)) {
			widest(i, r.Cells[i].Text, numeric(t.Columns[i].Kind))
		}
	}
	for i := range need {
		need[i] = min(need[i]+2*padX+widthSlack, textW*0.4)
	}
	return need
}

// widthSlack (mm) is added to every least width, so a word measured to
// fit exactly is not wrapped by rounding.
const widthSlack = 0.1

func colWeight(c model.Column) float64 {
	if c.Width > 0 {
		return c.Width
	}
	return 1
}

// drawRow draws lines [from, to) of every cell of r at the current
// position and moves below it.
func (d *doc) drawRow(l *tableLayout, r *laidRow, from, to int, header bool) {
	y := d.y()
	size, lh := l.size, l.lh
	if header {
		size, lh = l.headSize, l.headLH
	}
	h := float64(to-from)*lh + 2*l.padY
	switch {
	case header:
		d.rect(marginX, y, textW, h, colAccent)
	case r.kind == model.GroupRow:
		d.rect(marginX, y, textW, h, colGroup)
	case r.kind == model.TotalRow:
		d.rect(marginX, y, textW, h, colTotal)
	}
	d.font(header || r.kind != model.DataRow, size)
	if header {
		d.textColor(colWhite)
	} else {
		d.textColor(colText)
	}
	if r.kind == model.GroupRow {
		for j := from; j < min(to, len(r.cells[0])); j++ {
			d.cell(marginX+l.padX, y+l.padY+float64(j-from)*lh, textW-2*l.padX, lh, r.cells[0][j], "L")
		}
	} else {
		for i, ls := range r.cells {
			if i < len(r.status) {
				if c, ok := statusColour(r.status[i]); ok {
					d.rect(l.x[i]+0.25, y+0.25, l.w[i]-0.5, h-0.5, c)
				}
			}
			for j := from; j < min(to, len(ls)); j++ {
				d.cell(l.x[i]+l.padX, y+l.padY+float64(j-from)*lh, l.w[i]-2*l.padX, lh, ls[j], l.align[i])
			}
		}
	}
	if !header && r.kind != model.TotalRow {
		d.line(marginX, y+h, pageW-marginX, y+h, 0.15, colRule)
	}
	d.setY(y + h)
}

// statusColour is the subtle background of a status cell; the cell's
// text still says the status.
func statusColour(s model.Status) (rgb, bool) {
	switch s {
	case model.OnTrack:
		return colOnTrack, true
	case model.OffTrack:
		return colOffTrack, true
	}
	return rgb{}, false
}
