// Package workbook is the input workbook a programme leader fills in: the
// report form's parts 1–4 (programme information, organisation, activities,
// good examples, economy) and the figures typed in by hand with their
// targets. Template writes it blank with dropdowns and typed cells; Read
// reads a filled one back into typed values, each with the cell it came
// from, and lists every problem at once.
package workbook
