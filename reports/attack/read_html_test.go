package attack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// readHTML reads every table (caption, header, rows, the notes it is
// described by), every chart's series from the ECharts option in the
// page's scripts, every chart's alt text, and all prose of a report page.
func readHTML(where string, b []byte) (*rendered, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	out := &rendered{where: where, wholeProse: true}
	byID := map[string]*html.Node{}
	var index func(n *html.Node)
	index = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if id := attr(n, "id"); id != "" {
				byID[id] = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			index(c)
		}
	}
	index(doc)
	// a chart's title is its figure's caption (older pages put it in the
	// chart's option instead)
	titles := map[string]string{}
	for _, fig := range elements(doc, "figure") {
		caps := elements(fig, "figcaption")
		for _, d := range elements(fig, "div") {
			if id := attr(d, "id"); id != "" && len(caps) > 0 {
				titles[id] = clean(textOf(caps[0]))
			}
		}
	}

	var walk func(n *html.Node) error
	walk = func(n *html.Node) error {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "table":
				g := readTable(n)
				g.where = where
				for _, id := range strings.Fields(attr(n, "aria-describedby")) {
					if d := byID[id]; d != nil {
						for _, p := range elements(d, "p") {
							g.notes = append(g.notes, clean(textOf(p)))
						}
					}
				}
				out.tables = append(out.tables, g)
				return nil
			case "script":
				ss, err := chartSeries(where, textOf(n), titles)
				if err != nil {
					return err
				}
				out.charts = append(out.charts, ss...)
				return nil
			case "p", "li", "h1", "h2", "h3", "h4", "figcaption", "dd", "dt":
				out.texts = append(out.texts, clean(textOf(n)))
				return nil
			case "style", "head":
				return nil
			}
			if label := attr(n, "aria-label"); label != "" && attr(n, "role") == "img" {
				out.alts = append(out.alts, altText{where: where, chart: attr(n, "id"), text: clean(label)})
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if err := walk(c); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc); err != nil {
		return nil, err
	}
	return out, nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

func elements(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func readTable(t *html.Node) grid {
	var g grid
	for _, c := range elements(t, "caption") {
		g.caption = clean(textOf(c))
	}
	for _, tr := range elements(t, "tr") {
		var row []string
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
				row = append(row, clean(textOf(c)))
			}
		}
		if tr.Parent != nil && tr.Parent.Data == "thead" {
			g.header = row
			continue
		}
		g.rows = append(g.rows, row)
	}
	return g
}

// chartSeries reads the series of the ECharts option a script sets, if
// any. The option is JSON with JavaScript functions in it (formatters),
// so the parts a reader needs — the title, the x-axis categories and the
// series — are decoded one by one from where their keys stand.
func chartSeries(where, script string, titles map[string]string) ([]series, error) {
	at := strings.Index(script, "let option_")
	if at < 0 {
		return nil, nil
	}
	opt := script[at:]
	id := ""
	if m := chartIDRE.FindStringSubmatch(script); m != nil {
		id = m[1]
	}
	var title struct {
		Text string `json:"text"`
	}
	var xAxis []struct {
		Data []string `json:"data"`
	}
	var ss []struct {
		Name string `json:"name"`
		Data []struct {
			Value *float64 `json:"value"`
			Text  string   `json:"text"`
		} `json:"data"`
		// marks drawn at gaps: where they stand must tell nothing
		MarkPoint struct {
			Data []struct {
				Coord []float64 `json:"coord"`
				Name  string    `json:"name"`
			} `json:"data"`
		} `json:"markPoint"`
	}
	for key, v := range map[string]any{`"title":{`: &title, `"xAxis":[`: &xAxis, `"series":[`: &ss} {
		i := strings.Index(opt, key)
		if i < 0 {
			return nil, fmt.Errorf("%s: chart option without %s", where, key)
		}
		if err := json.NewDecoder(strings.NewReader(opt[i+len(key)-1:])).Decode(v); err != nil {
			return nil, fmt.Errorf("%s: chart option %s: %w", where, key, err)
		}
	}
	if len(xAxis) != 1 {
		return nil, fmt.Errorf("%s: chart %q has %d x axes", where, title.Text, len(xAxis))
	}
	name := clean(title.Text)
	if t := titles[id]; strings.HasPrefix(t, "Figur ") {
		name = t
	}
	if i := strings.Index(name, ". Kilde"); i >= 0 {
		name = name[:i]
	}
	var out []series
	for _, s := range ss {
		se := series{where: where, chart: name, name: clean(s.Name), categories: xAxis[0].Data}
		for _, d := range s.Data {
			se.points = append(se.points, point{value: d.Value, text: clean(d.Text)})
		}
		for _, m := range s.MarkPoint.Data {
			if len(m.Coord) != 2 || m.Coord[1] != 0 || int(m.Coord[0]) >= len(se.points) || se.points[int(m.Coord[0])].value != nil {
				return nil, fmt.Errorf("%s: %s: series «%s» draws the mark «%s» at %v, not at a gap on the zero line", where, name, s.Name, m.Name, m.Coord)
			}
		}
		out = append(out, se)
	}
	return out, nil
}

var chartIDRE = regexp.MustCompile(`getElementById\('([^']+)'\)`)
