package msg

// Texts of the command-line interface.
var (
	CLIUsage = nb(`boso – indikatorer og rapporter for boligsosiale programmer

Bruk:
  boso <kommando> [valg]

Kommandoer:
  validate     sjekk indikatordefinisjoner, kildebeskrivelser, programoppsett og data
  compute      beregn alle indikatorer for alle kommuner og perioder (CSV og XLSX)
  explain      vis ett tall med definisjon og radene som ga det
  indicators   vis indikatorene (standardbiblioteket og egne); --doc skriver referansesiden
  template     lag en tom arbeidsbok (.xlsx) for halvårs- eller årsrapporten
  report       lag rapporten som Excel, PDF og HTML, og siden til styringsgruppen
  region       rull opp innsendingene fra kommunene i en region (Husbankens rådgivere)

Skriv «boso <kommando> -h» for valgene til en kommando.

Avslutningskoder: 0 = i orden, 1 = feil i inndata funnet, 2 = kunne ikke kjøre,
3 = intern feil i boso (en programfeil; meld fra). BOSO_DEBUG=1 viser detaljene.
`)
	CLIUnknownCommand = nb("ukjent kommando «%s»")
	CLIFlagProgram    = nb("programfilen (YAML) som sier hvilke kommuner, kilder og indikatorer som gjelder")
	CLIFlagPeriod     = nb("perioder, kommaseparert (f.eks. 2024,2024H1,2016-2025); standard: programmets år og halvår")
	CLIFlagKommune    = nb("kommunenummer, kommaseparert; standard: alle i programmet")
	CLIFlagDate       = nb("rapportdato åååå-mm-dd (perioder som ikke er over, merkes *); standard: i dag")
	CLIFlagOut        = nb("mappen tallene skrives til")
	CLIFlagDoc        = nb("skriv referansesiden (Markdown) til denne filen")
	CLIFlagQuiet      = nb("ikke skriv oversikten til skjermen")
	CLIUsageValidate  = nb("Bruk: boso validate [valg]\n\nSjekker alt programmet bruker, også arbeidsboken, med de samme sjekkene som «boso report»,\nog skriver alle problemer, sortert, på formen fil:linje:kolonne. Med --period 2025H1 eller 2025\nsjekkes også at arbeidsboken er laget for den perioden. Advarsler gir avslutningskode 0; feil gir 1.\n\nValg:\n")
	CLIUsageCompute   = nb("Bruk: boso compute [valg]\n\nBeregner indikatorene og skriver tall.csv og tall.xlsx (én rad per kommune, periode og indikator).\nFinnes det feil i inndata, skrives ingenting.\n\nValg:\n")
	CLIUsageExplain   = nb("Bruk: boso explain INDIKATOR --kommune NNNN --period PERIODE [valg]\n\nViser tallet, definisjonen og radene i kildene som ble telt eller utelatt, og hvorfor.\n\nValg:\n")
	CLIUsageInds      = nb("Bruk: boso indicators [valg]\n\nViser alle indikatorer med definisjon og kilde.\n\nValg:\n")
	CLIBadPeriod      = nb("--period: «%s» er ikke en periode (bruk f.eks. 2025, 2025H1, 2025T2, 2025K3, 2025M07 eller 2016-2025)")
	CLIBadDate        = nb("--dato: «%s» er ikke en dato på formen åååå-mm-dd (f.eks. 2025-08-20)")
	CLIBadKommune     = nb("--kommune: kommune %s er ikke med i programmet (kommunene er: %s)")
	CLINoProgram      = nb("finner ikke programfilen %s (oppgi den med --program)")
	CLIExplainArgs    = nb("oppgi én indikator, --kommune og --period, f.eks.: boso explain bostedslose --kommune 3403 --period 2024H1")
	CLIUnknownInd     = nb("ukjent indikator «%s»")
	CLIExtraArgs      = nb("uventede argumenter: %s")
	CLISummaryOK      = nb("Ingen problemer funnet.")
	CLISummary        = nb("%s og %s.") // CLIErrors and CLIWarnings
	CLINothingWritten = nb("Ingenting er skrevet fordi inndata har feil (se over).")
	CLIWrote          = nb("Skrev %d tall til %s")
	CLIReplaced       = nb("Erstattet tidligere %s.")
	CLIHeadline       = nb("%s (%s) – %s")
	CLIIndicator      = nb("Indikator")
	CLIMarks          = nb("Tegn: .. = tall mangler, . = kan ikke beregnes, * = foreløpig tall")
	CLIExplainFigure  = nb("%s (%s), %s, %s: %s")
	CLIExplainMark    = nb("Merknad: %s %s")
	CLIExplainDef     = nb("Definisjon")
	CLIExplainSource  = nb("Kilde")
	CLIExplainInputs  = nb("Beregnet av")
	CLIExplainRows    = nb("Rader i registeret «%s» for kommune %s: %d telt, %d utelatt")
	CLIExplainCounted = nb("telt")
	CLIExplainExcl    = nb("utelatt")
	CLIExplainOther   = nbPlural("%s rad gjelder andre kommuner og er ikke vist.", "%s rader gjelder andre kommuner og er ikke vist.")
	CLIExplainSum     = nb("Summeringsrad hoppet over: %s")
	CLIExplainFlags   = nb("Kvalitet")
	CLIExplainNoRows  = nb("Tallet er ikke beregnet fra rader (type %s).")
	CLIDocWritten     = nb("Skrev referansesiden til %s")
	CLIIndsHeader     = nbN("%d indikator (%s)", "%d indikatorer (%s)")
)

// More explain texts.
var (
	CLIFlagAll     = nb("vis alle rader som er utelatt, ikke bare de første av hver grunn")
	CLIExplainMore = nbPlural("… og %s rad til: %s (vis alle med --alle)", "… og %s rader til: %s (vis alle med --alle)")
)

// Texts of template and report.
var (
	CLIUsageTemplate   = nb("Bruk: boso template --period PERIODE [valg]\n\nLager en tom arbeidsbok (.xlsx) for rapporten: programinformasjon, organisering, aktiviteter,\ngode eksempler, økonomi, tall som føres for hånd, og mål. En eksisterende fil erstattes bare med --erstatt.\n\nValg:\n")
	CLIUsageReport     = nb("Bruk: boso report --period PERIODE [valg]\n\nLager halvårsrapporten (--period 2025H1) eller årsrapporten (--period 2025) som Excel, PDF og HTML,\npluss en side til styringsgruppen (PDF). Bygger på programmet, registrene og den utfylte arbeidsboken.\nFinnes det feil i inndata, skrives ingenting.\n\nValg:\n")
	CLIFlagWorkbook    = nb("den utfylte arbeidsboken (standard: workbook i programfilen)")
	CLIFlagTemplateOut = nb("filen den tomme arbeidsboken skrives til")
	CLIFlagReplace     = nb("erstatt en eksisterende fil")
	CLIFlagInternal    = nb("intern rapport: små tall skjules ikke, og hver side merkes «Internt – ikke for publisering»")
	CLIFlagThreshold   = nb("største antall som skjules i publiserte rapporter")
	CLIReportPeriod    = nb("oppgi rapportperioden med --period: et halvår (2025H1) eller et år (2025)")
	CLIPeriodOutside   = nb("%s ligger utenfor programperioden %s")
	CLIExists          = nb("%s finnes allerede; bruk --erstatt for å erstatte den (en utfylt arbeidsbok går da tapt)")
	CLIWroteFile       = nb("Skrev %s")
	CLINoWorkbook      = nb("Ingen arbeidsbok er oppgitt; kapittel 1–4 viser det programmet vet, og «Ikke fylt ut» for resten.")
	CLIWorkbookHint    = nb("Lag en tom arbeidsbok med: boso template --program %s --period %s")
)

// CLIWorkbookYear warns that the workbook was filled in for another year.
var CLIWorkbookYear = nb("arbeidsboken er fylt ut for rapporteringsår %d, men rapporten gjelder %s; aktiviteter og økonomi hentes likevel fra den")

// CLIBadThreshold refuses a suppression threshold below 2.
var CLIBadThreshold = nb("--skjul må være minst 2 (fant %d): med 1 ville hvert skjult lite tall være 1, og alle kunne lese det; bruk --intern for en rapport uten skjuling")

// Counts in the summary of problems, singular and plural.
var (
	CLIErrors   = nbN("%d feil", "%d feil")
	CLIWarnings = nbN("%d advarsel", "%d advarsler")
)

// CLIBadRecord says a record of an earlier report could not be read.
var CLIBadRecord = nb("advarsel: %s kan ikke leses (%v) og er ikke brukt: rapporten tar hensyn til den tidligere rapporten slik den ville blitt laget i dag")

// Texts about flags, help and the user's files (issue 8).
var (
	CLIFlagUnknown     = nb("ukjent valg «--%s» for «boso %s» (se «boso %s -h» for valgene)")
	CLIFlagUnknownNear = nb("ukjent valg «--%s» for «boso %s» (mente du «--%s»? se «boso %s -h» for valgene)")
	CLIFlagNoValue     = nb("valget «--%s» mangler verdi (skriv --%s %s)")
	CLIFlagBadInt      = nb("«%s» er ikke et heltall; «--%s» tar et heltall, f.eks. 4")
	CLIFlagBadBool     = nb("«%s» er ikke ja eller nei for «--%s» (skriv --%s alene for ja, eller --%s=false)")
	CLIFlagBadValue    = nb("«%s» er ikke en gyldig verdi for «--%s»")
	CLIFlagSyntax      = nb("«%s» er ikke et valg for «boso %s» (valg skrives --navn eller --navn=verdi)")
	CLIFlagDefault     = nb("(standard: %s)")
	CLIFlagTakes       = nb("VERDI")
	CLIFlagTakesNumber = nb("TALL")
	CLIFlagTakesFile   = nb("FIL")
	CLIFlagTakesPath   = nb("STI")
	CLIFlagTakesPeriod = nb("PERIODE")
	CLIFlagTakesKomm   = nb("KOMMUNENR")
	CLIFlagTakesDate   = nb("ÅÅÅÅ-MM-DD")
	CLIFlagTakesFormat = nb("FORMAT")
	CLIBadReportPeriod = nb("--period: «%s» er ikke et halvår eller et år; rapporten lages for et halvår (f.eks. 2025H1 eller 2025H2) eller et år (f.eks. 2025)")
	CLIManyPeriods     = nb("--period: rapporten lages for én periode, fant %d («%s»); skriv f.eks. --period 2025H1")
	CLIBadKommuneNr    = nb("--kommune: «%s» er ikke et kommunenummer (ventet fire sifre, f.eks. 0301 eller 3403)")
)

// Texts about writing the outputs.
var (
	CLIWriteFile   = nb("kan ikke skrive %s: %s")
	CLIWriteDir    = nb("kan ikke lage mappen %s: %s")
	CLIWriteInDir  = nb("kan ikke skrive i mappen %s: %s")
	CLIWriteIsFile = nb("kan ikke lage mappen %s: %s er en fil, ikke en mappe (velg en annen mappe med --ut)")
)

// Texts of validate's flags.
var (
	CLIFlagValidateInternal = nb("sjekk for en intern rapport: små tall i fritekst i arbeidsboken meldes ikke")
	CLIFlagFormat           = nb("tekst eller json (for skript; feltene er beskrevet på referansesiden)")
	CLIBadFormat            = nb("--format: «%s» er ikke et format (bruk tekst eller json)")
)

// CLIRecordNotJSON says a record of an earlier report is not valid JSON.
var CLIRecordNotJSON = nb("filen er ikke gyldig JSON; er den endret for hånd eller avbrutt under skriving?")

// CLIFlagIntRange refuses a number too large for a flag.
var CLIFlagIntRange = nb("«%s» er for stort for «--%s»")

// An internal error: a bug in boso (exit code 3).
var (
	CLIInternal = nb("intern feil i boso (en programfeil, ikke en feil i dine filer): %s. Ingenting er skrevet. Meld fra til utviklerne med kommandoen du kjørte.")
)

// CLIFlagOutside is the help of --tillat-stier-utenfor.
var CLIFlagOutside = nb("les også filer utenfor mappen der programfilen ligger (absolutte stier og stier med .. i programfilen og kildene); uten dette avvises slike stier")

// CLITemplateNotXLSX refuses a template written to a name that is no workbook's.
var CLITemplateNotXLSX = nb("--ut: «%s» slutter ikke på .xlsx; arbeidsboken skrives som Excel-fil, f.eks. --ut arbeidsbok.xlsx")

// Why a record of an earlier report cannot be read.
var (
	CLIRecordUnknownField = nb("feltet «%s» hører ikke til en post boso skriver")
	CLIRecordNotBoso      = nb("den ser ikke ut som en post boso har skrevet")
)

// CLIFlagTwice refuses a flag given twice.
var CLIFlagTwice = nb("valget «--%s» er gitt to ganger for «boso %s»; gi det én gang (flere perioder eller kommuner skrives kommaseparert)")

// CLIKommuneRenumbered answers --kommune with a former number the
// programme renumbers.
var CLIKommuneRenumbered = nb("--kommune: %[1]s er et tidligere kommunenummer; programmet fører det over til %[2]s (renumber), så skriv --kommune %[2]s")

// CLIFlagValidateOut is validate's --ut: where the records of earlier
// reports are read.
var CLIFlagValidateOut = nb("mappen rapportene skrives til; med --period for én rapport leses postene om tidligere rapporter der")

// CLIExplainWhere counts the rows a mapping's where gives to another register.
var CLIExplainWhere = nbPlural("%s rad er holdt utenfor av «where» i kilden «%s» (den hører til et annet register)", "%s rader er holdt utenfor av «where» i kilden «%s» (de hører til et annet register)")

// CLIThresholdHigh refuses a suppression threshold above the largest
// (the largest, the value found; a value like a personal id is masked).
var CLIThresholdHigh = nb("--skjul kan være høyst %d (fant «%d»): et høyere tall skjuler nesten alle tall i rapporten; standard er %d")

// An output that would replace a file the run reads.
var (
	CLIWouldOverwriteInput = nb("vil ikke skrive over %s: programmet leser den filen, og den ville gått tapt; velg en annen mappe enn %s med --ut")
	CLIDocNotReference     = nb("vil ikke skrive over %s: filen finnes og er ikke en referanseside fra boso; velg et annet filnavn (f.eks. referanse.md) eller slett filen først")
)

// compute --uten-xlsx: the flag, and the earlier run's tall.xlsx removed
// so that it does not stay beside the newer tall.csv.
var (
	CLIFlagNoXLSX   = nb("skriv bare tall.csv, ikke tall.xlsx (raskere og med lite minne for store uttrekk: tallene lages og skrives kommune for kommune); en tall.xlsx fra en tidligere kjøring i --ut fjernes, så den ikke blir stående med gamle tall")
	CLIRemovedStale = nb("Fjernet %s fra en tidligere kjøring (den ville hatt andre tall enn den nye tall.csv).")
)

// explain's --kommune and --period: one of each, required.
var (
	CLIFlagExplainKommune = nb("kommunenummeret tallet gjelder, bare ett; må oppgis")
	CLIFlagExplainPeriod  = nb("perioden tallet gjelder, bare én (f.eks. 2024H1 eller 2024); må oppgis")
)

// CLIProgramUnreadable: the programme file is there but cannot be read
// (the path, the OS's reason).
var CLIProgramUnreadable = nb("kan ikke lese programfilen %s (%s)")

// CLIBadThresholdRegion is CLIBadThreshold for the roll-up, which has no
// --intern.
var CLIBadThresholdRegion = nb("--skjul må være minst 2 (fant %d): med 1 ville hvert skjult lite tall være 1, og alle kunne lese det")
