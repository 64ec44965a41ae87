package msg

// Period names.
var (
	PeriodHalf    = nb("%d. halvår %d")
	PeriodTertial = nb("%d. tertial %d")
	PeriodQuarter = nb("%d. kvartal %d")
)

// Column names and texts of the figure export (the tidy table).
var (
	ColKommunenummer = nb("kommunenummer")
	ColKommune       = nb("kommune")
	ColPeriode       = nb("periode")
	ColIndikator     = nb("indikator")
	ColInndeling     = nb("inndeling")
	ColVerdi         = nb("verdi")
	ColMerknad       = nb("merknad")
	ColForklaring    = nb("forklaring")
	ColKvalitet      = nb("kvalitet")
	ColDatagrunnlag  = nb("datagrunnlag")
	ExampleData      = nb("Eksempel – fiktive tall")
	SheetFigures     = nb("Tall")
	SheetAbout       = nb("Om uttrekket")
	AboutProgram     = nb("Program")
	AboutReportDate  = nb("Rapportdato")
	AboutMarks       = nb("Tegn: .. = tall mangler, . = kan ikke beregnes, : = skjult av personvernhensyn, * = foreløpig tall")
	AboutNumbers     = nb("Tallene i kolonnene verdi, teller, nevner og rader er skrevet maskinlesbart (desimalpunktum, ingen tusenskille).")
)

// Texts of charts' value axes.
var (
	AxisKroner   = nb("kr")
	AxisMillions = nb("mill. kr")
	AxisPercent  = nb("\u00a0%") // after a tick's number: "20 %"
	AxisNameUnit = nb("%s (%s)") // the chart's y-axis name, its unit: "innvilget beløp (mill. kr)"
)

// Columns of the figure export added for the regional roll-up: a ratio's
// exact numerator and denominator, the rows an amount rests on, and how
// the indicator is computed (a code, see engine.KindCode).
var (
	ColTeller    = nb("teller")
	ColNevner    = nb("nevner")
	ColRader     = nb("rader")
	ColBeregning = nb("beregning")
)
