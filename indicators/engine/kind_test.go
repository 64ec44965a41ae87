package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"testing"

	"boso/indicators/definition"
)

// Every reason code the engine defines is one an export's forklaringskode
// may give back: a code left out of reasonCodes would be read as unknown.
func TestReasonCodesComplete(t *testing.T) {
	fs := token.NewFileSet()
	file, err := parser.ParseFile(fs, "figure.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(file, func(node ast.Node) bool {
		vs, ok := node.(*ast.ValueSpec)
		if !ok {
			return true
		}
		if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "ReasonCode" {
			return true
		}
		for _, v := range vs.Values {
			lit := v.(*ast.BasicLit).Value
			code := ReasonCode(lit[1 : len(lit)-1])
			n++
			if !slices.Contains(reasonCodes, code) {
				t.Errorf("reason code %s is not in reasonCodes", code)
			}
		}
		return true
	})
	if n != len(reasonCodes) {
		t.Errorf("figure.go defines %d reason codes, reasonCodes lists %d", n, len(reasonCodes))
	}
}

// Every kind an indicator can have has its own code, and the codes are the
// documented list.
func TestKindCodes(t *testing.T) {
	cases := []struct {
		ind  definition.Indicator
		want string
	}{
		{definition.Indicator{Kind: definition.Flow, Measure: definition.CountRows}, KindFlowCount},
		{definition.Indicator{Kind: definition.Flow, Measure: definition.Sum}, KindFlowSum},
		{definition.Indicator{Kind: definition.Flow, Measure: definition.CountDistinct}, KindFlowCountDistinct},
		{definition.Indicator{Kind: definition.Stock, StockOn: definition.LastDay}, KindStockLastDay},
		{definition.Indicator{Kind: definition.Stock, StockOn: definition.FirstDay}, KindStockFirstDay},
		{definition.Indicator{Kind: definition.Stock, StockOn: definition.During}, KindStockDuring},
		{definition.Indicator{Kind: definition.Ratio}, KindRatio},
		{definition.Indicator{Kind: definition.Derived}, KindDerived},
		{definition.Indicator{Kind: definition.Entered}, KindEntered},
		{definition.Indicator{Kind: definition.Entered, BehavesAs: definition.AsFlow}, KindEnteredFlow},
		{definition.Indicator{Kind: definition.Entered, BehavesAs: definition.AsStock}, KindEnteredStock},
	}
	var got []string
	for _, c := range cases {
		if k := KindCode(&c.ind); k != c.want {
			t.Errorf("%s/%s/%s/%s: %q, want %q", c.ind.Kind, c.ind.Measure, c.ind.StockOn, c.ind.BehavesAs, k, c.want)
		}
		got = append(got, c.want)
	}
	if !slices.Equal(got, KindCodes) {
		t.Errorf("KindCodes = %v, want %v", KindCodes, got)
	}
	if KindCode(nil) != "" {
		t.Error("KindCode(nil) is not empty")
	}
}
