// Package html renders a report model as one self-contained HTML file: the
// page, its stylesheet (screen and A4 print), the charts (go-echarts
// options drawn by an inlined ECharts) and every table, with no request to
// any other file or server, so it opens offline on a locked-down PC. The
// page is meant to meet WCAG 2.1 AA, and the same report gives the same bytes.
package html
