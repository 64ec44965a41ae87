package xlsx

import (
	"bytes"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/reports/model/modeltest"
)

// The small multiples are one small chart per panel, titled by it, each
// on the same value axis, with the panel's series read from the hidden
// chart-data sheet: the numbers drawn, a blank at every gap (never the
// table's mark, which a spreadsheet would plot as zero, never a figure the
// table hides).
func TestMultiplesCharts(t *testing.T) {
	r := modeltest.Multiples()
	m := r.Sections[len(r.Sections)-1].Blocks[0].Multiples
	var buf bytes.Buffer
	if err := WriteReport(&buf, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	parts := chartParts(t, buf.Bytes())
	byTitle := map[string]chartInfo{}
	axes := map[string]bool{}
	axis := regexp.MustCompile(`valAx>.*?<max val="([^"]+)"></max><min val="([^"]+)"></min>`)
	var names []string
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		info := parseChart(t, parts[name])
		byTitle[info.title] = info
		if a := axis.FindStringSubmatch(strings.ReplaceAll(parts[name], "\n", "")); a != nil {
			for _, p := range m.Panels {
				if p.Title == info.title {
					axes[a[1]+" "+a[2]] = true
				}
			}
		}
	}
	if len(axes) != 1 {
		t.Errorf("the panels have the value axes %v, want one", axes)
	}
	for _, p := range m.Panels {
		info, ok := byTitle[p.Title]
		if !ok {
			t.Errorf("no chart titled %q", p.Title)
			continue
		}
		if len(info.series) != len(p.Series) {
			t.Fatalf("%s: %d series, want %d", p.Title, len(info.series), len(p.Series))
		}
		for i, s := range p.Series {
			got := readRange(t, f, info.series[i][2])
			for j, pt := range s.Values {
				want := ""
				if pt.Has {
					want = strconv.FormatFloat(pt.Num.Float(), 'f', -1, 64)
				}
				if j >= len(got) || got[j] != want {
					t.Errorf("%s, %s: the chart reads %q, want %q (the points %v)", p.Title, s.Name, got, want, s.Values)
					break
				}
			}
			if cats := readRange(t, f, info.series[i][1]); strings.Join(cats, " ") != strings.Join(m.Short, " ") {
				t.Errorf("%s: categories %q, want %q", p.Title, cats, m.Short)
			}
		}
	}
}
