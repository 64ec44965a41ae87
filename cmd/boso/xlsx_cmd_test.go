package main

import (
	"encoding/csv"
	"os"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
)

// scriptCmds are the commands script tests use besides boso.
var scriptCmds = withCmds(hostileCmds, map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"xlsx": xlsxCmd,
})

// xlsxCmd edits or makes an .xlsx file for a script test:
//
//	xlsx set FILE SHEET!CELL VALUE   set one cell of FILE
//	xlsx fromcsv IN.csv OUT.xlsx SHEET   write a semicolon CSV as a sheet
//
// A value starting with = becomes a formula with no stored result (as a
// file written by a program, not saved by Excel); a value that is a plain
// number becomes a number cell; anything else is text.
func xlsxCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("xlsx does not fail")
	}
	if len(args) != 4 {
		ts.Fatalf("usage: xlsx set FILE SHEET!CELL VALUE | xlsx fromcsv IN OUT SHEET")
	}
	switch args[0] {
	case "set":
		f, err := excelize.OpenFile(ts.MkAbs(args[1]))
		ts.Check(err)
		sheet, cell, ok := strings.Cut(args[2], "!")
		if !ok {
			ts.Fatalf("want SHEET!CELL, got %q", args[2])
		}
		ts.Check(setCell(f, sheet, cell, args[3]))
		ts.Check(f.Save())
	case "fromcsv":
		in, err := os.Open(ts.MkAbs(args[1]))
		ts.Check(err)
		defer in.Close()
		r := csv.NewReader(in)
		r.Comma, r.FieldsPerRecord = ';', -1
		rows, err := r.ReadAll()
		ts.Check(err)
		f := excelize.NewFile()
		ts.Check(f.SetSheetName("Sheet1", args[3]))
		for i, row := range rows {
			for j, v := range row {
				if v == "" {
					continue
				}
				ref, err := excelize.CoordinatesToCellName(j+1, i+1)
				ts.Check(err)
				ts.Check(setCell(f, args[3], ref, v))
			}
		}
		ts.Check(f.SaveAs(ts.MkAbs(args[2])))
	default:
		ts.Fatalf("unknown xlsx command %q", args[0])
	}
}

func setCell(f *excelize.File, sheet, cell, v string) error {
	if strings.HasPrefix(v, "=") {
		return f.SetCellFormula(sheet, cell, v[1:])
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil {
		return f.SetCellValue(sheet, cell, n)
	}
	return f.SetCellStr(sheet, cell, v)
}
