package ssb

import (
	"errors"
	"io"
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"

	"boso/indicators/diag"
	"boso/indicators/pii"
	"boso/templates/msg"
)

// MaxBytes is the largest file the readers take. SSB gives at most 800 000
// cells in one extract; as CSV with codes and texts that is well under
// 64 MB.
const MaxBytes = 64 << 20

// maxCells is the most cells a table may span (dimension sizes
// multiplied): above SSB's 800 000, so every real extract fits, and low
// enough that a sparse JSON-stat cannot make boso allocate gigabytes.
const maxCells = 1_000_000

// maxErrors is how many problems one file reports before it stops
// listing them.
const maxErrors = 20

// Error is a problem with a file: where (file; for CSV also line and
// column), and a Norwegian message saying what was found and what was
// expected.
type Error struct {
	Pos diag.Pos
	Msg string
	Err error // the underlying error, for developers
}

func (e *Error) Error() string {
	if p := e.Pos.String(); p != "" {
		return p + ": " + e.Msg
	}
	return e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errors is every problem found in one file, in file order.
type Errors []*Error

func (es Errors) Error() string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// List returns the problems in err: the *Error values of an Errors, or the
// one *Error; nil for other errors.
func List(err error) []*Error {
	var es Errors
	if errors.As(err, &es) {
		return es
	}
	var e *Error
	if errors.As(err, &e) {
		return []*Error{e}
	}
	return nil
}

// readAll reads at most MaxBytes from r.
func readAll(r io.Reader, name string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, &Error{Pos: diag.Pos{File: name}, Msg: msg.SSBRead.F(msg.OSReason(err)), Err: err}
	}
	if len(b) > MaxBytes {
		return nil, &Error{Pos: diag.Pos{File: name}, Msg: msg.SSBTooLarge.F(MaxBytes >> 20)}
	}
	return b, nil
}

// show returns a value for a message: trimmed, cut to 60 characters, and
// with anything that may be a personal id masked.
func show(s string) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "…"
	}
	return pii.RedactWith(s, msg.MaskDigits)
}

// foldKey compares names: trimmed, NFC, lower case.
func foldKey(s string) string {
	// SSB writes parallel names with " - ", boso shows them with " – "
	s = strings.NewReplacer(" – ", " - ", " — ", " - ").Replace(s)
	return strings.ToLower(norm.NFC.String(strings.TrimSpace(s)))
}

var tableNumberRE = regexp.MustCompile(`^\s*(\d{5})\s*:`)

// tableNumber returns the statbank table number a label starts with
// («07459: Befolkning, …» → "07459").
func tableNumber(label string) string {
	if m := tableNumberRE.FindStringSubmatch(label); m != nil {
		return m[1]
	}
	return ""
}
