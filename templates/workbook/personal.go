package workbook

import (
	"sort"

	"github.com/xuri/excelize/v2"

	"boso/indicators/pii"
	"boso/templates/msg"
)

// cellAt is a 0-based row and column.
type cellAt struct{ row, col int }

// findIDs notes the cells of s that may hold a personal id: text with
// one in it, or a number cell holding a fødselsnummer that lost its
// leading zero. Fields read them masked and warn (text) or refuse them
// (numbers, dates …); personal reports the cells no field read.
func (s *sheet) findIDs() {
	for i, row := range s.rows {
		for j, v := range row {
			if pii.Contains(v) || (pii.LostZero(v) && s.isNumberCell(i, j)) {
				if s.ids == nil {
					s.ids = map[cellAt]bool{}
				}
				s.ids[cellAt{i, j}] = false
			}
		}
	}
	// an id typed across two text cells side by side («Fnr 231299» and
	// «27194»): both are marked, when the digits at the meeting of the two
	// make an id whose control digits fit (numbers side by side in a
	// budget would otherwise look like one)
	for i, row := range s.rows {
		for j := 0; j+1 < len(row); j++ {
			a, b := row[j], row[j+1]
			if a == "" || b == "" || !endsInDigit(a) || !startsWithDigit(b) || s.isNumberCell(i, j) || s.isNumberCell(i, j+1) {
				continue
			}
			if pii.Contains(a) || pii.Contains(b) || !pii.Contains(a+"|"+b) {
				continue
			}
			if s.ids == nil {
				s.ids = map[cellAt]bool{}
			}
			s.ids[cellAt{i, j}] = false
			s.ids[cellAt{i, j + 1}] = false
		}
	}
}

func endsInDigit(s string) bool     { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }
func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func (s *sheet) isNumberCell(row, col int) bool {
	t, err := s.r.f.GetCellType(s.name, cellName(col, row+1))
	return err == nil && (t == excelize.CellTypeUnset || t == excelize.CellTypeNumber)
}

// hasID reports whether the cell may hold an id, and marks it as dealt
// with by the field that reads it.
func (s *sheet) hasID(row, col int) bool {
	at := cellAt{row, col}
	if _, ok := s.ids[at]; !ok {
		return false
	}
	s.ids[at] = true
	return true
}

// maskText is the text of a free-text cell as it may be published: each
// possible id replaced by a mask, with a warning at the cell.
func (s *sheet) maskText(row, col int, text string) string {
	if !s.hasID(row, col) {
		return text
	}
	s.r.l.Warn(pii.CodeWorkbook, s.pos(row, col), msg.WBPersonalText.F())
	masked, n := pii.Mask(text, msg.PIIMask.String())
	if n == 0 { // a number cell: the whole value is the id
		masked = msg.PIIMask.String()
	}
	return masked
}

// personal warns about every cell that may hold an id and that no field
// read, on the sheets read and on every other sheet of the workbook: the
// workbook goes to Husbanken as it is.
func (r *reader) personal() {
	for _, name := range r.f.GetSheetList() {
		s := r.loaded[name]
		if s == nil {
			// within the area read, as the form's sheets: a cell far out
			// would make excelize build every row up to it
			r.quiet = true
			rows, err := r.rows(name)
			r.quiet = false
			if err != nil {
				continue
			}
			s = &sheet{r: r, name: name, rows: rows}
			s.findIDs()
		}
		var left []cellAt
		for at, dealt := range s.ids {
			if !dealt {
				left = append(left, at)
			}
		}
		sort.Slice(left, func(i, j int) bool {
			if left[i].row != left[j].row {
				return left[i].row < left[j].row
			}
			return left[i].col < left[j].col
		})
		for _, at := range left {
			r.l.Warn(pii.CodeWorkbook, s.pos(at.row, at.col), msg.WBPersonalCell.F())
		}
	}
}
