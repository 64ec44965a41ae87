package main

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2"

	"boso/examples/internal/nasjonal"
)

func duckdbVersion() string {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return "?"
	}
	defer db.Close()
	var v string
	if err := db.QueryRow("SELECT version()").Scan(&v); err != nil {
		return "?"
	}
	return v
}

// duckdbPeer computes the compared figures of the workload in data with
// DuckDB (in memory, all cores) and writes them to out.
func duckdbPeer(data, out string) error {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return err
	}
	defer db.Close()
	for _, q := range duckdbScript(data, out) {
		if _, err := db.Exec(q); err != nil {
			return fmt.Errorf("%w\n%s", err, q)
		}
	}
	return nil
}

// duckdbScript is the SQL: load the four case registers and the
// population into tables, then one COPY of every figure.
func duckdbScript(data, out string) []string {
	file := func(name string) string { return "'" + filepath.Join(data, name) + "'" }
	read := func(name, columns string, extra string) string {
		return "read_csv(" + file(name) + ", delim=';', header=true, quote='', dateformat='%d.%m.%Y'" + extra + ", columns={" + columns + "})"
	}
	var mg strings.Builder
	mg.WriteString("coalesce(CASE \"Målgruppe\"")
	for label, code := range malgruppeCodes {
		mg.WriteString(" WHEN '" + label + "' THEN '" + code + "'")
	}
	mg.WriteString(" END, 'ukjent')")
	var periods []string
	for y := 2016; y <= 2025; y++ {
		periods = append(periods,
			fmt.Sprintf("('%d', %d, DATE '%d-01-01', DATE '%d-12-31')", y, y, y, y),
			fmt.Sprintf("('%dH1', %d, DATE '%d-01-01', DATE '%d-06-30')", y, y, y, y),
			fmt.Sprintf("('%dH2', %d, DATE '%d-07-01', DATE '%d-12-31')", y, y, y, y))
	}
	script := []string{
		"CREATE TABLE periods AS SELECT * FROM (VALUES " + strings.Join(periods, ", ") + ") t(periode, aar, fom, tom)",
		"CREATE TABLE sit AS SELECT Kommunenr AS k, Husstand AS h, Situasjon AS s, \"Fra dato\" AS f, \"Til dato\" AS t, " + mg.String() + " AS g, \"Antall barn\" AS barn FROM " +
			read(nasjonal.KartleggingFile, "'Kommunenr': 'VARCHAR', 'Husstand': 'VARCHAR', 'Situasjon': 'VARCHAR', 'Fra dato': 'DATE', 'Til dato': 'DATE', 'Målgruppe': 'VARCHAR', 'Antall barn': 'INTEGER'", ""),
		"CREATE TABLE sl AS SELECT Kommunenr AS k, Husstand AS h, Mottatt AS mottatt, Vedtaksdato AS vd, Vedtak AS vedtak, \"Innvilget beløp\" AS belop, \"Fra kommunal leiebolig\" = 'Ja' AS leie, " + mg.String() + " AS g FROM " +
			read(nasjonal.StartlanFile, "'Kommunenr': 'VARCHAR', 'Saksnr': 'VARCHAR', 'Husstand': 'VARCHAR', 'Mottatt': 'DATE', 'Vedtaksdato': 'DATE', 'Vedtak': 'VARCHAR', 'Innvilget beløp': 'DECIMAL(18,2)', 'Etableringstilskudd': 'VARCHAR', 'Formål': 'VARCHAR', 'Fra kommunal leiebolig': 'VARCHAR', 'Målgruppe': 'VARCHAR'", ", decimal_separator=','"),
		"CREATE TABLE utk AS SELECT Kommunenr AS k, Dato AS d, Type AS type FROM " +
			read(nasjonal.UtkastelserFile, "'Kommunenr': 'VARCHAR', 'Saksnummer': 'VARCHAR', 'Dato': 'DATE', 'Type': 'VARCHAR'", ""),
		"CREATE TABLE kb AS SELECT Kommunenr AS k, Husstand AS h, Mottatt AS mottatt, Vedtaksdato AS avsluttet, \"Tildelt dato\" AS tildelt FROM " +
			read(nasjonal.KommunalBoligFile, "'Kommunenr': 'VARCHAR', 'Husstand': 'VARCHAR', 'Mottatt': 'DATE', 'Vedtaksdato': 'DATE', 'Vedtak': 'VARCHAR', 'Tildelt dato': 'DATE'", ""),
		"CREATE TABLE pop AS SELECT kommunenummer AS k, \"år\" AS aar, innbyggere AS n FROM " +
			read(nasjonal.InnbyggereFile, "'kommunenummer': 'VARCHAR', 'år': 'INTEGER', 'innbyggere': 'BIGINT'", ""),
	}
	// stock counts the distinct households of each kommune in an episode
	// on the period's last (or first) day, with the målgruppe breakdown.
	stock := func(id, table, from, to, on, where string, breakdown bool) string {
		cond := from + " <= p." + on + " AND (" + to + " IS NULL OR " + to + " >= p." + on + ")"
		if breakdown {
			return "SELECT k AS kommune, periode, '" + id + "' AS indikator, CASE WHEN grouping(g) = 1 THEN '' ELSE 'malgruppe=' || g END AS inndeling, count(DISTINCT h)::VARCHAR AS verdi FROM " +
				table + " JOIN periods p ON " + cond + " WHERE " + where + " GROUP BY GROUPING SETS ((k, periode), (k, periode, g))"
		}
		return "SELECT k, periode, '" + id + "', '', count(DISTINCT h)::VARCHAR FROM " + table + " JOIN periods p ON " + cond + " WHERE " + where + " GROUP BY k, periode"
	}
	// flow counts (or sums) the rows dated in the period.
	flow := func(id, table, date, measure, where string) string {
		return "SELECT k, periode, '" + id + "', '', " + measure + "::VARCHAR FROM " + table + " JOIN periods p ON " + date + " BETWEEN p.fom AND p.tom WHERE " + where + " GROUP BY k, periode"
	}
	parts := []string{
		stock("bostedslose", "sit", "f", "t", "tom", "s = 'Bostedsløs'", true),
		stock("midlertidig_botilbud", "sit", "f", "t", "tom", "s = 'Midlertidig botilbud'", true),
		// more than 90 nights on the last day: moved in at least 91 days before it
		stock("midlertidig_botilbud_over_3_mnd", "sit", "f", "t", "tom", "s = 'Midlertidig botilbud' AND f <= p.tom - 91", true),
		stock("barnefamilier_uegnet_bolig", "sit", "f", "t", "tom", "s = 'Uegnet bolig/bomiljø' AND barn > 0", false),
		stock("kommunal_bolig_venteliste", "kb", "mottatt", "avsluttet", "fom", "true", false),
		flow("begjaeringer_utkastelse", "utk", "d", "count(*)", "type = 'Begjæring'"),
		flow("utkastelser", "utk", "d", "count(*)", "type = 'Gjennomført'"),
		flow("startlan_soknader", "sl", "mottatt", "count(*)", "true"),
		flow("startlan_innvilget", "sl", "vd", "count(*)", "vedtak = 'Innvilget'"),
		flow("startlan_vedtak", "sl", "vd", "count(*)", "vedtak IN ('Innvilget', 'Avslått')"),
		flow("startlan_innvilget_belop", "sl", "vd", "sum(belop)", "vedtak = 'Innvilget'"),
		"SELECT k, periode, 'startlan_innvilgelsesandel', '', round(100 * count(*) FILTER (WHERE vedtak = 'Innvilget') / count(*), 4)::VARCHAR FROM sl JOIN periods p ON vd BETWEEN p.fom AND p.tom WHERE vedtak IN ('Innvilget', 'Avslått') GROUP BY k, periode",
		"SELECT k, periode, 'fra_leie_til_eie', CASE WHEN grouping(g) = 1 THEN '' ELSE 'malgruppe=' || g END, count(DISTINCT h)::VARCHAR FROM sl JOIN periods p ON vd BETWEEN p.fom AND p.tom WHERE leie AND vedtak = 'Innvilget' GROUP BY GROUPING SETS ((k, periode), (k, periode, g))",
		flow("kommunal_bolig_soknader", "kb", "mottatt", "count(*)", "true"),
		flow("kommunal_bolig_tildelinger", "kb", "tildelt", "count(*)", "true"),
		"SELECT b.k, b.periode, 'bostedslose_per_1000', '', round(b.n * 1000 / pop.n, 4)::VARCHAR FROM (SELECT k, periode, aar, count(DISTINCT h) AS n FROM sit JOIN periods p ON f <= p.tom AND (t IS NULL OR t >= p.tom) WHERE s = 'Bostedsløs' GROUP BY k, periode, aar) b JOIN pop ON pop.k = b.k AND pop.aar = b.aar",
	}
	script = append(script, "COPY ("+strings.Join(parts, "\nUNION ALL\n")+") TO '"+out+"' (HEADER, DELIMITER ',')")
	return script
}

// malgruppeCodes are the standard library's codes of the workload's
// målgruppe labels, as its source mappings say.
var malgruppeCodes = map[string]string{
	"Rus/psykisk helse": "rus_psykisk_helse",
	"Unge (16–24 år)":   "unge",
	"Flyktning":         "flyktninger",
	"Barnefamilie":      "barnefamilier",
	"Øvrige":            "ovrige",
}
