package excel

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// SetFormula writes a formula into a cell together with its result, which
// readers that do not recalculate show: result is a number (any Go integer
// or float type) or nil for an empty result (a formula that gives "").
// Save marks the result as a number or as empty text.
//
// The value goes in before the formula: excelize v2.11.1 drops a cell's
// formula when a value is set, and keeps the value when a formula is set.
// An empty result is no value at all, not "": excelize stores a string as
// an index into the shared strings, which a formula cell would show as
// that number.
func SetFormula(f *excelize.File, sheet, cell, formula string, result any) error {
	switch result.(type) {
	case nil, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64:
	default:
		return fmt.Errorf("excel: %s!%s: result %v (%T) is neither a number nor empty", sheet, cell, result, result)
	}
	// nil clears a value the cell had
	if err := f.SetCellValue(sheet, cell, result); err != nil {
		return err
	}
	return f.SetCellFormula(sheet, cell, formula)
}

// CacheResults computes every formula of the workbook with excelize's
// calculator and stores each result with its formula (SetFormula), for a
// workbook whose figures were filled in by a program rather than typed
// into a spreadsheet that calculates. A formula whose result is text, a
// truth value or an error is reported: it could not be cached as boso
// writes results.
func CacheResults(f *excelize.File) error {
	type formulaCell struct{ sheet, cell, formula string }
	var cells []formulaCell
	for _, sheet := range f.GetSheetList() {
		// GetRows lists every cell that is written, a formula with no
		// value too, up to the last one of each row
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		for i, row := range rows {
			for j := range row {
				ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
				fm, err := f.GetCellFormula(sheet, ref)
				if err != nil {
					return err
				}
				if fm != "" {
					cells = append(cells, formulaCell{sheet, ref, fm})
				}
			}
		}
	}
	// all results first: setting a cell clears excelize's calculation
	// cache, which the results of the others are taken from
	results := make([]any, len(cells))
	for i, c := range cells {
		v, err := f.CalcCellValue(c.sheet, c.cell, excelize.Options{RawCellValue: true})
		if err != nil {
			return fmt.Errorf("excel: %s!%s: %w", c.sheet, c.cell, err)
		}
		if v == "" {
			continue
		}
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return fmt.Errorf("excel: %s!%s: the result of %s is %q, not a number", c.sheet, c.cell, c.formula, v)
		}
		results[i] = n
	}
	for i, c := range cells {
		if err := SetFormula(f, c.sheet, c.cell, c.formula, results[i]); err != nil {
			return err
		}
	}
	return nil
}
