package definition

import (
	"strings"

	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
)

// File is one YAML file of definitions.
type File struct {
	Goals      []Goal      `yaml:"goals"`
	Indicators []Indicator `yaml:"indicators"`
	Rules      []Rule      `yaml:"rules"`
	Charts     []Chart     `yaml:"charts"`
	Breakdowns []Breakdown `yaml:"breakdowns"`
}

// Breakdown names a breakdown field and its codes as readers see them
// (the report's tables by målgruppe). Codes without a label are shown as
// they are.
type Breakdown struct {
	Pos    diag.Pos `yaml:"-"`
	Field  string   `yaml:"field,required"`
	Name   string   `yaml:"name,required"`
	Values []Label  `yaml:"values"`
	// Description tells readers what the grouping is, once under the
	// report's first table by it.
	Description string `yaml:"description"`
}

// Label is the reader's name of one code.
type Label struct {
	Code string `yaml:"code,required"`
	Name string `yaml:"name,required"`
}

// Chart is a chart of the report's indicator section: one or more
// indicators over the programme's periods (the figures users know from
// the programme evaluations).
type Chart struct {
	Pos        diag.Pos  `yaml:"-"`
	ID         string    `yaml:"id,required"`
	Title      string    `yaml:"title,required"`
	Kind       ChartKind `yaml:"kind,required"`
	Indicators []string  `yaml:"indicators,required"`
	YAxis      string    `yaml:"y_axis"`
}

// ChartKind is the form of a chart.
type ChartKind string

// The chart kinds.
const (
	LineChart ChartKind = "line"
	BarChart  ChartKind = "bar"
)

func (c *ChartKind) UnmarshalText(b []byte) error { return enum(c, string(b), LineChart, BarChart) }

// Goal is a programme goal that indicators operationalise.
type Goal struct {
	Pos         diag.Pos `yaml:"-"`
	ID          string   `yaml:"id,required"`
	Name        string   `yaml:"name,required"`
	Description string   `yaml:"description"`
}

// Indicator is one indicator definition.
type Indicator struct {
	Pos diag.Pos             `yaml:"-"`
	At  yamlstrict.Positions `yaml:"-"`
	// PerThousandOf is set on indicators made by another's per_1000: true.
	PerThousandOf string `yaml:"-"`
	// Invalid is set when the definition has problems; the engine skips it.
	Invalid bool `yaml:"-"`
	// Standard is set on the standard library's definitions.
	Standard bool `yaml:"-"`
	// codes is what the filter says about category codes, kept by Load.
	codes *codeInfo

	ID         string `yaml:"id,required"`
	Name       string `yaml:"name,required"`
	Definition string `yaml:"definition,required"`
	Source     string `yaml:"source,required"`
	Unit       Unit   `yaml:"unit,required"`
	Kind       Kind   `yaml:"kind,required"`
	Goal       string `yaml:"goal"`

	// flow and stock
	Register    string          `yaml:"register"`
	Date        string          `yaml:"date"`
	From        string          `yaml:"from"`
	To          string          `yaml:"to"`
	StockOn     StockOn         `yaml:"stock_on"`
	MinDuration *Duration       `yaml:"min_duration"`
	Measure     Measure         `yaml:"measure"`
	Key         string          `yaml:"key"`
	Amount      string          `yaml:"amount"`
	Filter      yamlstrict.Text `yaml:"filter"`
	Breakdown   []string        `yaml:"breakdown"`

	// ratio
	Numerator   string  `yaml:"numerator"`
	Denominator string  `yaml:"denominator"`
	Factor      float64 `yaml:"factor"`

	// derived
	Formula yamlstrict.Text `yaml:"formula"`

	// entered
	BehavesAs BehavesAs `yaml:"behaves_as"`

	// presentation and goals
	Direction Direction          `yaml:"direction"`
	Decimals  *int               `yaml:"decimals"`
	Per1000   bool               `yaml:"per_1000"`
	Baseline  *Baseline          `yaml:"baseline"`
	Targets   map[string]num.Dec `yaml:"targets"`
	Jump      *float64           `yaml:"jump_warning_percent"`
	// Report false keeps a helper indicator (a denominator, a part of a
	// formula) out of the report's indicator section; it is still computed.
	Report *bool `yaml:"report"`
}

// ShownDecimals is how many decimals reports show: the definition's
// decimals, else 1 for per cent and 0 otherwise.
func (ind *Indicator) ShownDecimals() int {
	if ind.Decimals != nil {
		return *ind.Decimals
	}
	if ind.Unit == Percent {
		return 1
	}
	return 0
}

// InReport reports whether the indicator is shown in the report's indicator
// section: by default yes, except per-1000 companions.
func (ind *Indicator) InReport() bool {
	if ind.Report != nil {
		return *ind.Report
	}
	return ind.PerThousandOf == ""
}

// Duration is a minimum length of an episode, with its counting rule.
type Duration struct {
	MoreThanDays int      `yaml:"more_than_days,required"`
	Counting     Counting `yaml:"counting,required"`
}

// Baseline is the figure a programme starts from.
type Baseline struct {
	Period string  `yaml:"period,required"`
	Value  num.Dec `yaml:"value,required"`
}

// Rule is a validation rule between figures of one kommune and period.
type Rule struct {
	Pos    diag.Pos        `yaml:"-"`
	ID     string          `yaml:"id,required"`
	Text   string          `yaml:"text,required"`
	Assert yamlstrict.Text `yaml:"assert,required"`
}

// enum is the shared machinery of the closed lists below.
func enum[T ~string](dst *T, s string, allowed ...T) error {
	for _, a := range allowed {
		if string(a) == s {
			*dst = a
			return nil
		}
	}
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = string(a)
	}
	return enumError{msg.DefBadEnum.F(s, strings.Join(names, ", "))}
}

type enumError struct{ s string }

func (e enumError) Error() string { return e.s }

// Kind is how an indicator's value is obtained.
type Kind string

// The kinds.
const (
	Flow    Kind = "flow"
	Stock   Kind = "stock"
	Ratio   Kind = "ratio"
	Derived Kind = "derived"
	Entered Kind = "entered"
)

// Kinds lists every kind, in documentation order.
var Kinds = []Kind{Flow, Stock, Ratio, Derived, Entered}

func (k *Kind) UnmarshalText(b []byte) error { return enum(k, string(b), Kinds...) }

// Unit is what a value counts.
type Unit string

// The units.
const (
	Count    Unit = "antall"
	NOK      Unit = "NOK"
	Percent  Unit = "prosent"
	Per1000  Unit = "per 1000 innbyggere"
	Days     Unit = "dager"
	Quotient Unit = "forhold"
)

// Units lists every unit.
var Units = []Unit{Count, NOK, Percent, Per1000, Days, Quotient}

func (u *Unit) UnmarshalText(b []byte) error { return enum(u, string(b), Units...) }

// Measure is what a flow counts among its rows.
type Measure string

// The measures.
const (
	CountRows     Measure = "count"
	CountDistinct Measure = "count_distinct"
	Sum           Measure = "sum"
)

// Measures lists every measure.
var Measures = []Measure{CountRows, CountDistinct, Sum}

func (m *Measure) UnmarshalText(b []byte) error { return enum(m, string(b), Measures...) }

// StockOn says on which days a stock episode must be active.
type StockOn string

// The stock rules.
const (
	LastDay  StockOn = "last_day"
	FirstDay StockOn = "first_day"
	During   StockOn = "during"
)

// StockOns lists every stock rule.
var StockOns = []StockOn{LastDay, FirstDay, During}

func (s *StockOn) UnmarshalText(b []byte) error { return enum(s, string(b), StockOns...) }

// Counting is how days of an episode are counted.
type Counting string

// The counting rules.
const (
	// Nights: the start day is day 0; on day d the episode has lasted d − from days.
	Nights Counting = "nights"
	// DaysInclusive: both the start day and day d count; d − from + 1 days.
	DaysInclusive Counting = "days_inclusive"
)

// Countings lists every counting rule.
var Countings = []Counting{Nights, DaysInclusive}

func (c *Counting) UnmarshalText(b []byte) error { return enum(c, string(b), Countings...) }

// Direction says which way is better.
type Direction string

// The directions.
const (
	Higher Direction = "higher"
	Lower  Direction = "lower"
)

// Directions lists both directions.
var Directions = []Direction{Higher, Lower}

func (d *Direction) UnmarshalText(b []byte) error { return enum(d, string(b), Directions...) }

// BehavesAs tells how an entered figure relates across periods, for the identity checks.
type BehavesAs string

// The behaviours.
const (
	AsFlow  BehavesAs = "flow"
	AsStock BehavesAs = "stock"
)

func (b *BehavesAs) UnmarshalText(t []byte) error { return enum(b, string(t), AsFlow, AsStock) }

// MinDays returns, for a stock with a minimum duration, the largest start
// date an episode may have to count on day d: from ≤ d − MinDays().
func (d Duration) MinDays() int {
	if d.Counting == DaysInclusive {
		return d.MoreThanDays // d − from + 1 > N  ⇔  from ≤ d − N
	}
	return d.MoreThanDays + 1 // d − from > N  ⇔  from ≤ d − (N+1)
}

// PeriodRule says how an indicator's figure for a year (or a longer
// period) relates to its figures for the parts of it (SPEC §3): the
// identities the engine checks, and the relations a reader can use to
// work out one from the others.
type PeriodRule uint8

// The rules.
const (
	NoPeriodRule     PeriodRule = iota
	SumOfParts                  // the year is the sum of its half-years (row counts, sums, typed flows)
	BetweenMaxAndSum            // distinct households: max(parts) ≤ year ≤ Σ parts
	LastPart                    // a stock on the last day: the year is its last part
	FirstPart                   // a stock on the first day: the year is its first part
)

// PeriodRule returns the indicator's rule; derived and ratio figures have
// none of their own.
func (ind *Indicator) PeriodRule() PeriodRule {
	switch ind.Kind {
	case Flow:
		if ind.Measure == CountDistinct {
			return BetweenMaxAndSum
		}
		return SumOfParts
	case Stock:
		switch ind.StockOn {
		case During:
			return BetweenMaxAndSum
		case LastDay:
			return LastPart
		case FirstDay:
			return FirstPart
		}
	case Entered:
		switch ind.BehavesAs {
		case AsFlow:
			return SumOfParts
		case AsStock:
			return LastPart
		}
	}
	return NoPeriodRule
}
