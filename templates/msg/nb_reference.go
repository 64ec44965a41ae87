package msg

// Texts of the generated reference page (boso indicators --doc). The
// semantics section is the contract an independent implementation is
// written from: change it only together with the engine and its tests.
var (
	RefTitle = nb("# boso – referanse for indikatorer, kilder og programoppsett")
	RefIntro = nb(`Denne siden er laget av boso selv (` + "`boso indicators --doc`" + `) fra koden og fra indikatordefinisjonene, så den kan ikke komme ut av takt med programmet. Den beskriver hvordan hvert tall beregnes (kapittel 1), formatene for indikatorer, kilder og program (kapittel 2–4) og standardbiblioteket (kapittel 5–6).`)

	RefSemanticsTitle = nb("## 1. Slik beregnes tallene")
	RefSemantics      = nb(`### Perioder
- Periodene er år (` + "`2025`" + `), halvår (` + "`2025H1`" + `, ` + "`2025H2`" + `), tertial (` + "`2025T1`" + `–` + "`2025T3`" + `), kvartal (` + "`2025K1`" + `–` + "`2025K4`" + `, også skrevet ` + "`2025Q1`" + `), måned (` + "`2025M01`" + `–` + "`2025M12`" + `, også ` + "`2025-01`" + `) og programperiode av hele år (` + "`2016-2025`" + `).
- 1. halvår (` + "`H1`" + `) er 1. januar–30. juni og 2. halvår (` + "`H2`" + `) 1. juli–31. desember. 1. tertial er januar–april, 2. tertial mai–august, 3. tertial september–desember. 1. kvartal er januar–mars osv. I rapporter og meldinger heter periodene «1. halvår 2025», «2. tertial 2025», «3. kvartal 2025», «juli 2025» og «2016–2025»; kortformene over er det som skrives i YAML og på kommandolinjen.
- Begge endepunkter hører med til perioden: en dato d ligger i perioden når første dag ≤ d ≤ siste dag.
- Datoer er kalenderdatoer uten klokkeslett. Et klokkeslett i kilden (` + "`01.03.2024 12:30`" + `) ses bort fra.

### Hver kommune for seg
- Alle tall beregnes per kommune. Hver rad i en kilde hører til kommunen i kommunefeltet (eller den faste kommunen i kildebeskrivelsen), etter omnummerering (se ` + "`renumber`" + `).
- En nøkkel (f.eks. husstand) er unik bare innenfor en kommune: samme nøkkel i to kommuner er to forskjellige husstander og telles i begge.
- Kjøringen omfatter kommunene i programmet. Har programmet ingen kommuner, omfatter den alle kommunenummer som finnes i noen kilde, også i folketallstabellen og tabellen med registrerte tall. Hver kommune får tall for alle perioder. Rader fra andre kommuner enn de kjøringen omfatter, telles ikke.

### flow – hendelser i perioden
- En rad telles i perioden når datoen i feltet ` + "`date`" + ` ligger i perioden (begge ender med). Rader uten dato telles ikke (det er ingen feil: f.eks. en utkastelse som ikke er gjennomført).
- ` + "`measure: count`" + `: antall rader. ` + "`measure: sum`" + `: summen av beløpsfeltet ` + "`amount`" + ` for radene; rader uten beløp er ikke med. Summen regnes eksakt (ingen flyttall). ` + "`measure: count_distinct`" + `: antall forskjellige verdier av nøkkelfeltet ` + "`key`" + ` blant radene, per kommune; rader uten nøkkel er ikke med.
- Identiteter boso sjekker: for count og sum er året = 1. halvår + 2. halvår = summen av tertialene = summen av kvartalene = summen av månedene. For count_distinct gjelder største delperiode ≤ år ≤ summen av delperiodene.

### Filtre og inndelinger
- ` + "`filter`" + ` er et uttrykk i uttrykksspråket expr (https://expr-lang.org) over registerets felt. Datoer er datoer (sammenlign med ` + "`date(\"2020-01-01\")`" + `), tall og beløp er desimaltall, bool er true/false, og tekst, kategorikoder og kommunenummer er tekst. Et tomt felt har verdien nil: ` + "`nil == \"x\"`" + ` er usant. Kan filteret ikke beregnes for en rad (f.eks. ` + "`nil > 3`" + `), telles raden ikke, og boso gir en advarsel.
- ` + "`breakdown`" + ` gir, i tillegg til totalen, ett tall per verdi av feltet (inndeling ` + "`felt=verdi`" + `), beregnet på samme måte som totalen. Et tomt felt gir verdien ` + "`ukjent`" + `, og en sannhetsverdi gir ` + "`ja`" + ` eller ` + "`nei`" + `. En verdi som finnes i noen kommune eller periode, får tall for alle (0 der den ikke forekommer). For count_distinct og stock kan summen av inndelingene være større enn totalen når samme nøkkel har flere verdier.

### stock – bestand
Hver rad er en episode med startdato (` + "`from`" + `) og sluttdato (` + "`to`" + `). Tom sluttdato betyr at episoden pågår. En episode uten startdato telles ikke (ingen feil). En episode med sluttdato før startdato er en feil. Bestanden er antall forskjellige nøkler (` + "`key`" + `) per kommune blant episodene som telles; overlappende eller dobbelte episoder for samme nøkkel gir én.
- ` + "`stock_on: last_day`" + `: episoden telles når den er aktiv på periodens siste dag d: from ≤ d og (to er tom eller to ≥ d). Begge ender med: en episode som slutter på d eller starter på d, telles; en som sluttet dagen før, telles ikke. Året har samme tall som 2. halvår (samme dag).
- ` + "`stock_on: first_day`" + `: som over, men på periodens første dag.
- ` + "`stock_on: during`" + ` (KOSTRA: «i løpet av året»): episoden telles når den overlapper perioden: from ≤ siste dag og (to er tom eller to ≥ første dag). Største delperiode ≤ år ≤ summen av delperiodene.
- Minste varighet (` + "`min_duration: {more_than_days: N, counting: nights}`" + `): episoden må ha vart mer enn N dager, regnet som netter fra startdatoen (startdagen er dag 0), på en dag den telles. For last_day: from ≤ d − (N+1). For during: from ≤ min(to, siste dag) − (N+1). «Siste dag» er her den siste dagen episoden kan telle på: periodens siste dag, eller den siste dagen episodens egen kilde dekker om den er tidligere (se Dekning). Med ` + "`counting: days_inclusive`" + ` regnes både startdagen og dag d med, og kravet blir from ≤ d − N. Hver episode måles for seg; to episoder etter hverandre legges ikke sammen. Standardbiblioteket bruker mer enn 90 netter for «over 3 måneder».

### ratio – forholdstall
- Verdi = teller / nevner × factor (100 for prosent, 1000 for per 1000 innbyggere), regnet eksakt og avrundet til 4 desimaler, halvdelen bort fra null. Rapporter viser færre desimaler (` + "`decimals`" + `).
- Mangler teller eller nevner, mangler forholdstallet: ` + "`.`" + ` hvis et av dem er ` + "`.`" + `, ellers ` + "`..`" + `. Er teller eller nevner foreløpig (` + "`*`" + `), er forholdstallet også foreløpig. Er nevneren 0, er forholdstallet ` + "`.`" + ` (kan ikke beregnes).
- ` + "`denominator: innbyggere`" + ` bruker folketallet 1. januar i periodens år, det samme for begge halvår og året (for en programperiode: 1. januar i det siste året). Mangler folketallet, er tallet ` + "`..`" + `. ` + "`per_1000: true`" + ` på en indikator lager i tillegg indikatoren ` + "`<id>_per_1000`" + ` på denne måten.

### derived – formel
- En formel over andre indikatorer for samme kommune og periode (uttrykksspråket expr; tallene brukes som desimaltall). Mangler ett av tallene, mangler resultatet (` + "`..`" + `, eller ` + "`.`" + ` hvis et av dem ikke kunne beregnes). Resultatet avrundes til 4 desimaler, halvdelen bort fra null; deling på null gir ` + "`.`" + `. Er ett av tallene foreløpig (` + "`*`" + `), er resultatet også foreløpig.

### entered – registrerte tall
- Tall skrevet inn for hånd eller hentet fra en tabell (register ` + "`tall`" + `: kommune, periode, indikator, verdi og eventuelt merknad). Et tomt felt gir ` + "`..`" + `; et av SSBs tegn (` + "`..`" + `, ` + "`.`" + `, ` + "`:`" + `) i stedet for tallet beholdes; en merknad med ` + "`*`" + ` gjør tallet foreløpig. Alle registrerte tall får flagget REGISTRERT.
- En flow- eller stock-indikator hvis register ikke har noen kilde, får sine tall fra tabellen på samme måte. Har registeret en kilde, er et registrert tall for samme indikator, kommune og periode en feil.
- ` + "`behaves_as: flow`" + ` eller ` + "`stock`" + ` sier hvilke identiteter som gjelder; brudd gir en advarsel og flagget IDENTITET.

### Tegn for tall som mangler (SSB)
- ` + "`..`" + ` tall mangler: registeret dekker ikke perioden, folketallet mangler, et registrert tall er tomt eller ikke registrert.
- ` + "`.`" + ` kan ikke beregnes: forholdstall med nevner 0.
- ` + "`:`" + ` skjult av personvernhensyn (brukes i publiserte rapporter, ikke i tallene ` + "`compute`" + ` skriver).
- ` + "`*`" + ` foreløpig tall: perioden er ikke over på rapportdatoen (periodens siste dag er etter rapportdatoen; en periode som slutter på rapportdatoen, er over), tallet er merket foreløpig, eller det er beregnet av et foreløpig tall. Tallet vises likevel.
- En ekte null skrives ` + "`0`" + `. En telling over et register som dekker perioden, uten rader som passer, er 0. Et manglende tall er aldri 0.

### Dekning
- Hver kilde sier hvilke datoer registeret dekker (` + "`covers: {from, to}`" + ` eller ` + "`{from, exported}`" + `). En flow-periode eller en during-periode som ikke ligger helt innenfor, og en telledag (last_day/first_day) utenfor, gir ` + "`..`" + ` med flagget DEKNING. En kilde med fast kommune dekker bare den kommunen. Dekker to kilder for samme register de samme dagene for samme kommune, gir boso en advarsel: rader som står i begge, telles to ganger (forskjellige nøkler likevel én gang). Flere kilder for samme register legges sammen: en eksport fra et gammelt fagsystem til 30.06 og en fra et nytt fra 01.07 dekker til sammen året.
- En rad teller bare innenfor datoene dens egen kilde dekker: en hendelse med dato utenfor telles ikke, og en episode telles bare på dager kilden dekker (en episode som står åpen i en gammel eksport, teller ikke etter at eksporten slutter).

### Feil i rader
- Bare felt som en av de valgte indikatorene bruker, leses (med ` + "`select`" + ` i programmet: bare de valgte og det de bygger på).
- En verdi som ikke kan leses i et felt en indikator bruker (` + "`31.02.2024`" + `, ` + "`12,5,0`" + `), er en feil: ` + "`validate`" + ` lister alle, og ` + "`compute`" + ` stopper med kode 1 uten å skrive noe. Verdier i kolonner ingen indikator bruker, leses ikke.
- Er feltet merket ` + "`tolerant: true`" + ` i kilden, utelates raden fra indikatorene som bruker feltet, og tallene får flagget UTELATT med antallet.
- Rader som utelates på grunn av innholdet (utenfor perioden, filteret er usant, samme nøkkel er allerede telt, en Sum-/Totalt-rad nederst), er aldri feil. Sum-rader gir flagget SUMRAD.
- ` + "`boso explain`" + ` viser for ett tall hver rad i kommunen, telt eller utelatt og hvorfor.

### Kvalitetsflagg
REGISTRERT (registrert for hånd), UTELATT (rader utelatt fordi en verdi ikke kunne leses), SUMRAD (summeringsrader hoppet over), IDENTITET (en identitet over er brutt), HOPP (endring fra forrige periode av samme type – for 1. halvår og 1. kvartal siste del av året før – på mer enn ` + "`jump_warning_percent`" + ` prosent av forrige verdi, standard 50; for enhetene antall og NOK må endringen også være minst 5; er forrige verdi 0 eller mangler den, gis ikke flagget; inndelinger og programperioden sjekkes ikke), REGEL (en valideringsregel er brutt), DEKNING (registeret dekker ikke perioden).

Et flagg viser til tallene det gjelder: HOPP til tallet for perioden før, IDENTITET til delperiodene, REGEL til de andre tallene i regelen. Tallene ` + "`compute`" + ` skriver, har flaggene med kode og tekst i kolonnen ` + "`kvalitet`" + `, og i ` + "`forklaringskode`" + ` hvorfor et tall mangler eller er foreløpig: INGEN_KILDE (ingen kilde og ingen registrerte tall), IKKE_DEKKET (registeret dekker ikke perioden), MANGLER_GRUNNLAG (et tall det beregnes fra, mangler), NEVNER_NULL (nevneren er 0), MANGLER_FOLKETALL, IKKE_REGISTRERT, IKKE_FYLT_UT, REGISTRERT_TEGN (et av SSBs tegn er registrert), IKKE_OVER (perioden er ikke over på rapportdatoen), MERKET_FORELOPIG (registrert med ` + "`*`" + `), GRUNNLAG_FORELOPIG (et tall det beregnes fra, er foreløpig), FORMEL (formelen kunne ikke beregnes), FOR_STOR (resultatet er for stort til å regnes eksakt).

### Kommunenummer
- Kommunenummer har fire sifre; ` + "`301`" + ` leses som ` + "`0301`" + `. ` + "`renumber`" + ` i programmet fører gamle nummer over til nye (kommunereformene 2018, 2020 og 2024). Et gammelt nummer som er delt på flere nye, kan ikke fordeles: radene gir en feil.`)

	RefDefinitionTitle = nb("## 2. Indikatordefinisjoner (YAML)")
	RefDefinitionIntro = nb("En definisjonsfil har listene `goals`, `indicators` og `rules`. Ukjente felt er feil. Feltene er:")
	RefMappingTitle    = nb("## 3. Kildebeskrivelser (YAML)")
	RefMappingIntro    = nb("En kildebeskrivelse sier hvordan én eksportfil (CSV eller XLSX) leses inn i ett register: hvilken kolonne som fyller hvilket felt, og hvordan verdiene skal leses.")
	RefMappingReading  = nb(`Slik leses filene:
- CSV: tegnsett UTF-8 (med eller uten BOM) eller Windows-1252 (oppdages av seg selv; kan settes med ` + "`encoding`" + `), eller UTF-16 (med BOM, eller med ` + "`encoding: utf-16le`" + ` / ` + "`utf-16be`" + `), skilletegn ` + "`;`" + `, ` + "`,`" + ` eller tabulator (oppdages), CRLF eller LF, felt i anførselstegn. Tittellinjer og tomme linjer over overskriftsraden hoppes over: overskriftsraden er den første av de 50 første radene som har alle kolonnene kilden bruker (uten hensyn til store og små bokstaver og mellomrom foran og bak).
- XLSX: arket i ` + "`sheet`" + ` (eller det første), lest rad for rad. Datoer formatert som tall leses som datoer.
- En rad der første utfylte celle er Sum, Summer, Totalt, Total eller I alt, er en summeringsrad og hoppes over (flagget SUMRAD). Tomme rader hoppes over.
- Tall: desimalkomma, tusenskille mellomrom, hardt mellomrom eller punktum, med eller uten ` + "`,00`" + `, ` + "`,-`" + ` og ` + "`kr`" + `/` + "`NOK`" + `; minus som - eller −. Med ` + "`decimal: \".\"`" + ` er punktum desimaltegn og komma tusenskille. Høyst 4 desimaler (flere nuller til slutt er lov). I XLSX leses celler som er tall, som tall uansett ` + "`decimal`" + `.
- Datoer: ` + "`dd.mm.åååå`" + ` (også d.m.åååå), ` + "`åååå-mm-dd`" + ` og Excel-serienummer (1900-systemet), også som tekst i CSV. Med ` + "`formats`" + ` kan listen begrenses eller utvides; navnene er ` + "`dd.mm.yyyy`" + ` (også ` + "`dd.mm.åååå`" + `), ` + "`yyyy-mm-dd`" + `, ` + "`dd.mm.yy`" + ` (år 2000–2099), ` + "`dd/mm/yyyy`" + ` og ` + "`excel`" + `.
- Sannhetsverdier: ja, j, 1, x, true, yes, y, sann er sant; nei, n, 0, false, no, usann er usant (eller listene i ` + "`true`" + ` og ` + "`false`" + `).
- Tomme celler er tomme verdier (ikke 0), også i kategorifelt med ` + "`values`" + `; en utfylt verdi som ikke står i ` + "`values`" + `, er en feil.`)
	RefProgramTitle    = nb("## 4. Programoppsett (YAML)")
	RefRegistersTitle  = nb("## 5. Registrene standardbiblioteket bruker")
	RefRegistersIntro  = nb("En kilde med `register: NAVN` fyller registeret. Tabellen viser feltene indikatorene leser og hvilke typer de kan ha. Felt brukt i filtre må ha typen filteret sammenligner med.")
	RefIndicatorsTitle = nb("## 6. Indikatorene")
	RefRulesTitle      = nb("### Valideringsregler")
	RefGoalsTitle      = nb("### Mål")
	RefColField        = nb("felt")
	RefColRequired     = nb("påkrevd")
	RefColType         = nb("type")
	RefColDescription  = nb("beskrivelse")
	RefColUsedBy       = nb("brukt av")
	RefYes             = nb("ja")
	RefTypeText        = nb("tekst")
	RefTypeNumber      = nb("tall")
	RefTypeInt         = nb("heltall")
	RefTypeBool        = nb("true/false")
	RefTypeList        = nb("liste av %s")
	RefTypeMap         = nb("tabell %s → %s")
	RefTypeOneOf       = nb("en av: %s")
	RefTypeDate        = nb("dato åååå-mm-dd")
	RefTypePeriod      = nb("periode")
	RefTypeExpr        = nb("uttrykk")
	RefTypeObject      = nb("tabell (se %s)")
	RefIndKind         = nb("Beregning")
	RefIndUnit         = nb("Enhet")
	RefIndSource       = nb("Kilde")
	RefIndGoal         = nb("Mål")
	RefIndRegister     = nb("Register")
	RefIndFilter       = nb("Filter")
	RefIndDirection    = nb("Retning")
	RefIndBreakdown    = nb("Inndeling")
	RefHigher          = nb("høyere er bedre")
	RefLower           = nb("lavere er bedre")
	RefFlowDesc        = nb("flow: %s der %s ligger i perioden")
	RefMeasureCount    = nb("antall rader")
	RefMeasureDistinct = nb("antall forskjellige %s")
	RefMeasureSum      = nb("summen av %s")
	RefStockLastDesc   = nb("stock: forskjellige %s med en episode (%s–%s) aktiv på periodens siste dag")
	RefStockFirstDesc  = nb("stock: forskjellige %s med en episode (%s–%s) aktiv på periodens første dag")
	RefStockDuringDesc = nb("stock: forskjellige %s med en episode (%s–%s) som overlapper perioden")
	RefMinDurationDesc = nb("; episoden må ha vart mer enn %d dager (%s)")
	RefCountingNights  = nb("regnet som netter fra startdatoen")
	RefCountingIncl    = nb("regnet med både første og siste dag")
	RefRatioDesc       = nb("ratio: %s / %s × %s")
	RefDerivedDesc     = nb("derived: %s")
	RefEnteredDesc     = nb("entered: registreres for hånd eller hentes fra tabellen `tall`")
	RefReservedInnb    = nb("Folketall 1. januar: feltene kommune (kommune), aar (number) og innbyggere (number).")
	RefReservedTall    = nb("Registrerte tall: feltene kommune (kommune), periode (period), indikator (text), verdi (number) og eventuelt merknad (text).")
	RefFieldTypesTitle = nb("Felttyper:")
	RefFieldTypesList  = nb("`text` (tekst), `category` (kategori, eventuelt oversatt med `values`), `date` (dato), `number` (tall), `amount` (beløp), `bool` (sann/usann), `kommune` (kommunenummer), `period` (periode-id).")
	RefRoleFilter      = nb("filter")
	RefCodes           = nb("kode «%s»")
)

// FieldDocs describes every field of the YAML formats, keyed "struct.field".
// A test checks that every field has a description.
var FieldDocs = map[string]Text{
	"File.goals":                     nb("programmets mål som indikatorene hører til"),
	"File.indicators":                nb("indikatorene"),
	"File.rules":                     nb("valideringsregler mellom tall for samme kommune og periode"),
	"File.charts":                    nb("figurene i rapportens kapittel om indikatorer"),
	"File.breakdowns":                nb("navnene leserne ser på fordelingsfeltene og kodene deres (f.eks. målgruppe)"),
	"Breakdown.field":                nb("feltet indikatorene fordeler på (som i breakdown)"),
	"Breakdown.name":                 nb("feltets navn i rapporten, f.eks. Målgruppe"),
	"Breakdown.values":               nb("kodene med navn, i den rekkefølgen rapporten viser dem"),
	"Breakdown.description":          nb("hva inndelingen er, for leserne; står under rapportens første tabell etter den"),
	"Label.code":                     nb("koden kildebeskrivelsene gir feltet"),
	"Label.name":                     nb("kodens navn i rapporten"),
	"Chart.id":                       nb("kort id (a–z, 0–9, _)"),
	"Chart.title":                    nb("figurens tittel"),
	"Chart.kind":                     nb("line (linjer) eller bar (søyler)"),
	"Chart.indicators":               nb("indikatorene figuren viser, som serier"),
	"Chart.y_axis":                   nb("teksten på y-aksen, f.eks. antall husstander"),
	"Indicator.report":               nb("false holder en hjelpeindikator (nevner, del av en formel) utenfor rapportens indikatorkapittel"),
	"Goal.id":                        nb("kort id (a–z, 0–9, _)"),
	"Goal.name":                      nb("målet slik det skrives i rapporten"),
	"Goal.description":               nb("forklaring og kilde"),
	"Indicator.id":                   nb("kort id: små bokstaver a–z, sifre og _, begynner med en bokstav"),
	"Indicator.name":                 nb("navnet i rapporter og tabeller"),
	"Indicator.definition":           nb("definisjonen i ord, slik den står i rapportens vedlegg"),
	"Indicator.source":               nb("kilde eller referanse for definisjonen; si fra når en avgrensning er eget valg"),
	"Indicator.unit":                 nb("enhet"),
	"Indicator.kind":                 nb("hvordan tallet beregnes (se kapittel 1)"),
	"Indicator.goal":                 nb("id for målet indikatoren hører til"),
	"Indicator.register":             nb("registeret radene leses fra (flow og stock)"),
	"Indicator.date":                 nb("datofeltet som plasserer raden i en periode (flow)"),
	"Indicator.from":                 nb("startdatoen for episoden (stock)"),
	"Indicator.to":                   nb("sluttdatoen for episoden; tom betyr pågående (stock)"),
	"Indicator.stock_on":             nb("når en episode telles (stock)"),
	"Indicator.min_duration":         nb("minste varighet for en episode (stock)"),
	"Indicator.measure":              nb("hva som telles (flow)"),
	"Indicator.key":                  nb("nøkkelfeltet for forskjellige husstander/saker (count_distinct og stock)"),
	"Indicator.amount":               nb("beløpsfeltet som summeres (measure: sum)"),
	"Indicator.filter":               nb("uttrykk som må være sant for at raden skal telles, f.eks. vedtak == \"innvilget\""),
	"Indicator.breakdown":            nb("felt tallene også deles opp etter, f.eks. malgruppe"),
	"Indicator.numerator":            nb("indikatoren i telleren (ratio)"),
	"Indicator.denominator":          nb("indikatoren i nevneren, eller innbyggere for folketallet 1. januar (ratio)"),
	"Indicator.factor":               nb("faktoren: 100 for prosent, 1000 for per 1000 (ratio)"),
	"Indicator.formula":              nb("formel over andre indikatorer (derived)"),
	"Indicator.behaves_as":           nb("hvilke identiteter registrerte tall skal sjekkes mot (entered)"),
	"Indicator.direction":            nb("om høyere eller lavere er bedre"),
	"Indicator.decimals":             nb("antall desimaler i rapporter"),
	"Indicator.per_1000":             nb("lag også <id>_per_1000 (per 1000 innbyggere)"),
	"Indicator.baseline":             nb("utgangspunkt (periode og verdi); kan overstyres i programmet"),
	"Indicator.targets":              nb("mål per periode; kan overstyres i programmet"),
	"Indicator.jump_warning_percent": nb("endring fra forrige periode som gir flagget HOPP (standard 50)"),
	"Duration.more_than_days":        nb("antall dager episoden må ha vart mer enn"),
	"Duration.counting":              nb("hvordan dagene telles: nights (startdagen er dag 0) eller days_inclusive"),
	"Baseline.period":                nb("perioden utgangspunktet gjelder"),
	"Baseline.value":                 nb("verdien (desimalpunktum)"),
	"Rule.id":                        nb("kort id"),
	"Rule.text":                      nb("regelen i ord, slik den vises når den brytes"),
	"Rule.assert":                    nb("uttrykk over indikator-id-er som skal være sant"),
	"Mapping.id":                     nb("kort id for kilden"),
	"Mapping.register":               nb("registeret kilden fyller (innbyggere og tall er reservert)"),
	"Mapping.file":                   nb("eksportfilen, relativt til kildebeskrivelsen (.csv, .txt, .tsv eller .xlsx)"),
	"Mapping.sheet":                  nb("arket i en .xlsx-fil (standard: det første)"),
	"Mapping.encoding":               nb("auto, utf-8, windows-1252, utf-16le eller utf-16be (standard auto; UTF-16 med BOM-merke oppdages av seg selv)"),
	"Mapping.delimiter":              nb("auto, ;, , eller tab (standard auto)"),
	"Mapping.decimal":                nb("desimaltegnet: , (standard) eller ."),
	"Mapping.kommune":                nb("fast kommunenummer når filen ikke har kommunekolonne"),
	"Mapping.covers":                 nb("datoene registeret dekker; påkrevd for vanlige registre"),
	"Mapping.fields":                 nb("feltene: kanonisk feltnavn → kolonne og type; kommune er påkrevd uten fast kommune; påkrevd uten format"),
	"Mapping.where":                  nb("uttrykk over feltene som velger radene som hører til registeret (én eksport fordelt på flere registre); tomt tar med alle"),
	"Covers.from":                    nb("første dag registeret dekker"),
	"Covers.to":                      nb("siste dag registeret dekker"),
	"Covers.exported":                nb("uttrekksdatoen; dekker til og med denne dagen"),
	"FieldMap.column":                nb("kolonneoverskriften i filen (eller expr)"),
	"FieldMap.expr":                  nb("regner ut feltet fra andre felt på raden i stedet for å lese en kolonne, f.eks. antall_barn > 0 (bool, number, amount)"),
	"FieldMap.when":                  nb("leser kolonnen bare på rader der uttrykket er sant, ellers er feltet tomt (f.eks. type == \"gjennomfort\")"),
	"FieldMap.type":                  nb("felttypen"),
	"FieldMap.formats":               nb("tillatte datoformater (date)"),
	"FieldMap.values":                nb("oversettelse fra verdier i filen til koder (category); andre verdier er feil"),
	"FieldMap.codes":                 nb("kodene feltet kan ha når filen allerede har kodene (category uten values); andre verdier er feil"),
	"FieldMap.true":                  nb("verdier som betyr sant (bool)"),
	"FieldMap.false":                 nb("verdier som betyr usant (bool)"),
	"FieldMap.max":                   nb("største verdi én rad kan ha (number, amount), f.eks. 20000000 for et startlån; en større verdi er en feil i raden. Uten max avvises bare beløp på 10 milliarder kr eller mer"),
	"FieldMap.tolerant":              nb("uleselige verdier utelater raden med et flagg i stedet for å gi feil"),
	"FieldMap.sensitive":             nb("verdien kan identifisere en person og vises aldri (explain skjuler den)"),
	"Program.name":                   nb("programmets navn"),
	"Program.example":                nb("true for eksempeldata: alle utdata merkes «Eksempel – fiktive tall»"),
	"Program.kommuner":               nb("kommunene i programmet"),
	"Program.period":                 nb("programperioden, hele år, f.eks. 2016-2025"),
	"Program.period_types":           nb("periodetypene som beregnes (standard program, år, halvår)"),
	"Program.standard_library":       nb("bruk standardbiblioteket (standard true)"),
	"Program.indicators":             nb("egne definisjonsfiler (mønstre som kilder/*.yaml er lov)"),
	"Program.select":                 nb("bare disse indikatorene (og det de bygger på); standard alle"),
	"Program.sources":                nb("kildebeskrivelsene (mønstre er lov)"),
	"Program.renumber":               nb("gamle kommunenummer → nye, f.eks. \"0403\": [\"3403\"]"),
	"Program.targets":                nb("utgangspunkt og mål per indikator"),
	"Program.goals":                  nb("programmets hovedmål, slik aktivitetsplanen grupperes (standard: målene i definisjonene)"),
	"Program.workbook":               nb("den utfylte arbeidsboken rapporten bygger på (relativt til programfilen)"),
	"Kommune.number":                 nb("kommunenummer, fire sifre"),
	"Kommune.name":                   nb("kommunens navn"),
	"Target.indicator":               nb("indikatorens id"),
	"Target.kommune":                 nb("kommunen målet gjelder (standard alle)"),
	"Target.direction":               nb("om høyere eller lavere er bedre"),
	"Target.baseline":                nb("utgangspunkt"),
	"Target.targets":                 nb("mål per periode, f.eks. 2025: 20"),
}

// Texts for readers of the report (programme leaders, steering groups,
// Husbanken advisers): how a figure is counted, made from the definition's
// typed fields by reference.ForReaders for the definitions appendix. They
// name no fields, kinds or formulas; the reference page above is the
// precise contract.
var (
	RefIndReaders = nb("Forklaring i rapporten")

	ReadFlowCount    = nb("Antall saker med %s i perioden, første og siste dag medregnet. Et år er summen av de to halvårene.")
	ReadFlowDistinct = nb("Antall %[2]s med %[1]s i perioden, første og siste dag medregnet. Hver %[3]s telles én gang per periode, selv om den har flere saker, så et år kan være mindre enn summen av de to halvårene.")
	ReadFlowSumNOK   = nb("Summen i kroner for saker med %s i perioden, første og siste dag medregnet. Et år er summen av de to halvårene.")
	ReadFlowSum      = nb("Summen for saker med %s i perioden, første og siste dag medregnet. Et år er summen av de to halvårene.")
	ReadStockLast    = nb("Antall %[1]s som definisjonen gjelder for på periodens siste dag (30. juni for 1. halvår, 31. desember for et helt år). Hver %[2]s telles én gang.")
	ReadStockFirst   = nb("Antall %[1]s som definisjonen gjelder for på periodens første dag (1. januar for et helt år og for 1. halvår, 1. juli for 2. halvår). Hver %[2]s telles én gang.")
	ReadStockDuring  = nb("Antall %[1]s som definisjonen har gjeldt for minst én dag i perioden. Hver %[2]s telles én gang, så et år kan være mindre enn summen av de to halvårene.")
	ReadMinDuration  = nb("Bare %[1]s som %[2]s har vært i situasjonen sammenhengende i mer enn %[3]s, telles; to opphold etter hverandre legges ikke sammen.")
	ReadOnTheDay     = nb("på den dagen")
	ReadOnADay       = nb("på en dag i perioden")
	ReadNights       = nbN("%d natt (første dag er natt 0)", "%d netter (første dag er natt 0)")
	ReadDaysIncl     = nbN("%d dag (første og siste dag medregnet)", "%d dager (første og siste dag medregnet)")

	ReadPercentOf     = nb("%[1]s i prosent av %[2]s i samme periode. Er %[2]s 0, kan andelen ikke beregnes (.).")
	ReadPer1000       = nb("%s per 1000 innbyggere: tallet delt på folketallet i kommunen 1. januar samme år, ganger 1000. Begge halvår og året bruker samme folketall.")
	ReadPerPopulation = nb("%s delt på folketallet i kommunen 1. januar samme år, ganger %s.")
	ReadRatio         = nb("%[1]s delt på %[2]s i samme periode. Er %[2]s 0, kan tallet ikke beregnes (.).")
	ReadRatioFactor   = nb("%[1]s delt på %[2]s i samme periode, ganger %[3]s. Er %[2]s 0, kan tallet ikke beregnes (.).")
	ReadFormula       = nb("Regnes ut som %s for samme periode. Mangler et av tallene, mangler også dette (..).")
	ReadFormulaFrom   = nb("Regnes ut fra %s for samme periode. Mangler et av tallene, mangler også dette (..).")
	ReadPlus          = nb("pluss")
	ReadMinus         = nb("minus")
	ReadTimes         = nb("ganger")
	ReadDividedBy     = nb("delt på")
	ReadAnd           = nb("og")
	ReadAlsoPer1000   = nb("Per 1000 innbyggere: delt på folketallet i kommunen 1. januar samme år, ganger 1000.")

	ReadEntered      = nb("Tallet føres inn av kommunen (på arket «%s» i arbeidsboken eller fra en tabell, for eksempel fra SSB eller Husbanken); det beregnes ikke fra enkeltsaker.")
	ReadEnteredStock = nb("Et år har samme tall som 2. halvår, ikke summen av halvårene.")
	ReadEnteredFlow  = nb("Et år er summen av de to halvårene.")

	// ReadDayInReport names the day a stock is taken on in this report.
	ReadDayInReport = nb("Tallet for %s gjelder %s.")
	// ReadDay writes a date in words: «30. juni 2025».
	ReadDay = nb("%d. %s %d")
	// ReadInputDefinition is the definition of a figure a share or a
	// formula is made from when the report does not show it itself.
	ReadInputDefinition = nb("«%s»: %s")
	// ReadDefault* are used when a definition names a field the catalogue
	// has no words for.
	ReadDefaultDate = nb("dato")
	ReadDefaultKey  = [2]Text{nb("sak"), nb("saker")}
)

// ReadDateWords name the date fields of the standard library's registers
// for readers, as in «saker med vedtaksdato i perioden».
var ReadDateWords = map[string]Text{
	"vedtaksdato": nb("vedtaksdato"),
	"mottatt":     nb("mottaksdato"),
	"begjaert":    nb("dato for begjæringen"),
	"gjennomfort": nb("dato for gjennomføringen"),
	"tildelt":     nb("tildelingsdato"),
	"overtatt":    nb("dato for overtakelse av den eide boligen"),
}

// ReadKeyNouns name what a key counts, singular and plural; all of common
// gender, so «hver husstand», «hver sak».
var ReadKeyNouns = map[string][2]Text{
	"husstand": {nb("husstand"), nb("husstander")},
	"person":   {nb("person"), nb("personer")},
	"sak":      {nb("sak"), nb("saker")},
	"soknad":   {nb("søknad"), nb("søknader")},
	"bolig":    {nb("bolig"), nb("boliger")},
}

// Category codes in the reference page.
var (
	RefMappingCodes = nb("Kodene et kategorifelt kan få, er kodene i `values`, eller listen i `codes` når filen allerede har kodene. `boso validate` sammenligner dem med filtrene (`==`, `!=`, `in`, `not in`) og inndelingene i indikatorene på registeret, begge veier: en kode et filter ser etter som kilden aldri gir, er en feil (tallet ville blitt 0 uansett data); en kode kilden gir som ingen indikator teller, er en advarsel (en feil når den er én skrivefeil unna en kode standardbiblioteket trenger). Et kategorifelt uten `values` og `codes` sendes videre som det står; da sier `boso compute` fra om en kode et filter ser etter, ikke finnes i noen rad, og det samme gjelder koder fra `values` og `codes`.")
)

// The reference page's part on export shapes: one export routed to
// several registers, an event type column, and a derived field. The YAML
// in it is run by a test (cmd/boso shapes_test.go) on the shipped
// example's registers written in these shapes.
var (
	RefShapesTitle = nb("### Eksporter i andre former")
	RefShapesIntro = nb("Fagsystemene lager ofte én fil der standardbiblioteket venter flere registre, eller én datokolonne med en typekolonne ved siden av. Da trenger du ikke kopiere definisjonene; kildebeskrivelsen former fila:\n\n" +
		"- `where` velger radene som hører til registeret. Flere kildebeskrivelser kan lese samme fil, hver med sin `where`, og fylle hvert sitt register.\n" +
		"- `when` på et felt leser kolonnen bare på rader der uttrykket er sant; ellers er feltet tomt.\n" +
		"- `expr` regner ut et felt (bool, number eller amount) fra andre felt på raden i stedet for å lese en kolonne.\n\n" +
		"Uttrykkene skrives som filtre og kan bruke feltene i samme kildebeskrivelse som leses rett fra en kolonne (uten `when`). Radene `where` holder utenfor, leses ikke videre: en ukjent verdi i en kolonne bare de andre registrene bruker, er ingen feil her.")
	RefShapeSituationTitle = nb("**Én kartlegging med alle boligsituasjoner.** Kolonnen «Situasjon» har både bostedsløs, i fare for å miste boligen, uegnet bolig og midlertidig botilbud, og «Antall barn» står som tall. To kildebeskrivelser leser fila: én fyller `boligsituasjon`, én fyller `midlertidig`.")
	RefShapeSituation      = nb(`# kilder/kartlegging.yaml
id: kartlegging
register: boligsituasjon
file: ../data/kartlegging.csv
where: situasjon != "midlertidig"
covers: {from: 2016-01-01, exported: 2025-08-15}
fields:
  kommune: {column: Kommunenr, type: kommune}
  husstand: {column: Husstand, type: text, sensitive: true}
  situasjon:
    column: Situasjon
    type: category
    values:
      Bostedsløs: bostedslos
      Uten egen bolig: bostedslos
      I fare for å miste boligen: fare_miste_bolig
      Uegnet bolig/bomiljø: uegnet_bolig
      Midlertidig botilbud: midlertidig
  fra: {column: Fra dato, type: date, formats: [dd.mm.yyyy]}
  til: {column: Til dato, type: date, formats: [dd.mm.yyyy]}
  antall_barn: {column: Antall barn, type: number}
  barn_under_18: {type: bool, expr: antall_barn > 0}
  malgruppe:
    column: Målgruppe
    type: category
    values:
      Rus/psykisk helse: rus_psykisk_helse
      Unge (16–24 år): unge
      Flyktning: flyktninger
      Barnefamilie: barnefamilier
      Øvrige: ovrige`)
	RefShapeTemporary = nb(`# kilder/kartlegging_midlertidig.yaml
id: kartlegging_midlertidig
register: midlertidig
file: ../data/kartlegging.csv
where: situasjon == "midlertidig"
covers: {from: 2016-01-01, exported: 2025-08-15}
fields:
  kommune: {column: Kommunenr, type: kommune}
  husstand: {column: Husstand, type: text, sensitive: true}
  situasjon:
    column: Situasjon
    type: category
    values:
      Bostedsløs: bostedslos
      Uten egen bolig: bostedslos
      I fare for å miste boligen: fare_miste_bolig
      Uegnet bolig/bomiljø: uegnet_bolig
      Midlertidig botilbud: midlertidig
  innflyttet: {column: Fra dato, type: date, formats: [dd.mm.yyyy]}
  utflyttet: {column: Til dato, type: date, formats: [dd.mm.yyyy]}
  malgruppe:
    column: Målgruppe
    type: category
    values:
      Rus/psykisk helse: rus_psykisk_helse
      Unge (16–24 år): unge
      Flyktning: flyktninger
      Barnefamilie: barnefamilier
      Øvrige: ovrige`)
	RefShapeEvictionsTitle = nb("**Utkastelser som hendelser.** Hver rad er én hendelse i en sak: «Type» er Begjæring eller Gjennomført, og «Dato» er datoen for hendelsen. `when` legger datoen i riktig felt.")
	RefShapeEvictions      = nb(`# kilder/utkastelser.yaml
id: utkastelser
register: utkastelser
file: ../data/utkastelser_hendelser.csv
covers: {from: 2016-01-01, exported: 2025-08-15}
fields:
  kommune: {column: Kommunenr, type: kommune}
  type:
    column: Type
    type: category
    values: {Begjæring: begjaering, Gjennomført: gjennomfort}
  begjaert: {column: Dato, type: date, formats: [yyyy-mm-dd], when: type == "begjaering"}
  gjennomfort: {column: Dato, type: date, formats: [yyyy-mm-dd], when: type == "gjennomfort"}`)
)

// Texts of the reference page's list of problem codes and JSON output.
var (
	RefCodesTitle = nb("## Problemkoder")
	RefCodesIntro = nb("Hvert problem boso melder, har en fast kode i hakeparentes bak meldingen, f.eks. `[BOSO-R001]`. Koder som begynner med W, og problemer merket «advarsel», stanser ikke kjøringen; de andre gir avslutningskode 1, og ingenting skrives.")
	RefCodesCols  = nb("| kode | betyr | eksempel |\n|---|---|---|")
	RefJSONTitle  = nb("## Problemene som JSON")
	RefJSON       = nb("`boso validate --format json` skriver problemene som ett JSON-objekt til standard ut, for skript. Feltnavnene er engelske og faste:\n\n" +
		"- `problems`: liste, sortert som i tekstformatet; hvert problem har\n" +
		"  - `code`: koden, f.eks. `BOSO-R001`\n" +
		"  - `severity`: `error` eller `warning`\n" +
		"  - `file`: filen slik brukeren oppga den (utelatt når problemet ikke gjelder én fil)\n" +
		"  - `line`, `column`: linjen (YAML og CSV: fysisk linje) og kolonnen (YAML: tegnet på linjen; CSV og Excel: kolonnens nummer), utelatt når de ikke gjelder\n" +
		"  - `header`: kolonneoverskriften i en CSV-fil\n" +
		"  - `sheet`, `row`, `cell`: arket, raden og cellen (f.eks. `C12`) i en Excel-fil\n" +
		"  - `position`: posisjonen slik tekstformatet skriver den (f.eks. `kilder/utk.csv:4:Beløp`)\n" +
		"  - `message`: meldingen på norsk\n" +
		"- `errors`, `warnings`: antall\n" +
		"- `failure`: bare når boso ikke kunne kjøre til slutt: `exit_code` (2, eller 3 for en feil i boso selv) og `message`, meldingen på norsk; `problems` er da de som ble funnet før det\n\n" +
		"Avslutningskoden er den samme som i tekstformatet: 0 uten feil, 1 med feil, 2 når boso ikke kunne kjøre, 3 ved en feil i boso selv (da skrives meldingen også som tekst til standard feil).\n\n" +
		"```json\n{\n  \"problems\": [\n    {\n      \"code\": \"BOSO-R001\",\n      \"severity\": \"error\",\n      \"file\": \"kilder/utk.csv\",\n      \"line\": 2,\n      \"column\": 2,\n      \"header\": \"Gjennomført\",\n      \"position\": \"kilder/utk.csv:2:Gjennomført\",\n      \"message\": \"datoen «31.02.2024» finnes ikke (februar 2024 har 29 dager) (kolonne «Gjennomført», felt gjennomfort)\"\n    }\n  ],\n  \"errors\": 1,\n  \"warnings\": 0\n}\n```")
)

// The figure export's columns and reading it back (format: boso-tall).
var (
	RefExportTitle = nb("### Tallene boso compute skriver (tall.csv, tall.xlsx)")
	RefExport      = nb(`Én rad per kommune, periode, indikator og inndeling. Kolonnene står i denne rekkefølgen; nye kolonner kommer bare til på slutten:

1. ` + "`kommunenummer`" + ` – fire sifre.
2. ` + "`kommune`" + ` – navnet i programmet.
3. ` + "`periode`" + ` – kortformen: ` + "`2025`" + `, ` + "`2025H1`" + `, ` + "`2016-2025`" + `.
4. ` + "`indikator`" + ` – indikatorens id.
5. ` + "`inndeling`" + ` – tom for hele kommunen, ellers én gruppe: ` + "`felt=verdi`" + ` (f.eks. ` + "`malgruppe=unge`" + `).
6. ` + "`verdi`" + ` – tallet, maskinlesbart (desimalpunktum, ingen tusenskille, minus som -); tom når tallet mangler.
7. ` + "`merknad`" + ` – SSBs tegn: ` + "`..`" + `, ` + "`.`" + `, ` + "`:`" + `, ` + "`*`" + ` eller tom.
8. ` + "`forklaring`" + ` – hvorfor tallet har merknaden, i ord.
9. ` + "`kvalitet`" + ` – kvalitetsflaggene som ` + "`KODE: tekst`" + `, skilt med ` + "`|`" + `.
10. ` + "`datagrunnlag`" + ` – «Eksempel – fiktive tall» for eksempeldata.
11. ` + "`forklaringskode`" + ` – koden for forklaringen (se Kvalitetsflagg).
12. ` + "`teller`" + ` og 13. ` + "`nevner`" + ` – for et forholdstall den eksakte telleren og nevneren (for per 1000 innbyggere er nevneren folketallet), også når nevneren er 0 og tallet er ` + "`.`" + `; tomme ellers.
14. ` + "`rader`" + ` – for et beløp (` + "`measure: sum`" + `): hvor mange rader beløpet er summen av.
15. ` + "`beregning`" + ` – hvordan indikatoren beregnes: ` + "`flow_count`" + `, ` + "`flow_sum`" + `, ` + "`flow_count_distinct`" + `, ` + "`stock_last_day`" + `, ` + "`stock_first_day`" + `, ` + "`stock_during`" + `, ` + "`ratio`" + `, ` + "`derived`" + `, ` + "`entered`" + `, ` + "`entered_flow`" + ` eller ` + "`entered_stock`" + `.

En tekstcelle som begynner med =, +, -, @, tabulator eller vognretur, får en apostrof foran, så et regneark ikke kjører den som formel; tallkolonnene (verdi, teller, nevner, rader) får det aldri. I tall.xlsx er tallkolonnene tall. Tallene er ikke skjult for små antall: eksporten er det kommunen sender Husbanken, og sammenstillingen skjuler på nytt.

Slik legges kommunenes tall sammen: flow-, stock- og entered-tall legges sammen (en nøkkel hører til én kommune, så husstander i to kommuner er to); et forholdstall er summen av tellerne delt på summen av nevnerne, ganger faktoren, aldri et gjennomsnitt av forholdstall; et derived-tall er formelen over de sammenlagte tallene.

### Lese eksporten inn igjen (format: boso-tall)
En kilde med ` + "`register: tall`" + ` og ` + "`format: boso-tall`" + ` leser en kommunes tall.csv eller tall.xlsx tilbake, med hvert tall slik det ble beregnet. Den trenger ikke ` + "`fields`" + `: feltene er kolonnene over, med desimalpunktum (et felt som står under ` + "`fields`" + `, leses fra kolonnen som står der, med samme type). Apostrofen foran tekstceller tas bort.

- En rad med inndeling er tallet for den gruppen, ikke hele kommunens tall en gang til.
- En rad med merknaden ` + "`..`" + `, ` + "`.`" + ` eller ` + "`:`" + ` og uten verdi er et tall som mangler, med merknaden og forklaringskoden; ` + "`*`" + ` med verdi er et foreløpig tall. Et tall som mangler, blir aldri 0.
- Forholdstall og derived-tall tas som de står, ikke beregnet på nytt, og forholdstall beholder teller og nevner.
- Feil (BOSO-E006): en verdi med merknaden ` + "`..`" + `, ` + "`.`" + ` eller ` + "`:`" + `; ` + "`*`" + ` uten verdi; verken verdi eller merknad; en annen merknad; en inndeling som ikke er ` + "`felt=verdi`" + ` eller ikke er en av indikatorens; teller eller nevner på noe som ikke er et forholdstall, eller bare den ene; et forholdstall med verdi uten teller og nevner, eller der teller / nevner × faktor (avrundet til 4 desimaler) ikke er verdien, eller der telleren eller nevneren ikke er tallet for teller- eller nevnerindikatoren i samme kommune og periode (eller folketallet, når kjøringen har det); en beregning som ikke er indikatorens her. Samme indikator, inndeling, kommune og periode to ganger er en feil (BOSO-E002). En ukjent forklaringskode er en advarsel.
- En ` + "`tall`" + `-kilde uten ` + "`format`" + ` som peker på en fil med kolonnene ` + "`inndeling`" + ` og ` + "`forklaringskode`" + `, er en feil som ber om ` + "`format: boso-tall`" + `: boso gjetter ikke hva radene betyr.`)
)

func init() {
	FieldDocs["Mapping.format"] = nb("boso-tall: filen er boso sin egen talleksport (tall.csv/tall.xlsx fra boso compute), lest inn i registeret tall; da trengs ikke fields (se «Lese eksporten inn igjen»)")
}
