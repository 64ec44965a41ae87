package ssb

import (
	"boso/indicators/diag"
	"boso/templates/msg"
)

// Check returns a problem for each cell with a figure that bad refuses
// (bad returns why, or ""), at most maxErrors and then one saying how many
// more: for CSV at the cell's line, for JSON-stat at the file, naming the
// value's place in «value». Each message names the cell's categories.
func (t *Table) Check(bad func(Cell) string) Errors {
	var errs Errors
	more := 0
	for i, c := range t.Cells {
		if _, ok := c.Figure(); !ok {
			continue
		}
		why := bad(c)
		if why == "" {
			continue
		}
		if len(errs) >= maxErrors {
			more++
			continue
		}
		pos := diag.Pos{File: t.Name}
		m := t.describe(i) + ": " + why
		if i < len(t.lines) && t.lines[i] > 0 {
			pos.Line = t.lines[i]
		} else if t.Format == "json-stat2" {
			m = msg.SSBJSONCell.F(i, t.describe(i), why)
		}
		errs = append(errs, &Error{Pos: pos, Msg: m})
	}
	if more > 0 {
		errs = append(errs, &Error{Pos: diag.Pos{File: t.Name}, Msg: msg.SSBMoreProblems.F(more, maxErrors)})
	}
	return errs
}
