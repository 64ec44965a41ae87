package attack

import (
	"strings"
	"unicode"
)

// What a reader gets out of one rendered file, before any interpretation:
// tables as grids of text, chart series as the chart draws them, and every
// other text (paragraphs, notes, alt texts) where numbers may hide.

// grid is one table: its caption, header row and body rows, as text.
type grid struct {
	where   string // the file: "2025H1.html"
	caption string
	header  []string
	rows    [][]string
	notes   []string
}

// series is one series of a chart, as the chart's data gives it.
type series struct {
	where, chart string // the file and the chart's title
	name         string
	categories   []string
	points       []point
}

// point is one value of a chart: the number drawn (nil for a gap) and the
// text a tooltip or label shows.
type point struct {
	value *float64
	text  string
}

// altText is a chart's description for screen readers.
type altText struct {
	where, chart string
	text         string
}

// rendered is one file read back.
type rendered struct {
	where  string
	tables []grid
	charts []series
	alts   []altText
	texts  []string // paragraphs, notes, list items: prose a reader sees
	// wholeProse is set when each text is a whole paragraph (HTML, the
	// spreadsheet), not a line of one (PDF)
	wholeProse bool
	// defects are what looks wrong to a reader but tells no figure
	defects []string
	// stray are numbers of a spreadsheet outside every table
	stray []string
	// gapMarks are the marks a PDF chart writes at its gaps, chart by chart
	gapMarks []series
}

// clean folds the spaces a renderer may use (no-break, thin, narrow
// no-break) into plain spaces and trims runs of them.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// captionKey is a table caption without its number and without the mark of
// a continued table: what names the table across formats.
func captionKey(s string) string {
	s = strings.TrimSuffix(clean(s), " (forts.)")
	return s
}
