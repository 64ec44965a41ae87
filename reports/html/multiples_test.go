package html

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	nethtml "golang.org/x/net/html"

	"boso/reports/format"
	"boso/reports/model/modeltest"
	"github.com/chromedp/chromedp"
)

// drawnPanel is a small multiple as a reader of the page finds it: the
// points drawn (read back from where they stand on the axis), their
// tooltips, and the marks written at gaps.
type drawnPanel struct {
	title  string
	ticks  []string
	points map[string]float64 // tooltip → value read off the axis
	marks  []string           // tooltip of each gap's mark
}

func readPanels(t *testing.T, page []byte) []drawnPanel {
	t.Helper()
	doc, err := nethtml.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	attr := func(n *nethtml.Node, k string) string {
		for _, a := range n.Attr {
			if a.Key == k {
				return a.Val
			}
		}
		return ""
	}
	text := func(n *nethtml.Node) string {
		var b strings.Builder
		var walk func(*nethtml.Node)
		walk = func(n *nethtml.Node) {
			if n.Type == nethtml.TextNode {
				b.WriteString(n.Data)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(n)
		return b.String()
	}
	// the text of n itself, without its <title>
	own := func(n *nethtml.Node) string {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == nethtml.TextNode {
				b.WriteString(c.Data)
			}
		}
		return b.String()
	}
	title := func(n *nethtml.Node) string {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == nethtml.ElementNode && c.Data == "title" {
				return text(c)
			}
		}
		return ""
	}
	var out []drawnPanel
	var walk func(*nethtml.Node)
	walk = func(n *nethtml.Node) {
		if n.Type == nethtml.ElementNode && n.Data == "div" && attr(n, "class") == "panel" {
			p := drawnPanel{points: map[string]float64{}}
			type tick struct{ y, v float64 }
			var ticks []tick
			var circles []*nethtml.Node
			var find func(*nethtml.Node)
			find = func(m *nethtml.Node) {
				if m.Type == nethtml.ElementNode {
					cls := attr(m, "class")
					switch {
					case m.Data == "p" && cls == "panel-title":
						p.title = text(m)
					case m.Data == "text" && cls == "tick":
						y, _ := strconv.ParseFloat(attr(m, "y"), 64)
						label := own(m)
						p.ticks = append(p.ticks, label)
						v, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(label, "\u00a0", ""), ",", "."), 64)
						if err == nil {
							ticks = append(ticks, tick{y, v})
						}
					case m.Data == "circle":
						circles = append(circles, m)
					case m.Data == "text" && strings.HasPrefix(cls, "mark"):
						p.marks = append(p.marks, title(m))
					}
				}
				for c := m.FirstChild; c != nil; c = c.NextSibling {
					find(c)
				}
			}
			find(n)
			if len(ticks) < 2 {
				t.Fatalf("panel %q: %d ticks read", p.title, len(ticks))
			}
			lo, hi := ticks[0], ticks[len(ticks)-1]
			for _, c := range circles {
				cy, _ := strconv.ParseFloat(attr(c, "cy"), 64)
				// a tick's label stands 4 units below its line
				v := lo.v + (cy-(lo.y-4))/((hi.y-4)-(lo.y-4))*(hi.v-lo.v)
				p.points[title(c)] = v
			}
			out = append(out, p)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// Every panel is drawn on the one axis, every point where its value is
// (read back off the axis) with the model's label as its tooltip, and a
// gap has no point, only its mark.
func TestMultiplesDrawn(t *testing.T) {
	r := modeltest.Multiples()
	m := r.Sections[len(r.Sections)-1].Blocks[0].Multiples
	page := render(t, r)
	panels := readPanels(t, page)
	if len(panels) != len(m.Panels) {
		t.Fatalf("%d panels drawn, want %d", len(panels), len(m.Panels))
	}
	ax := format.MultiplesAxis(m)
	var ticks []string
	for _, tk := range ax.Ticks {
		ticks = append(ticks, tk.Label)
	}
	for i, p := range panels {
		mp := m.Panels[i]
		if p.title != mp.Title {
			t.Errorf("panel %d is titled %q, want %q", i, p.title, mp.Title)
		}
		if fmt.Sprint(p.ticks) != fmt.Sprint(ticks) {
			t.Errorf("%s: ticks %q, want the shared axis' %q", p.title, p.ticks, ticks)
		}
		points, gaps := 0, 0
		for _, s := range mp.Series {
			for j, pt := range s.Values {
				tip := s.Name + ", " + m.Categories[j] + ": " + pt.Label
				v, drawn := p.points[tip]
				switch {
				case pt.Has && !drawn:
					t.Errorf("%s: no point %q", p.title, tip)
				case pt.Has && math.Abs(v-pt.Num.Float()) > 0.02:
					t.Errorf("%s: %q drawn at %.3f", p.title, tip, v)
				case !pt.Has && drawn:
					t.Errorf("%s: the gap %q is drawn as a point", p.title, tip)
				}
				if pt.Has {
					points++
				} else {
					gaps++
				}
			}
		}
		if len(p.points) != points || len(p.marks) != gaps {
			t.Errorf("%s: %d points and %d marks drawn, want %d and %d", p.title, len(p.points), len(p.marks), points, gaps)
		}
	}
	// the hidden figures' marks are there, with «:» as their tooltips' text
	if !bytes.Contains(page, []byte(`Løten, 1. halvår 2023: :</title>:</text>`)) {
		t.Error("Løten's hidden 2023 is not marked «:»")
	}
	if !bytes.Contains(page, []byte(`<figcaption class="chart-title">`+m.Title)) {
		t.Error("the figure's title is not its caption")
	}
}

// TestMultiplesInChromium lays the panels out side by side, four to a row
// on a desktop and two on a phone, nothing wider than the page, and axe
// finds no WCAG 2.1 AA violation.
func TestMultiplesInChromium(t *testing.T) {
	t.Parallel()
	b := openInChromium(t, lookDir(t), "multiples.html", render(t, modeltest.Multiples()), 1280)
	for _, c := range []struct{ width, perRow int }{{1280, 4}, {390, 2}} {
		t.Run(fmt.Sprintf("%d px", c.width), func(t *testing.T) {
			type lay struct {
				Lefts   []float64
				Page    float64
				Overlap bool
			}
			if err := chromedp.Do(b.ctx, chromedp.EmulateViewport(int64(c.width), 900)); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(b.ctx, chromedp.Evaluate[lay](`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => {
  const rs = Array.from(document.querySelectorAll('.panel')).map(p => p.getBoundingClientRect());
  r({Lefts: rs.map(x => x.left), Page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    Overlap: rs.some((a, i) => rs.some((b, j) => i < j && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1))});
})))`, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatal(err)
			}
			row := 0
			for _, l := range got.Lefts {
				if math.Abs(l-got.Lefts[0]) < 1 {
					row = 0
				}
				row++
				if row > c.perRow {
					t.Errorf("more than %d panels to a row: %v", c.perRow, got.Lefts)
					break
				}
			}
			distinct := map[int]bool{}
			for _, l := range got.Lefts {
				distinct[int(math.Round(l))] = true
			}
			if len(distinct) != c.perRow {
				t.Errorf("panels stand in %d columns, want %d: %v", len(distinct), c.perRow, got.Lefts)
			}
			if got.Page > 0 || got.Overlap {
				t.Errorf("the page scrolls sideways by %gpx or panels overlap (%v)", got.Page, got.Overlap)
			}
			checkAxe(t, b.ctx)
		})
	}
}
