package msg

// Texts for the programme configuration.
var (
	ProgNoSources      = nb("programmet «%s» har ingen kilder (sources); oppgi minst én kildefil")
	ProgGlobNoMatch    = nb("«%s» passer ikke med noen fil")
	ProgBadKommune     = nb("«%s» er ikke et kommunenummer (ventet fire sifre)")
	ProgDupKommune     = nb("kommune %s står to ganger")
	ProgRenumberSplit  = nb("kommune %s er delt på %s; tall kan ikke fordeles automatisk. Før dataene over til riktig kommune i kilden først")
	ProgUnknownInd     = nb("ukjent indikator «%s»")
	ProgNotProgramme   = nb("period må være en programperiode med hele år, f.eks. 2016-2025")
	ProgBadPeriodType  = nb("ukjent periodetype «%s» (bruk år, halvår, tertial, kvartal, måned eller program)")
	ProgTargetKommune  = nb("målet gjelder kommune %s, som ikke er med i programmet")
	ProgBadTargetPerid = nb("«%s» er ikke en periode")
)

// Paths that leave the programme's folder (indicators/source.Within).
var (
	PathAbsolute = nb("stien «%s» er absolutt, og boso leser bare filer i mappen der programfilen %s ligger, og mappene under den (skriv stien ut fra den mappen, eller kjør med --tillat-stier-utenfor)")
	PathOutside  = nb("stien «%s» går ut av mappen der programfilen %s ligger, og boso leser bare filer i den og mappene under den (flytt filen inn, eller kjør med --tillat-stier-utenfor)")
)

// PathLinkOutside refuses a symbolic link that leads out of the
// programme's folder.
var PathLinkOutside = nb("stien «%s» er en snarvei (symbolsk lenke) til en fil utenfor mappen der programfilen %s ligger, og boso leser bare filer i den og mappene under den (kopier filen inn, eller kjør med --tillat-stier-utenfor)")

// The programme period's bounds (issue 8).
var (
	ProgPeriodBounds = nb("programperioden %d-%d er for lang eller utenfor årene boso regner for: den kan være høyst %d år, fra tidligst %d til senest %d")
	// Targets and baselines are counts, amounts or shares: none below 0.
	ProgNegativeTarget   = nb("målet for «%s» i %s er negativt (%s); mål er antall, beløp eller andeler og kan ikke være under 0")
	ProgNegativeBaseline = nb("utgangspunktet for «%s» er negativt (%s); utgangspunkt er antall, beløp eller andeler og kan ikke være under 0")
	// ProgRenumberEmpty: a renumber entry with no new number.
	ProgRenumberEmpty = nb("renumber fører %s over til ingen kommune ([]), så radene med nummeret ville ikke telles for noen; skriv dagens nummer, f.eks. \"%s\": [\"%s\"], eller fjern linjen")
)

// renumber entries SSB's kommune list says are wrong (indicators/program).
var (
	ProgRenumberTwice   = nb("renumber fører %s over til %s to ganger; skriv hver kommune én gang")
	ProgRenumberCurrent = nb("%s er kommunenummeret til %s i dag, ikke et tidligere nummer; renumber ville flyttet radene til kommunen over til en annen. Fjern linjen")
	ProgRenumberWrong   = nb("%s gikk over til %s etter SSBs kommuneliste, ikke til %s; rett linjen, ellers telles radene for feil kommune")
)

// An export date after the report date.
var (
	ProgExportedFuture = nb("kilde «%s»: covers.exported er %s, men i dag er %s; et uttrekk kan ikke være tatt i framtiden. Er året skrevet feil?")
)
