package msg

// Texts of the input workbook (templates/workbook): sheet names, labels,
// instructions, the messages Excel shows on data validation, and the
// problems boso reports when it reads a filled workbook. Labels are what
// the reader looks for: changing one changes the workbook's layout.

// Sheet names.
var (
	WBSheetGuide        = nb("Veiledning")
	WBSheetProgram      = nb("Programinfo")
	WBSheetOrganisation = nb("Organisering")
	WBSheetActivities   = nb("Aktiviteter")
	WBSheetExamples     = nb("Gode eksempler")
	WBSheetEconomy      = nb("Økonomi")
	WBSheetFigures      = nb("Tall")
	WBSheetTargets      = nb("Mål")
	// WBSheetLists is the hidden sheet that holds the dropdown lists.
	WBSheetLists = nb("Lister")
)

// Titles above the tables.
var (
	WBTitleGuide        = nb("Arbeidsbok for års- og halvårsrapportering")
	WBTitleProgram      = nb("1. Generell programinformasjon")
	WBTitleOrganisation = nb("2. Rapportering på programplanen – status")
	WBTitleMembers      = nb("Programorganisering: medlemmer av styringsgruppen og programgruppen")
	WBTitleActivities   = nb("3. Rapportering på aktivitetsplan")
	WBTitleExamples     = nb("3.1 Formidling av erfaringer og eksempler på godt arbeid")
	WBTitleEconomy      = nb("4. Rapportering på økonomi (kroner), per aktivitet og år")
	WBTitleOverview     = nb("Samlet oversikt over hele programperioden")
	WBTitleFigures      = nb("5. Tall som føres inn for hånd")
	WBTitleTargets      = nb("5. Utgangspunkt og mål for indikatorene")
)

// Programinfo: a column of labels, a column to fill in, a column of help.
var (
	WBColField = nb("Opplysning")
	WBColEntry = nb("Utfylling")
	WBColHelp  = nb("Slik fyller du ut")

	WBProgName          = nb("Programnavn")
	WBProgKommune       = nb("Kommune")
	WBProgKommunenummer = nb("Kommunenummer")
	WBProgLeader        = nb("Programleder")
	WBProgStart         = nb("Programstart")
	WBProgYear          = nb("Rapporteringsår")
	WBProgDate          = nb("Rapporteringsdato")
	WBProgFilledBy      = nb("Utfylt av")
	WBProgPhone         = nb("Telefon")
	WBProgEmail         = nb("E-post")

	WBHelpRequired      = nb("Må fylles ut.")
	WBHelpKommune       = nb("Kommunens navn.")
	WBHelpKommunenummer = nb("Fire sifre, f.eks. 0301. Må fylles ut.")
	WBHelpStart         = nb("Dato (dd.mm.åååå), f.eks. datoen samarbeidsavtalen ble undertegnet.")
	WBHelpYear          = nb("Fire sifre, f.eks. 2025. Må fylles ut.")
	WBHelpDate          = nb("Dato (dd.mm.åååå): halvårsrapporten leveres 31.08, årsrapporten 31.01.")
	WBHelpFilledBy      = nb("Navnet på den som fyller ut.")
)

// Organisering.
var (
	WBColPart        = nb("Del")
	WBColDescription = nb("Beskrivelse")
	WBColChange      = nb("Endring siden forrige rapportering")

	WBPartOrganising = nb("Organisering")
	WBPartSteering   = nb("Styringsgruppe")
	WBPartProgram    = nb("Programgruppe")
	WBPartAnchoring  = nb("Forankring av programplanen i planverket")

	WBColGroup   = nb("Gruppe")
	WBColRole    = nb("Rolle")
	WBColTitle   = nb("Tittel")
	WBColOrgUnit = nb("Virksomhet")
)

// Aktiviteter and Gode eksempler.
var (
	WBColGoal      = nb("Hovedmål")
	WBColActivity  = nb("Aktivitet")
	WBColConcrete  = nb("Hva skal vi gjøre konkret for å nå målet?")
	WBColResult    = nb("Resultat")
	WBColStatus    = nb("Status (n/v/g/a)")
	WBColProgress  = nb("Framdrift i prosent")
	WBColDeviation = nb("Avvik")
	WBColReason    = nb("Begrunnelse")
	WBColText      = nb("Tekst")

	WBStatusNew          = nb("nytt")
	WBStatusContinued    = nb("videreført")
	WBStatusCompleted    = nb("gjennomført")
	WBStatusDiscontinued = nb("avviklet")
)

// Økonomi.
var (
	WBColYear          = nb("År")
	WBColGrantBudget   = nb("Tilskudd fra Husbanken (kompetansetilskudd): budsjett")
	WBColGrantAccounts = nb("Tilskudd fra Husbanken (kompetansetilskudd): regnskap")
	WBColOwnBudget     = nb("Egen finansiering kommunen: budsjett")
	WBColOwnAccounts   = nb("Egen finansiering kommunen: regnskap")
	WBColOtherBudget   = nb("Annen finansiering: budsjett")
	WBColOtherAccounts = nb("Annen finansiering: regnskap")
	WBColTotalBudget   = nb("TOTALT budsjett")
	WBColTotalAccounts = nb("TOTALT regnskap")
	WBColDifference    = nb("Avvik (+/-)")
	WBColFromTo        = nb("Fra/til hvilken aktivitet")

	WBColProgYear   = nb("Programår")
	WBColOvGrant    = nb("Tilskudd fra Husbanken")
	WBColOvKommune  = nb("Tilskudd fra kommunen")
	WBColOvOther    = nb("Annen finansiering")
	WBColOvTransfer = nb("Overføring (disponible midler) fra året før")
	WBColOvTotal    = nb("TOTALT")

	// The names of the amounts, in problems about a row.
	WBBudget   = nb("budsjett")
	WBAccounts = nb("regnskap")
)

// Tall and Mål.
var (
	WBColKommunenr     = nb("Kommunenr")
	WBColKommune       = nb("Kommune")
	WBColIndicator     = nb("Indikator")
	WBColIndicatorName = nb("Indikatornavn")
	WBColUnit          = nb("Enhet")
	WBColPeriod        = nb("Periode")
	WBColValue         = nb("Verdi")
	WBColNote          = nb("Merknad")

	WBColKommunenrAll = nb("Kommunenr (tom = alle)")
	WBColDirection    = nb("Retning (høyere/lavere er bedre)")
	WBColBasePeriod   = nb("Utgangspunkt: periode")
	WBColBaseValue    = nb("Utgangspunkt: verdi")
	// WBColTargetFor heads a column of targets for one period; the reader
	// takes the period from what follows the text before %s.
	WBColTargetFor = nb("Mål %s")

	WBDirHigher = nb("høyere")
	WBDirLower  = nb("lavere")
)

// Data validation: what Excel shows when a cell is selected (prompt) and
// when a value is refused. Excel allows titles of 32 characters, prompts
// of 255 and error messages of 225.
var (
	WBDVErrorTitle     = nb("Ugyldig verdi")
	WBDVStatusTitle    = nb("Status for aktiviteten")
	WBDVStatusPrompt   = nb("n = nytt, v = videreført, g = gjennomført, a = avviklet. Velg fra listen.")
	WBDVStatusError    = nb("Skriv n (nytt), v (videreført), g (gjennomført) eller a (avviklet).")
	WBDVProgressTitle  = nb("Framdrift i prosent")
	WBDVProgressPrompt = nb("Hvor langt aktiviteten har kommet, som et helt tall fra 0 til 100 (30 betyr 30 %).")
	WBDVProgressError  = nb("Framdrift er et helt tall fra 0 til 100, f.eks. 30 for 30 %.")
	WBDVGoalError      = nb("Velg et av programmets hovedmål fra listen.")
	WBDVAmountError    = nb("Skriv et beløp i kroner, 0 eller mer, f.eks. 12500 eller 12500,50.")
	WBDVYearError      = nb("Skriv et årstall fra %d til %d.")
	WBDVDateError      = nb("Skriv en dato som dd.mm.åååå, f.eks. 31.08.2025.")
	WBDVIndicatorError = nb("Velg en indikator fra listen (indikatorens id).")
	WBDVPeriodError    = nb("Velg en periode fra listen: 2025 er hele året, 2025H1 og 2025H2 er halvår.")
	WBDVValueTitle     = nb("Tall eller tegn")
	WBDVValuePrompt    = nb("Skriv tallet. Mangler tallet: .. (to punktum). Kan ikke beregnes: . Skjult av personvernhensyn: : Foreløpig tall: skriv * i Merknad. 0 betyr null, ikke «mangler».")
	WBDVValueError     = nb("Skriv et tall, eller et av tegnene .. . : (se arket Veiledning).")
	WBDVKommuneError   = nb("Velg et av programmets kommunenumre fra listen.")
	WBDVDirectionError = nb("Velg høyere eller lavere.")
	WBDVGroupError     = nb("Velg Styringsgruppe eller Programgruppe.")
)

// Printing and document properties.
var (
	WBPageOf   = nb("Side &P av &N")
	WBDocTitle = nb("Arbeidsbok for rapportering: %s, %s")
)

// The Veiledning sheet, paragraph by paragraph.
var (
	WBGuidePeriod   = nb("Program: %s. Rapporteringsperiode: %s. Kommune: %s.")
	WBGuideHowTitle = nb("Slik fyller du ut")
	WBGuideHow      = nb("Fyll ut de hvite cellene. Overskrifter og grå celler er låst: de er fylt ut av boso eller regnes ut. Arkene er beskyttet uten passord, så overskriftene ikke endres ved et uhell; du kan sette inn og slette rader. Ikke gi nytt navn til ark eller overskrifter: boso finner innholdet ut fra dem.")
	WBGuideSheets   = nb("Arkene")
	WBGuideProgram  = nb("Programinfo: generell programinformasjon (skjemaets del 1). Programnavn, kommunenummer og rapporteringsår må fylles ut. Rapporteringsperioden er fylt ut av boso: bruker du arbeidsboken til en annen rapport, varsler boso om det. Skriv i Sammendrag noen setninger om perioden; sammendraget står først i rapporten.")
	WBGuideOrg      = nb("Organisering: status for programplanen (del 2). Beskriv organiseringen, styringsgruppen, programgruppen og forankringen i planverket, hver med endring siden forrige rapportering. Under: medlemmene av styringsgruppen og programgruppen med rolle, tittel og virksomhet.")
	WBGuideAct      = nb("Aktiviteter: aktivitetsplanen (del 3), én rad per aktivitet, gruppert etter hovedmål. Status: n = nytt, v = videreført, g = gjennomført, a = avviklet. Framdrift i prosent er et helt tall fra 0 til 100.")
	WBGuideExamples = nb("Gode eksempler: erfaringer og eksempler på godt arbeid (del 3.1), omtrent én side per eksempel. Er eksemplet publisert, ta med lenken i teksten.")
	WBGuideEconomy  = nb("Økonomi: budsjett og regnskap per aktivitet og år (del 4), i kroner. TOTALT og avvikene (regnskap minus budsjett) regnes ut, som i skjemaet i to grupper: avvik totalt og avvik i tilskuddet fra Husbanken. Skriv i «Fra/til hvilken aktivitet» hvor midler er flyttet fra eller til, og i «Tilskudd fra Husbanken: fra/til hvilken aktivitet (prosjekt)» hvor tilskuddet fra Husbanken er flyttet. Under tabellen står samlet oversikt over hele programperioden: fyll inn overføring (disponible midler) fra året før; de andre kolonnene viser regnskapet for år der regnskap er ført, ellers budsjettet.")
	WBGuideFigures  = nb("Tall: indikatorer som telles for hånd, én rad per indikator og periode. Skriv tallet i Verdi, eller et tegn når tallet ikke finnes. Merknaden følger tallet i rapporten.")
	WBGuideTargets  = nb("Mål: utgangspunkt (periode og verdi) og mål per år for indikatorene, og om høyere eller lavere er bedre. Kommunenr tomt betyr at målet gjelder alle kommunene i programmet. I «Kommunens vurdering», siste kolonne, skriver dere kort hvordan det går med målet og hvorfor; vurderingen står ved måltabellen i rapporten.")
	WBGuideMarks    = nb("Tegn for tall som ikke finnes (som hos SSB)")
	WBGuideMarkNone = nb(".. (to punktum): tallet mangler, f.eks. fordi det ikke er registrert. En tom Verdi leses også som «mangler», aldri som 0.")
	WBGuideMarkNA   = nb(". (ett punktum): tallet kan ikke beregnes, f.eks. en andel der nevneren er 0.")
	WBGuideMarkSupp = nb(": (kolon): tallet er skjult av personvernhensyn.")
	WBGuideMarkProv = nb("* (stjerne): foreløpig tall. Skriv tallet i Verdi og * i Merknad.")
	WBGuideMarkZero = nb("Et ekte null skrives 0.")
	WBGuideFormats  = nb("Tall, datoer og perioder")
	WBGuideNumbers  = nb("Tall og beløp: 12500, 12 500 eller 12 500,50 (desimalkomma, mellomrom som tusenskille). Beløp er i kroner og kan ikke være negative.")
	WBGuideDates    = nb("Datoer: dd.mm.åååå, f.eks. 31.08.2025.")
	WBGuidePeriods  = nb("Perioder: 2025 er hele året, 2025H1 første halvår (1.1.–30.6.) og 2025H2 andre halvår (1.7.–31.12.). Kommunenummer har fire sifre, f.eks. 0301.")
	WBGuideErrTitle = nb("Når boso leser arbeidsboken")
	WBGuideErrors   = nb("boso melder alle feil på én gang, hver med ark og celle, f.eks. arbeidsbok.xlsx[Økonomi]!E14: «12 5OO» er ikke et beløp (ventet f.eks. 12 500 eller 12500,50). Rett feilene og kjør boso på nytt. Tomme celler er i orden, unntatt der det står at de må fylles ut.")
)

// Problems reading a filled workbook. Values are shown in «», as found.
var (
	WBErrOpen           = nb("kan ikke lese filen som Excel-arbeidsbok (.xlsx) (%v)")
	WBErrRead           = nb("feil under lesing av arket (%v)")
	WBErrNoSheet        = nb("fant ikke arket «%s» (arkene i arbeidsboken er %s); har det fått nytt navn? Gi det navnet «%s» igjen")
	WBErrNoHeader       = nb("fant ikke overskriftsraden (ventet en rad med %s); er den slettet?")
	WBErrHeaderRenamed  = nb("overskriften «%s» skulle vært «%s» (boso finner kolonnene ut fra overskriftene)")
	WBErrHeaderMissing  = nb("kolonnen «%s» mangler i overskriftsraden")
	WBErrNoLabel        = nb("fant ikke raden «%s» i kolonne A; er den slettet eller har den fått nytt navn?")
	WBErrRequired       = nb("«%s» må fylles ut")
	WBErrRowNeeds       = nb("«%s» må fylles ut når raden har innhold")
	WBErrNotAmount      = nb("«%s» er ikke et beløp (ventet f.eks. 12 500 eller 12500,50)")
	WBErrNegative       = nb("«%s» er et negativt beløp (ventet 0 eller mer)")
	WBErrNotYear        = nb("«%s» er ikke et årstall (ventet fire sifre, f.eks. 2025)")
	WBErrYearOutside    = nb("året %d er utenfor programperioden %d–%d")
	WBErrNotProgress    = nb("«%s» er ikke en framdrift i prosent (ventet et helt tall fra 0 til 100, f.eks. 30)")
	WBErrProgressRange  = nb("framdrift «%s» er utenfor 0–100 %%")
	WBErrNotStatus      = nb("«%s» er ikke en status (ventet n = nytt, v = videreført, g = gjennomført eller a = avviklet)")
	WBErrNotPeriod      = nb("«%s» er ikke en periode (ventet f.eks. 2025, 2025H1 eller 2025H2)")
	WBErrUnknownPeriod  = nb("perioden %s er ikke en av arbeidsbokens perioder (%s)")
	WBErrUnknownInd     = nb("ukjent indikator «%s» (ventet en av %s)")
	WBErrUnknownIndDYM  = nb("ukjent indikator «%s» (mente du «%s»?)")
	WBErrUnknownGoal    = nb("«%s» er ikke et av programmets hovedmål (%s)")
	WBErrUnknownKommune = nb("kommune %s er ikke med i programmet (%s)")
	WBErrNotFigure      = nb("«%s» er ikke et tall eller et av tegnene .. . : (ventet f.eks. 12 500 eller 12,5)")
	WBErrStarInValue    = nb("«%s»: foreløpige tall merkes med * i Merknad, ikke i Verdi")
	WBErrNotGroup       = nb("«%s» er ikke en gruppe (ventet Styringsgruppe eller Programgruppe)")
	WBErrNotDirection   = nb("«%s» er ikke en retning (ventet høyere eller lavere)")
	WBErrAmountNoAct    = nb("%s i %s har ingen aktivitet; skriv hvilken aktivitet beløpet gjelder")
	WBErrDupFigure      = nb("tallet for %s i %s for kommune %s står også i %s")
	WBErrDupTransfer    = nb("programåret %d står også i %s")
	WBErrDupTarget      = nb("målene for %s står også i %s")
	WBErrBaseNoPeriod   = nb("utgangspunktet har verdi, men mangler periode")
	WBErrBaseNoValue    = nb("utgangspunktet har periode, men mangler verdi")
	WBErrTargetHeader   = nb("«%s» er ikke en målkolonne (ventet «Mål» og en periode, f.eks. «Mål 2025»)")
	WBErrNotEmail       = nb("«%s» ser ikke ut som en e-postadresse")
	WBRangeOf           = nb("%s … %s")
)

// Problems with what the programme asks the template to hold.
var (
	WBInNoProgram     = nb("programmet har ikke noe navn")
	WBInNoKommune     = nb("programmet har ingen kommuner")
	WBInBadKommune    = nb("«%s» er ikke et kommunenummer (ventet fire sifre)")
	WBInBadYears      = nb("programperioden %d–%d er ikke en periode av hele år")
	WBInBadPeriod     = nb("rapporteringsperioden «%s» er ikke et år eller et halvår (ventet f.eks. 2025 eller 2025H1)")
	WBInPeriodOutside = nb("rapporteringsperioden %s er utenfor programperioden %d–%d")
	WBInDupIndicator  = nb("indikatoren «%s» står to ganger")
	WBInDupGoal       = nb("hovedmålet «%s» står to ganger")
)

// The report period a workbook is made for, the programme leader's
// summary, the kommune's assessment of each goal and the second group of
// deviations on Økonomi (Husbanken's grant), and the warning when a
// workbook is used for another period than it was made for.
var (
	WBProgPeriod  = nb("Rapporteringsperiode")
	WBHelpPeriod  = nb("Perioden arbeidsboken er laget for: et år (årsrapporten) eller et halvår (halvårsrapporten). Velg fra listen. boso varsler når rapporten gjelder en annen periode.")
	WBProgSummary = nb("Sammendrag")
	WBHelpSummary = nb("Noen setninger om perioden: hva som er oppnådd, hva som gikk annerledes enn planlagt, og hva som er viktigst framover. Sammendraget står først i rapporten.")

	WBColGrantDifference = nb("Tilskudd fra Husbanken: avvik (+/-)")
	WBColGrantFromTo     = nb("Tilskudd fra Husbanken: fra/til hvilken aktivitet (prosjekt)")
	WBColAssessment      = nb("Kommunens vurdering")

	WBDVReportPeriodError = nb("Velg perioden fra listen: et år (f.eks. 2025) eller et halvår (f.eks. 1. halvår 2025).")

	WBErrNotReportPeriod = nb("«%s» er ikke en rapporteringsperiode (ventet et år eller et halvår, f.eks. 2025 eller 1. halvår 2025)")
	WBErrPeriodYear      = nb("rapporteringsperioden %s hører ikke til rapporteringsåret %d")

	// WBWarnPeriod: made for, reported on, reported on (as chosen in the list).
	WBWarnPeriod = nb("arbeidsboken er laget for %s, men rapporten gjelder %s; aktiviteter, økonomi og mål hentes likevel fra den. Lag en arbeidsbok for perioden med «boso template», eller velg %s i «Rapporteringsperiode» hvis arbeidsboken er oppdatert")
	// WBWarnYear is WBWarnPeriod for a workbook without «Rapporteringsperiode».
	WBWarnYear = nb("arbeidsboken er fylt ut for rapporteringsår %d, men rapporten gjelder %s; aktiviteter, økonomi og mål hentes likevel fra den")
)

// WbSmallCount warns about free text naming a few households.
var WbSmallCount = nb("teksten nevner «%s»: rapporten publiseres med teksten slik den står, og et så lite antall kan peke ut husstandene. Skriv det uten tallet (for eksempel «noen få husstander»), eller lag en intern rapport")

// WbQuotesHidden warns about free text quoting a figure the report hides.
var WbQuotesHidden = nb("teksten nevner «%s», som er tallet for %s; rapporten skjuler det tallet, men teksten publiseres slik den står. Skriv det uten tallet, eller lag en intern rapport")

// Hostile workbooks: sizes beyond what a filled-in workbook needs.
var (
	WBErrTooLarge = nb("filen er større enn %d MB, og en utfylt arbeidsbok er langt mindre (er det riktig fil?)")
	WBErrOutside  = nb("cellen har innhold, men ligger utenfor området boso leser (A1:%s%d); flytt innholdet inn i tabellen eller slett det")
)

// WBWarnNoteNoValue is a Tall row with a note and no value.
var WBWarnNoteNoValue = nb("merknaden står på en rad uten verdi (%s er tom), og raden tas ikke med; skriv tallet i %[1]s, eller «..» hvis det ikke finnes")

// A negative target or baseline on Mål (issue 8).
var WBErrNegativeTarget = nb("«%s» er negativt; mål og utgangspunkt er antall, beløp eller andeler og kan ikke være under 0")
