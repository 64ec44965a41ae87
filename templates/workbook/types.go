package workbook

import (
	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/period"
)

// Cell is one value read from the workbook and the cell it came from.
// Filled is false when the cell was empty; Value is then the zero value
// and Pos still names the cell, so a later check can point at it.
type Cell[T any] struct {
	Value  T
	Filled bool
	Pos    diag.Pos
}

// Workbook is everything a filled workbook holds. Rows the user left
// empty are not included; every slice is in the order of the sheet.
type Workbook struct {
	File         string // the name positions use
	Program      ProgramInfo
	Organisation Organisation
	Activities   []Activity
	GoodExamples []GoodExample
	Economy      []EconomyRow
	Transfers    []Transfer
	Figures      []EnteredFigure
	Targets      []Target
}

// ProgramInfo is part 1 of the form, "Generell programinformasjon".
type ProgramInfo struct {
	Name       Cell[string]      // Programnavn (required)
	Kommuner   []Kommune         // Kommune and Kommunenummer, one pair per kommune
	Leader     Cell[string]      // Programleder
	Start      Cell[period.Date] // Programstart
	ReportYear Cell[int]         // Rapporteringsår (required)
	// ReportPeriod is Rapporteringsperiode, the year or half-year the
	// workbook was made for; not Filled in a workbook made before boso
	// wrote it (see Workbook.Period).
	ReportPeriod Cell[period.Period]
	ReportDate   Cell[period.Date] // Rapporteringsdato
	FilledInBy   Cell[string]      // Utfylt av
	Phone        Cell[string]      // Telefon, as written
	Email        Cell[string]      // E-post
	// Summary is Sammendrag: the programme leader's summary of the
	// period, a few sentences.
	Summary Cell[string]
}

// Kommune is one kommune of the programme as the workbook names it.
type Kommune struct {
	Number Cell[string] // Kommunenummer, four digits (required for the first)
	Name   Cell[string] // Kommune
}

// Organisation is part 2, "Rapportering på programplanen – status".
type Organisation struct {
	Organising      Section  // Organisering
	SteeringGroup   Section  // Styringsgruppe
	ProgramGroup    Section  // Programgruppe
	Anchoring       Section  // Forankring av programplanen i planverket
	SteeringMembers []Member // members of the styringsgruppe
	ProgramMembers  []Member // members of the programgruppe
}

// Section is a part of the status: what it is now and what changed.
type Section struct {
	Text   Cell[string] // Beskrivelse
	Change Cell[string] // Endring siden forrige rapportering
}

// Member is one member of the styringsgruppe or programgruppe.
type Member struct {
	Role    Cell[string] // Rolle: leder, programansvarlig, medlem, sekretær …
	Title   Cell[string] // Tittel: rådmann, boligsjef …
	OrgUnit Cell[string] // Virksomhet
}

// Status is an activity's status letter.
type Status string

// The statuses of the form: nytt, videreført, gjennomført, avviklet.
const (
	StatusNew          Status = "n"
	StatusContinued    Status = "v"
	StatusCompleted    Status = "g"
	StatusDiscontinued Status = "a"
)

// Activity is one row of part 3, the activity plan.
type Activity struct {
	Goal      Cell[string] // Hovedmål
	Name      Cell[string] // Aktivitet (required when the row has content)
	Concrete  Cell[string] // Hva skal vi gjøre konkret for å nå målet?
	Result    Cell[string] // Resultat
	Status    Cell[Status] // Status: n, v, g or a
	Progress  Cell[int]    // Framdrift i prosent, 0–100
	Deviation Cell[string] // Avvik
	Reason    Cell[string] // Begrunnelse
}

// GoodExample is one case of part 3.1, about a page of text.
type GoodExample struct {
	Title Cell[string] // Tittel
	Text  Cell[string] // Tekst
}

// Funding is budget and accounts for one source of money, in kroner.
type Funding struct {
	Budget   Cell[num.Dec] // budsjett
	Accounts Cell[num.Dec] // regnskap
}

// EconomyRow is part 4 for one activity and year.
type EconomyRow struct {
	Year     Cell[int]    // År
	Activity Cell[string] // Aktivitet (required when amounts are given)
	Grant    Funding      // Tilskudd fra Husbanken (kompetansetilskudd)
	Own      Funding      // Egen finansiering kommunen
	Other    Funding      // Annen finansiering
	FromTo   Cell[string] // Fra/til hvilken aktivitet, for the total deviation
	// GrantFromTo is «Tilskudd fra Husbanken: fra/til hvilken aktivitet
	// (prosjekt)», for the deviation in Husbanken's grant.
	GrantFromTo Cell[string]
}

// Transfer is one year of the overview of the whole programme period.
type Transfer struct {
	Year   Cell[int]     // Programår
	Amount Cell[num.Dec] // Overføring (disponible midler) fra året før, kroner
}

// Mark is SSB's symbol for a figure that is not a number.
type Mark string

// The marks an entered figure may carry instead of a number.
const (
	NoMark        Mark = ""
	NoData        Mark = ".." // not available; also a blank Verdi
	NotComputable Mark = "."  // cannot be computed
	Suppressed    Mark = ":"  // hidden for confidentiality
)

// Figure is an entered value: a number, or a mark when there is none.
type Figure struct {
	Number num.Dec // valid when Mark is NoMark
	Mark   Mark
}

// EnteredFigure is one row of the Tall sheet with a value or a note.
type EnteredFigure struct {
	Kommune   Cell[string] // Kommunenr, four digits
	Indicator Cell[string] // indicator id
	Period    Cell[string] // period id as period.Period writes it: 2025, 2025H1
	// Value is the number or mark; a blank Verdi is not Filled and has
	// Mark NoData: missing, never 0.
	Value Cell[Figure]
	Note  Cell[string] // Merknad
	// Provisional is true when the note holds "*" (SSB's mark for a
	// provisional figure).
	Provisional bool
}

// Target is one row of the Mål sheet: baseline and targets of an indicator.
type Target struct {
	Indicator Cell[string]
	Kommune   Cell[string]               // empty: every kommune of the programme
	Direction Cell[definition.Direction] // higher or lower is better
	Baseline  Baseline
	Values    []TargetValue // in column order; only filled cells
	// Assessment is «Kommunens vurdering»: how the kommune judges the
	// goal, in its own words.
	Assessment Cell[string]
}

// Baseline is the figure a programme starts from.
type Baseline struct {
	Period Cell[string]
	Value  Cell[num.Dec]
}

// TargetValue is the target for one period.
type TargetValue struct {
	Period string // period id from the column header
	Value  Cell[num.Dec]
}
