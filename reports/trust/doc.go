// Package trust holds the tests that hold boso's promises across the three
// report formats: the same figures in the Excel file (as LibreOffice
// recalculates it), the PDF (as pdftotext reads it) and the HTML tables,
// all equal to the report model; and the same bytes for the same inputs.
package trust
