package fiktiv

import (
	"github.com/xuri/excelize/v2"
)

// book wraps an excelize workbook; the first error sticks and is returned
// by bytes, so the writers read as a list of cells.
type book struct {
	f         *excelize.File
	err       error
	dateStyle int // dd.mm.yyyy
	timeStyle int // dd.mm.yyyy hh:mm
	boldStyle int
}

func newBook(firstSheet string) *book {
	b := &book{f: excelize.NewFile()}
	b.try(b.f.SetSheetName("Sheet1", firstSheet))
	b.dateStyle = b.style(&excelize.Style{CustomNumFmt: ptr("dd.mm.yyyy")})
	b.timeStyle = b.style(&excelize.Style{CustomNumFmt: ptr("dd.mm.yyyy hh:mm")})
	b.boldStyle = b.style(&excelize.Style{Font: &excelize.Font{Bold: true}})
	return b
}

func ptr[T any](v T) *T { return &v }

func (b *book) try(err error) {
	if b.err == nil {
		b.err = err
	}
}

func (b *book) style(s *excelize.Style) int {
	id, err := b.f.NewStyle(s)
	b.try(err)
	return id
}

func (b *book) sheet(name string) {
	_, err := b.f.NewSheet(name)
	b.try(err)
}

func cellName(col string, row int) string {
	name, _ := excelize.JoinCellName(col, row)
	return name
}

// text writes a string cell: kommunenummer stay "0403", not 403.
func (b *book) text(sheet, col string, row int, s string) {
	b.try(b.f.SetCellStr(sheet, cellName(col, row), s))
}

func (b *book) number(sheet, col string, row int, n int) {
	b.try(b.f.SetCellInt(sheet, cellName(col, row), int64(n)))
}

// date writes a real date cell: the serial number with a date format.
func (b *book) date(sheet, col string, row int, d day) {
	c := cellName(col, row)
	b.try(b.f.SetCellInt(sheet, c, int64(d.serial())))
	b.try(b.f.SetCellStyle(sheet, c, c, b.dateStyle))
}

// dateTime writes a date cell with a time of day, minutes after midnight.
func (b *book) dateTime(sheet, col string, row int, d day, minutes int) {
	c := cellName(col, row)
	v := float64(d.serial()) + float64(minutes)/1440
	b.try(b.f.SetCellFloat(sheet, c, v, -1, 64))
	b.try(b.f.SetCellStyle(sheet, c, c, b.timeStyle))
}

func (b *book) bold(sheet, col string, row int, s string) {
	b.text(sheet, col, row, s)
	c := cellName(col, row)
	b.try(b.f.SetCellStyle(sheet, c, c, b.boldStyle))
}

func (b *book) widths(sheet string, widths ...float64) {
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		b.try(b.f.SetColWidth(sheet, col, col, w))
	}
}

// freeze keeps the rows down to row visible while scrolling.
func (b *book) freeze(sheet string, row int) {
	b.try(b.f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: row, TopLeftCell: cellName("A", row+1), ActivePane: "bottomLeft",
	}))
}

// bytes finishes the workbook with fixed document properties, so that the
// file is the same on every run.
func (b *book) bytes(x export, title, creator string) ([]byte, error) {
	b.try(b.f.SetDocProps(&excelize.DocProperties{
		Title:          title,
		Creator:        creator,
		LastModifiedBy: creator,
		Created:        x.stamp(),
		Modified:       x.stamp(),
		Description:    "Eksempel – fiktive tall (boso)",
	}))
	b.try(b.f.SetAppProps(&excelize.AppProperties{Application: "Microsoft Excel", Company: x.k.name + " kommune (eksempel)"}))
	if b.err != nil {
		return nil, b.err
	}
	buf, err := b.f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), b.f.Close()
}
