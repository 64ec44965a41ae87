package source

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"boso/indicators/diag"
	"boso/templates/msg"
)

// The codes a category field can take are declared by its mapping: the
// codes its values map gives, or its codes list when the export already
// holds boso's codes. The engine checks indicator filters against them
// before reading any row; while reading, a stream notes which of the codes
// the filters look for occur at all.

// prepareCodes builds the lookup from a category cell's text to its code.
func (f *FieldMap) prepareCodes(name string, l *diag.List) {
	if len(f.Values) > 0 && len(f.Codes) > 0 {
		l.Add(CodeMapping, f.At["codes"], msg.MapValuesAndCodes.F(name))
	}
	switch {
	case len(f.Values) > 0:
		f.values, f.labels = map[string]string{}, map[string]string{}
		for _, k := range slices.Sorted(maps.Keys(f.Values)) {
			low := strings.ToLower(strings.TrimSpace(k))
			if prev, ok := f.labels[low]; ok && f.values[low] != f.Values[k] {
				// boso reads cells ignoring case and spaces around: the
				// two are one text, and one of the codes would be lost
				pos, found := f.At.Entry("values", k)
				if !found {
					pos = f.optionPos()
				}
				l.Add(CodeMapping, pos, msg.MapValuesSameText.F(k, f.Values[k], prev, f.Values[prev]))
				continue
			}
			f.values[low] = f.Values[k]
			if _, ok := f.labels[low]; !ok {
				f.labels[low] = k
			}
		}
	case len(f.Codes) > 0:
		f.values, f.labels = map[string]string{}, map[string]string{}
		for _, c := range f.Codes {
			low := strings.ToLower(strings.TrimSpace(c))
			f.values[low] = c
			f.labels[low] = c
		}
	}
}

// CodeSet returns the codes the field can take, sorted, and whether its
// mapping declares them. A text field, and a category field with neither
// values nor codes, passes its cells through: any code can occur.
func (f *FieldMap) CodeSet() (codes []string, declared bool) {
	if f.Type != Category || f.values == nil {
		return nil, false
	}
	for _, c := range f.values {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return slices.Compact(codes), true
}

// CodePos returns where the mapping gives code: the first value in the
// file that maps to it, or its item in the codes list; else the field.
func (f *FieldMap) CodePos(code string) diag.Pos {
	var best diag.Pos
	for _, label := range f.Labels(code) {
		if p, ok := f.At.Entry("values", label); ok && (best.Line == 0 || p.Line < best.Line) {
			best = p
		}
	}
	if p, ok := f.At.Entry("codes", code); ok && best.Line == 0 {
		best = p
	}
	if best.Line == 0 {
		return f.optionPos()
	}
	return best
}

// optionPos is the position of the field's values or codes.
func (f *FieldMap) optionPos() diag.Pos {
	for _, k := range []string{"values", "codes"} {
		if p, ok := f.At[k]; ok {
			return p
		}
	}
	return f.Pos
}

// Labels returns the cell texts the values map turns into code, sorted.
func (f *FieldMap) Labels(code string) []string {
	var out []string
	for label, c := range f.Values {
		if c == code {
			out = append(out, label)
		}
	}
	sort.Strings(out)
	return out
}

// CodeOf returns the code a cell holding text gets, if the mapping
// declares one: what a filter meant when it names a label, not a code.
func (f *FieldMap) CodeOf(text string) (string, bool) {
	c, ok := f.values[strings.ToLower(strings.TrimSpace(text))]
	return c, ok && f.Type == Category
}

// CodeHint is the hint for a filter that looks for text, which is not a
// code the field gives but a cell the mapping turns into one: the cell
// text as the mapping writes it and its code, or only the code's spelling
// when text is the code in other letters («fravikelse» for «Fravikelse»
// in a codes list).
func (f *FieldMap) CodeHint(text string) (hint, code string, ok bool) {
	code, ok = f.CodeOf(text)
	if !ok {
		return "", "", false
	}
	low := strings.ToLower(strings.TrimSpace(text))
	label := f.labels[low]
	if label != strings.TrimSpace(text) && strings.EqualFold(label, code) {
		return msg.CodeSpelled.F(code), code, true
	}
	return msg.CodeIsLabel.F(label, code), code, true
}

// known lists the texts a category cell may hold, for messages.
func (f *FieldMap) known() string {
	if len(f.Values) == 0 {
		return strings.Join(f.Codes, ", ")
	}
	return knownValues(f.Values)
}

// Watch asks the stream to note whether field ever holds code. Call it
// before the first Next; a field the stream does not read is ignored.
func (s *Stream) Watch(field, code string) {
	i := slices.Index(s.Fields, field)
	if i < 0 {
		return
	}
	if s.watch == nil {
		s.watch = make([]map[string]bool, len(s.Fields))
	}
	if s.watch[i] == nil {
		s.watch[i] = map[string]bool{}
	}
	if _, ok := s.watch[i][code]; !ok {
		s.watch[i][code] = false
	}
}

// Unseen returns the watched codes of field that no record held, sorted.
// Only meaningful once Next has returned false.
func (s *Stream) Unseen(field string) []string {
	i := slices.Index(s.Fields, field)
	if i < 0 || s.watch == nil {
		return nil
	}
	var out []string
	for c, seen := range s.watch[i] {
		if !seen {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// Rows is the number of data rows read so far (Sum rows not counted).
func (s *Stream) Rows() int { return s.rows }

// note marks a watched code of field i as seen.
func (s *Stream) note(i int, v Value) {
	if v.Null {
		return
	}
	if seen, watched := s.watch[i][v.Str]; watched && !seen {
		s.watch[i][v.Str] = true
	}
}
