// Package kommuner is SSB's list of Norwegian kommunenummer that boso
// checks inputs against: the kommuner and fylker of today and the former
// numbers older exports may still hold, with the kommune(r) that took them
// over. The table is kommuner.txt, with its source, validity and what it
// was verified against in its header.
package kommuner

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed kommuner.txt
var table string

// Fylke is a fylke of today (the 2024 structure).
type Fylke struct {
	Number string // two digits, e.g. "56"
	Name   string // for readers: «Finnmark – Finnmárku – Finmarkku»
}

// Kommune is a kommune of today.
type Kommune struct {
	Number string // four digits, e.g. "5610"
	Name   string // for readers: «Kárášjohka – Karasjok»
	Fylke  Fylke  // the fylke of the number's first two digits
}

// Unknown is the number SSB uses for «not stated»; it is no kommune.
const Unknown = "9999"

// Lookup returns the kommune of today with the given four-digit number.
func Lookup(number string) (Kommune, bool) {
	once.Do(load)
	k, ok := tab.kommuner[number]
	return k, ok
}

// All returns the kommuner of today, sorted by number.
func All() []Kommune {
	once.Do(load)
	return append([]Kommune(nil), tab.all...)
}

// LookupFylke returns the fylke of today with the given two-digit number.
func LookupFylke(number string) (Fylke, bool) {
	once.Do(load)
	f, ok := tab.fylker[number]
	return f, ok
}

// Fylker returns the fylker of today, sorted by number.
func Fylker() []Fylke {
	once.Do(load)
	return append([]Fylke(nil), tab.fylkeList...)
}

// Current returns the name, for readers, of a kommune of today given its
// four-digit number.
func Current(number string) (name string, ok bool) {
	k, ok := Lookup(number)
	return k.Name, ok
}

// Former returns, for a number that was a kommune's from 2016 to 2023 and
// is not in use today, the current numbers of the kommune(r) that took over
// its area: one, or more when it was split.
func Former(number string) (now []string, ok bool) {
	once.Do(load)
	now, ok = tab.former[number]
	return append([]string(nil), now...), ok
}

// Successor returns the kommune of today that a former number became when
// that number was only renumbered, so that figures under it are figures of
// the kommune of today: 3003 Sarpsborg (2020–2023) is 3105. It answers
// false when the old kommune was merged with others or split (5012
// Snillfjord, 1507 Ålesund), or the number is no former one: there is no
// one kommune then whose figures the old number's are, and boso does not
// guess one. Former still tells where its area went.
func Successor(old string) (string, bool) {
	once.Do(load)
	s, ok := tab.successor[old]
	return s, ok
}

// Years returns the years a number was (or is) a kommune's, both ends
// inclusive; 0 is open: in use before 2016, or still in use.
func Years(number string) (from, to int, ok bool) {
	once.Do(load)
	sp, ok := tab.valid[number]
	return sp.from, sp.to, ok
}

// tables is kommuner.txt read.
type tables struct {
	kommuner  map[string]Kommune
	all       []Kommune // sorted by number
	fylker    map[string]Fylke
	fylkeList []Fylke             // sorted by number
	former    map[string][]string // number → current numbers
	valid     map[string]span     // every number, current and former
	successor map[string]string   // former number → current one, where one-to-one
	bad       []string            // lines parse could not read (a test keeps it empty)
}

var (
	once sync.Once
	tab  *tables
)

func load() { tab = parse(table) }

// span is the years a number is valid in, both ends inclusive; 0 is open
// (before 2016, or still valid).
type span struct{ from, to int }

func (a span) overlaps(b span) bool {
	return (a.from == 0 || b.to == 0 || a.from <= b.to) &&
		(b.from == 0 || a.to == 0 || b.from <= a.to)
}

// before tells whether a ended before b began.
func (a span) before(b span) bool { return a.to != 0 && b.from != 0 && a.to < b.from }

// display turns SSB's separator of parallel names, « - », into the en
// dash readers see («Kárášjohka – Karasjok»); hyphens inside a name
// (Aurskog-Høland) stay.
func display(name string) string { return strings.ReplaceAll(name, " - ", " – ") }

// parse reads the table. A line it cannot read is listed in bad and
// skipped, so that boso runs on whatever the table holds.
func parse(text string) *tables {
	// sized for today's table, so that the maps do not grow while it loads
	t := &tables{kommuner: make(map[string]Kommune, 400), fylker: make(map[string]Fylke, 16),
		former: make(map[string][]string, 512), valid: make(map[string]span, 1024)}
	names := make(map[string]string, 400)
	for _, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "F "); ok {
			nn, name, ok := strings.Cut(rest, " ")
			if !ok || !digits(nn, 2) || name == "" {
				t.bad = append(t.bad, line)
				continue
			}
			t.fylker[nn] = Fylke{Number: nn, Name: display(name)}
			continue
		}
		num, rest, _ := strings.Cut(line, " ")
		years, rest, _ := strings.Cut(rest, " ")
		sp, ok := parseSpan(years)
		if !ok || !digits(num, 4) || rest == "" {
			t.bad = append(t.bad, line)
			continue
		}
		if to, ok := strings.CutPrefix(rest, "> "); ok {
			now := strings.Split(to, ",")
			for _, n := range now {
				if !digits(n, 4) {
					ok = false
				}
			}
			if !ok || sp.to == 0 {
				t.bad = append(t.bad, line)
				continue
			}
			t.former[num] = now
		} else if sp.to != 0 {
			t.bad = append(t.bad, line)
			continue
		} else {
			names[num] = rest
		}
		t.valid[num] = sp
	}
	for num, name := range names {
		f, ok := t.fylker[num[:2]]
		if !ok {
			t.bad = append(t.bad, num+" "+name+": no fylke "+num[:2])
		}
		k := Kommune{Number: num, Name: display(name), Fylke: f}
		t.kommuner[num] = k
		t.all = append(t.all, k)
	}
	sort.Slice(t.all, func(i, j int) bool { return t.all[i].Number < t.all[j].Number })
	for _, f := range t.fylker {
		t.fylkeList = append(t.fylkeList, f)
	}
	sort.Slice(t.fylkeList, func(i, j int) bool { return t.fylkeList[i].Number < t.fylkeList[j].Number })
	t.successor = t.oneToOne()
	return t
}

func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
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
		if !digits(f.s, 4) {
			return span{}, false
		}
		*f.v, _ = strconv.Atoi(f.s)
	}
	return sp, sp.from == 0 || sp.to == 0 || sp.from <= sp.to
}

// oneToOne finds the former numbers whose area is exactly that of one
// kommune of today: the number was only renumbered (0105 → 3003 → 3105),
// never merged with another while it or a later number of its line was
// valid, nor split. For a number o going to s it asks of every other
// number n that also went to s, and of s itself: n ended before o began
// (o's own predecessors, or kommuner merged into one of them), or n came
// after o, is not split, and no two such later numbers were valid at once
// (that would be a merger after o's time: 1601 Trondheim, valid to 2017,
// went to 5001, which took in 5030 Klæbu in 2020).
func (t *tables) oneToOne() map[string]string {
	into := make(map[string][]string, len(t.kommuner)) // current number → every former number that went to it
	for n, now := range t.former {
		for _, s := range now {
			into[s] = append(into[s], n)
		}
	}
	out := make(map[string]string, len(t.former))
	for o, now := range t.former {
		if len(now) != 1 {
			continue // split: no one successor
		}
		s := now[0]
		if _, ok := t.kommuner[s]; !ok {
			continue
		}
		so, ss := t.valid[o], t.valid[s]
		if ss.overlaps(so) {
			continue // s already was a kommune then, and took o in
		}
		later := []span{ss}
		clean := true
		for _, n := range into[s] {
			sn := t.valid[n]
			if n == o || sn.before(so) {
				continue
			}
			if sn.overlaps(so) || len(t.former[n]) != 1 {
				clean = false // merged with o, or split after o's time
				break
			}
			later = append(later, sn)
		}
		if clean && disjoint(later) {
			out[o] = s
		}
	}
	return out
}

func disjoint(spans []span) bool {
	for i := range spans {
		for j := i + 1; j < len(spans); j++ {
			if spans[i].overlaps(spans[j]) {
				return false
			}
		}
	}
	return true
}
