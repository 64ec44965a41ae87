package source

import (
	"strings"

	"boso/indicators/diag"
	"boso/indicators/source/table"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
)

// FormatBosoTall is the format of boso's own figure export (tall.csv,
// tall.xlsx from boso compute), read into the aggregate register: a
// mapping with format: boso-tall needs no fields, reads the export's
// standard columns with a decimal point, and its rows are read as what
// they are (indicators/engine): breakdown parts, marks with their reason
// codes, ratios with their numerator and denominator.
const FormatBosoTall = "boso-tall"

// Formats lists the known values of format.
var Formats = []string{FormatBosoTall}

// The canonical fields of a boso-tall mapping beyond the aggregate
// register's own (kommune, periode, indikator, verdi, merknad).
const (
	FieldInndeling = "inndeling"
	FieldKode      = "forklaringskode"
	FieldTeller    = "teller"
	FieldNevner    = "nevner"
	FieldRader     = "rader"
	FieldBeregning = "beregning"
)

// ExportFields are the fields a boso-tall mapping reads, in the order the
// engine asks for them after kommune.
var ExportFields = []string{"periode", "indikator", "verdi", "merknad", FieldInndeling, FieldKode, FieldTeller, FieldNevner, FieldRader, FieldBeregning}

// exportColumns maps each field of a boso-tall mapping to its column in
// the export (reports/tidy writes the same names) and type.
func exportColumns() map[string]*FieldMap {
	return map[string]*FieldMap{
		"kommune":      {Column: msg.ColKommunenummer.F(), Type: Kommune},
		"periode":      {Column: msg.ColPeriode.F(), Type: Period},
		"indikator":    {Column: msg.ColIndikator.F(), Type: Text},
		"verdi":        {Column: msg.ColVerdi.F(), Type: Number},
		"merknad":      {Column: msg.ColMerknad.F(), Type: Text},
		FieldInndeling: {Column: msg.ColInndeling.F(), Type: Text},
		FieldKode:      {Column: msg.ColForklaringKode.F(), Type: Text},
		FieldTeller:    {Column: msg.ColTeller.F(), Type: Number},
		FieldNevner:    {Column: msg.ColNevner.F(), Type: Number},
		FieldRader:     {Column: msg.ColRader.F(), Type: Number},
		FieldBeregning: {Column: msg.ColBeregning.F(), Type: Text},
	}
}

// IsExport reports whether the mapping reads boso's own figure export.
func (m *Mapping) IsExport() bool { return m.Format == FormatBosoTall }

// applyFormat checks format: and, for boso-tall, fills in the fields the
// mapping does not name (a field it names keeps the mapping's column) and
// the decimal point.
func (m *Mapping) applyFormat(l *diag.List) {
	if m.Format == "" {
		if len(m.Fields) == 0 {
			l.Add(yamlstrict.CodeMissing, m.Pos, msg.YAMLMissingField.F("fields"))
		}
		return
	}
	if m.Format != FormatBosoTall {
		l.Add(CodeMapping, m.pos("format"), msg.MapUnknownFormat.F(m.Format, strings.Join(Formats, ", ")))
		return
	}
	if m.Register != AggregateRegister {
		l.Add(CodeMapping, m.pos("format"), msg.MapFormatRegister.F(m.ID, m.Format, AggregateRegister, m.Register))
	}
	if m.Decimal == "," {
		l.Add(CodeMapping, m.pos("decimal"), msg.MapFormatDecimal.F(m.Format))
	}
	m.Decimal = "."
	if m.Fields == nil {
		m.Fields = map[string]*FieldMap{}
	}
	for _, name := range append([]string{"kommune"}, ExportFields...) {
		fm := exportColumns()[name]
		given := m.Fields[name]
		switch {
		case given == nil && !(name == "kommune" && m.Kommune != ""):
			m.Fields[name] = fm
		case given != nil && given.Type != fm.Type:
			l.Add(CodeMapping, given.Pos, msg.MapFormatFieldType.F(name, fm.Type, m.Format, given.Type))
		}
	}
}

// NeedsEscape reports whether boso's export writes s with a single quote
// before it (CSV injection, see reports/tidy): s starts with =, +, -, @,
// tab or carriage return, or with quotes and then one of them (so that a
// cell that looks escaped already reads back as itself).
func NeedsEscape(s string) bool {
	t := strings.TrimLeft(s, "'")
	return t != "" && strings.ContainsRune("=+-@\t\r", rune(t[0]))
}

// Unescape undoes the export's escape: the quote before a cell that
// needed one is taken away; other cells are returned as they are.
func Unescape(s string) string {
	if len(s) >= 2 && s[0] == '\'' && NeedsEscape(s[1:]) {
		return s[1:]
	}
	return s
}

// looksLikeExport reports whether a header is that of boso's own figure
// export: it has the columns only the export has.
func looksLikeExport(header []string) bool {
	var group, code bool
	for _, h := range header {
		switch normHeader(h) {
		case normHeader(msg.ColInndeling.F()):
			group = true
		case normHeader(msg.ColForklaringKode.F()):
			code = true
		}
	}
	return group && code
}

// oldExport reports, as one error, an export made before boso wrote the
// columns a roll-up needs (teller, nevner, rader, beregning): the fix is
// to run boso compute again, not to add four columns by hand.
func (m *Mapping) oldExport(te *table.Error, l *diag.List) bool {
	if !m.IsExport() || te.Header == nil || len(te.HeaderMissing) == 0 {
		return false
	}
	added := map[string]bool{}
	for _, c := range []msg.Text{msg.ColTeller, msg.ColNevner, msg.ColRader, msg.ColBeregning} {
		added[normHeader(c.F())] = true
	}
	for _, c := range te.HeaderMissing {
		if !added[normHeader(c)] {
			return false
		}
	}
	l.Add(CodeColumn, *te.Header, msg.MapExportOld.F(msg.JoinAnd(te.HeaderMissing)))
	return true
}
