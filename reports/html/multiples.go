package html

import (
	"html/template"
	"strconv"
	"strings"

	"boso/reports/format"
	"boso/reports/model"
	"boso/templates/msg"
)

// multiplesView is a grid of small charts: each panel an inline SVG the
// page draws without script, so that dozens of them cost little and print
// as they are.
type multiplesView struct {
	ID, Title, AltText, Source string
	Legend                     []legendKey
	Axis                       string
	Panels                     []panelView
}

type legendKey struct {
	Class, Name string
}

type panelView struct {
	Title, AltText string
	SVG            template.HTML
}

// Panel geometry, in the SVG's own units (about CSS pixels at the width
// a panel gets on a desktop).
const (
	panelW, panelH  = 170.0, 112.0
	panelLeft       = 30.0 // room for the tick labels
	panelRight      = 6.0
	panelTop        = 8.0
	panelBottom     = 20.0 // the first and last category under the plot
	panelMarkHeight = 13.0
)

// multiples lays out m: every panel on the axis of all panels' points, so
// the panels compare at a glance.
func (b *builder) multiples(m *model.Multiples) *multiplesView {
	b.use(m.ID)
	b.use(m.ID + "-alt")
	v := &multiplesView{ID: m.ID, Title: m.Title, AltText: m.AltText, Source: m.Source}
	ax := format.MultiplesAxis(m)
	v.Axis = ax.Name
	for i, name := range m.Legend {
		cls := "own"
		if i > 0 {
			cls = "ref"
		}
		v.Legend = append(v.Legend, legendKey{Class: cls, Name: name})
	}
	for _, p := range m.Panels {
		for _, s := range p.Series {
			if len(s.Values) != len(m.Categories) {
				b.fail(msg.HTMLSeriesLength, m.ID, s.Name, len(s.Values), len(m.Categories))
				return v
			}
		}
		v.Panels = append(v.Panels, panelView{Title: p.Title, AltText: p.AltText, SVG: panelSVG(m, p, ax)})
	}
	return v
}

// panelSVG draws one panel: gridlines at the axis' ticks with their
// labels, the first and last category under the plot, the reference
// series dashed and the panel's own series solid with a point at every
// value. A point's tooltip (its <title>) is the model's label; a gap has
// no point, only its mark just above the zero line (a reference series'
// mark a line higher).
func panelSVG(m *model.Multiples, p model.Panel, ax format.Axis) template.HTML {
	var b strings.Builder
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }
	esc := template.HTMLEscapeString
	plotW, plotH := panelW-panelLeft-panelRight, panelH-panelTop-panelBottom
	bottom := panelTop + plotH
	lo, hi := ax.Min, ax.Max
	if hi <= lo {
		hi = lo + 1
	}
	yOf := func(v float64) float64 { return bottom - (v-lo)/(hi-lo)*plotH }
	n := max(len(m.Categories), 1)
	slot := plotW / float64(n)
	xOf := func(i int) float64 { return panelLeft + slot*(float64(i)+0.5) }
	b.WriteString(`<svg class="panel-plot" viewBox="0 0 ` + f(panelW) + ` ` + f(panelH) + `" role="img" aria-label="` + esc(p.AltText) + `">`)
	for _, t := range ax.Ticks {
		y := yOf(t.Value)
		cls := "grid"
		if t.Value == zeroValue(lo) {
			cls = "zero"
		}
		b.WriteString(`<line class="` + cls + `" x1="` + f(panelLeft) + `" x2="` + f(panelLeft+plotW) + `" y1="` + f(y) + `" y2="` + f(y) + `"/>`)
		b.WriteString(`<text class="tick" x="` + f(panelLeft-4) + `" y="` + f(y+4) + `">` + esc(t.Label) + `</text>`)
	}
	for i := range m.Categories {
		b.WriteString(`<text class="cat" x="` + f(xOf(i)) + `" y="` + f(panelH-5) + `">` + esc(shortCategory(m, i)) + `</text>`)
	}
	zero := yOf(zeroValue(lo))
	// reference series first, under the panel's own
	order := make([]int, 0, len(p.Series))
	for i, s := range p.Series {
		if s.Target {
			order = append(order, i)
		}
	}
	for i, s := range p.Series {
		if !s.Target {
			order = append(order, i)
		}
	}
	for _, i := range order {
		s := p.Series[i]
		cls := "own"
		markY := zero - 3
		if s.Target {
			cls, markY = "ref", zero-3-panelMarkHeight
		}
		var d strings.Builder
		for j, pt := range s.Values {
			if !pt.Has {
				continue
			}
			cmd := "L"
			if j == 0 || !s.Values[j-1].Has {
				cmd = "M"
			}
			d.WriteString(cmd + f(xOf(j)) + " " + f(yOf(pt.Num.Float())) + " ")
		}
		if d.Len() > 0 {
			b.WriteString(`<path class="line ` + cls + `" d="` + strings.TrimSpace(d.String()) + `"/>`)
		}
		for j, pt := range s.Values {
			tip := esc(s.Name + ", " + m.Categories[j] + ": " + pt.Label)
			if pt.Has {
				r := "3"
				if s.Target {
					r = "2"
				}
				b.WriteString(`<circle class="pt ` + cls + `" cx="` + f(xOf(j)) + `" cy="` + f(yOf(pt.Num.Float())) + `" r="` + r + `"><title>` + tip + `</title></circle>`)
				continue
			}
			if pt.Label == "" {
				continue
			}
			b.WriteString(`<text class="mark ` + cls + `" x="` + f(xOf(j)) + `" y="` + f(markY) + `"><title>` + tip + `</title>` + esc(pt.Label) + `</text>`)
		}
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// zeroValue is where the zero line stands: at 0, or at the axis' lowest
// value when that is above 0.
func zeroValue(lo float64) float64 { return max(lo, 0) }

// shortCategory is category i as the small x axis labels it.
func shortCategory(m *model.Multiples, i int) string {
	if i < len(m.Short) && m.Short[i] != "" {
		return m.Short[i]
	}
	return m.Categories[i]
}
