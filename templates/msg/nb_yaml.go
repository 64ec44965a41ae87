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
