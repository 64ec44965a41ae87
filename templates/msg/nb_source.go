package msg

// Texts for reading source files: cell values (indicators/source/parse)
// and raw tables (indicators/source/table). Values are shown in «», as
// found, followed by what was expected.

// Shared pieces.
var (
	// Or joins the last two items of a list: "a, b eller c".
	Or = nb("eller")
	// Quoted shows a value from the input.
	Quoted = nb("«%s»")
	// Months are the month names, January first.
	Months = [12]Text{nb("januar"), nb("februar"), nb("mars"), nb("april"), nb("mai"), nb("juni"),
		nb("juli"), nb("august"), nb("september"), nb("oktober"), nb("november"), nb("desember")}
)

// Cell values.
var (
	ValueEmpty             = nb("tom verdi (ventet %s)")
	ValueWantNumber        = nb("et tall")
	ValueWantDate          = nb("en dato")
	ValueWantBool          = nb("ja eller nei")
	ValueWantKommunenummer = nb("et kommunenummer")
	ValueInvalid           = nb("ugyldig verdi «%s»")

	ValueNotNumber       = nb("«%s» er ikke et tall (ventet f.eks. %s eller %s)")
	ValueTooManyDecimals = nb("«%s» har for mange desimaler (boso tar vare på høyst %d)")
	ValueOverflow        = nb("«%s» er et for stort tall (høyst 922 337 203 685 477)")

	ValueNotDate          = nb("«%s» er ikke en dato (ventet %s)")
	ValueNoSuchDate       = nb("datoen «%s» finnes ikke")
	ValueNoSuchMonth      = nb("datoen «%s» finnes ikke (det er ingen måned %d)")
	ValueNoSuchDay        = nb("datoen «%s» finnes ikke (%s %d har %d dager)")
	ValueExcelLeapBug     = nb("«%s» er Excels datotall for 29.02.1900, en dato som ikke finnes")
	ValueExcelSerialRange = nb("«%s» er ikke et Excel-datotall (ventet et heltall fra 1 til %d, dvs. 01.01.1900–31.12.9999)")
	DateFormatDMY         = nb("dd.mm.åååå")
	DateFormatISO         = nb("åååå-mm-dd")
	DateFormatDMYShort    = nb("dd.mm.åå")
	DateFormatDMYSlash    = nb("dd/mm/åååå")
	DateFormatExcel       = nb("et Excel-datotall (f.eks. 45383)")

	ValueNotBool          = nb("«%s» er verken ja eller nei (ventet for ja: %s; for nei: %s)")
	ValueNotKommunenummer = nb("«%s» er ikke et kommunenummer (ventet fire sifre, f.eks. 0301 eller 3403)")
)

// Raw tables.
var (
	TableNotFound        = nb("filen finnes ikke")
	TableNoAccess        = nb("har ikke tilgang til å lese filen")
	TableOpen            = nb("kan ikke åpne filen (%v)")
	TableRead            = nb("feil under lesing av filen (%v)")
	TableEmpty           = nb("filen har ingen rader med innhold (ventet en overskriftsrad)")
	TableUnknownEncoding = nb("ukjent tegnkoding «%s» (ventet utf-8, windows-1252, utf-16le eller utf-16be)")
	TableBOMConflict     = nb("filen starter med et %[1]s-merke (BOM), men tegnkodingen er oppgitt som %[2]s; skriv «encoding: %[3]s» i kildebeskrivelsen, eller ta bort encoding så leser boso merket selv")
	TableInvalidUTF8     = nb("byte 0x%02X er ikke gyldig UTF-8 (filen er lest som UTF-8 ut fra begynnelsen; er den lagret i windows-1252? skriv i så fall «encoding: windows-1252» i kildebeskrivelsen, eller lagre filen som UTF-8)")
	TableUndefinedCP1252 = nb("byte 0x%02X er ikke et tegn i windows-1252 (filen er lest som windows-1252; er den lagret i en annen tegnkoding?)")
	TableNoHeader        = nb("fant ikke overskriftsraden: ingen av de %d første radene med innhold har alle kolonnene %s")
	TableNoHeaderLine    = nb("fant ikke overskriftsraden: ingen av de %d første radene med innhold har alle kolonnene %s; nærmest er linje %d, som mangler %s (den har %s)")
	TableNoHeaderRow     = nb("fant ikke overskriftsraden: ingen av de %d første radene med innhold har alle kolonnene %s; nærmest er rad %d, som mangler %s (den har %s)")
	TableDuplicateColumn = nb("kolonnen «%s» finnes flere ganger i overskriftsraden (%s og %s); ventet én")
	TableExtraCells      = nb("raden har %d celler, men overskriftsraden bare %d (første verdi utenfor: «%s» i kolonne %d)")
	TableBareQuote       = nb("anførselstegn (\") ved tegn %d på linjen, inne i en verdi som ikke står i anførselstegn (ventet hele verdien i anførselstegn, med \" skrevet \"\")")
	TableBadQuote        = nb("feil med anførselstegn ved tegn %d på linjen: en verdi i anførselstegn må slutte med \" fulgt av skilletegn eller linjeslutt (\" inne i verdien skrives \"\")")
	TableBadQuoteFrom    = nb("feil med anførselstegn ved tegn %d på linjen (raden begynner på linje %d): en verdi i anførselstegn må slutte med \" fulgt av skilletegn eller linjeslutt (\" inne i verdien skrives \"\")")
	TableBadDelimiter    = nb("ugyldig skilletegn «%s» (ventet f.eks. ; , eller tabulator)")
	TableUnknownSheet    = nb("fant ikke arket «%s» (arkene i filen er %s)")
	TableNoSheets        = nb("arbeidsboken har ingen ark")
	TableNotXLSX         = nb("kan ikke lese filen som Excel-arbeidsbok (.xlsx) (%v)")
	TableColumnN         = nb("kolonne %d")
)

// Texts about a file's encoding and delimiters that the reader can name.
var (
	TableLooksUTF16      = nb("filen ser ut til å være %s uten BOM-merke (hvert annet byte er 0); skriv «encoding: %s» i %s, eller lagre filen som UTF-8")
	TableLooksCP1252     = nb("byte 0x%02X er ikke gyldig UTF-8, men er «%s» i windows-1252: filen ser ut til å være lagret i windows-1252; skriv «encoding: windows-1252» i %s (eller fjern encoding, så velger boso selv)")
	TableLooksCP1252Auto = nb("byte 0x%02X er ikke gyldig UTF-8, men er «%s» i windows-1252 (filen er lest som UTF-8 ut fra begynnelsen): filen ser ut til å være lagret i windows-1252; skriv «encoding: windows-1252» i %s")
	TableLooksUTF8       = nb("overskriften «%s» ser ut som UTF-8 lest som windows-1252 (den er «%s» i UTF-8); skriv «encoding: utf-8» i %s (eller fjern encoding, så velger boso selv)")
	TableMixedDelimiters = nb("blandede skilletegn: linjen er delt med %s, men filen med %s (overskriftsraden på linje %d har %d kolonner); bruk samme skilletegn på alle linjer")
	TableTheMapping      = nb("kildebeskrivelsen")
	TableDelimSemicolon  = nb("semikolon (;)")
	TableDelimComma      = nb("komma (,)")
	TableDelimTab        = nb("tabulator")
)

// Hostile files: sizes and lengths beyond what real files need.
var (
	TableZipPart         = nb("filen er for stor når den pakkes ut: delen «%s» blir %s, og boso leser høyst %s per del (er filen skadet, eller laget for å fylle minnet?)")
	TableZipTotal        = nb("filen er for stor når den pakkes ut: minst %s, og boso leser høyst %s (er filen skadet, eller laget for å fylle minnet?)")
	TableRowTooLong      = nb("raden er lengre enn %d MB, og boso leser ikke så lange rader (er filen en CSV-fil?)")
	TableRowTooLongLines = nb("raden fra linje %d er fortsatt ikke slutt på linje %d, og er lengre enn %d MB, som boso ikke leser (mangler et avsluttende anførselstegn?)")
	TableCellTooLong     = nb("verdien er %d tegn lang, og boso leser høyst %d tegn i en celle (samme grense som Excel)")
	TableZipStrings      = nb("filen har %d delte tekster, men arkene har bare plass til %d celler som bruker dem (er filen skadet, eller laget for å fylle minnet?)")
	TableZipRows         = nb("delen «%s» har flere rader enn Excel tillater (%d) (er filen skadet, eller laget for å fylle minnet?)")
	TableZipCols         = nb("delen «%s» har en rad (nr. %d i filen) med flere celler enn Excel har kolonner (%d) (er filen skadet, eller laget for å fylle minnet?)")
	TableZipParts        = nb("filen har %d deler, og boso leser høyst %d (er filen skadet, eller laget for å fylle minnet?)")
)

// Problems not kept (indicators/diag).
var (
	DiagMoreInColumn = nbN("%d problem til i kolonne «%s» er ikke vist (bare de %d første vises)", "%d problemer til i kolonne «%s» er ikke vist (bare de %d første vises)")
	DiagMoreInFile   = nbN("%d problem til i filen er ikke vist (bare de %d første vises)", "%d problemer til i filen er ikke vist (bare de %d første vises)")
)

// A file split by another delimiter than its mapping names.
var (
	TableNoHeaderPrefix = nb("fant ikke overskriftsraden")
	TableOtherDelimiter = nb("filen ser ut til å være delt med %s, ikke %s: overskriftsraden her har alle kolonnene når den deles slik; skriv «delimiter: \"%s\"» i %s (eller fjern delimiter, så velger boso selv)")
)

// TableZipWide refuses a sheet whose rows reach far to the right.
var TableZipWide = nb("delen «%s» har celler så langt til høyre at radene til sammen blir mer enn %d millioner celler å lese (er det noe i en kolonne langt ute, for eksempel XFD? Slett kolonnene til høyre for tabellen og lagre filen på nytt)")

// TableZipRatio refuses a part packed as no real export is.
var TableZipRatio = nb("filen er pakket på en måte ingen vanlig eksport er: delen «%s» er %s pakket, men %s utpakket, mer enn %d ganger så stor (er filen skadet, eller laget for å fylle minnet?)")

// ValueOverflowDigits is a number too large whose digits are not shown
// (they could hold a personal id): its length instead.
var ValueOverflowDigits = nb("tallet har %d sifre og er for stort (høyst 922 337 203 685 477); sifrene vises ikke, i tilfelle de er et fødselsnummer")

// Delimiters partly swapped within one line.
var (
	TablePartlyMixedDelimiters = nb("blandede skilletegn: linjen har %d celler delt med %s og %d %s inne i cellene (overskriftsraden på linje %d har %d kolonner); bruk samme skilletegn på alle linjer")
)

// TableUTF32 refuses a file saved as UTF-32 (the byte order, LE or BE).
var TableUTF32 = nb("filen er lagret som UTF-32%s (den starter med et UTF-32-merke, BOM), som boso ikke leser; lagre den som UTF-8 (eller UTF-16)")

// TableSheetPersonal: the sheet: named in a mapping holds 11 digits like a
// personal id, which boso does not read.
var TableSheetPersonal = nb("arknavnet i «sheet:» har 11 sifre som et fødselsnummer eller D-nummer, og boso leser det ikke (sifrene vises ikke her); gi arket et navn uten slike sifre, i filen og i «sheet:»")
