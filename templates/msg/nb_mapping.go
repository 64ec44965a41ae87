package msg

// Texts for source mappings and the records read through them.
var (
	MapNoCoverage       = nb("kilde «%s» må si hvilke datoer registeret dekker: covers: {from: …, to: …} eller covers: {from: …, exported: …}")
	MapCoverageOrder    = nb("kilde «%s»: covers.to (%s) er før covers.from (%s)")
	MapNeedsKommune     = nb("kilde «%s» må ha et felt «kommune» (type kommune) eller en fast kommune: kommune: \"3403\"")
	MapBadKommune       = nb("«%s» er ikke et kommunenummer (ventet fire sifre, f.eks. 0301 eller 3403)")
	MapSheetForCSV      = nb("kilde «%s»: sheet gjelder bare .xlsx-filer")
	MapUnknownFileType  = nb("kilde «%s»: ukjent filtype «%s» (ventet .csv, .txt eller .xlsx)")
	MapFileMissing      = nb("finner ikke filen %s")
	MapBadDelimiter     = nb("ukjent skilletegn «%s» (bruk ; , tab eller auto)")
	MapBadDecimal       = nb("ukjent desimaltegn «%s» (bruk , eller .)")
	MapBadDateFormat    = nb("ukjent datoformat «%s» (bruk dd.mm.åååå, åååå-mm-dd, dd.mm.åå, dd/mm/åååå eller excel)")
	MapOptionForType    = nb("feltet «%s» har type %s og kan ikke ha «%s»")
	MapUnknownCategory  = nb("«%s» er ikke en kjent verdi for %s (ventet en av: %s)")
	MapEmptyKommune     = nb("mangler kommunenummer")
	MapRegisterReserved = nb("kilde «%s»: registeret «%s» trenger feltene %s")
	MapValueInField     = nb("%s (kolonne «%s», felt %s)")
)

// MapBadPeriod is a period cell that is not a period id.
var MapBadPeriod = nb("«%s» er ikke en periode (ventet f.eks. 2025, 2025H1, 2025T2, 2025K3, 2025M07 eller 2016-2025)")

// Texts of a column the mapping names that the file lacks.
var (
	MapColumnNotFound = nb("kolonnen «%s» finnes ikke i overskriftsraden %s; kolonnene er: %s")
	MapColumnNear     = nb("(mente du «%s»?)")
)
