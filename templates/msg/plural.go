package msg

// Plural is a text with a singular and a plural form, chosen by a count:
// «1 rad», «0 rader», «3 rader».
type Plural struct{ one, other Text }

// F formats the form for n with args; the count is not added by itself,
// so a text can show it formatted («2 070 rader») or not at all.
func (p Plural) F(n int, args ...any) string {
	if n == 1 || n == -1 {
		return p.one.F(args...)
	}
	return p.other.F(args...)
}

func nbPlural(one, other string) Plural { return Plural{one: nb(one), other: nb(other)} }
