package workbook

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/source/parse"
	"boso/templates/msg"
)

// rawCell is one cell as excelize gives it with RawCellValue: the text of
// a text cell, or Excel's machine form of a number ("12500.5", "45838"
// for a date). The parsers below are pure, so the fuzz target can drive
// them with any text.
type rawCell struct {
	s        string
	number   bool // a numeric cell: s is Excel's machine form
	percent  bool // a numeric cell shown as a percentage (0.3 is 30 %)
	date1904 bool // the workbook counts dates from 1904 (old Mac Excel)
	// formula is the formula of a cell that holds one but no stored
	// result: a file written by a program and never opened and saved in
	// a spreadsheet. Its value is unknown, not empty.
	formula string
}

func (c rawCell) blank() bool {
	return c.formula == "" && strings.TrimFunc(c.s, unicode.IsSpace) == ""
}

// text returns what the user sees for a text field: the text trimmed, or
// a number without Excel's binary noise.
func (c rawCell) text() string {
	if c.number {
		return excelNumber(strings.TrimSpace(c.s))
	}
	return strings.TrimFunc(c.s, unicode.IsSpace)
}

// shown is the value as quoted in a message: numbers with a decimal comma,
// as Norwegian Excel shows them.
func (c rawCell) shown() string {
	if c.number {
		return strings.Replace(c.text(), ".", ",", 1)
	}
	return c.text()
}

func problem(t msg.Text, args ...any) error { return errors.New(t.F(args...)) }

// parseNumber reads a number: Excel's machine form from a numeric cell,
// the Norwegian form ("12 500,50") from a text cell.
func parseNumber(c rawCell) (num.Dec, error) {
	if c.number {
		return parse.Number(c.text(), parse.NumberFormat{Decimal: '.'})
	}
	return parse.Number(c.s, parse.NumberFormat{})
}

// parseAmount reads kroner: a number of at least 0.
func parseAmount(c rawCell) (num.Dec, error) {
	d, err := parseNumber(c)
	if parse.KindOf(err) == parse.NotNumber {
		return 0, problem(msg.WBErrNotAmount, c.shown())
	}
	if err != nil {
		return 0, err
	}
	if d < 0 {
		return 0, problem(msg.WBErrNegative, c.shown())
	}
	return d, nil
}

// parseTarget reads a target or baseline on Mål: a number of at least 0,
// as the figures boso computes are counts, amounts or shares.
func parseTarget(c rawCell) (num.Dec, error) {
	d, err := parseNumber(c)
	if err == nil && d < 0 {
		return 0, problem(msg.WBErrNegativeTarget, c.shown())
	}
	return d, err
}

// parseYear reads a year of four digits.
func parseYear(c rawCell) (int, error) {
	d, err := parseNumber(c)
	if err != nil || !d.IsInt() || d < num.MustInt(1000) || d > num.MustInt(9999) {
		return 0, problem(msg.WBErrNotYear, c.shown())
	}
	return int(d / num.Scale), nil
}

// parseDate reads a date: a date cell (an Excel serial number) or text
// written dd.mm.yyyy or yyyy-mm-dd.
func parseDate(c rawCell) (period.Date, error) {
	if c.number {
		s := c.text()
		if c.date1904 {
			s = parse.Shift1904(s)
		}
		return parse.Date(s, []parse.DateFormat{parse.DateExcel})
	}
	return parse.Date(c.s, []parse.DateFormat{parse.DateDMY, parse.DateISO})
}

// parseProgress reads framdrift: a whole number of percent from 0 to 100,
// written 30, "30 %" or "30%", or 0.3 in a cell shown as a percentage.
func parseProgress(c rawCell) (int, error) {
	var d num.Dec
	var err error
	if c.number {
		d, err = parseNumber(c)
		if err == nil && c.percent {
			var ok bool
			if d, ok = num.FromFloat(d.Float() * 100); !ok {
				err = errors.New("overflow")
			}
		}
	} else {
		t := strings.TrimFunc(c.s, unicode.IsSpace)
		t = strings.TrimFunc(strings.TrimSuffix(t, "%"), unicode.IsSpace)
		d, err = parse.Number(t, parse.NumberFormat{})
	}
	if err != nil || !d.IsInt() {
		return 0, problem(msg.WBErrNotProgress, c.shown())
	}
	if d < 0 || d > num.MustInt(100) {
		return 0, problem(msg.WBErrProgressRange, c.shown())
	}
	return int(d / num.Scale), nil
}

// statusWords are the letters and the words written out, as the form
// and its users write them.
var statusWords = map[string]Status{
	"n": StatusNew, "v": StatusContinued, "g": StatusCompleted, "a": StatusDiscontinued,
}

func init() {
	for _, w := range []struct {
		t msg.Text
		s Status
	}{{msg.WBStatusNew, StatusNew}, {msg.WBStatusContinued, StatusContinued},
		{msg.WBStatusCompleted, StatusCompleted}, {msg.WBStatusDiscontinued, StatusDiscontinued}} {
		statusWords[norm(w.t.String())] = w.s
	}
}

// parseStatus reads n, v, g or a (any case), or the word written out.
func parseStatus(c rawCell) (Status, error) {
	if s, ok := statusWords[norm(c.text())]; ok {
		return s, nil
	}
	return "", problem(msg.WBErrNotStatus, c.shown())
}

// parseGroup reads Styringsgruppe or Programgruppe; it returns the label.
func parseGroup(c rawCell) (msg.Text, error) {
	t := norm(c.text())
	for _, g := range []msg.Text{msg.WBPartSteering, msg.WBPartProgram} {
		if t == norm(g.String()) {
			return g, nil
		}
	}
	return msg.Text{}, problem(msg.WBErrNotGroup, c.shown())
}

// parseDirection reads høyere or lavere (also "higher"/"lower").
func parseDirection(c rawCell) (definition.Direction, error) {
	t := norm(c.text())
	for _, d := range []struct {
		words []string
		dir   definition.Direction
	}{
		{[]string{norm(msg.WBDirHigher.String()), string(definition.Higher)}, definition.Higher},
		{[]string{norm(msg.WBDirLower.String()), string(definition.Lower)}, definition.Lower},
	} {
		for _, w := range d.words {
			if t == w || strings.HasPrefix(t, w+" ") {
				return d.dir, nil
			}
		}
	}
	return "", problem(msg.WBErrNotDirection, c.shown())
}

// parsePeriod reads a period id and returns it as period.Period writes
// it: 2025, 2025H1. A whole year typed as a number is a numeric cell.
func parsePeriod(c rawCell) (string, error) {
	p, err := period.Parse(c.text())
	if err != nil || p.Type == period.Programme {
		return "", problem(msg.WBErrNotPeriod, c.shown())
	}
	return p.String(), nil
}

// parseReportPeriod reads the period a workbook is made for: a year or a
// half-year, as the template writes it («2025», «1. halvår 2025») or as
// an id (2025H1).
func parseReportPeriod(c rawCell) (period.Period, error) {
	t := norm(c.text())
	if p, err := period.Parse(t); err == nil && (p.Type == period.Year || p.Type == period.Half) {
		return p, nil
	}
	var n, y int
	if _, err := fmt.Sscanf(noSpace(t), "%d.halvår%d", &n, &y); err == nil && (n == 1 || n == 2) && y >= 1000 && y <= 9999 {
		// nothing may follow: «1. halvår 2025 og 2026» is not a period
		if p := (period.Period{Type: period.Half, Year: y, N: n}); noSpace(norm(readable(p))) == noSpace(t) {
			return p, nil
		}
	}
	return period.Period{}, problem(msg.WBErrNotReportPeriod, c.shown())
}

func noSpace(s string) string { return strings.ReplaceAll(s, " ", "") }

// parseKommunenummer reads a kommunenummer; 301 (a number) is 0301.
func parseKommunenummer(c rawCell) (string, error) {
	return parse.Kommunenummer(c.text())
}

// parseFigure reads an entered figure: a number, or one of SSB's marks
// ".." (also "..."), "." and ":".
func parseFigure(c rawCell) (Figure, error) {
	t := c.text()
	switch t {
	case "..", "...":
		return Figure{Mark: NoData}, nil
	case ".":
		return Figure{Mark: NotComputable}, nil
	case ":":
		return Figure{Mark: Suppressed}, nil
	}
	d, err := parseNumber(c)
	switch {
	case err == nil:
		return Figure{Number: d}, nil
	case strings.Contains(t, "*"):
		return Figure{}, problem(msg.WBErrStarInValue, c.shown())
	case parse.KindOf(err) == parse.NotNumber:
		return Figure{}, problem(msg.WBErrNotFigure, c.shown())
	}
	return Figure{}, err
}

// norm is the form labels and closed-list words are compared in: spaces
// collapsed, lower case, a trailing colon dropped.
func norm(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimSpace(strings.TrimSuffix(s, ":"))
}

// excelNumber undoes binary floating point in a raw numeric cell: Excel
// stores 1234.56 as "1234.5600000000001" and small numbers as "1E-3".
// Like Excel's own display it keeps 15 significant digits and writes the
// result without exponent. Other text is left alone.
func excelNumber(s string) string {
	if !strings.ContainsAny(s, ".eE") {
		return s
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return s
	}
	v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// closest returns the candidate nearest to s by edit distance, if it is
// near enough to be a likely typo.
func closest(s string, candidates []string) (string, bool) {
	return diag.Closest(s, candidates, max(2, len([]rune(s))/3))
}
