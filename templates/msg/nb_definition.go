package msg

// Texts for indicator definitions.
var (
	DefBadEnum          = nb("«%s» er ikke tillatt; bruk en av: %s")
	DefBadID            = nb("id «%s» kan bare ha små bokstaver a–z, sifre og _, og må begynne med en bokstav")
	DefDuplicateID      = nb("indikator «%s» er definert to ganger (første gang i %s)")
	DefFieldNeeded      = nb("indikator «%s» av typen %s trenger feltet «%s»")
	DefFieldNotAllowed  = nb("indikator «%s» av typen %s kan ikke ha feltet «%s»")
	DefMeasureNeeds     = nb("indikator «%s»: målet %s trenger feltet «%s»")
	DefUnknownRef       = nb("indikator «%s» viser til «%s», som ikke er definert")
	DefCycle            = nb("indikator «%s» avhenger av seg selv (%s)")
	DefBadDuration      = nb("minste varighet må være minst 0 dager, fant %d")
	DefFactorForUnit    = nb("indikator «%s» har enhet %s og bør ha factor %v, fant %v")
	DefExprUnknownIdent = nb("ukjent navn «%s» i uttrykket")
	DefTargetPeriod     = nb("«%s» er ikke en periode (bruk f.eks. 2025, 2025H1, 2025K3)")
)

// Texts for expression errors (filters, formulas, rules), translated from expr's messages.
var (
	ExprUnexpectedEnd = nb("uttrykket slutter for tidlig")
	ExprUnexpected    = nb("uventet «%s»")
	ExprMismatch      = nb("ugyldig operasjon %s: typene passer ikke (%s og %s)")
	ExprWantBool      = nb("uttrykket må gi sant eller usant, men gir %s")
	ExprOther         = nb("feil i uttrykket: %s")
	ExprTypeNumber    = nb("tall")
	ExprTypeText      = nb("tekst")
	ExprTypeBool      = nb("sant/usant")
	ExprTypeDate      = nb("dato")
	ExprTypeNil       = nb("tom verdi")
)

// Texts for generated per-1000 indicators.
var (
	DefPer1000Name       = nb("%s per 1000 innbyggere")
	DefPer1000Definition = nb("%s, delt på folketallet i kommunen 1. januar i periodens år, ganger 1000.")
)

// Texts for chart definitions.
var (
	DefDuplicateChart = nb("figuren «%s» er definert to ganger")
	DefChartUnknown   = nb("figuren «%s» viser til indikatoren «%s», som ikke er definert")
)

// ExprRuntimeEmpty is why an expression could not be computed for a row.
var ExprRuntimeEmpty = nb("et felt uttrykket bruker, er tomt på raden")
