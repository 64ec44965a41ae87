package msg

// Texts for computed figures: reasons for marks, quality flags and plan problems.
var (
	ReasonNoSource          = nb("ingen kilde for registeret «%s» og ingen registrerte tall")
	ReasonNotCovered        = nb("registeret «%s» dekker ikke perioden (dekker %s)")
	ReasonNotCoveredAny     = nb("registeret «%s» dekker ikke denne kommunen")
	ReasonZeroDenom         = nb("nevneren (%s) er 0")
	ReasonNoPopulation      = nb("mangler folketall 1. januar %d")
	ReasonInputMissing      = nb("mangler tall for %s")
	ReasonEnteredBlank      = nb("ikke fylt ut")
	ReasonNotEntered        = nb("ikke registrert")
	ReasonProvisional       = nb("foreløpig: perioden er ikke over på rapportdatoen %s")
	ReasonMarkedProvis      = nb("foreløpig tall")
	ReasonFormulaFailed     = nb("formelen kunne ikke beregnes: %s")
	FlagEntered             = nb("registrert for hånd")
	FlagTolerant            = nbPlural("%s rad utelatt fordi en verdi ikke kunne leses", "%s rader utelatt fordi en verdi ikke kunne leses")
	FlagSumRows             = nbPlural("%s summeringsrad (Sum/Totalt) hoppet over i %s", "%s summeringsrader (Sum/Totalt) hoppet over i %s")
	FlagIdentitySum         = nb("tallet (%s) er ikke lik summen av delperiodene fra %s til %s (%s)")
	FlagIdentityRange       = nb("tallet (%s) ligger ikke mellom største delperiode (%s) og summen av delperiodene (%s) fra %s til %s")
	FlagIdentityStock       = nb("tallet (%s) er ikke lik tallet for %s (%s), som har samme telledag")
	FlagJump                = nb("endring fra %s i %s til %s (mer enn %s\u00a0%%)")
	FlagRule                = nb("regel «%s» er brutt: %s")
	PlanFieldMissing        = nb("indikator «%s» bruker feltet «%s», men kilden «%s» (register %s) har det ikke")
	PlanFieldType           = nb("indikator «%s» bruker feltet «%s» som %s, men kilden «%s» har det som type %s")
	PlanEnteredConflict     = nb("indikator %s for kommune %s, periode %s er både beregnet fra registeret «%s» og registrert i tabellen; fjern den ene")
	PlanEnteredUnknown      = nb("ukjent indikator «%s» i tabellen")
	PlanEnteredDup          = nb("indikator %s for kommune %s, periode %s står to ganger (også %s)")
	PlanPopulationDup       = nb("folketall for kommune %s, år %s står to ganger (også %s)")
	PlanToBeforeFrom        = nb("sluttdatoen %s (kolonne «%s») er før startdatoen %s (kolonne «%s»)")
	PlanRenumberSplit       = nb("kommune %s er delt på %s; raden kan ikke fordeles automatisk")
	PlanRuleBroken          = nb("kommune %s, %s: regel «%s» er brutt: %s")
	PlanFilterRuntime       = nbPlural("filteret for «%s» kunne ikke beregnes for %s rad, den telles ikke: %s", "filteret for «%s» kunne ikke beregnes for %s rader, de telles ikke (første her): %s")
	ExcludedOutside         = nb("utenfor perioden")
	ExcludedOutsideCoverage = nb("datoen %s er utenfor datoene eksporten dekker")
	ExcludedFilter          = nb("filteret er usant")
	ExcludedDuplicate       = nb("samme %s er allerede telt (%s)")
	ExcludedNoDate          = nb("ingen dato i %s")
	ExcludedNoKey           = nb("ingen verdi i %s")
	ExcludedBadValue        = nb("uleselig verdi: %s")
	ExcludedNotActive       = nb("ikke aktiv %s")
	ExcludedFilterError     = nb("filteret kunne ikke beregnes: %s")
	ExcludedFailed          = nb("feil i raden (se feilmeldingen)")
	CountedRow              = nb("telt")
	CountedSum              = nb("beløp %s")
)

// KeyMasked stands for a key that may identify a person.
var KeyMasked = nb("(skjult)")

// PlanSumOverflow is a sum too large to hold exactly.
var PlanSumOverflow = nb("summen for «%s», kommune %s, %s er for stor til å regnes eksakt")

// PlanPopulationYear is a population row whose year is not a whole number.
var PlanPopulationYear = nb("året «%s» i folketallstabellen er ikke et helt år")

// ReasonInputProvisional marks a ratio or formula built on a provisional figure.
var ReasonInputProvisional = nb("foreløpig fordi %s er foreløpig")

// ReasonEnteredMark is an entered cell holding an SSB mark instead of a value.
var ReasonEnteredMark = nb("registrert som «%s»")

// PlanOverlap warns of two exports of one register covering the same days.
var PlanOverlap = nb("kilden «%s» dekker de samme dagene som «%s» (register %s, %s–%s); rader som står i begge, telles to ganger (forskjellige nøkler telles likevel én gang)")

// How an indicator uses a field, in plan messages.
var (
	RoleDate   = nb("dato")
	RoleKey    = nb("nøkkel")
	RoleAmount = nb("beløp")
	RoleGroup  = nb("inndeling")
)

// More texts for the engine's facts: the words without the figures they
// refer to (for a report that hides them), more reasons, units after a value.
var (
	ReasonZeroPopulation     = nb("folketallet 1. januar %d er 0")
	ReasonFormulaNoDetail    = nb("formelen kunne ikke beregnes")
	ReasonOverflow           = nb("resultatet er for stort til å regnes eksakt")
	ReasonNotComputableBare  = nb("kan ikke beregnes")
	ReasonInputMissingBare   = nb("mangler tall det beregnes fra")
	ReasonInputProvisionBare = nb("foreløpig fordi et tall det beregnes fra er foreløpig")
	FlagIdentitySumBare      = nb("tallet er ikke lik summen av delperiodene")
	FlagIdentityRangeBare    = nb("tallet ligger ikke mellom største delperiode og summen av delperiodene")
	FlagIdentityStockBare    = nb("tallet er ikke lik tallet for delperioden med samme telledag")
	FlagJumpBare             = nb("stor endring fra perioden før (mer enn %s\u00a0%%)")
	FlagRuleFigures          = nb("regel «%s» er brutt: %s (%s)")
	FigureCited              = nb("%s: %s")
	ListAnd                  = nb("%s og %s")
	SpanDays                 = nb("%s–%s")
	PlanFigureProblem        = nb("kommune %s, %s, %s: %s")
	UnitNOKAfter             = nb("%s\u00a0kr")
	UnitPercentAfter         = nb("%s\u00a0%%")
)

// ColForklaringKode is the export's column of reason codes (IKKE_DEKKET …).
var ColForklaringKode = nb("forklaringskode")

// What became of an input row, for explain: texts beside those above, and
// each reason's heading when rows are grouped by it.
var (
	ExcludedOutsideOn          = nb("utenfor perioden (%s)")
	ExcludedOutsideExportGroup = nb("datoen er utenfor datoene eksporten dekker")
	ExcludedDuplicateGroup     = nb("samme %s er allerede telt")
	ExcludedBadValueGroup      = nb("uleselig verdi")
	ExcludedTooShortOn         = nb("episoden hadde %s på %s; må ha mer enn %s")
	ExcludedTooShortGroup      = nb("episoden var ikke lang nok (må ha mer enn %s)")
	ExcludedFilterErrorGroup   = nb("filteret kunne ikke beregnes")
	CountNights                = nbPlural("%s natt", "%s netter")
	CountDays                  = nbPlural("%s dag", "%s dager")
)

// Why a figure is missing, for a report's reader.
var (
	ReasonUncovered        = nb("uttrekket fra kommunens register dekker ikke perioden (det dekker %s)")
	ReasonUncoveredKommune = nb("uttrekket fra kommunens register dekker ikke kommunen")
)

// Category codes that cannot occur, or do not (indicators/engine/codes.go).
var (
	CodeNeverGiven    = nb("indikator «%s» ser etter koden «%s» i feltet «%s», men kilden «%s» gir den aldri, bare %s%s")
	CodeStandardNeeds = nbPlural("standardindikatoren %s ser etter koden «%s» i feltet «%s», men kilden gir den aldri, bare %s%s", "standardindikatorene %s ser etter koden «%s» i feltet «%s», men kilden gir den aldri, bare %s%s")
	CodeUnused        = nb("ingen indikator teller rader med koden «%s» i feltet «%s»: indikatorene på registeret «%s» ser bare etter %s%s")
	CodeUnnamedGroup  = nb("koden «%s» i feltet «%s» har ikke noe navn i inndelingen og blir en egen gruppe i rapporten (mente du «%s»?)")
	CodeAbsent        = nbPlural("ingen rad har koden «%s» i feltet «%s» (kolonne «%s»%s), som filteret til %s ser etter", "ingen rad har koden «%s» i feltet «%s» (kolonne «%s»%s), som filtrene til %s ser etter")
	CodeFromLabels    = nb(", fra %s")
	CodeDidYouMean    = nb(" (mente du «%s»?)")
	CodeShouldBe      = nb(" (skal «%s» være «%s»?)")
	CodeIsLabel       = nb(" («%s» er verdien i filen; filteret må bruke koden den gir, «%s»)")
)

// An indicator naming a field its register's mapping lacks, with the
// mapping's nearest field.
var (
	PlanFieldMissingDYM = nb("indikator «%s» bruker feltet «%s», men kilden «%s» (register %s) har det ikke (mente du «%s»?)")
	PlanFieldMissingStd = nb("kilden «%s» (register %s) mangler feltet «%s», som standardindikatoren «%s» bruker som %s; legg det til under fields")
)

// Rows of boso's own figure export read back (format: boso-tall).
var (
	PlanEnteredDupGroup      = nb("indikator %s, inndeling %s, for kommune %s, periode %s står to ganger (også %s)")
	ExportNoKey              = nb("raden mangler periode eller indikator")
	ExportTwoMarks           = nb("verdien er «%s», men merknaden er «%s»; skriv tegnet bare i kolonnen merknad")
	ExportNoValue            = nb("indikator %s: raden har verken verdi eller merknad; et tall som mangler, har merknaden «..» (eller «.» eller «:»)")
	ExportValueWithMark      = nb("indikator %s: verdien %s har merknaden «%s», som sier at tallet mangler; fjern verdien eller merknaden")
	ExportProvisionalNoValue = nb("indikator %s: merknaden «*» (foreløpig tall) står uten verdi; et foreløpig tall har en verdi, et tall som mangler har «..»")
	ExportBadMark            = nb("merknaden «%s» (indikator %s) er ikke et av tegnene .., ., : og *")
	ExportGroupForm          = nb("inndelingen «%s» (indikator %s) er ikke på formen felt=verdi, f.eks. malgruppe=unge")
	ExportGroupNone          = nb("indikator %s har ingen inndeling, men raden har inndelingen «%s»")
	ExportGroupField         = nb("indikator %s er ikke delt inn etter «%s» (inndelingen «%s»), bare etter %s")
	ExportKind               = nb("indikator %s er beregnet som «%s» i eksporten, men som «%s» i definisjonene her; tallene kan ikke leses som de samme (er eksporten laget med andre indikatordefinisjoner?)")
	ExportUnknownCode        = nb("ukjent forklaringskode «%s» (indikator %s); tallet leses uten kode (er eksporten laget av en nyere boso?)")
	ExportRowsNotSum         = nb("indikator %s er ikke et beløp (measure: sum), men raden har %s i kolonnen rader")
	ExportRowsBad            = nb("«%s» i kolonnen rader er ikke et antall rader (et helt tall, 0 eller mer)")
	ExportPartsNotRatio      = nb("indikator %s er ikke et forholdstall (kind: ratio), men raden har teller eller nevner")
	ExportRatioNoParts       = nb("forholdstallet %s har verdien %s, men ikke teller og nevner; uten dem kan det ikke legges sammen med andre kommuners")
	ExportPartMissing        = nb("forholdstallet %s mangler %s, men har %s; begge trengs")
	ExportRatioZero          = nb("forholdstallet %s har verdien %s, men nevneren er 0; da kan det ikke beregnes (merknad «.»)")
	ExportRatioMissing       = nb("forholdstallet %s mangler, men teller og nevner gir %s / %s × %s = %s")
	ExportRatioDiffers       = nb("forholdstallet %s har verdien %s, men teller og nevner gir %s / %s × %s = %s")
	ExportPartDiffers        = nb("forholdstallet %s har %s %s, men tallet for %s, %s, er %s")
	ExportPopDiffers         = nb("forholdstallet %s har nevner %s, men folketallet 1. januar %d er %s (%s)")
)

// A figure typed in (the workbook's Tall sheet, an aggregate table) that
// is below zero where it cannot be.
var (
	PlanNegativeCount  = nb("verdien %s er negativ, og et antall kan ikke være negativt (indikator %s for kommune %s, periode %s); skriv antallet uten minustegn, eller la cellen stå tom")
	PlanNegativeAmount = nb("verdien %s er negativ, og et beløp kan ikke være negativt her (indikator %s for kommune %s, periode %s); skriv beløpet uten minustegn, eller la cellen stå tom")
)

// CodeSpelled is the hint for a filter that writes a code in other
// letters than the field gives it («fravikelse» for «Fravikelse»).
var CodeSpelled = nb(" (koden skrives «%s»: i et filter teller store og små bokstaver)")

// A former kommunenummer counted for the kommune that took it over
// (indicators/engine: successor), without a renumber entry.
var (
	PlanRenumberImplied = nb("%[1]s var kommunenummeret til %[2]s til og med %[3]d, og kommunen fikk da %[4]s uten å bli slått sammen med andre eller delt; %[5]s med %[1]s (%[6]s) er derfor regnet som %[4]s. Skriv renumber: {\"%[1]s\": [\"%[4]s\"]} i programfila for å si det selv")
	PlanRenumberRows    = nbPlural("%s rad", "%s rader")
	PlanRenumberHere    = nb("her")
	PlanRenumberFiles   = nb("den første her, i %d filer")
)

// An export with rows, none for the run's kommuner (indicators/engine).
var (
	NoKommuneRows  = nb("filen har %[1]s, men ingen for %[2]s, som boso regner for; alle tall fra registeret «%[3]s» blir 0. Kommunenumrene i filen er %[4]s. Er det riktig uttrekk, eller mangler programfila en kommune eller en renumber-linje?")
	NoKommuneFound = nb("%s (%s)")
	NoKommuneMore  = nb("%d til")
)

// One export read twice for one register (indicators/engine: sameRows).
var PlanSameFile = nb("kilden «%[1]s» leser den samme filen som «%[2]s» (%[3]s), %[4]s, til register %[5]s for de samme dagene (%[6]s–%[7]s), og ingen av dem velger rader med where: hver rad ville telles to ganger. Fjern den ene kildebeskrivelsen, eller skill radene med where")

// A population that cannot be one (indicators/engine readPopulation).
var PlanPopulationBad = nb("folketallet %s for kommune %s i %s er ikke et antall innbyggere (ventet et helt tall, 0 eller mer)")

// A filter not checked against the codes that lets no row through.
var PlanFilterNone = nb("filteret til «%s» slapp ingen av de %s radene i %s gjennom, så tallet blir 0; er en kode eller tekst i filteret skrevet slik den står i dataene? (boso sjekker ikke koder i startsWith, contains, matches og upper)")

// A count typed in with decimals.
var PlanFractionCount = nb("verdien %s har desimaler, og et antall er et helt tall (indikator %s for kommune %s, periode %s); skriv antallet uten desimaler")
