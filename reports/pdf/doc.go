// Package pdf renders the report model as an A4 PDF with gofpdf: title
// page, contents, form sections 1–5 with tables and vector charts, the
// appendix and the steering-group page; or the steering-group page alone.
// It only draws the model. The same report always gives the same bytes.
package pdf
