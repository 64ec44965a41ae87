package fiktiv

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// application is one application for a kommunalt disponert bolig.
type application struct {
	no        int
	kommune   int // index in boligkontorKommuner
	household string
	received  day
	minutes   int // time of day of receipt, when the system kept it; 0: none
	closed    day // tildelt, avslått or trukket; none: still waiting
	outcome   string
	housing   int
}

// boligkontorKommuner share the housing office's application system; their
// households are numbered separately, so the same id means different
// households in the two kommuner.
var boligkontorKommuner = []boligkontorKommune{
	{"0403", "3403", byYear{195, 192, 188, 181, 176, 170, 166, 158, 152, 146, 140}},
	{"0415", "3412", byYear{36, 35, 37, 34, 36, 33, 35, 34, 32, 33, 31}},
}

type boligkontorKommune struct {
	before, after string
	applications  byYear
}

var boligtyper = []string{"Ordinær kommunal bolig", "Gjennomgangsbolig", "Omsorgsbolig", "Bolig for flyktninger"}

// allocation is a Hamar household that got a kommunal bolig: who may later
// buy a home of its own.
type allocation struct {
	household string
	on        day
}

type kommunalBoligData struct {
	kommuner []boligkontorKommune
	rows     []application
	tildelt  []allocation // the programme's kommune only, by date
}

// kommunalBolig draws the applications; export writes them.
func kommunalBolig(x export) *kommunalBoligData {
	g := x.rng(streamKommunalBolig)
	d := &kommunalBoligData{kommuner: boligkontorKommuner}
	if !x.isHamar() {
		d.kommuner = []boligkontorKommune{{x.k.former, x.k.number, boligkontorKommuner[0].applications}}
	}
	var apps []application
	for k, bk := range d.kommuner {
		next := 0
		var pool []string
		for y := 2015; y <= 2025; y++ {
			for range g.around(x.n(bk.applications.of(y)), x.spread(10)) {
				a := application{kommune: k, received: g.dayIn(y), housing: g.pick(55, 20, 15, 10)}
				if len(pool) > 20 && g.chance(180) {
					a.household = pool[g.r.IntN(len(pool))] // applies again
				} else {
					next += g.between(1, 2)
					a.household = fmt.Sprintf("B-%05d", next)
					pool = append(pool, a.household)
				}
				switch g.pick(560, 290, 150) {
				case 0:
					a.outcome, a.closed = "Tildelt", a.received+day(g.between(14, 210))
				case 1:
					a.outcome, a.closed = "Avslått", a.received+day(g.between(10, 60))
				default:
					a.outcome, a.closed = "Trukket", a.received+day(g.between(20, 150))
				}
				if g.chance(80) {
					a.minutes = g.between(8*60, 15*60+30)
				}
				apps = append(apps, a)
			}
		}
	}
	// A leap day, and the half-year boundary: received on 30.06, allotted
	// on 01.07.
	apps = append(apps,
		application{kommune: 0, household: "B-09001", received: mkday(2020, 2, 29), closed: mkday(2020, 5, 4), outcome: "Tildelt"},
		application{kommune: 0, household: "B-09002", received: mkday(2024, 6, 30), closed: mkday(2024, 7, 1), outcome: "Tildelt", housing: 1},
	)

	for _, a := range apps {
		if a.received > x.cut || (a.closed < programStart) {
			continue
		}
		if a.closed > x.cut {
			a.closed, a.outcome = none, "Venter"
		}
		d.rows = append(d.rows, a)
	}
	sort.SliceStable(d.rows, func(i, j int) bool {
		a, b := d.rows[i], d.rows[j]
		if a.received != b.received {
			return a.received < b.received
		}
		return a.kommune < b.kommune
	})
	no := 150000
	for i := range d.rows {
		no += g.between(1, 3)
		d.rows[i].no = no
		if a := d.rows[i]; a.kommune == 0 && a.outcome == "Tildelt" {
			d.tildelt = append(d.tildelt, allocation{a.household, a.closed})
		}
	}
	sort.SliceStable(d.tildelt, func(i, j int) bool { return d.tildelt[i].on < d.tildelt[j].on })
	return d
}

// export is the list as the housing office saves it from Excel as
// «Unicode-tekst»: UTF-16 with a byte-order mark, tab-separated, CRLF, and
// dates as Excel serial numbers because the columns lost their date format
// (a time of day shows as a decimal fraction with a comma).
func (d *kommunalBoligData) export() ([]byte, error) {
	c := newCSV("\t", "\r\n")
	c.row("Søknadsnr", "Kommunenr", "Husstand", "Mottatt", "Tildelt", "Avsluttet", "Status", "Boligtype")
	for _, a := range d.rows {
		bk := d.kommuner[a.kommune]
		kommune := bk.after
		if beforeReform(a.received) {
			kommune = bk.before
		}
		received := strconv.Itoa(a.received.serial())
		if a.minutes > 0 {
			// 4 decimals, as Excel shows a general-format number here.
			frac := (a.minutes*10000 + 720) / 1440
			received += "," + strings.TrimRight(fmt.Sprintf("%04d", frac), "0")
		}
		tildelt, closed := "", ""
		if a.closed != none {
			closed = strconv.Itoa(a.closed.serial())
			if a.outcome == "Tildelt" {
				tildelt = closed
			}
		}
		c.row(strconv.Itoa(a.no), kommune, a.household, received, tildelt, closed, a.outcome, boligtyper[a.housing])
	}
	return utf16LE(c.String()), nil
}
