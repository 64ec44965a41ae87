package region

import (
	"fmt"
	"strings"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/period"
	"boso/indicators/stdlib"
	"boso/reports/build"
	"boso/reports/format"
	"boso/reports/model"
)

// Each rate per 1000 the roll-up shows gets its kommuner's trend as small
// multiples: a panel per expected kommune over the comparable periods,
// the region's figure in each, the same figures as the data table that
// follows, and a hidden figure a gap marked «:» in the panel, its
// description and the table.
func TestTrendMultiples(t *testing.T) {
	res := runRegion(t, testRegion(t))
	r := res.Rollup
	var sec *model.Section
	for i := range res.Report.Sections {
		if res.Report.Sections[i].ID == "s2" {
			sec = &res.Report.Sections[i]
		}
	}
	if sec == nil {
		t.Fatal("no section 2")
	}
	var dl diag.List
	set := definition.Load(stdlib.Sources(), &dl)
	h, err := r.Protect(set, build.DefaultThreshold)
	if err != nil {
		t.Fatal(err)
	}
	figures, hidden := 0, 0
	for i, bl := range sec.Blocks {
		m := bl.Multiples
		if m == nil {
			continue
		}
		figures++
		if i+1 >= len(sec.Blocks) || sec.Blocks[i+1].Table == nil || sec.Blocks[i+1].Table.ID != m.TableID {
			t.Fatalf("%s: its data table does not follow it", m.ID)
		}
		tab := sec.Blocks[i+1].Table
		if len(m.Panels) != len(r.Kommuner) || len(m.Categories) != len(r.Periods) || len(tab.Rows) != len(r.Kommuner)+1 {
			t.Fatalf("%s: %d panels over %d periods, table of %d rows, for %d kommuner over %d periods",
				m.ID, len(m.Panels), len(m.Categories), len(tab.Rows), len(r.Kommuner), len(r.Periods))
		}
		var per *definition.Indicator
		for _, ind := range r.Indicators {
			if ind.PerThousandOf != "" && strings.Contains(m.Title, set.Get(ind.PerThousandOf).Name+" per 1000") {
				per = ind
			}
		}
		if per == nil {
			t.Fatalf("%s: no rate per 1000 named in %q", m.ID, m.Title)
		}
		for k, kn := range r.Kommuner {
			p := m.Panels[k]
			own, reg := p.Series[0], p.Series[1]
			if own.Target || !reg.Target {
				t.Errorf("%s, %s: the series are not the kommune's and the region's reference", m.ID, p.Title)
			}
			for j, pp := range r.Periods {
				pt, cell, rp := own.Values[j], tab.Rows[k].Cells[j+1], reg.Values[j]
				if pt.Label != cell.Text || pt.Has != cell.IsNum || (pt.Has && pt.Num != cell.Num) {
					t.Errorf("%s, %s %s: the panel shows %+v, the table %+v", m.ID, p.Title, pp, pt, cell)
				}
				if total := tab.Rows[len(tab.Rows)-1].Cells[j+1]; rp.Label != total.Text || rp.Has != total.IsNum {
					t.Errorf("%s, %s %s: the region's line shows %q, the table %q", m.ID, p.Title, pp, rp.Label, total.Text)
				}
				if h.Kommune(kn, per.ID, pp) {
					hidden++
					if pt.Has || pt.Label != ":" || !strings.Contains(p.AltText, format.Period(pp)+" :") {
						t.Errorf("%s, %s %s is hidden; the panel shows %+v, described %q", m.ID, p.Title, pp, pt, p.AltText)
					}
				}
			}
		}
	}
	if figures == 0 {
		t.Fatal("no small multiples in section 2")
	}
	t.Logf("%d figures of small multiples, %d hidden figures as gaps", figures, hidden)
	if hidden == 0 {
		t.Error("the test region hides nothing in the trends: the test proves nothing of gaps")
	}
}

// A roll-up of more kommuner than a region has draws no small multiples;
// the section says so.
func TestTrendMultiplesLimit(t *testing.T) {
	var dl diag.List
	set := definition.Load(stdlib.Sources(), &dl)
	per := set.Get("bostedslose_per_1000")
	if per == nil || per.PerThousandOf == "" {
		t.Fatal("no rate per 1000 among the definitions")
	}
	for _, n := range []int{maxTrendKommuner, maxTrendKommuner + 1} {
		p := period.MustParse("2025H1")
		r := &Rollup{Period: p, Periods: Comparable(p, TrendPeriods), Indicators: []*definition.Indicator{set.Get(per.PerThousandOf), per},
			values: map[valueKey]Value{}, totals: map[totalKey]Value{}}
		for i := range n {
			k := fmt.Sprintf("%04d", 9000+i)
			r.Kommuner = append(r.Kommuner, k)
			for _, q := range r.Periods {
				r.values[valueKey{k, per.ID, q}] = Value{Num: 1.5, Has: true}
				r.values[valueKey{k, per.PerThousandOf, q}] = Value{Num: 30, Has: true}
			}
		}
		s := indicatorSection(nil, r, set, &Hidden{cells: map[cellKey]bool{}}, 4)
		multiples := 0
		for _, bl := range s.Blocks {
			if bl.Multiples != nil {
				multiples++
			}
		}
		said := strings.Contains(s.Blocks[0].Paragraph.Text, fmt.Sprintf("inntil %d kommuner; denne har %d", maxTrendKommuner, n))
		if n <= maxTrendKommuner && (multiples != 1 || said) {
			t.Errorf("%d kommuner: %d small multiples, the lead says there are none: %v", n, multiples, said)
		}
		if n > maxTrendKommuner && (multiples != 0 || !said) {
			t.Errorf("%d kommuner: %d small multiples, the lead says why there are none: %v", n, multiples, said)
		}
	}
}
