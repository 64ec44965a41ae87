// Package xlsx renders boso's outputs as Excel workbooks with excelize:
// the figure export (the tidy table) and, later, the report. Workbooks are
// byte-identical for identical inputs.
package xlsx
