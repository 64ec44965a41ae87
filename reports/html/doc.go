// Package html renders a report model as one self-contained HTML file: the
// page, its stylesheet (screen and A4 print), the charts (go-echarts
// options drawn by an inlined ECharts) and every table, with no request to
// any other file or server, so it opens offline on a locked-down PC. The
// page is meant to meet WCAG 2.1 AA, also on a phone: charts are laid out
// again for the width they are drawn at (charts.js) and a table too wide
// for the screen is stacked, one block per row (tables.js). The same
// report gives the same bytes.
package html
