package msg

// Texts of the plausibility checks on values that read well but cannot be
// right (issue 8): negative amounts, dates after the export, totals rows,
// empty registers, kommunenummer that do not exist, targets outside the
// programme, formulas without a stored value.
var (
	CheckNegativeAmount = nb("«%s» er et negativt beløp (ventet 0 eller mer; bruk type: number for en kolonne som kan ha negative tall)")
	CheckAfterExport    = nb("datoen %s er etter uttrekksdatoen %s (covers.exported i %s); en hendelse kan ikke være registrert etter at uttrekket ble tatt")
)

// Totals rows and empty registers.
var (
	CheckSumRowMiddle  = nb("summeringsrad («%s») midt i dataene: raden er hoppet over og ikke talt med, men det står rader med data under den (den første på %s). Er det delsummer, eller en tabell til under den første? Fjern summeringsradene, eller sjekk at radene under hører til uttrekket")
	CheckNextLine      = nb("linje %d")
	CheckNextRow       = nb("rad %d")
	CheckEmptyRegister = nb("filen har en overskriftsrad, men ingen rader med data, mens covers i %[3]s sier at den dekker %[1]s–%[2]s; alle tall fra registeret «%[4]s» blir 0 for perioden. Er uttrekket tomt ved en feil?")
)
