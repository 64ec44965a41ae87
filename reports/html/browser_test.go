package html

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"boso/reports/clienttest"
	"boso/reports/model"
)

var look = flag.String("look", "", "also write the sample page, its screenshot and its PDF to this folder, to look at")

// axe-core 4.14.1 from npm (package/axe.min.js), MPL-2.0: testdata/axe-core/LICENSE.
//
//go:embed testdata/axe-core/axe.min.js
var axeJS string

// chromium is a headless Chromium with one page open, offline: every
// request other than the page itself fails and is recorded, and so is
// every console error or warning.
type chromium struct {
	ctx      context.Context
	path     string
	mu       sync.Mutex
	requests []string
	console  []string
}

// openInChromium writes page to dir/name and opens it in a new headless
// Chromium whose window is width pixels wide; the browser ends with the
// test, which then fails if the page asked for another file or logged an
// error.
func openInChromium(t *testing.T, dir, name string, page []byte, width int) *chromium {
	t.Helper()
	exe := clienttest.Need(t, "chromium", "chromium", "chromium-browser", "google-chrome")
	b := &chromium{path: filepath.Join(dir, name)}
	if err := os.WriteFile(b.path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		// Belt and braces: any request that slipped past the interception
		// below could not reach a server either.
		chromedp.Flag("proxy-server", "http://127.0.0.1:9"),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
		chromedp.WindowSize(width, 900),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	b.ctx = ctx

	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	messages := chromedp.Console(ctx)
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*"}}}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			if ev.Request.URL == "file://"+b.path {
				chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
				continue
			}
			b.mu.Lock()
			b.requests = append(b.requests, ev.Request.URL)
			b.mu.Unlock()
			chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonBlockedByClient})
		}
	}()
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleWarning {
				b.mu.Lock()
				b.console = append(b.console, fmt.Sprintf("%s %s:%d: %s", m.Type, m.URL, m.Line+1, m))
				b.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		if len(b.requests) > 0 {
			t.Errorf("the page asked for other files: %q", b.requests)
		}
		for _, m := range b.console {
			t.Errorf("console: %s", m)
		}
	})
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), 900), chromedp.Navigate("file://"+b.path), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	return b
}

// lookDir is where a browser test leaves what it drew: the -look folder,
// or a temporary one.
func lookDir(t *testing.T) string {
	if *look == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(*look, 0o755); err != nil {
		t.Fatal(err)
	}
	return *look
}

// TestInChromium opens the rich sample page in a real Chromium, offline,
// and checks what only a browser can tell: the charts draw with no
// network, axe-core finds no WCAG 2.1 A/AA violation, and the page prints
// to A4 with its banner on every page.
func TestInChromium(t *testing.T) {
	t.Parallel()
	dir := lookDir(t)
	r := richSample()
	b := openInChromium(t, dir, "sample.html", render(t, r), 1280)
	ctx := b.ctx

	t.Run("charts draw offline", func(t *testing.T) {
		// Each chart container holds the drawing and still says what it shows.
		type drawn struct {
			ID, Label, Caption string
			SVG                bool
			Texts              []string
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]drawn](`Array.from(document.querySelectorAll('[role="img"]')).map(e => ({
			ID: e.id, Label: e.getAttribute('aria-label'), SVG: !!e.querySelector('svg, canvas'),
			Caption: e.closest('figure').querySelector('figcaption').textContent,
			Texts: Array.from(e.querySelectorAll('svg text')).map(x => x.textContent)}))`))
		if err != nil {
			t.Fatal(err)
		}
		charts := modelCharts(r)
		if len(got) != len(charts) {
			t.Fatalf("%d chart containers, want %d", len(got), len(charts))
		}
		// The y axis is named with its unit, its ticks in Norwegian; every
		// gap's mark is drawn.
		want := map[string][]string{
			"fig_startlan":    {"antall", "Søknader", "Innvilget", "1. halvår", "2025", "200", ".."},
			"fig_bostedslose": {"antall husstander", "Bostedsløse husstander", "Mål", ":"},
			"fig_belop":       {"mill. kr", "150", "Innvilget beløp, startlån", ":", ".."},
			"fig_andel":       {"prosent", "100\u00a0%", "60\u00a0%", "Innvilgelsesandel, startlån", ":", "..", "."},
		}
		for i, c := range charts {
			g := got[i]
			if g.ID != c.ID || !g.SVG || g.Label != c.AltText || g.Caption != c.Title {
				t.Errorf("chart %d: %+v", i, g)
			}
			texts := map[string]bool{}
			for _, x := range g.Texts {
				texts[x] = true
			}
			if texts[c.Title] {
				t.Errorf("%s: the title is drawn in the chart; it belongs to the page, where it wraps", c.ID)
			}
			if len(want[c.ID]) == 0 {
				t.Errorf("no expectations for chart %s", c.ID)
			}
			for _, w := range want[c.ID] {
				if !texts[w] {
					t.Errorf("%s: no %q among the drawn texts %q", g.ID, w, g.Texts)
				}
			}
		}
	})

	t.Run("screenshot and A4 print", func(t *testing.T) {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize(), chromedp.PDFPrintBackground()))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(png, []byte("\x89PNG")) || !bytes.HasPrefix(pdf, []byte("%PDF")) {
			t.Fatal("screenshot is no PNG or print is no PDF")
		}
		for name, b := range map[string][]byte{"sample.png": png, "sample.pdf": pdf} {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		pdftotext := clienttest.Need(t, "poppler-utils", "pdftotext")
		out, err := exec.Command(pdftotext, "-layout", filepath.Join(dir, "sample.pdf"), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		pages := strings.Split(strings.TrimSuffix(string(out), "\f"), "\f")
		if len(pages) < 3 {
			t.Fatalf("%d printed pages; the sample's activity table alone needs more than one", len(pages))
		}
		for i, p := range pages {
			for _, want := range []string{"Eksempel – fiktive tall", "Kárášjohka – Karasjok kommune · 1. halvår 2025", fmt.Sprintf("Side %d av %d", i+1, len(pages))} {
				if !strings.Contains(p, want) {
					t.Errorf("printed page %d lacks %q", i+1, want)
				}
			}
		}
		all := string(out)
		for _, want := range []string{"Máret Ŋuolla-Šiŧŧo Žáhkar", "Áilu Čoavddis-Đuođi", "2.18 Tiltak for", "TOTALT", "Figur 5.1 Bruk av startlån"} {
			if !strings.Contains(all, want) {
				t.Errorf("the PDF's text lacks %q", want)
			}
		}
		if strings.Contains(all, "Innhold\n") {
			t.Error("the contents list is printed; it should be hidden in print")
		}
	})

	t.Run("tooltips show the model's labels", func(t *testing.T) {
		// The mark of a gap too.
		tip, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
			const c = echarts.getInstanceByDom(document.getElementById('fig_startlan'));
			c.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 9});
			return Array.from(document.querySelectorAll('#fig_startlan div')).map(d => d.innerText).join('|');
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(tip, "1. halvår 2025") || !strings.Contains(tip, "Søknader: 88") || !strings.Contains(tip, "Innvilget: ..") {
			t.Errorf("tooltip %q, want the model's labels", tip)
		}
		chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`echarts.getInstanceByDom(document.getElementById('fig_startlan')).dispatchAction({type: 'hideTip'})`))
	})

	t.Run("axe finds no WCAG 2.1 AA violation", func(t *testing.T) { checkAxe(t, ctx) })

	t.Run("keyboard reaches the skip link first and it leads to main", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur(); window.scrollTo(0, 0)`), chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		type focus struct {
			Class, Outline string
			Top            float64
		}
		first, err := chromedp.Run(ctx, chromedp.Evaluate[focus](`({Class: document.activeElement.className,
			Outline: getComputedStyle(document.activeElement).outlineStyle, Top: document.activeElement.getBoundingClientRect().top})`))
		if err != nil {
			t.Fatal(err)
		}
		if first.Class != "skip-link" || first.Outline != "solid" || first.Top < 0 {
			t.Errorf("first tab stop %+v, want the skip link, on screen, with an outline", first)
		}
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\r")); err != nil {
			t.Fatal(err)
		}
		focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.id`))
		if err != nil {
			t.Fatal(err)
		}
		if focused != "innhold" {
			t.Errorf("after the skip link, focus is on %q, want main#innhold", focused)
		}
	})
}

// modelCharts are the report's charts, in the page's order.
func modelCharts(r *model.Report) []*model.Chart {
	var out []*model.Chart
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			if b.Chart != nil {
				out = append(out, b.Chart)
			}
		}
	}
	return out
}

// reflow is what the page looks like at one width, as the test measures
// it in the browser.
type reflow struct {
	Width, ScrollWidth float64
	// Outside are elements that reach beyond the window's sides.
	Outside []string
	// Scrolling are the tables whose box scrolls sideways.
	Scrolling []string
	Stacked   []string // the tables laid out as blocks
	// Unlabelled are cells of a stacked table that are shown without
	// their column's title beside them.
	Unlabelled []string
	Charts     []drawnChart
}

type drawnChart struct {
	ID                  string
	Width, Box, Height  float64 // the drawing's width, its box's, its height
	Clipped, Overlapped []string
	Labels              []string // the x axis' labels as drawn, lines joined
	Marks               []mark
}

// mark is a gap's mark as drawn, and where its category is.
type mark struct {
	Text                      string
	X, Bottom, Slot, CatX, Y0 float64
}

// measure is the script that fills a reflow. Charts are measured in their
// SVG drawing: a text outside its chart's box is cut off, two texts that
// intersect collide.
const measure = `(() => {
const W = document.documentElement.clientWidth;
// A chart's own parts are measured below, against its box.
const hidden = e => e.closest('table.stacked thead, .visually-hidden, .chart-box > *');
const r = {Width: W, ScrollWidth: document.documentElement.scrollWidth, Outside: [], Scrolling: [], Stacked: [], Unlabelled: [], Charts: []};
for (const e of document.body.querySelectorAll('*')) {
  const b = e.getBoundingClientRect();
  if (b.width === 0 || hidden(e) || e.classList.contains('skip-link')) { continue; }
  if (b.left < -0.5 || b.right > W + 0.5) { r.Outside.push(e.tagName + '#' + e.id + '.' + (e.getAttribute('class') || '') + ' ' + Math.round(b.left) + '…' + Math.round(b.right)); }
}
for (const box of document.querySelectorAll('.table-scroll')) {
  if (box.scrollWidth > box.clientWidth + 1) { r.Scrolling.push(box.querySelector('table').id); }
}
for (const t of document.querySelectorAll('table.stacked')) {
  r.Stacked.push(t.id);
  const heads = Array.from(t.querySelectorAll('thead th')).map(th => th.textContent);
  for (const row of t.querySelectorAll('tbody tr')) {
    Array.from(row.children).forEach((c, i) => {
      if (c.tagName !== 'TD' || getComputedStyle(c).display === 'none') { return; }
      const before = getComputedStyle(c, '::before').content;
      if (!before.includes(JSON.stringify(heads[i]))) { r.Unlabelled.push(t.id + ': ' + c.textContent + ' (' + before + ')'); }
    });
  }
}
// A text's outline is its box turned as it is drawn (labels at 45°);
// two outlines collide unless some side of one separates them.
const corners = x => {
  const bb = x.getBBox(), m = x.getScreenCTM();
  return [[bb.x, bb.y], [bb.x + bb.width, bb.y], [bb.x + bb.width, bb.y + bb.height], [bb.x, bb.y + bb.height]]
    .map(([px, py]) => [m.a * px + m.c * py + m.e, m.b * px + m.d * py + m.f]);
};
const apart = (p, q) => [p, q].some(poly => poly.some((a, i) => {
  const b = poly[(i + 1) % 4], nx = a[1] - b[1], ny = b[0] - a[0];
  const proj = pts => pts.map(([x, y]) => x * nx + y * ny);
  const pp = proj(p), pq = proj(q), len = Math.hypot(nx, ny);
  return Math.min(Math.max(...pp), Math.max(...pq)) - Math.max(Math.min(...pp), Math.min(...pq)) < 0.5 * len;
}));
const overlap = (a, b) => !apart(corners(a.x), corners(b.x));
for (const el of document.querySelectorAll('.chart-box')) {
  const chart = echarts.getInstanceByDom(el);
  const box = el.getBoundingClientRect();
  const svg = el.querySelector('svg');
  const c = {ID: el.id, Width: svg.getBoundingClientRect().width, Box: box.width, Height: box.height, Clipped: [], Overlapped: [], Labels: [], Marks: []};
  const texts = Array.from(svg.querySelectorAll('text')).filter(x => x.textContent.trim() !== '').map(x => ({t: x.textContent, b: x.getBoundingClientRect(), x: x}));
  texts.forEach((a, i) => {
    if (a.b.left < box.left - 0.5 || a.b.right > box.right + 0.5 || a.b.top < box.top - 0.5 || a.b.bottom > box.bottom + 0.5) {
      c.Clipped.push(a.t + ' ' + Math.round(a.b.left - box.left) + '…' + Math.round(a.b.right - box.left));
    }
    texts.slice(i + 1).forEach(b => { if (overlap(a, b)) { c.Overlapped.push(a.t + ' × ' + b.t); } });
  });
  const o = chart.getOption();
  const cats = o.xAxis[0].data;
  const zero = chart.convertToPixel({yAxisIndex: 0}, 0) + box.top;
  const slot = Math.abs(chart.convertToPixel({xAxisIndex: 0}, 1) - chart.convertToPixel({xAxisIndex: 0}, 0));
  // The x axis' labels are the texts under the zero line, in order; a
  // wrapped label's lines come one after the other.
  let line = [];
  texts.filter(a => a.b.top > zero).forEach(a => {
    if (line.length && cats.indexOf(line.join(' ')) >= 0) { c.Labels.push(line.join(' ')); line = []; }
    line.push(a.t);
    if (cats.indexOf(line.join(' ')) >= 0) { c.Labels.push(line.join(' ')); line = []; }
  });
  o.series.forEach(s => (s.markPoint && s.markPoint.data || []).forEach(m => {
    const x = texts.find(a => a.t === m.name && Math.abs(a.b.left + a.b.width / 2 - box.left - chart.convertToPixel({xAxisIndex: 0}, m.coord[0])) < slot);
    c.Marks.push({Text: m.name, X: x ? x.b.left + x.b.width / 2 - box.left : -1, Bottom: x ? x.b.bottom : -1, Slot: slot,
      CatX: chart.convertToPixel({xAxisIndex: 0}, m.coord[0]), Y0: zero});
  }));
  r.Charts.push(c);
}
return r;
})()`

// TestReflow checks WCAG 2.1 SC 1.4.10 Reflow, which axe-core does not: at
// 320 and 390 CSS pixels wide (a phone) and at 1280 (a desktop), nothing
// on the page reaches beyond the window, no table scrolls sideways (the
// goal table and the steering page's tables stack, each cell beside its
// column's title, and stay tables for screen readers), and every chart
// fits its box with no label cut off or colliding, its last period's label
// drawn and the marks of its gaps above the zero line at their category.
// It first loads the page at 1280 and narrows the window, then loads it at
// 320 afresh. Screenshots of each width are left in the -look folder or a
// temporary one.
func TestReflow(t *testing.T) {
	t.Parallel()
	dir := lookDir(t)
	r := richSample()
	b := openInChromium(t, dir, "reflow.html", render(t, r), 1280)
	charts := modelCharts(r)
	// The goal table and the steering page's targets are too wide for a
	// phone: they stack there, and are grids on a desktop. Every other
	// table may do either, as long as it does not scroll.
	mustStack := []string{"t-maloppnaelse", SteeringID + "-styring-mal"}

	check := func(t *testing.T, width int, name string) {
		got, err := chromedp.Run(b.ctx, chromedp.Evaluate[reflow](measure))
		if err != nil {
			t.Fatal(err)
		}
		if got.Width != float64(width) {
			t.Fatalf("the window is %v wide, want %d", got.Width, width)
		}
		if got.ScrollWidth > got.Width {
			t.Errorf("the page is %v wide in a window of %v: it scrolls sideways", got.ScrollWidth, got.Width)
		}
		for _, e := range got.Outside {
			t.Errorf("beyond the window's sides: %s", e)
		}
		for _, id := range got.Scrolling {
			t.Errorf("table %s scrolls sideways", id)
		}
		stacked := map[string]bool{}
		for _, id := range got.Stacked {
			stacked[id] = true
		}
		for _, id := range mustStack {
			if stacked[id] != (width < 500) {
				t.Errorf("table %s stacked %v at %d px", id, stacked[id], width)
			}
		}
		for _, c := range got.Unlabelled {
			t.Errorf("stacked cell without its column's title: %s", c)
		}
		if len(got.Charts) != len(charts) {
			t.Fatalf("%d charts drawn, want %d", len(got.Charts), len(charts))
		}
		for i, c := range got.Charts {
			mc := charts[i]
			if c.Width > c.Box+0.5 || c.Box > got.Width {
				t.Errorf("%s: drawn %v wide in a box of %v, in a window of %v", c.ID, c.Width, c.Box, got.Width)
			}
			for _, x := range c.Clipped {
				t.Errorf("%s: text cut off at the chart's edge: %s", c.ID, x)
			}
			for _, x := range c.Overlapped {
				t.Errorf("%s: texts collide: %s", c.ID, x)
			}
			last := mc.Categories[len(mc.Categories)-1]
			if len(c.Labels) == 0 || c.Labels[len(c.Labels)-1] != last {
				t.Errorf("%s: x-axis labels %q, want the last period %q among them", c.ID, c.Labels, last)
			}
			// Labels are left out evenly, never more than needed: at a
			// desktop's width every category is named.
			if width >= 1280 && len(c.Labels) != len(mc.Categories) {
				t.Errorf("%s: %d of %d categories named at %d px", c.ID, len(c.Labels), len(mc.Categories), width)
			}
			var gaps int
			for _, s := range mc.Series {
				for _, p := range s.Values {
					if !s.Target && !p.Has && p.Label != "" {
						gaps++
					}
				}
			}
			if len(c.Marks) != gaps {
				t.Errorf("%s: %d marks drawn, want one per gap (%d)", c.ID, len(c.Marks), gaps)
			}
			for _, m := range c.Marks {
				if m.X < 0 || math.Abs(m.X-m.CatX) > m.Slot/2 || m.Bottom > m.Y0+1 || m.Bottom < m.Y0-4*markLineHeight {
					t.Errorf("%s: mark %+v is not just above the zero line at its category", c.ID, m)
				}
			}
		}
		// The tooltip with the longest names, at the last period, wraps
		// inside the window.
		tip, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]float64](`(() => {
			const el = document.getElementById('fig_andel');
			const c = echarts.getInstanceByDom(el);
			c.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: c.getOption().xAxis[0].data.length - 1});
			const r = Array.from(el.children).pop().getBoundingClientRect();
			const out = [r.left, r.right, r.width, document.documentElement.scrollWidth];
			c.dispatchAction({type: 'hideTip'});
			return out;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		if tip[2] == 0 || tip[0] < 0 || tip[1] > got.Width || tip[3] > got.Width {
			t.Errorf("the tooltip stands at %v…%v (page %v wide) in a window of %v", tip[0], tip[1], tip[3], got.Width)
		}
		png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// resize narrows or widens the window and waits until the page has
	// handled it: the resize event comes with the next frame.
	resize := func(t *testing.T, width int) {
		if err := chromedp.Do(b.ctx, chromedp.EmulateViewport(int64(width), 900),
			chromedp.Evaluate[chromedp.Void](`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`, chromedp.EvalAwaitPromise)); err != nil {
			t.Fatal(err)
		}
	}
	for _, w := range []int{1280, 390, 320} {
		t.Run(fmt.Sprintf("%d px", w), func(t *testing.T) {
			resize(t, w)
			check(t, w, fmt.Sprintf("reflow-%d.png", w))
		})
	}
	t.Run("stacked, the goal table is still a table for screen readers", func(t *testing.T) {
		resize(t, 390)
		var goal *model.Table
		for _, b := range r.Sections[5].Blocks {
			if b.Table != nil && b.Table.ID == "maloppnaelse" {
				goal = b.Table
			}
		}
		at := accessibleTable(t, b.ctx, goal.Caption)
		if at == nil {
			t.Fatalf("no table named %q in the accessibility tree", goal.Caption)
		}
		var want [][]string
		var head []string
		for _, c := range goal.Columns {
			head = append(head, "columnheader "+c.Title)
		}
		want = append(want, head)
		for _, row := range goal.Rows {
			// Each number is read as it is shown, without the column
			// title written beside it; the header names it.
			cells := []string{"rowheader " + row.Cells[0].Text}
			for _, c := range row.Cells[1:] {
				cells = append(cells, "cell "+c.Text)
			}
			want = append(want, cells)
		}
		if fmt.Sprint(at.Rows) != fmt.Sprint(want) {
			t.Errorf("the accessibility tree's table:\n%q\nwant\n%q", at.Rows, want)
		}
	})
	t.Run("axe at 390 px", func(t *testing.T) {
		resize(t, 390)
		checkAxe(t, b.ctx)
	})
	t.Run("320 px, loaded at that width", func(t *testing.T) {
		resize(t, 320)
		if err := chromedp.Do(b.ctx, chromedp.Reload(), chromedp.WaitReady("body")); err != nil {
			t.Fatal(err)
		}
		check(t, 320, "reflow-320-loaded.png")
	})
}

// checkAxe runs axe-core on the page and fails on every WCAG 2.1 A or AA
// violation it finds.
func checkAxe(t *testing.T, ctx context.Context) {
	t.Helper()
	loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof axe !== 'undefined'`))
	if err != nil {
		t.Fatal(err)
	}
	if !loaded {
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](axeJS)); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](`axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}).then(r => ({
		violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
			nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary}))})),
		passes: r.passes.length, incomplete: r.incomplete.map(v => v.id + ' (' + v.nodes.length + ')'), version: axe.version}))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Violations []struct {
			ID, Impact, Help string
			Nodes            []struct{ Target, HTML, Summary string }
		}
		Passes     int
		Incomplete []string
		Version    string
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	t.Logf("axe-core %s: %d rules passed, %d violated; needs a human look: %v", res.Version, res.Passes, len(res.Violations), res.Incomplete)
	for _, v := range res.Violations {
		t.Errorf("axe %s (%s): %s", v.ID, v.Impact, v.Help)
		for _, n := range v.Nodes {
			t.Errorf("    %s: %.200s\n      %s", n.Target, n.HTML, n.Summary)
		}
	}
}

// axTable is a table as Chromium gives it to screen readers: its name and
// each row's cells, as role and name.
type axTable struct {
	Name string
	Rows [][]string // "columnheader Mål", "cell 25 (2025)"
}

// accessibleTable finds the table named caption in Chromium's
// accessibility tree.
func accessibleTable(t *testing.T, ctx context.Context, caption string) *axTable {
	t.Helper()
	tree, err := chromedp.Call(ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[accessibility.NodeID]*accessibility.Node{}
	for _, n := range tree.Nodes {
		byID[n.NodeID] = n
	}
	str := func(v *accessibility.Value) string {
		var s string
		if v != nil {
			json.Unmarshal(v.Value, &s)
		}
		return s
	}
	// Rows and cells may sit below nodes that carry no role of their own.
	var below func(n *accessibility.Node, roles map[string]bool) []*accessibility.Node
	below = func(n *accessibility.Node, roles map[string]bool) []*accessibility.Node {
		var out []*accessibility.Node
		for _, id := range n.ChildIDs {
			c := byID[id]
			if c == nil {
				continue
			}
			if roles[str(c.Role)] {
				out = append(out, c)
			} else {
				out = append(out, below(c, roles)...)
			}
		}
		return out
	}
	for _, n := range tree.Nodes {
		if str(n.Role) != "table" || str(n.Name) != caption {
			continue
		}
		at := &axTable{Name: caption}
		for _, row := range below(n, map[string]bool{"row": true}) {
			var cells []string
			for _, c := range below(row, map[string]bool{"cell": true, "gridcell": true, "columnheader": true, "rowheader": true}) {
				cells = append(cells, str(c.Role)+" "+strings.TrimSpace(str(c.Name)))
			}
			at.Rows = append(at.Rows, cells)
		}
		return at
	}
	return nil
}
