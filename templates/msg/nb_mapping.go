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

// Category codes a mapping declares (indicators/source/codes.go).
var (
	MapValuesAndCodes = nb("feltet «%s» kan ha values eller codes, ikke begge: values oversetter verdiene i filen til koder, codes lister kodene når filen allerede har dem")
)

// Texts for mappings that shape an export: where, when and expr.
var (
	MapNoColumn          = nb("feltet «%s» må ha «column» (kolonnen i fila) eller «expr» (et uttrykk over andre felt)")
	MapExprAndColumn     = nb("feltet «%s» kan ikke ha både «column» og «expr»")
	MapExprAndWhen       = nb("feltet «%s» har «expr» og kan ikke ha «when» (skriv vilkåret inn i uttrykket)")
	MapExprType          = nb("feltet «%s» har type %s og kan ikke regnes ut med «expr» (bare bool, number og amount)")
	MapDeriveFromDerived = nb("«%s» er selv regnet ut eller har «when»; et uttrykk i en kilde kan bare bruke felt som leses rett fra en kolonne")
	MapDeriveUnknown     = nb("kilden har ikke feltet «%s»; et uttrykk her kan bruke: %s")
	MapWhereRuntime      = nbN("«where» i kilde «%[2]s» kunne ikke avgjøres for %[1]d rad fordi et felt uttrykket bruker, er tomt; raden er ikke tatt med", "«where» i kilde «%[2]s» kunne ikke avgjøres for %[1]d rader fordi et felt uttrykket bruker, er tomt; radene er ikke tatt med (første her)")
)

// MapExprCodeNever is a mapping's expression looking for a code its field
// cannot take.
var MapExprCodeNever = nb("uttrykket ser etter koden «%s» i feltet «%s», men feltet gir den aldri, bare %s%s")

// Texts of a column the mapping names that the file lacks.
var (
	MapColumnNotFound = nb("kolonnen «%s» finnes ikke i overskriftsraden %s; kolonnene er: %s")
	MapColumnNear     = nb("(mente du «%s»?)")
)

// boso's own figure export read back (format: boso-tall).
var (
	MapUnknownFormat   = nb("ukjent format «%s»; kjente formater er %s")
	MapFormatRegister  = nb("kilde «%s»: format: %s leses bare inn i registeret «%s», ikke «%s»")
	MapFormatDecimal   = nb("format: %s har alltid desimalpunktum; fjern decimal: \",\"")
	MapLooksLikeExport = nb("kilde «%s»: %s ser ut som boso sin egen talleksport (den har kolonnene inndeling og forklaringskode); skriv format: %s i kildebeskrivelsen, så leses inndelinger, merknader, teller og nevner som det de er")
)

var MapFormatFieldType = nb("feltet «%s» må ha typen %s med format: %s, ikke %s")

var MapExportOld = nb("talleksporten mangler kolonnene %s, som boso compute skriver fra og med denne versjonen (teller og nevner til forholdstall, rader til beløp, beregning); kjør boso compute på nytt og send den nye tall.csv")

// A mapping's file: that is a folder or a special file, not a file to read.
var MapFileNotRegular = nb("%s %s")

// MapFileGlob: file: names a pattern, which boso does not expand.
var MapFileGlob = nb("finner ikke filen %s: «file:» tar navnet på én fil, ikke et mønster med * eller ?; skriv én kilde per fil")

// MapValuesSameText: two values: labels that are the same text to boso
// (case and spaces around ignored) with different codes.
var MapValuesSameText = nb("«%s: %s» og «%s: %s» er samme tekst for boso (store og små bokstaver og mellomrom rundt regnes som like), men gir ulike koder; behold én av dem")

// MapTinySerial: an XLSX date field holding 0–60 (the cell's value), which
// as a date would be in January–February 1900.
var MapTinySerial = nb("«%s» er ikke en dato: som datotall ville det vært januar–februar 1900; er cellen en avkrysning (SANN/USANN, lagret som 1/0) eller et tall i datokolonnen?")

// MapEncodingUTF16: encoding: names UTF-16 without its byte order (the
// value written).
var MapEncodingUTF16 = nb("«%s» sier ikke hvilken byte-rekkefølge filen har: skriv «encoding: utf-16le» (det Excel og LibreOffice lagrer som «Unicode»), eller «utf-16be»")
