package nasjonal

import (
	"strconv"
	"strings"
)

// program is the programme file: every kommune, the period 2016–2025, the
// standard library's indicators, each year and half-year.
func (w *workload) program() string {
	var b strings.Builder
	b.WriteString("# Nasjonal arbeidsmengde (fiktive tall, laget av examples/internal/nasjonal).\n")
	b.WriteString("name: Nasjonal arbeidsmengde 2016–2025 (fiktive tall)\n")
	b.WriteString("example: true\n")
	b.WriteString("period: 2016-2025\n")
	b.WriteString("period_types: [år, halvår]\n")
	b.WriteString("sources:\n  - kilder/*.yaml\n")
	b.WriteString("kommuner:\n")
	for _, k := range w.kommuner {
		b.WriteString("  - {number: \"" + k.Number + "\", name: " + strconv.Quote(k.Name) + "}\n")
	}
	return b.String()
}

// mappings are the source mappings, by file name under kilder/.
func (w *workload) mappings() map[string]string {
	head := "encoding: utf-8\n"
	formats := "[dd.mm.yyyy]"
	if w.o.Legacy {
		// the title line above the header is found and skipped by boso
		head = "encoding: windows-1252\n"
		formats = "[dd.mm.yyyy, yyyy-mm-dd, excel]"
	}
	head += "delimiter: \";\"\ndecimal: \",\"\ncovers: {from: 2016-01-01, to: 2025-12-31}\n"
	date := func(field, column, extra string) string {
		return "  " + field + ": {column: " + column + ", type: date, formats: " + formats + extra + "}\n"
	}
	situasjon := `  situasjon:
    column: Situasjon
    type: category
    values:
      Bostedsløs: bostedslos
      I fare for å miste boligen: fare_miste_bolig
      Uegnet bolig/bomiljø: uegnet_bolig
      Midlertidig botilbud: midlertidig
`
	var mg strings.Builder
	mg.WriteString("  malgruppe:\n    column: Målgruppe\n    type: category\n    values:\n")
	for i, l := range malgrupper {
		mg.WriteString("      " + l + ": " + malgruppeCodes[i] + "\n")
	}
	malgruppe := mg.String()
	kommune := "  kommune: {column: Kommunenr, type: kommune}\n"
	husstand := "  husstand: {column: Husstand, type: text, sensitive: true}\n"
	return map[string]string{
		"kartlegging.yaml": "# Kartleggingen av boligsituasjon uten midlertidig botilbud.\n" +
			"id: kartlegging\nregister: boligsituasjon\nfile: ../" + KartleggingFile + "\n" +
			"where: situasjon != \"midlertidig\"\n" + head + "fields:\n" + kommune + husstand + situasjon +
			date("fra", "Fra dato", "") + date("til", "Til dato", "") +
			"  antall_barn: {column: Antall barn, type: number}\n" +
			"  barn_under_18: {type: bool, expr: antall_barn > 0}\n" + malgruppe,
		"kartlegging_midlertidig.yaml": "# Oppholdene i midlertidig botilbud i samme kartlegging.\n" +
			"id: kartlegging_midlertidig\nregister: midlertidig\nfile: ../" + KartleggingFile + "\n" +
			"where: situasjon == \"midlertidig\"\n" + head + "fields:\n" + kommune + husstand + situasjon +
			date("innflyttet", "Fra dato", "") + date("utflyttet", "Til dato", "") + malgruppe,
		"startlan.yaml": "# Startlån: søknader og vedtak.\n" +
			"id: startlan\nregister: startlan\nfile: ../" + StartlanFile + "\n" + head + "fields:\n" + kommune +
			date("mottatt", "Mottatt", "") + date("vedtaksdato", "Vedtaksdato", "") + vedtak +
			"  belop: {column: Innvilget beløp, type: amount, max: 20000000}\n" +
			"  etableringstilskudd: {column: Etableringstilskudd, type: bool}\n",
		"leie_til_eie.yaml": "# Innvilgede startlån til husstander i kommunal leiebolig: fra leie til eie.\n" +
			"id: leie_til_eie\nregister: leie_til_eie\nfile: ../" + StartlanFile + "\n" +
			"where: fra_kommunal_leie == true && vedtak == \"innvilget\"\n" + head + "fields:\n" + kommune + husstand +
			vedtak + "  fra_kommunal_leie: {column: Fra kommunal leiebolig, type: bool}\n" +
			date("overtatt", "Vedtaksdato", "") + malgruppe,
		"utkastelser.yaml": "# Utkastelser som hendelser: én rad per begjæring og per gjennomført utkastelse.\n" +
			"id: utkastelser\nregister: utkastelser\nfile: ../" + UtkastelserFile + "\n" + head + "fields:\n" + kommune +
			"  type:\n    column: Type\n    type: category\n    values: {Begjæring: begjaering, Gjennomført: gjennomfort}\n" +
			date("begjaert", "Dato", ", when: type == \"begjaering\"") +
			date("gjennomfort", "Dato", ", when: type == \"gjennomfort\""),
		"kommunal_bolig.yaml": "# Søknader om kommunalt disponert bolig.\n" +
			"id: kommunal_bolig\nregister: kommunal_bolig\nfile: ../" + KommunalBoligFile + "\n" + head + "fields:\n" +
			kommune + husstand + date("mottatt", "Mottatt", "") + date("avsluttet", "Vedtaksdato", "") +
			date("tildelt", "Tildelt dato", ""),
		"innbyggere.yaml": "# Folketall 1. januar per kommune og år.\n" +
			"id: innbyggere\nregister: innbyggere\nfile: ../" + InnbyggereFile + "\n" +
			strings.Replace(head, "covers: {from: 2016-01-01, to: 2025-12-31}\n", "", 1) + "fields:\n" +
			"  kommune: {column: kommunenummer, type: kommune}\n" +
			"  aar: {column: år, type: number}\n" +
			"  innbyggere: {column: innbyggere, type: number}\n",
	}
}

const vedtak = `  vedtak:
    column: Vedtak
    type: category
    values:
      Innvilget: innvilget
      Avslått: avslag
      Trukket: trukket
      Under behandling: under_behandling
`
