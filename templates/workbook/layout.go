package workbook

import "boso/templates/msg"

// The layout both Template and Read follow. The reader finds tables by
// their header labels, not by position, so a user may insert rows above
// a table or move a column; the positions here are where the template
// puts things.

// kind is what a column holds: it decides the cell style, the data
// validation and the parser.
type kind uint8

const (
	kindText         kind = iota // short text, stored as text
	kindLong                     // text that wraps
	kindYear                     // a year, 4 digits
	kindDate                     // a date, dd.mm.yyyy
	kindAmount                   // kroner, ≥ 0
	kindProgress                 // framdrift, whole number 0–100
	kindStatus                   // n, v, g, a
	kindGoal                     // one of the programme's hovedmål
	kindGroup                    // Styringsgruppe or Programgruppe
	kindKommunenr                // a kommune of the programme
	kindEntered                  // an indicator typed in by hand (Tall)
	kindIndicator                // any indicator (Mål)
	kindPeriod                   // a period id
	kindFigure                   // a number or one of SSB's marks
	kindNumber                   // a number
	kindDirection                // høyere or lavere
	kindInfo                     // written by boso for the reader's eyes; locked, not read
	kindFormula                  // computed by the spreadsheet; locked, not read
	kindReportPeriod             // the period a workbook is made for: a year or a half-year
)

// column is one column of a table.
type column struct {
	label msg.Text
	width float64
	kind  kind
	// keyed columns are prefilled by the template (hovedmål, år, indicator
	// and period): a row with nothing but them is an empty row.
	keyed bool
	// optional columns came after the first workbooks boso made: a
	// workbook without them still reads, and they are empty.
	optional bool
}

// read reports whether the reader looks at the column at all.
func (c column) read() bool { return c.kind != kindInfo && c.kind != kindFormula }

const (
	titleRow  = 1 // every sheet: the title
	headerRow = 2 // every table sheet: the header row
	firstRow  = 3 // every table sheet: the first data row
	// lastValidated is the last row that carries data validation and
	// cell styles beyond the prepared rows, so rows a user adds below
	// are checked as well.
	lastValidated = 1000
)

// Programinfo is a column of labels (A), values (B) and help (C).
type field struct {
	label msg.Text
	help  msg.Text
	kind  kind
	// optional fields came after the first workbooks boso made: a
	// workbook without their row still reads.
	optional bool
}

var programHeader = []column{
	{label: msg.WBColField, width: 22, kind: kindInfo},
	{label: msg.WBColEntry, width: 48, kind: kindText},
	{label: msg.WBColHelp, width: 60, kind: kindInfo},
}

// programFields lists the rows of Programinfo. The kommune pair is
// repeated once per kommune after Programnavn.
var (
	fieldName          = field{label: msg.WBProgName, help: msg.WBHelpRequired, kind: kindText}
	fieldKommune       = field{label: msg.WBProgKommune, help: msg.WBHelpKommune, kind: kindText}
	fieldKommunenummer = field{label: msg.WBProgKommunenummer, help: msg.WBHelpKommunenummer, kind: kindKommunenr}
	fieldLeader        = field{label: msg.WBProgLeader, kind: kindText}
	fieldStart         = field{label: msg.WBProgStart, help: msg.WBHelpStart, kind: kindDate}
	fieldYear          = field{label: msg.WBProgYear, help: msg.WBHelpYear, kind: kindYear}
	fieldPeriod        = field{label: msg.WBProgPeriod, help: msg.WBHelpPeriod, kind: kindReportPeriod, optional: true}
	fieldDate          = field{label: msg.WBProgDate, help: msg.WBHelpDate, kind: kindDate}
	fieldFilledBy      = field{label: msg.WBProgFilledBy, help: msg.WBHelpFilledBy, kind: kindText}
	fieldPhone         = field{label: msg.WBProgPhone, kind: kindText}
	fieldEmail         = field{label: msg.WBProgEmail, kind: kindText}
	fieldSummary       = field{label: msg.WBProgSummary, help: msg.WBHelpSummary, kind: kindLong, optional: true}
	fieldsAfterKommune = []field{fieldLeader, fieldStart, fieldYear, fieldPeriod, fieldDate, fieldFilledBy, fieldPhone, fieldEmail, fieldSummary}
)

// summaryRowHeight gives the summary room for a few sentences.
const summaryRowHeight = 120

// Organisering: the parts of the status (rows), then the members.
var partColumns = []column{
	{label: msg.WBColPart, width: 30, kind: kindInfo},
	{label: msg.WBColDescription, width: 55, kind: kindLong},
	{label: msg.WBColChange, width: 55, kind: kindLong},
}

const (
	partDescription = 1
	partChange      = 2
)

var partLabels = []msg.Text{msg.WBPartOrganising, msg.WBPartSteering, msg.WBPartProgram, msg.WBPartAnchoring}

var memberColumns = []column{
	{label: msg.WBColGroup, kind: kindGroup, keyed: true},
	{label: msg.WBColRole, kind: kindText},
	{label: msg.WBColTitle, kind: kindText},
	{label: msg.WBColOrgUnit, width: 36, kind: kindText},
}

const (
	memberGroup = iota
	memberRole
	memberTitle
	memberOrgUnit
)

const (
	partsFirstRow     = firstRow            // Organisering, Styringsgruppe …
	membersTitleRow   = partsFirstRow + 5   // a blank row, then the title
	membersHeaderRow  = membersTitleRow + 1 // Gruppe | Rolle | Tittel | Virksomhet
	steeringRows      = 8                   // rows prepared for the styringsgruppe
	programRows       = 14                  // rows prepared for the programgruppe
	membersLastRow    = membersHeaderRow + steeringRows + programRows
	partRowHeight     = 96
	activitiesPerGoal = 10
	activityRowHeight = 30
	activitiesNoGoal  = 30
	examples          = 5
	exampleRowHeight  = 240
	economyRows       = 60
)

var activityColumns = []column{
	{label: msg.WBColGoal, width: 26, kind: kindGoal, keyed: true},
	{label: msg.WBColActivity, width: 30, kind: kindLong},
	{label: msg.WBColConcrete, width: 36, kind: kindLong},
	{label: msg.WBColResult, width: 30, kind: kindLong},
	{label: msg.WBColStatus, width: 10, kind: kindStatus},
	{label: msg.WBColProgress, width: 11, kind: kindProgress},
	{label: msg.WBColDeviation, width: 28, kind: kindLong},
	{label: msg.WBColReason, width: 30, kind: kindLong},
}

const (
	actGoal = iota
	actName
	actConcrete
	actResult
	actStatus
	actProgress
	actDeviation
	actReason
)

var exampleColumns = []column{
	{label: msg.WBColTitle, width: 30, kind: kindLong},
	{label: msg.WBColText, width: 110, kind: kindLong},
}

const (
	exTitle = iota
	exText
)

var economyColumns = []column{
	{label: msg.WBColYear, width: 10, kind: kindYear, keyed: true},
	{label: msg.WBColActivity, width: 30, kind: kindLong},
	{label: msg.WBColGrantBudget, width: 21, kind: kindAmount},
	{label: msg.WBColGrantAccounts, width: 21, kind: kindAmount},
	{label: msg.WBColOwnBudget, width: 13, kind: kindAmount},
	{label: msg.WBColOwnAccounts, width: 13, kind: kindAmount},
	{label: msg.WBColOtherBudget, width: 13, kind: kindAmount},
	{label: msg.WBColOtherAccounts, width: 13, kind: kindAmount},
	{label: msg.WBColTotalBudget, width: 13, kind: kindFormula},
	{label: msg.WBColTotalAccounts, width: 13, kind: kindFormula},
	{label: msg.WBColDifference, width: 13, kind: kindFormula},
	{label: msg.WBColFromTo, width: 26, kind: kindLong},
	// The form's second group of deviations: Husbanken's grant alone.
	{label: msg.WBColGrantDifference, width: 15, kind: kindFormula},
	{label: msg.WBColGrantFromTo, width: 26, kind: kindLong, optional: true},
}

const (
	ecoYear = iota
	ecoActivity
	ecoGrantBudget
	ecoGrantAccounts
	ecoOwnBudget
	ecoOwnAccounts
	ecoOtherBudget
	ecoOtherAccounts
	ecoTotalBudget
	ecoTotalAccounts
	ecoDifference
	ecoFromTo
	ecoGrantDifference
	ecoGrantFromTo
)

// The overview of the programme period sits below the prepared rows of
// the activity table, with a blank row and its title between, in the same
// columns: the sheet then prints one page wide.
const (
	economyLastRow    = firstRow + economyRows - 1
	overviewTitleRow  = economyLastRow + 2
	overviewHeaderRow = overviewTitleRow + 1
	overviewFirstRow  = overviewHeaderRow + 1
)

var overviewColumns = []column{
	{label: msg.WBColProgYear, kind: kindYear, keyed: true},
	{label: msg.WBColOvGrant, kind: kindFormula},
	{label: msg.WBColOvKommune, kind: kindFormula},
	{label: msg.WBColOvOther, kind: kindFormula},
	{label: msg.WBColOvTransfer, kind: kindAmount},
	{label: msg.WBColOvTotal, kind: kindFormula},
}

const (
	ovYear = iota
	ovGrant
	ovKommune
	ovOther
	ovTransfer
	ovTotal
)

var figureColumns = []column{
	{label: msg.WBColKommunenr, width: 12, kind: kindKommunenr, keyed: true},
	{label: msg.WBColKommune, width: 20, kind: kindInfo},
	{label: msg.WBColIndicator, width: 30, kind: kindEntered, keyed: true},
	{label: msg.WBColIndicatorName, width: 42, kind: kindInfo},
	{label: msg.WBColUnit, width: 12, kind: kindInfo},
	{label: msg.WBColPeriod, width: 10, kind: kindPeriod, keyed: true},
	{label: msg.WBColValue, width: 14, kind: kindFigure},
	{label: msg.WBColNote, width: 40, kind: kindLong},
}

const (
	figKommunenr = iota
	figKommune
	figIndicator
	figIndicatorName
	figUnit
	figPeriod
	figValue
	figNote
)

// targetColumns are the fixed columns of Mål; one column per year of the
// programme follows, headed msg.WBColTargetFor.
var targetColumns = []column{
	{label: msg.WBColIndicator, width: 30, kind: kindIndicator, keyed: true},
	{label: msg.WBColIndicatorName, width: 42, kind: kindInfo},
	{label: msg.WBColUnit, width: 12, kind: kindInfo},
	{label: msg.WBColKommunenrAll, width: 13, kind: kindKommunenr, keyed: true},
	{label: msg.WBColDirection, width: 14, kind: kindDirection},
	{label: msg.WBColBasePeriod, width: 14, kind: kindPeriod},
	{label: msg.WBColBaseValue, width: 14, kind: kindNumber},
}

const (
	tgtIndicator = iota
	tgtIndicatorName
	tgtUnit
	tgtKommune
	tgtDirection
	tgtBasePeriod
	tgtBaseValue
)

var targetValueColumn = column{width: 11, kind: kindNumber}

// targetAssessment is the last column of Mål, after the targets: the
// kommune's own assessment of the goal, a few sentences.
var targetAssessment = column{label: msg.WBColAssessment, width: 50, kind: kindLong, optional: true}
