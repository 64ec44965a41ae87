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
	j := 0
	// eight bytes at a time while none is below 0x20 or DEL (most cells)
	for ; j+8 <= len(s); j += 8 {
		w := uint64(s[j]) | uint64(s[j+1])<<8 | uint64(s[j+2])<<16 | uint64(s[j+3])<<24 |
			uint64(s[j+4])<<32 | uint64(s[j+5])<<40 | uint64(s[j+6])<<48 | uint64(s[j+7])<<56
		const ones, highs = 0x0101010101010101, 0x8080808080808080
		below := (w - 0x20*ones) &^ w & highs // a byte below 0x20
		del := w ^ (0x7F * ones)
		del = (del - ones) &^ del & highs // a byte 0x7F
		if below|del != 0 {
			break
		}
	}
	for ; j < len(s); j++ {
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
