package msg

// Texts of the report workbook (reports/xlsx). Sheet names are at most 31
// characters and hold none of []:*?/\ (Excel's rules).
var (
	XlsxSheetCover      = nb("Forside")
	XlsxSheetSteering   = nb("Styringsgruppen")
	XlsxSheetChartData  = nb("Figurdata")
	XlsxCoverKommune    = nb("Kommune")
	XlsxCoverPeriod     = nb("Periode")
	XlsxCoverReportDate = nb("Rapportdato")
	XlsxKommuneNumber   = nb("%s (%s)")
	XlsxChartDataNote   = nb("Tallene figurene i arbeidsboken bygger på der de ikke kan hentes direkte fra en tabell. Tomme celler er hull i figuren.")
	XlsxBullet          = nb("• %s")
)

// XlsxSectionSheets names the sheet of each numbered form section (§2 of
// the form); a section with another number gets "number title", shortened.
var XlsxSectionSheets = map[string]Text{
	"1": nb("1 Programinformasjon"),
	"2": nb("2 Programplan – status"),
	"3": nb("3 Aktivitetsplan"),
	"4": nb("4 Økonomi"),
	"5": nb("5 Indikatorer"),
}

// Texts of the report workbook's layout on printed pages.
var (
	// XlsxSheetContinued heads a sheet that continues a section after a
	// table that needed a sheet of its own.
	XlsxSheetContinued = nb("%s (forts.)")
)

// Texts of the report workbook's sheet names and contents.
var (
	// XlsxSheetContinuedName names a sheet that goes on with a section
	// (its short name) from the sheet before; XlsxSheetContinuedNameN the
	// second and later such sheets, numbered.
	XlsxSheetContinuedName  = nb("%s, forts.")
	XlsxSheetContinuedNameN = nb("%s, forts. %d")
	// XlsxContentsSection and XlsxContentsSheet head the cover's contents:
	// the sections and subsections, and the sheet each is on.
	XlsxContentsSection = nb("Kapittel")
	XlsxContentsSheet   = nb("Ark")
)

// Texts of small multiples in the workbook (reports/xlsx).
var (
	// XlsxMultiplesKey says how the small charts draw their series (the
	// first series' name, the second's) and their one scale.
	XlsxMultiplesKey = nb("%s: heltrukken linje. %s: stiplet linje. Alle figurene har samme skala (%s). Tegnene for tall som ikke vises (: .. .) står i tabellen over.")
)
