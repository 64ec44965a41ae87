// Package tidy lays figures out as the tidy table boso exports: one row per
// kommune, period, indicator and group, with the value in machine-readable
// form (decimal point, no grouping), the SSB mark, its reason and the
// quality flags in words (citing every figure: the export hides nothing),
// and the reason's code. It writes the CSV form; reports/xlsx writes the
// same rows.
package tidy

import (
	"encoding/csv"
	"io"
	"strings"

	"boso/indicators/engine"
	"boso/reports/notes"
	"boso/templates/msg"
)

// Meta is what the export says about where the figures come from.
type Meta struct {
	Program  string
	Example  bool
	Kommuner map[string]string // number → name
	Words    notes.Words       // words for reasons and flags
}

// Header returns the column names.
func Header() []string {
	return []string{
		msg.ColKommunenummer.F(), msg.ColKommune.F(), msg.ColPeriode.F(), msg.ColIndikator.F(),
		msg.ColInndeling.F(), msg.ColVerdi.F(), msg.ColMerknad.F(), msg.ColForklaring.F(),
		msg.ColKvalitet.F(), msg.ColDatagrunnlag.F(), msg.ColForklaringKode.F(),
	}
}

// ValueColumn is the index of the value column in Row.
const ValueColumn = 5

// Row returns the cells of one figure.
func Row(f *engine.Figure, m Meta) []string {
	val := ""
	if f.Has {
		val = f.Value.String()
	}
	flags := make([]string, len(f.Flags))
	for i, fl := range f.Flags {
		flags[i] = string(fl.Code) + ": " + m.Words.Flag(fl, notes.WithFigures)
	}
	data := ""
	if m.Example {
		data = msg.ExampleData.F()
	}
	return []string{f.Kommune, m.Kommuner[f.Kommune], f.Period.String(), f.Indicator, f.Group, val,
		string(f.Mark), m.Words.Reason(f.Reason, notes.WithFigures), strings.Join(flags, " | "), data, reasonCode(f)}
}

// WriteCSV writes the figures as comma-separated UTF-8 with a header row.
func WriteCSV(w io.Writer, figs []engine.Figure, m Meta) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(Header()); err != nil {
		return err
	}
	for i := range figs {
		if err := cw.Write(Row(&figs[i], m)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func reasonCode(f *engine.Figure) string {
	if f.Reason == nil {
		return ""
	}
	return string(f.Reason.Code)
}
