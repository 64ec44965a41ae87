package build

import (
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/reports/model"
	"boso/templates/msg"
)

// steering is the one-page summary: targets, deviations, budget.
func (b *builder) steering(r *model.Report) model.Steering {
	st := model.Steering{Title: msg.RepSteeringTitle.F(r.Meta.Kommune, r.Meta.Period)}
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
		keep := []int{0, 1, 3, 5, 7} // indicator, baseline, now, target, status
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
		t := &model.Table{ID: "styring-budsjett", Caption: msg.RepSteeringCaptionB.F(b.in.Period.Year),
			Columns: []model.Column{{Title: msg.RepColFunding.F(), Kind: model.TextColumn, Width: 2}, {Title: msg.RepColBudsjett.F(), Kind: model.AmountColumn, Width: 1},
				{Title: msg.RepColRegnskap.F(), Kind: model.AmountColumn, Width: 1}, {Title: msg.RepColEcoAvvik.F(), Kind: model.AmountColumn, Width: 1.3}}}
		for i, name := range []string{msg.RepColTilskuddHB.F(), msg.RepColTilskuddK.F(), msg.RepColAnnen.F()} {
			cells := []model.Cell{textCell(name), maybeAmount(bud[i], !hasBud[i]), maybeAmount(acc[i], !hasAcc[i])}
			cells = append(cells, diffCells(t, model.CellRef{Row: i, Col: 2}, model.CellRef{Row: i, Col: 1}, cells))
			t.Rows = append(t.Rows, model.Row{Cells: cells})
		}
		total := model.Row{Kind: model.TotalRow, Cells: []model.Cell{textCell(msg.RepTotal.F())}}
		for c := 1; c <= 3; c++ {
			total.Cells = append(total.Cells, sumCells(t, sumRefs([]int{0, 1, 2}, c).Refs))
		}
		tb, ta := total.Cells[1].Num, total.Cells[2].Num
		t.Rows = append(t.Rows, total)
		st.Budget = t
		switch {
		case b.in.Period.Type == period.Half:
			// half a year's accounts against the whole year's budget
			st.Summary = append(st.Summary, msg.RepSteeringSoFar.F(amount(ta).Text, amount(tb).Text))
		case tb > ta:
			st.Summary = append(st.Summary, msg.RepSteeringBudget.F(amount(tb-ta).Text, msg.RepSteeringUnder.F()))
		case tb < ta:
			st.Summary = append(st.Summary, msg.RepSteeringBudget.F(amount(ta-tb).Text, msg.RepSteeringOver.F()))
		default:
			st.Summary = append(st.Summary, msg.RepSteeringEven.F())
		}
	}
	st.Notes = []string{b.marksNote()}
	return st
}
