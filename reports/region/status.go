package region

import (
	"sort"
	"strconv"
	"strings"

	"boso/indicators/diag"
	"boso/indicators/kommuner"
	"boso/indicators/period"
	"boso/reports/format"
	"boso/templates/msg"
	"boso/templates/workbook"
)

// State is where a kommune's submission stands on the run date.
type State string

// The states.
const (
	OnTime     State = "i-tide"     // received by the due date
	Late       State = "for-sent"   // received after the due date
	NoDate     State = "uten-dato"  // received; when is not known
	Missing    State = "mangler"    // not received, and the due date has passed
	NotYetDue  State = "ikke-frist" // not received, and the due date has not passed
	Unreadable State = "uleselig"   // received, but nothing in it could be read
	// WrongPeriod: what was received is for another period (the
	// workbook's Rapporteringsperiode, or the export's periods): it is
	// not received for this one, and not rolled up.
	WrongPeriod State = "feil-periode"
	// Ambiguous: more than one submission of the kommune; none is used.
	Ambiguous State = "flere"
	// Faulty: received, but a part of it is another kommune's and is not used.
	Faulty State = "har-feil"
)

// DateSource says where a received date comes from.
type DateSource string

// Where a received date comes from.
const (
	FromLog      DateSource = "logg"       // the adviser's submission log
	FromWorkbook DateSource = "arbeidsbok" // the workbook's Rapporteringsdato
)

// Status is one expected kommune's submission, judged.
type Status struct {
	Kommune    string
	Submission *Submission // nil: none received
	// Used is the submission whose contents are rolled up: Submission,
	// or nil when it is for another period or one of several.
	Used *Submission
	// Others are the kommune's further submissions (Ambiguous).
	Duplicates []*Submission
	// Period is, for WrongPeriod, the period the submission is for.
	Period   period.Period
	ofPeriod period.Period // the roll-up's
	State    State
	Received period.Date
	From     DateSource // "" when there is no date
	DaysLate int
	// Empty lists the form sections the workbook leaves empty (form
	// numbering: "1", "2", "3", "3.1", "4", "5"); a submission without a
	// workbook has every section empty.
	Empty    []string
	Errors   int
	Warnings int
	First    []diag.Problem // the first few problems, with their cells
	// Judged are the problems found judging the submission for the
	// period (its period, its dates, other submissions of the kommune);
	// they come first in First and are counted in Errors and Warnings.
	Judged diag.List
}

// FirstProblems is how many problems of each submission are listed.
const FirstProblems = 3

// Overview is the submissions of a region for one report period.
type Overview struct {
	Period   period.Period
	Due      period.Date
	Date     period.Date // the run date: the state is as on it
	Statuses []Status    // one per expected kommune, in number order
	// Others are submissions of kommuner the region does not expect, and
	// those whose kommune could not be told: listed, not rolled up.
	Others []*Submission
}

// Expected is the number of submissions expected.
func (o *Overview) Expected() int { return len(o.Statuses) }

// Received is the number received (usable or not).
func (o *Overview) Received() int {
	n := 0
	for _, s := range o.Statuses {
		if s.Submission != nil && s.State != WrongPeriod {
			n++
		}
	}
	return n
}

// ReceivedOnTime is the number received by the due date.
func (o *Overview) ReceivedOnTime() int {
	n := 0
	for _, s := range o.Statuses {
		if s.State == OnTime {
			n++
		}
	}
	return n
}

// DueDate is the due date of a report period: for the half-year report
// (first half-year) the half-year date of the same year, else the annual
// date of the year after (the second half-year closes the year).
func (c *Config) DueDate(p period.Period) period.Date {
	day, month := 31, 8
	year := p.Year
	if p.Type == period.Half && p.N == 1 {
		if d, m, ok := dayMonth(c.Due.HalfYear); ok {
			day, month = d, m
		}
	} else {
		day, month, year = 31, 1, p.Year+1
		if d, m, ok := dayMonth(c.Due.Year); ok {
			day, month = d, m
		}
	}
	if day > period.DaysIn(year, month) { // 29.02 in a common year
		day = period.DaysIn(year, month)
	}
	return period.MustDate(year, month, day)
}

// Judge sets each expected kommune's state on the run date from what was
// received and the log. A submission for another period is not received
// for this one; a kommune with several submissions has none used; a
// received date after the run date or before the period ended is not
// used (CheckLog warns of the log's).
func (c *Config) Judge(p period.Period, date period.Date, subs []*Submission, log Log) *Overview {
	o := &Overview{Period: p, Due: c.DueDate(p), Date: date}
	byKommune := map[string][]*Submission{}
	for _, s := range subs {
		if s.Kommune == "" || !c.expects(s.Kommune) {
			o.Others = append(o.Others, s)
			continue
		}
		byKommune[s.Kommune] = append(byKommune[s.Kommune], s)
	}
	current := currentLog(log)
	ks := append([]string(nil), c.Kommuner...)
	sort.Strings(ks)
	for _, k := range ks {
		st := Status{Kommune: k, ofPeriod: p}
		if all := byKommune[k]; len(all) > 0 {
			st.Submission = all[0]
			st.Duplicates = all[1:]
		}
		s := st.Submission
		if e, ok := current[k]; ok && dateProblem(e.Received, p, date) == "" {
			st.Received, st.From = e.Received, FromLog
		} else if _, logged := current[k]; !logged && s != nil && s.Workbook != nil && s.Workbook.Program.ReportDate.Filled {
			rd := s.Workbook.Program.ReportDate
			if why := dateProblem(rd.Value, p, date); why != "" {
				st.Judged.Warn(CodeSubmission, rd.Pos, dateText(why, msg.RegDateWorkbook.F(), rd.Value, p, date))
			} else {
				st.Received, st.From = rd.Value, FromWorkbook
			}
		}
		if s != nil && len(st.Duplicates) == 0 {
			st.judgePeriod(p)
		}
		switch {
		case s == nil && date > o.Due:
			st.State = Missing
		case s == nil:
			st.State = NotYetDue
		case len(st.Duplicates) > 0:
			st.State = Ambiguous
			paths := []string{s.Path}
			for _, d := range st.Duplicates {
				paths = append(paths, d.Path)
			}
			words := strings.Split(msg.RegNumberWords.F(), ",")
			n := strconv.Itoa(len(paths))
			if len(paths) < len(words) {
				n = words[len(paths)]
			}
			st.Judged.Add(CodeSubmission, diag.Pos{File: s.Path}, msg.RegDuplicate.F(n, kommuneName(k)+" "+k, msg.JoinAnd(paths)))
		case st.State == WrongPeriod:
		case s.Unreadable:
			st.State = Unreadable
		case s.Conflict:
			st.State = Faulty
		case st.From == "":
			st.State = NoDate
		case st.Received > o.Due:
			st.State, st.DaysLate = Late, int(st.Received-o.Due)
		default:
			st.State = OnTime
		}
		if s != nil && st.State != WrongPeriod && st.State != Ambiguous {
			st.Used = s
		}
		if s != nil {
			if st.State != Ambiguous {
				st.Empty = emptySections(s.Workbook)
			}
			var all diag.List
			all.Append(&st.Judged)
			all.Append(s.Problems)
			st.Errors = all.Errors()
			st.Warnings = all.Len() - st.Errors
			items := all.Items()
			st.First = items[:min(len(items), FirstProblems)]
		}
		o.Statuses = append(o.Statuses, st)
	}
	return o
}

// judgePeriod tells whether the submission is for the period p: the
// workbook's Rapporteringsperiode when it has one, else whether the
// export has figures for p. An export without figures for p beside a
// workbook for p is a problem of the submission.
func (st *Status) judgePeriod(p period.Period) {
	s := st.Submission
	if s.Workbook != nil && s.Workbook.Program.ReportPeriod.Filled {
		rp := s.Workbook.Program.ReportPeriod
		if rp.Value != p {
			st.State, st.Period = WrongPeriod, rp.Value
			st.Judged.Add(CodeSubmission, rp.Pos, msg.RegWorkbookPeriod.F(format.Period(rp.Value), format.Period(p)))
			return
		}
	}
	if s.Export == nil {
		return
	}
	var last period.Period
	has := false
	for i := range s.Export.Figures {
		f := &s.Export.Figures[i]
		if f.Period == p {
			return
		}
		if !has || f.Period.Last() > last.Last() || (f.Period.Last() == last.Last() && f.Period.Type > last.Type) {
			last, has = f.Period, true
		}
	}
	if !has {
		return
	}
	if s.Workbook != nil && s.Workbook.Program.ReportPeriod.Filled {
		st.Judged.Add(CodeSubmission, diag.Pos{File: s.ExportPath}, msg.RegExportNoPeriod.F(format.Period(p), format.Period(last)))
		return
	}
	st.State, st.Period = WrongPeriod, last
	st.Judged.Add(CodeSubmission, diag.Pos{File: s.ExportPath}, msg.RegExportNoPeriodAt.F(format.Period(p), format.Period(last)))
}

// currentLog is the log with a line under a former number counted for
// today's (the earliest date when both are there).
func currentLog(log Log) Log {
	current := Log{}
	for k, e := range log {
		if _, ok := kommuner.Current(k); !ok {
			if succ, ok := kommuner.Successor(k); ok {
				k = succ
			}
		}
		if old, dup := current[k]; !dup || e.Received < old.Received || (e.Received == old.Received && e.Pos.Line < old.Pos.Line) {
			current[k] = e
		}
	}
	return current
}

// Why a received date cannot be used for the period p on the run date.
const (
	afterRun  = "after"
	beforeEnd = "before"
)

func dateProblem(d period.Date, p period.Period, date period.Date) string {
	switch {
	case d > date:
		return afterRun
	case d <= p.Last():
		return beforeEnd
	}
	return ""
}

func dateText(why, what string, d period.Date, p period.Period, date period.Date) string {
	if why == afterRun {
		return msg.RegDateAfterRun.F(what, format.Date(d), format.Date(date))
	}
	return msg.RegDateBeforeEnd.F(what, format.Date(d), format.Period(p), format.Date(p.Last()))
}

// CheckLog warns of the log's lines the roll-up does not use: a kommune
// not of the region, a date after the run date or before the period
// ended.
func (c *Config) CheckLog(log Log, p period.Period, date period.Date, l *diag.List) {
	ks := make([]string, 0, len(log))
	for k := range log {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return log[ks[i]].Pos.Line < log[ks[j]].Pos.Line })
	for _, k := range ks {
		e := log[k]
		cur := k
		if _, ok := kommuner.Current(k); !ok {
			if succ, ok := kommuner.Successor(k); ok {
				cur = succ
			}
		}
		if !c.expects(cur) {
			l.Warn(CodeLog, e.KommunePos, msg.RegLogForeign.F(k))
			continue
		}
		if why := dateProblem(e.Received, p, date); why != "" {
			l.Warn(CodeLog, e.Pos, dateText(why, msg.RegDateLog.F(), e.Received, p, date))
		}
	}
}

func (c *Config) expects(k string) bool {
	for _, e := range c.Kommuner {
		if e == k {
			return true
		}
	}
	return false
}

// emptySections lists the form sections a workbook leaves empty.
func emptySections(wb *workbook.Workbook) []string {
	if wb == nil {
		return []string{"1", "2", "3", "3.1", "4", "5"}
	}
	var out []string
	pi := wb.Program
	if !pi.Leader.Filled && !pi.Summary.Filled && !pi.FilledInBy.Filled {
		out = append(out, "1")
	}
	o := wb.Organisation
	organised := len(o.SteeringMembers) > 0 || len(o.ProgramMembers) > 0
	for _, s := range []workbook.Section{o.Organising, o.SteeringGroup, o.ProgramGroup, o.Anchoring} {
		organised = organised || s.Text.Filled || s.Change.Filled
	}
	if !organised {
		out = append(out, "2")
	}
	if len(wb.Activities) == 0 {
		out = append(out, "3")
	}
	if len(wb.GoodExamples) == 0 {
		out = append(out, "3.1")
	}
	if len(wb.Economy) == 0 {
		out = append(out, "4")
	}
	if len(wb.Targets) == 0 && len(wb.Figures) == 0 {
		out = append(out, "5")
	}
	return out
}
