package fiktiv

import (
	"fmt"
	"sort"
)

// namsfogdKommune is a kommune in the namsfogd's district: its number
// before and after the 2020 reform, and how many evictions are petitioned
// there in a year.
type namsfogdKommune struct {
	before, after, name string
	petitions           byYear
}

var namsfogdDistrikt = []namsfogdKommune{
	{"0403", "3403", "Hamar", byYear{90, 88, 85, 84, 80, 74, 70, 66, 61, 57, 54}},
	{"0412", "3411", "Ringsaker", byYear{70, 68, 70, 66, 67, 64, 62, 63, 60, 61, 59}},
	{"0415", "3412", "Løten", byYear{12, 11, 13, 12, 10, 11, 12, 10, 11, 10, 10}},
	{"0417", "3413", "Stange", byYear{36, 35, 37, 34, 33, 35, 32, 31, 33, 30, 31}},
}

// eviction is one petition for eviction (begjæring om fravikelse).
type eviction struct {
	id       int // index in the history
	kommune  int
	petition day
	done     day // gjennomført, or none
	status   string
	note     string
}

// utkastelser is the namsfogd's case list for the whole district: a
// comma-separated UTF-8 file with ISO dates, LF line ends, snake_case
// headers, a time of day on the execution date, quoted remarks with commas,
// and rows for four kommuner, under their old numbers before 2020.
func utkastelser(x export) ([]byte, error) {
	g := x.rng(streamUtkastelser)
	// Executed evictions fall from about a third of the petitions to a
	// fifth: earlier help from NAV and the housing office.
	executed := byYear{330, 330, 320, 300, 280, 260, 240, 230, 220, 210, 200}
	// The region's programmes each get a list of their own kommune.
	district := namsfogdDistrikt
	if !x.isHamar() {
		district = []namsfogdKommune{{x.k.former, x.k.number, x.k.name, namsfogdDistrikt[0].petitions}}
	}
	var evs []eviction
	for y := 2016; y <= 2025; y++ {
		for k, nk := range district {
			for range g.around(x.n(nk.petitions.of(y)), x.spread(6)) {
				e := eviction{kommune: k, petition: g.dayIn(y), done: none}
				switch {
				case g.chance(executed.of(y)):
					e.done = e.petition + day(g.between(35, 140))
					e.status = "Gjennomført"
					if g.chance(300) {
						e.note = "Utkastelse gjennomført, nøkler overlevert utleier"
					}
				case g.chance(500):
					e.status = "Begjæring trukket"
					if g.chance(400) {
						e.note = "Restanse betalt, begjæring trukket"
					}
				default:
					e.status = "Avsluttet – forlik"
				}
				evs = append(evs, e)
			}
		}
	}
	// The half-year boundary and a leap day, in the programme's kommune.
	evs = append(evs,
		eviction{kommune: 0, petition: mkday(2023, 6, 30), done: mkday(2023, 9, 12), status: "Gjennomført"},
		eviction{kommune: 0, petition: mkday(2023, 7, 1), done: none, status: "Begjæring trukket"},
		eviction{kommune: 0, petition: mkday(2023, 12, 4), done: mkday(2024, 2, 29), status: "Gjennomført"},
	)

	for i := range evs {
		evs[i].id = i
	}

	// Case numbers run per year in the order of petitions, and the
	// namsfogd's system stamps a time of day on each execution. Both are
	// drawn for the half-year export's rows first, then for what a later
	// export adds, so a case keeps its number and time in every export.
	rows := evictionsIn(evs, halfYear)
	counter := map[int]int{}
	caseNo := map[int]string{}
	clock := map[int]string{}
	number := func(rows []eviction) {
		for _, e := range rows {
			if _, ok := caseNo[e.id]; ok {
				continue
			}
			y := e.petition.year()
			counter[y] += g.between(1, 9)
			caseNo[e.id] = fmt.Sprintf("%02d-%06dFRA-INNL", y%100, counter[y])
		}
	}
	stamp := func(rows []eviction) {
		for _, e := range rows {
			if _, ok := clock[e.id]; !ok && e.done != none {
				clock[e.id] = fmt.Sprintf(" %02d:%02d", g.between(8, 14), 15*g.r.IntN(4))
			}
		}
	}
	number(rows)
	stamp(rows)
	if x.later() {
		rows = evictionsIn(evs, x)
		number(rows)
		stamp(rows)
	}

	c := newCSV(",", "\n")
	c.row("saksnummer", "kommunenr", "kommunenavn", "sakstype", "begjaring_mottatt", "gjennomfort", "status", "merknad")
	for _, e := range rows {
		nk := district[e.kommune]
		kommune := nk.after
		if beforeReform(e.petition) {
			kommune = nk.before
		}
		done := ""
		if e.done != none {
			done = e.done.iso() + clock[e.id]
		}
		c.row(caseNo[e.id], kommune, nk.name, "Fravikelse", e.petition.iso(), done, e.status, e.note)
	}
	return []byte(c.String()), nil
}

// evictionsIn returns the petitions export x holds, by date: those
// received by its last day, with executions after it not yet done.
func evictionsIn(evs []eviction, x export) []eviction {
	var rows []eviction
	for _, e := range evs {
		if e.petition > x.cut {
			continue
		}
		if e.done != none && e.done > x.cut {
			e.done, e.status, e.note = none, "Under behandling", ""
		}
		rows = append(rows, e)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].petition != rows[j].petition {
			return rows[i].petition < rows[j].petition
		}
		return rows[i].kommune < rows[j].kommune
	})
	return rows
}
