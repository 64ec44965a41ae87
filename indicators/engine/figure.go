// Package engine computes figures: indicator definitions × kommuner ×
// periods, from the records of source mappings, with marks for missing
// values, quality flags, and, on request, the rows behind one figure.
// It keeps accumulators only; memory grows with kommuner × periods ×
// indicators (and distinct keys), not with rows.
//
// Why a figure has its mark (Reason) and its quality flags (Flag) are
// facts, not text: a code and the figures, periods and files they refer
// to. The words are made at the edge (reports/notes), after suppression,
// so that a report never cites a figure it hides.
package engine

import (
	"slices"

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

// Figure is one value: an indicator for one kommune and period, optionally
// for one group of a breakdown ("malgruppe=unge").
type Figure struct {
	Kommune   string
	Period    period.Period
	Indicator string
	Group     string
	Value     num.Dec
	Has       bool    // false: missing, Mark says why
	Mark      Mark    // NoData, NotComputable, Suppressed, Provisional or none
	Reason    *Reason // why the figure has its mark; nil when it has none. Shared: do not modify
	Flags     []*Flag // shared between figures: do not modify
	// Rows is, for a sum (an amount), how many rows were added: the units
	// the amount rests on. Published reports hide an amount resting on
	// few of them (one loan's amount is one household's loan).
	Rows int64
	// Numerator and Denominator are, for a ratio with a value, what it is
	// computed from exactly, so that it can be rounded once to the
	// decimals it is shown with (RatioAt).
	Numerator, Denominator num.Dec
	// Parts is set when Numerator and Denominator are: for a ratio with a
	// value, and for one that cannot be computed because its denominator
	// is 0 (a roll-up over kommuner adds such parts too).
	Parts bool
}

// Ref is another figure of the same kommune that a reason or a flag
// refers to. Value is its value when Has.
type Ref struct {
	Indicator string
	Period    period.Period
	Group     string // "" for the figure of the whole kommune
	Value     num.Dec
	Has       bool
}

// refTo is the reference to figure f.
func refTo(f *Figure) Ref {
	return Ref{Indicator: f.Indicator, Period: f.Period, Group: f.Group, Value: f.Value, Has: f.Has}
}

// Span is an inclusive run of days.
type Span struct{ From, To period.Date }

// ReasonCode says why a figure has its mark. The set is closed; each code
// says which fields of Reason it fills.
type ReasonCode string

// The reasons.
const (
	// ReasonNoSource: no export fills Register, and nothing was typed in. Mark "..".
	ReasonNoSource ReasonCode = "INGEN_KILDE"
	// ReasonNotCovered: the exports of Register do not cover the period
	// for this kommune. Spans are the days they do cover (merged, in
	// order); none when no export covers the kommune. Mark "..".
	ReasonNotCovered ReasonCode = "IKKE_DEKKET"
	// ReasonInputMissing: Refs are the inputs (numerator, denominator,
	// the formula's terms) that have no value. Mark ".." or ".".
	ReasonInputMissing ReasonCode = "MANGLER_GRUNNLAG"
	// ReasonZeroDenominator: the denominator is 0: Refs holds it, or, for
	// a figure per 1000 innbyggere, Year is the year of the population. Mark ".".
	ReasonZeroDenominator ReasonCode = "NEVNER_NULL"
	// ReasonNoPopulation: no population on 1 January of Year. Mark "..".
	ReasonNoPopulation ReasonCode = "MANGLER_FOLKETALL"
	// ReasonNotEntered: a figure to be typed in that no one typed in. Mark "..".
	ReasonNotEntered ReasonCode = "IKKE_REGISTRERT"
	// ReasonBlank: the figure's row was there, its value left empty. Mark "..".
	ReasonBlank ReasonCode = "IKKE_FYLT_UT"
	// ReasonEnteredMark: Mark, an SSB mark, was typed instead of a value.
	ReasonEnteredMark ReasonCode = "REGISTRERT_TEGN"
	// ReasonProvisional: the period is not over on the report date Date. Mark "*".
	ReasonProvisional ReasonCode = "IKKE_OVER"
	// ReasonMarkedProvisional: the figure was typed in marked «*». Mark "*".
	ReasonMarkedProvisional ReasonCode = "MERKET_FORELOPIG"
	// ReasonInputProvisional: Refs holds the provisional input. Mark "*".
	ReasonInputProvisional ReasonCode = "GRUNNLAG_FORELOPIG"
	// ReasonFormula: the formula could not be computed; Detail is the
	// formula library's own message (not translated), if it gave one. Mark ".".
	ReasonFormula ReasonCode = "FORMEL"
	// ReasonOverflow: the result is too large to hold exactly. Mark ".".
	ReasonOverflow ReasonCode = "FOR_STOR"
)

// Reason says why a figure has its mark. Code tells which fields are set.
type Reason struct {
	Code     ReasonCode
	Register string      // NoSource, NotCovered
	Spans    []Span      // NotCovered
	Refs     []Ref       // InputMissing, ZeroDenominator, InputProvisional
	Year     int         // NoPopulation, ZeroDenominator of a per-1000 figure
	Date     period.Date // Provisional: the report date
	Mark     Mark        // EnteredMark
	Detail   string      // Formula
	// Origin is, for a figure read from boso's own export (EnteredMark,
	// MarkedProvisional), the reason it had where it was computed; "" when
	// the export gave none.
	Origin ReasonCode
}

// FlagCode is the stable code of a quality flag. The set is closed; each
// code says which fields of Flag it fills.
type FlagCode string

// The flags.
const (
	// FlagEntered: the figure was typed in, not computed; File is where
	// (the input workbook, or a table of figures such as an SSB export).
	FlagEntered FlagCode = "REGISTRERT"
	// FlagTolerant: N rows were left out because a value in a tolerant
	// field could not be read.
	FlagTolerant FlagCode = "UTELATT"
	// FlagSumRows: N summing rows (Sum, Totalt) were skipped in the export File.
	FlagSumRows FlagCode = "SUMRAD"
	// FlagIdentity: the figure, Value, breaks the identity Check with its
	// parts, Refs (the shorter periods that make up its period).
	FlagIdentity FlagCode = "IDENTITET"
	// FlagJump: the figure, Value, differs from the previous period's,
	// Refs[0], by more than Limit per cent.
	FlagJump FlagCode = "HOPP"
	// FlagRule: the validation rule Rule (RuleText, the definitions' own
	// words) fails; Refs are the rule's other figures.
	FlagRule FlagCode = "REGEL"
	// FlagCoverage: the exports of Register cover only Spans, not the
	// period (as ReasonNotCovered).
	FlagCoverage FlagCode = "DEKNING"
)

// Identity is one of the identities a figure keeps with its parts (SPEC §3).
type Identity uint8

// The identities.
const (
	// SumOfParts: a count or sum is the sum of its parts.
	SumOfParts Identity = iota + 1
	// BetweenMaxAndSum: distinct keys, or a stock during the period, lie
	// between the largest part and the sum of the parts.
	BetweenMaxAndSum
	// SameCountingDay: a stock on one day equals its part that has the
	// same counting day (Refs holds that part only).
	SameCountingDay
)

// Flag is a data-quality fact about one figure. Code tells which fields are set.
type Flag struct {
	Code     FlagCode
	Value    num.Dec  // Identity, Jump: the flagged figure's own value
	Refs     []Ref    // Identity: the parts; Jump: the previous period; Rule: the rule's other figures
	N        int      // Tolerant, SumRows: rows
	File     string   // SumRows
	Limit    num.Dec  // Jump: per cent
	Check    Identity // Identity
	Rule     string   // Rule: the rule's id
	RuleText string   // Rule
	Register string   // Coverage
	Spans    []Span   // Coverage
}

func (a *Flag) equal(b *Flag) bool {
	return a.Code == b.Code && a.Value == b.Value && a.N == b.N && a.File == b.File && a.Limit == b.Limit &&
		a.Check == b.Check && a.Rule == b.Rule && a.RuleText == b.RuleText && a.Register == b.Register &&
		slices.Equal(a.Refs, b.Refs) && slices.Equal(a.Spans, b.Spans)
}

// flag adds fl unless the figure has it already. Flags that many figures
// carry (SUMRAD, REGISTRERT, DEKNING) are one value shared between them.
func (f *Figure) flag(fl *Flag) {
	for _, g := range f.Flags {
		if g == fl || g.equal(fl) {
			return
		}
	}
	f.Flags = append(f.Flags, fl)
}

func (f *Figure) missing(m Mark, r *Reason) {
	f.Has, f.Value, f.Mark, f.Reason = false, 0, m, r
}
