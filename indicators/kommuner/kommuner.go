// Package kommuner is SSB's list of Norwegian kommunenummer that boso
// checks inputs against: the kommuner and fylker of today and the former
// numbers older exports may still hold, with the kommune(r) that took them
// over. The table is kommuner.txt, with its source, validity and what it
// was verified against in its header.
package kommuner

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed kommuner.txt
var table string

// span is the years a number is valid in, both ends inclusive; 0 is open
// (before 2016, or still valid).
type span struct{ from, to int }

var (
	once    sync.Once
	current map[string]string   // number → name as SSB spells it
	former  map[string][]string // number → current numbers
	valid   map[string]span     // every number, current and former
	fylker  map[string]string   // fylkesnummer → name as SSB spells it
	bad     []string            // lines load could not read (a test keeps it empty)
)

func load() {
	current, former = map[string]string{}, map[string][]string{}
	valid, fylker = map[string]span{}, map[string]string{}
	for _, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		if nn, name, ok := strings.Cut(strings.TrimPrefix(line, "F "), " "); ok && line[0] == 'F' {
			fylker[nn] = name
			continue
		}
		num, rest, _ := strings.Cut(line, " ")
		years, rest, _ := strings.Cut(rest, " ")
		sp, ok := parseSpan(years)
		if !ok || len(num) != 4 || rest == "" {
			bad = append(bad, line)
			continue
		}
		valid[num] = sp
		if to, ok := strings.CutPrefix(rest, "> "); ok {
			former[num] = strings.Split(to, ",")
			continue
		}
		current[num] = rest
	}
}

// parseSpan reads "<from>..<to>", either year possibly empty.
func parseSpan(s string) (span, bool) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return span{}, false
	}
	var sp span
	for _, f := range []struct {
		s string
		v *int
	}{{a, &sp.from}, {b, &sp.to}} {
		if f.s == "" {
			continue
		}
		y, err := strconv.Atoi(f.s)
		if err != nil || y < 1838 || y > 9999 {
			return span{}, false
		}
		*f.v = y
	}
	return sp, true
}

// Current returns the name of a kommune of today (valid from 1.1.2024),
// given its four-digit number.
func Current(number string) (name string, ok bool) {
	once.Do(load)
	name, ok = current[number]
	return name, ok
}

// Former returns, for a number that was a kommune's from 2016 to 2023 and
// is not in use today, the current numbers of the kommune(r) that took over
// its area: one, or more when it was split.
func Former(number string) (now []string, ok bool) {
	once.Do(load)
	now, ok = former[number]
	return now, ok
}

// Unknown is the number SSB uses for «not stated»; it is no kommune.
const Unknown = "9999"
