package msg

// CodeDoc describes one problem code for the reference page.
type CodeDoc struct {
	Code    string // BOSO-X000
	Text    Text   // what the code means, one line
	Example string // a message as boso prints it
}

// ProblemCodes lists every problem code boso reports, in order. A test
// (indicators/reference) checks that every code in the source is here,
// and every code here is in the source.
var ProblemCodes = []CodeDoc{
	{"BOSO-A001", nb("arbeidsboken kan ikke leses som Excel-fil"), "arbeidsbok.xlsx: kan ikke lese filen som Excel-arbeidsbok (.xlsx) (filen er ikke en .xlsx-fil; er den lagret som .xls, CSV eller noe annet? Lagre den som Excel-arbeidsbok (.xlsx))"},
	{"BOSO-A002", nb("et ark, en overskriftsrad, en kolonne eller en ledetekst mangler i arbeidsboken"), "arbeidsbok.xlsx: fant ikke arket «Økonomi» (arkene i arbeidsboken er Programinfo, Aktiviteter); har det fått nytt navn? Gi det navnet «Økonomi» igjen"},
	{"BOSO-A003", nb("en celle i arbeidsboken har en verdi som ikke kan leses"), "arbeidsbok.xlsx[Programinfo]!B11: «ola.nordmann» ser ikke ut som en e-postadresse"},
	{"BOSO-A004", nb("en celle som må fylles ut, er tom"), "arbeidsbok.xlsx[Programinfo]!B3: «Programnavn» må fylles ut"},
	{"BOSO-A005", nb("en verdi i arbeidsboken er ikke på programmets lister (kommune, indikator, status)"), "arbeidsbok.xlsx[Tall]!C4: ukjent indikator «bostedslose_x»"},
	{"BOSO-A006", nb("en rad i arbeidsboken henger ikke sammen: beløp uten aktivitet, samme rad to ganger"), "arbeidsbok.xlsx[Økonomi]!A7: budsjettet i E7 har ingen aktivitet; skriv hvilken aktivitet beløpet gjelder"},
	{"BOSO-A007", nb("arbeidsboken er laget for en annen periode enn rapporten (advarsel)"), "arbeidsbok.xlsx[Programinfo]!B9: advarsel: arbeidsboken er laget for 1. halvår 2025, men rapporten gjelder 2025; …"},
	{"BOSO-A008", nb("et lite antall er ført i arbeidsbokens fritekst og ville blitt publisert (advarsel)"), "arbeidsbok.xlsx[Aktiviteter]!D5: advarsel: teksten nevner «3 familier»: rapporten publiseres med teksten slik den står, og et så lite antall kan peke ut husstandene. …"},
	{"BOSO-A009", nb("arbeidsbokens fritekst nevner et tall rapporten skjuler (advarsel)"), "arbeidsbok.xlsx[Mål]!F6: advarsel: teksten nevner «29 husstander», som er tallet for Bostedsløse husstander, 1. halvår 2025; rapporten skjuler det tallet, men teksten publiseres slik den står. …"},
	{"BOSO-A010", nb("en formelcelle i arbeidsboken har ingen lagret verdi"), "ab.xlsx[Tall]!G3: cellen har formelen =2+2, men ingen lagret verdi (filen er laget av et program og aldri lagret i et regneark), så verdien er ukjent; åpne filen i Excel eller LibreOffice og lagre den, så lagres verdiene"},
	{"BOSO-D001", nb("en id i en indikatordefinisjon har ugyldige tegn"), "indikatorer.yaml:2:9: id «Bostedsløse» kan bare ha små bokstaver a–z, sifre og _, og må begynne med en bokstav"},
	{"BOSO-D002", nb("en indikator eller figur er definert to ganger"), "indikatorer.yaml:14:9: indikator «utkastelser» er definert to ganger (første gang i indikatorer.yaml:2:9)"},
	{"BOSO-D003", nb("en indikator mangler et felt dens type trenger"), "indikatorer.yaml:2:5: indikator «utkastelser» av typen flow trenger feltet «date»"},
	{"BOSO-D004", nb("en indikator har et felt dens type ikke bruker"), "indikatorer.yaml:9:5: indikator «andel» av typen ratio kan ikke ha feltet «date»"},
	{"BOSO-D005", nb("en indikator eller figur viser til en indikator som ikke er definert"), "indikatorer.yaml:30:18: indikator «andel» viser til «finnes_ikke», som ikke er definert"},
	{"BOSO-D006", nb("indikatorer avhenger av hverandre i ring"), "indikatorer.yaml:5:14: indikator «a» avhenger av seg selv (a → b → a)"},
	{"BOSO-D007", nb("faktoren passer ikke til enheten (prosent trenger 100, per 1000 trenger 1000)"), "indikatorer.yaml:31:13: indikator «andel» har enhet prosent og bør ha factor 100, fant 10"},
	{"BOSO-D008", nb("et utgangspunkt eller mål gjelder en periode som ikke kan leses"), "indikatorer.yaml:12:7: «2025X» er ikke en periode"},
	{"BOSO-E001", nb("en indikator og kilden den leser, passer ikke sammen (felt mangler, feil type, overlappende kilder)"), "indikatorer.yaml:7:14: indikator «utkastelser» bruker feltet «dato», men kilden «utk» (register utkastelser) har det ikke"},
	{"BOSO-E002", nb("et ført tall kolliderer med et beregnet eller et annet ført tall"), "tall.csv:4: indikator startlan for kommune 3403, periode 2024 er både beregnet fra registeret «startlan» og registrert i tabellen; fjern den ene"},
	{"BOSO-E003", nb("et gammelt kommunenummer kan ikke føres til ett nytt"), "data/saker.csv:12:Kommunenr: kommune 5012 er delt på 5055, 5056; raden kan ikke fordeles automatisk"},
	{"BOSO-E004", nb("en periode i et register slutter før den begynner"), "data/midl.csv:8:Til: sluttdatoen 01.02.2024 (kolonne «Til») er før startdatoen 01.03.2024 (kolonne «Fra»)"},
	{"BOSO-E005", nb("en sum blir for stor til å regnes nøyaktig"), "summen for «startlan_belop», kommune 3403, 2024 er for stor til å regnes eksakt"},
	{"BOSO-I001", nb("en celle i arbeidsboken inneholder noe som ligner et fødselsnummer eller D-nummer (advarsel)"), "arbeidsbok.xlsx[Programinfo]!B12: advarsel: cellen inneholder noe som ligner et fødselsnummer eller D-nummer; det er fjernet fra rapporten, men står fortsatt i arbeidsboka – fjern det der"},
	{"BOSO-I002", nb("en kolonne i et register har verdier som ligner fødselsnumre eller D-numre (advarsel)"), "kilder/sok.csv:2:Husstand: advarsel: 1 verdi i kolonnen «Husstand» ligner et fødselsnummer eller D-nummer (her); boso bruker verdiene bare der feltet trengs (som nøkkel til å telle husstander, eller som merknad) og skriver dem aldri ut"},
	{"BOSO-I003", nb("en verdi i en YAML-fil inneholder noe som ligner et fødselsnummer eller D-nummer (advarsel)"), "program.yaml:1:7: advarsel: verdien inneholder noe som ligner et fødselsnummer eller D-nummer; det er fjernet fra alt boso skriver – fjern det fra fila"},
	{"BOSO-K001", nb("et filter eller uttrykk ser etter en kode kilden aldri gir"), "indikatorer.yaml:13:26: indikator «midlertidig» ser etter koden «midlertidg» i feltet «situasjon», men kilden «boligsituasjon» gir den aldri, bare annet, bostedslos, fare_miste_bolig, midlertidig og uegnet_bolig (mente du «midlertidig»?)"},
	{"BOSO-K002", nb("en kilde gir en kode ingen indikator teller (advarsel, eller feil når den ligner en kode standardbiblioteket trenger)"), "kilder/boligsituasjon.yaml:16:14: advarsel: ingen indikator teller rader med koden «annet» i feltet «situasjon»: indikatorene på registeret «boligsituasjon» ser bare etter bostedslos, fare_miste_bolig og uegnet_bolig"},
	{"BOSO-K003", nb("en kode et filter ser etter, finnes ikke i noen rad av datafilen (advarsel)"), "kilder/boligsituasjon.csv: advarsel: ingen rad har koden «fare_miste_bolig» i feltet «situasjon» (kolonne «Situasjon», fra «I fare for å miste boligen»), som filteret til «uten_bolig» ser etter"},
	{"BOSO-L001", nb("flere problemer i samme fil og kolonne enn boso viser; antallet er med"), "kilder/utk.csv: 1 problem til i kolonne «Kommunenr» er ikke vist (bare de 100 første vises)"},
	{"BOSO-M001", nb("en kildebeskrivelse (mapping) er ufullstendig eller selvmotsigende"), "kilder/utk.yaml:1:1: kilde «utk» må si hvilke datoer registeret dekker: covers: {from: …, to: …} eller covers: {from: …, exported: …}"},
	{"BOSO-M002", nb("datafilen en kilde viser til, kan ikke åpnes eller leses"), "kilder/utk.csv: filen finnes ikke"},
	{"BOSO-M003", nb("en kolonne kildebeskrivelsen nevner, finnes ikke i datafilen"), "kilder/utk.yaml:7:25: kolonnen «Gjennomfort» finnes ikke i overskriftsraden kilder/utk.csv:1; kolonnene er: «Kommunenr», «Gjennomført» (mente du «Gjennomført»?)"},
	{"BOSO-P001", nb("programfilen har en feil (kommune, mål, indikator)"), "program.yaml:4:15: «34O3» er ikke et kommunenummer (ventet fire sifre)"},
	{"BOSO-P002", nb("et filmønster i programfilen passer ikke med noen fil, eller en fil det gir, kan ikke åpnes"), "program.yaml:7:14: «kilder/*.yml» passer ikke med noen fil"},
	{"BOSO-P003", nb("en sti i en YAML-fil går ut av programmets mappe (absolutt eller med ..)"), "prog/kilder/a.yaml:3:7: stien «/etc/hemmelig.csv» er absolutt, og boso leser bare filer i mappen der programfilen prog/program.yaml ligger, og mappene under den (skriv stien ut fra den mappen, eller kjør med --tillat-stier-utenfor)"},
	{"BOSO-R001", nb("en verdi i en rad kan ikke leses (dato, tall, ja/nei)"), "kilder/utk.csv:2:Gjennomført: datoen «31.02.2024» finnes ikke (februar 2024 har 29 dager) (kolonne «Gjennomført», felt gjennomfort)"},
	{"BOSO-R002", nb("et kommunenummer i en rad kan ikke leses"), "kilder/utk.csv:4:Kommunenr: «34O3» er ikke et kommunenummer (ventet fire sifre, f.eks. 0301 eller 3403)"},
	{"BOSO-R003", nb("en verdi i en rad er ikke blant verdiene kildebeskrivelsen gir en kode"), "data/saker.csv:5:Situasjon: «Bostedsløs?» er ikke en av verdiene i values (kolonne «Situasjon», felt situasjon)"},
	{"BOSO-R004", nb("datafilen har ikke formen som ventet (skilletegn, tegnkoding, overskrift, antall kolonner)"), "data/utk.csv: filen ser ut til å være UTF-16LE uten BOM-merke (hvert annet byte er 0); skriv «encoding: utf-16le» i kilder/utk.yaml, eller lagre filen som UTF-8"},
	{"BOSO-R005", nb("et register har overskrifter, men ingen rader, selv om covers sier det dekker mer enn et år (advarsel)"), "kilder/lan.csv:1: advarsel: filen har en overskriftsrad, men ingen rader med data, mens covers i lan.yaml sier at den dekker 01.01.2020–31.12.2024; alle tall fra registeret «lan» blir 0 for perioden. Er uttrekket tomt ved en feil?"},
	{"BOSO-R006", nb("en summeringsrad står midt i dataene (advarsel)"), "kilder/utk.csv:5: advarsel: summeringsrad («Sum») midt i dataene: raden er hoppet over og ikke talt med, men det står rader med data under den (den første på linje 6). Er det delsummer, eller en tabell til under den første? Fjern summeringsradene, eller sjekk at radene under hører til uttrekket"},
	{"BOSO-R007", nb("en formelcelle i et register har ingen lagret verdi"), "kilder/utk.xlsx[Ark1]!D3: cellen har formelen =B3*2, men ingen lagret verdi (filen er laget av et program og aldri lagret i et regneark), så verdien i kolonnen «Beløp» er ukjent; åpne filen i Excel eller LibreOffice og lagre den, så lagres verdiene"},
	{"BOSO-R008", nb("et tidligere kommunenummer er regnet til kommunen som bare fikk nytt nummer, uten renumber i programfila (advarsel)"), "data/startlan.csv:2: advarsel: 0403 var kommunenummeret til Hamar til og med 2019, og kommunen fikk da 3403 uten å bli slått sammen med andre eller delt; 482 rader med 0403 (her) er derfor regnet som 3403. Skriv renumber: {\"0403\": [\"3403\"]} i programfila for å si det selv"},
	{"BOSO-R009", nb("et register har rader, men ingen for kommunene i programmet (advarsel)"), "data/startlan.csv: advarsel: filen har 1 437 rader, men ingen for 3403 Hamar, som boso regner for; alle tall fra registeret «startlan» blir 0. Kommunenumrene i filen er 3412 Løten (1 437 rader). Er det riktig uttrekk, eller mangler programfila en kommune eller en renumber-linje?"},
	{"BOSO-W001", nb("en valideringsregel mellom tall er brutt (advarsel)"), "indikatorer.yaml:40:13: advarsel: kommune 3403, 2024: regel «tildelt_mindre» er brutt: 12 > 10"},
	{"BOSO-W002", nb("et filter kunne ikke beregnes for noen rader; de telles ikke (advarsel)"), "data/saker.csv:7: advarsel: filteret for «unge» kunne ikke beregnes for 1 rad, den telles ikke: …"},
	{"BOSO-W003", nb("et ført tall stemmer ikke med delperiodene (år = H1 + H2 osv.) (advarsel)"), "tall.csv:3: advarsel: tallet (10) er ikke lik summen av delperiodene fra 2024H1 til 2024H2 (12)"},
	{"BOSO-X001", nb("et uttrykk (filter, formel) har en feil"), "indikatorer.yaml:22:28: ukjent navn «ukjent» i uttrykket"},
	{"BOSO-Y001", nb("en YAML-fil kan ikke leses (syntaks, tom fil)"), "indikatorer.yaml:3:1: filen er tom"},
	{"BOSO-Y002", nb("et felt i en YAML-fil er ukjent"), "indikatorer.yaml:11:5: ukjent felt «filtr» (mente du «filter»?)"},
	{"BOSO-Y003", nb("et felt står to ganger"), "indikatorer.yaml:12:5: feltet «name» står to ganger (første gang på linje 3)"},
	{"BOSO-Y004", nb("et påkrevd felt mangler"), "indikatorer.yaml:2:5: mangler feltet «kind»"},
	{"BOSO-Y005", nb("et felt har feil type (liste, tekst, tall)"), "indikatorer.yaml:6:11: ventet en enkel verdi, fant en liste"},
	{"BOSO-Y006", nb("et felt har en verdi som ikke er tillatt"), "kilder/utk.yaml:6:30: ugyldig verdi «kommun»: «kommun» er ikke tillatt; bruk en av: text, category, date, number, amount, bool, kommune, period"},
}
