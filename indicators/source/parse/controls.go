package parse

import "strings"

// StripControls removes the control characters a cell can hold but no
// text means (NUL, BEL, backspace, ESC …: C0 controls but tab, line feed
// and carriage return, and DEL). Excel stores them as _x001B_ escapes, and
// copied raw they made messages colour or clear the user's terminal and
// published HTML invalid. A cell without them is returned as it is.
func StripControls(s string) string {
	// every control character is one byte (below 0x20, or 0x7F), and no
	// byte of a longer UTF-8 sequence is one: a look at each byte does
	i := -1
	for j := 0; j < len(s); j++ {
		if b := s[j]; (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F {
			i = j
			break
		}
	}
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if !isControl(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7F
}
