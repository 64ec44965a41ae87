package definition

import (
	"boso/indicators/diag"
	"boso/indicators/formula"
)

// CodeTest is one test of a register field against a category code in an
// indicator's filter, with the code's position in the YAML file.
type CodeTest struct {
	Field, Code string
	Pos         diag.Pos
}

// CodeTests returns the filter's tests of fields against codes (==, !=,
// in, not in), in the order they stand.
func (ind *Indicator) CodeTests() []CodeTest {
	if ind.Filter.Value == "" {
		return nil
	}
	tests, _ := formula.CodeTests(ind.Filter.Value)
	out := make([]CodeTest, len(tests))
	for i, t := range tests {
		out[i] = CodeTest{Field: t.Name, Code: t.Code, Pos: ind.Filter.At(t.Line, t.Col)}
	}
	return out
}

// OnlyCodes returns the codes field must hold for a row to pass the
// filter; ok is false when rows with any code may pass.
func (ind *Indicator) OnlyCodes(field string) (codes []string, ok bool) {
	if ind.Filter.Value == "" {
		return nil, false
	}
	_, only := formula.CodeTests(ind.Filter.Value)
	codes, ok = only[field]
	return codes, ok
}

// BreakdownCodes returns the codes the definitions name for a breakdown
// field (their order in the report), or nil when they name none.
func (s *Set) BreakdownCodes(field string) []string {
	var out []string
	for _, b := range s.Breakdowns {
		if b.Field == field {
			for _, l := range b.Values {
				out = append(out, l.Code)
			}
		}
	}
	return out
}
