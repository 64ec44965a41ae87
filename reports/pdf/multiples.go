package pdf

import (
	"math"
	"strings"

	"boso/reports/format"
	"boso/reports/model"
)

// Small multiples' geometry (mm, scaled): four panels to a row.
const (
	panelCols    = 4
	panelGap     = 4.0
	panelPlotH   = 22.0
	panelText    = 6.5
	panelTitleSz = 7.5
)

// multiplesLayout is a Multiples measured for drawing.
type multiplesLayout struct {
	axis       format.Axis
	titleLines []string
	head       float64 // title and legend
	rowH       float64 // one row of panels
	rows       int
	foot       []string
}

func (d *doc) layoutMultiples(m *model.Multiples) multiplesLayout {
	l := multiplesLayout{axis: format.MultiplesAxis(m)}
	d.font(true, chartTitleSize)
	l.titleLines = d.wrap(m.Title, textW)
	lh := d.lineH(chartTextSize + 0.5)
	l.head = float64(len(l.titleLines))*d.lineH(chartTitleSize) + d.sp(2) + lh + d.sp(0.8) + d.sp(2)
	l.rowH = d.lineH(panelTitleSz) + d.sp(1.5) + d.sp(panelPlotH) + d.sp(1.2) + d.lineH(panelText) + d.sp(3)
	l.rows = (len(m.Panels) + panelCols - 1) / panelCols
	source := m.Source
	if lb := d.r.Meta.Labels.Source; source != "" && lb != "" && !strings.HasPrefix(source, lb) {
		source = lb + ": " + source
	}
	d.font(false, chartTextSize)
	if source != "" {
		l.foot = append(l.foot, d.wrap(source, textW)...)
	}
	if m.AltText != "" {
		l.foot = append(l.foot, d.wrap(m.AltText, textW)...)
	}
	return l
}

// start is the height kept together at the top: the title, the legend
// and the first row of panels.
func (l multiplesLayout) start() float64 { return l.head + l.rowH }

// multiples draws m: title, a legend of the series as every panel draws
// them with the axis' name, then the panels four to a row, a row never
// split across pages, each on the one axis of all panels; then source and
// description.
func (d *doc) multiples(m *model.Multiples) {
	l := d.layoutMultiples(m)
	// the whole figure on one page when it fits on one, else from its
	// first row of panels on
	if whole := l.start() + float64(l.rows-1)*l.rowH + float64(len(l.foot))*d.lineH(chartTextSize); whole <= contentBottom-d.top {
		d.need(whole)
	} else {
		d.need(l.start())
	}
	d.font(true, chartTitleSize)
	d.textColor(colText)
	d.lines(l.titleLines, marginX, textW, d.lineH(chartTitleSize), "L")
	y := d.y() + d.sp(2)
	d.multiplesLegend(m, l.axis, y)
	y += d.lineH(chartTextSize+0.5) + d.sp(0.8) + d.sp(2)
	panelW := (textW - float64(panelCols-1)*d.sp(panelGap)) / panelCols
	for i, p := range m.Panels {
		col := i % panelCols
		if col == 0 && i > 0 {
			y += l.rowH
			d.setY(y)
			d.need(l.rowH)
			y = d.y()
		}
		d.panel(m, p, l.axis, marginX+float64(col)*(panelW+d.sp(panelGap)), y, panelW)
	}
	if len(m.Panels) > 0 {
		y += l.rowH
	}
	d.setY(y)
	d.font(false, chartTextSize)
	d.textColor(colMuted)
	d.lines(l.foot, marginX, textW, d.lineH(chartTextSize), "L")
}

// multiplesLegend names the series: the panel's own line (blue, solid),
// the reference line (dashed), then the axis' name.
func (d *doc) multiplesLegend(m *model.Multiples, ax format.Axis, y float64) {
	lh := d.lineH(chartTextSize+0.5) + d.sp(0.8)
	cy := y + lh/2
	x := marginX
	sw := d.sp(legendSwatchW)
	d.font(false, chartTextSize+0.5)
	for i, name := range m.Legend {
		if i == 0 {
			d.line(x, cy, x+sw, cy, d.sp(0.6), palette[0])
		} else {
			d.pdf.SetDashPattern([]float64{d.sp(1.6), d.sp(1.1)}, 0)
			d.line(x, cy, x+sw, cy, d.sp(0.45), colTarget)
			d.pdf.SetDashPattern(nil, 0)
		}
		x += sw + d.sp(1.8)
		d.textColor(colText)
		d.cell(x, y, d.width(name)+1, lh, name, "L")
		x += d.width(name) + d.sp(6)
	}
	if ax.Name != "" {
		d.textColor(colMuted)
		d.cell(x, y, d.width(ax.Name)+1, lh, ax.Name, "L")
	}
}

// panel draws one small chart with its top left at (x, y), w wide: its
// title, the tick labels and gridlines of the shared axis, the series
// (the reference dashed and thin, the panel's own solid with markers) and
// the mark of each gap just above the zero line (a reference's a line
// higher), and the short categories under the plot.
func (d *doc) panel(m *model.Multiples, p model.Panel, ax format.Axis, x, y, w float64) {
	d.font(true, panelTitleSz)
	d.textColor(colText)
	th := d.lineH(panelTitleSz)
	title := p.Title
	for d.width(title) > w && len([]rune(title)) > 1 {
		title = string([]rune(title)[:len([]rune(title))-2]) + "…"
	}
	d.cell(x, y, w, th, title, "L")
	d.font(false, panelText)
	lh := d.lineH(panelText)
	tickW := 0.0
	for _, t := range ax.Ticks {
		tickW = max(tickW, d.width(t.Label))
	}
	plotX := x + tickW + d.sp(1.2)
	plotW := x + w - plotX
	top := y + th + d.sp(1.5)
	ph := d.sp(panelPlotH)
	bottom := top + ph
	lo, hi := ax.Min, ax.Max
	if hi <= lo {
		hi = lo + 1
	}
	yOf := func(v float64) float64 { return bottom - (v-lo)/(hi-lo)*ph }
	for _, t := range ax.Ticks {
		ty := yOf(t.Value)
		if t.Value != math.Max(lo, 0) {
			d.line(plotX, ty, plotX+plotW, ty, 0.12, colGrid)
		}
		d.textColor(colMuted)
		d.cell(x, ty-lh/2, tickW, lh, t.Label, "R")
	}
	n := max(len(m.Categories), 1)
	slot := plotW / float64(n)
	xOf := func(i int) float64 { return plotX + slot*(float64(i)+0.5) }
	zero := yOf(math.Max(lo, 0))
	d.line(plotX, zero, plotX+plotW, zero, 0.25, colAxis)
	d.textColor(colMuted)
	for i := range m.Categories {
		label := m.Categories[i]
		if i < len(m.Short) && m.Short[i] != "" {
			label = m.Short[i]
		}
		d.cell(xOf(i)-slot/2, bottom+d.sp(1.2), slot, lh, label, "C")
	}
	// the reference under the panel's own line
	var ss []series
	k := 0
	for _, s := range p.Series {
		if s.Target {
			ss = append([]series{{Series: s, colour: colTarget, marker: -1}}, ss...)
			continue
		}
		ss = append(ss, series{Series: s, colour: palette[k%len(palette)], marker: k})
		k++
	}
	markR := min(d.sp(0.75), slot*0.2)
	for _, s := range ss {
		r := markR
		if s.marker < 0 {
			r = markR * 0.6
		}
		d.polyline(s, xOf, yOf, r)
	}
	d.font(true, panelText+0.5)
	mh := d.lineH(panelText + 0.5)
	for _, s := range ss {
		my := zero - mh - d.sp(0.3)
		if s.marker < 0 {
			my -= mh
		}
		for i, pt := range s.Values {
			if pt.Has || pt.Label == "" || i >= len(m.Categories) {
				continue
			}
			d.textColor(s.colour)
			d.cell(xOf(i)-slot/2, my, slot, mh, pt.Label, "C")
		}
	}
}
