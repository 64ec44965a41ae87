// Package notes words the engine's facts about a figure — why it has its
// mark (engine.Reason) and its quality flags (engine.Flag) — in Norwegian
// bokmål, the same way for every format and for the CLI.
//
// The engine states facts with the figures they refer to (Reason.Refs,
// Flag.Refs: indicator, period, group and value, always of the same
// kommune); Refs gathers them for one figure. A composer that hides
// figures asks which ones a fact cites and words it one of two ways:
//
//   - WithFigures cites the values and periods the fact refers to, and
//     the flagged figure's own value: «endring fra 3 i 2. halvår 2023 til
//     8 (mer enn 50 %)». For explain, exports and internal reports.
//   - WithoutFigures cites none of them: «stor endring fra perioden før
//     (mer enn 50 %)». For a published document that hides those figures
//     or does not show them.
//
// FlagShown and ReasonShown choose for the composer: they cite only when
// every figure referred to is shown. Whether the flagged figure itself is
// shown, and whether to print the note at all, is the composer's call: a
// REGEL note without figures still says that the rule's figures break it.
// Row and RowGroup word the rows of an explanation (engine.TraceRow).
// Periods are named for readers («2. halvår 2023», never «2023H2»),
// numbers are formatted as in the report (with the indicator's decimals,
// kr and %), and counts take their singular or plural («1 rad», «3 rader»).
package notes

import (
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/num"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// Cite says whether words cite the figures a fact refers to.
type Cite bool

// The two ways of wording a fact.
const (
	WithFigures    Cite = true
	WithoutFigures Cite = false
)

// Words words facts, naming indicators by the definitions'.
type Words struct{ set *definition.Set }

// For returns words that name indicators and format their values as set
// defines them; with a nil set, indicators are named by their ids and
// values shown with the decimals they have.
func For(set *definition.Set) Words { return Words{set: set} }

// Refs returns the figures that a figure's reason and flags refer to, in
// order, each once.
func Refs(f *engine.Figure) []engine.Ref {
	var out []engine.Ref
	seen := map[engine.Ref]bool{}
	add := func(refs []engine.Ref) {
		for _, r := range refs {
			if !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	if f.Reason != nil {
		add(f.Reason.Refs)
	}
	for _, fl := range f.Flags {
		add(fl.Refs)
	}
	return out
}

// FlagShown words fl, citing the figures it refers to only when shown
// reports every one of them as shown in the document.
func (w Words) FlagShown(fl *engine.Flag, shown func(engine.Ref) bool) string {
	return w.Flag(fl, allShown(fl.Refs, shown))
}

// ReasonShown words r, citing the figures it refers to only when shown
// reports every one of them as shown in the document.
func (w Words) ReasonShown(r *engine.Reason, shown func(engine.Ref) bool) string {
	if r == nil {
		return ""
	}
	return w.Reason(r, allShown(r.Refs, shown))
}

func allShown(refs []engine.Ref, shown func(engine.Ref) bool) Cite {
	for _, r := range refs {
		if !shown(r) {
			return WithoutFigures
		}
	}
	return WithFigures
}

// Reason words why a figure has its mark; "" for none (nil).
func (w Words) Reason(r *engine.Reason, cite Cite) string {
	if r == nil {
		return ""
	}
	switch r.Code {
	case engine.ReasonNoSource:
		return msg.ReasonNoSource.F(r.Register)
	case engine.ReasonNotCovered:
		return coverage(r.Register, r.Spans)
	case engine.ReasonInputMissing:
		if !cite || len(r.Refs) == 0 {
			return msg.ReasonInputMissingBare.F()
		}
		names := make([]string, len(r.Refs))
		for i, ref := range r.Refs {
			names[i] = w.name(ref.Indicator)
		}
		return msg.ReasonInputMissing.F(List(names))
	case engine.ReasonZeroDenominator:
		switch {
		case cite == WithoutFigures:
			return msg.ReasonNotComputableBare.F()
		case len(r.Refs) > 0:
			return msg.ReasonZeroDenom.F(w.name(r.Refs[0].Indicator))
		}
		return msg.ReasonZeroPopulation.F(r.Year)
	case engine.ReasonNoPopulation:
		return msg.ReasonNoPopulation.F(r.Year)
	case engine.ReasonNotEntered:
		return msg.ReasonNotEntered.F()
	case engine.ReasonBlank:
		return msg.ReasonEnteredBlank.F()
	case engine.ReasonEnteredMark:
		return msg.ReasonEnteredMark.F(r.Mark)
	case engine.ReasonProvisional:
		return msg.ReasonProvisional.F(norsk.Date(r.Date))
	case engine.ReasonMarkedProvisional:
		return msg.ReasonMarkedProvis.F()
	case engine.ReasonInputProvisional:
		if !cite || len(r.Refs) == 0 {
			return msg.ReasonInputProvisionBare.F()
		}
		return msg.ReasonInputProvisional.F(w.name(r.Refs[0].Indicator))
	case engine.ReasonFormula:
		if r.Detail == "" {
			return msg.ReasonFormulaNoDetail.F()
		}
		return msg.ReasonFormulaFailed.F(r.Detail)
	case engine.ReasonOverflow:
		return msg.ReasonOverflow.F()
	}
	return string(r.Code)
}

// Flag words a quality flag (without its code).
func (w Words) Flag(fl *engine.Flag, cite Cite) string {
	cite = cite && len(fl.Refs) > 0
	switch fl.Code {
	case engine.FlagEntered:
		return msg.FlagEntered.F()
	case engine.FlagTolerant:
		return msg.FlagTolerant.F(fl.N, norsk.Count(fl.N))
	case engine.FlagSumRows:
		return msg.FlagSumRows.F(fl.N, norsk.Count(fl.N), diag.ShownPath(fl.File))
	case engine.FlagIdentity:
		return w.identity(fl, cite)
	case engine.FlagJump:
		limit := norsk.Exact(fl.Limit)
		if !cite {
			return msg.FlagJumpBare.F(limit)
		}
		prev := fl.Refs[0]
		return msg.FlagJump.F(w.value(prev.Indicator, prev.Value), norsk.Period(prev.Period), w.value(prev.Indicator, fl.Value), limit)
	case engine.FlagRule:
		if !cite {
			return msg.FlagRule.F(fl.Rule, fl.RuleText)
		}
		figs := make([]string, len(fl.Refs))
		for i, r := range fl.Refs {
			figs[i] = msg.FigureCited.F(w.name(r.Indicator), w.value(r.Indicator, r.Value))
		}
		return msg.FlagRuleFigures.F(fl.Rule, fl.RuleText, strings.Join(figs, "; "))
	case engine.FlagCoverage:
		return coverage(fl.Register, fl.Spans)
	}
	return string(fl.Code)
}

func (w Words) identity(fl *engine.Flag, cite Cite) string {
	if !cite {
		switch fl.Check {
		case engine.SumOfParts:
			return msg.FlagIdentitySumBare.F()
		case engine.BetweenMaxAndSum:
			return msg.FlagIdentityRangeBare.F()
		}
		return msg.FlagIdentityStockBare.F()
	}
	id := fl.Refs[0].Indicator
	var sum, maxV num.Dec
	for i, r := range fl.Refs {
		sum += r.Value
		if i == 0 || r.Value > maxV {
			maxV = r.Value
		}
	}
	first, last := norsk.Period(fl.Refs[0].Period), norsk.Period(fl.Refs[len(fl.Refs)-1].Period)
	switch fl.Check {
	case engine.SumOfParts:
		return msg.FlagIdentitySum.F(w.value(id, fl.Value), first, last, w.value(id, sum))
	case engine.BetweenMaxAndSum:
		return msg.FlagIdentityRange.F(w.value(id, fl.Value), w.value(id, maxV), w.value(id, sum), first, last)
	}
	return msg.FlagIdentityStock.F(w.value(id, fl.Value), first, w.value(id, fl.Refs[0].Value))
}

func coverage(register string, spans []engine.Span) string {
	if len(spans) == 0 {
		return msg.ReasonNotCoveredAny.F(register)
	}
	days := make([]string, len(spans))
	for i, s := range spans {
		days[i] = msg.SpanDays.F(norsk.Date(s.From), norsk.Date(s.To))
	}
	return msg.ReasonNotCovered.F(register, List(days))
}

// Uncovered words, for a report's reader, why a figure is missing when the
// register's exports do not cover the period: without the register's id,
// which means nothing to a reader, but with the days they do cover.
func (w Words) Uncovered(spans []engine.Span) string {
	if len(spans) == 0 {
		return msg.ReasonUncoveredKommune.F()
	}
	days := make([]string, len(spans))
	for i, s := range spans {
		days[i] = msg.SpanDays.F(norsk.Date(s.From), norsk.Date(s.To))
	}
	return msg.ReasonUncovered.F(List(days))
}

// name is the indicator's name, or its id when the definitions do not know it.
func (w Words) name(id string) string {
	if ind := w.ind(id); ind != nil && ind.Name != "" {
		return ind.Name
	}
	return id
}

// value is a figure of indicator id as the report shows it, with its unit
// where one is written after numbers (kr, %).
func (w Words) value(id string, v num.Dec) string {
	ind := w.ind(id)
	if ind == nil {
		return norsk.Exact(v)
	}
	s := norsk.Number(v, ind.ShownDecimals())
	switch ind.Unit {
	case definition.NOK:
		return msg.UnitNOKAfter.F(s)
	case definition.Percent:
		return msg.UnitPercentAfter.F(s)
	}
	return s
}

func (w Words) ind(id string) *definition.Indicator {
	if w.set == nil {
		return nil
	}
	return w.set.Get(id)
}

// List joins items the Norwegian way: «a», «a og b», «a, b og c».
func List(items []string) string { return msg.JoinAnd(items) }

// Row words what became of one input row of an explanation: «telt»,
// «utenfor perioden (30.06.2024)» …
func (w Words) Row(r *engine.TraceRow) string {
	switch r.Code {
	case engine.RowCounted:
		if r.Sum {
			return msg.CountedSum.F(norsk.Exact(r.Amount))
		}
		return msg.CountedRow.F()
	case engine.RowDuplicate:
		return msg.ExcludedDuplicate.F(r.Field, r.First)
	case engine.RowOutside:
		return msg.ExcludedOutsideOn.F(norsk.Date(r.Date))
	case engine.RowOutsideExport:
		return msg.ExcludedOutsideCoverage.F(norsk.Date(r.Date))
	case engine.RowBadValue:
		return msg.ExcludedBadValue.F(r.Detail)
	case engine.RowTooShort:
		return msg.ExcludedTooShortOn.F(length(r.N, r.Days), norsk.Date(r.Date), length(r.Min, r.Days))
	case engine.RowFilterError:
		return msg.ExcludedFilterError.F(r.Detail)
	}
	return w.RowGroup(r)
}

// RowGroup words the reason a row is left out without the row's own
// details (its date, the row a duplicate repeats), so that rows can be
// grouped under it: «utenfor perioden».
func (w Words) RowGroup(r *engine.TraceRow) string {
	switch r.Code {
	case engine.RowCounted:
		return msg.CountedRow.F()
	case engine.RowDuplicate:
		return msg.ExcludedDuplicateGroup.F(r.Field)
	case engine.RowOutside:
		return msg.ExcludedOutside.F()
	case engine.RowOutsideExport:
		return msg.ExcludedOutsideExportGroup.F()
	case engine.RowFilterFalse:
		return msg.ExcludedFilter.F()
	case engine.RowFilterError:
		return msg.ExcludedFilterErrorGroup.F()
	case engine.RowNoDate:
		return msg.ExcludedNoDate.F(r.Field)
	case engine.RowNoValue:
		return msg.ExcludedNoKey.F(r.Field)
	case engine.RowBadValue:
		return msg.ExcludedBadValueGroup.F()
	case engine.RowTooShort:
		return msg.ExcludedTooShortGroup.F(length(r.Min, r.Days))
	case engine.RowNotActive:
		when := norsk.Date(r.Span.From)
		if r.Span.To != r.Span.From {
			when = msg.SpanDays.F(when, norsk.Date(r.Span.To))
		}
		return msg.ExcludedNotActive.F(when)
	case engine.RowFailed:
		return msg.ExcludedFailed.F()
	}
	return string(r.Code)
}

// length is a length of stay: «1 natt», «91 netter», «90 dager».
func length(n int, days bool) string {
	if days {
		return msg.CountDays.F(n, norsk.Count(n))
	}
	return msg.CountNights.F(n, norsk.Count(n))
}
