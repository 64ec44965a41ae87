package build

import (
	"boso/indicators/num"
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
	var summary *model.Table
	for _, sec := range r.Sections {
		for _, bl := range sec.Blocks {
			if bl.Table != nil && bl.Table.ID == "maloppnaelse" {
				summary = bl.Table
			}
		}
	}
	if summary != nil {
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
	} else {
		st.Summary = append(st.Summary, msg.RepSteeringNoDevs.F())
	}
	// budget vs accounts for the year, per funding source
	var bud, acc [sources]num.Dec
	var hasBud, hasAcc [sources]bool
	any := false
	for _, r := range f.Okonomi {
		if r.Ar == b.in.Period.Year {
			any = true
			for i := 0; i < sources; i++ {
				if !r.NoBudsjett[i] {
					bud[i] += r.Budsjett[i]
					hasBud[i] = true
				}
				if !r.NoRegnskap[i] {
					acc[i] += r.Regnskap[i]
					hasAcc[i] = true
				}
			}
		}
	}
	if any {
		st.Budget, st.Summary = b.steeringBudget(bud, acc, hasBud, hasAcc, st.Summary)
	}
	st.Notes = []string{b.marksNote()}
	return st
}

// steeringBudget is budget against accounts per funding source: the
// deviation in an annual report, the share of the year's budget used so
// far in a half-year report.
func (b *builder) steeringBudget(bud, acc [sources]num.Dec, hasBud, hasAcc [sources]bool, summary []string) (*model.Table, []string) {
	half := !b.yearOver()
	last := msg.RepColEcoAvvik
	budget, accounts := msg.RepColBudsjett, msg.RepColRegnskap
	if half {
		last, budget, accounts = msg.RepColUsed, msg.RepColBudsjettAr, msg.RepColRegnskapHittil
	}
	lastKind := model.AmountColumn
	if half {
		lastKind = model.PercentColumn
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
	for i, name := range []string{msg.RepColTilskuddHB.F(), msg.RepColTilskuddK.F(), msg.RepColAnnen.F()} {
		cells := []model.Cell{textCell(name), maybeAmount(bud[i], !hasBud[i]), maybeAmount(acc[i], !hasAcc[i])}
		cells = append(cells, third(i, cells))
		t.Rows = append(t.Rows, model.Row{Cells: cells})
	}
	total := model.Row{Kind: model.TotalRow, Cells: []model.Cell{textCell(msg.RepTotal.F())}}
	for c := 1; c <= 2; c++ {
		total.Cells = append(total.Cells, sumCells(t, sumRefs([]int{0, 1, 2}, c).Refs))
	}
	total.Cells = append(total.Cells, third(3, total.Cells))
	t.Rows = append(t.Rows, total)
	tb, ta := total.Cells[1], total.Cells[2]
	switch {
	case !tb.IsNum || !ta.IsNum:
	case half:
		used := total.Cells[3].Text
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
