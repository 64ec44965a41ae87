package region

import (
	"io"
	"sort"
	"strings"
	"sync"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/files"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/pii"
	"boso/indicators/source"
	"boso/indicators/source/table"
	"boso/indicators/stdlib"
	"boso/reports/tidy"
	"boso/templates/msg"
)

// Export is a kommune's figure export (boso compute's tall.csv) as read
// back: every figure with its mark, unsuppressed (SPEC §6: submissions
// carry the kommune's own counts; the roll-up decides what it shows).
type Export struct {
	Figures []Figure
	// Warnings are what was said of rows left out that are no error (an
	// indicator the standard library does not have).
	Warnings diag.List
	// byKey indexes Figures for Get, made on its first call: the roll-up
	// reads Figures in order, and an index of every export of the country
	// would hold more than the figures themselves.
	index sync.Once
	byKey map[figKey]int
}

// Figure is one figure of an export.
type Figure struct {
	Kommune   string
	Indicator string
	Period    period.Period
	Group     string // breakdown part ("malgruppe=barnefamilier"), "" for «I alt»
	Value     num.Dec
	Has       bool   // false: no figure; Mark says why
	Mark      string // "", "..", ".", ":", "*"
	Reason    string // the machine code of why there is no figure
	// Numerator and Denominator of a ratio, when the export carries them:
	// a region's ratio is made from the summed parts, never by averaging
	// the kommuner's ratios.
	Numerator, Denominator num.Dec
	HasParts               bool
	// Rows is how many register rows a summed amount rests on (loans),
	// when the export says; -1 when it does not.
	Rows int
	Pos  diag.Pos
}

type figKey struct {
	kommune, indicator string
	period             period.Period
	group              string
}

// Get returns the figure of kommune, indicator, period and group.
func (e *Export) Get(kommune, indicator string, p period.Period, group string) (*Figure, bool) {
	e.index.Do(func() {
		e.byKey = make(map[figKey]int, len(e.Figures))
		for i := range e.Figures {
			f := &e.Figures[i]
			e.byKey[figKey{f.Kommune, f.Indicator, f.Period, f.Group}] = i
		}
	})
	i, ok := e.byKey[figKey{kommune, indicator, p, group}]
	if !ok {
		return nil, false
	}
	return &e.Figures[i], true
}

// Kommuner lists the kommuner the export has figures for, sorted.
func (e *Export) Kommuner() []string {
	seen := map[string]bool{}
	var out []string
	for i := range e.Figures {
		if k := e.Figures[i].Kommune; !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// exportColumns are the columns of tidy.Header the roll-up reads, and the
// optional ones a newer export adds.
var (
	exportNeeds    = []int{tidy.ColKommunenummer, tidy.ColPeriode, tidy.ColIndikator, tidy.ColInndeling, tidy.ColVerdi, tidy.ColMerknad}
	exportOptional = []int{tidy.ColForklaringskode, tidy.ColTeller, tidy.ColNevner, tidy.ColRader, tidy.ColBeregning}
)

// standard is the standard library, whose indicators a roll-up reads: a
// submission's rows are judged as figures of them.
var standard = sync.OnceValue(func() *definition.Set {
	var l diag.List // boso's own: it has no problems
	return definition.Load(stdlib.Sources(), &l)
})

// ReadExport reads a figure export. A row that cannot be read is an error
// with its position; every one is reported (a *diag.ListError).
func ReadExport(fsys files.FS, path string) (*Export, error) {
	head := tidy.Header()
	var expect []string
	for _, i := range exportNeeds {
		expect = append(expect, head[i])
	}
	// boso writes tall.csv with «,» and decimal points; the same file
	// opened and saved again in Excel with Norwegian settings has «;»,
	// decimal commas and Windows-1252, and is read as well: with «;» a
	// comma inside a number can only be the decimal comma
	r, err := table.OpenCSVIn(fsys, path, table.Options{Expect: expect, Delimiter: 0})
	if err != nil {
		return nil, err
	}
	defer r.Close()
	decimalComma := false
	if d, ok := r.(interface{ Delimiter() rune }); ok && d.Delimiter() != ',' {
		decimalComma = true
	}
	parseNum := func(v string) (num.Dec, error) {
		if decimalComma && !strings.Contains(v, ".") {
			v = strings.Replace(v, ",", ".", 1)
		}
		return num.Parse(v)
	}
	var l diag.List
	col := map[string]int{}
	for i, h := range r.Header() {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	at := func(name string) int {
		if i, ok := col[strings.ToLower(name)]; ok {
			return i
		}
		return -1
	}
	kc, pc, ic, gc, vc, mc := at(expect[0]), at(expect[1]), at(expect[2]), at(expect[3]), at(expect[4]), at(expect[5])
	rc, nc, dc, rowc, bc := at(head[exportOptional[0]]), at(head[exportOptional[1]]), at(head[exportOptional[2]]), at(head[exportOptional[3]]), at(head[exportOptional[4]])
	cell := func(row table.Row, i int) string {
		if i < 0 || i >= len(row.Cells) {
			return ""
		}
		return source.Unescape(strings.TrimSpace(row.Cells[i]))
	}
	std := standard()
	var ids []string
	for _, ind := range std.Indicators {
		ids = append(ids, ind.ID)
	}
	// a number with as many digits as a fødselsnummer is refused, and
	// its digits are never repeated
	personal := func(row table.Row, cols ...int) bool {
		for _, c := range cols {
			if pii.CountDigits(cell(row, c)) >= 11 {
				l.Add(CodeSubmission, r.Pos(row, c), msg.ValuePersonalID.F())
				return true
			}
		}
		return false
	}
	// The texts a figure keeps are few and repeat on every row; kept as
	// slices of the row they would each hold the whole row in memory.
	texts := map[string]string{}
	kept := func(row table.Row, i int) string {
		v := cell(row, i)
		if t, ok := texts[v]; ok {
			return t
		}
		v = strings.Clone(v)
		texts[v] = v
		return v
	}
	ex := &Export{}
	byKey := map[figKey]int{} // the first row of each figure
	periods := map[string]period.Period{}
	for {
		row, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			addErr(&l, path, err)
			continue
		}
		f := Figure{Kommune: kept(row, kc), Indicator: kept(row, ic), Group: kept(row, gc), Mark: kept(row, mc), Pos: r.Pos(row, 0)}
		if decimalComma && len(f.Kommune) == 3 && allDigits(f.Kommune) {
			f.Kommune = "0" + f.Kommune // Excel drops the leading zero of 0301
		}
		if len(f.Kommune) != 4 || !allDigits(f.Kommune) {
			l.Add(CodeSubmission, r.Pos(row, kc), msg.ProgBadKommune.F(f.Kommune))
			continue
		}
		ps := cell(row, pc)
		p, seen := periods[ps]
		var perr error
		if !seen {
			if p, perr = period.Parse(ps); perr == nil {
				periods[strings.Clone(ps)] = p
			}
		}
		if perr != nil {
			l.Add(CodeSubmission, r.Pos(row, pc), msg.RegExportPeriod.F(cell(row, pc)))
			continue
		}
		f.Period = p
		if f.Indicator == "" {
			l.Add(CodeSubmission, r.Pos(row, ic), msg.RegExportNoIndicator.F())
			continue
		}
		if personal(row, vc, nc, dc, rowc) {
			continue
		}
		if v := cell(row, vc); v != "" {
			d, err := parseNum(v)
			if err != nil {
				l.Add(CodeSubmission, r.Pos(row, vc), msg.RegExportValue.F(v))
				continue
			}
			f.Value, f.Has = d, true
		}
		if !f.Has && f.Mark == "" {
			l.Add(CodeSubmission, r.Pos(row, vc), msg.RegExportNoValue.F())
			continue
		}
		f.Reason = kept(row, rc)
		f.Rows = -1
		if v := cell(row, rowc); v != "" {
			n, err := parseNum(v)
			if err != nil || !n.IsInt() || n < 0 {
				l.Add(CodeSubmission, r.Pos(row, rowc), msg.RegExportRows.F(v))
				continue
			}
			f.Rows = int(n / num.Scale)
		}
		if n, d := cell(row, nc), cell(row, dc); n != "" || d != "" {
			nv, err1 := parseNum(n)
			dv, err2 := parseNum(d)
			if err1 != nil || err2 != nil {
				l.Add(CodeSubmission, r.Pos(row, nc), msg.RegExportParts.F(n, d))
				continue
			}
			f.Numerator, f.Denominator, f.HasParts = nv, dv, true
		}
		// the row as a figure of its indicator, as a programme reading
		// the export judges it (engine.CheckExportRow): a mark with a
		// value, a ratio its parts do not give, a negative count …
		ind := std.Get(f.Indicator)
		if ind == nil {
			// another programme's own indicator is no error of the
			// submission, but a misspelt standard one would vanish
			text := msg.RegExportUnknown.F(f.Indicator)
			if near, ok := diag.Closest(f.Indicator, ids, 3); ok {
				text += " " + msg.MapColumnNear.F(near)
			}
			l.Warn(CodeSubmission, r.Pos(row, ic), text)
			continue
		}
		er := engine.ExportRow{Mark: f.Mark, Group: f.Group, Kind: cell(row, bc), Value: f.Value, HasValue: f.Has,
			Numerator: f.Numerator, Denominator: f.Denominator, HasNumerator: f.HasParts && cell(row, nc) != "", HasDenominator: f.HasParts && cell(row, dc) != "",
			Rows: num.Dec(f.Rows) * num.Scale, HasRows: f.Rows >= 0}
		if text := engine.CheckExportRow(ind, er); text != "" {
			l.Add(CodeSubmission, f.Pos, text)
			continue
		}
		if f.Has {
			if text := engine.CheckFigureValue(ind, f.Value, f.Kommune, f.Period.String()); text != "" {
				l.Add(CodeSubmission, r.Pos(row, vc), text)
				continue
			}
		}
		k := figKey{f.Kommune, f.Indicator, f.Period, f.Group}
		if first, dup := byKey[k]; dup {
			l.Add(CodeSubmission, r.Pos(row, ic), msg.RegExportDuplicate.F(ex.Figures[first].Pos.Line))
			continue
		}
		byKey[k] = len(ex.Figures)
		ex.Figures = append(ex.Figures, f)
	}
	// no room to grow: the roll-up holds every kommune's export at once
	ex.Figures = append([]Figure(nil), ex.Figures...)
	if l.Errors() > 0 {
		return nil, &diag.ListError{List: &l}
	}
	if len(ex.Figures) == 0 {
		return nil, &table.Error{Pos: diag.Pos{File: path}, Msg: msg.RegExportEmpty.F()}
	}
	ex.Warnings.Append(&l)
	return ex, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
