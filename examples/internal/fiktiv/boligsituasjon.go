package fiktiv

import (
	"fmt"
	"sort"
	"strconv"
)

// situation is one of the three situations the kommune's survey of
// housing needs records, with how often households enter it and how long
// they stay.
type situation struct {
	label    func(from day) string
	arrivals byYear
	spans    []span
	barn     int   // per mille of households with children under 18
	groups   []int // weights of målgrupper, in the order of malgrupper
	comments []string
}

// malgrupper are the target groups as the survey labels them.
var malgrupper = []string{"Rus/psykisk helse", "Unge (16–24 år)", "Flyktning", "Barnefamilie", "Øvrige"}

var situations = []situation{
	{
		// The survey's word for homeless changed in 2019.
		label: func(from day) string {
			if from < mkday(2019, 1, 1) {
				return "Uten egen bolig"
			}
			return "Bostedsløs"
		},
		// Fewer homeless households: the programme's main goal.
		arrivals: byYear{104, 102, 98, 90, 82, 74, 66, 58, 52, 46, 42},
		spans:    []span{{40, 7, 90}, {40, 91, 300}, {20, 301, 700}},
		barn:     60,
		groups:   []int{45, 20, 10, 5, 20},
		comments: []string{"", "", "Bor hos venner; sover på sofa", "Løslatt, uten bolig", "Hospits via NAV", "Utskrevet fra institusjon"},
	},
	{
		label:    func(day) string { return "I fare for å miste boligen" },
		arrivals: byYear{66, 70, 74, 72, 69, 75, 71, 68, 64, 62, 60},
		spans:    []span{{60, 30, 150}, {40, 151, 300}},
		barn:     250,
		groups:   []int{25, 15, 15, 20, 25},
		comments: []string{"", "Husleierestanse", "Begjært utkastet", "Oppsigelse – mislighold", "Tvangssalg varslet"},
	},
	{
		label:    func(day) string { return "Uegnet bolig/bomiljø" },
		arrivals: byYear{58, 60, 58, 55, 52, 50, 48, 46, 44, 42, 40},
		spans:    []span{{60, 90, 450}, {40, 451, 1100}},
		barn:     380,
		groups:   []int{15, 15, 25, 30, 15},
		comments: []string{"", "", "Fukt og mugg", "For liten bolig for familien", "Ikke tilpasset rullestol", "Belastet bomiljø"},
	},
}

// episode is one row of the survey: a household in a situation from one
// day to another (or still).
type episode struct {
	household string
	sit       int
	from, to  day
	barn      bool
	group     int // -1: not recorded
	boutgift  int // tenths of a per cent; 0: not recorded
	comment   string
}

// boligsituasjon is the survey export of the kommune's case system: a
// Windows-1252 CSV with title lines, ';', CRLF, headers written carelessly
// and a «Totalt» row at the bottom.
func boligsituasjon(x export) ([]byte, error) {
	g := x.rng(streamBoligsituasjon)
	var eps []episode
	next := 10001
	newHousehold := func() string {
		next += g.between(1, 3)
		return "HS-" + strconv.Itoa(next)
	}
	var pool []string // households seen, for later episodes
	draw := func(s int, from day, household string) episode {
		sit := situations[s]
		e := episode{household: household, sit: s, from: from, group: -1}
		e.to = from + day(g.length(sit.spans...))
		e.barn = g.chance(sit.barn)
		switch {
		case g.chance(30): // no target group recorded
		case e.barn && g.chance(700):
			e.group = 3
		default:
			e.group = g.pick(sit.groups...)
		}
		if s == 1 {
			e.boutgift = g.between(320, 720)
		}
		e.comment = sit.comments[g.r.IntN(len(sit.comments))]
		return e
	}
	for y := 2015; y <= 2025; y++ {
		for s, sit := range situations {
			n := g.around(x.n(sit.arrivals.of(y)), x.spread(6))
			for range n {
				from := g.dayIn(y)
				household := ""
				if len(pool) > 20 && g.chance(150) {
					household = pool[g.r.IntN(len(pool))] // back again, maybe while still in another situation
				} else {
					household = newHousehold()
					pool = append(pool, household)
				}
				e := draw(s, from, household)
				eps = append(eps, e)
				switch {
				case s == 0 && g.chance(120):
					// From homeless straight into an unsuitable or
					// threatened home: the next episode starts the day
					// after.
					eps = append(eps, draw(1+g.r.IntN(2), e.to+1, household))
				case g.chance(10):
					// Registered twice by two case workers, overlapping.
					d := draw(s, from+day(g.between(1, 20)), household)
					d.group = e.group
					eps = append(eps, d)
				}
			}
		}
	}
	// Days the engine must handle exactly: a leap day, and the two sides
	// of the half-year boundary.
	fixed := newHousehold()
	eps = append(eps,
		episode{household: fixed, sit: 0, from: mkday(2020, 2, 29), to: mkday(2021, 6, 30), group: 0, comment: "Hospits via NAV"},
		episode{household: fixed, sit: 2, from: mkday(2021, 7, 1), to: mkday(2024, 2, 29), group: 0},
		episode{household: newHousehold(), sit: 1, from: mkday(2022, 7, 1), to: mkday(2022, 12, 31), boutgift: 655, group: 4, comment: "Husleierestanse"},
		episode{household: newHousehold(), sit: 1, from: mkday(2022, 1, 3), to: mkday(2022, 6, 30), boutgift: 481, group: 3, barn: true},
	)

	// The export holds every episode active on or after 1 January 2016
	// that had started by the last day it covers.
	var rows []episode
	for _, e := range eps {
		if e.from > x.cut || e.to < programStart {
			continue
		}
		e.to = x.clip(e.to)
		rows = append(rows, e)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.from != b.from {
			return a.from < b.from
		}
		if a.household != b.household {
			return a.household < b.household
		}
		return a.sit < b.sit
	})

	c := newCSV(";", "\r\n")
	c.line("Uttrekk fra fagsystem for boligsosialt arbeid – kartlegging av boligsituasjon")
	if x.later() {
		c.line(x.k.name + " kommune. Utskrevet " + x.taken.dmy() + " kl. " + x.clock + ". Saker aktive fra 01.01.2016, status per " + x.cut.dmy() + ".")
	} else {
		c.line(x.k.name + " kommune. Utskrevet " + x.taken.dmy() + " kl. " + x.clock + ". Saker aktive fra 01.01.2016.")
	}
	c.line("")
	c.row("Løpenr", "Kommunenr ", "HUSSTAND-ID", "Situasjon ", "Fra dato", "Til dato ", "Barn under 18 år ",
		"målgruppe", "Boutgift i % av inntekt", "Kommentar")
	for i, e := range rows {
		kommune := x.nr(e.from)
		to := ""
		if e.to != none {
			to = e.to.dmy()
		}
		// The old version of the system wrote J/N.
		barn := map[bool]string{true: "Ja", false: "Nei"}[e.barn]
		if e.from < mkday(2018, 1, 1) {
			barn = barn[:1]
		}
		group := ""
		if e.group >= 0 {
			group = malgrupper[e.group]
		}
		boutgift := ""
		if e.boutgift > 0 {
			boutgift = decimalComma(e.boutgift)
		}
		c.row(strconv.Itoa(i+1), kommune, e.household, situations[e.sit].label(e.from), e.from.dmy(), to, barn,
			group, boutgift, e.comment)
	}
	c.row("Totalt", fmt.Sprintf("%d saker", len(rows)), "", "", "", "", "", "", "", "")
	return windows1252(c.String())
}
