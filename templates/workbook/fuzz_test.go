package workbook

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/indicators/num"
	"boso/indicators/period"
)

var cellSeeds = []string{
	"", " ", "12500", "12 500", "12 500,00", "12500.5", "1234.5600000000001", "1E-3", "-5", "12 5OO",
	"kr 12 500,-", "45838", "45838.5", "60", "31.12.2025", "31.02.2025", "2025-08-31T12:00:00Z",
	"30", "30 %", "0.3", "150", "n", "V", "gjennomført", "x", "høyere er bedre", "lower", "Styringsgruppe",
	"2025", "2025H1", "2025h2", "2016-2025", "2025M13", "301", "0301", "34O3", "..", "...", ".", ":", "12*", "*",
	"1e400", "NaN", "9223372036854775807", "−1 234,5", "\u00a0", "Kárášjohka",
	"1. halvår 2025", "2.halvår 2025", "3. halvår 2025", "1. halvår 2025 og 2026", "1. Halvår 0999",
}

// parseBack reads p as the template writes it.
func parseBack(p period.Period) period.Period {
	back, _ := parseReportPeriod(rawCell{s: readable(p)})
	return back
}

// Any text, as a text cell or as Excel's raw number, goes through every
// cell parser without a panic; what they accept keeps its promises.
func FuzzCellParsers(f *testing.F) {
	for _, s := range cellSeeds {
		f.Add(s, false, false, false)
		f.Add(s, true, true, true)
	}
	f.Fuzz(func(t *testing.T, s string, number, percent, date1904 bool) {
		c := rawCell{s: s, number: number, percent: percent, date1904: date1904}
		if c.blank() {
			return // the reader never parses a blank cell
		}
		_ = c.text() + c.shown()
		must := func(err error) {
			if err != nil && err.Error() == "" {
				t.Fatalf("%+v: an error without a message", c)
			}
		}
		if d, err := parseNumber(c); err == nil {
			if back, err := num.Parse(d.String()); err != nil || back != d {
				t.Fatalf("%+v: %v does not survive num.Parse", c, d)
			}
		} else {
			must(err)
		}
		if d, err := parseAmount(c); err == nil && d < 0 {
			t.Fatalf("%+v: negative amount %v", c, d)
		} else {
			must(err)
		}
		if y, err := parseYear(c); err == nil && (y < 1000 || y > 9999) {
			t.Fatalf("%+v: year %d", c, y)
		} else {
			must(err)
		}
		if d, err := parseDate(c); err == nil {
			if y := d.Year(); y < 1900 || y > 9999 {
				t.Fatalf("%+v: date %v", c, d)
			}
		} else {
			must(err)
		}
		if p, err := parseProgress(c); err == nil && (p < 0 || p > 100) {
			t.Fatalf("%+v: framdrift %d", c, p)
		} else {
			must(err)
		}
		if st, err := parseStatus(c); err == nil && !strings.Contains("nvga", string(st)) {
			t.Fatalf("%+v: status %q", c, st)
		} else {
			must(err)
		}
		_, err := parseGroup(c)
		must(err)
		_, err = parseDirection(c)
		must(err)
		if id, err := parsePeriod(c); err == nil {
			if p, err := period.Parse(id); err != nil || p.String() != id {
				t.Fatalf("%+v: period %q does not read back", c, id)
			}
		} else {
			must(err)
		}
		if p, err := parseReportPeriod(c); err == nil {
			// what the reader accepts is a year or half-year the template
			// writes back as it is read
			if (p.Type != period.Year && p.Type != period.Half) || parseBack(p) != p {
				t.Fatalf("%+v: report period %v", c, p)
			}
		} else {
			must(err)
		}
		if k, err := parseKommunenummer(c); err == nil && len(k) != 4 {
			t.Fatalf("%+v: kommunenummer %q", c, k)
		} else {
			must(err)
		}
		if fg, err := parseFigure(c); err == nil {
			switch fg.Mark {
			case NoMark, NoData, NotComputable, Suppressed:
			default:
				t.Fatalf("%+v: mark %q", c, fg.Mark)
			}
		} else {
			must(err)
		}
	})
}

// The same text typed into an input cell of every sheet: Read does not
// panic, and every problem names its sheet and, but for missing layout,
// its row.
func FuzzReadCell(f *testing.F) {
	for _, s := range cellSeeds {
		f.Add(s)
	}
	blank := template(f, sample())
	cells := map[string][]string{
		"Programinfo":    {"B3", "B5", "B7", "B8", "B12"},
		"Organisering":   {"B3", "A10", "C11"},
		"Aktiviteter":    {"A3", "B4", "E5", "F6"},
		"Gode eksempler": {"A3"},
		"Økonomi":        {"A3", "C4", "D5", "A66", "E67"},
		"Tall":           {"A3", "C4", "F5", "G6"},
		"Mål":            {"A3", "D4", "E5", "F6", "G3", "H4"},
	}
	opt := sample().Options()
	f.Fuzz(func(t *testing.T, s string) {
		x, err := excelize.OpenReader(bytes.NewReader(blank))
		if err != nil {
			t.Fatal(err)
		}
		defer x.Close()
		for sheet, refs := range cells {
			for _, ref := range refs {
				if err := x.SetCellStr(sheet, ref, s); err != nil {
					return // excelize refuses some texts (too long), as Excel would: nothing to read
				}
			}
		}
		var buf bytes.Buffer
		if _, err := x.WriteTo(&buf); err != nil {
			return // not a workbook anyone could save
		}
		wb, l := ReadFrom(&buf, "arbeidsbok.xlsx", opt)
		if wb == nil {
			t.Fatalf("nothing read:\n%s", l)
		}
		for _, p := range l.Items() {
			if p.Pos.Sheet == "" || (p.Pos.Row == 0 && p.Code != CodeLayout) || p.Msg == "" {
				t.Errorf("problem without a cell: %v", p)
			}
		}
	})
}
