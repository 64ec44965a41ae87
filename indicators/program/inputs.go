package program

import (
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/indicators/source"
	"boso/indicators/stdlib"
	"boso/templates/msg"
)

// Inputs loads what the programme names — the standard library unless
// switched off, the user's definition files and the source mappings — and
// returns the engine's input for the given periods (default: the
// programme's period types). Problems go into l.
func (p *Program) Inputs(periods []period.Period, reportDate period.Date, l *diag.List) *engine.Input {
	var defs []definition.Source
	if p.StandardLibrary() {
		defs = append(defs, stdlib.Sources()...)
	}
	for _, path := range p.Glob("indicators", p.Indicators, l) {
		data, err := p.Files.ReadFile(path)
		if err != nil {
			l.Add(CodeGlob, diag.Pos{File: path}, msg.TableOpen.F(msg.OSReason(err)))
			continue
		}
		defs = append(defs, definition.Source{Name: path, Data: data})
	}
	set := definition.Load(defs, l)
	for _, id := range p.Select {
		if set.Get(id) == nil {
			l.Add(CodeConfig, p.pos("select"), msg.ProgUnknownInd.F(id))
		}
	}
	for _, t := range p.Targets {
		if set.Get(t.Indicator) == nil {
			l.Add(CodeConfig, t.Pos, msg.ProgUnknownInd.F(t.Indicator))
		}
	}
	for old, to := range p.Renumber {
		if len(to) > 1 { // none is validate's error
			l.Warn(CodeConfig, p.pos("renumber"), msg.ProgRenumberSplit.F(old, strings.Join(to, ", ")))
		}
	}
	maps := source.LoadMappingsWithin(p.Glob("sources", p.Sources, l), p.Within(), l)
	p.WorkbookRefused(l)
	if len(periods) == 0 {
		periods = p.Periods(p.Types())
	}
	in := &engine.Input{
		Set: set, Mappings: maps, Periods: periods, ReportDate: reportDate,
		Renumber: p.Renumber, Select: p.Select,
	}
	for _, k := range p.Kommuner {
		in.Kommuner = append(in.Kommuner, k.Number)
	}
	return in
}
