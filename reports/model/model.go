// Package model is the report model: the half-year or annual report (form
// sections 1–5, definitions appendix) and the steering-group page, laid out
// as sections of blocks — fields, paragraphs, tables, charts — with every
// number already rounded, formatted and, where the report is published,
// suppressed. Renderers (reports/xlsx, reports/pdf, reports/html) only draw
// it: they never compute, round or format a figure themselves. The model
// holds no styling beyond what a table cell means (a number, a total, a
// status), so the three formats show the same figures.
package model

import "boso/indicators/num"

// Report is one report for one kommune and period.
type Report struct {
	Meta     Meta
	Sections []Section // form sections 1–5 and the appendix, in order
	Steering Steering  // the one-page steering-group summary
}

// Kind tells a half-year report from an annual one.
type Kind string

// The report kinds.
const (
	HalfYear Kind = "halvår"
	Annual   Kind = "år"
)

// Meta is what every page and file says about the report.
type Meta struct {
	Kind          Kind
	Title         string // "Halvårsrapport 2025"
	Subtitle      string // the programme's name
	Kommune       string // "Kárášjohka – Karasjok"
	Kommunenummer string // "5610"
	Period        string // "1. halvår 2025"
	PeriodID      string // "2025H1": machine form, for file names and metadata
	ReportDate    string // "20.08.2025"
	ReportDateISO string // "2025-08-20": for document metadata (fixed, so output is reproducible)
	// RunningHeader is printed at the top of every page: kommune and period.
	RunningHeader string
	// Banners are printed prominently on the title page and on every page:
	// "Eksempel – fiktive tall", "Internt – ikke for publisering".
	Banners []string
	// Internal is true when the report is not for publication (no
	// suppression; every page says so in Banners).
	Internal bool
	// Lang is the document language ("nb").
	Lang string
	// Texts the renderers need that are not part of a section, already in
	// Norwegian: "Side %d av %d", "Innhold", the skip-link text …
	Labels Labels
}

// Labels are fixed texts the renderers place themselves.
type Labels struct {
	PageOf      string // "Side %d av %d" (fmt verbs for page and total)
	Contents    string // "Innhold"
	SkipToMain  string // "Hopp til innholdet"
	ChartData   string // "Tallene i figuren" (caption prefix of a chart's data table)
	Source      string // "Kilde"
	SteeringTOC string // the steering page's entry in the contents
	// Place is the label of Meta.Kommune on the cover when the document
	// is not one kommune's ("Region"); "" means «Kommune».
	Place string
}

// Section is one numbered part of the report. Level 1 is a form section
// (1 … 5, Vedlegg); level 2 a subsection (3.1, 5.2 …).
type Section struct {
	ID     string // stable anchor: letters, digits and - only ("s1", "s3-1", "vedlegg")
	Number string // "1", "3.1", "" for the appendix
	Title  string
	Level  int
	Blocks []Block
	// Sheet names the section's sheet in a spreadsheet, when the form's
	// own names (the report's sections 1–5) do not fit: another document
	// (a regional roll-up) names its own. "" for the form's.
	Sheet string
}

// Block is one element of a section. Exactly one field is set.
type Block struct {
	Paragraph *Paragraph
	Fields    *Fields
	Table     *Table
	Chart     *Chart
	Note      *Note
	Multiples *Multiples
}

// Paragraph is running text (may contain line breaks: \n\n separates paragraphs).
type Paragraph struct {
	Heading string // optional bold lead-in, e.g. a good example's title
	Text    string
}

// Note is small print under a table or chart: marks, sources, rules.
type Note struct {
	Text string
}

// Fields is a two-column list of labels and values (section 1).
type Fields struct {
	ID   string
	Rows []Field
}

// Field is one label and its value.
type Field struct {
	Label string
	Value string
}

// Table is a table with one header row. Tables may break across pages;
// renderers repeat the header on each page.
type Table struct {
	ID      string // stable: letters, digits and - only; charts refer to it
	Caption string // "Tabell 5.1 Bostedsløse husstander"
	Columns []Column
	Rows    []Row
	Notes   []string // footnotes under the table (marks used, source)
}

// ColumnKind says what a column holds, for alignment and spreadsheet formats.
type ColumnKind string

// The column kinds.
const (
	TextColumn    ColumnKind = "text"
	NumberColumn  ColumnKind = "number"  // counts and ratios: right-aligned
	AmountColumn  ColumnKind = "amount"  // NOK: right-aligned, thousands grouped
	PercentColumn ColumnKind = "percent" // a share in per cent (value 12.5 means 12,5 %)
	StatusColumn  ColumnKind = "status"  // on track / off track, with text
)

// Column is one column of a table.
type Column struct {
	Title string
	Kind  ColumnKind
	// Width is a relative width (1 = narrow number, 3 = a long text column),
	// for renderers that lay out fixed widths.
	Width float64
}

// RowKind says what a row is.
type RowKind string

// The row kinds.
const (
	DataRow  RowKind = ""
	TotalRow RowKind = "total" // bold, with a rule above
	GroupRow RowKind = "group" // a heading row inside a table (a hovedmål)
)

// Row is one table row.
type Row struct {
	Kind  RowKind
	Cells []Cell
}

// Cell is one table cell as the reader sees it, plus its number for
// spreadsheets and charts.
type Cell struct {
	// Text is exactly what is shown: "1 234", "12,5", "..", ":", "i rute".
	Text string
	// Num is the number shown, rounded as shown, when IsNum is set; a cell
	// with a mark or text has IsNum false.
	Num      num.Dec
	IsNum    bool
	Decimals int    // decimals shown, for the spreadsheet number format
	Signed   bool   // a change or deviation: positive numbers are shown with "+"
	Mark     string // SSB mark when the cell has no plain number ("..", ".", ":") or a provisional "*"
	Status   Status
	// Formula, when set, tells a spreadsheet to compute this cell from
	// other cells of the same table (totals, deviations). Text and Num
	// still hold boso's value, which the formula must reproduce.
	Formula *Formula
	// Facts names the figures the cell's number rests on
	// ("indicator|period|group"), for the disclosure audit; renderers
	// ignore it.
	Facts []string
}

// Status is how a figure stands against its target.
type Status string

// The statuses.
const (
	NoStatus Status = ""
	OnTrack  Status = "ok"
	OffTrack Status = "avvik"
	NoTarget Status = "ingen"
)

// Formula computes a cell from other cells (of the same table, or of a
// table placed before it). An empty cell a formula refers to counts as
// nothing there: a spreadsheet keeps the formula, so a figure typed in
// later counts. A cell with a formula may itself be empty (Text "", IsNum
// false) when its result is.
type Formula struct {
	Op   FormulaOp
	Refs []CellRef // for Sum: the cells added; for Diff: minuend then subtrahend
}

// FormulaOp is a spreadsheet operation.
type FormulaOp string

// The formula operations.
const (
	// Sum is Refs[0] + Refs[1] + …; empty when every ref is.
	Sum FormulaOp = "sum"
	// Diff is Refs[0] − Refs[1], an empty ref counting as 0; empty when
	// both are.
	Diff FormulaOp = "diff"
	// Share is Refs[0] / Refs[1] × 100, a percentage with one decimal, an
	// empty Refs[0] counting as 0; empty when Refs[1] is empty or 0.
	Share FormulaOp = "share"
	// Ref is the value of Refs[0]: the same figure shown again, kept equal
	// to where it is entered or computed.
	Ref FormulaOp = "ref"
)

// CellRef points at a cell: Row indexes the table's Rows, Col its
// Columns. Table is the ID of the table the cell is in, "" for the
// formula's own table; another table must come before it in the report
// (section 4's tables, then the steering page). A Sum whose Refs all lie in
// one column of one table adds that column over the rows from the first
// ref to the last (a spreadsheet writes it as one range, so rows filled in
// later count).
type CellRef struct {
	Row, Col int
	Table    string
}

// ChartKind is the form of a chart.
type ChartKind string

// The chart kinds.
const (
	LineChart ChartKind = "line"
	BarChart  ChartKind = "bar"
)

// Chart is a chart of one or more series over periods. Every chart is
// followed by its data table (TableID) in the same section.
type Chart struct {
	ID    string // letters, digits and _ only (it becomes a JavaScript name)
	Title string // "Figur 5.1 Bruk av startlån"
	Kind  ChartKind
	YAxis string // "antall husstander", "kroner", "prosent"
	// Unit says what the values are, for axis ticks: NumberColumn (counts,
	// rates), AmountColumn (kroner: ticks in kr or mill. kr) or
	// PercentColumn.
	Unit       ColumnKind
	Categories []string // x-axis labels, e.g. periods: "2016", "2017" …
	Series     []Series
	TableID    string // the table with the same numbers
	Source     string // "Kilde: …"
	// AltText describes the chart for screen readers and PDF text.
	AltText string
}

// Series is one line or set of bars.
type Series struct {
	Name   string
	Values []Point // one per category
	// Target marks a series of targets (drawn dashed, no bars).
	Target bool
}

// Point is one value of a series; Has is false for a gap (missing or
// suppressed figure), whose mark is in Label.
type Point struct {
	Num   num.Dec
	Has   bool
	Label string   // as shown in a tooltip or data label: "1 234", "..", ":"
	Facts []string // as Cell.Facts
}

// Multiples is a set of small line charts side by side ("small
// multiples"), one panel per subject (a kommune), under one title: every
// panel has the same categories and the same value axis (the one of all
// panels' points together), so that a reader compares the panels at a
// glance. Series are drawn in every panel the same way: the first as the
// panel's own line, a Target series as the thin dashed reference line
// (the region's figure). Like a chart, it is followed by its data table
// (TableID) in the same section; a gap (Has false) is drawn as its mark.
type Multiples struct {
	ID         string // letters, digits and - only
	Title      string // "Figur 2.2 Bostedsløse husstander per 1000 innbyggere, utvikling"
	YAxis      string
	Unit       ColumnKind // as Chart.Unit
	Categories []string   // the x axis of every panel
	// Short are the categories as the small x axis labels them ("2022"
	// where the title says «1. halvår»), one per category; the
	// categories themselves when nil.
	Short []string
	// Legend names the series as every panel draws them, in Series order.
	Legend  []string
	Panels  []Panel
	TableID string
	Source  string
	AltText string // describes the whole figure; each panel has its own
}

// Panel is one small chart of a Multiples.
type Panel struct {
	Title   string // "Hamar"
	Series  []Series
	AltText string // "Hamar: 1. halvår 2022 12,3; …"
}

// Steering is the one-page summary for the steering group.
type Steering struct {
	Title      string   // "Styringsgruppen – Hamar kommune, 1. halvår 2025"
	Text       string   // the programme leader's summary of the period, if any
	Summary    []string // short bullet lines: "4 av 6 mål er i rute" …
	Targets    *Table   // indicators against targets
	Deviations *Table   // activities with deviations and why
	Budget     *Table   // budget vs accounts, totals
	Notes      []string
	// Sheet names the page's sheet in a spreadsheet; "" for «Styringsgruppen».
	Sheet string
}
