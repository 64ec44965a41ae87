package html

import (
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"strconv"
	"strings"

	"boso/reports/model"
	"boso/templates/assets"
	"boso/templates/msg"
)

//go:embed page.gohtml
var pageTemplate string

//go:embed style.css
var styleSheet string

//go:embed charts.js
var chartsScript string

//go:embed tables.js
var tablesScript string

var page = template.Must(template.New("page").Parse(pageTemplate))

// SteeringID is the anchor of the steering-group section.
const SteeringID = "styringsgruppe"

// Anchors that are not made from the model's ids.
const (
	mainID  = "innhold"
	navID   = "innholdsliste"
	titleID = "tittel"
)

// Write renders r as one self-contained HTML page to w. It draws the model
// as it is: every text, number and mark is shown exactly as the model has
// it. It fails, writing nothing, when the model cannot be drawn as valid
// HTML (a bad or repeated id, a row or series of the wrong length).
func Write(w io.Writer, r *model.Report) error {
	v, err := build(r)
	if err != nil {
		return err
	}
	var b strings.Builder
	if err := page.Execute(&b, v); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// pageView is what the template draws: the model, laid out for HTML.
type pageView struct {
	Lang      string
	DocTitle  string
	Meta      model.Meta
	Facts     []model.Field // kommune, period, report date under the title
	Nav       []navItem
	Sections  []*sectionView
	Steering  *steeringView
	CSS       template.CSS
	Print     printView
	Licence   template.HTML
	ECharts   template.JS
	ChartsJS  template.JS
	TablesJS  template.JS
	Charts    []chartInit
	MainID    string
	NavID     string
	TitleID   string
	NavLabel  string
	SkipLabel string
}

// printView holds the texts of the printed page's margins.
type printView struct {
	RunningHeader string
	Banners       string
	PageBefore    string // "Side "
	PageMiddle    string // " av "
	PageAfter     string // ""
}

type navItem struct {
	ID, Text string
	Children []navItem
}

type sectionView struct {
	ID       string
	Level    int // heading level: 2 for a form section, 3 for a subsection
	Heading  string
	Blocks   []blockView
	Children []*sectionView
}

type blockView struct {
	Paragraph *paragraphView
	Fields    *model.Fields
	Table     *tableView
	Chart     *chartView
	Note      *model.Note
	Multiples *multiplesView
}

type paragraphView struct {
	Heading string
	Level   int
	Paras   [][]string // paragraphs, each as its lines
}

type tableView struct {
	ID, CaptionID, NotesID string
	Caption                string
	// Stack lets the table be laid out as one block per row, each cell
	// labelled by its column's title, when it does not fit the width of
	// the screen (tables.js), so that it needs no sideways scrolling (WCAG
	// 1.4.10 Reflow).
	Stack bool
	// Dense sets a table of many columns in smaller type, so that on a
	// desktop it still fits as a grid.
	Dense  bool
	Cols   []colView
	Bodies []bodyView
	Notes  []string
}

type colView struct {
	Title string
	Class string
	Width string // "12.5%": the share of the table's width, from Column.Width
}

type bodyView struct {
	Rows []rowView
}

type rowView struct {
	Class string
	// Heading is set for a group row whose only text is its first cell: it
	// spans the table and heads the rows of its <tbody>.
	Heading string
	Span    int
	Cells   []cellView
}

type cellView struct {
	Text   string
	Class  string
	Header bool // a row header: <th scope="row">
	Status string
	Label  string // the column's title, shown beside the cell when the table is stacked
}

type chartView struct {
	ID, Title, AltText, Source string
	// DataRef points at the chart's table when another block stands
	// between them; Details is the chart's numbers when the model has no
	// such table after the chart in the same section.
	DataLabel string
	DataRef   *tableRef
	Details   *tableView
}

type tableRef struct{ ID, Caption string }

type chartInit struct {
	ID     string
	Script template.JS
}

type steeringView struct {
	ID      string
	Title   string
	Text    [][]string // the programme leader's summary: paragraphs, each as its lines
	Summary []string
	Tables  []*tableView
	Notes   []string
}

var (
	anchorPattern  = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)
	chartIDPattern = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// builder turns the model into the page view and collects every id the
// page uses, so a repeated one is an error rather than a broken link.
type builder struct {
	r      *model.Report
	ids    map[string]bool
	errs   []error
	charts []chartInit
	stacks bool // some table may stack (tables.js)
}

func build(r *model.Report) (*pageView, error) {
	b := &builder{r: r, ids: map[string]bool{}}
	for _, id := range []string{mainID, navID, titleID, SteeringID} {
		b.use(id)
	}
	m := r.Meta
	v := &pageView{
		Lang:      m.Lang,
		DocTitle:  msg.HTMLDocTitle.F(m.Title, m.Kommune, m.Period),
		Meta:      m,
		CSS:       template.CSS(styleSheet),
		ChartsJS:  template.JS(chartsScript),
		MainID:    mainID,
		NavID:     navID,
		TitleID:   titleID,
		NavLabel:  m.Labels.Contents,
		SkipLabel: m.Labels.SkipToMain,
	}
	if v.Lang == "" {
		v.Lang = "nb"
	}
	kommune := m.Kommune
	if m.Kommunenummer != "" {
		kommune = msg.HTMLKommuneNumber.F(m.Kommune, m.Kommunenummer)
	}
	place := msg.HTMLKommune.String()
	if m.Labels.Place != "" {
		place = m.Labels.Place
	}
	for _, f := range []model.Field{{Label: place, Value: kommune}, {Label: msg.HTMLPeriod.String(), Value: m.Period}, {Label: msg.HTMLReportDate.String(), Value: m.ReportDate}} {
		if f.Value != "" {
			v.Facts = append(v.Facts, f)
		}
	}
	v.Print = b.printMargins(m)

	// Sections nest by level: a subsection belongs to the section before it.
	var stack []*sectionView
	for i := range r.Sections {
		s := &r.Sections[i]
		sv := b.section(s)
		for len(stack) > 0 && stack[len(stack)-1].Level >= sv.Level {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			v.Sections = append(v.Sections, sv)
		} else {
			p := stack[len(stack)-1]
			p.Children = append(p.Children, sv)
		}
		stack = append(stack, sv)
	}
	v.Nav = navOf(v.Sections)
	if st := b.steering(&r.Steering); st != nil {
		v.Steering = st
		v.Nav = append(v.Nav, navItem{ID: SteeringID, Text: m.Labels.SteeringTOC})
	}
	if b.stacks {
		v.TablesJS = template.JS(tablesScript)
	}
	if len(b.charts) > 0 {
		v.Charts = b.charts
		v.ECharts = template.JS(assets.EChartsJS)
		v.Licence = template.HTML("<!-- Apache ECharts " + assets.EChartsVersion + " (echarts.min.js, inlined below), Apache License 2.0:\n" +
			"     https://www.apache.org/licenses/LICENSE-2.0 (full text and the zrender and d3 licences in boso's templates/assets/echarts/).\n" +
			strings.TrimSpace(assets.EChartsNotice) + "\n-->")
	}
	if len(b.errs) > 0 {
		return nil, errors.Join(b.errs...)
	}
	return v, nil
}

func (b *builder) fail(t msg.Text, args ...any) { b.errs = append(b.errs, errors.New(t.F(args...))) }

// use claims id for one element of the page.
func (b *builder) use(id string) {
	if !anchorPattern.MatchString(id) {
		b.fail(msg.HTMLBadAnchor, id)
		return
	}
	if b.ids[id] {
		b.fail(msg.HTMLDuplicateID, id)
	}
	b.ids[id] = true
}

// printMargins splits the page label "Side %d av %d" around its two numbers, for
// the CSS page counters.
func (b *builder) printMargins(m model.Meta) printView {
	p := printView{RunningHeader: m.RunningHeader, Banners: strings.Join(m.Banners, " · ")}
	parts := strings.Split(m.Labels.PageOf, "%d")
	if m.Labels.PageOf == "" {
		return p
	}
	if len(parts) != 3 {
		b.fail(msg.HTMLBadPageOfLabel, m.Labels.PageOf)
		return p
	}
	p.PageBefore, p.PageMiddle, p.PageAfter = parts[0], parts[1], parts[2]
	return p
}

func headingLevel(sectionLevel int) int {
	return min(max(sectionLevel+1, 2), 6)
}

func (b *builder) section(s *model.Section) *sectionView {
	b.use(s.ID)
	sv := &sectionView{ID: s.ID, Level: headingLevel(s.Level), Heading: s.Title}
	if s.Number != "" {
		sv.Heading = s.Number + " " + s.Title
	}
	tableAt := map[string]int{}
	for i, bl := range s.Blocks {
		if bl.Table != nil {
			if _, seen := tableAt[bl.Table.ID]; !seen {
				tableAt[bl.Table.ID] = i
			}
		}
	}
	for i, bl := range s.Blocks {
		switch {
		case bl.Paragraph != nil:
			sv.Blocks = append(sv.Blocks, blockView{Paragraph: paragraph(bl.Paragraph, sv.Level+1)})
		case bl.Fields != nil:
			sv.Blocks = append(sv.Blocks, blockView{Fields: bl.Fields})
		case bl.Table != nil:
			sv.Blocks = append(sv.Blocks, blockView{Table: b.table(bl.Table, "t-")})
		case bl.Chart != nil:
			sv.Blocks = append(sv.Blocks, blockView{Chart: b.chart(bl.Chart, s, i, tableAt)})
		case bl.Note != nil:
			sv.Blocks = append(sv.Blocks, blockView{Note: bl.Note})
		case bl.Multiples != nil:
			sv.Blocks = append(sv.Blocks, blockView{Multiples: b.multiples(bl.Multiples)})
		default:
			b.fail(msg.HTMLEmptyBlock, s.ID, i+1)
		}
	}
	return sv
}

func navOf(sections []*sectionView) []navItem {
	var items []navItem
	for _, s := range sections {
		items = append(items, navItem{ID: s.ID, Text: s.Heading, Children: navOf(s.Children)})
	}
	return items
}

func paragraph(p *model.Paragraph, level int) *paragraphView {
	pv := &paragraphView{Heading: p.Heading, Level: min(level, 6)}
	for _, para := range strings.Split(p.Text, "\n\n") {
		if strings.TrimSpace(para) == "" {
			continue
		}
		pv.Paras = append(pv.Paras, strings.Split(para, "\n"))
	}
	return pv
}

var columnClass = map[model.ColumnKind]string{
	model.NumberColumn:  "num",
	model.AmountColumn:  "num",
	model.PercentColumn: "num",
	model.StatusColumn:  "status",
}

// denseColumns is where a table is set in smaller type.
const denseColumns = 9

// table lays out t; prefix keeps its anchor apart from the section ids.
// A table of three columns or more stacks when it does not fit the
// screen; one of two columns fits a phone as it is.
func (b *builder) table(t *model.Table, prefix string) *tableView {
	tv := &tableView{ID: prefix + t.ID, Caption: t.Caption, Notes: t.Notes, Stack: len(t.Columns) >= 3, Dense: len(t.Columns) >= denseColumns}
	b.stacks = b.stacks || tv.Stack
	b.use(tv.ID)
	tv.CaptionID = tv.ID + "-tittel"
	if len(t.Notes) > 0 {
		tv.NotesID = tv.ID + "-merknader"
	}
	var total float64
	for _, c := range t.Columns {
		total += max(c.Width, 0)
	}
	for _, c := range t.Columns {
		cv := colView{Title: c.Title, Class: columnClass[c.Kind]}
		if total > 0 && c.Width > 0 {
			cv.Width = strconv.FormatFloat(100*c.Width/total, 'f', 1, 64) + "%"
		}
		tv.Cols = append(tv.Cols, cv)
	}
	// The first column heads its row when it holds text (a period, an
	// activity, an indicator): screen readers then name each number by it.
	rowHeaders := len(t.Columns) > 0 && t.Columns[0].Kind == model.TextColumn
	body := bodyView{}
	for ri, row := range t.Rows {
		if len(row.Cells) != len(t.Columns) {
			b.fail(msg.HTMLRowLength, t.ID, ri+1, len(row.Cells), len(t.Columns))
			continue
		}
		rv := rowView{}
		switch row.Kind {
		case model.TotalRow:
			rv.Class = "total"
		case model.GroupRow:
			rv.Class = "group"
			if onlyFirst(row.Cells) {
				// A group row heads the rows that follow it: its own <tbody>.
				if len(body.Rows) > 0 {
					tv.Bodies = append(tv.Bodies, body)
				}
				body = bodyView{}
				rv.Heading, rv.Span = row.Cells[0].Text, len(row.Cells)
				body.Rows = append(body.Rows, rv)
				continue
			}
		}
		for ci, c := range row.Cells {
			cv := cellView{Text: c.Text, Class: columnClass[t.Columns[ci].Kind], Header: ci == 0 && rowHeaders}
			if tv.Stack && !cv.Header {
				cv.Label = t.Columns[ci].Title
			}
			if c.Status != model.NoStatus {
				cv.Status = string(c.Status)
			}
			rv.Cells = append(rv.Cells, cv)
		}
		body.Rows = append(body.Rows, rv)
	}
	if len(body.Rows) > 0 || len(tv.Bodies) == 0 {
		tv.Bodies = append(tv.Bodies, body)
	}
	return tv
}

func onlyFirst(cells []model.Cell) bool {
	if len(cells) == 0 || cells[0].Text == "" {
		return false
	}
	for _, c := range cells[1:] {
		if c.Text != "" {
			return false
		}
	}
	return true
}

// chart lays out the chart at block i of section s. Its numbers are the
// table TableID when that table comes after the chart in the same section
// with only charts in between (the model's layout); otherwise the page
// adds them under the chart, from the series' labels.
func (b *builder) chart(c *model.Chart, s *model.Section, i int, tableAt map[string]int) *chartView {
	if !chartIDPattern.MatchString(c.ID) {
		b.fail(msg.HTMLBadChartID, c.ID)
		return &chartView{}
	}
	b.use(c.ID)
	cv := &chartView{ID: c.ID, Title: c.Title, AltText: c.AltText, Source: c.Source, DataLabel: b.r.Meta.Labels.ChartData}
	for _, sr := range c.Series {
		if len(sr.Values) != len(c.Categories) {
			b.fail(msg.HTMLSeriesLength, c.ID, sr.Name, len(sr.Values), len(c.Categories))
			return cv
		}
	}
	script, err := chartScript(c)
	if err != nil {
		b.errs = append(b.errs, err)
		return cv
	}
	b.charts = append(b.charts, chartInit{ID: c.ID, Script: template.JS(script)})

	at, ok := tableAt[c.TableID]
	follows := ok && c.TableID != "" && at > i
	for j := i + 1; follows && j < at; j++ {
		if s.Blocks[j].Chart == nil {
			follows = false
		}
	}
	switch {
	case follows && at == i+1:
	case follows:
		cv.DataRef = &tableRef{ID: "t-" + c.TableID, Caption: s.Blocks[at].Table.Caption}
	default:
		cv.Details = b.chartTable(c)
	}
	return cv
}

// chartTable is the table of a chart's numbers: one row per category, one
// column per series, each cell the point's label as the model wrote it.
func (b *builder) chartTable(c *model.Chart) *tableView {
	t := &model.Table{ID: c.ID + "-tall", Caption: msg.HTMLChartDataOf.F(b.r.Meta.Labels.ChartData, c.Title),
		Columns: []model.Column{{Title: msg.HTMLChartCategory.String(), Kind: model.TextColumn}}}
	for _, s := range c.Series {
		t.Columns = append(t.Columns, model.Column{Title: s.Name, Kind: model.NumberColumn})
	}
	for ci, cat := range c.Categories {
		row := model.Row{Cells: []model.Cell{{Text: cat}}}
		for _, s := range c.Series {
			row.Cells = append(row.Cells, model.Cell{Text: s.Values[ci].Label})
		}
		t.Rows = append(t.Rows, row)
	}
	if c.Source != "" {
		t.Notes = []string{c.Source}
	}
	return b.table(t, "")
}

func (b *builder) steering(st *model.Steering) *steeringView {
	if st.Title == "" && st.Text == "" && len(st.Summary) == 0 && st.Targets == nil && st.Deviations == nil && st.Budget == nil && len(st.Notes) == 0 {
		return nil
	}
	sv := &steeringView{ID: SteeringID, Title: st.Title, Summary: st.Summary, Notes: st.Notes}
	if st.Text != "" {
		sv.Text = paragraph(&model.Paragraph{Text: st.Text}, 3).Paras
	}
	if sv.Title == "" {
		sv.Title = b.r.Meta.Labels.SteeringTOC
	}
	// The budget table is often the one of section 4 too: its anchor here
	// is the steering page's own.
	for _, t := range []*model.Table{st.Targets, st.Deviations, st.Budget} {
		if t != nil {
			sv.Tables = append(sv.Tables, b.table(t, SteeringID+"-"))
		}
	}
	return sv
}
