package fiktiv

import "strconv"

// innbyggere is the population on 1 January, laid out like a table saved
// from SSB's statistics bank (table 07459) with the region's code moved
// into a column of its own: quoted text, ';', a title line and a blank line
// above the header. Until 2019 the kommune is 0403 Hamar, from 2020 3403.
func innbyggere(x export) ([]byte, error) {
	g := x.rng(streamInnbyggere)
	c := newCSV(";", "\n")
	c.ssbRow("07459: Befolkning 1. januar, etter region og år (tilrettelagt, fiktive tall)")
	c.line("")
	c.line(`"kommunenummer";"region";"år";"Personer 1. januar"`)
	n := x.n(29_640)
	for y := 2016; y <= 2025; y++ {
		k, name := x.k.number, x.k.name
		if y < 2020 {
			k, name = x.k.former, x.k.name+" (-2019)"
		}
		c.ssbRow(k, name, strconv.Itoa(y), strconv.Itoa(n))
		n += x.n(g.between(120, 330))
	}
	return []byte(c.String()), nil
}
