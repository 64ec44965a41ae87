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

// More on the figure export read back (reports/region).
var RegExportRows = nb("«%s» er ikke et antall rader (ventet et helt tall, 0 eller mer)")

// The roll-up document (reports/region Compose).
var (
	RegTitle           = nb("Regional oppsummering, %s")
	RegPlace           = nb("Region")
	RegSubtitle        = nbN("Boligsosialt arbeid i %d programkommune", "Boligsosialt arbeid i %d programkommuner")
	RegRunningHeader   = nb("%s · %s")
	RegMeetingTOC      = nb("Oppsummering til møtet")
	RegStatusTitle     = nb("Innsendinger")
	RegStatusLead      = nb("Mottatt fra %d av %d kommuner (rapporteringsgrad %s), i tide fra %d av %d (%s). Frist %s, status per %s.")
	RegStatusCaption   = nb("Tabell 1.1 Innsendinger for %s")
	RegStatusNote      = nb("Rapporteringsgrad er mottatte innsendinger delt på forventede, og «i tide» de som kom inn senest fristen %s, delt på forventede (som DHIS2 regner dem). Mottatt-datoen er fra rådgiverens innsendingslogg der kommunen står i den, ellers arbeidsbokens rapporteringsdato. Tomme deler er skjemaets deler (1–5) som arbeidsboken ikke har noe i.")
	RegProblemsCaption = nb("Tabell 1.2 Problemer i innsendingene (de %d første for hver kommune)")
	RegOthers          = nb("Innsendinger som ikke hører til regionens kommuner, eller der kommunen ikke kan avgjøres, er ikke tatt med: %s.")
	RegColKommune      = nb("Kommune")
	RegColState        = nb("Status")
	RegColReceived     = nb("Mottatt")
	RegColDateFrom     = nb("Dato fra")
	RegColEmpty        = nb("Tomme deler")
	RegColErrors       = nb("Feil")
	RegColWarnings     = nb("Advarsler")
	RegColWhere        = nb("Hvor")
	RegColProblem      = nb("Problem")
	RegNoneEmpty       = nb("ingen")
	RegWarning         = nb("advarsel: %s")
	RegStateOnTime     = nb("mottatt i tide")
	RegStateLate       = nbN("mottatt %d dag for sent", "mottatt %d dager for sent")
	RegStateNoDate     = nb("mottatt, dato ukjent")
	RegStateMissing    = nb("mangler")
	RegStateNotYet     = nb("ikke mottatt (fristen er ikke ute)")
	RegStateUnreadable = nb("mottatt, kan ikke leses")
	RegFromLog         = nb("innsendingslogg")
	RegFromWorkbook    = nb("arbeidsbok")
	RegDaysLate        = nbN("%d dag for sent", "%d dager for sent")

	RegIndicatorsTitle  = nb("Indikatorer per kommune")
	RegIndicatorsLead   = nb("Tallene er kommunenes egne, fra talleksporten de sendte inn. Regionens tall er regnet ut fra kommunenes: antall og beløp er summen, andeler og tall per 1000 innbyggere er summen av tellerne delt på summen av nevnerne. Tall fra 1 til %d husstander skjules (:), og så mange andre tall som trengs for at de ikke kan regnes ut av totaler og andre tall i dokumentet.")
	RegIndicatorCaption = nb("Tabell 2.%d %s (%s)")
	RegColPer1000       = nb("Per 1000 innbyggere, %s")
	RegTotalRow         = nb("Regionen i alt")
	RegMedianRow        = nb("Median, kommunene")
	RegRangeRow         = nb("Lavest–høyest, kommunene")
	RegTableNote        = nb("Median og lavest–høyest er over kommunene med tall vist. «..» er ikke sendt inn eller ikke tilgjengelig, «:» er skjult av personvernhensyn, «.» kan ikke beregnes, «*» er foreløpig.")
	RegPartialTotal     = nb("¹ Regionens tall gjelder bare kommunene med tall for perioden.")
	RegRatioNote        = nb("Regionens andel er summen av tellerne delt på summen av nevnerne, ikke et gjennomsnitt av kommunenes andeler.")
	RegUnitCount        = nb("antall")
	RegUnitNOK          = nb("kroner")
	RegUnitPercent      = nb("prosent")
	RegUnitPer1000      = nb("per 1000 innbyggere")

	RegDeviationsTitle   = nb("Aktiviteter med avvik")
	RegDeviationsCaption = nb("Tabell 3.1 Aktiviteter der kommunen melder avvik")
	RegNoDeviations      = nb("Ingen kommune melder avvik på aktivitetene.")
	RegColActivity       = nb("Aktivitet")
	RegColDeviation      = nb("Avvik")
	RegColReason         = nb("Begrunnelse")

	RegGrantTitle     = nb("Kompetansetilskudd")
	RegGrantCaption   = nb("Tabell 4.1 Kompetansetilskudd fra Husbanken per kommune og år: budsjett og regnskap (brukt)")
	RegNoGrant        = nb("Ingen arbeidsbok har tall for kompetansetilskuddet.")
	RegColYear        = nb("År")
	RegColGrantBudget = nb("Budsjett, kr")
	RegColGrantUsed   = nb("Brukt, kr")
	RegColGrantShare  = nb("Brukt av budsjett (%)")

	RegMeetingTitle   = nb("%s – oppsummering, %s")
	RegMeetingRates   = nb("Mottatt fra %d av %d kommuner (%s), %d i tide (%s).")
	RegMeetingMissing = nb("Ikke mottatt: %s.")
	RegMeetingLate    = nb("For sent: %s.")
	RegMeetingBroken  = nb("Med feil eller uleselig: %s.")
	RegMeetingFigures = nb("Regionens tall")
	RegColIndicator   = nb("Indikator")
	RegMeetingNote    = nb("Tall fra 1 til terskelen er skjult (:), også i regionens tall der de ellers kunne regnes ut.")
)

// The region command (cmd/boso region).
var (
	CLIUsageRegion      = nb("Bruk: boso region --config region.yaml --period PERIODE [valg]\n\nRuller opp det kommunene i regionen har sendt inn for halvårs- eller årsrapporten: status for hver innsending mot fristen, tabeller per kommune og indikator med regionens tall, aktiviteter med avvik og kompetansetilskuddet, som Excel, PDF og HTML, og én side til møtet.\n\nValg:\n")
	CLIFlagRegionConfig = nb("regionfilen (YAML) som sier hvilke kommuner som skal sende inn, og hvor innsendingene ligger")
	CLIFlagRegionPeriod = nb("rapportperioden: et halvår (2025H1) eller et år (2025)")
	CLIFlagRegionDate   = nb("datoen innsendingene vurderes per, åååå-mm-dd (for sent eller mangler); standard: i dag")
	CLINoRegion         = nb("finner ikke regionfilen %s (oppgi den med --config)")
	CLIRegionSummary    = nb("Mottatt fra %d av %d kommuner, %d i tide.")
	CLIProgressReading  = nb("Leser innsendinger")
)

// Comparison charts (reports/region).
var (
	RegFigure      = nb("Figur 2.%d %s")
	RegChartTitle  = nb("%s per 1000 innbyggere, %s")
	RegChartTable  = nb("Tabell 2.%d b Tallene i figuren: %s")
	RegChartSource = nb("Kilde: kommunenes talleksport; regionens tall er summen av kommunenes tellere delt på summen av innbyggerne")
)

// Targets per kommune (reports/region).
var (
	RegTargetsTitle   = nb("Mål per kommune")
	RegTargetsCaption = nb("Tabell 5.1 Kommunenes mål for %s, nådd eller ikke")
	RegNoTargets      = nb("Ingen arbeidsbok har mål for %s.")
	RegColTarget      = nb("Mål")
	RegColFigure      = nb("Tall")
	RegColStatus      = nb("Status")
	RegTargetMet      = nb("nådd")
	RegTargetNotMet   = nb("ikke nådd")
	RegTargetUnknown  = nb("ukjent (tallet mangler)")
	RegTargetHidden   = nb("ikke vist (tallet er skjult)")
	RegTargetsNote    = nb("Målene er kommunenes egne, fra arbeidsbokens målark, for perioden selv (et årsmål vurderes ikke på et halvår). Nådd betyr at tallet er på målet eller bedre i den retningen som er bedre for indikatoren. Der tallet er skjult, sies det ikke om målet er nådd.")
	RegMeetingTargets = nbN("%d av %d mål som kan vurderes er nådd (%d mål i alt).", "%d av %d mål som kan vurderes er nådd (%d mål i alt).")
)

// SSB tables in the region file (reports/region).
var (
	RegSSBOpen        = nb("kan ikke åpne SSB-tabellen %s (%s)")
	RegCompareNotRate = nb("«%s» er et antall; landets og KOSTRA-gruppenes tall kan bare sammenlignes med kommunenes for andeler og tall per 1000 innbyggere")
	RegGroupKommune   = nb("kommune %s er ikke en av regionens kommuner")
	RegBadGroup       = nb("«%s» er ikke en KOSTRA-gruppe slik SSB skriver den (f.eks. EKG13)")
	RegCountryRow     = nb("Hele landet (SSB, %s)")
	RegGroupRow       = nb("%s (SSB, %s)")
	RegGroupName      = nb("KOSTRA-gruppe %s")
)

// The roll-up's sheet names in the spreadsheet (reports/region).
var (
	RegSheetStatus     = nb("1 Innsendinger")
	RegSheetIndicators = nb("2 Indikatorer")
	RegSheetDeviations = nb("3 Avvik")
	RegSheetGrant      = nb("4 Kompetansetilskudd")
	RegSheetTargets    = nb("5 Mål")
	RegSheetMeeting    = nb("Til møtet")
)

// Trend charts per kommune, small multiples (reports/region).
var (
	RegTrendTitle    = nb("%s per 1000 innbyggere per kommune, %s–%s")
	RegTrendTable    = nb("Tabell 2.%d c Tallene i figuren: %s")
	RegTrendOwn      = nb("Kommunen")
	RegTrendAlt      = nb("Små figurer, én per kommune, med samme skala: %s per 1000 innbyggere, %s–%s, med regionens tall som stiplet linje. Tallene står i tabellen etter figuren.")
	RegTrendPanelAlt = nb("%s: %s")
	RegTrendNote     = nb("Alle de små figurene har samme skala, per 1000 innbyggere, så kommuner av ulik størrelse kan sammenlignes. I små kommuner kan noen få husstander gi store utslag. «..» er ikke sendt inn eller ikke tilgjengelig, «:» er skjult av personvernhensyn, «.» kan ikke beregnes, «*» er foreløpig.")
	RegTrendTooMany  = nbN("Utviklingen per kommune tegnes som små figurer for regioner med inntil %d kommune; denne har %d, så utviklingen står bare i tabellene.", "Utviklingen per kommune tegnes som små figurer for regioner med inntil %d kommuner; denne har %d, så utviklingen står bare i tabellene.")
)

// A submission's row of an indicator the roll-up does not know.
var (
	RegExportUnknown = nb("indikatoren «%s» er ikke i standardbiblioteket; raden er ikke tatt med i samlingen")
)

// Checks of the figures in SSB tables the region file names (reports/region).
var (
	RegPopNegative     = nb("befolkningen er %s, og et antall personer kan ikke være negativt")
	RegPopFraction     = nb("befolkningen er %s, med desimaler, og et antall personer er et helt tall")
	RegPopZero         = nb("befolkningen for %s i %d er 0 i SSB-tabellen; tallene per 1000 innbyggere for kommunen det året kan ikke regnes og står som «..»")
	RegCompareNegative = nb("SSB-tabellen %s har %s for %s, %s; en andel eller et tall per 1000 innbyggere kan ikke være negativt")
	RegCompareTooHigh  = nb("SSB-tabellen %s har %s for %s, %s; det er mer enn %s, det høyeste en andel i prosent (100) eller et tall per 1000 innbyggere (1000) kan være")
	RegCompareHidden   = nb("et tall med 11 sifre (sifrene vises ikke her)")
)

// Submissions judged for the report period, and the log checked
// (reports/region).
var (
	RegStateWrongPeriod = nb("sendt inn for %s, ikke for %s")
	RegStateAmbiguous   = nb("mottatt flere ganger; behold én")
	RegStateFaulty      = nb("mottatt, har feil")
	RegWorkbookPeriod   = nb("arbeidsboken er for %s (Rapporteringsperiode), ikke for %s, som oppsummeringen gjelder; innsendingen er ikke tatt med")
	RegExportNoPeriod   = nb("talleksporten har ingen tall for %s (de siste er for %s); er den laget før perioden var slutt, eller for en annen periode?")
	RegExportNoPeriodAt = nb("talleksporten har ingen tall for %s (de siste er for %s); innsendingen er ikke tatt med")
	RegDuplicate        = nb("%s innsendinger fra %s: %s; behold én (boso bruker ingen av dem)")
	RegNumberWords      = nb("null,én,to,tre,fire,fem,seks,sju,åtte,ni,ti")
	RegConflict         = nb("%s har kommunenummer %s, men mappenavnet har %s; %s er ikke brukt")
	RegConflictWorkbook = nb("arbeidsboken")
	RegConflictExport   = nb("talleksporten")
	RegDateAfterRun     = nb("%s %s er etter datoen oppsummeringen gjelder per (%s, --dato); den er ikke brukt som mottatt-dato")
	RegDateBeforeEnd    = nb("%s %s er før %s var slutt (%s); gjelder den en annen periode? Den er ikke brukt som mottatt-dato")
	RegDateLog          = nb("mottatt-datoen")
	RegDateWorkbook     = nb("rapporteringsdatoen")
	RegLogDuplicate     = nb("kommune %s står også på linje %d i innsendingsloggen; den tidligste datoen teller")
	RegLogForeign       = nb("kommune %s står i innsendingsloggen, men er ikke en av regionens kommuner; linjen er ikke brukt")
	RegRunBeforeEnd     = nb("--dato %s er før %s er slutt (%s); ingen innsending kan være mottatt i tide ennå")
)

// RegUnknownIndNear: an id in region.yaml's indicators: that is none, and
// the nearest one.
var RegUnknownIndNear = nb("ukjent indikator «%s» (mente du «%s»?)")

// RegOutInSubmissions refuses --ut inside the submissions folder (the
// folder given, the submissions folder).
var RegOutInSubmissions = nb("--ut %s ligger i mappen med innsendinger (%s): sammenstillingen ville blitt lest som en innsending neste gang; velg en mappe utenfor")
