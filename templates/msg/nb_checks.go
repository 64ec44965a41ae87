package msg

// Texts of the plausibility checks on values that read well but cannot be
// right (issue 8): negative amounts, dates after the export, totals rows,
// empty registers, kommunenummer that do not exist, targets outside the
// programme, formulas without a stored value.
var (
	CheckNegativeAmount     = nb("«%s» er et negativt beløp (ventet 0 eller mer; bruk type: number for en kolonne som kan ha negative tall)")
	CheckNegativeAmountLong = nb("et negativt beløp (ventet 0 eller mer; bruk type: number for en kolonne som kan ha negative tall)")
	CheckAfterExport        = nb("datoen %s er etter uttrekksdatoen %s (covers.exported i %s); en hendelse kan ikke være registrert etter at uttrekket ble tatt")
)

// CheckCoversAfterExport is a coverage that reaches past the export date.
var CheckCoversAfterExport = nb("kilde «%s»: covers.to (%s) er etter uttrekksdatoen covers.exported (%s); et uttrekk kan ikke dekke dager etter at det ble tatt (tall for de dagene ville blitt 0). Sett to til uttrekksdatoen eller tidligere, eller ta bort to")

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
	WBErrFormulaNoValue = nb("cellen har formelen =%s, men ingen lagret verdi (filen er laget av et program og aldri lagret i et regneark), så verdien er ukjent; åpne filen i Excel eller LibreOffice og lagre den, så lagres verdiene")
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
	ProgKommuneFormer   = nb("%s er et tidligere kommunenummer; i dag er det %s. Bruk dagens nummer (rader med det gamle nummeret regnes dit med renumber)")
	CheckRenumberTarget = nb("renumber fører %s over til %s, som ikke er et kommunenummer i dag (SSBs kommuneliste fra 1.1.2024); ventet dagens nummer")
	ProgKommuneNone     = nb("kommunenummeret «%s» finnes ikke i SSBs kommuneliste (klassifikasjon 131, gyldig fra 1.1.2024)")
)

// RefChecks is the reference page's part on the plausibility checks: the
// contract for what boso refuses, warns of and lets through.
var RefChecks = nb(`### Verdier som kan leses, men ikke kan stemme
- Et beløp (` + "`type: amount`" + `) kan ikke være negativt: ` + "`-1 500`" + ` er en feil, i kilder som i arbeidsboken. En kolonne som kan ha negative tall, får ` + "`type: number`" + `.
- ` + "`covers.to`" + ` kan ikke være etter ` + "`covers.exported`" + `: et uttrekk dekker ikke dager etter at det ble tatt.
- Har kilden en uttrekksdato (` + "`covers.exported`" + `), er en hendelsesdato eller startdato etter den en feil (` + "`15.03.2031`" + ` i et uttrekk fra 2025): uttrekket kan ikke vite om det som ikke har skjedd. En sluttdato (` + "`to`" + ` i en bestand) kan ligge fram i tid, som en planlagt slutt. Uten uttrekksdato gjelder bare at rader utenfor ` + "`covers`" + ` ikke telles.
- En hendelsesdato, startdato eller sluttdato før 01.01.1900 er en feil med cellen (` + "`14.08.1025`" + ` for ` + "`14.08.2025`" + `). En dato før 01.01.1950 gir én advarsel per fil med den første cellen og antallet rader (BOSO-R001): en Excel-datocelle med tallet 1 leses som 01.01.1900, og gamle systemer har standarddatoer. Grensene er faste og avhenger ikke av ` + "`covers.from`" + `: et opphold i en bestand kan ha begynt lenge før perioden uttrekket dekker.
- En Sum-, Totalt- eller I alt-rad (første celle med innhold sier det, eller et tekstfelt som husstandsnummeret) telles aldri. Nederst i tabellen er den vanlig og gir flagget SUMRAD; står det rader med data under den (delsummer, eller en tabell til), gir den i tillegg en advarsel med raden (BOSO-R006).
- En fil med overskriftsrad og ingen rader, der ` + "`covers`" + ` sier at den dekker mer enn ett år, gir en advarsel (BOSO-R005): alle tall fra den blir 0, som kan stemme, men oftere er et tomt uttrekk ved en feil. Et kortere tomt uttrekk gir ingen advarsel.
- En formelcelle uten lagret verdi (en fil laget av et program og aldri lagret i et regneark) er en feil med cellen, i kilder (BOSO-R007, én gang per kolonne med antallet) og i arbeidsboken (BOSO-A010). Åpne og lagre filen i Excel eller LibreOffice, så lagres verdiene.
- Et mål for en periode utenfor programperioden, i ` + "`targets`" + ` i programmet eller i en «Mål <periode>»-kolonne på arket «Mål», er en feil: målet ville ikke vist noe sted. Utgangspunktet kan ligge før programmet.
- En rad på arket «Tall» uten verdi ennå, men med en periode eller et kommunenummer som ikke kan leses, er en feil med cellen.

### Kommunenummer og SSBs kommuneliste
boso har SSBs kommuneliste (klassifikasjon 131): kommunene fra 1.1.2024 og numrene som var i bruk 2016–2023, med kommunen(e) som overtok dem.
- I ` + "`kommuner`" + ` i programmet må en kommune ha dagens nummer; et tidligere nummer gir en feil som nevner dagens. ` + "`renumber`" + ` må føre til dagens nummer.
- I en kilde er et nummer som ikke finnes og ikke har funnes siden 2016 (` + "`3199`" + `), en feil med cellen; det samme er SSBs ` + "`9999`" + ` («uoppgitt»), som ikke er en kommune.
- Et tidligere nummer (` + "`3003`" + `, Sarpsborg 2020–2023) er riktig for sin tid. Står det i ` + "`renumber`" + `, telles radene for det nye nummeret. Står det ikke der, og kommunen som overtok nummeret er med i programmet, gir det én advarsel per nummer med linjen som skal inn i ` + "`renumber`" + `; radene telles ellers ikke for noen kommune i programmet. Et tidligere nummer for en kommune utenfor programmet er en annen kommunes rader og gir ingen melding.`)

// CheckBaselineAfter refuses a starting point after the programme's end.
var CheckBaselineAfter = nb("utgangspunktet for «%s» gjelder %s, som er etter programperioden %s; utgangspunktet er tallet programmet startet fra. Rett perioden")

// CheckAmountTooLarge refuses an amount of ten billion kroner or more.
var CheckAmountTooLarge = nb("beløpet er 10 milliarder kr eller mer, og er ikke et beløp i et kommunalt register (sifrene vises ikke her); sjekk at ikke et nummer har havnet i beløpskolonnen")

// WBErrFigureOutside is a Tall row for a period the programme never reaches.
var WBErrFigureOutside = nb("raden gjelder %s, som er utenfor programperioden %d–%d; et tall her vises ingen steder. Rett perioden, eller slett raden")

// WBErrBaselineAfter is a starting point after the programme on the Mål sheet.
var WBErrBaselineAfter = nb("utgangspunktet gjelder %s, som er etter programperioden %d–%d; utgangspunktet er tallet programmet startet fra. Rett perioden")

// Dates of events and episodes no register of today holds (indicators/source
// EarlyError, EarlyWarn).
var (
	CheckDateImpossible = nb("datoen %s er før %s og kan ikke være en dato i et register i dag; er årstallet skrevet feil?")
	CheckDateEarly      = nbN("%[1]d rad har en dato før %[5]s: %[2]s i kolonne «%[3]s» (felt %[4]s); er det en Excel-celle med et lite tall (1 blir 01.01.1900), eller en standarddato fra et gammelt system? Raden telles likevel", "%[1]d rader har en dato før %[5]s, den første %[2]s i kolonne «%[3]s» (felt %[4]s, første her); er det en Excel-celle med et lite tall (1 blir 01.01.1900), eller en standarddato fra et gammelt system? Radene telles likevel")
)

// A value over its field's max: (indicators/source, issue 8).
var (
	CheckOverMax     = nb("«%s» er over grensen for feltet (max: %s i kildebeskrivelsen); er verdien riktig, hev grensen, ellers rett den i filen")
	CheckOverMaxLong = nb("verdien er over grensen for feltet (max: %s i kildebeskrivelsen; sifrene vises ikke her); er verdien riktig, hev grensen, ellers rett den i filen")
	MapNegativeMax   = nb("feltet «%s» har max: %s; grensen kan ikke være under 0")
)

// A row identical in every cell to an earlier one.
var (
	CheckDuplicateRow  = nb("raden er lik %s i alle celler, og begge telles med; er uttrekket (eller en del av det) limt inn to ganger? Fjern den ene, eller sjekk at begge hendelsene er ekte")
	CheckDupLine       = nb("linje %d")
	CheckDupRow        = nb("rad %d")
	CheckDuplicateMore = nb("denne raden og %s til etter den er like en tidligere rad i alle celler (%s i alt; bare de %d første er vist)")
)

// covers.from years before the first row.
var (
	CheckCoversBeforeFirst = nb("den tidligste datoen i %[2]s er %[1]s, men covers.from sier at uttrekket dekker fra %[3]s; årene mellom blir vist som 0, ikke som «..». Dekker uttrekket virkelig fra %[3]s? Skriv ellers den riktige datoen i covers.from")
)
