package parse

import (
	"strings"
	"unicode"
)

// Kommunenummer reads a kommune number and returns it with four digits:
// "0301", "301" (Excel dropped the leading zero) → "0301", "3403.0" (an
// Excel number as text) → "3403". Anything else, and "0000", is an error
// of Kind Empty or NotKommunenummer. Whether the number exists is for the
// caller to check against its kommune list.
func Kommunenummer(s string) (string, error) {
	if len(s) == 4 && s != "0000" && allDigits(s) {
		return s, nil // as most registers write it
	}
	t := strings.TrimFunc(s, unicode.IsSpace)
	if t == "" {
		return "", &Error{Kind: Empty, Value: s, want: wantKommunenummer}
	}
	if i := strings.IndexAny(t, ".,"); i >= 0 && i+1 < len(t) && strings.Trim(t[i+1:], "0") == "" {
		t = t[:i]
	}
	if len(t) < 3 || len(t) > 4 || t == "000" || t == "0000" {
		return "", &Error{Kind: NotKommunenummer, Value: s, want: wantKommunenummer}
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return "", &Error{Kind: NotKommunenummer, Value: s, want: wantKommunenummer}
		}
	}
	if len(t) == 3 {
		return "0" + t, nil
	}
	return t, nil
}
