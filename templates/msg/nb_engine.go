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
	ReasonProvisional       = nb("foreløpig: perioden er ikke over %s")
	ReasonMarkedProvis      = nb("foreløpig tall")
	ReasonFormulaFailed     = nb("formelen kunne ikke beregnes: %s")
	FlagEntered             = nb("registrert for hånd")
	FlagTolerant            = nb("rader utelatt fordi en verdi ikke kunne leses: %d")
	FlagSumRows             = nb("summeringsrader (Sum/Totalt) hoppet over i %[2]s: %[1]d")
	FlagIdentitySum         = nb("%s (%s) er ikke lik summen av %s (%s)")
	FlagIdentityRange       = nb("%s (%s) ligger ikke mellom største delperiode (%s) og summen av delperiodene (%s)")
	FlagIdentityStock       = nb("%s (%s) er ikke lik tallet for delperioden %s (%s) som har samme telledag")
	FlagJump                = nb("endring fra %s til %s sammenlignet med %s (mer enn %s %%)")
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
	PlanFilterRuntime       = nb("filteret for «%s» kunne ikke beregnes for %d rader, de telles ikke (første her): %s")
	ExcludedOutside         = nb("utenfor perioden")
	ExcludedOutsideCoverage = nb("datoen %s er utenfor datoene eksporten dekker")
	ExcludedFilter          = nb("filteret er usant")
	ExcludedDuplicate       = nb("samme %s er allerede telt (%s)")
	ExcludedNoDate          = nb("ingen dato i %s")
	ExcludedNoKey           = nb("ingen verdi i %s")
	ExcludedBadValue        = nb("uleselig verdi: %s")
	ExcludedTooShort        = nb("episoden hadde %d %s på %s; må ha mer enn %d")
	UnitNights              = nb("netter")
	UnitDays                = nb("dager")
	ExcludedNotActive       = nb("ikke aktiv %s")
	ExcludedFilterError     = nb("filteret kunne ikke beregnes: %s")
	ExcludedFailed          = nb("feil i raden (se feilmeldingen)")
	ExcludedOtherKommune    = nb("annen kommune")
	CountedRow              = nb("telt")
	CountedSum              = nb("telt, beløp %s")
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
