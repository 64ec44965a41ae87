package msg

// Texts of the regional roll-up (reports/region, boso region).
var (
	RegFormerKommune  = nb("kommunenummer %s er ikke lenger i bruk; kommunen har nå nummer %s (bruk dagens nummer)")
	RegKommuneMerged  = nb("kommunenummer %s er ikke lenger i bruk: kommunen ble slått sammen med andre eller delt, og området hører nå til %s; boso regner ikke tallene om til dagens kommune")
	RegUnknownKommune = nb("kommunenummer %s finnes ikke i SSBs kommuneliste")
	RegBadDue         = nb("«%s» er ikke en frist; skriv dag og måned, f.eks. 31.08")
)

// Submissions (reports/region).
var (
	RegNoSubmissions     = nb("kan ikke lese mappen med innsendinger (%s)")
	RegLooseFile         = nb("filnavnet begynner ikke med et kommunenummer, så boso vet ikke hvilken kommune filen hører til; legg den i en mappe per kommune, eller gi den et navn som begynner med kommunenummeret (f.eks. 3403-arbeidsbok.xlsx)")
	RegIgnoredFile       = nb("filen er verken en arbeidsbok (.xlsx) eller en talleksport (tall.csv), og er ikke lest")
	RegManyWorkbooks     = nb("innsendingen har flere arbeidsbøker (%s); behold én")
	RegManyExports       = nb("innsendingen har flere CSV-filer (%s); behold én talleksport (tall.csv)")
	RegNothingUsable     = nb("innsendingen har verken en arbeidsbok eller en talleksport som kan leses")
	RegNoKommune         = nb("boso finner ikke hvilken kommune innsendingen gjelder: verken mappenavnet, arbeidsboken eller talleksporten har et kommunenummer")
	RegKommunerDisagree  = nb("innsendingen gjelder flere kommuner (%s): mappenavnet, arbeidsboken og talleksporten må ha samme kommunenummer")
	RegLogKommune        = nb("Kommunenummer")
	RegLogReceived       = nb("Mottatt")
	RegExportPeriod      = nb("«%s» er ikke en periode (ventet f.eks. 2025, 2025H1 eller 2016-2025)")
	RegExportNoIndicator = nb("raden mangler indikator")
	RegExportValue       = nb("«%s» er ikke et tall (talleksporten skriver tall med punktum som desimaltegn)")
	RegExportNoValue     = nb("raden har verken verdi eller merknad")
	RegExportParts       = nb("teller «%s» og nevner «%s» må begge være tall")
	RegExportDuplicate   = nb("samme tall står to ganger (først på linje %d)")
	RegExportEmpty       = nb("talleksporten har ingen tall")
)
