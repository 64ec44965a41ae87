package engine

import "boso/indicators/definition"

// The kind codes of KindCode: how a figure is computed, so that a reader
// of the figure export (a regional roll-up) knows how figures of several
// kommuner combine without the definitions. Flows, stocks and entered
// figures add across kommuner (distinct keys are per kommune); a ratio is
// its summed numerators over its summed denominators; a derived figure is
// its formula over the combined inputs.
const (
	KindFlowCount         = "flow_count"
	KindFlowSum           = "flow_sum"
	KindFlowCountDistinct = "flow_count_distinct"
	KindStockLastDay      = "stock_last_day"
	KindStockFirstDay     = "stock_first_day"
	KindStockDuring       = "stock_during"
	KindRatio             = "ratio"
	KindDerived           = "derived"
	KindEntered           = "entered"
	KindEnteredFlow       = "entered_flow"
	KindEnteredStock      = "entered_stock"
)

// KindCodes lists every kind code, in the order the reference page gives them.
var KindCodes = []string{KindFlowCount, KindFlowSum, KindFlowCountDistinct, KindStockLastDay, KindStockFirstDay,
	KindStockDuring, KindRatio, KindDerived, KindEntered, KindEnteredFlow, KindEnteredStock}

// KindCode returns the code of how ind is computed; "" for nil.
func KindCode(ind *definition.Indicator) string {
	if ind == nil {
		return ""
	}
	switch ind.Kind {
	case definition.Flow:
		switch ind.Measure {
		case definition.Sum:
			return KindFlowSum
		case definition.CountDistinct:
			return KindFlowCountDistinct
		}
		return KindFlowCount
	case definition.Stock:
		switch ind.StockOn {
		case definition.LastDay:
			return KindStockLastDay
		case definition.FirstDay:
			return KindStockFirstDay
		}
		return KindStockDuring
	case definition.Ratio:
		return KindRatio
	case definition.Derived:
		return KindDerived
	case definition.Entered:
		switch ind.BehavesAs {
		case definition.AsFlow:
			return KindEnteredFlow
		case definition.AsStock:
			return KindEnteredStock
		}
		return KindEntered
	}
	return ""
}
