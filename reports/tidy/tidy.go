// Package tidy lays figures out as the tidy table boso exports: one row per
// kommune, period, indicator and group, with the value in machine-readable
// form (decimal point, no grouping), the SSB mark, its reason and the
// quality flags in words (citing every figure: the export hides nothing),
// and the reason's code. It writes the CSV form; reports/xlsx writes the
// same rows.
package tidy

import (
	"bufio"
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
//
// A spreadsheet opening the file runs a cell that starts with =, +, -, @,
// tab or carriage return as a formula (CSV injection): a kommune or
// programme named «=HYPERLINK(…)» would run in every row. Text cells that
// start so are written as OWASP advises, with a single quote before them
// and the field quoted; the value column holds numbers only and keeps its
// minus sign, so negative figures stay numbers.
func WriteCSV(w io.Writer, figs []engine.Figure, m Meta) error {
	bw := bufio.NewWriter(w)
	writeRecord(bw, Header(), -1)
	for i := range figs {
		writeRecord(bw, Row(&figs[i], m), ValueColumn)
	}
	return bw.Flush()
}

// writeRecord writes one CSV line; the field at index number is a number
// and written as it is (-1: none). Errors stay in bw until Flush.
func writeRecord(bw *bufio.Writer, fields []string, number int) {
	for i, f := range fields {
		if i > 0 {
			bw.WriteByte(',')
		}
		quote := false
		if i != number && Formulaic(f) {
			f, quote = "'"+f, true
		}
		if quote || strings.ContainsAny(f, ",\"\r\n") || strings.HasPrefix(f, " ") {
			bw.WriteByte('"')
			bw.WriteString(strings.ReplaceAll(f, `"`, `""`))
			bw.WriteByte('"')
			continue
		}
		bw.WriteString(f)
	}
	bw.WriteByte('\n')
}

// Formulaic reports whether a spreadsheet would read s as a formula when
// it stands at the start of a CSV field.
func Formulaic(s string) bool {
	return s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0]))
}

func reasonCode(f *engine.Figure) string {
	if f.Reason == nil {
		return ""
	}
	return string(f.Reason.Code)
}
