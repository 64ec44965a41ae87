package msg

// Texts the PDF renderer places itself (reports/pdf); the report's own
// texts come with the report model.
var (
	PDFKommune        = nb("Kommune")
	PDFKommunenummer  = nb("Kommunenummer")
	PDFPeriod         = nb("Periode")
	PDFReportDate     = nb("Rapporteringsdato")
	PDFDocTitle       = nb("%s – %s, %s") // title, kommune, period: the PDF's document title
	PDFContinued      = nb("%s (forts.)") // a table's caption on the pages it continues on
	PDFRowsNotShown   = nb("%s: %d rader til er ikke vist her; se hele rapporten.")
	PDFRowNotShown    = nb("%s: én rad til er ikke vist her; se hele rapporten.")
	PDFSteeringTooBig = nb("styringsgruppesiden får ikke plass på én A4-side, selv med liten skrift")
	PDFBadReportDate  = nb("rapportdatoen «%s» er ikke en dato på formen åååå-mm-dd")
)

// The steering page's summary, shortened to fit its one page.
var (
	PDFSteeringTextCut = nb("Sammendraget er forkortet her for å få plass på én side; hele står først i rapporten.")
)
