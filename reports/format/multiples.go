package format

import "boso/reports/model"

// MultiplesAxis is the one value axis of every panel of small multiples:
// the axis of all the panels' points together.
func MultiplesAxis(m *model.Multiples) Axis {
	c := &model.Chart{YAxis: m.YAxis, Unit: m.Unit}
	for _, p := range m.Panels {
		c.Series = append(c.Series, p.Series...)
	}
	return ChartAxis(c)
}
