package pdf

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"boso/reports/model"
	"boso/templates/msg"
)

// steeringScales are the font scales tried, largest first, to fit the
// steering page on one page; below the last the text gets too small to
// read on paper.
var steeringScales = []float64{1, 0.93, 0.86, 0.8, 0.75, 0.7}

// steering draws the steering-group page from the current position:
// title, summary bullets, the three tables and the notes.
func (d *doc) steering(st model.Steering) {
	d.font(true, 16)
	d.textColor(colAccent)
	d.lines(d.wrap(st.Title, textW), marginX, textW, d.lineH(16), "L")
	y := d.y() + d.sp(1.5)
	d.line(marginX, y, pageW-marginX, y, 0.4, colAccent)
	d.setY(y + d.sp(5))

	if st.Text != "" {
		// the programme leader's own summary, in their words
		d.font(false, 10.5)
		d.textColor(colText)
		lh := d.lineH(10.5)
		for _, para := range strings.Split(st.Text, "\n\n") {
			ls := d.wrap(strings.TrimSpace(para), textW)
			d.need(float64(len(ls)) * lh)
			d.lines(ls, marginX, textW, lh, "L")
			d.gap(1.5)
		}
		d.gap(2)
	}
	if len(st.Summary) > 0 {
		d.font(false, 10.5)
		d.textColor(colText)
		lh := d.lineH(10.5)
		indent := d.sp(5)
		for _, s := range st.Summary {
			ls := d.wrap(s, textW-indent)
			d.need(float64(len(ls)) * lh)
			d.cell(marginX+d.sp(1), d.y(), indent, lh, "•", "L")
			d.lines(ls, marginX+indent, textW-indent, lh, "L")
			d.gap(0.8)
		}
		d.gap(4)
	}
	first := true
	for _, t := range []*model.Table{st.Targets, st.Deviations, st.Budget} {
		if t == nil {
			continue
		}
		if !first {
			d.gap(5)
		}
		first = false
		d.table(t, nil)
	}
	if len(st.Notes) > 0 {
		d.gap(4)
		for _, n := range st.Notes {
			d.font(false, 8)
			d.textColor(colMuted)
			d.lines(d.wrap(n, textW), marginX, textW, d.lineH(8), "L")
			d.gap(0.8)
		}
	}
}

// fitSteering finds the largest scale at which r's steering page fits
// one page. If it fits at none, rows are left out from the end of the
// deviations table, then of the targets table, with a note saying how
// many; the budget is never cut.
func fitSteering(r *model.Report) (float64, model.Steering, error) {
	st := r.Steering
	for _, s := range steeringScales {
		ok, err := steeringFits(r, st, s)
		if err != nil || ok {
			return s, st, err
		}
	}
	smallest := steeringScales[len(steeringScales)-1]
	cut := func(st model.Steering, dev, tgt int) model.Steering {
		var notes []string
		st.Deviations, notes = keepRows(st.Deviations, dev, notes)
		st.Targets, notes = keepRows(st.Targets, tgt, notes)
		st.Notes = append(append([]string(nil), st.Notes...), notes...)
		return st
	}
	nDev, nTgt := dataRows(st.Deviations), dataRows(st.Targets)
	var err error
	fits := func(dev, tgt int) bool {
		if err != nil {
			return false
		}
		var ok bool
		ok, err = steeringFits(r, cut(st, dev, tgt), smallest)
		return ok
	}
	// the most deviation rows that fit with every target …
	k := sort.Search(nDev+1, func(k int) bool { return fits(nDev-k, nTgt) })
	if err != nil {
		return 0, st, err
	}
	if k <= nDev {
		return smallest, cut(st, nDev-k, nTgt), nil
	}
	// … or, with no deviation rows, the most target rows.
	k = sort.Search(nTgt+1, func(k int) bool { return fits(0, nTgt-k) })
	if err != nil {
		return 0, st, err
	}
	if k <= nTgt {
		return smallest, cut(st, 0, nTgt-k), nil
	}
	// The summary alone is longer than the page: it is shortened, at a
	// word, with every row if that leaves some of it, else with none.
	words := strings.Fields(st.Text)
	for _, rows := range [][2]int{{nDev, nTgt}, {0, 0}} {
		short := func(n int) model.Steering {
			c := cut(st, rows[0], rows[1])
			c.Text = strings.Join(words[:n], " ") + " …"
			c.Notes = append(append([]string(nil), c.Notes...), msg.PDFSteeringTextCut.F())
			return c
		}
		n := sort.Search(len(words)+1, func(n int) bool {
			if err != nil {
				return true
			}
			var ok bool
			ok, err = steeringFits(r, short(len(words)-n), smallest)
			return ok
		})
		if err != nil {
			return 0, st, err
		}
		if n < len(words) {
			return smallest, short(len(words) - n), nil
		}
	}
	return 0, st, errors.New(msg.PDFSteeringTooBig.F())
}

// steeringFits lays the steering page out at scale in a scratch
// document and reports whether it stayed on one page.
func steeringFits(r *model.Report, st model.Steering, scale float64) (bool, error) {
	d, err := steeringDoc(r, st, scale)
	if err != nil {
		return false, err
	}
	return d.pdf.PageCount() == 1, nil
}

// steeringDoc is a document of the steering page alone, st drawn at scale.
func steeringDoc(r *model.Report, st model.Steering, scale float64) (*doc, error) {
	d, err := newDoc(r)
	if err != nil {
		return nil, err
	}
	d.prev.total = 1 // for the footer's "Side 1 av 1"
	d.addPage(true)
	d.bookmark(st.Title, 0)
	d.scale = scale
	d.steering(st)
	if err := d.pdf.Error(); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return d, nil
}

// dataRows counts the rows of t that may be left out: all but totals.
func dataRows(t *model.Table) int {
	if t == nil {
		return 0
	}
	n := 0
	for _, r := range t.Rows {
		if r.Kind != model.TotalRow {
			n++
		}
	}
	return n
}

// keepRows is a copy of t with only its first keep rows that are not
// totals (totals stay), and a note on the rows left out.
func keepRows(t *model.Table, keep int, notes []string) (*model.Table, []string) {
	if t == nil || keep >= dataRows(t) {
		return t, notes
	}
	c := *t
	c.Rows = nil
	kept := 0
	for _, r := range t.Rows {
		if r.Kind == model.TotalRow || kept < keep {
			c.Rows = append(c.Rows, r)
			if r.Kind != model.TotalRow {
				kept++
			}
		}
	}
	left := dataRows(t) - keep
	if left == 1 {
		return &c, append(notes, msg.PDFRowNotShown.F(t.Caption))
	}
	return &c, append(notes, msg.PDFRowsNotShown.F(t.Caption, left))
}
