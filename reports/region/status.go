package region

import (
	"sort"

	"boso/indicators/diag"
	"boso/indicators/kommuner"
	"boso/indicators/period"
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
	State      State
	Received   period.Date
	From       DateSource // "" when there is no date
	DaysLate   int
	// Empty lists the form sections the workbook leaves empty (form
	// numbering: "1", "2", "3", "3.1", "4", "5"); a submission without a
	// workbook has every section empty.
	Empty    []string
	Errors   int
	Warnings int
	First    []diag.Problem // the first few problems, with their cells
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
		if s.Submission != nil {
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
// received and the log.
func (c *Config) Judge(p period.Period, date period.Date, subs []*Submission, log Log) *Overview {
	o := &Overview{Period: p, Due: c.DueDate(p), Date: date}
	byKommune := map[string]*Submission{}
	for _, s := range subs {
		if s.Kommune == "" || byKommune[s.Kommune] != nil || !c.expects(s.Kommune) {
			o.Others = append(o.Others, s)
			continue
		}
		byKommune[s.Kommune] = s
	}
	// a log line under a former number counts for today's
	current := Log{}
	for k, e := range log {
		if _, ok := kommuner.Current(k); !ok {
			if succ, ok := kommuner.Successor(k); ok {
				k = succ
			}
		}
		if old, dup := current[k]; !dup || e.Received < old.Received {
			current[k] = e
		}
	}
	ks := append([]string(nil), c.Kommuner...)
	sort.Strings(ks)
	for _, k := range ks {
		st := Status{Kommune: k, Submission: byKommune[k]}
		s := st.Submission
		if e, ok := current[k]; ok {
			st.Received, st.From = e.Received, FromLog
		} else if s != nil && s.Workbook != nil && s.Workbook.Program.ReportDate.Filled {
			st.Received, st.From = s.Workbook.Program.ReportDate.Value, FromWorkbook
		}
		switch {
		case s == nil && date > o.Due:
			st.State = Missing
		case s == nil:
			st.State = NotYetDue
		case s.Unreadable:
			st.State = Unreadable
		case st.From == "":
			st.State = NoDate
		case st.Received > o.Due:
			st.State, st.DaysLate = Late, int(st.Received-o.Due)
		default:
			st.State = OnTime
		}
		if s != nil {
			st.Empty = emptySections(s.Workbook)
			st.Errors = s.Problems.Errors()
			st.Warnings = s.Problems.Len() - st.Errors
			items := s.Problems.Items()
			st.First = items[:min(len(items), FirstProblems)]
		}
		o.Statuses = append(o.Statuses, st)
	}
	return o
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
