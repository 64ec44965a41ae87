package html

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"boso/reports/model"
	"boso/templates/msg"
)

// Chart colours: the Okabe–Ito palette, darkened where needed so that
// every colour has at least 4.5:1 contrast against the white page (WCAG
// asks 3:1 for graphics). Lines also differ by symbol and bars by pattern,
// so no series is told apart by colour alone.
var seriesColors = []string{"#0072B2", "#C24F00", "#007A5E", "#A6507E", "#8F6200", "#4D4D4D"}

// targetColor draws target series, dashed.
const targetColor = "#1A1A1A"

var seriesSymbols = []string{"circle", "rect", "triangle", "diamond", "roundRect", "pin"}

const (
	textColor  = "#1A1A1A"
	mutedColor = "#4D4D4D"
	fontFamily = `system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif`
)

// chartScript builds chart c with go-echarts and returns the script that
// draws it (go-echarts' RenderSnippet script, without its <script> tags),
// safe to place inside a <script>. Values go to ECharts exactly as the
// model holds them; a point without a value is null, which ECharts draws
// as a gap, with the model's mark for it (":", "..") written just above
// the axis. Tooltips show the model's labels, never a number ECharts
// formats. The chart's title is the page's text, above the chart, where
// it wraps; the chart's own title component names the y axis and its unit.
//
// The option fixes what does not depend on the width; charts.js lays out
// what does (the x-axis labels, the legend, the height) for the width the
// chart is drawn at.
func chartScript(c *model.Chart) (string, error) {
	y := yAxisOf(c)
	// The size comes from the page's stylesheet (.chart-box) and
	// charts.js; SVG keeps the printed chart sharp.
	init := opts.Initialization{ChartID: c.ID, Renderer: "svg"}
	global := []charts.GlobalOpts{
		charts.WithInitializationOpts(init),
		charts.WithAnimation(false),
		charts.WithColorsOpts(opts.Colors(seriesColors)),
		charts.WithTitleOpts(opts.Title{Title: y.Name, Left: "0", Top: "0",
			TitleStyle: &opts.TextStyle{Color: mutedColor, FontSize: 12, FontWeight: "normal", FontFamily: fontFamily}}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Bottom: "0", Left: "center",
			TextStyle: &opts.TextStyle{Color: textColor, FontSize: 13, LineHeight: 17, FontFamily: fontFamily}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", Formatter: tooltip}),
		// containLabel: the plot leaves room for every tick label, however
		// long, on the left and under the plot.
		charts.WithGridOpts(opts.Grid{Left: "4", Right: "16", Top: "32", Bottom: "40", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", AxisLabel: &opts.AxisLabel{Interval: "0",
			Color: mutedColor, FontSize: 12, FontFamily: fontFamily}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: y.Min, Max: y.Max, MinInterval: y.Step, MaxInterval: y.Step,
			AxisLabel: &opts.AxisLabel{Color: mutedColor, FontSize: 12, FontFamily: fontFamily,
				Formatter: jsFunc(formatter(y))}}),
		// aria: patterns on bars, but no generated description: the
		// container carries the model's own text.
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Enabled: opts.Bool(false)}, Decal: &opts.AriaDecal{Show: opts.Bool(true)}}),
	}

	var render func() string
	switch c.Kind {
	case model.BarChart:
		bar := charts.NewBar()
		bar.SetGlobalOptions(global...)
		bar.SetXAxis(c.Categories)
		for i, s := range c.Series {
			bar.AddSeries(s.Name, nil, seriesOptions(c, i)...)
		}
		render = func() string { return bar.RenderSnippet().Script }
	case model.LineChart:
		line := charts.NewLine()
		line.SetGlobalOptions(global...)
		line.SetXAxis(c.Categories)
		for i, s := range c.Series {
			line.AddSeries(s.Name, nil, seriesOptions(c, i)...)
		}
		render = func() string { return line.RenderSnippet().Script }
	default:
		return "", errors.New(msg.HTMLUnknownChart.F(c.ID, c.Kind))
	}
	script := strings.TrimSpace(render())
	body, ok := strings.CutPrefix(script, scriptOpen)
	if ok {
		body, ok = strings.CutSuffix(body, scriptClose)
	}
	if !ok {
		return "", fmt.Errorf("html: go-echarts wrote an unexpected script for chart %s: %.80q", c.ID, script)
	}
	// A "<" could end the <script> early ("</script>" in a title). Every
	// "<" in the script is inside a string (JSON or the tooltip's code),
	// where \u003c means the same.
	return strings.TrimSpace(strings.ReplaceAll(body, "<", `\u003c`)), nil
}

// The element go-echarts wraps its chart script in.
const (
	scriptOpen  = `<script type="text/javascript">`
	scriptClose = `</script>`
)

// dataItem is one point as ECharts gets it: the value (null for a gap)
// and the model's text for the tooltip.
type dataItem struct {
	Value any    `json:"value"`
	Text  string `json:"text"`
}

// seriesOptions draws the i-th series of chart c: targets as a dashed
// line with marked points (in bar charts too), other series as bars or as
// solid lines with a symbol of their own, with the marks of their gaps.
func seriesOptions(c *model.Chart, i int) []charts.SeriesOpts {
	s := c.Series[i]
	data := make([]dataItem, len(s.Values))
	for j, p := range s.Values {
		data[j].Text = p.Label
		if p.Has {
			data[j].Value = json.Number(p.Num.String())
		}
	}
	color := seriesColors[i%len(seriesColors)]
	symbol := seriesSymbols[i%len(seriesSymbols)]
	marks := gapMarks(c, i, color)
	return []charts.SeriesOpts{charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
		ss.Data = data
		ss.ConnectNulls = opts.Bool(false)
		ss.MarkPoints = marks
		switch {
		case s.Target:
			ss.Type = "line"
			ss.Symbol, ss.SymbolSize, ss.ShowSymbol = "diamond", 11, opts.Bool(true)
			ss.LineStyle = &opts.LineStyle{Type: "dashed", Width: 2, Color: targetColor}
			ss.ItemStyle = &opts.ItemStyle{Color: targetColor}
		case c.Kind == model.LineChart:
			ss.Symbol, ss.SymbolSize, ss.ShowSymbol = symbol, 8, opts.Bool(true)
			ss.LineStyle = &opts.LineStyle{Type: "solid", Width: 2.5, Color: color}
			ss.ItemStyle = &opts.ItemStyle{Color: color}
		default:
			ss.ItemStyle = &opts.ItemStyle{Color: color}
		}
	})}
}

// markItem is the mark of one gap, placed at its category on the zero
// line; ECharts puts a bar series' mark over that series' own bar.
type markItem struct {
	Coord [2]any      `json:"coord"`
	Name  string      `json:"name"`
	Label *markOffset `json:"label,omitempty"`
	// The mark is its text alone: ECharts draws no label without a
	// symbol, so the symbol is a point with no colour.
	Symbol     string         `json:"symbol"`
	SymbolSize int            `json:"symbolSize"`
	ItemStyle  opts.ItemStyle `json:"itemStyle"`
}

type markOffset struct {
	Offset [2]int `json:"offset"`
}

// markLineHeight parts the marks of several line series at one category.
const markLineHeight = 18

// gapMarks writes the mark of each gap of series i (":", "..", "."), as
// the PDF does: just above the zero line where its bar or point would be,
// in the series' colour, so a gap does not read as zero. The marks of a
// line chart's second and later series stand one line higher each.
// Targets have gaps by design and get none.
func gapMarks(c *model.Chart, i int, color string) *opts.MarkPoints {
	s := c.Series[i]
	if s.Target {
		return nil
	}
	k := 0 // the series' place among the line series with marks
	for _, o := range c.Series[:i] {
		if !o.Target {
			k++
		}
	}
	var items []any
	for j, p := range s.Values {
		if p.Has || p.Label == "" {
			continue
		}
		it := markItem{Coord: [2]any{j, 0}, Name: p.Label, Symbol: "circle", SymbolSize: 1, ItemStyle: opts.ItemStyle{Color: "transparent"}}
		if c.Kind == model.LineChart && k > 0 {
			it.Label = &markOffset{Offset: [2]int{0, -k * markLineHeight}}
		}
		items = append(items, it)
	}
	if len(items) == 0 {
		return nil
	}
	return &opts.MarkPoints{Data: items, MarkPointStyle: opts.MarkPointStyle{
		Label: &opts.Label{Show: opts.Bool(true), Position: "top", Formatter: "{b}", Color: color,
			FontWeight: "bold", FontSize: 15, FontFamily: fontFamily}}}
}

// tooltip shows, for the category under the pointer, each series' text
// as the model wrote it ("1 234", "..", ":"), carried in the data items;
// a series without a text there (a target for another period) is left
// out. ECharts writes the tooltip as HTML, so every text is escaped.
var tooltip = jsFunc(`function (ps) {
if (!Array.isArray(ps)) { ps = [ps]; }
if (!ps.length) { return ''; }
var e = echarts.format.encodeHTML;
var s = '<strong>' + e(ps[0].axisValueLabel) + '</strong>';
ps.forEach(function (p) {
var t = p.data && p.data.text;
if (t) { s += '<br>' + p.marker + e(p.seriesName) + ': ' + e(t); }
});
return s;
}`)

// jsFunc marks JavaScript code for go-echarts. go-echarts places it in the
// option's JSON as a string and then cuts the quotes away, so the code
// must have no double quote (JSON would escape it) and no // comment (its
// lines are joined).
func jsFunc(code string) types.FuncStr {
	if strings.Contains(code, `"`) || strings.Contains(code, "//") {
		panic("html: chart function with a double quote or a // comment: " + code)
	}
	return opts.FuncOpts(code)
}
