package attack

import (
	"bytes"
	"context"
	"math"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

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
	tables := 0
	for _, g := range doc.tables {
		var ind *definition.Indicator
		if m := caption.FindStringSubmatch(g.caption); m != nil {
			ind = byName[m[1]]
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
