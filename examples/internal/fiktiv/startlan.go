package fiktiv

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// loan is one application for startlån.
type loan struct {
	caseNo    string
	received  day
	decided   day // none: not decided by the export day
	outcome   int // see outcomes
	applied   int // kroner
	granted   int // kroner; 0 unless granted
	tilskudd  bool
	household int
}

const (
	granted = iota
	refused
	withdrawn
	pending
)

var husstandstyper = []string{"Enslig", "Enslig forsørger", "Par uten barn", "Par med barn"}

// startlan is the loan system's list of applications, opened and saved
// again in Excel: «CSV UTF-8» with a byte-order mark, ';', CRLF, dates as
// dd.mm.yyyy, amounts with no-break spaces between thousands and a decimal
// comma, the leading zero of 0403 lost, and a Sum row.
func startlan(x export) ([]byte, error) {
	g := x.rng(streamStartlan)
	// More applications and a higher share granted: the programme's goal of
	// more households into owned homes.
	applications := byYear{0, 112, 118, 124, 131, 148, 163, 158, 176, 184, 192}
	grantShare := byYear{0, 560, 570, 590, 600, 620, 640, 650, 670, 680, 690}
	price := byYear{0, 1_650_000, 1_720_000, 1_780_000, 1_830_000, 1_900_000, 2_050_000, 2_200_000, 2_300_000, 2_400_000, 2_480_000}
	var loans []loan
	for y := 2016; y <= 2025; y++ {
		for range g.around(x.n(applications.of(y)), x.spread(9)) {
			l := loan{received: g.dayIn(y), household: g.r.IntN(len(husstandstyper))}
			l.applied = g.around(price.of(y), price.of(y)*2/5) / 10_000 * 10_000
			l.decided = l.received + day(g.between(6, 55))
			switch {
			case g.chance(40):
				l.outcome = withdrawn
			case g.chance(grantShare.of(y) * 1000 / 960):
				l.outcome = granted
				l.granted = l.applied
				if g.chance(400) {
					l.granted = l.applied * g.between(80, 99) / 100 / 5_000 * 5_000
				}
				l.tilskudd = g.chance(140)
			default:
				l.outcome = refused
			}
			loans = append(loans, l)
		}
	}
	// A leap day and decisions on both sides of the half-year boundary.
	loans = append(loans,
		loan{received: mkday(2024, 2, 29), decided: mkday(2024, 3, 20), outcome: granted, applied: 2_150_000, granted: 2_150_000, tilskudd: true, household: 3},
		loan{received: mkday(2022, 6, 1), decided: mkday(2022, 6, 30), outcome: granted, applied: 1_250_000, granted: 1_250_000, household: 0},
		loan{received: mkday(2022, 6, 10), decided: mkday(2022, 7, 1), outcome: refused, applied: 3_900_000, household: 2},
	)

	var rows []loan
	for _, l := range loans {
		if l.received > x.cut {
			continue
		}
		if l.decided > x.cut {
			l.decided, l.outcome, l.granted, l.tilskudd = none, pending, 0, false
		}
		rows = append(rows, l)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].received < rows[j].received })
	count := map[int]int{}
	for i := range rows {
		y := rows[i].received.year()
		count[y]++
		rows[i].caseNo = fmt.Sprintf("SL-%d-%04d", y, count[y])
	}

	c := newCSV(";", "\r\n")
	c.row("Saksnr", "Kommune", "Mottatt dato", "Vedtaksdato", "Vedtak", "Søkt beløp", "Innvilget beløp",
		"Tilskudd til etablering", "Husstandstype")
	sumApplied, sumGranted := 0, 0
	for _, l := range rows {
		// Excel read the column as numbers: 0403 became 403.
		kommune := strings.TrimLeft(x.nr(l.received), "0")
		decided, outcome, grantedText, tilskudd := "", "Under behandling", "", ""
		if l.decided != none {
			decided = l.decided.dmy()
		}
		switch l.outcome {
		case granted:
			outcome, grantedText = "Innvilget", kroner(l.granted)
			tilskudd = map[bool]string{true: "Ja", false: "Nei"}[l.tilskudd]
		case refused:
			// The system said «Avslag» until its upgrade in 2019.
			outcome = "Avslått"
			if l.decided < mkday(2019, 5, 1) {
				outcome = "Avslag"
			}
		case withdrawn:
			outcome = "Trukket"
		}
		sumApplied += l.applied
		sumGranted += l.granted
		c.row(l.caseNo, kommune, l.received.dmy(), decided, outcome, kroner(l.applied), grantedText, tilskudd,
			husstandstyper[l.household])
	}
	c.row("Sum", "", "", "", strconv.Itoa(len(rows))+" saker", kroner(sumApplied), kroner(sumGranted), "", "")
	return append(append([]byte(nil), utf8BOM...), c.String()...), nil
}
