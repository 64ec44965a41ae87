package msg

// Texts of the reader for SSB statbank tables (indicators/ssb): JSON-stat
// 2.0 and CSV as PxWebApi 2 and the statbank save them.
var (
	SSBRead         = nb("kan ikke lese filen (%s)")
	SSBTooLarge     = nb("filen er større enn %d MB, og boso leser ikke så store statistikkbanktabeller (SSB gir høyst 800 000 celler per uttrekk, langt mindre enn dette); er det riktig fil?")
	SSBEmpty        = nb("filen er tom; ventet en tabell fra SSBs statistikkbank, som JSON-stat eller CSV")
	SSBTooManyCells = nb("dimensjonene har %s kategorier, til sammen flere enn %d celler, og boso leser ikke så store tabeller (SSB gir høyst 800 000 celler per uttrekk); er filen skadet, eller bør uttrekket deles opp?")
	SSBMoreProblems = nbN("%d problem til i filen er ikke vist (bare de %d første vises)", "%d problemer til i filen er ikke vist (bare de %d første vises)")
	SSBAndMore      = nb("og %d til")
	SSBRegionDim    = nb("region")
	SSBTimeDim      = nb("tid")

	SSBNotValue       = nb("«%s» er verken et tall eller et av SSBs symboler (. .. ... : -); ventet et tall med «%s» som desimaltegn, eller et symbol")
	SSBNumberTooLarge = nb("«%s» er for stort til at boso kan regne med det")
	SSBUnknownStatus  = nb("cellen har ingen verdi og statusen «%s», som ikke er et av SSBs symboler (. = ikke mulig å oppgi tall, .. = tallgrunnlag mangler, ... = oppgave mangler foreløpig, : = vises ikke av konfidensialitetshensyn, - = null)")
)

// JSON-stat.
var (
	SSBNotJSONStat     = nb("filen er JSON, men ikke et JSON-stat-datasett: feltet «id» mangler; ventet JSON-stat 2.0 slik PxWebApi 2 gir det (med id, size, dimension og value)")
	SSBJSONStat1       = nb("filen er JSON-stat 1 (fra SSBs eldre API); boso leser JSON-stat 2.0 fra PxWebApi 2: hent tabellen på nytt med outputFormat=json-stat2")
	SSBJSONVersion     = nb("filen er JSON-stat versjon «%s»; boso leser versjon 2.0")
	SSBJSONClass       = nb("JSON-stat-klassen er «%s»; ventet «dataset» (en tabell med tall)")
	SSBJSONSyntax      = nb("filen er ikke gyldig JSON her; er den lagret i et annet format, eller endret for hånd?")
	SSBJSONTruncated   = nb("filen slutter midt i JSON-innholdet; er den avkortet? Hent eller lagre tabellen på nytt")
	SSBJSONType        = nb("feltet «%s» er %s; ventet %s")
	SSBJSONWantText    = nb("en tekst")
	SSBJSONWantNumber  = nb("et tall")
	SSBJSONWantList    = nb("en liste")
	SSBJSONWantObject  = nb("et objekt")
	SSBJSONWantBool    = nb("sann eller usann")
	SSBJSONIDSize      = nb("«id» og «size» har ulik lengde (%d og %d); ventet én størrelse per dimensjon")
	SSBJSONDupDim      = nb("dimensjonen «%s» står to ganger i «id»")
	SSBJSONNoDim       = nb("dimensjonen «%s» står i «id», men mangler under «dimension»")
	SSBJSONDimSize     = nb("dimensjonen «%s»: tallet i «size» er %d, men antallet kategorier i «category» er %d")
	SSBJSONNoIndex     = nb("dimensjonen «%s» har ingen «category.index» og %d kategorier i «category.label»; uten index kan den bare ha én kategori")
	SSBJSONBadIndex    = nb("dimensjonen «%s»: «category.index» er verken en liste med koder eller et objekt kode → plass")
	SSBJSONIndexPos    = nb("dimensjonen «%s»: kategorien «%s» har plass %d i «category.index»; ventet en plass fra 0 til %d som ingen annen kategori har")
	SSBJSONDupCategory = nb("dimensjonen «%s» har kategorien «%s» to ganger")
	SSBJSONNoValue     = nb("feltet «value» mangler; ventet tallene i tabellen (en liste, eller et objekt plass → tall)")
	SSBJSONValueForm   = nb("«value» er verken en liste med tall eller et objekt plass → tall")
	SSBJSONValueKey    = nb("«value» har nøkkelen «%s»; ventet en plass fra 0 til %d")
	SSBJSONValueCount  = nb("lengden på «value» er %d, men dimensjonene i «size» gir plass til %d; ventet like mange (er filen avkortet?)")
	SSBJSONStatusForm  = nb("«status» er verken en tekst, en liste eller et objekt plass → symbol")
	SSBJSONStatusCount = nb("lengden på «status» er %d, men tabellen har plass til %d; ventet like mange, eller én for alle")
	SSBJSONStatusKey   = nb("«status» har nøkkelen «%s»; ventet en plass fra 0 til %d")
	SSBJSONNotNumber   = nb("«%s» er ikke et tall; ventet et tall, eller null med SSBs symbol i «status»")
	SSBJSONZeroValue   = nb("statusen «-» betyr null, men verdien er %s; ventet 0 eller null")
	SSBJSONCell        = nb("verdi nr. %d (%s): %s")
)

// CSV.
var (
	SSBCSVEncoding    = nb("kan ikke lese tegnene i filen (%s)")
	SSBCSVBadUTF8     = nb("filen begynner med merket for UTF-8, men har tegn som ikke er UTF-8; lagre den på nytt som CSV UTF-8")
	SSBCSVSyntax      = nb("raden fra linje %d kan ikke leses som CSV: %s")
	SSBCSVQuote       = nb("et anførselstegn står feil eller er ikke avsluttet")
	SSBCSVNoHeader    = nb("fant ingen overskriftsrad med minst to kolonner delt med %s; ventet en tabell lagret som CSV fra SSBs statistikkbank, f.eks. \"region\";\"år\";\"Personer\"")
	SSBCSVWidth       = nb("antallet celler i raden er %d, men overskriftsraden har %d (linje %d); mangler et skilletegn, eller er raden delt?")
	SSBCSVNoData      = nb("tabellen har en overskriftsrad, men ingen rader med tall")
	SSBCSVNoStub      = nb("fant ingen kolonne med regioner, år eller andre variabler foran tallene (den første kolonnen, «%s», har bare tall); ventet tabellen slik statistikkbanken lagrer den, med variablene først")
	SSBCSVEmptyHeader = nb("kolonne %d har ingen overskrift; ventet navnet på en variabel (f.eks. region eller år)")
	SSBCSVDupHeader   = nb("variabelen «%s» står to ganger i overskriftsraden (også i kolonne %d)")
	SSBCSVEmptyStub   = nb("cellen er tom; ventet en verdi for «%s»")
	SSBCSVDupCell     = nb("tallet for %s står to ganger (første gang på linje %d)")
	SSBCSVColumnDim   = nb("kolonne")
	SSBCSVMetricDim   = nb("statistikkvariabel")
	SSBCSVTimeDim     = nb("tid")
	SSBDelimSemicolon = nb("semikolon")
	SSBDelimComma     = nb("komma")
	SSBDelimTab       = nb("tabulator")
)

// Lookups in a table (the regional roll-up asks for population and
// national or KOSTRA-group figures).
var (
	SSBQueryNoDim      = nb("%s: tabellen har ingen dimensjon for %s (dimensjonene er %s)")
	SSBQueryNoCategory = nb("%s: %s «%s» finnes ikke i tabellen (den har %s)")
	SSBQueryNoCodes    = nb("%s: finner ikke region %s: tabellen er lagret uten koder for %s, og ingen region har kommunens navn; lagre den på nytt med koder (UseCodes eller UseCodesAndTexts i PxWebApi, «kode og tekst» i statistikkbanken)")
	SSBQueryNotFixed   = nb("%[1]s: %[2]s har %[3]d kategorier (%[4]s), og det er ikke sagt hvilken som gjelder; velg én, eller lagre tabellen med bare den ene")
)
