package ssb

import (
	"strings"

	"boso/templates/msg"
)

// headings is what the value columns' headers say.
type headings struct {
	dims     []Dimension
	pos      [][]int // per value column, its position in each of dims
	contents string  // the header of a lone value column («07459: Befolkning,»)
}

// headings reads the value columns' headers: «Personer 2024» (statistics
// variable and period, PxWeb joins them with a space), «2024» (period
// only), «Personer1 - Personer 2024 - 2024» (codes and texts), or, for one
// value column, the table's contents. Other headers make one dimension
// whose categories are the headers.
func (p *csvParse) headings(hs []string, codesAndTexts bool) headings {
	var out headings
	out.pos = make([][]int, len(hs))
	type split struct{ rest, time string }
	splits := make([]split, len(hs))
	allTime, anyRest := true, false
	for i, h := range hs {
		rest, tc, ok := splitTimeSuffix(h)
		if !ok {
			allTime = false
			break
		}
		splits[i] = split{rest, tc}
		anyRest = anyRest || rest != ""
	}
	if !allTime && len(hs) == 1 {
		out.contents = hs[0]
		out.pos[0] = nil
		return out
	}
	if !allTime {
		d := Dimension{ID: msg.SSBCSVColumnDim.String(), Label: msg.SSBCSVColumnDim.String()}
		for i, h := range hs {
			c := Category{Code: h, Label: h, Decimals: -1}
			if codesAndTexts {
				c.Code, c.Label = splitCodeText(h)
			}
			out.pos[i] = []int{d.add(c)}
		}
		d.Role = guessRole(d)
		out.dims = []Dimension{d}
		return out
	}
	metric := Dimension{ID: "ContentsCode", Label: msg.SSBCSVMetricDim.String(), Role: Metric}
	tid := Dimension{ID: "Tid", Label: msg.SSBCSVTimeDim.String(), Role: Time}
	for i, s := range splits {
		t := tid.add(Category{Code: s.time, Label: s.time, Decimals: -1})
		if !anyRest {
			out.pos[i] = []int{t}
			continue
		}
		c := Category{Code: s.rest, Label: s.rest, Decimals: -1}
		if codesAndTexts {
			c.Code, c.Label = splitCodeText(s.rest)
		}
		out.pos[i] = []int{metric.add(c), t}
	}
	if anyRest {
		out.dims = []Dimension{metric, tid}
	} else {
		out.dims = []Dimension{tid}
	}
	return out
}

// splitTimeSuffix splits a heading header into what comes before its
// period and the period's code: «Personer 2024» → «Personer», «2024»;
// «Personer1 - Personer 2024K1 - 2024K1» → «Personer1 - Personer»,
// «2024K1»; «2024» → «», «2024».
func splitTimeSuffix(h string) (rest, code string, ok bool) {
	if isTimeCode(h) {
		return "", h, true
	}
	// «2024 - 2024»: the period written as code and text.
	if i := strings.LastIndex(h, " - "); i >= 0 && isTimeCode(h[i+3:]) {
		before := h[:i]
		j := strings.LastIndexByte(before, ' ')
		if isTimeCode(before[j+1:]) {
			return strings.TrimSpace(before[:max(j, 0)]), before[j+1:], true
		}
	}
	j := strings.LastIndexByte(h, ' ')
	if j > 0 && isTimeCode(h[j+1:]) {
		return strings.TrimSpace(h[:j]), h[j+1:], true
	}
	return "", "", false
}

// valueHeader reports a header that names a value column: one with a
// period at its end, or the table's contents («07459: Befolkning,»).
func valueHeader(h string) bool {
	_, _, ok := splitTimeSuffix(h)
	return ok || tableNumber(h) != ""
}

// splitCodeText splits PxWebApi's «code - text»; without « - » both are s.
func splitCodeText(s string) (code, text string) {
	c, t, ok := strings.Cut(s, " - ")
	if !ok || strings.TrimSpace(c) == "" {
		return s, s
	}
	return strings.TrimSpace(c), strings.TrimSpace(t)
}
