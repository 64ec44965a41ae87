package build

import (
	"boso/indicators/definition"
	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/templates/workbook"
)

// FormOf turns a filled workbook into the form of sections 1–4.
func FormOf(wb *workbook.Workbook) *Form {
	p := wb.Program
	f := &Form{
		Programnavn: p.Name.Value, Programleder: p.Leader.Value, UtfyltAv: p.FilledInBy.Value,
		Telefon: p.Phone.Value, Epost: p.Email.Value, Rapporteringsar: p.ReportYear.Value,
		Sammendrag: p.Summary.Value, Overforinger: map[int]num.Dec{},
	}
	if p.Start.Filled {
		d := p.Start.Value
		f.Programstart = &d
	}
	if p.ReportDate.Filled {
		d := p.ReportDate.Value
		f.Rapporteringsdato = &d
	}
	if m, ok := wb.Period(); ok {
		mp := m.Period
		f.MadeFor, f.MadeForYear = &mp, m.YearOnly
	}
	o := wb.Organisation
	f.Organisering, f.OrganiseringEndring = o.Organising.Text.Value, o.Organising.Change.Value
	f.Forankring, f.ForankringEndring = o.Anchoring.Text.Value, o.Anchoring.Change.Value
	members := func(ms []workbook.Member) []Member {
		var out []Member
		for _, m := range ms {
			out = append(out, Member{Rolle: m.Role.Value, Tittel: m.Title.Value, Virksomhet: m.OrgUnit.Value})
		}
		return out
	}
	f.Styringsgruppe, f.Programgruppe = members(o.SteeringMembers), members(o.ProgramMembers)
	f.StyringsgruppeTekst, f.StyringsgruppeEndring = o.SteeringGroup.Text.Value, o.SteeringGroup.Change.Value
	f.ProgramgruppeTekst, f.ProgramgruppeEndring = o.ProgramGroup.Text.Value, o.ProgramGroup.Change.Value
	for _, a := range wb.Activities {
		act := Activity{Hovedmal: a.Goal.Value, Aktivitet: a.Name.Value, HvaKonkret: a.Concrete.Value, Resultat: a.Result.Value,
			Status: string(a.Status.Value), Avvik: a.Deviation.Value, Begrunnelse: a.Reason.Value}
		if a.Progress.Filled {
			v := a.Progress.Value
			act.Framdrift = &v
		}
		f.Aktiviteter = append(f.Aktiviteter, act)
	}
	for _, e := range wb.GoodExamples {
		f.Eksempler = append(f.Eksempler, Example{Tittel: e.Title.Value, Tekst: e.Text.Value})
	}
	for _, r := range wb.Economy {
		f.Okonomi = append(f.Okonomi, EconomyRow{
			Aktivitet: r.Activity.Value, Ar: r.Year.Value, FraTil: r.FromTo.Value, FraTilHusbanken: r.GrantFromTo.Value,
			Budsjett:   [sources]num.Dec{r.Grant.Budget.Value, r.Own.Budget.Value, r.Other.Budget.Value},
			Regnskap:   [sources]num.Dec{r.Grant.Accounts.Value, r.Own.Accounts.Value, r.Other.Accounts.Value},
			NoBudsjett: [sources]bool{!r.Grant.Budget.Filled, !r.Own.Budget.Filled, !r.Other.Budget.Filled},
			NoRegnskap: [sources]bool{!r.Grant.Accounts.Filled, !r.Own.Accounts.Filled, !r.Other.Accounts.Filled},
		})
	}
	for _, t := range wb.Transfers {
		if t.Amount.Filled {
			f.Overforinger[t.Year.Value] = t.Amount.Value
		}
	}
	return f
}

// EnteredOf returns the workbook's Tall sheet as figures for the engine.
func EnteredOf(wb *workbook.Workbook) []engine.Entered {
	var out []engine.Entered
	for _, fg := range wb.Figures {
		if !fg.Value.Filled && !fg.Note.Filled {
			continue // a prepared row nobody filled in: nothing was entered
		}
		e := engine.Entered{Kommune: fg.Kommune.Value, Period: fg.Period.Value, Indicator: fg.Indicator.Value,
			Provisional: fg.Provisional, Pos: fg.Value.Pos}
		v := fg.Value.Value
		if !fg.Value.Filled || v.Mark != workbook.NoMark {
			e.Blank, e.Mark = true, string(v.Mark)
		} else {
			e.Value = v.Number
		}
		out = append(out, e)
	}
	return out
}

// TargetsWith adds the workbook's Mål sheet for one kommune to targets
// (the programme's and the definitions'); the workbook's win.
func TargetsWith(targets []Target, wb *workbook.Workbook, set *definition.Set, kommune string) []Target {
	byID := map[string]int{}
	for i, t := range targets {
		byID[t.Indicator] = i
	}
	// rows for all kommuner first, so a row for this kommune wins wherever it stands
	var rows []workbook.Target
	for _, pass := range []bool{false, true} {
		for _, wt := range wb.Targets {
			if wt.Kommune.Filled == pass && (!pass || wt.Kommune.Value == kommune) {
				rows = append(rows, wt)
			}
		}
	}
	for _, wt := range rows {
		id := wt.Indicator.Value
		i, ok := byID[id]
		if !ok {
			t := Target{Indicator: id, Values: map[period.Period]num.Dec{}}
			if ind := set.Get(id); ind != nil {
				t.Direction = ind.Direction
			}
			targets = append(targets, t)
			i = len(targets) - 1
			byID[id] = i
		}
		t := &targets[i]
		if wt.Assessment.Filled {
			t.Vurdering = wt.Assessment.Value
		}
		if wt.Direction.Filled {
			t.Direction = wt.Direction.Value
		}
		if wt.Baseline.Value.Filled {
			if bp, err := period.Parse(wt.Baseline.Period.Value); err == nil {
				t.Baseline = &Value{Period: bp, Num: wt.Baseline.Value.Value}
			}
		}
		if len(wt.Values) > 0 {
			t.Values = map[period.Period]num.Dec{}
			for _, v := range wt.Values {
				if q, err := period.Parse(v.Period); err == nil && v.Value.Filled {
					t.Values[q] = v.Value.Value
				}
			}
		}
	}
	return targets
}

// TemplateInputOf is what the blank workbook for a programme and report
// period is made from.
func TemplateInputOf(p *program.Program, set *definition.Set, mapped map[string]bool, reportPeriod period.Period) workbook.TemplateInput {
	in := workbook.TemplateInput{Program: p.Name, FirstYear: p.Period.Year, LastYear: p.Period.N, ReportPeriod: reportPeriod.String()}
	for _, k := range p.Kommuner {
		in.Kommuner = append(in.Kommuner, workbook.TemplateKommune{Number: k.Number, Name: k.Name})
	}
	for _, ind := range set.Indicators {
		if ind.Invalid || ind.PerThousandOf != "" {
			continue
		}
		// figures are typed in for entered indicators and for registers
		// the programme has no export of
		entered := ind.Kind == definition.Entered || ((ind.Kind == definition.Flow || ind.Kind == definition.Stock) && !mapped[ind.Register])
		in.Indicators = append(in.Indicators, workbook.IndicatorInfo{ID: ind.ID, Name: ind.Name, Unit: string(ind.Unit), Entered: entered})
	}
	in.Goals = p.Goals
	if len(in.Goals) == 0 {
		for _, g := range set.Goals {
			in.Goals = append(in.Goals, g.Name)
		}
	}
	return in
}

// WorkbookOptions is what reading the programme's workbook accepts: the
// lists of the template for the whole programme period, so a workbook
// filled in for a later period still serves an earlier report.
func WorkbookOptions(p *program.Program, set *definition.Set, mapped map[string]bool) workbook.Options {
	last := period.Period{Type: period.Year, Year: p.Period.N}
	return TemplateInputOf(p, set, mapped, last).Options()
}
