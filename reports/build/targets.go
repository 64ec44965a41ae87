package build

import (
	"boso/indicators/definition"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/program"
)

// TargetsOf gathers each indicator's baseline and targets for one kommune:
// the programme's (for the kommune, else for all) override the
// definition's.
func TargetsOf(p *program.Program, set *definition.Set, kommune string) []Target {
	byID := map[string]*Target{}
	var order []string
	get := func(id string) *Target {
		if byID[id] == nil {
			byID[id] = &Target{Indicator: id, Values: map[period.Period]num.Dec{}}
			order = append(order, id)
		}
		return byID[id]
	}
	for _, ind := range set.Indicators {
		if ind.Baseline == nil && len(ind.Targets) == 0 {
			continue
		}
		t := get(ind.ID)
		t.Direction = ind.Direction
		if ind.Baseline != nil {
			if bp, err := period.Parse(ind.Baseline.Period); err == nil {
				t.Baseline = &Value{Period: bp, Num: ind.Baseline.Value}
			}
		}
		for ps, v := range ind.Targets {
			if q, err := period.Parse(ps); err == nil {
				t.Values[q] = v
			}
		}
	}
	// the programme: targets for all kommuner first, then this kommune's
	for _, pass := range []bool{false, true} {
		for _, pt := range p.Targets {
			if (pt.Kommune == kommune) != pass {
				continue
			}
			if pt.Kommune != "" && pt.Kommune != kommune {
				continue
			}
			t := get(pt.Indicator)
			if pt.Direction != "" {
				t.Direction = pt.Direction
			} else if ind := set.Get(pt.Indicator); ind != nil && t.Direction == "" {
				t.Direction = ind.Direction
			}
			if pt.Baseline != nil {
				if bp, err := period.Parse(pt.Baseline.Period); err == nil {
					t.Baseline = &Value{Period: bp, Num: pt.Baseline.Value}
				}
			}
			if len(pt.Values) > 0 {
				t.Values = map[period.Period]num.Dec{}
				for ps, v := range pt.Values {
					if q, err := period.Parse(ps); err == nil {
						t.Values[q] = v
					}
				}
			}
		}
	}
	out := make([]Target, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	return out
}
