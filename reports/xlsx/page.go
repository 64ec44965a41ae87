package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"boso/reports/model"
	"boso/templates/msg"
)

// cover writes the first sheet: title, kommune, period, report date, the
// banners and the contents: every section's and subsection's heading
// (subsections indented), with the sheet it is on, both linking to the
// heading. A sheet that only goes on with a section is not listed, as a
// book's contents list no page that only continues a chapter; a table
// is no heading, so none is listed either.
func (b *book) cover(name string) error {
	s, err := b.startSheet(name, &layout{widths: []float64{24, 50, 32}, span: 3})
	if err != nil {
		return err
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
	place := msg.XlsxCoverKommune.F()
	if m.Labels.Place != "" {
		place = m.Labels.Place
	}
	if err := s.fields(&model.Fields{Rows: []model.Field{
		{Label: place, Value: kommune},
		{Label: msg.XlsxCoverPeriod.F(), Value: m.Period},
		{Label: msg.XlsxCoverReportDate.F(), Value: m.ReportDate},
	}}); err != nil {
		return err
	}
	for _, bn := range m.Banners {
		if err := s.set(1, s.row, bn, style{bold: true, size: 14, colour: bannerColour}); err != nil {
			return err
		}
		if err := s.setHeight(s.row, 22); err != nil {
			return err
		}
		s.row++
	}
	if len(m.Banners) > 0 {
		s.row++
	}
	if err := b.contents(s); err != nil {
		return err
	}
	return b.pageSetup(name, printSetup{})
}

// contents writes the cover's contents at the current row.
func (b *book) contents(s *sheet) error {
	if len(b.toc) == 0 {
		return nil
	}
	if b.meta.Labels.Contents != "" {
		if err := s.heading(b.meta.Labels.Contents, 13); err != nil {
			return err
		}
	}
	head := style{bold: true, fill: headerFill, bottomRule: true}
	if err := s.merged(msg.XlsxContentsSection.F(), 1, 2, head); err != nil {
		return err
	}
	if err := s.set(3, s.row-1, msg.XlsxContentsSheet.F(), head); err != nil {
		return err
	}
	for _, e := range b.toc {
		row := s.row
		link := quoteSheet(e.sheet) + "!" + s.cell(1, e.row)
		if err := s.merged(e.text, 1, 2, style{colour: linkColour, underline: true, indent: e.level - 1}); err != nil {
			return err
		}
		if err := s.set(3, row, e.sheet, style{colour: axisColour, top: true}); err != nil {
			return err
		}
		for _, col := range []int{1, 3} {
			if err := b.f.SetCellHyperLink(s.name, s.cell(col, row), link, "Location"); err != nil {
				return err
			}
		}
	}
	return nil
}

// printSetup is how a sheet prints beyond the page itself.
type printSetup struct {
	landscape bool
	titleRow  int   // the header row repeated at the top of every page (the sheet's long table's), or 0
	freeze    bool  // freeze the panes below titleRow
	breaks    []int // rows that start a new page
}

// pageSetup makes a sheet print on A4 fitted to the page width, with the
// margins the page plan assumes, the running header, the banners and page
// numbers on every page, the page breaks, and the print title and frozen
// panes the sheet asks for.
func (b *book) pageSetup(name string, ps printSetup) error {
	a4, one, zero, yes := 9, 1, 0, true
	orient := "portrait"
	if ps.landscape {
		orient = "landscape"
	}
	if err := b.f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return err
	}
	if err := b.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	side, body, hf := sideMargin, bodyMargin, headerMargin
	if err := b.f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &body, Bottom: &body, Header: &hf, Footer: &hf}); err != nil {
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
	for _, r := range ps.breaks {
		if err := b.f.InsertPageBreak(name, fmt.Sprintf("A%d", r)); err != nil {
			return err
		}
	}
	if ps.titleRow == 0 {
		return nil
	}
	if err := b.f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("%s!$%d:$%d", quoteSheet(name), ps.titleRow, ps.titleRow), Scope: name,
	}); err != nil {
		return err
	}
	if !ps.freeze || ps.titleRow > freezeUpTo {
		return nil
	}
	return b.f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: ps.titleRow, TopLeftCell: fmt.Sprintf("A%d", ps.titleRow+1), ActivePane: "bottomLeft"})
}

// headerText escapes & for a page header or footer, where it starts a code.
func headerText(s string) string { return strings.ReplaceAll(s, "&", "&&") }
