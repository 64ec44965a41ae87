package html

import (
	"strconv"
	"strings"

	"boso/reports/format"
	"boso/reports/model"
)

// valueAxis is a chart's y axis as boso chooses it, rather than ECharts:
// the same ticks and labels as the PDF (reports/format.ValueAxis).
type valueAxis = format.Axis

func yAxisOf(c *model.Chart) valueAxis { return format.ChartAxis(c) }

// formatter is the axis' label function for ECharts: the label of the
// tick nearest the value ECharts asks about. The ticks are the axis' own
// (min, max and step are fixed), so the nearest is the one.
func formatter(a valueAxis) string {
	var b strings.Builder
	b.WriteString("function (v) {\nvar t = [")
	for i, t := range a.Ticks {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("[" + strconv.FormatFloat(t.Value, 'f', -1, 64) + ", " + jsString(t.Label) + "]")
	}
	// No "<": chartScript escapes every one, as if it were in a string.
	b.WriteString("];\nvar b = t[0];\nfor (var i = 1; t.length > i; i++) { if (Math.abs(b[0] - v) > Math.abs(t[i][0] - v)) { b = t[i]; } }\nreturn b[1];\n}")
	return b.String()
}

// jsString quotes s for JavaScript in single quotes (a chart function may
// hold no double quote, see jsFunc).
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`, `"`, `\u0022`, "/", `\/`)
	return "'" + r.Replace(s) + "'"
}
