package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"boso/reports/model"
	"boso/templates/excel"
)

// table writes a table at the current row: caption, a bold header row,
// the rows, the notes.
func (s *sheet) table(t *model.Table) (placement, error) {
	if t.Caption != "" {
		if err := s.set(1, s.row, t.Caption, style{bold: true}); err != nil {
			return placement{}, err
		}
		if err := s.setHeight(s.row, lineHeight); err != nil {
			return placement{}, err
		}
		s.row++
	}
	header := s.row
	for j, c := range t.Columns {
		if err := s.set(j+1, header, c.Title, style{bold: true, wrap: true, top: true, fill: headerFill, bottomRule: true, right: numeric(c.Kind)}); err != nil {
			return placement{}, err
		}
	}
	if err := s.fitRow(header, titles(t), true); err != nil {
		return placement{}, err
	}
	if t == s.long {
		s.header = header
	}
	p := placement{t: t, sheet: s.name, first: header + 1}
	// a row whose text needs more than the highest row goes on in the
	// rows below it: then each table row has its own first sheet row
	next := p.first
	for _, r := range t.Rows {
		p.rows = append(p.rows, next)
		next += len(rowHeights(t, r, s.widths))
	}
	if next == p.first+len(t.Rows) {
		p.rows = nil
	}
	for i, r := range t.Rows {
		if err := s.tableRow(p, i, r); err != nil {
			return placement{}, err
		}
	}
	s.row = next
	for _, n := range t.Notes {
		if err := s.merged(n, 1, max(len(t.Columns), 1), noteStyle); err != nil {
			return placement{}, err
		}
	}
	s.row++
	return p, nil
}

var noteStyle = style{italic: true, size: 9}

// tableHeights are the heights table writes its rows with, in order:
// caption, header, rows, notes; widths are the sheet's columns.
func tableHeights(t *model.Table, widths []float64) []float64 {
	var out []float64
	if t.Caption != "" {
		out = append(out, lineHeight)
	}
	out = append(out, fitHeight(titles(t), widths, true))
	cols := sum(widths[:min(max(len(t.Columns), 1), len(widths))])
	for _, r := range t.Rows {
		out = append(out, rowHeights(t, r, widths)...)
	}
	for _, n := range t.Notes {
		out = append(out, mergedHeights(n, cols, noteStyle)...)
	}
	return out
}

// rowHeights are the heights of the sheet rows a table row takes: one,
// or more when its text needs more than the highest row Excel allows.
func rowHeights(t *model.Table, r model.Row, widths []float64) []float64 {
	base, spans := rowStyle(t, r)
	if spans {
		cols := sum(widths[:min(max(len(t.Columns), 1), len(widths))])
		return mergedHeights(r.Cells[0].Text, cols, base)
	}
	var out []float64
	for _, texts := range rowPieces(rowTexts(r), widths, base.bold) {
		out = append(out, fitHeight(texts, widths, base.bold))
	}
	return out
}

// rowPieces splits a row's texts (texts[j] in column j+1) over the rows
// they need: one, or more when the row would be higher than Excel allows,
// each column's text going on in the rows below.
func rowPieces(texts []string, widths []float64, bold bool) [][]string {
	cols := make([][]string, len(texts))
	rows := 1
	for j, t := range texts {
		cols[j] = []string{t}
		if j < len(widths) && t != "" {
			cols[j] = splitLines(t, widths[j], bold, maxLines(11))
		}
		rows = max(rows, len(cols[j]))
	}
	out := make([][]string, rows)
	for i := range out {
		out[i] = make([]string, len(texts))
		for j := range texts {
			if i < len(cols[j]) {
				out[i][j] = cols[j][i]
			}
		}
	}
	return out
}

// rowOf is the first sheet row of table row i.
func (p placement) rowOf(i int) int {
	if p.rows != nil {
		return p.rows[i]
	}
	return p.first + i
}

// rowStyle is the look of a table row, and whether its one text spans the
// table (a hovedmål heading).
func rowStyle(t *model.Table, r model.Row) (style, bool) {
	base := style{top: true}
	switch r.Kind {
	case model.TotalRow:
		base.bold, base.topRule = true, true
	case model.GroupRow:
		base.bold, base.fill = true, groupFill
	}
	return base, r.Kind == model.GroupRow && len(r.Cells) > 0 && onlyFirst(r.Cells) && len(t.Columns) > 1
}

// rowTexts are the texts of a row's cells, "" for numbers.
func rowTexts(r model.Row) []string {
	texts := make([]string, len(r.Cells))
	for j, c := range r.Cells {
		if !c.IsNum {
			texts[j] = c.Text
		}
	}
	return texts
}

func numeric(k model.ColumnKind) bool {
	return k == model.NumberColumn || k == model.AmountColumn || k == model.PercentColumn
}

func (s *sheet) tableRow(p placement, i int, r model.Row) error {
	t := p.t
	row := p.rowOf(i)
	base, spans := rowStyle(t, r)
	if spans {
		s.row = row
		return s.merged(r.Cells[0].Text, 1, len(t.Columns), base)
	}
	pieces := rowPieces(rowTexts(r), s.widths, base.bold)
	if err := s.setHeight(row, fitHeight(pieces[0], s.widths, base.bold)); err != nil {
		return err
	}
	// the rest of long texts, in the rows below, with the row's look
	for m, texts := range pieces[1:] {
		below := row + 1 + m
		if err := s.setHeight(below, fitHeight(texts, s.widths, base.bold)); err != nil {
			return err
		}
		st := base
		st.topRule, st.wrap = false, true
		for j := range max(len(r.Cells), len(t.Columns)) {
			var v any
			if j < len(texts) && texts[j] != "" {
				v = texts[j]
			}
			if err := s.set(j+1, below, v, st); err != nil {
				return err
			}
		}
	}
	for j, c := range r.Cells {
		kind := model.TextColumn
		if j < len(t.Columns) {
			kind = t.Columns[j].Kind
		}
		st := base
		switch c.Status {
		case model.OnTrack:
			st.fill = onTrackFill
		case model.OffTrack:
			st.fill = offTrackFill
		}
		ref := s.cell(j+1, row)
		if !c.IsNum {
			// text, an SSB mark, or an empty cell; an empty cell may hold a
			// formula whose result is empty until a figure is typed in
			st.wrap = true
			st.right = numeric(kind) || c.Mark != ""
			var v any
			if c.Text != "" {
				v = pieces[0][j]
			}
			if c.Formula != nil && c.Text == "" {
				st.wrap, st.right, st.numFmt = false, true, numberFormat(kind, c)
				if err := s.set(j+1, row, nil, st); err != nil {
					return err
				}
				// its cached result is empty, as boso shows it
				if err := s.formulaAt(p, i, j, ref, c.Formula, nil); err != nil {
					return err
				}
				continue
			}
			if err := s.set(j+1, row, v, st); err != nil {
				return err
			}
			continue
		}
		st.right = true
		st.numFmt = numberFormat(kind, c)
		if c.Formula != nil {
			if err := s.set(j+1, row, nil, st); err != nil {
				return err
			}
			// boso's value is the formula's cached result
			if err := s.formulaAt(p, i, j, ref, c.Formula, c.Num.Float()); err != nil {
				return err
			}
			continue
		}
		if err := s.set(j+1, row, c.Num.Float(), st); err != nil {
			return err
		}
	}
	// an empty cell of a shaded or ruled row still carries the row's look
	for j := len(r.Cells); j < len(t.Columns) && (base.fill != "" || base.topRule); j++ {
		if err := s.set(j+1, row, nil, base); err != nil {
			return err
		}
	}
	return nil
}

func titles(t *model.Table) []string {
	out := make([]string, len(t.Columns))
	for j, c := range t.Columns {
		out[j] = c.Title
	}
	return out
}

func onlyFirst(cells []model.Cell) bool {
	for _, c := range cells[1:] {
		if c.Text != "" || c.IsNum {
			return false
		}
	}
	return true
}

// numberFormat is the cell's number format: Norwegian grouping and
// decimals as the model shows them, in excelize's locale-independent codes
// ("#,##0.0"), which Excel and LibreOffice show with the reader's
// separators (1 234,5 in Norway).
func numberFormat(kind model.ColumnKind, c model.Cell) string {
	f := "#,##0"
	if c.Decimals > 0 {
		f += "." + strings.Repeat("0", c.Decimals)
	}
	if kind == model.PercentColumn && strings.Contains(c.Text, "%") {
		// the value is in per cent already (12.5 means 12,5 %), so a
		// literal sign, not Excel's %, which would multiply by 100; only
		// where the other formats print it too (a column whose title
		// says «(%)» has bare numbers)
		f += `" %"`
	}
	if c.Mark == "*" {
		f += `" *"`
	}
	if c.Signed {
		// +1 234 / −1 234 / 0, as the other formats show it
		f = "+" + f + ";-" + f + ";" + f
	}
	return f
}

// formulaAt writes the formula of table cell (i, j) at ref, with result
// (a number, or nil for none) as its cached result.
func (s *sheet) formulaAt(p placement, i, j int, ref string, f *model.Formula, result any) error {
	fm, err := formula(f, p, s.lay.placed)
	if err != nil {
		return fmt.Errorf("table %q, row %d, column %d: %w", p.t.ID, i+1, j+1, err)
	}
	return excel.SetFormula(s.b.f, s.name, ref, fm, result)
}

// formula maps a model formula onto the sheet cells where its tables are.
//
// A sum whose cells all lie in one column is the sum of that column over
// the table's rows, so it is written as one range from the first cell it
// names to the last (SUM(F7:F11)): a row a user inserts inside the range
// is counted. If an unnamed cell inside the range holds a number, the
// cells are named one by one. Other sums name their cells, a run of
// adjacent cells along a row as a range (SUM(B7:D7)), cells apart as a
// list (SUM(B7,D7,F7)). As in the model, an empty cell counts as nothing:
// a sum, difference or copy of empty cells is empty (""), not 0, until a
// figure is typed in. A cell of another table is named on its own sheet
// ('4 Økonomi'!H11) when that table is on another.
func formula(fm *model.Formula, p placement, placed map[string]placement) (string, error) {
	refs := make([]string, len(fm.Refs))
	for i, r := range fm.Refs {
		q := p
		if r.Table != "" && r.Table != p.t.ID {
			var ok bool
			if q, ok = placed[r.Table]; !ok {
				return "", fmt.Errorf("formula refers to table %q, which is not written before it", r.Table)
			}
		}
		if r.Row < 0 || r.Row >= len(q.t.Rows) || r.Col < 0 || r.Col >= len(q.t.Columns) {
			return "", fmt.Errorf("formula refers to row %d, column %d of %q, outside the table", r.Row, r.Col, q.t.ID)
		}
		if c := q.t.Rows[r.Row].Cells; r.Col < len(c) && !c[r.Col].IsNum && c[r.Col].Text != "" {
			return "", fmt.Errorf("formula refers to row %d, column %d of %q, which holds %q, not a number", r.Row, r.Col, q.t.ID, c[r.Col].Text)
		}
		refs[i] = q.ref(r)
		if q.sheet != p.sheet {
			refs[i] = "'" + strings.ReplaceAll(q.sheet, "'", "''") + "'!" + refs[i]
		}
	}
	blankIf := func(test, expr string) string { return `IF(` + test + `,"",` + expr + `)` }
	switch fm.Op {
	case model.Sum:
		if len(refs) == 0 {
			return "", fmt.Errorf("sum of no cells")
		}
		args := strings.Join(refs, ",")
		sameTable := true
		for _, r := range fm.Refs {
			sameTable = sameTable && (r.Table == "" || r.Table == p.t.ID)
		}
		if lo, hi, ok := columnRange(p.t, fm.Refs); ok && sameTable {
			args = p.ref(lo)
			if lo.Row != hi.Row {
				args += ":" + p.ref(hi)
			}
		} else if alongRow(fm.Refs) && len(refs) > 1 && sameTable {
			args = refs[0] + ":" + refs[len(refs)-1]
		}
		return blankIf("COUNT("+args+")=0", "SUM("+args+")"), nil
	case model.Diff:
		if len(refs) != 2 {
			return "", fmt.Errorf("difference of %d cells, want 2", len(refs))
		}
		return blankIf("COUNT("+refs[0]+","+refs[1]+")=0", "N("+refs[0]+")-N("+refs[1]+")"), nil
	case model.Share:
		if len(refs) != 2 {
			return "", fmt.Errorf("share of %d cells, want 2", len(refs))
		}
		// per cent with one decimal, as boso shows it; empty for no budget
		return blankIf("N("+refs[1]+")=0", "ROUND(N("+refs[0]+")/"+refs[1]+"*100,1)"), nil
	case model.Ref:
		if len(refs) != 1 {
			return "", fmt.Errorf("copy of %d cells, want 1", len(refs))
		}
		return blankIf("COUNT("+refs[0]+")=0", refs[0]), nil
	}
	return "", fmt.Errorf("unknown formula %q", fm.Op)
}

// ref is the sheet cell of table cell r, such as F7.
func (p placement) ref(r model.CellRef) string {
	col, _ := excelize.ColumnNumberToName(r.Col + 1)
	return fmt.Sprintf("%s%d", col, p.rowOf(r.Row))
}

func numberAt(t *model.Table, r model.CellRef) bool {
	c := t.Rows[r.Row].Cells
	return r.Col < len(c) && c[r.Col].IsNum
}

// columnRange reports whether refs all lie in one column and a range from
// the topmost to the lowest adds the same numbers: every cell in between
// that refs leave out holds no number.
func columnRange(t *model.Table, refs []model.CellRef) (lo, hi model.CellRef, ok bool) {
	named := map[int]bool{}
	lo, hi = refs[0], refs[0]
	for _, r := range refs {
		if r.Col != lo.Col {
			return lo, hi, false
		}
		named[r.Row] = true
		if r.Row < lo.Row {
			lo = r
		}
		if r.Row > hi.Row {
			hi = r
		}
	}
	for row := lo.Row; row <= hi.Row; row++ {
		if !named[row] && numberAt(t, model.CellRef{Row: row, Col: lo.Col}) {
			return lo, hi, false
		}
	}
	return lo, hi, true
}

// alongRow reports whether refs run along one row without a gap, so a
// range says the same as the list.
func alongRow(refs []model.CellRef) bool {
	for i := 1; i < len(refs); i++ {
		a, b := refs[i-1], refs[i]
		if b.Row != a.Row || b.Col != a.Col+1 {
			return false
		}
	}
	return true
}
