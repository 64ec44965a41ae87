package msg

import (
	"fmt"
	"strings"
)

// Plural is a text about a count whose noun agrees with the count:
// «1 rad», «0 rader», «2 rader». Bokmål uses the singular for exactly one
// and the plural for every other count, zero included.
type Plural struct {
	one, other string
	// count puts the count before the other arguments; without it the
	// text is given the count itself, already formatted or not at all
	// («2 070 rader»).
	count bool
}

// F formats the text for count n.
func (p Plural) F(n int, args ...any) string {
	form := p.other
	if n == 1 || n == -1 {
		form = p.one
	}
	if p.count {
		args = append([]any{n}, args...)
	}
	if len(args) == 0 {
		return form
	}
	return fmt.Sprintf(form, args...)
}

// nbN is a bokmål text with a singular and a plural form; the count is its
// first argument.
func nbN(one, other string) Plural { return Plural{one: one, other: other, count: true} }

// nbPlural is a bokmål text with a singular and a plural form, given the
// count by the caller with the other arguments.
func nbPlural(one, other string) Plural { return Plural{one: one, other: other} }

// JoinAnd joins items the Norwegian way: «a», «a og b», «a, b og c».
func JoinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return ListAnd.F(strings.Join(items[:len(items)-1], ", "), items[len(items)-1])
}
