package msg

// Texts the HTML renderer places itself (reports/html); the report's own
// texts come with the report model.
var (
	HTMLDocTitle      = nb("%s – %s, %s") // title, kommune, period: the page's <title>
	HTMLKommune       = nb("Kommune")
	HTMLKommuneNumber = nb("%s (%s)") // kommune name, kommunenummer
	HTMLPeriod        = nb("Periode")
	HTMLReportDate    = nb("Rapporteringsdato")
	// HTMLChartCategory heads the first column of a chart's number table
	// when the renderer makes it from the chart itself (charts run over periods).
	HTMLChartCategory = nb("Periode")
	HTMLChartDataOf   = nb("%s: %s") // "Tallene i figuren: Figur 5.1 …"

	// Errors in a report model the renderer cannot draw (a bug in the model
	// builder, not in the user's input).
	HTMLBadAnchor      = nb("HTML-rapporten: «%s» kan ikke brukes som id (bare bokstavene a–z og A–Z, sifre, - og _)")
	HTMLBadChartID     = nb("HTML-rapporten: figur-id «%s» kan bare ha bokstavene a–z og A–Z, sifre og _, og kan ikke begynne med et siffer")
	HTMLDuplicateID    = nb("HTML-rapporten: id «%s» er brukt mer enn én gang")
	HTMLSeriesLength   = nb("HTML-rapporten: figur %s: serien «%s» har %d verdier, men figuren har %d kategorier")
	HTMLRowLength      = nb("HTML-rapporten: tabell %s: rad %d har %d celler, men tabellen har %d kolonner")
	HTMLUnknownChart   = nb("HTML-rapporten: figur %s: ukjent figurtype «%s»")
	HTMLEmptyBlock     = nb("HTML-rapporten: del %s: blokk %d har ikke innhold")
	HTMLBadPageOfLabel = nb("HTML-rapporten: sidetallsteksten «%s» må ha nøyaktig to %%d")
)
