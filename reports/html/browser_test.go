package html

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

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
