package engine

import (
	"slices"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/source"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// CodeExport is a row of boso's own figure export (format: boso-tall)
// that does not hold together: a mark with a value, a breakdown the
// indicator does not have, a ratio whose numerator and denominator do
// not give its value.
const CodeExport = "BOSO-E006"

// reasonCodes are the reasons an export's forklaringskode may give.
var reasonCodes = []ReasonCode{ReasonNoSource, ReasonNotCovered, ReasonInputMissing, ReasonZeroDenominator,
	ReasonNoPopulation, ReasonNotEntered, ReasonBlank, ReasonEnteredMark, ReasonProvisional,
	ReasonMarkedProvisional, ReasonInputProvisional, ReasonFormula, ReasonOverflow}

// readExport reads boso's own figure export (a mapping with format:
// boso-tall) as entered figures, each exactly as it was computed: a row
// with an inndeling is that breakdown group's figure (not a second total),
// a row with a mark and no value is a missing figure with the mark and
// its reason code, and a ratio keeps its numerator and denominator. A row
// that does not hold together is an error (CodeExport) and is not used.
func (e *engine) readExport(m *source.Mapping) {
	e.eachRecord(m, source.ExportFields, func(k string, rec *source.Record, _ func(int) diag.Pos) {
		if len(rec.Values) != len(source.ExportFields) {
			return // a field of the format given another type: reported with the mapping
		}
		v := rec.Values
		pv, iv, vv, mv, gv, cv, tv, nv, rv, bv := v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]
		if pv.Null || iv.Null {
			e.l.Add(CodeExport, rec.Pos, msg.ExportNoKey.F())
			return
		}
		ind := e.in.Set.Get(iv.Str)
		if ind == nil {
			e.l.Add(CodeEntered, rec.Pos, msg.PlanEnteredUnknown.F(iv.Str))
			return
		}
		mark := mv.Str
		if vv.Null && vv.Str != "" {
			// an SSB mark in the value column itself
			if mark != "" && mark != vv.Str {
				e.l.Add(CodeExport, rec.Pos, msg.ExportTwoMarks.F(vv.Str, mark))
				return
			}
			mark = vv.Str
		}
		row := ExportRow{Mark: mark, Group: gv.Str, Kind: bv.Str,
			Value: vv.Num, HasValue: !vv.Null, Numerator: tv.Num, HasNumerator: !tv.Null,
			Denominator: nv.Num, HasDenominator: !nv.Null, Rows: rv.Num, HasRows: !rv.Null}
		if text := CheckExportRow(ind, row); text != "" {
			e.l.Add(CodeExport, rec.Pos, text)
			return
		}
		x := &Exported{Code: ReasonCode(cv.Str)}
		if x.Code != "" && !slices.Contains(reasonCodes, x.Code) {
			e.l.Warn(CodeExport, rec.Pos, msg.ExportUnknownCode.F(cv.Str, ind.ID))
			x.Code = ""
		}
		if row.HasNumerator && row.HasDenominator {
			x.Numerator, x.Denominator, x.Parts = tv.Num, nv.Num, true
		}
		if row.HasRows {
			x.Rows = int64(rv.Num / num.Scale)
		}
		e.addEntered(Entered{Kommune: k, Period: pv.Str, Indicator: ind.ID, Group: gv.Str, Value: vv.Num, Blank: vv.Null,
			Mark: mark, Provisional: mark == string(Provisional), Pos: rec.Pos, Export: x})
	})
}

// ExportRow is one row of boso's figure export as read: what tells
// whether it holds together as a figure of its indicator.
type ExportRow struct {
	Mark                                            string // "", "..", ".", ":", "*"
	Group                                           string // inndeling: "felt=verdi", "" for the total
	Kind                                            string // beregning: the kind code the export says
	Value, Numerator, Denominator, Rows             num.Dec
	HasValue, HasNumerator, HasDenominator, HasRows bool
}

// CheckExportRow says, in Norwegian, what is wrong with r as a figure of
// ind, or "" when it holds together: a mark with a value, a breakdown the
// indicator does not have, parts on a figure that is no ratio, a ratio
// whose numerator and denominator do not give its value. Every reader of
// the export (a programme's format: boso-tall, the regional roll-up)
// judges its rows by it.
func CheckExportRow(ind *definition.Indicator, r ExportRow) string {
	switch Mark(r.Mark) {
	case NoMark:
		if !r.HasValue {
			return msg.ExportNoValue.F(ind.ID)
		}
	case NoData, NotComputable, Suppressed:
		if r.HasValue {
			return msg.ExportValueWithMark.F(ind.ID, r.Value, r.Mark)
		}
	case Provisional:
		if !r.HasValue {
			return msg.ExportProvisionalNoValue.F(ind.ID)
		}
	default:
		return msg.ExportBadMark.F(r.Mark, ind.ID)
	}
	if r.Group != "" {
		if text := exportGroup(ind, r.Group); text != "" {
			return text
		}
	}
	if r.Kind != "" && r.Kind != KindCode(ind) {
		return msg.ExportKind.F(ind.ID, r.Kind, KindCode(ind))
	}
	if text := exportParts(ind, r); text != "" {
		return text
	}
	if r.HasRows {
		if ind.Kind != definition.Flow || ind.Measure != definition.Sum {
			return msg.ExportRowsNotSum.F(ind.ID, r.Rows)
		}
		if !r.Rows.IsInt() || r.Rows < 0 {
			return msg.ExportRowsBad.F(r.Rows)
		}
	}
	return ""
}

// exportGroup checks a row's breakdown group: felt=verdi, felt one of the
// indicator's breakdown fields.
func exportGroup(ind *definition.Indicator, g string) string {
	field, value, ok := strings.Cut(g, "=")
	switch {
	case !ok || field == "" || value == "":
		return msg.ExportGroupForm.F(g, ind.ID)
	case len(ind.Breakdown) == 0:
		return msg.ExportGroupNone.F(ind.ID, g)
	case !slices.Contains(ind.Breakdown, field):
		return msg.ExportGroupField.F(ind.ID, field, g, msg.JoinAnd(ind.Breakdown))
	}
	return ""
}

// exportParts checks a row's numerator and denominator against its value:
// only a ratio has them, and they give its value.
func exportParts(ind *definition.Indicator, r ExportRow) string {
	if ind.Kind != definition.Ratio {
		if r.HasNumerator || r.HasDenominator {
			return msg.ExportPartsNotRatio.F(ind.ID)
		}
		return ""
	}
	switch {
	case !r.HasNumerator && !r.HasDenominator:
		if r.HasValue {
			return msg.ExportRatioNoParts.F(ind.ID, r.Value)
		}
		return ""
	case !r.HasNumerator:
		return msg.ExportPartMissing.F(ind.ID, msg.ColTeller.F(), msg.ColNevner.F())
	case !r.HasDenominator:
		return msg.ExportPartMissing.F(ind.ID, msg.ColNevner.F(), msg.ColTeller.F())
	}
	want, ok := Ratio(r.Numerator, r.Denominator, ind.Factor)
	switch {
	case !ok && r.Denominator == 0 && r.HasValue:
		return msg.ExportRatioZero.F(ind.ID, r.Value)
	case ok && !r.HasValue:
		return msg.ExportRatioMissing.F(ind.ID, r.Numerator, r.Denominator, factorText(ind.Factor), want)
	case ok && want != r.Value:
		return msg.ExportRatioDiffers.F(ind.ID, r.Value, r.Numerator, r.Denominator, factorText(ind.Factor), want)
	}
	return ""
}

func factorText(f float64) string {
	d, ok := num.FromFloat(f)
	if !ok {
		return "?"
	}
	return d.String()
}

// checkExportedParts compares each ratio read from an export with the
// figures it was computed from: its numerator must be the numerator
// indicator's figure for the same kommune and period, and its denominator
// the denominator's (or the population, when the run has it). A roll-up
// adds numerators and denominators; they must be the kommune's figures.
func (e *engine) checkExportedParts(r *results, ks []string) {
	for _, ind := range e.inds {
		if ind.Kind != definition.Ratio {
			continue
		}
		for _, k := range ks {
			for pi, p := range e.periods {
				ev := e.exported(k, p, ind.ID)
				if ev == nil || !ev.export.Parts {
					continue
				}
				x := ev.export
				if nf := r.total(k, pi, ind.Numerator); nf != nil && nf.Has && nf.Value != x.Numerator {
					e.l.Add(CodeExport, ev.pos, msg.ExportPartDiffers.F(ind.ID, msg.ColTeller.F(), x.Numerator, ind.Numerator, norsk.PeriodID(p.String()), nf.Value))
				}
				if ind.Denominator == definition.Population {
					y := p.Year
					if p.Type == period.Programme {
						y = p.N
					}
					if pv, ok := e.pop[popKey{k, y}]; ok && pv.n != x.Denominator {
						e.l.Add(CodeExport, ev.pos, msg.ExportPopDiffers.F(ind.ID, x.Denominator, y, pv.n, pv.pos))
					}
				} else if df := r.total(k, pi, ind.Denominator); df != nil && df.Has && df.Value != x.Denominator {
					e.l.Add(CodeExport, ev.pos, msg.ExportPartDiffers.F(ind.ID, msg.ColNevner.F(), x.Denominator, ind.Denominator, norsk.PeriodID(p.String()), df.Value))
				}
			}
		}
	}
}
