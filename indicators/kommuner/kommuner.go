// Package kommuner is SSB's list of Norwegian kommunenummer that boso
// checks inputs against: the kommuner of today and the former numbers
// older exports may still hold, with the kommune(r) that took them over.
// The table is kommuner.txt, with its source and validity in its header.
package kommuner

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed kommuner.txt
var table string

var (
	once    sync.Once
	current map[string]string   // number → name
	former  map[string][]string // number → current numbers
)

func load() {
	current, former = map[string]string{}, map[string][]string{}
	for _, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		num, rest, _ := strings.Cut(line, " ")
		if to, ok := strings.CutPrefix(rest, "> "); ok {
			former[num] = strings.Split(to, ",")
			continue
		}
		current[num] = rest
	}
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
