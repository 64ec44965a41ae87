package html

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	nethtml "golang.org/x/net/html"

	"boso/indicators/num"
	"boso/reports/model"
	"boso/reports/model/modeltest"
	"boso/templates/assets"
)

var update = flag.Bool("update", false, "rewrite testdata/sample.html from the sample report")

func render(t testing.TB, r *model.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Same report, same bytes, also when several goroutines write at once.
func TestSameReportSameBytes(t *testing.T) {
	want := render(t, modeltest.Sample())
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Go(func() { got[i] = render(t, modeltest.Sample()) })
	}
	wg.Wait()
	for i, g := range got {
		if !bytes.Equal(g, want) {
			t.Fatalf("write %d differs from the first", i+1)
		}
	}
}

// goldenECharts stands for the inlined ECharts library in the golden file,
// which shows what boso writes, not the library it copies.
var goldenECharts = fmt.Sprintf("/* echarts.min.js %s, %d bytes (templates/assets) */", assets.EChartsVersion, len(assets.EChartsJS))

// The page for the sample report is testdata/sample.html, except that the
// inlined ECharts is one line there. Run with -update after a deliberate
// change and read the diff.
func TestGolden(t *testing.T) {
	page := string(render(t, modeltest.Sample()))
	if n := strings.Count(page, assets.EChartsJS); n != 1 {
		t.Fatalf("ECharts is inlined %d times, want once", n)
	}
	got := strings.Replace(page, assets.EChartsJS, goldenECharts, 1)
	path := filepath.Join("testdata", "sample.html")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("page differs from %s at line %d:\ngot:  %.300q\nwant: %.300q\n(run go test -update if the change is meant)", path, i+1, g, w)
			}
		}
	}
}

// parse returns the page's tables by id, each as its caption, header
// row and body rows of cell texts.
type parsedTable struct {
	caption string
	head    []string
	rows    [][]string
	classes [][]string // class of each body cell
}

func parseTables(t *testing.T, page []byte) (*nethtml.Node, map[string]*parsedTable) {
	t.Helper()
	doc, err := nethtml.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string]*parsedTable{}
	for n := range doc.Descendants() {
		if n.Type != nethtml.ElementNode || n.Data != "table" {
			continue
		}
		pt := &parsedTable{}
		tables[attr(n, "id")] = pt
		for c := range n.Descendants() {
			if c.Type != nethtml.ElementNode {
				continue
			}
			switch c.Data {
			case "caption":
				pt.caption = text(c)
			case "tr":
				var cells, classes []string
				for cell := c.FirstChild; cell != nil; cell = cell.NextSibling {
					if cell.Type == nethtml.ElementNode && (cell.Data == "th" || cell.Data == "td") {
						cells = append(cells, text(cell))
						classes = append(classes, attr(cell, "class"))
					}
				}
				if c.Parent.Data == "thead" {
					pt.head = cells
				} else {
					pt.rows = append(pt.rows, cells)
					pt.classes = append(pt.classes, classes)
				}
			}
		}
	}
	return doc, tables
}

func attr(n *nethtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *nethtml.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == nethtml.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// Every table of the model is a real table in the page, cell for cell, in
// its place: caption, column titles and the text of every cell exactly as
// the model has it. Numbers are right-aligned.
func TestTablesCarryEveryCell(t *testing.T) {
	r := modeltest.Sample()
	_, tables := parseTables(t, render(t, r))
	check := func(id string, mt *model.Table) {
		t.Helper()
		pt := tables[id]
		if pt == nil {
			t.Errorf("no <table id=%q> for table %s", id, mt.ID)
			return
		}
		if pt.caption != mt.Caption {
			t.Errorf("%s: caption %q, want %q", id, pt.caption, mt.Caption)
		}
		var head []string
		for _, c := range mt.Columns {
			head = append(head, c.Title)
		}
		if !slicesEqual(pt.head, head) {
			t.Errorf("%s: header %q, want %q", id, pt.head, head)
		}
		if len(pt.rows) != len(mt.Rows) {
			t.Errorf("%s: %d body rows, want %d", id, len(pt.rows), len(mt.Rows))
			return
		}
		for i, row := range mt.Rows {
			var want []string
			for _, c := range row.Cells {
				want = append(want, c.Text)
			}
			if row.Kind == model.GroupRow && onlyFirst(row.Cells) {
				want = want[:1]
			}
			if !slicesEqual(pt.rows[i], want) {
				t.Errorf("%s row %d: %q, want %q", id, i+1, pt.rows[i], want)
				continue
			}
			for j, c := range row.Cells {
				if row.Kind == model.GroupRow && onlyFirst(row.Cells) {
					break
				}
				right := strings.Contains(pt.classes[i][j], "num")
				wantRight := mt.Columns[j].Kind == model.NumberColumn || mt.Columns[j].Kind == model.AmountColumn || mt.Columns[j].Kind == model.PercentColumn
				if right != wantRight {
					t.Errorf("%s row %d cell %q: right-aligned %v, want %v", id, i+1, c.Text, right, wantRight)
				}
			}
		}
	}
	n := 0
	for _, s := range r.Sections {
		for _, b := range s.Blocks {
			if b.Table != nil {
				check("t-"+b.Table.ID, b.Table)
				n++
			}
		}
	}
	for _, mt := range []*model.Table{r.Steering.Targets, r.Steering.Deviations, r.Steering.Budget} {
		check(SteeringID+"-"+mt.ID, mt)
		n++
	}
	if n != 7 {
		t.Errorf("checked %d tables; the sample has 7", n)
	}
}

func slicesEqual(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

// The page's structure: language, title, skip link to main, banners in
// the header and in the print margins, headings by level, the contents
// linking every section and the steering page, each chart described and
// followed by its numbers, and not one reference to another file.
func TestPageStructure(t *testing.T) {
	r := modeltest.Sample()
	page := render(t, r)
	doc, _ := parseTables(t, page)
	var (
		lang, title, skip string
		mainID            string
		headings          []string
		navLinks          []string
		ids               = map[string]int{}
		charts            []*nethtml.Node
	)
	for n := range doc.Descendants() {
		if n.Type != nethtml.ElementNode {
			continue
		}
		if id := attr(n, "id"); id != "" {
			ids[id]++
		}
		for _, a := range n.Attr {
			if (a.Key == "src" || a.Key == "href" && !strings.HasPrefix(a.Val, "#")) || strings.Contains(a.Val, "://") {
				t.Errorf("<%s %s=%q>: the page must not refer to another file", n.Data, a.Key, a.Val)
			}
		}
		switch n.Data {
		case "html":
			lang = attr(n, "lang")
		case "title":
			title = text(n)
		case "a":
			if strings.Contains(attr(n, "class"), "skip-link") {
				skip = attr(n, "href") + " " + text(n)
			}
			if n.Parent.Data == "li" {
				navLinks = append(navLinks, attr(n, "href")+" "+text(n))
			}
		case "main":
			mainID = attr(n, "id")
		case "h1", "h2", "h3", "h4":
			headings = append(headings, n.Data+" "+text(n))
		case "div":
			if attr(n, "role") == "img" {
				charts = append(charts, n)
			}
		case "link", "iframe", "img", "object", "embed":
			t.Errorf("page has a <%s>", n.Data)
		}
	}
	for id, k := range ids {
		if k > 1 {
			t.Errorf("id %q used %d times", id, k)
		}
	}
	if lang != "nb" || title != "Halvårsrapport 2025 – Kárášjohka – Karasjok, 1. halvår 2025" {
		t.Errorf("lang %q, title %q", lang, title)
	}
	if skip != "#innhold Hopp til innholdet" || mainID != "innhold" {
		t.Errorf("skip link %q, main id %q", skip, mainID)
	}
	wantHeadings := []string{"h1 Halvårsrapport 2025", "h2 Innhold", "h2 1 Generell programinformasjon", "h2 2 Rapportering på programplanen – status",
		"h3 Organisering", "h3 Forankring av programplanen i planverket", "h2 3 Rapportering på aktivitetsplan",
		"h3 3.1 Formidling av erfaringer og gode eksempler", "h4 Fra leie til eie i Deatnu-dalen", "h2 4 Rapportering på økonomi",
		"h2 5 Indikatorer og måloppnåelse", "h2 Vedlegg: Definisjoner", "h3 Bostedsløse husstander", "h3 Tegn i tabellene",
		"h2 Til styringsgruppen – Kárášjohka – Karasjok, 1. halvår 2025"}
	if !slicesEqual(headings, wantHeadings) {
		t.Errorf("headings:\n%q\nwant\n%q", headings, wantHeadings)
	}
	wantNav := []string{"#s1 1 Generell programinformasjon", "#s2 2 Rapportering på programplanen – status", "#s3 3 Rapportering på aktivitetsplan",
		"#s3-1 3.1 Formidling av erfaringer og gode eksempler", "#s4 4 Rapportering på økonomi", "#s5 5 Indikatorer og måloppnåelse",
		"#vedlegg Vedlegg: Definisjoner", "#styringsgruppe Til styringsgruppen"}
	if !slicesEqual(navLinks, wantNav) {
		t.Errorf("contents:\n%q\nwant\n%q", navLinks, wantNav)
	}
	if len(charts) != 2 || attr(charts[0], "id") != "fig_startlan" || attr(charts[0], "aria-label") != "Søknader om startlån økte fra 114 i 2016 til 177 i 2024." {
		t.Errorf("charts: %d, first %v", len(charts), charts[0].Attr)
	}
	s := string(page)
	for _, want := range []string{
		`<p class="banner">Eksempel – fiktive tall</p>`,
		`@top-right { content: "Eksempel – fiktive tall"; }`,
		`@top-left { content: "Kárášjohka – Karasjok kommune · 1. halvår 2025"; }`,
		`@bottom-right { content: "Side " counter(page) " av " counter(pages) ""; }`,
		// The chart whose table is not next to it links to it.
		`Tallene i figuren: <a href="#t-tab-startlan">Tabell 5.1 Bruk av startlån</a>`,
		"<!-- Apache ECharts 5.6.0", "Apache License 2.0", "Copyright 2017-2024 The Apache Software Foundation",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(s, "<details") {
		t.Error("the sample's charts have their table after them; no <details> expected")
	}
	if strings.Contains(s, "goecharts_") != true || strings.Count(s, "echarts.init(") != 2 {
		t.Error("want one go-echarts init per chart")
	}
	if strings.Contains(s, "go-echarts.github.io") || strings.Contains(s, "<script src") {
		t.Error("page refers to go-echarts' online assets")
	}
}

// A chart whose table is elsewhere (another section, or none) gets its
// numbers in a <details> under it, from the series' labels, marks and all.
func TestChartWithoutTableNearby(t *testing.T) {
	r := modeltest.Sample()
	s5 := &r.Sections[5]
	line := *s5.Blocks[1].Chart
	line.ID, line.TableID = "fig_other", "tab-elsewhere"
	r.Sections[6].Blocks = append(r.Sections[6].Blocks, model.Block{Chart: &line})
	page := render(t, r)
	_, tables := parseTables(t, page)
	pt := tables["fig_other-tall"]
	if pt == nil {
		t.Fatal("no number table for the chart in the appendix")
	}
	if pt.caption != "Tallene i figuren: Figur 5.2 Bostedsløse husstander" || !slicesEqual(pt.head, []string{"Periode", "Bostedsløse husstander", "Mål"}) {
		t.Errorf("caption %q, header %q", pt.caption, pt.head)
	}
	if len(pt.rows) != 10 || !slicesEqual(pt.rows[2], []string{"2018", ":", ""}) || !slicesEqual(pt.rows[9], []string{"1. halvår 2025", "29", "25"}) {
		t.Errorf("rows %q", pt.rows)
	}
	if !bytes.Contains(page, []byte(`<details class="chart-data">`)) {
		t.Error("no <details>")
	}
}

// A model the page cannot show correctly is an error, and nothing is written.
func TestBadModels(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(r *model.Report)
		want  string
	}{
		{"section ids repeat", func(r *model.Report) { r.Sections[1].ID = "s1" }, "id «s1» er brukt mer enn én gang"},
		{"section id is the steering page's", func(r *model.Report) { r.Sections[1].ID = SteeringID }, "id «styringsgruppe» er brukt mer enn én gang"},
		{"anchor with a space", func(r *model.Report) { r.Sections[0].ID = "del 1" }, "«del 1» kan ikke brukes som id"},
		{"chart id with a dash", func(r *model.Report) { r.Sections[5].Blocks[0].Chart.ID = "fig-1" }, "figur-id «fig-1»"},
		{"short series", func(r *model.Report) {
			c := r.Sections[5].Blocks[0].Chart
			c.Series[0].Values = c.Series[0].Values[:3]
		}, "serien «Søknader» har 3 verdier, men figuren har 10 kategorier"},
		{"short row", func(r *model.Report) {
			r.Sections[4].Blocks[0].Table.Rows[0].Cells = r.Sections[4].Blocks[0].Table.Rows[0].Cells[:2]
		}, "tabell okonomi: rad 1 har 2 celler"},
		{"unknown chart kind", func(r *model.Report) { r.Sections[5].Blocks[0].Chart.Kind = "pie" }, "ukjent figurtype «pie»"},
		{"empty block", func(r *model.Report) { r.Sections[0].Blocks = append(r.Sections[0].Blocks, model.Block{}) }, "del s1: blokk 2 har ikke innhold"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := modeltest.Sample()
			tc.spoil(r)
			var b bytes.Buffer
			err := Write(&b, r)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one with %q", err, tc.want)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", b.Len())
			}
		})
	}
}

// Text in the model cannot break out of its element: not in the page, not
// in a chart's script, not in the print margins.
func TestTextIsEscaped(t *testing.T) {
	r := modeltest.Sample()
	evil := `</script><script>alert(1)</script>"'&<b>`
	r.Meta.RunningHeader = evil
	r.Meta.Banners = []string{evil}
	c := r.Sections[5].Blocks[0].Chart
	c.Title, c.Series[0].Name, c.Categories[0] = evil, evil, evil
	c.Series[0].Values[0].Label = evil
	r.Sections[0].Blocks[0].Fields.Rows[0].Value = evil
	page := string(render(t, r))
	if n := strings.Count(strings.ToLower(page), "<script"); n != 5 {
		t.Errorf("%d <script> elements, want 5 (ECharts, two charts, charts.js, tables.js)", n)
	}
	if strings.Contains(page, "<b>") || strings.Contains(page, "alert(1)</script>") {
		t.Error("model text reached the page unescaped")
	}
}

// WCAG 2.1 AA: every colour pair of the stylesheet that carries text has
// a contrast of at least 4.5:1, chart colours at least 3:1 against white.
func TestColourContrast(t *testing.T) {
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-fA-F]{6});`).FindAllStringSubmatch(styleSheet, -1) {
		vars[m[1]] = m[2]
	}
	for _, pair := range [][2]string{
		{"text", "#ffffff"}, {"text", "head-bg"}, {"text", "group-bg"}, {"muted", "#ffffff"}, {"muted", "group-bg"},
		{"link", "#ffffff"}, {"link", "group-bg"}, {"banner", "banner-bg"}, {"ok", "ok-bg"}, {"off", "off-bg"},
	} {
		fg, bg := colour(vars, pair[0]), colour(vars, pair[1])
		if r := contrast(fg, bg); r < 4.5 {
			t.Errorf("%s on %s: contrast %.2f, want ≥ 4.5", pair[0], pair[1], r)
		}
	}
	for _, c := range append([]string{targetColor, textColor, mutedColor}, seriesColors...) {
		if r := contrast(c, "#ffffff"); r < 4.5 {
			t.Errorf("chart colour %s: contrast %.2f against white, want ≥ 4.5", c, r)
		}
	}
}

func colour(vars map[string]string, name string) string {
	if strings.HasPrefix(name, "#") {
		return name
	}
	return vars[name]
}

func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(hex string) float64 {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		return math.NaN()
	}
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		c := float64(v>>(16-8*i)&0xff) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += w * c
	}
	return l
}

// A point's value reaches ECharts exactly as the model holds it.
func TestChartValuesAreTheModels(t *testing.T) {
	c := &model.Chart{ID: "x", Title: "T", Kind: model.LineChart, Categories: []string{"a", "b"},
		Series: []model.Series{{Name: "S", Values: []model.Point{{Num: num.Dec(123456789), Has: true, Label: "12 345,68"}, {Label: ".."}}}}}
	script, err := chartScript(c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(script, `"data":[{"value":12345.6789,"text":"12 345,68"},{"value":null,"text":".."}]`) {
		t.Errorf("series data not as the model has it:\n%s", script)
	}
}

// The y axis is boso's: round ticks over every value and zero, labelled by
// reports/format, amounts of a million or more in millions, and the name
// says the unit.
func TestValueAxis(t *testing.T) {
	chart := func(unit model.ColumnKind, yAxis string, values ...int64) *model.Chart {
		s := model.Series{Name: "S"}
		for _, v := range values {
			s.Values = append(s.Values, model.Point{Num: num.MustInt(v), Has: true})
		}
		s.Values = append(s.Values, model.Point{Label: ":"}) // a gap counts for nothing
		return &model.Chart{Unit: unit, YAxis: yAxis, Series: []model.Series{s}}
	}
	for _, tc := range []struct {
		name  string
		c     *model.Chart
		axis  string
		ticks string
		max   float64
	}{
		{"kroner in millions", chart(model.AmountColumn, "NOK", 98_870_000, 170_985_000), "mill. kr", "0 50 100 150 200", 200e6},
		{"a named amount", chart(model.AmountColumn, "innvilget beløp", 2_150_000), "innvilget beløp (mill. kr)", "0,0 0,5 1,0 1,5 2,0 2,5", 2.5e6},
		{"kroner below a million", chart(model.AmountColumn, "kroner", 231_500, 412_250), "kr", "0 100\u00a0000 200\u00a0000 300\u00a0000 400\u00a0000 500\u00a0000", 500_000},
		{"a deficit", chart(model.AmountColumn, "", -1_250_000, 400_000), "mill. kr", "\u22121,5 \u22121,0 \u22120,5 0,0 0,5", 0.5e6},
		{"per cent", chart(model.PercentColumn, "prosent", 72, 76), "prosent", "0\u00a0% 20\u00a0% 40\u00a0% 60\u00a0% 80\u00a0%", 80},
		{"counts", chart(model.NumberColumn, "antall husstander", 54, 29), "antall husstander", "0 20 40 60", 60},
		{"small counts", chart(model.NumberColumn, "antall", 1, 2), "antall", "0 1 2 3 4 5", 5}, // whole numbers: no 0,5
		{"no value at all", chart(model.NumberColumn, "antall"), "antall", "0 1 2 3 4 5", 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := yAxisOf(tc.c)
			var ticks []string
			for _, k := range a.Ticks {
				ticks = append(ticks, k.Label)
			}
			if a.Name != tc.axis || strings.Join(ticks, " ") != tc.ticks || a.Max != tc.max || a.Min != a.Ticks[0].Value {
				t.Errorf("axis %q, ticks %q up to %v, want %q, %q up to %v", a.Name, strings.Join(ticks, " "), a.Max, tc.axis, tc.ticks, tc.max)
			}
			for i := 1; i < len(a.Ticks); i++ {
				if d := a.Ticks[i].Value - a.Ticks[i-1].Value; math.Abs(d-a.Step) > 1e-9*a.Step {
					t.Errorf("ticks %v apart, step %v", d, a.Step)
				}
			}
		})
	}
}

// The option fixes the axis to boso's ticks and labels them from them.
func TestValueAxisOption(t *testing.T) {
	c := modeltest.Sample().Sections[5].Blocks[0].Chart
	c.Unit, c.YAxis = model.AmountColumn, "NOK"
	c.Series[0].Values[0].Num = num.MustInt(1_234_567)
	script, err := chartScript(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"title":{"text":"mill. kr"`, `"min":0,"max":1250000,"minInterval":250000,"maxInterval":250000`,
		`var t = [[0, '0,00'], [250000, '0,25'], [500000, '0,50'], [750000, '0,75'], [1000000, '1,00'], [1250000, '1,25']];`, `"containLabel":true`} {
		if !strings.Contains(script, want) {
			t.Errorf("no %s in the chart's script:\n%s", want, script)
		}
	}
	if strings.Contains(script, c.Title) {
		t.Error("the chart's title is in its drawing; the page shows it")
	}
}

// Each gap of a series is marked at its category on the zero line with
// the model's mark; the marks of a line chart's later series stand higher,
// and targets have none.
func TestGapMarks(t *testing.T) {
	r := richSample()
	var share *model.Chart
	for _, c := range modelCharts(r) {
		if c.ID == "fig_andel" {
			share = c
		}
	}
	marks := func(c *model.Chart, i int) string {
		mp := gapMarks(c, i, "#000000")
		if mp == nil {
			return ""
		}
		b, err := json.Marshal(mp.Data)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for i, want := range []string{
		`[{"coord":[7,0],"name":":","symbol":"circle","symbolSize":1,"itemStyle":{"color":"transparent"}}]`,
		`[{"coord":[7,0],"name":"..","label":{"offset":[0,-18]},"symbol":"circle","symbolSize":1,"itemStyle":{"color":"transparent"}}]`,
		`[{"coord":[7,0],"name":".","label":{"offset":[0,-36]},"symbol":"circle","symbolSize":1,"itemStyle":{"color":"transparent"}}]`,
	} {
		if got := marks(share, i); got != want {
			t.Errorf("series %d: marks %s, want %s", i, got, want)
		}
	}
	line := r.Sections[5].Blocks[1].Chart // Bostedsløse husstander, with Mål
	if got := marks(line, 0); !strings.Contains(got, `"coord":[2,0],"name":":"`) {
		t.Errorf("the hidden 2018 is not marked: %s", got)
	}
	if got := marks(line, 1); got != "" {
		t.Errorf("a target series has marks: %s", got)
	}
	// Bars: no offset; ECharts puts the mark over the series' own bar.
	bar := r.Sections[5].Blocks[0].Chart
	if got := marks(bar, 1); got != `[{"coord":[9,0],"name":"..","symbol":"circle","symbolSize":1,"itemStyle":{"color":"transparent"}}]` {
		t.Errorf("bar marks %s", got)
	}
}

// Every table of three columns or more may stack: it carries the roles
// that keep it a table when its CSS display changes, and every cell but
// the row header carries its column's title. Tables of two columns always
// fit and stay plain; many columns are set dense.
func TestStackableTables(t *testing.T) {
	r := richSample()
	page := render(t, r)
	doc, tables := parseTables(t, page)
	byID := map[string]*nethtml.Node{}
	for n := range doc.Descendants() {
		if n.Type == nethtml.ElementNode && n.Data == "table" {
			byID[attr(n, "id")] = n
		}
	}
	check := func(id string, stack bool) {
		t.Helper()
		n, pt := byID[id], tables[id]
		if n == nil {
			t.Errorf("no table %s", id)
			return
		}
		if got := strings.Contains(attr(n, "class"), "stack") && attr(n, "role") == "table"; got != stack {
			t.Errorf("%s: class %q role %q, want stackable %v", id, attr(n, "class"), attr(n, "role"), stack)
		}
		ri := 0
		for tr := range n.Descendants() {
			if tr.Type != nethtml.ElementNode || tr.Data != "tr" || tr.Parent.Data != "tbody" {
				continue
			}
			if stack && attr(tr, "role") != "row" {
				t.Errorf("%s: a row without role=row", id)
			}
			ci := 0
			for c := tr.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != nethtml.ElementNode {
					continue
				}
				label, want := attr(c, "data-label"), ""
				if stack && c.Data == "td" {
					want = pt.head[ci]
				}
				if label != want {
					t.Errorf("%s row %d cell %d: data-label %q, want %q", id, ri+1, ci+1, label, want)
				}
				ci++
			}
			ri++
		}
	}
	check("t-maloppnaelse", true)
	check(SteeringID+"-styring-mal", true)
	check(SteeringID+"-styring-avvik", true)
	check("t-aktiviteter", true)
	check("t-tab-andel", true)
	check("t-tab-belop", false)
	if c := attr(byID["t-maloppnaelse"], "class"); c != "stack" {
		t.Errorf("the goal table's class %q", c)
	}
	if !bytes.Contains(page, []byte(tablesScript)) {
		t.Error("the page lacks tables.js")
	}

	wide := modeltest.Sample()
	eco := wide.Sections[4].Blocks[0].Table
	for len(eco.Columns) < denseColumns {
		eco.Columns = append(eco.Columns, model.Column{Title: fmt.Sprintf("Kolonne %d", len(eco.Columns)+1), Kind: model.AmountColumn})
		for i := range eco.Rows {
			eco.Rows[i].Cells = append(eco.Rows[i].Cells, model.Cell{Text: "1"})
		}
	}
	if !bytes.Contains(render(t, wide), []byte(`<table id="t-okonomi" class="stack dense" role="table">`)) {
		t.Error("a table of many columns is not set dense")
	}
}

// A tick label reaches the chart's script as a JavaScript string, whatever
// it holds.
func TestJSString(t *testing.T) {
	for in, want := range map[string]string{
		"1\u00a0000":   "'1\u00a0000'",
		`it's`:         `'it\'s'`,
		`a\b`:          `'a\\b'`,
		`"</script>//`: `'\u0022<\/script>\/\/'`,
		"two\nlines":   `'two\nlines'`,
	} {
		if got := jsString(in); got != want {
			t.Errorf("jsString(%q) = %s, want %s", in, got, want)
		}
	}
}

// The steering section starts with the programme leader's own summary,
// paragraph by paragraph, escaped.
func TestSteeringText(t *testing.T) {
	r := modeltest.Sample()
	r.Steering.Text = "Halvåret gikk som planlagt i Unjárga – Nesseby.\n\nTo tiltak er <forsinket>."
	page := string(render(t, r))
	i := strings.Index(page, `<section id="`+SteeringID+`"`)
	if i < 0 {
		t.Fatal("no steering section")
	}
	sec := page[i:]
	for _, want := range []string{"<p>Halvåret gikk som planlagt i Unjárga – Nesseby.</p>", "<p>To tiltak er &lt;forsinket&gt;.</p>"} {
		if !strings.Contains(sec, want) {
			t.Errorf("the steering section lacks %s", want)
		}
	}
	if strings.Index(sec, "Halvåret") > strings.Index(sec, `class="summary"`) {
		t.Error("the summary stands after the bullets")
	}
}
