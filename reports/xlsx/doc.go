// Package xlsx renders boso's outputs as Excel workbooks with excelize:
// the figure export (the tidy table) and the report, laid out to print on
// A4 with no table or chart split by a page. Workbooks are byte-identical
// for identical inputs.
package xlsx
