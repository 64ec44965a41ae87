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

// Targets.
var (
	CheckTargetOutside = nb("målet for «%s» gjelder %s, som er utenfor programperioden %s; det vises ingen steder. Rett perioden, eller utvid programperioden (period)")
)

// Workbook checks.
var (
	WBErrTargetOutside = nb("målet gjelder %s, som er utenfor programperioden %d–%d; det vises ingen steder. Rett perioden i kolonneoverskriften, eller flytt målet til en periode i programmet")
)

// Formula cells without a stored result.
var (
	WBErrFormulaNoValue = nb("cellen har formelen =%s, men ingen lagret verdi (filen er laget av et program og aldri lagret i et regneark), så tallet er ukjent; åpne filen i Excel eller LibreOffice og lagre den, så lagres verdiene")
)

// Formula cells in register sheets.
var (
	TableSharedFormula      = nb("en delt formel")
	TableFormulaNoValue     = nb("cellen har formelen %s, men ingen lagret verdi (filen er laget av et program og aldri lagret i et regneark), så verdien i kolonnen «%s» er ukjent; åpne filen i Excel eller LibreOffice og lagre den, så lagres verdiene")
	TableFormulaNoValueMore = nbPlural(
		"cellen har formelen %s, men ingen lagret verdi (filen er laget av et program og aldri lagret i et regneark), så verdien i kolonnen «%s» er ukjent; det samme gjelder %s celle til under den i kolonnen. Åpne filen i Excel eller LibreOffice og lagre den, så lagres verdiene",
		"cellen har formelen %s, men ingen lagret verdi (filen er laget av et program og aldri lagret i et regneark), så verdien i kolonnen «%s» er ukjent; det samme gjelder %s celler til under den i kolonnen. Åpne filen i Excel eller LibreOffice og lagre den, så lagres verdiene")
)

// Kommunenummer checked against SSB's table (indicators/kommuner).
var (
	CheckKommuneNone    = nb("kommunenummeret «%s» finnes ikke og har ikke funnes siden 2016 (SSBs kommuneliste, klassifikasjon 131); ventet et kommunenummer som 3403 eller et tidligere nummer som 0403")
	CheckKommuneUnknown = nb("«%s» betyr «uoppgitt» i SSBs kommuneliste og er ikke en kommune; raden kan ikke telles for noen kommune. Før raden på riktig kommune, eller fjern den")
	CheckKommuneFormer  = nbPlural(
		"%[1]s er et tidligere kommunenummer (i dag %[2]s), og %[3]s rad med det telles ikke for noen kommune i programmet. Legg til i program.yaml: renumber: {\"%[4]s\": [%[5]s]}",
		"%[1]s er et tidligere kommunenummer (i dag %[2]s), og %[3]s rader med det telles ikke for noen kommune i programmet. Legg til i program.yaml: renumber: {\"%[4]s\": [%[5]s]}")
	ProgKommuneFormer = nb("%s er et tidligere kommunenummer; i dag er det %s. Bruk dagens nummer (rader med det gamle nummeret regnes dit med renumber)")
	ProgKommuneNone   = nb("kommunenummeret «%s» finnes ikke i SSBs kommuneliste (klassifikasjon 131, gyldig fra 1.1.2024)")
)
