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
		bad := func(t msg.Text, args ...any) {
			e.l.Add(CodeExport, rec.Pos, t.F(args...))
		}
		switch Mark(mark) {
		case NoMark:
			if vv.Null {
				bad(msg.ExportNoValue, ind.ID)
				return
			}
		case NoData, NotComputable, Suppressed:
			if !vv.Null {
				bad(msg.ExportValueWithMark, ind.ID, vv.Num, mark)
				return
			}
		case Provisional:
			if vv.Null {
				bad(msg.ExportProvisionalNoValue, ind.ID)
				return
			}
		default:
			bad(msg.ExportBadMark, mark, ind.ID)
			return
		}
		if gv.Str != "" && !e.exportGroup(ind, gv.Str, rec) {
			return
		}
		if bv.Str != "" && bv.Str != KindCode(ind) {
			bad(msg.ExportKind, ind.ID, bv.Str, KindCode(ind))
			return
		}
		x := &Exported{Code: ReasonCode(cv.Str)}
		if x.Code != "" && !slices.Contains(reasonCodes, x.Code) {
			e.l.Warn(CodeExport, rec.Pos, msg.ExportUnknownCode.F(cv.Str, ind.ID))
			x.Code = ""
		}
		if !e.exportParts(ind, vv, tv, nv, gv.Str, x, rec) {
			return
		}
		if !rv.Null {
			if ind.Kind != definition.Flow || ind.Measure != definition.Sum {
				bad(msg.ExportRowsNotSum, ind.ID, rv.Num)
				return
			}
			if !rv.Num.IsInt() || rv.Num < 0 {
				bad(msg.ExportRowsBad, rv.Num)
				return
			}
			x.Rows = int64(rv.Num / num.Scale)
		}
		e.addEntered(Entered{Kommune: k, Period: pv.Str, Indicator: ind.ID, Group: gv.Str, Value: vv.Num, Blank: vv.Null,
			Mark: mark, Provisional: mark == string(Provisional), Pos: rec.Pos, Export: x})
	})
}

// exportGroup checks a row's breakdown group: felt=verdi, felt one of the
// indicator's breakdown fields.
func (e *engine) exportGroup(ind *definition.Indicator, g string, rec *source.Record) bool {
	field, value, ok := strings.Cut(g, "=")
	switch {
	case !ok || field == "" || value == "":
		e.l.Add(CodeExport, rec.Pos, msg.ExportGroupForm.F(g, ind.ID))
	case len(ind.Breakdown) == 0:
		e.l.Add(CodeExport, rec.Pos, msg.ExportGroupNone.F(ind.ID, g))
	case !slices.Contains(ind.Breakdown, field):
		e.l.Add(CodeExport, rec.Pos, msg.ExportGroupField.F(ind.ID, field, g, msg.JoinAnd(ind.Breakdown)))
	default:
		return true
	}
	return false
}

// exportParts checks a row's numerator and denominator against its value
// and fills them into x: only a ratio has them, and they give its value.
func (e *engine) exportParts(ind *definition.Indicator, vv, tv, nv source.Value, group string, x *Exported, rec *source.Record) bool {
	bad := func(t msg.Text, args ...any) bool {
		e.l.Add(CodeExport, rec.Pos, t.F(args...))
		return false
	}
	if ind.Kind != definition.Ratio {
		if !tv.Null || !nv.Null {
			return bad(msg.ExportPartsNotRatio, ind.ID)
		}
		return true
	}
	switch {
	case tv.Null && nv.Null:
		if !vv.Null {
			return bad(msg.ExportRatioNoParts, ind.ID, vv.Num)
		}
		return true
	case tv.Null:
		return bad(msg.ExportPartMissing, ind.ID, msg.ColTeller.F(), msg.ColNevner.F())
	case nv.Null:
		return bad(msg.ExportPartMissing, ind.ID, msg.ColNevner.F(), msg.ColTeller.F())
	}
	x.Numerator, x.Denominator, x.Parts = tv.Num, nv.Num, true
	want, ok := Ratio(tv.Num, nv.Num, ind.Factor)
	switch {
	case !ok && nv.Num == 0 && !vv.Null:
		return bad(msg.ExportRatioZero, ind.ID, vv.Num)
	case ok && vv.Null:
		return bad(msg.ExportRatioMissing, ind.ID, tv.Num, nv.Num, factorText(ind.Factor), want)
	case ok && want != vv.Num:
		return bad(msg.ExportRatioDiffers, ind.ID, vv.Num, tv.Num, nv.Num, factorText(ind.Factor), want)
	}
	return true
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
				if nf := r.totals[figKey{k, pi, ind.Numerator}]; nf != nil && nf.Has && nf.Value != x.Numerator {
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
				} else if df := r.totals[figKey{k, pi, ind.Denominator}]; df != nil && df.Has && df.Value != x.Denominator {
					e.l.Add(CodeExport, ev.pos, msg.ExportPartDiffers.F(ind.ID, msg.ColNevner.F(), x.Denominator, ind.Denominator, norsk.PeriodID(p.String()), df.Value))
				}
			}
		}
	}
}
