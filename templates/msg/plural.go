package msg

import "fmt"

// Plural is a text about a count whose noun agrees with the count:
// «1 rad», «0 rader», «2 rader». Bokmål uses the singular for exactly one
// and the plural for every other count, zero included.
type Plural struct{ one, other string }

// F formats the text for count n. The singular or plural form gets n as
// its first argument and args after it.
func (p Plural) F(n int, args ...any) string {
	form := p.other
	if n == 1 || n == -1 {
		form = p.one
	}
	return fmt.Sprintf(form, append([]any{n}, args...)...)
}

// nbN is a bokmål text with a singular and a plural form.
func nbN(one, other string) Plural { return Plural{one: one, other: other} }
