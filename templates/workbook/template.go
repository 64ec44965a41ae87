package workbook

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"boso/indicators/period"
	"boso/templates/excel"
	"boso/templates/msg"
)

// Template writes the blank workbook for in to w: an instructions sheet and
// one sheet per part of the form, with what is known prefilled (programme,
// kommuner, year, the indicator × period rows of Tall, the programme years),
// typed and validated input cells, locked headers and A4 print setup.
// The same input gives the same bytes.
func Template(w io.Writer, in TemplateInput) error {
	rp, kommuner, err := in.check()
	if err != nil {
		return err
	}
	b := &builder{f: excelize.NewFile(), in: in, report: rp, kommuner: kommuner, styles: map[string]int{}}
	defer b.f.Close()
	b.lists()
	b.guide()
	b.program()
	b.organisation()
	b.activities()
	b.examples()
	b.economy()
	b.figures()
	b.targets()
	b.finish()
	if b.err != nil {
		return fmt.Errorf("workbook: %w", b.err)
	}
	return b.save(w)
}

// builder writes the template. Like gofpdf it keeps the first error and
// turns later calls into no-ops, so the sheet code reads as a layout.
type builder struct {
	f        *excelize.File
	in       TemplateInput
	report   period.Period
	kommuner []TemplateKommune
	styles   map[string]int
	err      error

	// the dropdown lists, and their ranges on the hidden sheet ("" when
	// a list is empty)
	listItems                                                     [][]string
	goalList, enteredList, indicatorList, periodList, kommuneList string
	reportPeriodList                                              string
}

func (b *builder) check(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

func cellName(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col+1, row)
	return s
}

func colName(col int) string {
	s, _ := excelize.ColumnNumberToName(col + 1)
	return s
}

func (b *builder) set(sheet string, col, row int, v any) {
	if b.err == nil {
		b.check(b.f.SetCellValue(sheet, cellName(col, row), v))
	}
}

// setStr writes text as text, so "2025" or "0301" stay as written.
func (b *builder) setStr(sheet string, col, row int, s string) {
	if b.err == nil {
		b.check(b.f.SetCellStr(sheet, cellName(col, row), s))
	}
}

func (b *builder) cellStyle(sheet string, col1, row1, col2, row2, style int) {
	if b.err == nil {
		b.check(b.f.SetCellStyle(sheet, cellName(col1, row1), cellName(col2, row2), style))
	}
}

// rowHeight sets a row's height, at most the 409 pt Excel allows (a long
// programme name then wraps in the highest row there is).
func (b *builder) rowHeight(sheet string, row int, h float64) {
	if b.err == nil {
		b.check(b.f.SetRowHeight(sheet, row, min(h, 409)))
	}
}

// style returns the id of a named style, creating it once.
func (b *builder) style(name string, s *excelize.Style) int {
	if id, ok := b.styles[name]; ok || b.err != nil {
		return id
	}
	id, err := b.f.NewStyle(s)
	b.check(err)
	b.styles[name] = id
	return id
}

const (
	// font is excelize's default body font; a style that sets a font
	// must name it, or LibreOffice falls back to a serif.
	font = "Calibri"
	// guideWidth keeps Veiledning within a portrait A4 page at 100 %;
	// guideLine is about how many characters of prose fit in a line.
	guideWidth = 74
	guideLine  = 84

	colourHeader = "DCE6F1"
	colourLocked = "F2F2F2"
	colourBorder = "BFBFBF"
)

func borders() []excelize.Border {
	var out []excelize.Border
	for _, side := range []string{"left", "top", "right", "bottom"} {
		out = append(out, excelize.Border{Type: side, Color: colourBorder, Style: 1})
	}
	return out
}

func fill(colour string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}
}

func (b *builder) titleStyle() int {
	return b.style("title", &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Family: font}})
}

func (b *builder) subtitleStyle() int {
	return b.style("subtitle", &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Family: font}})
}

func (b *builder) headerStyle() int {
	return b.style("header", &excelize.Style{
		Font:      &excelize.Font{Bold: true, Family: font},
		Fill:      fill(colourHeader),
		Border:    borders(),
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"},
	})
}

func (b *builder) labelStyle() int {
	return b.style("label", &excelize.Style{
		Font:      &excelize.Font{Bold: true, Family: font},
		Fill:      fill(colourLocked),
		Border:    borders(),
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
	})
}

func (b *builder) helpStyle() int {
	return b.style("help", &excelize.Style{
		Font:      &excelize.Font{Italic: true, Color: "595959", Family: font},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
	})
}

func (b *builder) paragraphStyle() int {
	return b.style("paragraph", &excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
}

// numFmt returns the number format of a kind: built-in id or custom code.
func numFmt(k kind) (int, string) {
	switch k {
	case kindYear:
		return 1, "" // 0
	case kindDate:
		return 0, "dd.mm.yyyy"
	case kindAmount, kindFormula:
		return 4, "" // #,##0.00
	case kindProgress:
		return 0, `0" %"`
	case kindFigure, kindNumber:
		return 0, "" // General: numbers or marks
	}
	return 49, "" // @: text stays as typed
}

// cellStyleFor returns the style of a cell of kind k. Input cells are
// unlocked; bordered cells are those the template prepares, the column
// default (for rows a user adds) has no border.
func (b *builder) cellStyleFor(k kind, bordered bool) int {
	name := fmt.Sprintf("kind%d/%t", k, bordered)
	id, custom := numFmt(k)
	s := &excelize.Style{NumFmt: id, Alignment: &excelize.Alignment{Vertical: "top"}}
	if custom != "" {
		s.CustomNumFmt = &custom
	}
	switch k {
	case kindText, kindLong, kindGoal, kindInfo:
		s.Alignment.WrapText = true
	case kindStatus, kindProgress, kindYear, kindPeriod:
		s.Alignment.Horizontal = "center"
	case kindReportPeriod:
		s.Alignment.Horizontal = "left"
	}
	locked := k == kindInfo || k == kindFormula
	s.Protection = &excelize.Protection{Locked: locked}
	if bordered {
		s.Border = borders()
		if locked {
			s.Fill = fill(colourLocked)
		}
	}
	return b.style(name, s)
}

// table writes a header row and column styles and widths for cols starting
// at column first, and styles rows [firstRow, last] as prepared cells.
func (b *builder) table(sheet string, first int, cols []column, last int) {
	for i, c := range cols {
		col := first + i
		if c.width > 0 && b.err == nil {
			b.check(b.f.SetColWidth(sheet, colName(col), colName(col), c.width))
		}
		if b.err == nil {
			b.check(b.f.SetColStyle(sheet, colName(col), b.cellStyleFor(c.kind, false)))
		}
	}
	b.header(sheet, first, headerRow, cols)
	b.prepare(sheet, first, cols, firstRow, last)
}

// header writes the labels of cols in row, from column first.
func (b *builder) header(sheet string, first, row int, cols []column) {
	for i, c := range cols {
		if c.label != (msg.Text{}) {
			b.setStr(sheet, first+i, row, c.label.String())
		}
	}
	b.cellStyle(sheet, first, row, first+len(cols)-1, row, b.headerStyle())
}

// prepare styles rows [from, to] of cols as cells prepared for input.
func (b *builder) prepare(sheet string, first int, cols []column, from, to int) {
	if to < from {
		return
	}
	for i, c := range cols {
		b.cellStyle(sheet, first+i, from, first+i, to, b.cellStyleFor(c.kind, true))
	}
}

// title writes a sheet's title in row 1.
func (b *builder) title(sheet string, col int, text string) {
	b.setStr(sheet, col, titleRow, text)
	b.cellStyle(sheet, col, titleRow, col, titleRow, b.titleStyle())
	b.rowHeight(sheet, titleRow, 22)
}

// newSheet adds a sheet after the others.
func (b *builder) newSheet(name string) {
	if b.err == nil {
		_, err := b.f.NewSheet(name)
		b.check(err)
	}
}

// validation adds a data validation on sqref. The messages are in
// msg; Excel shows errTitle/errMsg when a value is refused.
func (b *builder) validation(sheet, sqref string, setup func(dv *excelize.DataValidation) error, errMsg string, prompt ...string) {
	if b.err != nil {
		return
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	b.check(setup(dv))
	dv.SetError(excelize.DataValidationErrorStyleStop, msg.WBDVErrorTitle.String(), errMsg)
	if len(prompt) == 2 {
		dv.SetInput(prompt[0], prompt[1])
	}
	b.check(b.f.AddDataValidation(sheet, dv))
}

func columnRange(col, from, to int) string {
	return cellName(col, from) + ":" + cellName(col, to)
}

func dropList(ref string) func(*excelize.DataValidation) error {
	return func(dv *excelize.DataValidation) error { dv.SetSqrefDropList(ref); return nil }
}

func inlineList(items ...string) func(*excelize.DataValidation) error {
	return func(dv *excelize.DataValidation) error { return dv.SetDropList(items) }
}

func between(lo, hi int, t excelize.DataValidationType) func(*excelize.DataValidation) error {
	return func(dv *excelize.DataValidation) error {
		return dv.SetRange(lo, hi, t, excelize.DataValidationOperatorBetween)
	}
}

func atLeastZero(dv *excelize.DataValidation) error {
	return dv.SetRange(0, "", excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorGreaterThanOrEqual)
}

// excelSerial is the Excel serial day number of d (1900 date system).
func excelSerial(d period.Date) int { return int(d - period.MustDate(1899, 12, 30)) }

// dateRange is the range of dates the date cells accept.
var dateRange = between(excelSerial(period.MustDate(1990, 1, 1)), excelSerial(period.MustDate(2100, 12, 31)), excelize.DataValidationTypeDate)

// page sets A4, orientation, fit to width, print titles, header and footer,
// freezes panes below the header (and right of freezeCols columns), and
// protects the sheet so that only unlocked cells can be edited.
//
// LibreOffice reads "fit to one page wide" as met when a single column is
// wider than the page, and then clips it: a one-column sheet must fit by
// its width.
func (b *builder) page(sheet string, landscape bool, freezeCols int, titleRows int) {
	if b.err != nil {
		return
	}
	size, one, zero := 9, 1, 0 // 9 is A4
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	b.check(b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}))
	fit := true
	b.check(b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	name := []rune(b.in.Program)
	if len(name) > 80 {
		name = append(name[:79], '…')
	}
	b.check(b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&L" + strings.ReplaceAll(string(name), "&", "&&") + "&R&A",
		OddFooter: "&R" + msg.WBPageOf.String(),
	}))
	if titleRows > 0 {
		b.check(b.f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", Scope: sheet,
			RefersTo: "'" + sheet + "'!$1:$" + strconv.Itoa(titleRows),
		}))
		panes := &excelize.Panes{Freeze: true, XSplit: freezeCols, YSplit: titleRows,
			TopLeftCell: cellName(freezeCols, titleRows+1), ActivePane: "bottomLeft"}
		if freezeCols > 0 {
			panes.ActivePane = "bottomRight"
		}
		b.check(b.f.SetPanes(sheet, panes))
	}
	b.check(b.f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true,
		FormatColumns: true, FormatRows: true, InsertRows: true, DeleteRows: true,
	}))
}

// lists decides what the dropdown lists hold and where on the hidden sheet
// they will be; writeLists writes them when every visible sheet exists,
// so the hidden sheet comes last.
func (b *builder) lists() {
	var entered, all []string
	for _, ind := range b.in.Indicators {
		all = append(all, ind.ID)
		if ind.Entered {
			entered = append(entered, ind.ID)
		}
	}
	var periods []string
	for _, p := range GridPeriods(b.in.FirstYear, b.report) {
		periods = append(periods, p.String())
	}
	var kommuner []string
	for _, k := range b.kommuner {
		kommuner = append(kommuner, k.Number)
	}
	var reportPeriods []string
	for y := b.in.FirstYear; y <= b.in.LastYear; y++ {
		for _, p := range []period.Period{{Type: period.Half, Year: y, N: 1}, {Type: period.Half, Year: y, N: 2}, {Type: period.Year, Year: y}} {
			reportPeriods = append(reportPeriods, readable(p))
		}
	}
	b.listItems = [][]string{b.in.Goals, entered, all, periods, kommuner, reportPeriods}
	refs := make([]string, len(b.listItems))
	for col, items := range b.listItems {
		if len(items) > 0 {
			c := colName(col)
			refs[col] = fmt.Sprintf("'%s'!$%s$1:$%s$%d", msg.WBSheetLists, c, c, len(items))
		}
	}
	b.goalList, b.enteredList, b.indicatorList, b.periodList, b.kommuneList = refs[0], refs[1], refs[2], refs[3], refs[4]
	b.reportPeriodList = refs[5]
}

func (b *builder) writeLists() {
	sheet := msg.WBSheetLists.String()
	b.newSheet(sheet)
	for col, items := range b.listItems {
		for i, s := range items {
			b.setStr(sheet, col, i+1, s)
		}
	}
	if b.err == nil {
		b.check(b.f.SetSheetVisible(sheet, false, true))
	}
}

// guide writes Veiledning, the first sheet.
func (b *builder) guide() {
	sheet := msg.WBSheetGuide.String()
	if b.err == nil {
		b.check(b.f.SetSheetName("Sheet1", sheet))
		b.check(b.f.SetColWidth(sheet, "A", "A", guideWidth))
	}
	b.title(sheet, 0, msg.WBTitleGuide.String())
	var names []string
	for _, k := range b.kommuner {
		if k.Name != "" {
			names = append(names, k.Name+" ("+k.Number+")")
		} else {
			names = append(names, k.Number)
		}
	}
	type para struct {
		text    msg.Text
		heading bool
	}
	paras := []para{
		{msg.WBGuideHowTitle, true}, {msg.WBGuideHow, false},
		{msg.WBGuideSheets, true}, {msg.WBGuideProgram, false}, {msg.WBGuideOrg, false}, {msg.WBGuideAct, false},
		{msg.WBGuideExamples, false}, {msg.WBGuideEconomy, false}, {msg.WBGuideFigures, false}, {msg.WBGuideTargets, false},
		{msg.WBGuideMarks, true}, {msg.WBGuideMarkNone, false}, {msg.WBGuideMarkNA, false}, {msg.WBGuideMarkSupp, false},
		{msg.WBGuideMarkProv, false}, {msg.WBGuideMarkZero, false},
		{msg.WBGuideFormats, true}, {msg.WBGuideNumbers, false}, {msg.WBGuideDates, false}, {msg.WBGuidePeriods, false},
		{msg.WBGuideErrTitle, true}, {msg.WBGuideErrors, false},
	}
	row := 2
	b.setStr(sheet, 0, row, msg.WBGuidePeriod.F(b.in.Program, periodName(b.report), strings.Join(names, ", ")))
	b.cellStyle(sheet, 0, row, 0, row, b.paragraphStyle())
	b.rowHeight(sheet, row, 30)
	row++
	for _, p := range paras {
		if p.heading {
			row++ // a blank line before each heading
			b.setStr(sheet, 0, row, p.text.String())
			b.cellStyle(sheet, 0, row, 0, row, b.subtitleStyle())
		} else {
			b.setStr(sheet, 0, row, p.text.String())
			b.cellStyle(sheet, 0, row, 0, row, b.paragraphStyle())
			// Row heights are not computed on open: give long paragraphs room.
			if lines := (len([]rune(p.text.String())) + guideLine - 1) / guideLine; lines > 1 {
				b.rowHeight(sheet, row, float64(15*lines))
			}
		}
		row++
	}
	b.page(sheet, false, 0, 0)
}

// periodName is the Norwegian name of a year or half-year and its id.
func periodName(p period.Period) string {
	if p.Type == period.Half {
		return readable(p) + " (" + p.String() + ")"
	}
	return p.String()
}

// readable is the name of a year or half-year as readers write it:
// «2025», «1. halvår 2025». Rapporteringsperiode holds it, and the reader
// reads it back (parseReportPeriod).
func readable(p period.Period) string {
	if p.Type == period.Half {
		return msg.PeriodHalf.F(p.N, p.Year)
	}
	return p.String()
}

// program writes Programinfo: label, value and help per row.
func (b *builder) program() {
	sheet := msg.WBSheetProgram.String()
	b.newSheet(sheet)
	for i, c := range programHeader {
		if b.err == nil {
			b.check(b.f.SetColWidth(sheet, colName(i), colName(i), c.width))
		}
		b.setStr(sheet, i, headerRow, c.label.String())
	}
	b.cellStyle(sheet, 0, headerRow, len(programHeader)-1, headerRow, b.headerStyle())
	row := firstRow
	put := func(f field, value any) {
		b.setStr(sheet, 0, row, f.label.String())
		b.cellStyle(sheet, 0, row, 0, row, b.labelStyle())
		b.cellStyle(sheet, 1, row, 1, row, b.cellStyleFor(f.kind, true))
		switch v := value.(type) {
		case string:
			if v != "" {
				b.setStr(sheet, 1, row, v)
			}
		case int:
			b.set(sheet, 1, row, v)
		}
		// the help and a long programme name wrap; the summary has room
		h := 0.0
		if v, ok := value.(string); ok {
			h = float64(15 * wrappedLines(v, programHeader[1].width))
		}
		if f.help != (msg.Text{}) {
			h = math.Max(h, float64(15*wrappedLines(f.help.String(), programHeader[2].width)))
		}
		if f == fieldSummary {
			h = math.Max(h, summaryRowHeight)
		}
		if h > 15 {
			b.rowHeight(sheet, row, h)
		}
		if f.help != (msg.Text{}) {
			b.setStr(sheet, 2, row, f.help.String())
		}
		b.cellStyle(sheet, 2, row, 2, row, b.helpStyle())
		cell := cellName(1, row)
		switch f.kind {
		case kindDate:
			b.validation(sheet, cell, dateRange, msg.WBDVDateError.String())
		case kindYear:
			b.validation(sheet, cell, between(2000, 2100, excelize.DataValidationTypeWhole), msg.WBDVYearError.F(2000, 2100))
		case kindReportPeriod:
			if b.reportPeriodList != "" {
				b.validation(sheet, cell, dropList(b.reportPeriodList), msg.WBDVReportPeriodError.String())
			}
		}
		row++
	}
	put(fieldName, b.in.Program)
	for _, k := range b.kommuner {
		put(fieldKommune, k.Name)
		put(fieldKommunenummer, k.Number)
	}
	for _, f := range fieldsAfterKommune {
		var v any
		switch f {
		case fieldYear:
			v = b.report.Year
		case fieldPeriod:
			v = readable(b.report)
		}
		put(f, v)
	}
	b.title(sheet, 0, msg.WBTitleProgram.String())
	b.page(sheet, false, 0, headerRow)
}

// organisation writes Organisering: the parts of the status, then the
// members of the two groups.
func (b *builder) organisation() {
	sheet := msg.WBSheetOrganisation.String()
	b.newSheet(sheet)
	// The members' columns share widths with the parts' columns; the
	// last one is only the members'.
	for i, c := range memberColumns {
		if b.err == nil {
			b.check(b.f.SetColStyle(sheet, colName(i), b.cellStyleFor(c.kind, false)))
		}
	}
	for i, c := range partColumns {
		if b.err == nil {
			b.check(b.f.SetColWidth(sheet, colName(i), colName(i), c.width))
		}
		b.setStr(sheet, i, headerRow, c.label.String())
	}
	if b.err == nil {
		b.check(b.f.SetColWidth(sheet, colName(memberOrgUnit), colName(memberOrgUnit), memberColumns[memberOrgUnit].width))
	}
	b.cellStyle(sheet, 0, headerRow, len(partColumns)-1, headerRow, b.headerStyle())
	for i, label := range partLabels {
		row := partsFirstRow + i
		b.setStr(sheet, 0, row, label.String())
		b.cellStyle(sheet, 0, row, 0, row, b.labelStyle())
		b.cellStyle(sheet, partDescription, row, partChange, row, b.cellStyleFor(kindLong, true))
		b.rowHeight(sheet, row, partRowHeight)
	}
	// Row membersTitleRow-1 stays blank; the title and header are locked.
	b.setStr(sheet, 0, membersTitleRow, msg.WBTitleMembers.String())
	b.cellStyle(sheet, 0, membersTitleRow, len(memberColumns)-1, membersTitleRow, b.subtitleStyle())
	for i, c := range memberColumns {
		b.setStr(sheet, i, membersHeaderRow, c.label.String())
		b.cellStyle(sheet, i, membersHeaderRow+1, i, membersLastRow, b.cellStyleFor(c.kind, true))
	}
	b.cellStyle(sheet, 0, membersHeaderRow, len(memberColumns)-1, membersHeaderRow, b.headerStyle())
	for r := membersHeaderRow + 1; r <= membersLastRow; r++ {
		group := msg.WBPartSteering
		if r > membersHeaderRow+steeringRows {
			group = msg.WBPartProgram
		}
		b.setStr(sheet, memberGroup, r, group.String())
	}
	b.validation(sheet, columnRange(memberGroup, membersHeaderRow+1, lastValidated),
		inlineList(msg.WBPartSteering.String(), msg.WBPartProgram.String()), msg.WBDVGroupError.String())
	b.title(sheet, 0, msg.WBTitleOrganisation.String())
	b.page(sheet, true, 0, headerRow)
}

// activities writes Aktiviteter, rows grouped by hovedmål.
func (b *builder) activities() {
	sheet := msg.WBSheetActivities.String()
	b.newSheet(sheet)
	rows := activitiesNoGoal
	if n := len(b.in.Goals); n > 0 {
		rows = n * activitiesPerGoal
	}
	last := firstRow + rows - 1
	b.table(sheet, 0, activityColumns, last)
	b.rowHeight(sheet, headerRow, 45)
	for r := firstRow; r <= last; r++ {
		b.rowHeight(sheet, r, activityRowHeight)
	}
	for i, g := range b.in.Goals {
		for j := range activitiesPerGoal {
			b.setStr(sheet, actGoal, firstRow+i*activitiesPerGoal+j, g)
		}
	}
	if b.goalList != "" {
		b.validation(sheet, columnRange(actGoal, firstRow, lastValidated), dropList(b.goalList), msg.WBDVGoalError.String())
	}
	b.validation(sheet, columnRange(actStatus, firstRow, lastValidated), inlineList("n", "v", "g", "a"),
		msg.WBDVStatusError.String(), msg.WBDVStatusTitle.String(), msg.WBDVStatusPrompt.String())
	b.validation(sheet, columnRange(actProgress, firstRow, lastValidated), between(0, 100, excelize.DataValidationTypeWhole),
		msg.WBDVProgressError.String(), msg.WBDVProgressTitle.String(), msg.WBDVProgressPrompt.String())
	b.title(sheet, 0, msg.WBTitleActivities.String())
	b.page(sheet, true, actName+1, headerRow)
}

// examples writes Gode eksempler: a few tall rows for about a page each.
func (b *builder) examples() {
	sheet := msg.WBSheetExamples.String()
	b.newSheet(sheet)
	b.table(sheet, 0, exampleColumns, firstRow+examples-1)
	for r := firstRow; r < firstRow+examples; r++ {
		b.rowHeight(sheet, r, exampleRowHeight)
	}
	b.title(sheet, 0, msg.WBTitleExamples.String())
	b.page(sheet, true, 0, headerRow)
}

// economy writes Økonomi: budget and accounts per activity and year, and
// below them the overview of the programme period.
func (b *builder) economy() {
	sheet := msg.WBSheetEconomy.String()
	b.newSheet(sheet)
	b.table(sheet, 0, economyColumns, economyLastRow)
	b.rowHeight(sheet, headerRow, 60)
	c := func(i int) string { return colName(i) }
	for r := firstRow; r <= economyLastRow; r++ {
		b.set(sheet, ecoYear, r, b.report.Year)
		n := strconv.Itoa(r)
		budget := c(ecoGrantBudget) + n + "," + c(ecoOwnBudget) + n + "," + c(ecoOtherBudget) + n
		accounts := c(ecoGrantAccounts) + n + "," + c(ecoOwnAccounts) + n + "," + c(ecoOtherAccounts) + n
		b.formula(sheet, ecoTotalBudget, r, `IF(COUNT(`+budget+`)=0,"",SUM(`+budget+`))`)
		b.formula(sheet, ecoTotalAccounts, r, `IF(COUNT(`+accounts+`)=0,"",SUM(`+accounts+`))`)
		tb, ta := c(ecoTotalBudget)+n, c(ecoTotalAccounts)+n
		b.formula(sheet, ecoDifference, r, `IF(OR(`+tb+`="",`+ta+`=""),"",`+ta+`-`+tb+`)`)
		// The grant's deviation, shown where the total's is.
		gb, ga := c(ecoGrantBudget)+n, c(ecoGrantAccounts)+n
		b.formula(sheet, ecoGrantDifference, r, `IF(OR(COUNT(`+gb+`,`+ga+`)=0,`+tb+`="",`+ta+`=""),"",`+ga+`-`+gb+`)`)
	}
	b.setStr(sheet, 0, overviewTitleRow, msg.WBTitleOverview.String())
	b.cellStyle(sheet, 0, overviewTitleRow, 0, overviewTitleRow, b.subtitleStyle())
	b.header(sheet, 0, overviewHeaderRow, overviewColumns)
	b.rowHeight(sheet, overviewHeaderRow, 60)
	years := b.in.LastYear - b.in.FirstYear + 1
	lastYearRow := overviewFirstRow + years - 1
	b.prepare(sheet, 0, overviewColumns, overviewFirstRow, lastYearRow)
	// Ranges of the activity table; Excel widens them when rows are
	// inserted inside.
	abs := func(i int) string {
		return "$" + c(i) + "$" + strconv.Itoa(firstRow) + ":$" + c(i) + "$" + strconv.Itoa(economyLastRow)
	}
	for y := range years {
		r := overviewFirstRow + y
		b.set(sheet, ovYear, r, b.in.FirstYear+y)
		year := "$" + c(ovYear) + strconv.Itoa(r)
		// A year shows its accounts once any are entered, else its budget.
		var kept []string
		for _, a := range []int{ecoGrantAccounts, ecoOwnAccounts, ecoOtherAccounts} {
			kept = append(kept, `COUNTIFS(`+abs(ecoYear)+`,`+year+`,`+abs(a)+`,"<>")`)
		}
		hasAccounts := strings.Join(kept, "+") + ">0"
		for i, pair := range [][2]int{{ecoGrantBudget, ecoGrantAccounts}, {ecoOwnBudget, ecoOwnAccounts}, {ecoOtherBudget, ecoOtherAccounts}} {
			b.formula(sheet, ovGrant+i, r, `IF(`+hasAccounts+`,SUMIFS(`+abs(pair[1])+`,`+abs(ecoYear)+`,`+year+
				`),SUMIFS(`+abs(pair[0])+`,`+abs(ecoYear)+`,`+year+`))`)
		}
		b.formula(sheet, ovTotal, r, `SUM(`+cellName(ovGrant, r)+`:`+cellName(ovTransfer, r)+`)`)
	}
	yearCheck := between(b.in.FirstYear, b.in.LastYear, excelize.DataValidationTypeWhole)
	yearMsg := msg.WBDVYearError.F(b.in.FirstYear, b.in.LastYear)
	b.validation(sheet, columnRange(ecoYear, firstRow, economyLastRow), yearCheck, yearMsg)
	b.validation(sheet, cellName(ecoGrantBudget, firstRow)+":"+cellName(ecoOtherAccounts, economyLastRow), atLeastZero, msg.WBDVAmountError.String())
	b.validation(sheet, columnRange(ovYear, overviewFirstRow, lastYearRow), yearCheck, yearMsg)
	b.validation(sheet, columnRange(ovTransfer, overviewFirstRow, lastYearRow), atLeastZero, msg.WBDVAmountError.String())
	b.title(sheet, 0, msg.WBTitleEconomy.String())
	b.page(sheet, true, ecoActivity+1, headerRow)
}

// idWidth is the width of a column of indicator ids: wide enough for the
// longest, which cannot wrap (an id has no spaces), and at least least.
func idWidth(inds []IndicatorInfo, least float64) float64 {
	w := least
	for _, ind := range inds {
		w = math.Max(w, float64(utf8.RuneCountInString(ind.ID))+2)
	}
	return w
}

// fitRow gives row the height its wrapped text needs in a column of the
// given width. Neither Excel nor LibreOffice grows a row to fit text that
// a program wrote, so without it a long name runs into the row below.
func (b *builder) fitRow(sheet string, row int, width float64, text string) {
	if n := wrappedLines(text, width); n > 1 {
		b.rowHeight(sheet, row, float64(15*n))
	}
}

// wrappedLines is about how many lines text takes in a column of width
// units (a unit is a digit of Calibri 11; running text fits a little more,
// less what is lost where a line breaks between words).
func wrappedLines(text string, width float64) int {
	perLine := max(int(width*1.1)-3, 5)
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		n, used := 1, 0
		for _, word := range strings.Fields(para) {
			w := utf8.RuneCountInString(word)
			switch {
			case used == 0:
				used = w
			case used+1+w <= perLine:
				used += 1 + w
			default:
				n++
				used = w
			}
			for used > perLine { // a word longer than the line
				n++
				used -= perLine
			}
		}
		lines += n
	}
	return lines
}

func (b *builder) formula(sheet string, col, row int, f string) {
	if b.err == nil {
		b.check(b.f.SetCellFormula(sheet, cellName(col, row), f))
	}
}

// figures writes Tall: a row per kommune, entered indicator and period.
func (b *builder) figures() {
	sheet := msg.WBSheetFigures.String()
	b.newSheet(sheet)
	periods := GridPeriods(b.in.FirstYear, b.report)
	var entered []IndicatorInfo
	for _, ind := range b.in.Indicators {
		if ind.Entered {
			entered = append(entered, ind)
		}
	}
	last := firstRow + len(b.kommuner)*len(entered)*len(periods) - 1
	cols := append([]column(nil), figureColumns...)
	cols[figIndicator].width = idWidth(entered, cols[figIndicator].width)
	b.table(sheet, 0, cols, last)
	row := firstRow
	for _, k := range b.kommuner {
		for _, ind := range entered {
			for _, p := range periods {
				b.fitRow(sheet, row, cols[figIndicatorName].width, ind.Name)
				b.setStr(sheet, figKommunenr, row, k.Number)
				b.setStr(sheet, figKommune, row, k.Name)
				b.setStr(sheet, figIndicator, row, ind.ID)
				b.setStr(sheet, figIndicatorName, row, ind.Name)
				b.setStr(sheet, figUnit, row, ind.Unit)
				b.setStr(sheet, figPeriod, row, p.String())
				row++
			}
		}
	}
	end := max(lastValidated, last+200)
	if b.kommuneList != "" {
		b.validation(sheet, columnRange(figKommunenr, firstRow, end), dropList(b.kommuneList), msg.WBDVKommuneError.String())
	}
	if b.enteredList != "" {
		b.validation(sheet, columnRange(figIndicator, firstRow, end), dropList(b.enteredList), msg.WBDVIndicatorError.String())
	}
	if b.periodList != "" {
		b.validation(sheet, columnRange(figPeriod, firstRow, end), dropList(b.periodList), msg.WBDVPeriodError.String())
	}
	v := cellName(figValue, firstRow)
	b.validation(sheet, columnRange(figValue, firstRow, end), func(dv *excelize.DataValidation) error {
		return dv.SetRange(`OR(ISNUMBER(`+v+`),`+v+`="..",`+v+`=".",`+v+`=":",`+v+`="...")`, "",
			excelize.DataValidationTypeCustom, 0)
	}, msg.WBDVValueError.String(), msg.WBDVValueTitle.String(), msg.WBDVValuePrompt.String())
	b.title(sheet, 0, msg.WBTitleFigures.String())
	b.page(sheet, true, 0, headerRow)
}

// targets writes Mål: a row per indicator, a target column per programme year.
func (b *builder) targets() {
	sheet := msg.WBSheetTargets.String()
	b.newSheet(sheet)
	cols := append([]column(nil), targetColumns...)
	cols[tgtIndicator].width = idWidth(b.in.Indicators, cols[tgtIndicator].width)
	for y := b.in.FirstYear; y <= b.in.LastYear; y++ {
		c := targetValueColumn
		c.label = msg.Text{}
		cols = append(cols, c)
	}
	cols = append(cols, targetAssessment)
	last := firstRow + len(b.in.Indicators) - 1
	b.table(sheet, 0, cols, last)
	for y := b.in.FirstYear; y <= b.in.LastYear; y++ {
		b.setStr(sheet, len(targetColumns)+y-b.in.FirstYear, headerRow, msg.WBColTargetFor.F(strconv.Itoa(y)))
	}
	b.rowHeight(sheet, headerRow, 45)
	for i, ind := range b.in.Indicators {
		r := firstRow + i
		b.fitRow(sheet, r, cols[tgtIndicatorName].width, ind.Name)
		b.setStr(sheet, tgtIndicator, r, ind.ID)
		b.setStr(sheet, tgtIndicatorName, r, ind.Name)
		b.setStr(sheet, tgtUnit, r, ind.Unit)
	}
	if b.indicatorList != "" {
		b.validation(sheet, columnRange(tgtIndicator, firstRow, lastValidated), dropList(b.indicatorList), msg.WBDVIndicatorError.String())
	}
	if b.kommuneList != "" {
		b.validation(sheet, columnRange(tgtKommune, firstRow, lastValidated), dropList(b.kommuneList), msg.WBDVKommuneError.String())
	}
	b.validation(sheet, columnRange(tgtDirection, firstRow, lastValidated),
		inlineList(msg.WBDirHigher.String(), msg.WBDirLower.String()), msg.WBDVDirectionError.String())
	b.title(sheet, 0, msg.WBTitleTargets.String())
	b.page(sheet, true, tgtIndicator+1, headerRow)
}

// finish writes the hidden list sheet last and opens the workbook on
// Veiledning with formulas computed on load. Every formula carries its
// result too (empty where it adds nothing up), as a spreadsheet saves it,
// for readers that do not calculate.
func (b *builder) finish() {
	b.writeLists()
	if b.err != nil {
		return
	}
	if idx, err := b.f.GetSheetIndex(msg.WBSheetGuide.String()); err == nil {
		b.f.SetActiveSheet(idx)
	}
	full := true
	b.check(b.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}))
	b.check(excel.CacheResults(b.f))
}

// save writes the workbook deterministically: fixed document properties,
// and excelize's content types sorted, since excelize registers them from
// a map (verified with v2.11.1; the golden-bytes test guards it).
func (b *builder) save(w io.Writer) error {
	created := b.report.Last().String() + "T00:00:00Z"
	if err := excel.Write(b.f, w, created, msg.WBDocTitle.F(b.in.Program, b.report)); err != nil {
		return fmt.Errorf("workbook: %w", err)
	}
	return nil
}
