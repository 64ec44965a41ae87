package xlsx

import (
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"boso/templates/excel"

	"boso/reports/model"
	"boso/templates/msg"
)

// WriteReport writes the report as a workbook: a cover sheet ("Forside"),
// one sheet per form section (subsections on their section's sheet), the
// steering-group page and the definitions appendix, with native charts and
// real formulas where the model asks for them (totals, deviations). It only
// draws the model: numbers are written as the model holds them (Cell.Num)
// and shown with a number format built from Cell.Decimals; every text is
// the model's. Formula cells carry no cached value and the workbook asks to
// be recalculated on load, so what a reader sees is the spreadsheet's own
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
	lineHeight    = 15.0 // points per line of 11 pt text
	chartWidth    = 640  // pixels
	chartHeight   = 320  // pixels
	rowPixels     = 20   // pixels of a default row
	freezeUpTo    = 12   // freeze below a header only this near the top: a taller frozen pane would fill the screen
	maxSheetName  = 31
	minTextWidth  = 80 // characters running text spans at least
)

// Colours: fills light enough for black text to keep AA contrast.
const (
	headerFill   = "D9E1F2"
	groupFill    = "EDEDED"
	onTrackFill  = "E2EFDA"
	offTrackFill = "FCE4D6"
	bannerColour = "C00000"
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
}

type tocEntry struct{ sheet, text string }

type dataCell struct {
	col, row int
	value    any
	bold     bool
}

// page is the content of one sheet before it is written.
type page struct {
	name     string
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
	pages := b.pages(r)
	for _, p := range pages {
		b.toc = append(b.toc, tocEntry{p.name, p.toc})
	}
	if err := b.cover(cover); err != nil {
		return err
	}
	for _, p := range pages {
		s, err := b.newSheet(p.name, p.secs)
		if err != nil {
			return err
		}
		if err := s.render(p.heading, p.secs); err != nil {
			return fmt.Errorf("xlsx: sheet %q: %w", p.name, err)
		}
	}
	return b.writeChartData()
}

// pages groups the sections into sheets: a form section with its
// subsections on one sheet, the steering page before the appendix.
func (b *book) pages(r *model.Report) []page {
	var out []page
	for _, sec := range r.Sections {
		if sec.Level > 1 && len(out) > 0 {
			out[len(out)-1].secs = append(out[len(out)-1].secs, sec)
			continue
		}
		h := sectionHeading(sec)
		out = append(out, page{heading: h, toc: h, secs: []model.Section{sec}})
	}
	// the steering page goes before the unnumbered sections at the end (the appendix)
	at := len(out)
	for at > 0 && out[at-1].secs[0].Number == "" {
		at--
	}
	st := r.Steering
	if st.Title != "" || st.Targets != nil || st.Deviations != nil || st.Budget != nil || len(st.Summary) > 0 {
		sp := page{heading: st.Title, toc: r.Meta.Labels.SteeringTOC, steering: true, secs: []model.Section{steeringSection(st)}}
		if sp.toc == "" {
			sp.toc = st.Title
		}
		out = append(out[:at], append([]page{sp}, out[at:]...)...)
	}
	for i := range out {
		sec := out[i].secs[0]
		switch {
		case out[i].steering:
			out[i].name = b.uniqueName(msg.XlsxSheetSteering.F())
		case sec.Number == "":
			out[i].name = b.uniqueName(msg.XlsxSheetDefinitions.F())
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
	base := shorten(s, maxSheetName)
	name := base
	for n := 2; b.names[strings.ToLower(name)]; n++ {
		suffix := fmt.Sprintf(" (%d)", n)
		name = shorten(base, maxSheetName-len(suffix)) + suffix
	}
	b.names[strings.ToLower(name)] = true
	return name
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

// sheet is one worksheet being written top to bottom.
type sheet struct {
	b         *book
	name      string
	row       int       // next free row, 1-based
	widths    []float64 // column widths in characters
	span      int       // columns that running text spans
	placed    map[string]placement
	pending   map[string][]*model.Chart // charts waiting for their table
	inSheet   map[string]bool           // table IDs on this sheet
	header    int                       // header row of the sheet's first table
	landscape bool
}

// placement is where a table's data rows are: table cell (r, c) is at
// sheet column c+1, row first+r; its header is the row above.
type placement struct {
	t     *model.Table
	first int
}

func (b *book) newSheet(name string, secs []model.Section) (*sheet, error) {
	if _, err := b.f.NewSheet(name); err != nil {
		return nil, err
	}
	s := &sheet{b: b, name: name, row: 1, placed: map[string]placement{}, pending: map[string][]*model.Chart{}, inSheet: map[string]bool{}}
	fields := false
	tableWidth := 0.0
	for _, sec := range secs {
		for _, bl := range sec.Blocks {
			switch {
			case bl.Table != nil:
				s.inSheet[bl.Table.ID] = true
				tw := 0.0
				for j, c := range bl.Table.Columns {
					// wide enough for the header's longest word, which
					// would otherwise break inside (bold is wider)
					w := math.Max(math.Max(c.Width, 0.8)*widthUnit, longestWord(c.Title)*1.15+2)
					for len(s.widths) <= j {
						s.widths = append(s.widths, 0)
					}
					s.widths[j] = math.Max(s.widths[j], w)
					tw += w
				}
				tableWidth = math.Max(tableWidth, tw)
			case bl.Fields != nil:
				fields = true
			}
		}
	}
	if fields {
		for len(s.widths) < 2 {
			s.widths = append(s.widths, 0)
		}
		s.widths[0] = math.Max(s.widths[0], 28)
		s.widths[1] = math.Max(s.widths[1], 60)
	}
	if len(s.widths) == 0 {
		s.widths = []float64{100} // running text only
	}
	if w := s.textWidth(1, len(s.widths)); w < minTextWidth {
		// running text on a sheet of narrow tables gets a column of its
		// own beside them, so the tables keep their widths
		s.widths = append(s.widths, minTextWidth-w)
	}
	s.span = len(s.widths)
	s.landscape = tableWidth > landscapeFrom
	for j, w := range s.widths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := b.f.SetColWidth(name, col, col, w); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func longestWord(s string) float64 {
	n := 0
	for _, w := range strings.Fields(s) {
		n = max(n, utf8.RuneCountInString(w))
	}
	return float64(n)
}

func (s *sheet) textWidth(from, to int) float64 {
	w := 0.0
	for j := from - 1; j < to && j < len(s.widths); j++ {
		w += s.widths[j]
	}
	return w
}

func (s *sheet) render(heading string, secs []model.Section) error {
	if err := s.heading(heading, 16); err != nil {
		return err
	}
	if err := s.banners(); err != nil {
		return err
	}
	s.row++
	for i, sec := range secs {
		if i > 0 {
			if err := s.heading(sectionHeading(sec), 13); err != nil {
				return err
			}
		}
		for _, bl := range sec.Blocks {
			if err := s.block(bl); err != nil {
				return err
			}
		}
	}
	return s.b.pageSetup(s.name, s.landscape, s.header)
}

func (s *sheet) block(bl model.Block) error {
	switch {
	case bl.Fields != nil:
		return s.fields(bl.Fields)
	case bl.Paragraph != nil:
		return s.paragraph(bl.Paragraph)
	case bl.Note != nil:
		return s.note(bl.Note.Text, s.span)
	case bl.Table != nil:
		p, err := s.table(bl.Table)
		if err != nil {
			return err
		}
		for _, c := range s.pending[bl.Table.ID] {
			if err := s.chartAt(c, &p); err != nil {
				return err
			}
		}
		delete(s.pending, bl.Table.ID)
		return nil
	case bl.Chart != nil:
		c := bl.Chart
		if p, ok := s.placed[c.TableID]; ok {
			return s.chartAt(c, &p)
		}
		if s.inSheet[c.TableID] {
			// below its table, which comes later on this sheet
			s.pending[c.TableID] = append(s.pending[c.TableID], c)
			return nil
		}
		return s.chart(c)
	}
	return nil
}

func (s *sheet) cell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

func (s *sheet) set(col, row int, v any, st style) error {
	ref := s.cell(col, row)
	if v != nil {
		if err := s.b.f.SetCellValue(s.name, ref, v); err != nil {
			return err
		}
	}
	id, err := s.b.style(st)
	if err != nil {
		return err
	}
	return s.b.f.SetCellStyle(s.name, ref, ref, id)
}

// merged writes text into columns from..to of the current row, merged and
// wrapped, with a row height for the lines it needs (no spreadsheet
// fits the height of merged cells itself).
func (s *sheet) merged(text string, from, to int, st style) error {
	st.wrap, st.top = true, true
	if to > from {
		if err := s.b.f.MergeCell(s.name, s.cell(from, s.row), s.cell(to, s.row)); err != nil {
			return err
		}
		for c := from + 1; c <= to; c++ {
			if err := s.set(c, s.row, nil, st); err != nil {
				return err
			}
		}
	}
	if err := s.set(from, s.row, text, st); err != nil {
		return err
	}
	size := st.size
	if size == 0 {
		size = 11
	}
	if n := wrappedLines(text, s.textWidth(from, to)*11/size, st.bold); n > 1 {
		if err := s.b.f.SetRowHeight(s.name, s.row, float64(n)*lineHeight*size/11+2); err != nil {
			return err
		}
	}
	s.row++
	return nil
}

// wrappedLines estimates the lines text wraps to in a cell width characters
// wide. It errs on the side of too many: a clipped line hides text, a
// spare one only leaves space. Characters are taken as a little wider than
// the digit the column width is measured in, so the estimate also holds
// for wider substitute fonts (LibreOffice without Carlito).
func wrappedLines(text string, width float64, bold bool) int {
	capacity := width * 0.95
	if bold {
		capacity = width * 0.88
	}
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines++
		used := 0.0
		for _, w := range strings.Fields(para) {
			n := float64(utf8.RuneCountInString(w))
			switch {
			case used == 0:
				used = n
			case used+1+n <= capacity:
				used += 1 + n
			default:
				lines++
				used = n
			}
			for used > capacity { // a word longer than the line breaks inside
				lines++
				used -= capacity
			}
		}
	}
	return lines
}

func (s *sheet) heading(text string, size float64) error {
	if err := s.set(1, s.row, text, style{bold: true, size: size}); err != nil {
		return err
	}
	if err := s.b.f.SetRowHeight(s.name, s.row, size*1.6); err != nil {
		return err
	}
	s.row++
	return nil
}

func (s *sheet) banners() error {
	for _, bn := range s.b.meta.Banners {
		if err := s.set(1, s.row, bn, style{bold: true, colour: bannerColour}); err != nil {
			return err
		}
		s.row++
	}
	return nil
}

func (s *sheet) note(text string, cols int) error {
	if err := s.merged(text, 1, max(cols, 1), style{italic: true, size: 9}); err != nil {
		return err
	}
	s.row++
	return nil
}

func (s *sheet) fields(fs *model.Fields) error {
	for _, f := range fs.Rows {
		if err := s.set(1, s.row, f.Label, style{bold: true, top: true, wrap: true}); err != nil {
			return err
		}
		if err := s.set(2, s.row, f.Value, style{top: true, wrap: true}); err != nil {
			return err
		}
		if err := s.fitRow(s.row, []string{f.Label, f.Value}, false); err != nil {
			return err
		}
		s.row++
	}
	s.row++
	return nil
}

func (s *sheet) paragraph(p *model.Paragraph) error {
	if p.Heading != "" {
		if err := s.set(1, s.row, p.Heading, style{bold: true}); err != nil {
			return err
		}
		s.row++
	}
	if err := s.merged(p.Text, 1, s.span, style{}); err != nil {
		return err
	}
	s.row++
	return nil
}

// table writes a table at the current row: caption, a bold header row,
// the rows, the notes.
func (s *sheet) table(t *model.Table) (placement, error) {
	if t.Caption != "" {
		if err := s.set(1, s.row, t.Caption, style{bold: true}); err != nil {
			return placement{}, err
		}
		s.row++
	}
	header := s.row
	for j, c := range t.Columns {
		if err := s.set(j+1, header, c.Title, style{bold: true, wrap: true, top: true, fill: headerFill, bottomRule: true, right: numeric(c.Kind)}); err != nil {
			return placement{}, err
		}
	}
	if err := s.fitRow(header, titles(t), true); err != nil {
		return placement{}, err
	}
	if s.header == 0 {
		s.header = header
	}
	p := placement{t: t, first: header + 1}
	for i, r := range t.Rows {
		if err := s.tableRow(p, i, r); err != nil {
			return placement{}, err
		}
	}
	s.row = p.first + len(t.Rows)
	for _, n := range t.Notes {
		if err := s.merged(n, 1, max(len(t.Columns), 1), style{italic: true, size: 9}); err != nil {
			return placement{}, err
		}
	}
	s.row++
	s.placed[t.ID] = p
	return p, nil
}

func numeric(k model.ColumnKind) bool {
	return k == model.NumberColumn || k == model.AmountColumn || k == model.PercentColumn
}

func (s *sheet) tableRow(p placement, i int, r model.Row) error {
	t := p.t
	row := p.first + i
	base := style{top: true}
	switch r.Kind {
	case model.TotalRow:
		base.bold, base.topRule = true, true
	case model.GroupRow:
		base.bold, base.fill = true, groupFill
	}
	if r.Kind == model.GroupRow && len(r.Cells) > 0 && onlyFirst(r.Cells) && len(t.Columns) > 1 {
		// a hovedmål heading spans the table
		s.row = row
		return s.merged(r.Cells[0].Text, 1, len(t.Columns), base)
	}
	texts := make([]string, len(r.Cells))
	for j, c := range r.Cells {
		if !c.IsNum {
			texts[j] = c.Text
		}
	}
	if err := s.fitRow(row, texts, base.bold); err != nil {
		return err
	}
	for j, c := range r.Cells {
		kind := model.TextColumn
		if j < len(t.Columns) {
			kind = t.Columns[j].Kind
		}
		st := base
		switch c.Status {
		case model.OnTrack:
			st.fill = onTrackFill
		case model.OffTrack:
			st.fill = offTrackFill
		}
		ref := s.cell(j+1, row)
		if !c.IsNum {
			// text, an SSB mark, or an empty cell; a formula without
			// boso's number behind it would show something the model
			// does not, so it is not written
			st.wrap = true
			st.right = numeric(kind) || c.Mark != ""
			var v any
			if c.Text != "" {
				v = c.Text
			}
			if err := s.set(j+1, row, v, st); err != nil {
				return err
			}
			continue
		}
		st.right = true
		st.numFmt = numberFormat(kind, c)
		if c.Formula != nil {
			fm, err := formula(c.Formula, p)
			if err != nil {
				return fmt.Errorf("table %q, row %d, column %d: %w", t.ID, i+1, j+1, err)
			}
			// no cached value: the reader's spreadsheet computes it
			if err := s.b.f.SetCellFormula(s.name, ref, fm); err != nil {
				return err
			}
			if err := s.set(j+1, row, nil, st); err != nil {
				return err
			}
			continue
		}
		if err := s.set(j+1, row, c.Num.Float(), st); err != nil {
			return err
		}
	}
	// an empty cell of a shaded or ruled row still carries the row's look
	for j := len(r.Cells); j < len(t.Columns) && (base.fill != "" || base.topRule); j++ {
		if err := s.set(j+1, row, nil, base); err != nil {
			return err
		}
	}
	return nil
}

func titles(t *model.Table) []string {
	out := make([]string, len(t.Columns))
	for j, c := range t.Columns {
		out[j] = c.Title
	}
	return out
}

// fitRow gives a row the height its wrapped texts need (texts[j] in
// column j+1). LibreOffice keeps the height a file gives a row, or the
// default one, rather than fitting it to wrapped text.
func (s *sheet) fitRow(row int, texts []string, bold bool) error {
	n := 1
	for j, t := range texts {
		if j < len(s.widths) {
			n = max(n, wrappedLines(t, s.widths[j], bold))
		}
	}
	if n == 1 {
		return nil
	}
	return s.b.f.SetRowHeight(s.name, row, float64(n)*lineHeight+2)
}

func onlyFirst(cells []model.Cell) bool {
	for _, c := range cells[1:] {
		if c.Text != "" || c.IsNum {
			return false
		}
	}
	return true
}

// numberFormat is the cell's number format: Norwegian grouping and
// decimals as the model shows them, in excelize's locale-independent codes
// ("#,##0.0"), which Excel and LibreOffice show with the reader's
// separators (1 234,5 in Norway).
func numberFormat(kind model.ColumnKind, c model.Cell) string {
	f := "#,##0"
	if c.Decimals > 0 {
		f += "." + strings.Repeat("0", c.Decimals)
	}
	if kind == model.PercentColumn {
		// the value is in per cent already (12.5 means 12,5 %), so a
		// literal sign, not Excel's %, which would multiply by 100
		f += `" %"`
	}
	if c.Mark == "*" {
		f += `" *"`
	}
	if c.Signed {
		// +1 234 / −1 234 / 0, as the other formats show it
		f = "+" + f + ";-" + f + ";" + f
	}
	return f
}

// formula maps a model formula onto the sheet cells where its table is.
func formula(fm *model.Formula, p placement) (string, error) {
	refs := make([]string, len(fm.Refs))
	for i, r := range fm.Refs {
		if r.Row < 0 || r.Row >= len(p.t.Rows) || r.Col < 0 || r.Col >= len(p.t.Columns) {
			return "", fmt.Errorf("formula refers to row %d, column %d, outside the table", r.Row, r.Col)
		}
		// a sum may cover empty cells (rows filled in later count); it may
		// not cover text or marks
		if c := p.t.Rows[r.Row].Cells; r.Col >= len(c) || (!c[r.Col].IsNum && !(fm.Op == model.Sum && c[r.Col].Text == "")) {
			return "", fmt.Errorf("formula refers to row %d, column %d, which holds no number", r.Row, r.Col)
		}
		col, _ := excelize.ColumnNumberToName(r.Col + 1)
		refs[i] = fmt.Sprintf("%s%d", col, p.first+r.Row)
	}
	switch fm.Op {
	case model.Sum:
		if len(refs) == 0 {
			return "", fmt.Errorf("sum of no cells")
		}
		if contiguous(fm.Refs) && len(refs) > 1 {
			return "SUM(" + refs[0] + ":" + refs[len(refs)-1] + ")", nil
		}
		return "SUM(" + strings.Join(refs, ",") + ")", nil
	case model.Diff:
		if len(refs) != 2 {
			return "", fmt.Errorf("difference of %d cells, want 2", len(refs))
		}
		return refs[0] + "-" + refs[1], nil
	case model.Share:
		if len(refs) != 2 {
			return "", fmt.Errorf("share of %d cells, want 2", len(refs))
		}
		return fmt.Sprintf(`IF(N(%[2]s)=0,"",ROUND(%[1]s/%[2]s*100,1))`, refs[0], refs[1]), nil
	}
	return "", fmt.Errorf("unknown formula %q", fm.Op)
}

// contiguous reports whether refs run down one column or along one row
// without a gap, so a range says the same as the list.
func contiguous(refs []model.CellRef) bool {
	down, along := true, true
	for i := 1; i < len(refs); i++ {
		a, b := refs[i-1], refs[i]
		down = down && b.Col == a.Col && b.Row == a.Row+1
		along = along && b.Row == a.Row && b.Col == a.Col+1
	}
	return down || along
}

// chart draws a chart at the current row from its own data.
func (s *sheet) chart(c *model.Chart) error { return s.chartAt(c, nil) }

// chartAt draws c at the current row, below everything written so far,
// with its series pointing at table p's cells where a column holds
// exactly the series (same name, same numbers, blanks for gaps) and at a
// hidden copy of the series' points otherwise.
func (s *sheet) chartAt(c *model.Chart, p *placement) error {
	if len(c.Categories) == 0 || len(c.Series) == 0 {
		return nil // nothing to draw; its table, if any, shows that there are no figures
	}
	cats := ""
	var fromTable []int // per series: table column, or -1
	if p != nil {
		if col := categoryColumn(c, p.t); col >= 0 {
			cats = s.colRange(col, p.first, p.first+len(p.t.Rows)-1)
		}
	}
	for _, se := range c.Series {
		col := -1
		if cats != "" {
			col = seriesColumn(se, p.t)
		}
		fromTable = append(fromTable, col)
	}
	var hidden []int
	for i, col := range fromTable {
		if col < 0 {
			hidden = append(hidden, i)
		}
	}
	var dataCats string
	dataSer := map[int][2]string{}
	if len(hidden) > 0 {
		dataCats, dataSer = s.b.chartData(c, hidden)
	}
	var bars, lines []excelize.ChartSeries
	for i, se := range c.Series {
		var cs excelize.ChartSeries
		if col := fromTable[i]; col >= 0 {
			cs = excelize.ChartSeries{
				Name:       s.colRange(col, p.first-1, p.first-1),
				Categories: cats,
				Values:     s.colRange(col, p.first, p.first+len(p.t.Rows)-1),
			}
		} else {
			cs = excelize.ChartSeries{Name: dataSer[i][0], Categories: dataCats, Values: dataSer[i][1]}
		}
		switch {
		case se.Target:
			cs.Line = excelize.LineOptions{Dash: excelize.LineDashDash, Width: 1.5}
			cs.Marker = excelize.ChartMarker{Symbol: "diamond", Size: 7}
			lines = append(lines, cs)
		case c.Kind == model.BarChart:
			bars = append(bars, cs)
		default:
			cs.Line = excelize.LineOptions{Width: 2.25}
			cs.Marker = excelize.ChartMarker{Symbol: "circle", Size: 5}
			lines = append(lines, cs)
		}
	}
	no, yes := false, true
	axisFont := excelize.Font{Size: 9, Color: axisColour}
	newChart := func(typ excelize.ChartType, series []excelize.ChartSeries) *excelize.Chart {
		return &excelize.Chart{
			Type:      typ,
			Series:    series,
			Format:    excelize.GraphicOptions{AltText: c.AltText, PrintObject: &yes, Locked: &no, ScaleX: 1, ScaleY: 1, OffsetX: 2, OffsetY: 2},
			Dimension: excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
			Legend:    excelize.ChartLegend{Position: "bottom"},
			Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.Title,
				Font: &excelize.Font{Bold: true, Size: 12}}}},
			VaryColors:   &no,
			ShowBlanksAs: "gap",
			XAxis:        excelize.ChartAxis{Font: axisFont},
			YAxis: excelize.ChartAxis{MajorGridLines: true, Font: axisFont,
				Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.YAxis, Font: &excelize.Font{Size: 9, Color: axisColour}}}}},
		}
	}
	var main *excelize.Chart
	var combo []*excelize.Chart
	if len(bars) > 0 {
		main = newChart(excelize.Col, bars)
		if len(lines) > 0 {
			combo = append(combo, newChart(excelize.Line, lines))
		}
	} else {
		main = newChart(excelize.Line, lines)
	}
	if err := s.b.f.AddChart(s.name, s.cell(1, s.row), main, combo...); err != nil {
		return fmt.Errorf("chart %q: %w", c.ID, err)
	}
	s.row += (chartHeight+rowPixels-1)/rowPixels + 1
	if c.Source != "" {
		if err := s.note(c.Source, s.span); err != nil {
			return err
		}
	} else {
		s.row++
	}
	return nil
}

// categoryColumn is the table column whose cells are the chart's
// categories, or -1.
func categoryColumn(c *model.Chart, t *model.Table) int {
	if len(c.Categories) != len(t.Rows) {
		return -1
	}
	for j := range t.Columns {
		ok := true
		for i, cat := range c.Categories {
			if cells := t.Rows[i].Cells; j >= len(cells) || cells[j].Text != cat {
				ok = false
				break
			}
		}
		if ok {
			return j
		}
	}
	return -1
}

// seriesColumn is the table column headed with the series' name that holds
// exactly its points: a number where the series has one, an empty cell
// (a gap in the chart) where it has none. A mark such as ":" is text,
// which spreadsheets plot as zero, so such a series is not drawn from the
// table.
func seriesColumn(se model.Series, t *model.Table) int {
	if len(se.Values) != len(t.Rows) {
		return -1
	}
	for j, col := range t.Columns {
		if col.Title != se.Name {
			continue
		}
		ok := true
		for i, pt := range se.Values {
			cells := t.Rows[i].Cells
			var c model.Cell
			if j < len(cells) {
				c = cells[j]
			}
			if pt.Has != c.IsNum || (pt.Has && pt.Num != c.Num) || (!pt.Has && c.Text != "") {
				ok = false
				break
			}
		}
		if ok {
			return j
		}
	}
	return -1
}

// colRange is an absolute reference to rows from..to of column col.
func (s *sheet) colRange(col, from, to int) string {
	return absRange(s.name, col+1, from, col+1, to)
}

func absRange(sheet string, c1, r1, c2, r2 int) string {
	a, _ := excelize.CoordinatesToCellName(c1, r1, true)
	if c1 == c2 && r1 == r2 {
		return quoteSheet(sheet) + "!" + a
	}
	b, _ := excelize.CoordinatesToCellName(c2, r2, true)
	return quoteSheet(sheet) + "!" + a + ":" + b
}

func quoteSheet(name string) string { return "'" + strings.ReplaceAll(name, "'", "''") + "'" }

// chartData copies the categories and the given series of c to the hidden
// chart-data sheet and returns their references: the categories, and per
// series its name cell and values.
func (b *book) chartData(c *model.Chart, series []int) (string, map[int][2]string) {
	if b.dataRow == 0 {
		b.data = append(b.data, dataCell{1, 1, msg.XlsxChartDataNote.F(), false})
		b.dataRow = 3
	}
	top := b.dataRow
	b.data = append(b.data, dataCell{1, top, c.Title, true})
	head, first := top+1, top+2
	for i, cat := range c.Categories {
		b.data = append(b.data, dataCell{1, first + i, cat, false})
	}
	last := first + len(c.Categories) - 1
	refs := map[int][2]string{}
	for k, si := range series {
		se := c.Series[si]
		col := k + 2
		b.data = append(b.data, dataCell{col, head, se.Name, true})
		for i, pt := range se.Values {
			if pt.Has && i < len(c.Categories) {
				b.data = append(b.data, dataCell{col, first + i, pt.Num.Float(), false})
			}
		}
		refs[si] = [2]string{absRange(b.dataSheet, col, head, col, head), absRange(b.dataSheet, col, first, col, last)}
	}
	b.dataRow = last + 2
	return absRange(b.dataSheet, 1, first, 1, last), refs
}

func (b *book) writeChartData() error {
	if len(b.data) == 0 {
		return nil
	}
	if _, err := b.f.NewSheet(b.dataSheet); err != nil {
		return err
	}
	bold, err := b.style(style{bold: true})
	if err != nil {
		return err
	}
	for _, d := range b.data {
		ref, _ := excelize.CoordinatesToCellName(d.col, d.row)
		if err := b.f.SetCellValue(b.dataSheet, ref, d.value); err != nil {
			return err
		}
		if d.bold {
			if err := b.f.SetCellStyle(b.dataSheet, ref, ref, bold); err != nil {
				return err
			}
		}
	}
	if err := b.f.SetColWidth(b.dataSheet, "A", "A", 24); err != nil {
		return err
	}
	if err := b.f.SetColWidth(b.dataSheet, "B", "H", 16); err != nil {
		return err
	}
	if err := b.pageSetup(b.dataSheet, false, 0); err != nil {
		return err
	}
	return b.f.SetSheetVisible(b.dataSheet, false)
}

// cover writes the first sheet: title, kommune, period, report date, the
// banners and a contents list linking to every sheet.
func (b *book) cover(name string) error {
	s := &sheet{b: b, name: name, row: 1, widths: []float64{28, 60}, span: 2}
	for j, w := range s.widths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := b.f.SetColWidth(name, col, col, w); err != nil {
			return err
		}
	}
	m := b.meta
	if err := s.heading(m.Title, 20); err != nil {
		return err
	}
	if m.Subtitle != "" {
		if err := s.heading(m.Subtitle, 14); err != nil {
			return err
		}
	}
	s.row++
	kommune := m.Kommune
	if m.Kommunenummer != "" {
		kommune = msg.XlsxKommuneNumber.F(m.Kommune, m.Kommunenummer)
	}
	if err := s.fields(&model.Fields{Rows: []model.Field{
		{Label: msg.XlsxCoverKommune.F(), Value: kommune},
		{Label: msg.XlsxCoverPeriod.F(), Value: m.Period},
		{Label: msg.XlsxCoverReportDate.F(), Value: m.ReportDate},
	}}); err != nil {
		return err
	}
	for _, bn := range m.Banners {
		if err := s.set(1, s.row, bn, style{bold: true, size: 14, colour: bannerColour}); err != nil {
			return err
		}
		if err := b.f.SetRowHeight(name, s.row, 22); err != nil {
			return err
		}
		s.row++
	}
	if len(m.Banners) > 0 {
		s.row++
	}
	if m.Labels.Contents != "" {
		if err := s.heading(m.Labels.Contents, 13); err != nil {
			return err
		}
	}
	for _, e := range b.toc {
		ref := s.cell(1, s.row)
		if err := s.set(1, s.row, e.text, style{colour: "1F4E79", underline: true}); err != nil {
			return err
		}
		if err := b.f.SetCellHyperLink(name, ref, quoteSheet(e.sheet)+"!A1", "Location"); err != nil {
			return err
		}
		s.row++
	}
	return b.pageSetup(name, false, 0)
}

// pageSetup makes a sheet print on A4 fitted to the page width, with the
// running header, the banners and page numbers on every page, and the
// table header (titleRow, if any) repeated and frozen.
func (b *book) pageSetup(name string, landscape bool, titleRow int) error {
	a4, one, zero, yes := 9, 1, 0, true
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	if err := b.f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	if err := b.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	m := b.meta
	banners := headerText(strings.Join(m.Banners, " · "))
	if banners != "" {
		banners = `&"-,Bold"` + banners
	}
	pageOf := strings.Replace(strings.Replace(headerText(m.Labels.PageOf), "%d", "&P", 1), "%d", "&N", 1)
	if err := b.f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{
		OddHeader: "&L" + headerText(m.RunningHeader) + "&R" + banners,
		OddFooter: "&L" + headerText(m.Title) + "&C" + pageOf + "&R" + banners,
	}); err != nil {
		return err
	}
	if titleRow == 0 {
		return nil
	}
	if err := b.f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("%s!$%d:$%d", quoteSheet(name), titleRow, titleRow), Scope: name,
	}); err != nil {
		return err
	}
	if titleRow > freezeUpTo {
		return nil
	}
	return b.f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: titleRow, TopLeftCell: fmt.Sprintf("A%d", titleRow+1), ActivePane: "bottomLeft"})
}

// headerText escapes & for a page header or footer, where it starts a code.
func headerText(s string) string { return strings.ReplaceAll(s, "&", "&&") }

// style is a cell's look; equal looks share one style in the workbook.
type style struct {
	size                float64
	bold, italic        bool
	underline           bool
	colour, fill        string
	wrap, top, right    bool
	topRule, bottomRule bool
	numFmt              string
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
