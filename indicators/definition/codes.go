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
func (ind *Indicator) CodeTests() []CodeTest { return ind.filterCodes().tests }

// OnlyCodes returns the codes field must hold for a row to pass the
// filter; ok is false when rows with any code may pass.
func (ind *Indicator) OnlyCodes(field string) (codes []string, ok bool) {
	codes, ok = ind.filterCodes().only[field]
	return codes, ok
}

// codeInfo is what an indicator's filter says about codes; Load keeps it
// with the indicator, so that checking many mappings parses each filter once.
type codeInfo struct {
	tests []CodeTest
	only  map[string][]string
}

func (ind *Indicator) filterCodes() *codeInfo {
	if ind.codes != nil {
		return ind.codes
	}
	c := &codeInfo{}
	if ind.Filter.Value == "" {
		return c
	}
	tests, only := formula.CodeTests(ind.Filter.Value)
	c.only = only
	for _, t := range tests {
		c.tests = append(c.tests, CodeTest{Field: t.Name, Code: t.Code, Pos: ind.Filter.At(t.Line, t.Col)})
	}
	return c
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
