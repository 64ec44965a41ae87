package build

import (
	"errors"
	"math"
	"sort"
	"strconv"
	"strings"

	"boso/indicators/period"
	"boso/reports/model"
	"boso/reports/suppress"
	"boso/templates/msg"
)

// LeakError says that a report about to be published lets a reader work out
// hidden figures. It is a bug in boso, not in the user's data.
type LeakError struct {
	Cells []Leak
}

// Leak is one figure a reader can narrow down, and where it is shown.
type Leak struct {
	Where  string // the table and cell, or the figure in words when no cell shows it
	Lo, Hi float64
}

func (e *LeakError) Error() string {
	var lines []string
	for _, c := range e.Cells {
		lines = append(lines, msg.RepLeak.F(c.Where, number(c.Lo), number(c.Hi)))
	}
	return msg.RepLeakHead.F() + "\n" + strings.Join(lines, "\n")
}

// shownState is what the rendered model tells about one base fact.
type shownState struct {
	visible, hidden bool
	where           string // the first cell showing it
}

// readModel collects, from a report model alone, every base fact its cells
// and chart points rest on and whether the number is shown.
func readModel(fx *facts, r *model.Report, states map[factKey]*shownState) {
	note := func(facts []string, shows bool, hiddenMark bool, where func() string) {
		for _, s := range facts {
			k, ok := parseFactKey(s)
			if !ok {
				continue
			}
			base := fx.expand(k)
			for _, bk := range base {
				st := states[bk]
				if st == nil {
					st = &shownState{where: where()}
					states[bk] = st
				}
				if shows {
					st.visible = true
				} else if hiddenMark && len(base) == 1 && bk == k {
					// a hidden rate says only that something it rests on is hidden
					st.hidden = true
				}
			}
		}
	}
	table := func(t *model.Table) {
		for ri, row := range t.Rows {
			for ci, c := range row.Cells {
				where := func() string {
					label := ""
					if len(row.Cells) > 0 {
						label = row.Cells[0].Text
					}
					col := ""
					if ci < len(t.Columns) {
						col = t.Columns[ci].Title
					}
					return msg.RepLeakCell.F(t.Caption, label, col, ri+1)
				}
				// a number, or a text that shows one (a baseline «54 (2016)», a
				// status against the target)
				shows := c.IsNum || (c.Mark == "" && c.Text != "")
				note(c.Facts, shows, c.Mark == ":", where)
			}
		}
	}
	for _, s := range r.Sections {
		for _, bl := range s.Blocks {
			if bl.Table != nil {
				table(bl.Table)
			}
			if ch := bl.Chart; ch != nil {
				for _, se := range ch.Series {
					for i, p := range se.Values {
						cat := ""
						if i < len(ch.Categories) {
							cat = ch.Categories[i]
						}
						note(p.Facts, p.Has, p.Label == ":", func() string { return msg.RepLeakPoint.F(ch.Title, se.Name, cat) })
					}
				}
			}
		}
	}
	for _, t := range []*model.Table{r.Steering.Targets, r.Steering.Budget, r.Steering.Deviations} {
		if t != nil {
			table(t)
		}
	}
}

// audit rebuilds the disclosure problem from the rendered models — this
// report and the earlier documents as published — and checks with linear
// programming that no hidden or latent small figure can be narrowed below
// its protection range, beyond what the earlier documents already gave away.
func (pl *plan) audit(r *model.Report) error {
	u := pl.u
	fx := u.fx
	earlier := map[factKey]*shownState{}
	for _, e := range pl.earlier {
		for k, st := range e {
			if old := earlier[k]; old != nil {
				old.visible, old.hidden = old.visible || st.visible, old.hidden || st.hidden
			} else {
				earlier[k] = &shownState{visible: st.visible, hidden: st.hidden, where: st.where}
			}
		}
	}
	now := map[factKey]*shownState{}
	readModel(fx, r, now)
	var leaks []Leak
	for _, k := range sortedFacts(now) {
		st := now[k]
		if _, small := u.protection(k, disclosureRules{threshold: pl.in.threshold()}); small && st.visible {
			leaks = append(leaks, Leak{Where: st.where + " " + msg.RepLeakSmall.F(), Lo: u.val(k), Hi: u.val(k)})
		}
		if st.visible && st.hidden {
			leaks = append(leaks, Leak{Where: st.where + " " + msg.RepLeakTwice.F(), Lo: u.val(k), Hi: u.val(k)})
		}
	}
	// A cell an earlier document hid may be shown now when the rule does
	// not protect it today (a report made again with a lower threshold);
	// what that tells of the cells still protected, the linear programme
	// below finds.
	for _, k := range sortedFacts(now) {
		u.add(k)
	}
	for _, k := range sortedFacts(earlier) {
		u.add(k)
	}
	u.close()
	rules := disclosureRules{threshold: pl.in.threshold()}
	p := &suppress.Problem{Relations: u.rels, Cells: make([]suppress.Cell, len(u.keys))}
	before := make([]bool, len(u.keys)) // unknown from the earlier documents alone
	hidden := make([]bool, len(u.keys))
	for i, k := range u.keys {
		c := suppress.Cell{Value: u.val(k), Floor: u.floor(k)}
		c.Protect, _ = u.protection(k, rules)
		e, n := earlier[k], now[k]
		known := (e != nil && e.visible) || (n != nil && n.visible)
		if !known {
			if n != nil && n.hidden {
				hidden[i] = true
			} else {
				c.Latent = true
			}
		}
		before[i] = e == nil || !e.visible
		p.Cells[i] = c
	}
	given := map[int]bool{}
	gone, err := earlierProblem(p, before).Audit(make([]bool, len(p.Cells)))
	if err != nil {
		return err
	}
	for _, iv := range gone {
		given[iv.Cell] = true
	}
	disc, err := p.Audit(hidden)
	if err != nil {
		return err
	}
	for _, iv := range disc {
		if given[iv.Cell] {
			continue
		}
		k := u.keys[iv.Cell]
		if c := p.Cells[iv.Cell]; c.Protect == nil && c.Value == 0 && iv.Lo == 0 && iv.Hi == 0 {
			// a hidden zero a reader can work out: no household, and
			// nothing the rule protects (a count from 1 to the
			// threshold, an amount on few loans). Zeros are hidden only
			// so that the number of hidden cells says less, best effort.
			continue
		}
		where := ""
		if st := now[k]; st != nil {
			where = st.where
		} else {
			where = msg.RepLeakLatent.F(factLabel(pl.in.Set, k))
		}
		leaks = append(leaks, Leak{Where: where, Lo: iv.Lo, Hi: iv.Hi})
	}
	if len(leaks) == 0 {
		return nil
	}
	sort.Slice(leaks, func(i, j int) bool { return leaks[i].Where < leaks[j].Where })
	return &LeakError{Cells: leaks}
}

// earlierProblem is p as the earlier documents alone left it: every cell
// they did not show is latent.
func earlierProblem(p *suppress.Problem, unknown []bool) *suppress.Problem {
	q := &suppress.Problem{Relations: p.Relations, Cells: make([]suppress.Cell, len(p.Cells))}
	for i, c := range p.Cells {
		q.Cells[i] = suppress.Cell{Value: c.Value, Protect: c.Protect, Latent: unknown[i], Floor: c.Floor}
	}
	return q
}

// IsLeak reports whether err is a failed disclosure audit.
func IsLeak(err error) bool {
	var le *LeakError
	return errors.As(err, &le)
}

// number writes an interval end for the audit's message.
func number(v float64) string {
	if math.IsInf(v, 1) {
		return "∞"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// sortedFacts returns a map's facts in a fixed order, so that the cells of
// the disclosure problem, and so its choices, are the same in every run.
func sortedFacts[V any](m map[factKey]V) []factKey {
	out := make([]factKey, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.ind != b.ind {
			return a.ind < b.ind
		}
		if a.p != b.p {
			return period.Less(a.p, b.p)
		}
		return a.group < b.group
	})
	return out
}
