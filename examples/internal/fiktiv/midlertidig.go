package fiktiv

import (
	"sort"
	"strconv"
)

// stay is one stay in a temporary accommodation (sosialtjenesteloven § 27).
type stay struct {
	household string
	place     int
	from, to  day
	minutes   int // time of day of moving in, when the case worker typed it; 0: none
	group     int
}

var (
	botilbud = []string{"Hospits", "Campinghytte", "Pensjonat", "Hotell"}
	// NAV's own labels for the target groups.
	navGrupper = []string{"Rus/psykiatri", "Ungdom under 25", "Flyktning", "Barnefamilie", "Annet"}
)

// midlertidig is NAV's list of stays in temporary accommodation: an XLSX
// workbook with a title above the header, real date cells (some with a
// time of day), kommunenummer stored as text and a Sum row.
func midlertidig(x export) ([]byte, error) {
	g := x.rng(streamMidlertidig)
	arrivals := byYear{110, 112, 118, 108, 100, 92, 86, 78, 72, 66, 62}
	// Long stays become rarer: the programme's goal for temporary housing.
	long := byYear{200, 200, 190, 175, 160, 140, 120, 110, 95, 85, 80}
	next := 2000
	newHousehold := func() string {
		next += g.between(1, 4)
		return "N" + strconv.Itoa(next)
	}
	var pool []string
	var stays []stay
	draw := func(household string, from day) stay {
		s := stay{household: household, from: from, place: g.pick(50, 25, 15, 10), group: g.pick(40, 20, 15, 10, 15)}
		if g.chance(long.of(from.year())) {
			s.to = from + day(g.between(91, 260))
		} else {
			s.to = from + day(g.length(span{60, 1, 30}, span{40, 31, 90}))
		}
		if g.chance(100) {
			s.minutes = g.between(8*60, 22*60)
		}
		return s
	}
	for y := 2015; y <= 2025; y++ {
		for range g.around(x.n(arrivals.of(y)), x.spread(8)) {
			household := ""
			if len(pool) > 20 && g.chance(250) {
				household = pool[g.r.IntN(len(pool))] // a household that has stayed before
			} else {
				household = newHousehold()
				pool = append(pool, household)
			}
			s := draw(household, g.dayIn(y))
			stays = append(stays, s)
			if g.chance(60) {
				// Moved from one place to another on the same day: two
				// stays, each measured on its own.
				n := draw(household, s.to)
				n.group = s.group
				stays = append(stays, n)
			}
		}
	}
	h := newHousehold
	// The cases the 90-night rule turns on, on 31.12.2023: 90 nights (not
	// more than 3 months) and 91 nights (more).
	stays = append(stays,
		stay{household: h(), place: 0, from: mkday(2023, 10, 2), to: mkday(2024, 1, 10), group: 0},
		stay{household: h(), place: 2, from: mkday(2023, 10, 1), to: mkday(2024, 1, 15), group: 4},
	)
	// Two consecutive stays of 75 and 66 nights: more than 90 together on
	// 30.06.2022, but each stay counts on its own.
	a := h()
	stays = append(stays,
		stay{household: a, place: 0, from: mkday(2022, 3, 1), to: mkday(2022, 5, 15), group: 1},
		stay{household: a, place: 1, from: mkday(2022, 5, 15), to: mkday(2022, 7, 20), group: 1},
	)
	// Overlapping stays of one household (registered at a new place before
	// the old one was closed).
	b := h()
	stays = append(stays,
		stay{household: b, place: 0, from: mkday(2019, 11, 10), to: mkday(2019, 12, 20), group: 2},
		stay{household: b, place: 3, from: mkday(2019, 12, 1), to: mkday(2020, 2, 10), group: 2},
	)
	// The half-year boundary and leap days.
	stays = append(stays,
		stay{household: h(), place: 0, from: mkday(2022, 5, 2), to: mkday(2022, 6, 30), group: 0},
		stay{household: h(), place: 1, from: mkday(2022, 7, 1), to: mkday(2022, 8, 30), group: 3},
		stay{household: h(), place: 2, from: mkday(2020, 2, 29), to: mkday(2020, 6, 1), group: 4, minutes: 15*60 + 30},
		stay{household: h(), place: 0, from: mkday(2023, 12, 1), to: mkday(2024, 2, 29), group: 1},
	)

	var rows []stay
	for _, s := range stays {
		if s.from > x.cut || s.to < programStart {
			continue
		}
		s.to = x.clip(s.to)
		rows = append(rows, s)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.from != b.from {
			return a.from < b.from
		}
		if a.household != b.household {
			return a.household < b.household
		}
		return a.place < b.place
	})

	const sh = "Opphold"
	w := newBook(sh)
	w.bold(sh, "A", 1, "Midlertidig botilbud (sosialtjenesteloven § 27) – NAV "+x.k.name)
	w.try(w.f.MergeCell(sh, "A1", "H1"))
	if x.later() {
		w.text(sh, "A", 2, "Uttrekk "+x.taken.dmy()+". Alle opphold aktive fra 01.01.2016 til og med "+x.cut.dmy()+".")
	} else {
		w.text(sh, "A", 2, "Uttrekk "+x.taken.dmy()+". Alle opphold aktive fra 01.01.2016.")
	}
	header := []string{"Kommunenr", "Husstand", "Botilbud", "Innflyttet", "Utflyttet", "Antall netter", "Målgruppe", "Hjemmel"}
	for i, name := range header {
		w.bold(sh, string(rune('A'+i)), 4, name)
	}
	r := 5
	nights := 0
	for _, s := range rows {
		kommune := x.nr(s.from)
		w.text(sh, "A", r, kommune)
		w.text(sh, "B", r, s.household)
		w.text(sh, "C", r, botilbud[s.place])
		if s.minutes > 0 {
			w.dateTime(sh, "D", r, s.from, s.minutes)
		} else {
			w.date(sh, "D", r, s.from)
		}
		if s.to != none {
			w.date(sh, "E", r, s.to)
			w.number(sh, "F", r, int(s.to-s.from))
			nights += int(s.to - s.from)
		}
		w.text(sh, "G", r, navGrupper[s.group])
		w.text(sh, "H", r, "§ 27")
		r++
	}
	r++ // a blank row above the sum, as people leave it
	w.bold(sh, "A", r, "Sum")
	w.text(sh, "B", r, strconv.Itoa(len(rows))+" opphold")
	w.number(sh, "F", r, nights)
	w.widths(sh, 11, 10, 14, 17, 12, 13, 17, 9)
	w.freeze(sh, 4)

	const info = "Forklaring"
	w.sheet(info)
	w.text(info, "A", 1, "Eksempel – fiktive tall. Ingen opplysninger om virkelige personer.")
	w.text(info, "A", 2, "Husstand er NAVs løpenummer for husstanden; det er entydig bare innenfor kommunen.")
	w.text(info, "A", 3, "Antall netter regnes fra innflyttingsdatoen (dag 0) til utflyttingsdatoen.")
	w.widths(info, 90)
	return w.bytes(x, "Midlertidig botilbud – uttrekk", "NAV "+x.k.name+" (fiktivt)")
}
