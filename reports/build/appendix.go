package build

import (
	"boso/indicators/reference"
	"boso/reports/model"
	"boso/templates/msg"
)

// appendix is the definitions of the report's indicators, the marks and
// the suppression rule, from the YAML definitions.
func (b *builder) appendix() model.Section {
	s := model.Section{ID: "vedlegg", Title: msg.RepAppendix.F(), Level: 1}
	for _, ind := range b.reportIndicators() {
		text := ind.Definition + "\n\n" + msg.RepDefinitionMethod.F(reference.Describe(ind)) + "\n\n" + msg.RepDefinitionSource.F(ind.Source)
		s.Blocks = append(s.Blocks, model.Block{Paragraph: &model.Paragraph{Heading: ind.Name, Text: text}})
	}
	s.Blocks = append(s.Blocks, model.Block{Note: &model.Note{Text: b.marksNote()}}, model.Block{Note: &model.Note{Text: msg.RepStatusRule.F()}})
	return s
}
