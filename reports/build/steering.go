package build

import (
	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// steering is the one-page summary: targets, deviations, budget.
func (b *builder) steering(r *model.Report) model.Steering {
	st := model.Steering{Title: msg.RepSteeringTitle.F(r.Meta.Kommune, r.Meta.Period)}
	if b.in.Form != nil {
		st.Text = b.in.Form.Sammendrag
	}
	// targets: the summary table's rows that have a target
	if summary := tableByID(r, "maloppnaelse"); summary != nil {
		t := &model.Table{ID: "styring-mal", Caption: msg.RepSteeringCaptionT.F()}
		keep := []int{0, 3, 5, 6, 7} // indicator, now, target, deviation, status
		for _, c := range keep {
			t.Columns = append(t.Columns, summary.Columns[c])
		}
		judged, good := 0, 0
		for _, row := range summary.Rows {
			if row.Cells[5].Text == "" {
				continue
			}
			var cells []model.Cell
			for _, c := range keep {
				cells = append(cells, row.Cells[c])
			}
			t.Rows = append(t.Rows, model.Row{Cells: cells})
			if row.Cells[7].Status != model.NoTarget {
				judged++
				if row.Cells[7].Status == model.OnTrack {
					good++
				}
			}
		}
		if len(t.Rows) > 0 {
			st.Targets = t
			st.Summary = append(st.Summary, msg.RepSteeringTargets.F(good, judged))
		} else {
			st.Summary = append(st.Summary, msg.RepSteeringNoTarget.F())
		}
	}
	// activities with a deviation
	f := b.in.Form
	if f == nil {
		f = &Form{}
	}
	dev := &model.Table{ID: "styring-avvik", Caption: msg.RepSteeringCaptionD.F(),
		Columns: []model.Column{{Title: msg.RepColAktivitet.F(), Kind: model.TextColumn, Width: 2}, {Title: msg.RepColAvvik.F(), Kind: model.TextColumn, Width: 1.5}, {Title: msg.RepColBegrunnelse.F(), Kind: model.TextColumn, Width: 3}}}
	for _, a := range f.Aktiviteter {
		if a.Avvik != "" {
			dev.Rows = append(dev.Rows, model.Row{Cells: []model.Cell{textCell(a.Aktivitet), textCell(a.Avvik), textCell(a.Begrunnelse)}})
		}
	}
	if len(dev.Rows) > 0 {
		st.Deviations = dev
		st.Summary = append(st.Summary, msg.RepSteeringDevs.F(len(dev.Rows)))
	} else if len(f.Aktiviteter) == 0 {
		st.Summary = append(st.Summary, msg.RepNoActivities.F())
	} else {
		st.Summary = append(st.Summary, msg.RepSteeringNoDevs.F())
	}
	// budget vs accounts for the year, per funding source: the totals of
	// the economy table in section 4, referred to
	if eco := tableByID(r, "okonomi"); eco != nil {
		st.Budget, st.Summary = b.steeringBudget(eco, st.Summary)
	}
	st.Notes = []string{b.marksNote()}
	return st
}

// steeringBudget is budget against accounts per funding source, from
// the economy table's total row: the deviation in an annual report, the
// share of the year's budget used so far in a half-year report.
func (b *builder) steeringBudget(eco *model.Table, summary []string) (*model.Table, []string) {
	half := !b.yearOver()
	last := msg.RepColEcoAvvik
	budget, accounts := msg.RepColBudsjett, msg.RepColRegnskap
	lastKind := model.AmountColumn
	if half {
		last, budget, accounts, lastKind = msg.RepColUsed, msg.RepColBudsjettAr, msg.RepColRegnskapHittil, model.PercentColumn
	}
	t := &model.Table{ID: "styring-budsjett", Caption: msg.RepSteeringCaptionB.F(b.in.Period.Year),
		Columns: []model.Column{{Title: msg.RepColFunding.F(), Kind: model.TextColumn, Width: 2}, {Title: budget.F(), Kind: model.AmountColumn, Width: 1},
			{Title: accounts.F(), Kind: model.AmountColumn, Width: 1}, {Title: last.F(), Kind: lastKind, Width: 1.3}}}
	third := func(row int, cells []model.Cell) model.Cell {
		if half {
			return shareCells(model.CellRef{Row: row, Col: 2}, model.CellRef{Row: row, Col: 1}, cells)
		}
		return diffCells(model.CellRef{Row: row, Col: 2}, model.CellRef{Row: row, Col: 1}, cells)
	}
	tr := len(eco.Rows) - 1 // the economy table's total row
	// economy columns: Husbanken 1, 2; kommunen 3, 4; annen 5, 6; total 7, 8
	for i, name := range []string{msg.RepColTilskuddHB.F(), msg.RepColTilskuddK.F(), msg.RepColAnnen.F(), msg.RepTotal.F()} {
		bc, ac := 1+2*i, 2+2*i
		cells := []model.Cell{textCell(name), refCell(eco, model.CellRef{Row: tr, Col: bc}), refCell(eco, model.CellRef{Row: tr, Col: ac})}
		cells = append(cells, third(i, cells))
		kind := model.DataRow
		if i == 3 {
			kind = model.TotalRow
		}
		t.Rows = append(t.Rows, model.Row{Kind: kind, Cells: cells})
	}
	total := t.Rows[3].Cells
	tb, ta := total[1], total[2]
	switch {
	case !tb.IsNum || !ta.IsNum:
	case half:
		used := total[3].Text
		if used == "" {
			used = "–"
		}
		summary = append(summary, msg.RepSteeringUsed.F(format.Date(b.in.Period.Last()), ta.Text, used, tb.Text))
	case tb.Num > ta.Num:
		summary = append(summary, msg.RepSteeringBudget.F(amount(tb.Num-ta.Num).Text, msg.RepSteeringUnder.F()))
	case tb.Num < ta.Num:
		summary = append(summary, msg.RepSteeringBudget.F(amount(ta.Num-tb.Num).Text, msg.RepSteeringOver.F()))
	default:
		summary = append(summary, msg.RepSteeringEven.F())
	}
	return t, summary
}

// tableByID returns the report's table with the given id, or nil.
func tableByID(r *model.Report, id string) *model.Table {
	for _, sec := range r.Sections {
		for _, bl := range sec.Blocks {
			if bl.Table != nil && bl.Table.ID == id {
				return bl.Table
			}
		}
	}
	return nil
}
