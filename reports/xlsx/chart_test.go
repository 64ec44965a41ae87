package xlsx

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"boso/indicators/num"
	"boso/reports/model"
	"boso/reports/model/modeltest"
	"boso/reports/xlsx/xlsxtest"
)

// axisReport is a report of charts with amounts of millions (startlån),
// amounts under a million, percentages and counts.
func axisReport() *model.Report {
	r := modeltest.Sample()
	r.Steering = model.Steering{}
	cats := []string{"2021", "2022", "2023", "2024", "1. halvår 2025"}
	series := func(name string, vs ...float64) model.Series {
		s := model.Series{Name: name}
		for _, v := range vs {
			d, _ := num.FromFloat(v)
			s.Values = append(s.Values, model.Point{Num: d, Has: true})
		}
		return s
	}
	chart := func(id, title, yAxis string, unit model.ColumnKind, s model.Series) model.Block {
		return model.Block{Chart: &model.Chart{ID: id, Title: title, Kind: model.BarChart, YAxis: yAxis, Unit: unit,
			Categories: cats, Series: []model.Series{s}, Source: "Kilde: " + title}}
	}
	r.Sections = []model.Section{{ID: "s5", Number: "5", Title: "Indikatorer", Level: 1, Blocks: []model.Block{
		chart("belop", "Figur 5.1 Innvilget beløp, startlån", "kr", model.AmountColumn,
			series("Innvilget beløp", 108_530_000, 115_335_000, 134_650_000, 135_885_000, 180_000_000)),
		chart("tilskudd", "Figur 5.2 Tilskudd til etablering", "kr", model.AmountColumn,
			series("Tilskudd", 120_000, 245_000, 310_500, 480_000, 150_000)),
		chart("andel", "Figur 5.3 Innvilgelsesandel, startlån", "prosent", model.PercentColumn,
			series("Andel", 61.2, 58.3, 70.1, 66.7, 72.5)),
		chart("antall", "Figur 5.4 Søknader om startlån", "antall", model.NumberColumn,
			series("Søknader", 164, 167, 168, 177, 88)),
	}}}
	return r
}

var (
	valAx      = regexp.MustCompile(`<valAx>.*</valAx>`)
	axisFmt    = regexp.MustCompile(`<numFmt formatCode="([^"]*)"`)
	axisMinMax = regexp.MustCompile(`<max val="([^"]*)"></max><min val="([^"]*)"></min>`)
	axisUnit   = regexp.MustCompile(`<majorUnit val="([^"]*)">`)
	axisTitle  = regexp.MustCompile(`<title>.*?<a:t>([^<]*)</a:t>`)
)

// A chart's value axis is the one the PDF and the HTML draw
// (format.ValueAxis): its range and step, its name with the unit, and a
// number format that labels amounts of a million or more in millions,
// others in kroner, percentages with a per cent sign. Its labels were
// once raw numbers (180000000) under the axis name «kr».
func TestChartValueAxis(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteReport(&buf, axisReport()); err != nil {
		t.Fatal(err)
	}
	want := map[string][5]string{ // format, title, min, max, step
		"Figur 5.1 Innvilget beløp, startlån":   {"#,##0,,", "mill. kr", "0", "2e+08", "5e+07"},
		"Figur 5.2 Tilskudd til etablering":     {"#,##0", "kr", "0", "500000", "100000"},
		"Figur 5.3 Innvilgelsesandel, startlån": {`#,##0&#34;` + "\u00a0" + `%&#34;`, "prosent", "0", "80", "20"},
		"Figur 5.4 Søknader om startlån":        {"#,##0", "antall", "0", "200", "50"},
	}
	parts := chartParts(t, buf.Bytes())
	if len(parts) != len(want) {
		t.Fatalf("%d charts, want %d", len(parts), len(want))
	}
	for name, body := range parts {
		title := parseChart(t, body).title
		w, ok := want[title]
		if !ok {
			t.Errorf("%s: chart %q", name, title)
			continue
		}
		ax := valAx.FindString(body)
		var got [5]string
		if m := axisFmt.FindStringSubmatch(ax); m != nil {
			got[0] = m[1]
		}
		if m := axisTitle.FindStringSubmatch(ax); m != nil {
			got[1] = m[1]
		}
		if m := axisMinMax.FindStringSubmatch(ax); m != nil {
			got[2], got[3] = m[2], m[1]
		}
		if m := axisUnit.FindStringSubmatch(ax); m != nil {
			got[4] = m[1]
		}
		if got != w {
			t.Errorf("%s: value axis (format, title, min, max, step) %q, want %q", title, got, w)
		}
	}
}

// LibreOffice labels the axes as the PDF and the HTML do: 0 … 200 in
// mill. kr for startlån, not 0 … 200000000.
func TestChartAxesInLibreOffice(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteReport(&buf, axisReport()); err != nil {
		t.Fatal(err)
	}
	text := xlsxtest.PrintWithLibreOffice(t, buf.Bytes())
	for title, ticks := range map[string][]string{
		"Figur 5.1 Innvilget beløp, startlån":   {"200", "150", "100", "50", "0", "mill. kr"},
		"Figur 5.2 Tilskudd til etablering":     {"500000", "400000", "300000", "200000", "100000", "0", "kr"},
		"Figur 5.3 Innvilgelsesandel, startlån": {"80%", "60%", "40%", "20%", "0%", "prosent"},
		"Figur 5.4 Søknader om startlån":        {"200", "150", "100", "50", "0", "antall"},
	} {
		i := strings.Index(text, title)
		if i < 0 {
			t.Errorf("no chart %q in LibreOffice's PDF", title)
			continue
		}
		var labels []string
		for _, l := range strings.Split(text[i+len(title):], "\n")[1:] {
			l = strings.TrimSpace(l)
			if strings.HasPrefix(l, "1. halvår") || strings.HasPrefix(l, "2021") {
				break // the categories below the plot
			}
			if l == "" {
				continue
			}
			// a tick label, without the reader's grouping; the axis name
			// stands beside one
			for _, f := range regexp.MustCompile(`\s{2,}`).Split(l, -1) {
				labels = append(labels, strings.NewReplacer(",", "", "\u00a0", "", " ", "").Replace(f))
			}
		}
		var ticks2 []string
		for _, tk := range ticks {
			ticks2 = append(ticks2, strings.ReplaceAll(tk, " ", ""))
		}
		got := strings.Join(labels, "|")
		for _, tk := range ticks2 {
			if !strings.Contains("|"+got+"|", "|"+tk+"|") {
				t.Errorf("%s: LibreOffice labels the axis %q, want %q among them", title, labels, tk)
				break
			}
		}
		for _, l := range labels {
			if n, err := strconv.ParseFloat(l, 64); err == nil && n >= 1e6 {
				t.Errorf("%s: LibreOffice labels a tick %s", title, l)
			}
		}
	}
}
