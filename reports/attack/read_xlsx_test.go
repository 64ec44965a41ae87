package attack

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"boso/reports/clienttest"
	"boso/templates/msg"
)

// The spreadsheet read back as LibreOffice shows it: every sheet exported
// as CSV (values as stored, formulas recalculated), tables found by a
// caption row over a header row, and every native chart's series read from
// the cells its ranges point at — with any values cached in the chart
// itself, which a reader's spreadsheet may show instead of the cells.

// readXLSX reads a report workbook.
func readXLSX(t testing.TB, where, file string) (*rendered, error) {
	t.Helper()
	sheets := clienttest.LibreOfficeCSV(t, file)
	out := &rendered{where: where, wholeProse: true}
	names := make([]string, 0, len(sheets))
	for n := range sheets {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		rows := sheets[name]
		for _, row := range rows {
			for _, c := range row {
				if c = clean(c); c != "" {
					out.texts = append(out.texts, c)
				}
			}
		}
		tables, used := sheetTables(where+"["+name+"]", rows)
		if figureSheet(name) {
			out.tables = append(out.tables, tables...)
		}
		// a number outside every table is a figure no reader can place,
		// but every reader can see
		for i, row := range rows {
			if used[i] {
				continue
			}
			for j, c := range row {
				if plainRE.MatchString(clean(c)) && figureSheet(name) {
					out.stray = append(out.stray, fmt.Sprintf("%s[%s]!%s%d = %s", where, name, colName(j), i+1, c))
				}
			}
		}
	}
	charts, err := xlsxCharts(where, file, sheets)
	if err != nil {
		return nil, err
	}
	out.charts = charts
	alts, err := xlsxAlts(where, file)
	if err != nil {
		return nil, err
	}
	out.alts = alts
	return out, nil
}

var descrRE = regexp.MustCompile(`<xdr:cNvPr [^>]*name="([^"]*)"[^>]*descr="([^"]*)"`)

// xlsxAlts reads the charts' descriptions (their alt texts).
func xlsxAlts(where, file string) ([]altText, error) {
	zr, err := zip.OpenReader(file)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var out []altText
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/drawings/drawing") || path.Ext(f.Name) != ".xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		for _, m := range descrRE.FindAllStringSubmatch(string(b), -1) {
			out = append(out, altText{where: where, chart: m[1], text: clean(html.UnescapeString(m[2]))})
		}
	}
	return out, nil
}

// figureSheet reports whether a sheet holds the indicators' figures: the
// form's sheets 1–4 hold the programme leader's text and the economy.
// Section 5's further sheets are named after a subsection («5.2 Per 1000
// innbyggere», «5.1 Måloppnåelse, forts.»).
func figureSheet(name string) bool {
	return strings.HasPrefix(name, "5 ") || strings.HasPrefix(name, "5.") || name == "Styringsgruppen" || name == "Figurdata"
}

func nonEmpty(row []string) int {
	n := 0
	for _, c := range row {
		if clean(c) != "" {
			n++
		}
	}
	return n
}

// sheetTables finds the tables of a sheet: a row with only its first cell
// filled (the caption) over a row of two or more titles (the header), then
// rows up to the first row with no figure beside its label.
func sheetTables(where string, rows [][]string) ([]grid, map[int]bool) {
	var out []grid
	used := map[int]bool{}
	for i := 0; i+1 < len(rows); i++ {
		capRow, head := rows[i], rows[i+1]
		chartData := len(capRow) > 0 && strings.HasPrefix(clean(capRow[0]), "Figur ") && len(head) > 1 && clean(head[0]) == ""
		if len(capRow) == 0 || clean(capRow[0]) == "" || nonEmpty(capRow) != 1 || nonEmpty(head) < 2 && !chartData {
			continue
		}
		g := grid{where: where, caption: clean(capRow[0])}
		width := 0
		for j, h := range head {
			if clean(h) != "" {
				width = j + 1
			}
		}
		for j := 0; j < width; j++ {
			g.header = append(g.header, clean(head[j]))
		}
		// the chart data of the hidden sheet has no title over its periods
		if g.header[0] == "" && strings.HasPrefix(g.caption, "Figur ") {
			g.header[0] = msg.RepColPeriod.F()
		}
		k := i + 2
		for ; k < len(rows); k++ {
			row := rows[k]
			if len(row) == 0 || clean(row[0]) == "" || nonEmpty(row) < 2 && !hasBlankFigures(row, width) {
				break
			}
			cells := make([]string, width)
			for j := 0; j < width && j < len(row); j++ {
				cells[j] = clean(row[j])
			}
			g.rows = append(g.rows, cells)
		}
		if len(g.rows) > 0 {
			out = append(out, g)
			for r := i; r < k; r++ {
				used[r] = true
			}
			i = k - 1
		}
	}
	return out, used
}

func colName(j int) string {
	s := ""
	for j++; j > 0; j = (j - 1) / 26 {
		s = string(rune('A'+(j-1)%26)) + s
	}
	return s
}

// hasBlankFigures: a chart data row whose only figure is a gap («1. halvår
// 2025» and an empty cell) still belongs to its table.
func hasBlankFigures(row []string, width int) bool {
	return width > 1 && periodRE.MatchString(clean(row[0]))
}

// xlsxCharts reads every chart of the workbook: its title, and for each
// series the cells its name, categories and values point at.
func xlsxCharts(where, file string, sheets map[string][][]string) ([]series, error) {
	zr, err := zip.OpenReader(file)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var out []series
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/charts/chart") || path.Ext(f.Name) != ".xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		ss, err := chartXML(where+" "+f.Name, b, sheets)
		if err != nil {
			return nil, err
		}
		out = append(out, ss...)
	}
	return out, nil
}

// The parts of DrawingML a reader needs.
type xChart struct {
	Title []string `xml:"chart>title>tx>rich>p>r>t"`
	Ser   []xSer   `xml:"chart>plotArea>lineChart>ser"`
	Bar   []xSer   `xml:"chart>plotArea>barChart>ser"`
}

type xSer struct {
	Name xRef `xml:"tx>strRef"`
	Cat  xRef `xml:"cat>strRef"`
	Val  xRef `xml:"val>numRef"`
}

// xRef is a range and the values a chart caches from it.
type xRef struct {
	F     string `xml:"f"`
	Cache []struct {
		Idx int    `xml:"idx,attr"`
		V   string `xml:"v"`
	} `xml:"numCache>pt"`
}

func chartXML(where string, b []byte, sheets map[string][][]string) ([]series, error) {
	var c xChart
	if err := xml.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	title := clean(strings.Join(c.Title, ""))
	var out []series
	for _, s := range append(c.Ser, c.Bar...) {
		names, err := cellsOf(s.Name.F, sheets)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		cats, err := cellsOf(s.Cat.F, sheets)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		vals, err := cellsOf(s.Val.F, sheets)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		se := series{where: where, chart: title, name: strings.Join(names, " "), categories: cats}
		for _, v := range vals {
			p := point{text: v}
			if x, err := strconv.ParseFloat(v, 64); err == nil {
				p.value = &x
			} else if v != "" {
				// a text in a value range: Excel draws it as zero
				p.text = "text «" + v + "» in a chart's values"
			}
			se.points = append(se.points, p)
		}
		for _, pt := range s.Val.Cache {
			if pt.Idx < len(se.points) && se.points[pt.Idx].text != pt.V {
				se.points[pt.Idx].text = "cached «" + pt.V + "» over «" + se.points[pt.Idx].text + "»"
			}
		}
		out = append(out, se)
	}
	return out, nil
}

var refRE = regexp.MustCompile(`^'?(.+?)'?!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$`)

// cellsOf returns the cells of a range like '5 Indikatorer'!$B$128:$B$137.
func cellsOf(ref string, sheets map[string][][]string) ([]string, error) {
	if ref == "" {
		return nil, nil
	}
	m := refRE.FindStringSubmatch(ref)
	if m == nil {
		return nil, fmt.Errorf("cannot read the range %q", ref)
	}
	rows, ok := sheets[strings.ReplaceAll(m[1], "''", "'")]
	if !ok {
		return nil, fmt.Errorf("range %q: no sheet %q", ref, m[1])
	}
	c0, r0 := colIndex(m[2]), atoi(m[3])
	c1, r1 := c0, r0
	if m[4] != "" {
		c1, r1 = colIndex(m[4]), atoi(m[5])
	}
	var out []string
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			v := ""
			if r-1 < len(rows) && c < len(rows[r-1]) {
				v = clean(rows[r-1][c])
			}
			out = append(out, v)
		}
	}
	return out, nil
}

func colIndex(s string) int {
	n := 0
	for _, r := range s {
		n = n*26 + int(r-'A'+1)
	}
	return n - 1
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }
