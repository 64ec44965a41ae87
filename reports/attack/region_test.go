package attack

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/kommuner"
	"boso/indicators/period"
	"boso/indicators/stdlib"
	"boso/reports/build"
	rhtml "boso/reports/html"
	"boso/reports/region"
	"boso/reports/suppress"
	rxlsx "boso/reports/xlsx"
)

// regionExample is the shipped example region.
const regionExample = "../../examples/region/region.yaml"

// TestRegionAttack attacks the rendered roll-up as a reader would: every
// figure printed in its tables (the kommuner's, the region's, the rates
// per 1000 and the meeting page's), the relations a reader knows from the
// definitions (the region is the sum of the kommuner with a figure, a
// linear formula and its inputs, a count among another's), and a linear
// program for each hidden figure. No small count may be narrowed below
// its range, and no rate may be shown whose count is hidden.
func TestRegionAttack(t *testing.T) {
	var l diag.List
	res, err := region.Run(context.Background(), region.Options{
		Files: files.Dir(filepath.Dir(regionExample), false), Config: regionExample,
		Period: period.MustParse("2025H1"), Date: period.MustDate(2025, 9, 10),
	}, &l)
	if err != nil {
		t.Fatalf("%v\n%s", err, l.String())
	}
	var b bytes.Buffer
	if err := rhtml.Write(&b, res.Report); err != nil {
		t.Fatal(err)
	}
	doc, err := readHTML("region.html", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var dl diag.List
	set := definition.Load(stdlib.Sources(), &dl)
	byName := map[string]*definition.Indicator{}
	for _, ind := range set.Indicators {
		byName[ind.Name] = ind
	}
	names := map[string]string{}
	for _, k := range res.Rollup.Kommuner {
		kk, _ := kommuner.Lookup(k)
		names[kk.Name] = k
	}
	r := res.Rollup
	threshold := float64(build.DefaultThreshold)

	// what the page prints: kommune ("" the region) × indicator × period
	type key struct {
		k, ind string
		p      period.Period
	}
	printed := map[key]shown{}
	caption := regexp.MustCompile(`^Tabell 2\.\d+ (.+) \((antall|kroner|prosent|per 1000 innbyggere)\)$`)
	// the data tables of the charts: the kommuner side by side per 1000
	// in the report period, and each kommune's trend per 1000
	compCaption := regexp.MustCompile(`^Tabell 2\.\d+ b Tallene i figuren: (.+) per 1000 innbyggere, (.+)$`)
	trendCaption := regexp.MustCompile(`^Tabell 2\.\d+ c Tallene i figuren: (.+) per 1000 innbyggere per kommune, .+$`)
	tables, chartTables := 0, 0
	for _, g := range doc.tables {
		var ind *definition.Indicator
		rate, at := false, period.Period{} // rate: every column is the indicator's per 1000; at: the period of a column without one
		if m := caption.FindStringSubmatch(g.caption); m != nil {
			ind = byName[m[1]]
		}
		if m := compCaption.FindStringSubmatch(g.caption); m != nil && byName[m[1]] != nil {
			ind, rate = byName[m[1]], true
			at, _ = parsePeriod(m[2])
			chartTables++
		}
		if m := trendCaption.FindStringSubmatch(g.caption); m != nil && byName[m[1]] != nil {
			ind, rate = byName[m[1]], true
			chartTables++
		}
		meeting := g.caption == "Regionens tall"
		if ind == nil && !meeting {
			continue
		}
		tables++
		for _, row := range g.rows {
			if len(row) == 0 {
				continue
			}
			who, ok := names[clean(row[0])]
			if clean(row[0]) == "Regionen i alt" {
				who, ok = "", true
			}
			rowInd := ind
			if meeting {
				rowInd, who, ok = byName[clean(row[0])], "", byName[clean(row[0])] != nil
			}
			if !ok {
				continue
			}
			for i := 1; i < len(row) && i < len(g.header); i++ {
				cellInd := rowInd
				h := clean(g.header[i])
				p, isPeriod := parsePeriod(h)
				if rate {
					cellInd = set.Get(rowInd.ID + "_per_1000")
					if h == "per 1000 innbyggere" {
						p, isPeriod = at, true
					}
				}
				if rest, ok := strings.CutPrefix(h, "Per 1000 innbyggere, "); ok && !meeting {
					cellInd = set.Get(rowInd.ID + "_per_1000")
					p, isPeriod = parsePeriod(rest)
				}
				if !isPeriod || cellInd == nil {
					continue
				}
				v, ok := parseShown(strings.TrimSuffix(clean(row[i]), " ¹"))
				if !ok {
					continue
				}
				k := key{who, cellInd.ID, p}
				if old, seen := printed[k]; seen && (old.mark == ":") != (v.mark == ":") {
					t.Errorf("%s %s %s: printed %q in one table and %q in another", who, cellInd.ID, p, old.text, v.text)
				}
				if old, seen := printed[k]; !seen || old.mark == ":" {
					printed[k] = v
				}
			}
		}
	}
	if tables < 5 {
		t.Fatalf("read %d indicator tables from the page: the page was not read", tables)
	}
	if chartTables < 2 {
		t.Fatalf("read %d data tables of charts from the page: the page was not read", chartTables)
	}

	// every printed number is the figure itself
	truth := func(k key) (region.Value, bool) {
		if k.k == "" {
			v := r.Total(k.ind, k.p)
			return v, v.Has
		}
		v, ok := r.Get(k.k, k.ind, k.p)
		return v, ok && v.Has
	}
	for k, v := range printed {
		tv, ok := truth(k)
		if v.mark != "" || !ok {
			continue
		}
		d := max(v.dec, 0)
		if math.Abs(tv.Num-v.num) > 0.5*math.Pow10(-d)+1e-9 {
			t.Errorf("%s %s %s: printed %s, the figure is %g", k.k, k.ind, k.p, v.text, tv.Num)
		}
	}

	charts := 0
	// chartShows checks a figure a chart draws, or writes in its tooltip
	// or description, against what the tables print: the same text (a
	// value, or the same mark at a gap), never a value the tables hide.
	// drawing is false for a description, which draws nothing.
	chartShows := func(where string, k key, drawing bool, drawn *float64, label string) {
		charts++
		pr, ok := printed[k]
		switch {
		case !ok:
			t.Errorf("%s: %s %s %s shown as «%s», which no table prints", where, k.k, k.ind, k.p, label)
		case pr.mark == ":" && (drawn != nil || label != ":"):
			t.Errorf("LEAK: %s: %s %s %s is hidden in the tables, the chart shows «%s» (drawn: %v)", where, k.k, k.ind, k.p, label, drawn != nil)
		case clean(label) != pr.text:
			t.Errorf("%s: %s %s %s shown as «%s», the tables print «%s»", where, k.k, k.ind, k.p, label, pr.text)
		case drawn != nil && (pr.mark != "" && pr.mark != "*"):
			t.Errorf("%s: %s %s %s is drawn, the tables print «%s»", where, k.k, k.ind, k.p, pr.text)
		case drawing && drawn == nil && pr.isNum():
			t.Errorf("%s: %s %s %s is a gap, the tables print «%s»", where, k.k, k.ind, k.p, pr.text)
		case drawn != nil:
			// read off the axis: within the axis' reading and the rounding shown
			if tv, ok := truth(k); ok && math.Abs(*drawn-tv.Num) > 0.02*math.Max(1, math.Abs(tv.Num))+0.5*math.Pow10(-max(pr.dec, 0)) {
				t.Errorf("%s: %s %s %s drawn at %g, the figure is %g", where, k.k, k.ind, k.p, *drawn, tv.Num)
			}
		}
	}
	who := func(name string) (string, bool) {
		if name == "Regionen i alt" {
			return "", true
		}
		k, ok := names[name]
		return k, ok
	}
	// the kommuner side by side (ECharts): every bar and the region's line
	compTitle := regexp.MustCompile(`^Figur 2\.\d+ (.+) per 1000 innbyggere, (.+)$`)
	for _, se := range doc.charts {
		m := compTitle.FindStringSubmatch(se.chart)
		if m == nil || byName[m[1]] == nil {
			continue
		}
		per := set.Get(byName[m[1]].ID + "_per_1000")
		p, _ := parsePeriod(m[2])
		for i, pt := range se.points {
			k, ok := who(se.categories[i])
			if se.name == "Regionen i alt" {
				k, ok = "", true
			} else if se.name != per.Name {
				continue // the whole country's, published by SSB
			}
			if ok {
				chartShows(se.chart, key{k, per.ID, p}, true, pt.value, pt.text)
			}
		}
	}
	// each kommune's trend (small multiples): every point drawn, every
	// mark, every tooltip and every panel's description
	trendTitle := regexp.MustCompile(`^Figur 2\.\d+ (.+) per 1000 innbyggere per kommune, `)
	tip := regexp.MustCompile(`^(.+), (\d\. halvår \d{4}|\d{4}): (.+)$`)
	panels := readPanels(t, b.Bytes())
	for _, pn := range panels {
		m := trendTitle.FindStringSubmatch(pn.figure)
		if m == nil || byName[m[1]] == nil {
			t.Errorf("a panel of the figure %q: the figure is not read", pn.figure)
			continue
		}
		per := set.Get(byName[m[1]].ID + "_per_1000")
		where := pn.figure + ", " + pn.title
		for _, d := range pn.drawn {
			tm := tip.FindStringSubmatch(d.tip)
			if tm == nil {
				t.Errorf("%s: cannot read the tooltip %q", where, d.tip)
				continue
			}
			p, okp := parsePeriod(tm[2])
			k, ok := who(tm[1])
			if !okp || !ok {
				t.Errorf("%s: cannot read the tooltip %q", where, d.tip)
				continue
			}
			chartShows(where, key{k, per.ID, p}, true, d.value, tm[3])
		}
		k, ok := who(pn.title)
		rest, okAlt := strings.CutPrefix(pn.alt, pn.title+": ")
		if !ok || !okAlt {
			t.Errorf("%s: cannot read the description %q", where, pn.alt)
			continue
		}
		for _, part := range strings.Split(rest, "; ") {
			am := regexp.MustCompile(`^(\d\. halvår \d{4}|\d{4}) (.+)$`).FindStringSubmatch(part)
			if am == nil {
				t.Errorf("%s: cannot read %q of the description", where, part)
				continue
			}
			p, _ := parsePeriod(am[1])
			chartShows(where+" (description)", key{k, per.ID, p}, false, nil, am[2])
		}
	}
	if len(panels) < 2*len(r.Kommuner) {
		t.Fatalf("read %d panels of small multiples: the page was not read", len(panels))
	}
	// the workbook's small charts: what they draw is on its hidden
	// chart-data sheet, which any reader can show again; their
	// descriptions are in its drawings
	var xb bytes.Buffer
	if err := rxlsx.WriteReport(&xb, res.Report); err != nil {
		t.Fatal(err)
	}
	wb, err := excelize.OpenReader(bytes.NewReader(xb.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	dataRows, err := wb.GetRows("Figurdata", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	xlsxPoints := 0
	var per *definition.Indicator
	var years []period.Period
	header := -1
	for i, row := range dataRows {
		if i == header {
			continue // the row of years under a figure's title
		}
		if len(row) == 0 || row[0] == "" {
			per = nil
			continue
		}
		if m := trendTitle.FindStringSubmatch(row[0]); m != nil && byName[m[1]] != nil && i+1 < len(dataRows) {
			per, years, header = set.Get(byName[m[1]].ID+"_per_1000"), nil, i+1
			for _, y := range dataRows[i+1][1:] {
				n, _ := strconv.Atoi(y)
				years = append(years, period.Period{Type: r.Period.Type, Year: n, N: r.Period.N})
			}
			continue
		}
		if per == nil {
			continue
		}
		name, _, _ := strings.Cut(row[0], " – Regionen i alt")
		k, ok := who(name)
		if strings.HasSuffix(row[0], " – Regionen i alt") {
			k, ok = "", true
		}
		if !ok {
			t.Errorf("workbook: the chart-data row %q names no kommune", row[0])
			continue
		}
		for j, p := range years {
			c := ""
			if j+1 < len(row) {
				c = row[j+1]
			}
			var drawn *float64
			label := "?"
			if c != "" {
				v, err := strconv.ParseFloat(c, 64)
				if err != nil {
					t.Errorf("workbook: %s %s: «%s» on the chart-data sheet", row[0], p, c)
					continue
				}
				drawn = &v
				if pr, ok := printed[key{k, per.ID, p}]; ok {
					label = pr.text // the sheet holds the number; its text is the table's if they agree
				}
			} else if pr, ok := printed[key{k, per.ID, p}]; ok && !pr.isNum() {
				label = pr.text
			}
			xlsxPoints++
			chartShows("workbook, "+row[0], key{k, per.ID, p}, true, drawn, label)
		}
	}
	if xlsxPoints < len(r.Kommuner)*len(r.Periods) {
		t.Fatalf("read %d points of small charts from the workbook: it was not read", xlsxPoints)
	}
	path := filepath.Join(t.TempDir(), "region.xlsx")
	if err := os.WriteFile(path, xb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	alts, err := xlsxAlts("region.xlsx", path)
	if err != nil {
		t.Fatal(err)
	}
	htmlAlts := map[string]bool{}
	for _, pn := range panels {
		htmlAlts[pn.alt] = true
	}
	xlsxPanels := 0
	for _, a := range alts {
		if _, ok := names[strings.SplitN(a.text, ":", 2)[0]]; !ok {
			continue
		}
		xlsxPanels++
		if !htmlAlts[a.text] {
			t.Errorf("workbook: a small chart is described %q, no panel of the page is", a.text)
		}
	}
	if xlsxPanels < len(r.Kommuner) {
		t.Errorf("read %d descriptions of small charts from the workbook", xlsxPanels)
	}

	// the comparison charts' descriptions name only figures shown
	for _, a := range doc.alts {
		m := compTitle.FindStringSubmatch(a.text)
		if m == nil {
			continue
		}
		ind := byName[m[1]]
		if ind == nil {
			continue
		}
		per := set.Get(ind.ID + "_per_1000")
		for name, k := range names {
			if v, ok := printed[key{k, per.ID, r.Period}]; ok && v.mark == ":" && strings.Contains(a.text, name+" ") {
				t.Errorf("LEAK: the description of %q names %s, whose figure is hidden: %q", m[1], name, a.text)
			}
		}
	}
	t.Logf("%d figures drawn, marked or described in the charts, checked against the tables", charts)

	// a rate shown whose count is hidden gives the count back (the
	// population is public)
	for k, v := range printed {
		ind := set.Get(k.ind)
		if v.mark != "" || ind == nil || ind.PerThousandOf == "" {
			continue
		}
		if c, ok := printed[key{k.k, ind.PerThousandOf, k.p}]; ok && c.mark == ":" {
			t.Errorf("%s %s %s: the rate %s is shown, its count is hidden", k.k, ind.ID, k.p, v.text)
		}
	}

	// the linear program: the printed counts and amounts as cells
	var cells []suppress.Cell
	var keys []key
	index := map[key]int{}
	for k, v := range printed {
		ind := set.Get(k.ind)
		if ind == nil || ind.Kind == definition.Ratio || (v.mark != "" && v.mark != ":") {
			continue
		}
		tv, ok := truth(k)
		if !ok {
			continue
		}
		c := suppress.Cell{Value: math.Max(0, tv.Num), Hidden: v.mark == ":"}
		if ind.Unit == definition.Count && tv.Num >= 1 && tv.Num <= threshold {
			c.Protect = &suppress.Range{Lo: 1, Hi: threshold}
			if !c.Hidden {
				t.Errorf("%s %s %s: the small count %g is printed", k.k, k.ind, k.p, tv.Num)
			}
		}
		index[k] = len(cells)
		cells = append(cells, c)
		keys = append(keys, k)
	}
	var rels []suppress.Linear
	relate := func(op suppress.Op, rhs float64, ks []key, coef []float64) {
		l := suppress.Linear{Op: op, RHS: rhs}
		lhs := 0.0
		for i, k := range ks {
			c, ok := index[k]
			if !ok {
				return
			}
			l.Terms = append(l.Terms, suppress.Term{Cell: c, Coef: coef[i]})
			lhs += coef[i] * cells[c].Value
		}
		if (op == suppress.Equal && math.Abs(lhs-rhs) > 1e-6) || (op == suppress.AtMost && lhs > rhs+1e-6) {
			return
		}
		rels = append(rels, l)
	}
	subsets := build.Subsets(set)
	for k := range index {
		if k.k != "" {
			continue
		}
		// the region is the sum of the kommuner the page prints a figure for
		ks, cs := []key{k}, []float64{1}
		for _, kn := range r.Kommuner {
			if _, ok := index[key{kn, k.ind, k.p}]; ok {
				ks = append(ks, key{kn, k.ind, k.p})
				cs = append(cs, -1)
			}
		}
		relate(suppress.Equal, 0, ks, cs)
	}
	for k := range index {
		ind := set.Get(k.ind)
		if lin := build.LinearFormula(set, ind); lin != nil {
			ks, cs := []key{k}, []float64{1}
			for i, in := range lin.Inputs {
				ks = append(ks, key{k.k, in, k.p})
				cs = append(cs, -lin.Coef[i])
			}
			rhs := lin.Const
			if k.k == "" {
				rhs *= float64(r.Total(k.ind, k.p).Kommuner)
			}
			relate(suppress.Equal, rhs, ks, cs)
		}
		for _, s := range subsets {
			if s.Sub == k.ind {
				relate(suppress.AtMost, 0, []key{k, {k.k, s.Sup, k.p}}, []float64{1, -1})
			}
		}
	}
	hidden := make([]bool, len(cells))
	nHidden, nProtected := 0, 0
	for i, c := range cells {
		hidden[i] = c.Hidden
		if c.Hidden {
			nHidden++
		}
		if c.Protect != nil {
			nProtected++
		}
	}
	prob := &suppress.Problem{Cells: cells, Relations: rels}
	leaks, err := prob.Audit(hidden)
	if err != nil {
		t.Fatal(err)
	}
	for _, lk := range leaks {
		k := keys[lk.Cell]
		t.Errorf("%s %s %s: a reader narrows it to [%g, %g]", k.k, k.ind, k.p, lk.Lo, lk.Hi)
	}
	t.Logf("%d printed figures, %d hidden, %d small counts, %d relations, %d disclosures", len(cells), nHidden, nProtected, len(rels), len(leaks))
	if nProtected == 0 {
		t.Error("the example region has no small count: the attack proves nothing")
	}
}

// panelRead is one small multiple read back from the page: its figure's
// title, its own title and description, and what it draws.
type panelRead struct {
	figure, title, alt string
	drawn              []drawnPoint
}

// drawnPoint is a point (value read off the panel's axis) or a gap's mark
// (value nil), with its tooltip.
type drawnPoint struct {
	value *float64
	tip   string
}

// readPanels reads the small multiples of a page: each panel's points
// where they stand against its axis (the gridlines and their labels), the
// marks at its gaps, and every tooltip.
func readPanels(t *testing.T, page []byte) []panelRead {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	num := func(s string) float64 {
		f, _ := strconv.ParseFloat(s, 64)
		return f
	}
	titleOf := func(n *html.Node) string {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "title" {
				return clean(textOf(c))
			}
		}
		return ""
	}
	var out []panelRead
	for _, fig := range elements(doc, "figure") {
		if !strings.Contains(attr(fig, "class"), "multiples") {
			continue
		}
		figure := ""
		if caps := elements(fig, "figcaption"); len(caps) > 0 {
			figure = clean(textOf(caps[0]))
		}
		for _, d := range classed(fig, "div", "panel") {
			pn := panelRead{figure: figure}
			if ps := elements(d, "p"); len(ps) > 0 {
				pn.title = clean(textOf(ps[0]))
			}
			svgs := elements(d, "svg")
			if len(svgs) != 1 {
				t.Fatalf("%s: a panel with %d drawings", figure, len(svgs))
			}
			svg := svgs[0]
			pn.alt = clean(attr(svg, "aria-label"))
			var lineY, tickV []float64
			for _, l := range elements(svg, "line") {
				lineY = append(lineY, num(attr(l, "y1")))
			}
			for _, x := range elements(svg, "text") {
				switch cls := attr(x, "class"); {
				case cls == "tick":
					v, ok := parseShown(textOf(x))
					if !ok || !v.isNum() {
						t.Fatalf("%s, %s: the tick %q", figure, pn.title, textOf(x))
					}
					tickV = append(tickV, v.num)
				case strings.HasPrefix(cls, "mark"):
					pn.drawn = append(pn.drawn, drawnPoint{tip: titleOf(x)})
				}
			}
			if len(lineY) != len(tickV) || len(tickV) < 2 || lineY[0] == lineY[len(lineY)-1] {
				t.Fatalf("%s, %s: %d gridlines, %d tick labels", figure, pn.title, len(lineY), len(tickV))
			}
			y0, y1, v0, v1 := lineY[0], lineY[len(lineY)-1], tickV[0], tickV[len(tickV)-1]
			for _, c := range elements(svg, "circle") {
				v := v0 + (num(attr(c, "cy"))-y0)/(y1-y0)*(v1-v0)
				pn.drawn = append(pn.drawn, drawnPoint{value: &v, tip: titleOf(c)})
			}
			out = append(out, pn)
		}
	}
	return out
}

// classed is every tag element under n with the class cls, also inside
// one another.
func classed(n *html.Node, tag, cls string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag && attr(n, "class") == cls {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}
