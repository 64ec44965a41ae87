package attack

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"boso/indicators/period"
)

// corpus is a programme's published documents, read back from their HTML.
type corpus struct {
	w         *world
	lx        *lexicon
	threshold int64
	pubs      []*published
	html      []*reading // per document, in publication order
	rendered  []*rendered
}

// publishAndRead renders every document of the programme's schedule (and
// PDF and XLSX for those in full) and reads each one's HTML back.
func publishAndRead(t testing.TB, path string, date period.Date, threshold int64, full ...string) *corpus {
	t.Helper()
	w := loadWorld(t, path, date, nil)
	c := &corpus{w: w, lx: newLexicon(w.in.Set), threshold: threshold}
	if c.threshold == 0 {
		c.threshold = 4
	}
	docs := w.schedule()
	fullSet := map[period.Period]bool{}
	for _, p := range full {
		fullSet[period.MustParse(p)] = true
	}
	c.pubs = w.publish(t, docs, fullSet, threshold)
	for _, pub := range c.pubs {
		if pub.refused != nil {
			t.Errorf("boso refuses to publish %s (its own audit fails; `boso report` exits 2):\n%v", pub.period, pub.refused)
		}
		r, err := readHTML(pub.period.String()+".html", pub.files["html"])
		if err != nil {
			t.Fatal(err)
		}
		c.rendered = append(c.rendered, r)
		c.html = append(c.html, c.lx.interpret(r))
	}
	return c
}

var (
	exampleOnce   sync.Once
	exampleCached *corpus
)

// example is the shipped example on its report date, 20 August 2025: the
// half-year reports 2016–2025 and annual reports 2016–2024, read back.
func example(t testing.TB) *corpus {
	t.Helper()
	exampleOnce.Do(func() {
		exampleCached = publishAndRead(t, "../../examples/program.yaml", period.MustDate(2025, 8, 20), 0, "2025H1", "2024")
	})
	if exampleCached == nil {
		t.Fatal("the example could not be published")
	}
	return exampleCached
}

func (c *corpus) doc(p string) (*published, *reading, *rendered) {
	for i, pub := range c.pubs {
		if pub.period.String() == p {
			return pub, c.html[i], c.rendered[i]
		}
	}
	return nil, nil, nil
}

// checkReadings fails the test on anything a reader could not interpret.
func checkReadings(t *testing.T, rds ...*reading) {
	t.Helper()
	for _, rd := range rds {
		for _, p := range rd.problems {
			t.Errorf("reading %s: %s", rd.where, p)
		}
	}
}

// runAttack attacks the readings together and fails the test on every
// disclosure and every figure printed wrong.
func runAttack(t *testing.T, c *corpus, rds []*reading) *attackResult {
	t.Helper()
	res := attack(c.w, c.lx, c.threshold, rds)
	for _, a := range res.anomalies {
		t.Errorf("printed wrong: %s", a)
	}
	for _, n := range res.dataNotes {
		t.Logf("identity the data break (the engine flags it): %s", n)
	}
	for _, l := range res.leaks {
		t.Errorf("LEAK: %s", l.String(c.lx))
	}
	t.Logf("attack: %d documents, %d cells (%d unknown to a reader, %d of them small and protected), %d relations, %d disclosures",
		len(rds), res.cells, res.unknown, res.protected, res.relations, len(res.leaks))
	return res
}

// valueKey is a printed cell for comparison across formats: the number
// (a spreadsheet holds 72 where the page prints «72,0») or the mark.
func valueKey(v shown) string {
	if v.isNum() {
		return fmt.Sprintf("%.6g", v.num+0) // +0: −0 is 0
	}
	return v.mark
}

// tableKeys is every figure a file's tables print, and every change,
// deviation and baseline, by table.
func tableKeys(lx *lexicon, rd *reading) map[string]string {
	out := map[string]string{}
	add := func(k, v string) {
		if old, ok := out[k]; ok && old != v {
			v = old + " and " + v
		}
		out[k] = v
	}
	for _, o := range rd.obs {
		if o.src == fromTable {
			add(o.table+" | "+lx.name(o.f), valueKey(o.v))
		}
	}
	for _, o := range rd.baselines {
		add("utgangspunkt | "+lx.name(o.f), valueKey(o.v))
	}
	for _, c := range rd.changes {
		add("endring | "+lx.name(c.now)+" − "+lx.name(c.then), valueKey(c.v))
	}
	for _, d := range rd.devs {
		add("avvik | "+lx.name(d.f)+fmt.Sprintf(" mål %g", d.target), valueKey(d.v))
	}
	return out
}

// compareFormats fails the test where another format's tables print a
// figure differently from the HTML's, or print one the HTML does not.
func compareFormats(t *testing.T, lx *lexicon, html, other *reading) {
	t.Helper()
	a, b := tableKeys(lx, html), tableKeys(lx, other)
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	diffs := 0
	for _, k := range keys {
		va, oka := a[k]
		vb, okb := b[k]
		switch {
		case !okb:
			t.Errorf("%s does not print %s (the HTML prints «%s»)", other.where, k, va)
		case !oka:
			t.Errorf("%s prints %s = «%s», which the HTML does not print", other.where, k, vb)
		case va != vb:
			t.Errorf("%s prints %s = «%s», the HTML «%s»", other.where, k, vb, va)
		default:
			continue
		}
		if diffs++; diffs > 40 {
			t.Errorf("…")
			return
		}
	}
	t.Logf("%s and %s print the same %d table figures", html.where, other.where, len(a))
}

// checkCharts fails the test where a chart or an alt text shows a figure
// otherwise than the file's tables: a chart must not draw what a table
// hides.
func checkCharts(t *testing.T, lx *lexicon, rd *reading) {
	t.Helper()
	tables := map[fact]map[string]bool{}
	for _, o := range rd.obs {
		if o.src == fromTable {
			if tables[o.f] == nil {
				tables[o.f] = map[string]bool{}
			}
			tables[o.f][valueKey(o.v)] = true
		}
	}
	n := 0
	for _, o := range rd.obs {
		if o.src == fromTable {
			continue
		}
		n++
		if o.src == fromNote && len(tables[o.f]) == 0 {
			continue // a note may cite a figure of another table; the attack weighs it
		}
		if !tables[o.f][valueKey(o.v)] {
			var in []string
			for k := range tables[o.f] {
				in = append(in, "«"+k+"»")
			}
			sort.Strings(in)
			t.Errorf("%s shows %s = «%s»; the tables print %s", o.where, lx.name(o.f), o.v.text, strings.Join(in, ", "))
		}
	}
	if n == 0 && strings.HasSuffix(rd.where, ".html") {
		t.Errorf("%s: no chart point or alt text read: the reader no longer finds the charts", rd.where)
	}
}

// checkPDFMarks compares the marks a PDF's charts write at their gaps with
// the gaps of the HTML's charts.
func checkPDFMarks(t *testing.T, html, pdf *rendered) {
	t.Helper()
	want := map[string]int{}
	for _, s := range html.charts {
		for _, p := range s.points {
			if p.value == nil && strings.Trim(p.text, ":") == "" && p.text != "" && s.name != "Mål" {
				want[figNo(s.chart)]++
			}
		}
	}
	got := map[string]int{}
	for _, s := range pdf.gapMarks {
		for _, p := range s.points {
			if p.text == ":" {
				got[figNo(s.chart)]++
			}
		}
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("%s: %s writes %d «:» marks, the HTML chart has %d hidden points", pdf.where, k, got[k], want[k])
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: %s writes %d «:» marks, the HTML chart has none", pdf.where, k, got[k])
		}
	}
}

func figNo(title string) string {
	f := strings.Fields(title)
	if len(f) >= 2 {
		return f[0] + " " + f[1]
	}
	return title
}

// checkAlts: every alt text of the HTML is printed in the other file.
func checkAlts(t *testing.T, html, other *rendered) {
	t.Helper()
	have := map[string]bool{}
	for _, a := range other.alts {
		have[a.text] = true
	}
	for _, a := range html.alts {
		if !have[a.text] {
			t.Errorf("%s lacks the alt text «%s»", other.where, a.text)
		}
	}
}
