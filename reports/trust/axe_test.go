package trust

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"boso/reports/clienttest"
)

// The real example report, with its many charts and tables, passes
// axe-core's WCAG 2.1 A/AA rules in Chromium with no violation (the
// renderer's own test checks a small sample; this checks what users get).
func TestExampleHTMLIsAccessible(t *testing.T) {
	chromium := clienttest.Need(t, "chromium", "chromium", "chromium-browser", "google-chrome")
	axe, err := os.ReadFile("../html/testdata/axe-core/axe.min.js")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "rapport.html")
	if err := os.WriteFile(path, render(t, exampleReport(t, "2025H1"), "html"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("proxy-server", "http://127.0.0.1:9"), chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"))
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(ctx)
	defer cancelTab()
	type violation struct {
		ID, Help string
		Nodes    int
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	charts, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('[role="img"] svg, [role="img"] canvas').length`))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](string(axe))); err != nil {
		t.Fatal(err)
	}
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]violation](`axe.run(document, {runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}).then(r => r.violations.map(v => ({ID: v.id, Help: v.help, Nodes: v.nodes.length})))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if charts == 0 {
		t.Error("no chart drew")
	}
	for _, v := range violations {
		t.Errorf("axe: %s (%d elements): %s", v.ID, v.Nodes, v.Help)
	}
}
