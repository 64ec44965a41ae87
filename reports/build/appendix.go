package build

import (
	"strings"

	"boso/indicators/definition"
	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/indicators/reference"
	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// appendix is the definitions of the report's indicators, the marks and
// the suppression rule, from the YAML definitions. It is written for the
// report's readers: the definition, how the figure is counted in plain
// words (reference.ForReaders, not the analyst's reference.Describe), the
// definitions of figures a share is made from that the report does not
// show, and the source the definition rests on.
func (b *builder) appendix() model.Section {
	s := model.Section{ID: "vedlegg", Title: msg.RepAppendix.F(), Level: 1}
	inds := b.reportIndicators()
	shown := map[string]bool{}
	for _, ind := range inds {
		shown[ind.ID] = true
	}
	for _, ind := range inds {
		parts := []string{ind.Definition, b.howCounted(ind)}
		for _, id := range ind.Dependencies() {
			if dep := b.in.Set.Get(id); dep != nil && !shown[id] {
				parts = append(parts, msg.ReadInputDefinition.F(dep.Name, dep.Definition))
				shown[id] = true
			}
		}
		parts = append(parts, msg.RepDefinitionSource.F(ind.Source))
		s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Heading: ind.Name, Text: strings.Join(parts, "\n\n")}})
	}
	s.Blocks = append(s.Blocks, model.Block{Note: &model.Note{Text: b.marksNote()}}, model.Block{Note: &model.Note{Text: msg.RepStatusRule.F()}})
	return s
}

// howCounted is the reader's description of an indicator, saying so when
// the report period's figure was typed in instead of computed.
func (b *builder) howCounted(ind *definition.Indicator) string {
	text := reference.ForReaders(ind, b.in.Set)
	if f := b.figs[factKey{ind.ID, b.in.Period, ""}]; f != nil && typedIn(f) {
		text = reference.TypedInForReaders(ind, b.in.Set)
	}
	// A count taken on the period's first day is read as the end by many;
	// the day is named for the report's own period.
	if ind.Kind == definition.Stock && ind.StockOn == definition.FirstDay {
		text += " " + msg.ReadDayInReport.F(format.Period(b.in.Period), dayWords(b.in.Period.First()))
	}
	return text
}

func typedIn(f *engine.Figure) bool {
	for _, fl := range f.Flags {
		if fl.Code == engine.FlagEntered {
			return true
		}
	}
	return false
}

// dayWords writes a date as readers say it: «30. juni 2025».
func dayWords(d period.Date) string {
	y, m, day := d.YMD()
	return msg.ReadDay.F(day, msg.Months[m-1].F(), y)
}
