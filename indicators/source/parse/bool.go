package parse

import (
	"strings"
	"unicode"
)

// BoolMap lets a mapping say which texts mean true and which mean false in
// a column. A nil list uses the default for that side; comparison is
// trimmed and case-insensitive. A text in both lists counts as true.
type BoolMap struct {
	True  []string
	False []string
}

var (
	defaultTrue  = []string{"ja", "j", "1", "x", "true", "yes", "y", "sann"}
	defaultFalse = []string{"nei", "n", "0", "false", "no", "usann"}
)

func (m *BoolMap) lists() (t, f []string) {
	t, f = defaultTrue, defaultFalse
	if m.True != nil {
		t = m.True
	}
	if m.False != nil {
		f = m.False
	}
	return t, f
}

// Bool reads a yes/no value: by default ja, j, 1, x, true, yes, y, sann
// are true and nei, n, 0, false, no, usann are false. An empty text is a
// missing value, not false: the error is a *Error with Kind Empty, or
// NotBool for any other text.
func Bool(s string, m BoolMap) (bool, error) {
	t := strings.TrimFunc(s, unicode.IsSpace)
	if t == "" {
		return false, &Error{Kind: Empty, Value: s, want: wantBool}
	}
	yes, no := m.lists()
	if matchAny(t, yes) {
		return true, nil
	}
	if matchAny(t, no) {
		return false, nil
	}
	return false, &Error{Kind: NotBool, Value: s, want: wantBool, bools: m}
}

func matchAny(t string, list []string) bool {
	for _, v := range list {
		if strings.EqualFold(t, strings.TrimFunc(v, unicode.IsSpace)) {
			return true
		}
	}
	return false
}
