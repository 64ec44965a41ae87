package source

import (
	"sort"

	"boso/indicators/diag"
	"boso/indicators/pii"
	"boso/indicators/source/table"
	"boso/templates/msg"
)

// idColumns counts the cells of each column that may hold a personal id,
// so that one warning per column says where the first is and how many
// there are: a register keyed by fødselsnummer has one in every row.
type idColumns struct {
	skip  []bool // columns whose own field refuses an id with an error
	used  []bool // columns a field of this stream reads
	first map[int]diag.Pos
	n     map[int]int
	done  bool // the warnings were given
}

// mayBeID reports a cell that may hold a personal id: one written in the
// text, or 10 digits that are one without the leading zero a spreadsheet
// drops. A cell of fewer than 10 bytes has fewer than 10 digits: it
// holds neither (most cells, looked at without counting).
func mayBeID(v string) bool { return len(v) >= 10 && (pii.Contains(v) || pii.LostZero(v)) }

// strictTypes are the field types whose reading refuses 11 digits with an
// error of its own: their cells need no warning beside it.
func strictType(fm *FieldMap) bool {
	switch fm.Type {
	case Date, Number, Amount, Bool, Kommune, Period:
		return !fm.Tolerant
	case Category:
		return fm.values != nil && !fm.Tolerant
	}
	return false
}

// checkHeader prepares the count of ids per column, and warns about a
// header cell that holds one.
func (s *Stream) checkHeader() {
	ic := &s.ids
	n := len(s.r.Header())
	ic.skip, ic.used = make([]bool, n), make([]bool, n)
	for i, fm := range s.maps {
		if c := s.cols[i]; c >= 0 && c < n {
			ic.used[c] = true
			ic.skip[c] = ic.skip[c] || strictType(fm)
		}
	}
	if c := s.kcol; c >= 0 && c < n {
		ic.used[c], ic.skip[c] = true, true
	}
	for i, h := range s.r.Header() {
		if mayBeID(h) {
			s.l.Warn(pii.CodeRegister, s.cellPos(table.Row{Line: s.r.HeaderLine()}, i), msg.SrcPersonalHeader.F())
		}
	}
}

// checkIDs counts the cells of row that may hold a personal id.
func (s *Stream) checkIDs(row table.Row) {
	ic := &s.ids
	for i, v := range row.Cells {
		if i < len(ic.skip) && ic.skip[i] || !mayBeID(v) {
			continue
		}
		if ic.n == nil {
			ic.first, ic.n = map[int]diag.Pos{}, map[int]int{}
		}
		if ic.n[i] == 0 {
			ic.first[i] = s.cellPos(row, i)
		}
		ic.n[i]++
	}
}

// warnIDs gives one warning per column that holds personal ids.
func (s *Stream) warnIDs() {
	ic := &s.ids
	if ic.done {
		return
	}
	ic.done = true
	cols := make([]int, 0, len(ic.n))
	for c := range ic.n {
		cols = append(cols, c)
	}
	sort.Ints(cols)
	header := s.r.Header()
	for _, c := range cols {
		name := msg.TableColumnN.F(c + 1)
		if c < len(header) && header[c] != "" {
			name = header[c]
		}
		text := msg.SrcPersonalColumn
		if c < len(ic.used) && ic.used[c] {
			text = msg.SrcPersonalField
		}
		s.l.Warn(pii.CodeRegister, ic.first[c], text.F(ic.n[c], name))
	}
}
