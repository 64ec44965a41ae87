package fiktiv

import (
	"sort"
	"strconv"
)

// purchase is a household moving from a kommunal leiebolig to a home it owns.
type purchase struct {
	household string
	on        day
	typed     bool // the date was typed as text, not as a date
	finance   int
	group     int
}

var (
	finansiering = []string{"Startlån", "Startlån og tilskudd til etablering", "Leie-til-eie-avtale"}
	eieGrupper   = []string{"Barnefamilie", "Flyktning", "Unge", "Rus/psykisk helse", "Øvrige"}
)

// boligkontoret is the housing office's own workbook, kept by hand: a
// «Les meg» sheet first, the «Leie til eie» list (registered from 2018,
// kommunenummer as numbers so 0403 shows as 403, dates partly as date
// cells and partly typed as text, blank rows between the years, an «I alt»
// row) and «Nøkkeltall», the figures typed in from Husbanken's and SSB's
// statistics, with ".." and empty cells where a figure was not found.
func boligkontoret(x export, tildelt []allocation) ([]byte, error) {
	w := newBook("Les meg")
	w.bold("Les meg", "A", 1, "Boligkontoret, "+x.k.name+" kommune – egne registreringer")
	w.text("Les meg", "A", 2, "Eksempel – fiktive tall. Ingen opplysninger om virkelige personer.")
	w.text("Les meg", "A", 3, "Arket «Leie til eie» føres fortløpende fra 1. januar 2018.")
	w.text("Les meg", "A", 4, "Arket «Nøkkeltall» fylles ut fra Husbankens bostøttestatistikk og KOSTRA (SSB).")
	w.widths("Les meg", 90)
	if err := leieTilEie(w, x, tildelt); err != nil {
		return nil, err
	}
	nokkeltall(w, x)
	return w.bytes(x, "Boligkontoret – registreringer", "Boligkontoret (fiktivt)")
}

func leieTilEie(w *book, x export, tildelt []allocation) error {
	const sh = "Leie til eie"
	w.sheet(sh)
	g := x.rng(streamLeieTilEie)
	// More households buy their own home each year. The second half of
	// 2025 is drawn up to the half-year export's day; the purchases after
	// it are drawn last, so that a later export only adds to the list.
	perHalf := map[int][2]int{
		2018: {3, 4}, 2019: {4, 5}, 2020: {4, 6}, 2021: {6, 7}, 2022: {5, 6},
		2023: {7, 8}, 2024: {8, 9}, 2025: {9, 3},
	}
	used := map[string]bool{}
	var ps []purchase
	draw := func(first, last day, n int) {
		for range max(0, n) {
			on := first + day(g.r.IntN(int(last-first+1)))
			p := purchase{on: on, typed: g.chance(150), finance: g.pick(60, 30, 10), group: g.pick(35, 25, 15, 5, 20)}
			// A household that has rented from the kommune for a year or more.
			for _, a := range tildelt {
				if a.on > on-365 {
					break
				}
				if !used[a.household] && g.chance(30) {
					p.household = a.household
					break
				}
			}
			if p.household == "" {
				p.household = "B-0" + strconv.Itoa(9100+len(ps))
			}
			used[p.household] = true
			ps = append(ps, p)
		}
	}
	for y := 2018; y <= 2025; y++ {
		for half := range 2 {
			first := mkday(y, 1+6*half, 1)
			last := mkday(y, 7+6*half, 1) - 1
			if y == 2025 && half == 1 {
				last = halfYear.cut
			}
			draw(first, last, g.around(x.n(perHalf[y][half]), x.spread(2)))
		}
	}
	if x.later() {
		draw(halfYear.cut+1, x.cut, g.around(x.n(6), x.spread(2)))
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].on < ps[j].on })
	// One purchase registered twice (the second time with the date typed
	// as text): the household counts once.
	for i := range ps {
		if ps[i].on.year() == 2021 {
			dup := ps[i]
			dup.typed = !dup.typed
			ps = append(ps[:i+1], append([]purchase{dup}, ps[i+1:]...)...)
			break
		}
	}

	w.bold(sh, "A", 1, "Fra leie til eie – husstander som har kjøpt egen bolig")
	if x.later() {
		w.text(sh, "A", 2, "Registrering startet 01.01.2018. Føres av boligkontoret. Ført til og med "+x.cut.dmy()+".")
	} else {
		w.text(sh, "A", 2, "Registrering startet 01.01.2018. Føres av boligkontoret.")
	}
	for i, name := range []string{"Kommune", "Husstand", "Overtakelse", "Finansiering", "Målgruppe", "Merknad"} {
		w.bold(sh, string(rune('A'+i)), 4, name)
	}
	r := 5
	prevYear := 0
	for _, p := range ps {
		if prevYear != 0 && p.on.year() != prevYear {
			r++ // a blank row between the years
		}
		prevYear = p.on.year()
		kommune, _ := strconv.Atoi(x.nr(p.on)) // a number: 0403 shows as 403
		w.number(sh, "A", r, kommune)
		w.text(sh, "B", r, p.household)
		if p.typed {
			w.text(sh, "C", r, p.on.dmy())
		} else {
			w.date(sh, "C", r, p.on)
		}
		w.text(sh, "D", r, finansiering[p.finance])
		w.text(sh, "E", r, eieGrupper[p.group])
		r++
	}
	r++
	w.bold(sh, "A", r, "I alt")
	w.number(sh, "B", r, len(ps))
	w.widths(sh, 10, 11, 13, 34, 18, 30)
	w.freeze(sh, 4)
	return w.err
}

// nokkeltall writes the figures typed in by hand: bostøttemottakere and
// kommunalt disponerte boliger per half-year and year (the year is the
// figure of 31 December, so it equals the second half-year's).
func nokkeltall(w *book, x export) {
	const sh = "Nøkkeltall"
	w.sheet(sh)
	g := x.rng(streamTall)
	for i, name := range []string{"Kommunenr", "Kommune", "Periode", "Indikator", "Verdi", "Merknad"} {
		w.bold(sh, string(rune('A'+i)), 1, name)
	}
	type series struct {
		id, note string
		level    func(y, half int) int
		missing  map[string]string // period → what the cell holds instead of a number
	}
	list := []series{
		{
			id:   "bostotte_mottakere",
			note: "Husbanken, bostøttestatistikk (utbetalt for juni/desember)",
			// Fewer after the 2016–2018 tightening, more again from 2022
			// (the extra bostøtte of the energy crisis).
			level: func(y, half int) int {
				base := map[int]int{2016: 745, 2017: 712, 2018: 660, 2019: 612, 2020: 618, 2021: 640, 2022: 720, 2023: 850, 2024: 818, 2025: 800}[y]
				return base - 8*half
			},
			missing: map[string]string{"2017H1": ".."},
		},
		{
			id:   "kommunalt_disponerte_boliger",
			note: "KOSTRA skjema 13 / eget boligregister",
			level: func(y, half int) int {
				return 416 + 4*(y-2016) + 2*half
			},
			missing: map[string]string{"2016H1": ""},
		},
	}
	// The figures of the half-year export are drawn first; those a later
	// export adds (2. halvår 2025) after them, so the earlier figures are
	// the same in both.
	halves := func(y int) int {
		if y == 2025 && !x.later() {
			return 1 // the half-year export is from August 2025
		}
		return 2
	}
	values := make([]map[string]int, len(list))
	for i, s := range list {
		values[i] = map[string]int{}
		for y := 2016; y <= 2025; y++ {
			n := 2
			if y == 2025 {
				n = 1
			}
			for half := range n {
				values[i][strconv.Itoa(y)+"H"+strconv.Itoa(half+1)] = x.n(s.level(y, half)) + g.around(0, x.spread(6))
			}
		}
	}
	if x.later() {
		for i, s := range list {
			values[i]["2025H2"] = x.n(s.level(2025, 1)) + g.around(0, x.spread(6))
		}
	}
	r := 2
	for i, s := range list {
		for y := 2016; y <= 2025; y++ {
			for half := range halves(y) {
				id := strconv.Itoa(y) + "H" + strconv.Itoa(half+1)
				nokkelRow(w, x, r, y, id, s.id, values[i][id], s.missing, s.note)
				r++
			}
			if halves(y) == 2 {
				nokkelRow(w, x, r, y, strconv.Itoa(y), s.id, values[i][strconv.Itoa(y)+"H2"], s.missing, s.note)
				r++
			}
		}
	}
	w.widths(sh, 11, 10, 9, 30, 8, 60)
	w.freeze(sh, 1)
}

func nokkelRow(w *book, x export, r, y int, period, indicator string, v int, missing map[string]string, note string) {
	const sh = "Nøkkeltall"
	w.text(sh, "A", r, x.nr(mkday(y, 12, 31)))
	w.text(sh, "B", r, x.k.name)
	if len(period) == 4 {
		w.number(sh, "C", r, y) // a year typed as a number
	} else {
		w.text(sh, "C", r, period)
	}
	w.text(sh, "D", r, indicator)
	if instead, ok := missing[period]; ok {
		if instead != "" {
			w.text(sh, "E", r, instead)
		}
		note = "Tallet ble ikke funnet"
	} else {
		w.number(sh, "E", r, v)
	}
	w.text(sh, "F", r, note)
}
