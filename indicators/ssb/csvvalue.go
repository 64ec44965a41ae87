package ssb

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"

	"boso/indicators/num"
	"boso/templates/msg"
)

// textual reports whether column c holds a cell that is neither a number
// nor one of SSB's symbols.
func textual(data []csvRecord, c int) bool {
	for _, r := range data {
		if _, err := csvCell(r.cells[c], true); err != nil {
			if _, err := csvCell(r.cells[c], false); err != nil {
				return true
			}
		}
	}
	return false
}

// decimalComma reports whether the values use a decimal comma: one of
// them has a comma between digits.
func decimalComma(data []csvRecord, nStub int) bool {
	for _, r := range data {
		for _, v := range r.cells[nStub:] {
			if i := strings.IndexByte(v, ','); i > 0 && i < len(v)-1 && isDigit(v[i-1]) && isDigit(v[i+1]) {
				return true
			}
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// csvCell reads a value cell: a number, one of SSB's symbols, or empty.
func csvCell(s string, comma bool) (Cell, error) {
	if s == "" {
		return Cell{Kind: Empty}, nil
	}
	if s == "0" {
		return Cell{Kind: Number}, nil // see the package comment on «0»
	}
	if k, ok := symbolKind(s); ok {
		return Cell{Kind: k}, nil
	}
	d, err := csvNumber(s, comma)
	if err != nil {
		return Cell{}, err
	}
	return Cell{Kind: Number, Value: d}, nil
}

// csvNumber reads a number as SSB writes it (digits, a decimal point) or as
// Excel saves it in Norwegian (decimal comma, groups of three separated by
// spaces or no-break spaces, «−» for minus).
func csvNumber(s string, comma bool) (num.Dec, error) {
	bad := func() (num.Dec, error) {
		dec := "."
		if comma {
			dec = ","
		}
		return 0, jsError(msg.SSBNotValue.F(show(s), dec))
	}
	t := s
	neg := false
	switch {
	case strings.HasPrefix(t, "-"):
		neg, t = true, t[1:]
	case strings.HasPrefix(t, "−"):
		neg, t = true, t[len("−"):]
	}
	dec := byte('.')
	if comma {
		dec = ','
	}
	ip, fp, hasDec := strings.Cut(t, string(dec))
	if hasDec && fp == "" {
		return bad()
	}
	// Thousands groups: spaces of any width, or a point before a decimal
	// comma; each group after the first has three digits.
	groups := strings.FieldsFunc(ip, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u202f' || (comma && r == '.')
	})
	if len(groups) == 0 {
		return bad()
	}
	for i, g := range groups {
		if g == "" || (i > 0 && len(g) != 3) || strings.Trim(g, "0123456789") != "" {
			return bad()
		}
	}
	if len(groups) > 1 && len(groups[0]) > 3 {
		return bad()
	}
	if strings.Trim(fp, "0123456789") != "" {
		return bad()
	}
	lit := strings.Join(groups, "")
	if hasDec {
		lit += "." + fp
	}
	if neg {
		lit = "-" + lit
	}
	if d, err := num.Parse(lit); err == nil {
		return d, nil
	} else if errors.Is(err, num.ErrOverflow) {
		return 0, jsError(msg.SSBNumberTooLarge.F(show(s)))
	}
	// more decimals than a Dec keeps: round
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil || math.IsInf(f, 0) {
		return bad()
	}
	d, ok := num.FromFloat(f)
	if !ok {
		return 0, jsError(msg.SSBNumberTooLarge.F(show(s)))
	}
	return d, nil
}
