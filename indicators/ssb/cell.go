package ssb

import "boso/indicators/num"

// Kind says what a cell holds: a figure, a true zero, or why there is no
// figure.
type Kind uint8

const (
	// Number: Value holds the figure.
	Number Kind = iota
	// Zero: SSB's «-», nothing to report; Value is 0 and it is a true zero.
	Zero
	// Tiny: SSB's «0» given as a symbol, less than half the unit; Value
	// holds the (rounded) figure, normally 0.
	Tiny
	// NotApplicable: SSB's «.», no figure can exist for the cell.
	NotApplicable
	// Missing: SSB's «..», the figure is not available.
	Missing
	// NotYet: SSB's «...», the figure is not available yet.
	NotYet
	// Confidential: SSB's «:», suppressed for confidentiality.
	Confidential
	// Empty: no value and no symbol (a null in JSON-stat without a status,
	// an empty CSV cell, a position a sparse value object leaves out).
	Empty
)

var kindNames = [...]string{"number", "zero (-)", "tiny (0)", "not applicable (.)",
	"missing (..)", "not yet (...)", "confidential (:)", "empty"}

// String returns the kind's English name, for developers and tests.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// HasValue reports whether the kind carries a figure: Number, Zero, Tiny.
func (k Kind) HasValue() bool { return k <= Tiny }

// Symbol returns SSB's symbol for the kind ("" for Number and Empty).
func (k Kind) Symbol() string {
	switch k {
	case Zero:
		return "-"
	case Tiny:
		return "0"
	case NotApplicable:
		return "."
	case Missing:
		return ".."
	case NotYet:
		return "..."
	case Confidential:
		return ":"
	}
	return ""
}

// symbolKind returns the kind of one of SSB's symbols.
func symbolKind(s string) (Kind, bool) {
	switch s {
	case "-":
		return Zero, true
	case "0":
		return Tiny, true
	case ".":
		return NotApplicable, true
	case "..":
		return Missing, true
	case "...":
		return NotYet, true
	case ":":
		return Confidential, true
	}
	return 0, false
}

// Cell is one cell of a table.
type Cell struct {
	Kind  Kind
	Value num.Dec // the figure when Kind.HasValue()
	// Status is the status or symbol as written in the file, when it is
	// one boso keeps without a kind of its own (a JSON-stat status such
	// as "*" beside a value); "" otherwise.
	Status string
}

// Figure returns the cell's figure and whether it has one: a Zero is 0,
// a Missing or Confidential cell has none.
func (c Cell) Figure() (num.Dec, bool) {
	if c.Kind.HasValue() {
		return c.Value, true
	}
	return 0, false
}
