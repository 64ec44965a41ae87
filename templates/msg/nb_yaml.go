package msg

// Texts for YAML files (indicator definitions, source mappings, programme configuration).
var (
	YAMLSyntax        = nb("ugyldig YAML: %s")
	YAMLEmpty         = nb("filen er tom")
	YAMLDidYouMean    = nb("ukjent felt «%s» (mente du «%s»?)")
	YAMLKnownFields   = nb("ukjent felt «%s»; tillatte felt: %s")
	YAMLDuplicateKey  = nb("feltet «%s» står to ganger (første gang på linje %d)")
	YAMLMissingField  = nb("mangler feltet «%s»")
	YAMLWantMapping   = nb("ventet en tabell med felt (nøkkel: verdi), fant %s")
	YAMLWantList      = nb("ventet en liste, fant %s")
	YAMLWantScalar    = nb("ventet en enkel verdi, fant %s")
	YAMLWantInt       = nb("ventet et heltall, fant «%s»")
	YAMLWantNumber    = nb("ventet et tall (med desimalpunktum), fant «%s»")
	YAMLWantBool      = nb("ventet true eller false, fant «%s»")
	YAMLBadValue      = nb("ugyldig verdi «%s»: %s")
	YAMLKindMapping   = nb("en tabell")
	YAMLKindList      = nb("en liste")
	YAMLKindScalar    = nb("en enkel verdi")
	YAMLKindAlias     = nb("et alias")
	YAMLAnchorsBanned = nb("alias (*navn) er ikke tillatt her; skriv verdien ut")
)

// NumMachineForm explains the number form used in YAML files.
var NumMachineForm = nb("ventet et tall med desimalpunktum og høyst 4 desimaler, f.eks. 12 eller 12.5")

// Forms of dates and periods in YAML files.
var (
	DateISOForm = nb("ventet en dato på formen åååå-mm-dd, f.eks. 2025-06-30")
	PeriodForm  = nb("ventet en periode: 2025, 2025H1, 2025T2, 2025K3, 2025M07 eller 2016-2025")
)

// YAMLProblems are yaml.v3's syntax problems in Norwegian, by its text;
// one not here is shown as yaml.v3 wrote it.
var YAMLProblems = map[string]Text{
	"did not find expected key":                                    nb("fant ikke en nøkkel der den skulle stå (sjekk innrykket og at hver linje har «nøkkel: verdi»)"),
	"did not find expected ',' or ']'":                             nb("mangler «,» eller «]» i en liste i hakeparentes"),
	"did not find expected ',' or '}'":                             nb("mangler «,» eller «}» i en tabell i krøllparentes"),
	"mapping values are not allowed in this context":               nb("kolon (:) der det ikke kan stå; sett verdien i anførselstegn hvis kolonet hører til teksten, eller sjekk innrykket"),
	"found character that cannot start any token":                  nb("et tegn som ikke kan begynne en verdi: tabulator i innrykket (bruk mellomrom), eller @ eller ` først i en verdi (sett den i anførselstegn)"),
	"could not find expected ':'":                                  nb("mangler kolon (:) etter nøkkelen"),
	"found unexpected end of stream":                               nb("filen slutter midt i en verdi (mangler et avsluttende anførselstegn?)"),
	"did not find expected node content":                           nb("mangler en verdi"),
	"did not find expected '-' indicator":                          nb("mangler «-» foran et element i listen (sjekk innrykket)"),
	"found a tab character that violates indentation":              nb("tabulator i innrykket; bruk mellomrom"),
	"found a tab character where an indentation space is expected": nb("tabulator i innrykket; bruk mellomrom"),
	"block sequence entries are not allowed in this context":       nb("et listeelement («- …») der det ikke kan stå (sjekk innrykket)"),
	"control characters are not allowed":                           nb("filen har kontrolltegn som ikke er tillatt i YAML"),
	"invalid leading UTF-8 octet":                                  nb("filen er ikke gyldig UTF-8 (lagre den som UTF-8)"),
	"invalid trailing UTF-8 octet":                                 nb("filen er ikke gyldig UTF-8 (lagre den som UTF-8)"),
	"found unknown escape character":                               nb("ukjent tegn etter \\ i en verdi i anførselstegn (skriv \\\\ for \\, eller bruk enkle anførselstegn)"),
	"found unexpected document indicator":                          nb("«---» eller «...» midt i en verdi"),
}

// YAMLOtherProblem is a YAML syntax problem without a text of its own.
var YAMLOtherProblem = nb("sjekk innrykket, kolon etter hver nøkkel og at anførselstegn er lukket")

// Programme periods in YAML files (issue 8).
var (
	PeriodBackwards = nb("perioden slutter før den begynner (%d er før %d); skriv det første året først: %d-%d")
)
