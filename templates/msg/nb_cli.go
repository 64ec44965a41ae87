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

Skriv «boso <kommando> -h» for valgene til en kommando.

Avslutningskoder: 0 = i orden, 1 = feil i inndata funnet, 2 = kunne ikke kjøre.
`)
	CLIUnknownCommand = nb("ukjent kommando «%s»")
	CLIFlagProgram    = nb("programfilen (YAML) som sier hvilke kommuner, kilder og indikatorer som gjelder")
	CLIFlagPeriod     = nb("perioder, kommaseparert (f.eks. 2024,2024H1,2016-2025); standard: programmets år og halvår")
	CLIFlagKommune    = nb("kommunenummer, kommaseparert; standard: alle i programmet")
	CLIFlagDate       = nb("rapportdato åååå-mm-dd (perioder som ikke er over, merkes *); standard: i dag")
	CLIFlagOut        = nb("mappen tallene skrives til")
	CLIFlagDoc        = nb("skriv referansesiden (Markdown) til denne filen")
	CLIFlagQuiet      = nb("ikke skriv oversikten til skjermen")
	CLIUsageValidate  = nb("Bruk: boso validate [valg]\n\nSjekker alt programmet bruker og skriver alle problemer, sortert, på formen fil:linje:kolonne.\nAdvarsler gir avslutningskode 0; feil gir 1.\n\nValg:\n")
	CLIUsageCompute   = nb("Bruk: boso compute [valg]\n\nBeregner indikatorene og skriver tall.csv og tall.xlsx (én rad per kommune, periode og indikator).\nFinnes det feil i inndata, skrives ingenting.\n\nValg:\n")
	CLIUsageExplain   = nb("Bruk: boso explain INDIKATOR --kommune NNNN --period PERIODE [valg]\n\nViser tallet, definisjonen og radene i kildene som ble telt eller utelatt, og hvorfor.\n\nValg:\n")
	CLIUsageInds      = nb("Bruk: boso indicators [valg]\n\nViser alle indikatorer med definisjon og kilde.\n\nValg:\n")
	CLIBadPeriod      = nb("«%s» er ikke en periode (bruk f.eks. 2025, 2025H1, 2025T2, 2025K3, 2025M07 eller 2016-2025)")
	CLIBadDate        = nb("«%s» er ikke en dato på formen åååå-mm-dd")
	CLIBadKommune     = nb("kommune %s er ikke med i programmet (kommunene er: %s)")
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

// CLIFlagOutside is the help of --tillat-stier-utenfor.
var CLIFlagOutside = nb("les også filer utenfor mappen der programfilen ligger (absolutte stier og stier med .. i programfilen og kildene); uten dette avvises slike stier")
