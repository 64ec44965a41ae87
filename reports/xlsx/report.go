package xlsx

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"boso/templates/excel"

	"boso/reports/model"
	"boso/templates/msg"
)

// WriteReport writes the report as a workbook: a cover sheet ("Forside"),
// one sheet per form section (subsections on their section's sheet, a
// table longer than a page or subsections printed in another orientation
// on sheets of their own; see plan), the steering-group page and the
// definitions appendix, with native charts and
// real formulas where the model asks for them (totals, deviations). It only
// draws the model: numbers are written as the model holds them (Cell.Num)
// and shown with a number format built from Cell.Decimals; every text is
// the model's. A formula cell also carries boso's value as its cached
// result, so readers that do not calculate show it too, and the workbook
// asks to be recalculated on load, so a spreadsheet that does shows its own
// arithmetic. Same report, same bytes.
func WriteReport(w io.Writer, r *model.Report) error {
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f, meta: &r.Meta, styles: map[style]int{}, names: map[string]bool{}}
	if err := b.write(r); err != nil {
		return err
	}
	yes := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &yes}); err != nil {
		return err
	}
	return excel.Write(f, w, r.Meta.ReportDateISO+"T00:00:00Z", "")
}

// Layout constants. Widths are in Excel's character units, heights in points.
const (
	widthUnit     = 11   // characters per unit of model.Column.Width
	landscapeFrom = 120  // a sheet whose tables are wider than this many characters prints landscape
	lineHeight    = 15.0 // points per line of 11 pt text, and the height of an empty row
	chartWidth    = 640  // pixels
	chartHeight   = 320  // pixels
	rowPixels     = 20   // pixels of an empty row
	freezeUpTo    = 12   // freeze below a header only this near the top: a taller frozen pane would fill the screen
	maxSheetName  = 31
	minTextWidth  = 80 // characters running text spans at least
	proseWidth    = 95 // characters of a sheet of running text only
)

// Colours: fills light enough for black text to keep AA contrast.
const (
	headerFill   = "D9E1F2"
	groupFill    = "EDEDED"
	onTrackFill  = "E2EFDA"
	offTrackFill = "FCE4D6"
	bannerColour = "C00000"
	linkColour   = "1F4E79"
	axisColour   = "404040" // excelize's default axis labels are too pale to read
)

// book is the workbook being written.
type book struct {
	f      *excelize.File
	meta   *model.Meta
	styles map[style]int
	names  map[string]bool // sheet names in use, lower case (Excel compares them so)
	toc    []tocEntry
	// chart data that no table holds, written to a hidden sheet at the end
	dataSheet string
	data      []dataCell
	dataRow   int
	// placed is where every table written so far is, for formulas that
	// refer to another table (the steering page's budget to section 4)
	placed map[string]placement
}

// tocEntry is a line of the cover's contents: a section's or a
// subsection's heading (level 1 or 2) and where it is.
type tocEntry struct {
	text, sheet string
	row, level  int
}

type dataCell struct {
	col, row int
	value    any
	bold     bool
}

// part is a form section with its subsections, the steering page or the
// appendix: what one sheet holds, or several when a long table needs a
// sheet of its own (see plan).
type part struct {
	name     string // the name of its (first) sheet
	heading  string
	toc      string          // its line in the cover's contents
	steering bool            // the steering-group page
	secs     []model.Section // the first one's heading is the sheet's heading
}

func (b *book) write(r *model.Report) error {
	b.dataSheet = b.uniqueName(msg.XlsxSheetChartData.F())
	cover := b.uniqueName(msg.XlsxSheetCover.F())
	if err := b.f.SetSheetName("Sheet1", cover); err != nil {
		return err
	}
	var sheets []*sheetPlan
	for _, p := range b.parts(r) {
		sheets = append(sheets, b.plan(p)...)
	}
	for _, sp := range sheets {
		if err := b.writeSheet(sp); err != nil {
			return fmt.Errorf("xlsx: sheet %q: %w", sp.name, err)
		}
	}
	// the cover last, when the contents know the row of every heading
	if err := b.cover(cover); err != nil {
		return err
	}
	return b.writeChartData()
}

// parts groups the sections into parts: a form section with its
// subsections, the steering page before the appendix.
func (b *book) parts(r *model.Report) []part {
	var out []part
	for _, sec := range r.Sections {
		if sec.Level > 1 && len(out) > 0 {
			out[len(out)-1].secs = append(out[len(out)-1].secs, sec)
			continue
		}
		h := sectionHeading(sec)
		out = append(out, part{heading: h, toc: h, secs: []model.Section{sec}})
	}
	// the steering page goes before the unnumbered sections at the end (the appendix)
	at := len(out)
	for at > 0 && out[at-1].secs[0].Number == "" {
		at--
	}
	st := r.Steering
	if st.Title != "" || st.Targets != nil || st.Deviations != nil || st.Budget != nil || len(st.Summary) > 0 {
		sp := part{heading: st.Title, toc: r.Meta.Labels.SteeringTOC, steering: true, secs: []model.Section{steeringSection(st)}}
		if sp.toc == "" {
			sp.toc = st.Title
		}
		out = append(out[:at], append([]part{sp}, out[at:]...)...)
	}
	for i := range out {
		sec := out[i].secs[0]
		switch {
		case out[i].steering && r.Steering.Sheet != "":
			out[i].name = b.uniqueName(r.Steering.Sheet)
		case out[i].steering:
			out[i].name = b.uniqueName(msg.XlsxSheetSteering.F())
		case sec.Sheet != "":
			out[i].name = b.uniqueName(sec.Sheet)
		case sec.Number == "":
			out[i].name = b.uniqueName(unnumberedSheetName(sec.Title))
		default:
			if t, ok := msg.XlsxSectionSheets[sec.Number]; ok {
				out[i].name = b.uniqueName(t.F())
			} else {
				out[i].name = b.uniqueName(sec.Number + " " + sec.Title)
			}
		}
	}
	return out
}

// steeringSection lays the steering page out as a section of blocks.
func steeringSection(st model.Steering) model.Section {
	sec := model.Section{Title: st.Title, Level: 1}
	if len(st.Summary) > 0 {
		lines := make([]string, len(st.Summary))
		for i, s := range st.Summary {
			lines[i] = msg.XlsxBullet.F(s)
		}
		sec.Blocks = append(sec.Blocks, model.Block{Paragraph: &model.Paragraph{Text: strings.Join(lines, "\n")}})
	}
	for _, t := range []*model.Table{st.Targets, st.Deviations, st.Budget} {
		if t != nil {
			sec.Blocks = append(sec.Blocks, model.Block{Table: t})
		}
	}
	for _, n := range st.Notes {
		sec.Blocks = append(sec.Blocks, model.Block{Note: &model.Note{Text: n}})
	}
	return sec
}

// unnumberedSheetName names the sheet of a section without a number (the
// summary at the front, the appendix at the end) after its title, by what
// follows a colon if it has one: «Vedlegg: Definisjoner» is the sheet
// «Definisjoner», since a sheet name cannot hold a colon and the tab says
// what is on it.
func unnumberedSheetName(title string) string {
	if i := strings.LastIndex(title, ":"); i >= 0 && strings.TrimSpace(title[i+1:]) != "" {
		return strings.TrimSpace(title[i+1:])
	}
	return title
}

func sectionHeading(sec model.Section) string {
	if sec.Number == "" {
		return sec.Title
	}
	return sec.Number + " " + sec.Title
}

// uniqueName makes s a valid sheet name not used before: none of
// []:*?/\, no apostrophe at either end, at most 31 characters (cut at a
// word), and not equal to another sheet's name ignoring case.
func (b *book) uniqueName(s string) string {
	base := shorten(validName(s), maxSheetName)
	name := base
	for n := 2; b.names[strings.ToLower(name)]; n++ {
		suffix := fmt.Sprintf(" (%d)", n)
		name = shorten(base, maxSheetName-len(suffix)) + suffix
	}
	b.names[strings.ToLower(name)] = true
	return name
}

// validName is s with what a sheet name cannot hold replaced or trimmed:
// none of []:*?/\, no apostrophe at either end, not empty.
func validName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, s)
	s = strings.Trim(strings.TrimSpace(s), "'")
	if s == "" {
		s = "-"
	}
	return s
}

// shorten cuts s to at most n characters, at a space when there is one.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n+1] // with the next character, to see whether the cut falls between words
	if r[n] == ' ' {
		return strings.TrimRight(string(r[:n]), " –-")
	}
	r = r[:n]
	if i := strings.LastIndex(string(r), " "); i > n/2 {
		return strings.TrimRight(string(r)[:i], " –-")
	}
	return string(r)
}

// style is a cell's look; equal looks share one style in the workbook.
type style struct {
	size                float64
	bold, italic        bool
	underline           bool
	colour, fill        string
	wrap, top, right    bool
	topRule, bottomRule bool
	numFmt              string
	indent              int // steps of indent from the left
}

func (b *book) style(st style) (int, error) {
	if id, ok := b.styles[st]; ok {
		return id, nil
	}
	size := st.size
	if size == 0 {
		size = 11
	}
	x := &excelize.Style{
		Font:      &excelize.Font{Family: "Calibri", Bold: st.bold, Italic: st.italic, Size: size, Color: st.colour},
		Alignment: &excelize.Alignment{WrapText: st.wrap},
	}
	if st.underline {
		x.Font.Underline = "single"
	}
	if st.top {
		x.Alignment.Vertical = "top"
	}
	if st.indent > 0 {
		// an indent counts only in a left-aligned cell
		x.Alignment.Horizontal, x.Alignment.Indent = "left", st.indent
	}
	if st.right {
		// indented, so a number does not run into the text of the next column
		x.Alignment.Horizontal, x.Alignment.Indent = "right", 1
	}
	if st.fill != "" {
		x.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{st.fill}}
	}
	if st.topRule {
		x.Border = append(x.Border, excelize.Border{Type: "top", Color: "000000", Style: 1})
	}
	if st.bottomRule {
		x.Border = append(x.Border, excelize.Border{Type: "bottom", Color: "000000", Style: 1})
	}
	if st.numFmt != "" {
		f := st.numFmt
		x.CustomNumFmt = &f
	}
	id, err := b.f.NewStyle(x)
	if err != nil {
		return 0, err
	}
	b.styles[st] = id
	return id, nil
}
