package xlsx

import (
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"boso/templates/excel"

	"boso/indicators/engine"
	"boso/indicators/period"
	"boso/reports/tidy"
	"boso/templates/msg"
)

// WriteFigures writes the tidy table as a workbook: a sheet of figures with
// numeric value cells and a frozen header, and a sheet about the export.
func WriteFigures(w io.Writer, figs []engine.Figure, m tidy.Meta, reportDate period.Date) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := msg.SheetFigures.F()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	widths := []float64{15, 18, 11, 34, 24, 14, 9, 40, 40, 24, 20, 14, 14, 9, 20}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := tidy.Header()
	row := make([]any, len(head))
	for i, h := range head {
		row[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	for i := range figs {
		cells := tidy.Row(&figs[i], m)
		for j, c := range cells {
			row[j] = c
		}
		f := &figs[i]
		if f.Has {
			row[tidy.ColVerdi] = f.Value.Float()
		}
		if f.Parts {
			row[tidy.ColTeller], row[tidy.ColNevner] = f.Numerator.Float(), f.Denominator.Float()
		}
		if cells[tidy.ColRader] != "" {
			row[tidy.ColRader] = f.Rows
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	about := msg.SheetAbout.F()
	if _, err := f.NewSheet(about); err != nil {
		return err
	}
	lines := [][2]string{
		{msg.AboutProgram.F(), m.Program},
		{msg.AboutReportDate.F(), reportDate.String()},
		{msg.AboutMarks.F(), ""},
		{msg.AboutNumbers.F(), ""},
	}
	if m.Example {
		lines = append([][2]string{{msg.ExampleData.F(), ""}}, lines...)
	}
	for i, l := range lines {
		f.SetCellValue(about, "A"+strconv.Itoa(i+1), l[0])
		if l[1] != "" {
			f.SetCellValue(about, "B"+strconv.Itoa(i+1), l[1])
		}
	}
	f.SetColWidth(about, "A", "A", 30)
	return excel.Write(f, w, reportDate.String()+"T00:00:00Z", "")
}
