package fiktiv

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"boso/indicators/diag"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/reports/build"
	"boso/templates/excel"
	"boso/templates/msg"
	"boso/templates/workbook"
)

// Arbeidsbok returns the filled input workbook of example ex: the blank
// workbook «boso template» makes for the programme at programPath and
// ex.Period, filled in the way a programme leader would, with invented
// people, activities and accounts. The same bytes come out on every run.
func Arbeidsbok(programPath string, ex *Example) ([]byte, error) {
	var l diag.List
	p, ok := program.Load(programPath, &l)
	if !ok {
		return nil, fmt.Errorf("%s:\n%s", programPath, l.String())
	}
	return arbeidsbok(p, ex)
}

// WriteArbeidsbok writes the filled workbook of example ex where the
// programme at programPath says it is (its «workbook» field) and returns
// that path.
func WriteArbeidsbok(programPath string, ex *Example) (string, error) {
	var l diag.List
	p, ok := program.Load(programPath, &l)
	if !ok {
		return "", fmt.Errorf("%s:\n%s", programPath, l.String())
	}
	path := p.WorkbookPath()
	if path == "" {
		return "", fmt.Errorf("%s: «workbook» er ikke satt; arbeidsboken har ikke noe sted å skrives", programPath)
	}
	data, err := arbeidsbok(p, ex)
	if err != nil {
		return "", err
	}
	return path, writeAtomic(path, data)
}

func arbeidsbok(p *program.Program, ex *Example) ([]byte, error) {
	// The blank workbook, made exactly as «boso template» makes it.
	var l diag.List
	in := p.Inputs(nil, ex.ReportDate, &l)
	if l.Errors() > 0 {
		return nil, fmt.Errorf("%s:\n%s", p.Path, l.String())
	}
	mapped := map[string]bool{}
	for _, m := range in.Mappings {
		mapped[m.Register] = true
	}
	ti := build.TemplateInputOf(p, in.Set, mapped, period.MustParse(ex.Period))
	var blank bytes.Buffer
	if err := workbook.Template(&blank, ti); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(&blank)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rp := period.MustParse(ex.Period)
	c := innholdFor(rp.Type == period.Year)
	x := ex.export
	if !x.isHamar() {
		// The summary and the assessments quote Hamar's figures.
		c.sammendrag, c.vurderinger = sammendragRegion, nil
	}
	if ex.broken {
		c.aktiviteter = broken(c.aktiviteter)
	}
	w := &filler{f: f, subst: ex.subst}
	w.programinfo(rp.Year, ex.ReportDate, c.sammendrag)
	w.organisering(c.deler)
	w.aktiviteter(ti.Goals, c.aktiviteter)
	w.eksempler(c.eksempler)
	w.okonomi(x, c.helAr, ex.broken)
	w.mal(x, c.vurderinger)
	// Tall stays as the template made it: the example's two entered
	// indicators come from boligkontoret.xlsx (kilder/tall.yaml), and a
	// figure given in both places is an error.
	return w.bytes(ex.ReportDate)
}

// filler fills in the blank workbook. Like book it keeps the first error.
// Cells are found by their labels, as boso's reader finds them, so the
// filler follows the template when its layout changes.
type filler struct {
	f     *excelize.File
	subst *strings.Replacer // nil: the texts as they are
	err   error
}

func (w *filler) try(err error) {
	if w.err == nil && err != nil {
		w.err = err
	}
}

func (w *filler) fail(format string, args ...any) { w.try(fmt.Errorf(format, args...)) }

// rows returns a sheet's cells as text.
func (w *filler) rows(sheet msg.Text) [][]string {
	rows, err := w.f.GetRows(sheet.String(), excelize.Options{RawCellValue: true})
	w.try(err)
	return rows
}

// cell is a cell by 0-based column and 1-based row, as the rows slice
// and Excel count them.
func cell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, row)
	return name
}

func (w *filler) text(sheet msg.Text, col, row int, s string) {
	if w.subst != nil {
		s = w.subst.Replace(s)
	}
	if s != "" {
		w.try(w.f.SetCellStr(sheet.String(), cell(col, row), s))
	}
}

// number writes a whole number; 0 leaves the cell empty, as a user leaves
// a source of money that is not used.
func (w *filler) number(sheet msg.Text, col, row int, n int) {
	if n != 0 {
		w.try(w.f.SetCellInt(sheet.String(), cell(col, row), int64(n)))
	}
}

// date writes a date cell: Excel's serial day number in the template's
// date format, as Excel stores a typed 01.01.2016.
func (w *filler) date(sheet msg.Text, col, row int, d day) {
	w.try(w.f.SetCellInt(sheet.String(), cell(col, row), int64(d.serial())))
}

// dayOf is d as a day of the generator's calendar.
func dayOf(d period.Date) day {
	y, m, dd := d.YMD()
	return mkday(y, m, dd)
}

// findRow returns the 1-based row at or below from whose cell in col
// says text, or 0.
func findRow(rows [][]string, col int, text string, from int) int {
	for i := max(from-1, 0); i < len(rows); i++ {
		if col < len(rows[i]) && strings.TrimSpace(rows[i][col]) == text {
			return i + 1
		}
	}
	return 0
}

// columns returns the 0-based columns of labels in the 1-based row.
func (w *filler) columns(sheet msg.Text, rows [][]string, row int, labels ...msg.Text) []int {
	out := make([]int, len(labels))
	for i, label := range labels {
		out[i] = -1
		if row >= 1 && row <= len(rows) {
			for c, s := range rows[row-1] {
				if strings.TrimSpace(s) == label.String() {
					out[i] = c
					break
				}
			}
		}
		if out[i] < 0 {
			w.fail("%s: finner ikke kolonnen «%s» i rad %d", sheet, label, row)
		}
	}
	return out
}

// fit sets the height of row so that its wrapped text shows, at least
// minHeight points: the template's heights are fixed, and Excel does not
// adjust a fixed height when a cell is typed into from a program.
func (w *filler) fit(sheet msg.Text, row int, minHeight float64) {
	if w.err != nil {
		return
	}
	lines := 1
	// cell by cell: GetRows would write the whole sheet out and parse it
	// again for every row fitted
	for c := range maxFitColumns {
		s, err := w.f.GetCellValue(sheet.String(), cell(c, row), excelize.Options{RawCellValue: true})
		if err != nil {
			w.try(err)
			return
		}
		if s == "" {
			continue
		}
		width, err := w.f.GetColWidth(sheet.String(), colName(c))
		w.try(err)
		// a unit of width is a digit of Calibri 11; running text fits a
		// little more, less the room lost where a line breaks
		perLine := max(int(width*1.1)-2, 5)
		n := 0
		for _, para := range strings.Split(s, "\n") {
			n += max(1, (utf8.RuneCountInString(para)+perLine-1)/perLine)
		}
		lines = max(lines, n)
	}
	h := math.Max(minHeight, float64(15*lines+4))
	w.try(w.f.SetRowHeight(sheet.String(), row, math.Min(h, 409)))
}

// maxFitColumns is more columns than any sheet of the template has.
const maxFitColumns = 32

func colName(col int) string {
	s, _ := excelize.ColumnNumberToName(col + 1)
	return s
}

// programinfo fills in Programinfo: the values right of their labels.
func (w *filler) programinfo(year int, reportDate period.Date, sammendrag string) {
	sh := msg.WBSheetProgram
	rows := w.rows(sh)
	at := func(label msg.Text) int {
		r := findRow(rows, 0, label.String(), 1)
		if r == 0 {
			w.fail("%s: finner ikke «%s»", sh, label)
		}
		return r
	}
	w.text(sh, 1, at(msg.WBProgLeader), programleder)
	w.date(sh, 1, at(msg.WBProgStart), programStart)
	w.number(sh, 1, at(msg.WBProgYear), year)
	w.date(sh, 1, at(msg.WBProgDate), dayOf(reportDate))
	w.text(sh, 1, at(msg.WBProgFilledBy), utfyltAv)
	w.text(sh, 1, at(msg.WBProgPhone), telefon)
	w.text(sh, 1, at(msg.WBProgEmail), epost)
	w.text(sh, 1, at(msg.WBProgSummary), sammendrag)
	// the programme's name and the help wrap; the summary keeps at least
	// the template's room
	for r := at(msg.WBProgName); r > 0 && r <= at(msg.WBProgEmail); r++ {
		w.fit(sh, r, 15)
	}
	if r := at(msg.WBProgSummary); r > 0 {
		h, err := w.f.GetRowHeight(sh.String(), r)
		w.try(err)
		w.fit(sh, r, h)
	}
}

// organisering fills in the four parts of the status and the members of
// the two groups.
func (w *filler) organisering(deler []del) {
	sh := msg.WBSheetOrganisation
	rows := w.rows(sh)
	head := findRow(rows, 0, msg.WBColPart.String(), 1)
	cols := w.columns(sh, rows, head, msg.WBColDescription, msg.WBColChange)
	for _, d := range deler {
		r := findRow(rows, 0, d.del.String(), head+1)
		if r == 0 {
			w.fail("%s: finner ikke delen «%s»", sh, d.del)
			continue
		}
		w.text(sh, cols[0], r, d.tekst)
		w.text(sh, cols[1], r, d.endring)
		w.fit(sh, r, 45)
	}
	mhead := findRow(rows, 0, msg.WBColGroup.String(), head+1)
	mcols := w.columns(sh, rows, mhead, msg.WBColRole, msg.WBColTitle, msg.WBColOrgUnit)
	for _, g := range []struct {
		gruppe   msg.Text
		medlemer []medlem
	}{{msg.WBPartSteering, styringsgruppe}, {msg.WBPartProgram, programgruppe}} {
		r := mhead
		for _, m := range g.medlemer {
			if r = findRow(rows, 0, g.gruppe.String(), r+1); r == 0 {
				w.fail("%s: for få rader til «%s»", sh, g.gruppe)
				break
			}
			w.text(sh, mcols[0], r, m.rolle)
			w.text(sh, mcols[1], r, m.tittel)
			w.text(sh, mcols[2], r, m.virksomhet)
			w.fit(sh, r, 15)
		}
	}
}

// aktiviteter fills in the activity plan: each activity in a free row of
// its hovedmål, which the template has prefilled.
func (w *filler) aktiviteter(goals []string, aktivitetsplan []aktivitet) {
	sh := msg.WBSheetActivities
	rows := w.rows(sh)
	head := findRow(rows, 0, msg.WBColGoal.String(), 1)
	cols := w.columns(sh, rows, head, msg.WBColActivity, msg.WBColConcrete, msg.WBColResult,
		msg.WBColStatus, msg.WBColProgress, msg.WBColDeviation, msg.WBColReason)
	next := map[string]int{}
	for _, a := range aktivitetsplan {
		if a.mal < 0 || a.mal >= len(goals) {
			w.fail("%s: aktiviteten «%s» har hovedmål nr. %d; programmet har %d", sh, a.navn, a.mal+1, len(goals))
			continue
		}
		goal := goals[a.mal]
		r := findRow(rows, 0, goal, next[goal]+1)
		if r == 0 {
			w.fail("%s: for få rader til hovedmålet «%s»", sh, goal)
			continue
		}
		next[goal] = r
		w.text(sh, cols[0], r, a.navn)
		w.text(sh, cols[1], r, a.konkret)
		w.text(sh, cols[2], r, a.resultat)
		w.text(sh, cols[3], r, a.status)
		w.try(w.f.SetCellInt(sh.String(), cell(cols[4], r), int64(a.framdrift)))
		w.text(sh, cols[5], r, a.avvik)
		w.text(sh, cols[6], r, a.begrunnelse)
		w.fit(sh, r, 30)
	}
}

// eksempler fills in the good examples.
func (w *filler) eksempler(godeEksempler []eksempel) {
	sh := msg.WBSheetExamples
	rows := w.rows(sh)
	head := findRow(rows, 0, msg.WBColTitle.String(), 1)
	cols := w.columns(sh, rows, head, msg.WBColTitle, msg.WBColText)
	for i, e := range godeEksempler {
		r := head + 1 + i
		w.text(sh, cols[0], r, e.tittel)
		w.text(sh, cols[1], r, e.tekst)
		w.fit(sh, r, 60)
	}
}

// okonomi fills in budget and accounts per activity and year, and the
// transfers of the overview below them.
func (w *filler) okonomi(x export, helAr, broken bool) {
	sh := msg.WBSheetEconomy
	rows := w.rows(sh)
	head := findRow(rows, 0, msg.WBColYear.String(), 1)
	cols := w.columns(sh, rows, head, msg.WBColYear, msg.WBColActivity,
		msg.WBColGrantBudget, msg.WBColGrantAccounts, msg.WBColOwnBudget, msg.WBColOwnAccounts,
		msg.WBColOtherBudget, msg.WBColOtherAccounts, msg.WBColFromTo, msg.WBColGrantFromTo)
	ovHead := findRow(rows, 0, msg.WBColProgYear.String(), head+1)
	if ovHead == 0 {
		w.fail("%s: finner ikke oversikten over programperioden", sh)
		return
	}
	// the prepared rows end with a blank row and the overview's title
	last := ovHead - 3
	linjer, overfort := regnskap(x, helAr)
	if broken {
		// an amount whose activity was deleted: the reader wants one
		linjer[len(linjer)-2].aktivitet = ""
	}
	for i, l := range linjer {
		r := head + 1 + i
		if r > last {
			w.fail("%s: %d rader er forberedt, eksemplet har %d", sh, last-head, len(linjer))
			return
		}
		w.try(w.f.SetCellInt(sh.String(), cell(cols[0], r), int64(l.ar)))
		w.text(sh, cols[1], r, l.aktivitet)
		for k := range 3 {
			w.number(sh, cols[2+2*k], r, l.budsjett[k])
			w.number(sh, cols[3+2*k], r, l.regnskap[k])
		}
		w.text(sh, cols[8], r, l.fraTil)
		w.text(sh, cols[9], r, l.fraTilHB)
		w.fit(sh, r, 15)
	}
	ovCols := w.columns(sh, rows, ovHead, msg.WBColOvTransfer)
	years := make([]int, 0, len(overfort))
	for y := range overfort {
		years = append(years, y)
	}
	sort.Ints(years)
	for _, y := range years {
		r := findRow(rows, 0, strconv.Itoa(y), ovHead+1)
		if r == 0 {
			w.fail("%s: finner ikke programåret %d i oversikten", sh, y)
			continue
		}
		w.number(sh, ovCols[0], r, overfort[y])
	}
}

// mal fills in baseline and targets in the indicators' prefilled rows,
// and the kommune's assessment of every goal: those of the programme
// (program.yaml) and those set here.
func (w *filler) mal(x export, vurderinger map[string]string) {
	sh := msg.WBSheetTargets
	rows := w.rows(sh)
	head := findRow(rows, 0, msg.WBColIndicator.String(), 1)
	cols := w.columns(sh, rows, head, msg.WBColKommunenrAll, msg.WBColDirection, msg.WBColBasePeriod, msg.WBColBaseValue,
		msg.WBColAssessment)
	ids := make([]string, 0, len(vurderinger))
	for id := range vurderinger {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		r := findRow(rows, 0, id, head+1)
		if r == 0 {
			w.fail("%s: finner ikke indikatoren %s", sh, id)
			continue
		}
		w.text(sh, cols[4], r, vurderinger[id])
		w.fit(sh, r, 15)
	}
	for _, m := range maal {
		r := findRow(rows, 0, m.indikator, head+1)
		if r == 0 {
			w.fail("%s: finner ikke indikatoren %s", sh, m.indikator)
			continue
		}
		w.text(sh, cols[0], r, m.kommune)
		w.text(sh, cols[1], r, m.retning.String())
		w.text(sh, cols[2], r, m.fra)
		w.number(sh, cols[3], r, max(1, x.n(m.utgangspunkt)))
		years := make([]int, 0, len(m.mal))
		for y := range m.mal {
			years = append(years, y)
		}
		sort.Ints(years)
		for _, y := range years {
			col := -1
			want := msg.WBColTargetFor.F(strconv.Itoa(y))
			for i, s := range rows[head-1] {
				if strings.TrimSpace(s) == want {
					col = i
				}
			}
			if col < 0 {
				w.fail("%s: finner ikke kolonnen «%s»", sh, want)
				continue
			}
			w.number(sh, col, r, max(1, x.n(m.mal[y])))
		}
	}
}

// bytes writes the workbook as the programme leader saved it from a
// spreadsheet: every formula's result stored with it, as a spreadsheet
// saves them (so totals show where nothing recalculates, such as
// Protected View), fixed document properties and parts in a fixed order,
// so that the file is the same on every run.
func (w *filler) bytes(saved period.Date) ([]byte, error) {
	w.try(w.f.SetDocProps(&excelize.DocProperties{
		LastModifiedBy: utfyltAv,
		Modified:       saved.String() + "T09:30:00Z",
		Description:    "Eksempel – fiktive tall (boso)",
	}))
	w.try(excel.CacheResults(w.f))
	if w.err != nil {
		return nil, w.err
	}
	var buf bytes.Buffer
	if err := excel.Save(w.f, &buf); err != nil {
		return nil, err
	}
	if buf.Len() == 0 {
		return nil, errors.New("arbeidsboken ble tom")
	}
	return buf.Bytes(), nil
}
