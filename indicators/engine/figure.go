// Package engine computes figures: indicator definitions × kommuner ×
// periods, from the records of source mappings, with marks for missing
// values, quality flags, and, on request, the rows behind one figure.
// It keeps accumulators only; memory grows with kommuner × periods ×
// indicators (and distinct keys), not with rows.
package engine

import (
	"boso/indicators/num"
	"boso/indicators/period"
)

// Mark is SSB's symbol for a cell without a plain number.
type Mark string

// The marks. A figure with a value may still be Provisional.
const (
	NoMark        Mark = ""
	NoData        Mark = ".."
	NotComputable Mark = "."
	Suppressed    Mark = ":"
	Provisional   Mark = "*"
)

// Flag is a data-quality note on one figure, with a stable code.
type Flag struct {
	Code string
	Text string
}

// Flag codes.
const (
	FlagEntered     = "REGISTRERT"
	FlagTolerant    = "UTELATT"
	FlagSumRows     = "SUMRAD"
	FlagIdentity    = "IDENTITET"
	FlagJump        = "HOPP"
	FlagRule        = "REGEL"
	FlagCoverage    = "DEKNING"
	FlagProvisional = "FORELOPIG"
)

// Figure is one value: an indicator for one kommune and period, optionally
// for one group of a breakdown ("malgruppe=unge").
type Figure struct {
	Kommune   string
	Period    period.Period
	Indicator string
	Group     string
	Value     num.Dec
	Has       bool   // false: missing, Mark says why
	Mark      Mark   // NoData, NotComputable, Suppressed, Provisional or none
	Reason    string // Norwegian explanation of the mark
	Flags     []Flag
	// Rows is, for a sum (an amount), how many rows were added: the units
	// the amount rests on. Published reports hide an amount resting on
	// few of them (one loan's amount is one household's loan).
	Rows int64
}

func (f *Figure) flag(code, text string) {
	for _, g := range f.Flags {
		if g.Code == code && g.Text == text {
			return
		}
	}
	f.Flags = append(f.Flags, Flag{Code: code, Text: text})
}

func (f *Figure) missing(m Mark, reason string) {
	f.Has, f.Value, f.Mark, f.Reason = false, 0, m, reason
}
