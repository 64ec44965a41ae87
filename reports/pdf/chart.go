package pdf

import (
	"math"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"boso/reports/format"
	"boso/reports/model"
)

// palette is Okabe and Ito's colour-blind safe palette, keeping the
// colours with at least 3:1 contrast against white (WCAG's bar for
// graphics): blue, vermillion, bluish green, reddish purple.
var palette = []rgb{
	{0x00, 0x72, 0xB2},
	{0xD5, 0x5E, 0x00},
	{0x00, 0x9E, 0x73},
	{0xCC, 0x79, 0xA7},
}

// colTarget draws target series: near-black, dashed.
var colTarget = rgb{0x22, 0x22, 0x22}

var colAxis = rgb{0x6B, 0x72, 0x7C}

// Chart geometry.
const (
	chartTitleSize = 9.5
	chartTextSize  = 7.5
	plotH          = 62.0
)

// series is a model series with the colour and marker it is drawn with.
type series struct {
	model.Series
	colour rgb
	marker int // index into the marker shapes; -1 for a target
	bar    bool
}

// chartLayout is a chart measured for drawing.
type chartLayout struct {
	ss         []series
	axis       format.Axis
	lo, hi     float64
	tickW      float64
	plotX      float64
	plotW      float64
	cats       catLayout
	titleLines []string
	legend     legendLayout
	foot       []string // source and description lines
	total      float64  // the height of the whole chart, which is kept on one page
}

// layoutChart measures c: the axis, the legend, the category labels and
// the lines of title and foot.
func (d *doc) layoutChart(c *model.Chart) chartLayout {
	l := chartLayout{ss: chartSeries(c)}
	l.axis = format.ChartAxis(c)
	l.lo, l.hi = l.axis.Min, l.axis.Max

	d.font(false, chartTextSize)
	lh := d.lineH(chartTextSize)
	for _, t := range l.axis.Ticks {
		l.tickW = max(l.tickW, d.width(t.Label))
	}
	l.plotX = marginX + l.tickW + d.sp(2.5)
	l.plotW = pageW - marginX - l.plotX - d.sp(1)
	l.cats = d.layoutCategories(c.Categories, l.plotW)

	d.font(true, chartTitleSize)
	l.titleLines = d.wrap(c.Title, textW)
	titleH := float64(len(l.titleLines)) * d.lineH(chartTitleSize)
	l.legend = d.layoutLegend(l.ss)
	source := c.Source
	if lb := d.r.Meta.Labels.Source; source != "" && lb != "" && !strings.HasPrefix(source, lb) {
		source = lb + ": " + source
	}
	d.font(false, chartTextSize)
	if source != "" {
		l.foot = append(l.foot, d.wrap(source, textW)...)
	}
	if c.AltText != "" {
		l.foot = append(l.foot, d.wrap(c.AltText, textW)...)
	}
	l.total = titleH + d.sp(2) + l.legend.h + d.sp(2) + lh + d.sp(3.5) + d.sp(plotH) + l.cats.h + d.sp(3) + float64(len(l.foot))*lh
	return l
}

// chart draws c as vector graphics: title, legend, y-axis title, plot
// with gridlines and axes, category labels, source and description. The
// chart is kept on one page.
func (d *doc) chart(c *model.Chart) {
	cl := d.layoutChart(c)
	ss, axis, lo, hi := cl.ss, cl.axis, cl.lo, cl.hi
	tickW, plotX, plotW, cats := cl.tickW, cl.plotX, cl.plotW, cl.cats
	titleLines, legend, foot := cl.titleLines, cl.legend, cl.foot
	lh := d.lineH(chartTextSize)
	ph := d.sp(plotH)
	d.need(cl.total)

	// Title and legend.
	d.font(true, chartTitleSize)
	d.textColor(colText)
	d.lines(titleLines, marginX, textW, d.lineH(chartTitleSize), "L")
	y := d.y() + d.sp(2)
	d.drawLegend(legend, y)
	y += legend.h + d.sp(2)

	// y-axis title above the tick labels.
	d.font(false, chartTextSize)
	d.textColor(colMuted)
	d.cell(marginX, y, textW, lh, axis.Name, "L")
	y += lh + d.sp(3.5)

	bottom := y + ph
	yOf := func(v float64) float64 { return bottom - (v-lo)/(hi-lo)*ph }
	for _, t := range axis.Ticks {
		ty := yOf(t.Value)
		if t.Value != 0 {
			d.line(plotX, ty, plotX+plotW, ty, 0.15, colGrid)
		}
		d.font(false, chartTextSize)
		d.textColor(colMuted)
		d.cell(marginX, ty-lh/2, tickW, lh, t.Label, "R")
	}

	n := len(c.Categories)
	slot := plotW / float64(max(n, 1))
	xOf := func(i int) float64 { return plotX + slot*(float64(i)+0.5) }
	if c.Kind == model.BarChart {
		d.bars(ss, xOf, yOf, slot)
	}
	// the zero line and the category axis over the bars
	d.line(plotX, yOf(math.Max(lo, 0)), plotX+plotW, yOf(math.Max(lo, 0)), 0.3, colAxis)
	for i := range n {
		d.line(xOf(i), bottom, xOf(i), bottom+d.sp(1.2), 0.2, colAxis)
	}
	markR := min(d.sp(1.1), slot*0.28) // smaller markers when points crowd
	for _, s := range ss {
		if !s.bar {
			d.polyline(s, xOf, yOf, markR)
		}
	}
	d.gapMarks(ss, xOf, yOf(math.Max(lo, 0)), slot)
	d.drawCategories(cats, xOf, bottom+d.sp(2))

	d.setY(bottom + cats.h + d.sp(3))
	d.font(false, chartTextSize)
	d.textColor(colMuted)
	d.lines(foot, marginX, textW, lh, "L")
}

// chartSeries assigns colours and markers: bars in a bar chart, lines
// otherwise; targets are always dashed lines.
func chartSeries(c *model.Chart) []series {
	var ss []series
	k := 0
	for _, s := range c.Series {
		if len(s.Values) > len(c.Categories) {
			s.Values = s.Values[:len(c.Categories)] // a value needs a category to stand over
		}
		if s.Target {
			ss = append(ss, series{Series: s, colour: colTarget, marker: -1})
			continue
		}
		ss = append(ss, series{Series: s, colour: palette[k%len(palette)], marker: k, bar: c.Kind == model.BarChart})
		k++
	}
	return ss
}

// bars draws the bar series grouped per category.
func (d *doc) bars(ss []series, xOf func(int) float64, yOf func(float64) float64, slot float64) {
	var bs []series
	for _, s := range ss {
		if s.bar {
			bs = append(bs, s)
		}
	}
	if len(bs) == 0 {
		return
	}
	groupW := slot * 0.74
	barW := groupW / float64(len(bs))
	sep := math.Min(0.4, barW*0.15)
	for j, s := range bs {
		for i, p := range s.Values {
			if !p.Has {
				continue
			}
			x := xOf(i) - groupW/2 + float64(j)*barW
			y0, y1 := yOf(0), yOf(p.Num.Float())
			d.rect(x+sep/2, math.Min(y0, y1), barW-sep, math.Abs(y1-y0), s.colour)
		}
	}
}

// barX is the centre of bar j of a category's group.
func barX(x, slot float64, j, n int) float64 {
	groupW := slot * 0.74
	barW := groupW / float64(n)
	return x - groupW/2 + (float64(j)+0.5)*barW
}

// polyline draws a line series: segments between neighbouring values
// (none across a gap) and a marker on every value.
func (d *doc) polyline(s series, xOf func(int) float64, yOf func(float64) float64, markR float64) {
	width := d.sp(0.6)
	if s.marker < 0 {
		width = d.sp(0.45)
		d.pdf.SetDashPattern([]float64{d.sp(1.6), d.sp(1.1)}, 0)
	}
	for i := 1; i < len(s.Values); i++ {
		a, b := s.Values[i-1], s.Values[i]
		if a.Has && b.Has {
			d.line(xOf(i-1), yOf(a.Num.Float()), xOf(i), yOf(b.Num.Float()), width, s.colour)
		}
	}
	d.pdf.SetDashPattern(nil, 0)
	for i, p := range s.Values {
		if p.Has {
			d.marker(s, xOf(i), yOf(p.Num.Float()), markR)
		}
	}
}

// marker draws series s's point marker centred on (x, y): shapes differ
// per series, so colour is not the only cue; a target is a hollow diamond.
func (d *doc) marker(s series, x, y, r float64) {
	d.fillColor(s.colour)
	d.drawColor(s.colour)
	d.pdf.SetLineWidth(d.sp(0.3))
	if s.marker < 0 {
		d.fillColor(colWhite)
		r *= 1.3
		d.pdf.Polygon([]gofpdf.PointType{{X: x, Y: y - r}, {X: x + r, Y: y}, {X: x, Y: y + r}, {X: x - r, Y: y}}, "FD")
		return
	}
	switch s.marker % 4 {
	case 0:
		d.pdf.Circle(x, y, r, "FD")
	case 1:
		r *= 0.9
		d.pdf.Rect(x-r, y-r, 2*r, 2*r, "FD")
	case 2:
		r *= 1.2
		d.pdf.Polygon([]gofpdf.PointType{{X: x, Y: y - r}, {X: x + r, Y: y + r*0.8}, {X: x - r, Y: y + r*0.8}}, "FD")
	case 3:
		r *= 1.25
		d.pdf.Polygon([]gofpdf.PointType{{X: x, Y: y - r}, {X: x + r, Y: y}, {X: x, Y: y + r}, {X: x - r, Y: y}}, "FD")
	}
}

// gapMarks writes the mark of each missing value (":", "..") just above
// the zero line where its bar or point would be, so a gap does not read
// as zero. Targets have gaps by design and get none.
func (d *doc) gapMarks(ss []series, xOf func(int) float64, zeroY, slot float64) {
	nb := 0
	for _, s := range ss {
		if s.bar {
			nb++
		}
	}
	d.font(true, chartTextSize+0.5)
	lh := d.lineH(chartTextSize + 0.5)
	j, k := 0, 0
	for _, s := range ss {
		if s.marker < 0 {
			continue
		}
		for i, p := range s.Values {
			if p.Has || p.Label == "" {
				continue
			}
			x := xOf(i)
			y := zeroY - lh - d.sp(0.5)
			if s.bar {
				x = barX(x, slot, j, nb)
			} else {
				y -= float64(k) * lh
			}
			d.textColor(s.colour)
			d.cell(x-5, y, 10, lh, p.Label, "C")
		}
		if s.bar {
			j++
		} else {
			k++
		}
	}
}

// legendItem is one series in the legend, placed.
type legendItem struct {
	s    series
	x, y float64
}

type legendLayout struct {
	items []legendItem // positions relative to the legend's top left
	h     float64
}

const legendSwatchW = 7.0

func (d *doc) layoutLegend(ss []series) legendLayout {
	d.font(false, chartTextSize+0.5)
	lh := d.lineH(chartTextSize+0.5) + d.sp(0.8)
	var l legendLayout
	x, y := 0.0, 0.0
	for _, s := range ss {
		w := d.sp(legendSwatchW) + d.sp(1.8) + d.width(s.Name)
		if x > 0 && x+w > textW {
			x, y = 0, y+lh
		}
		l.items = append(l.items, legendItem{s: s, x: x, y: y})
		x += w + d.sp(6)
	}
	if len(ss) > 0 {
		l.h = y + lh
	}
	return l
}

func (d *doc) drawLegend(l legendLayout, top float64) {
	lh := d.lineH(chartTextSize+0.5) + d.sp(0.8)
	for _, it := range l.items {
		x, y := marginX+it.x, top+it.y
		cy := y + lh/2
		sw := d.sp(legendSwatchW)
		switch {
		case it.s.bar:
			d.rect(x+sw/2-d.sp(1.8), cy-d.sp(1.8), d.sp(3.6), d.sp(3.6), it.s.colour)
		default:
			if it.s.marker < 0 {
				d.pdf.SetDashPattern([]float64{d.sp(1.6), d.sp(1.1)}, 0)
				d.line(x, cy, x+sw, cy, d.sp(0.45), it.s.colour)
				d.pdf.SetDashPattern(nil, 0)
			} else {
				d.line(x, cy, x+sw, cy, d.sp(0.6), it.s.colour)
			}
			d.marker(it.s, x+sw/2, cy, d.sp(1.1))
		}
		d.font(false, chartTextSize+0.5)
		d.textColor(colText)
		d.cell(x+sw+d.sp(1.8), y, d.width(it.s.Name)+1, lh, it.s.Name, "L")
	}
}

// catLayout is how the category labels under the plot are set: on one
// line, wrapped to two, or turned 45°; and every how many are shown.
type catLayout struct {
	cats   []string
	lines  [][]string
	rotate bool
	every  int
	h      float64
	widths []float64
}

// layoutCategories picks the first way the labels fit their slots: one
// line, two lines, turned 45°, then leaving out all but every k-th label.
func (d *doc) layoutCategories(cats []string, plotW float64) catLayout {
	d.font(false, chartTextSize)
	lh := d.lineH(chartTextSize)
	n := max(len(cats), 1)
	l := catLayout{cats: cats, every: 1}
	for _, c := range cats {
		l.widths = append(l.widths, d.width(c))
	}
	for every := 1; every <= n; every++ {
		room := plotW/float64(n)*float64(every) - d.sp(1.5)
		l.every = every
		if d.catsFit(cats, every, room, 1, &l) {
			l.h = lh
			return l
		}
		if d.catsFit(cats, every, room, 2, &l) {
			l.h = 2 * lh
			return l
		}
		// Turned labels need their slots a line height apart.
		if room*math.Sin(math.Pi/4) >= d.sp(chartTextSize)*ptMM*1.25 {
			l.rotate = true
			widest := 0.0
			for i, w := range l.widths {
				if i%every == 0 {
					widest = max(widest, w)
				}
			}
			l.h = widest*math.Sin(math.Pi/4) + lh
			return l
		}
	}
	return l
}

// catsFit sets l.lines if every shown label fits room in at most maxLines
// lines without breaking a word.
func (d *doc) catsFit(cats []string, every int, room float64, maxLines int, l *catLayout) bool {
	if room <= 0 {
		return false // slots narrower than the gap between labels
	}
	lines := make([][]string, len(cats))
	for i, c := range cats {
		if i%every != 0 {
			continue
		}
		ls := d.wrap(c, room)
		if len(ls) > maxLines {
			return false
		}
		for _, w := range strings.Fields(c) {
			if d.width(w) > room {
				return false
			}
		}
		lines[i] = ls
	}
	l.lines = lines
	return true
}

func (d *doc) drawCategories(l catLayout, xOf func(int) float64, top float64) {
	d.font(false, chartTextSize)
	d.textColor(colText)
	lh := d.lineH(chartTextSize)
	for i := range l.widths {
		if i%l.every != 0 || (!l.rotate && l.lines == nil) {
			continue
		}
		x := xOf(i)
		if l.rotate {
			// Turned about the label's right end, which sits under its tick.
			ax, ay := x+d.sp(0.8), top
			d.pdf.TransformBegin()
			d.pdf.TransformRotate(45, ax, ay)
			d.cell(ax-l.widths[i]-0.5, ay-lh/2, l.widths[i]+0.5, lh, l.cats[i], "R")
			d.pdf.TransformEnd()
			continue
		}
		for j, s := range l.lines[i] {
			d.cell(x-30, top+float64(j)*lh, 60, lh, s, "C")
		}
	}
}
