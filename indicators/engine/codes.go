package engine

import (
	"maps"
	"slices"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/source"
	"boso/templates/msg"
)

// Problem codes of category codes that cannot occur.
const (
	// CodeCodeNever: a filter looks for a code its register's mapping never gives.
	CodeCodeNever = source.CodeCodeNever
	// CodeCodeUnused: a mapping gives a code no indicator counts (warning).
	CodeCodeUnused = "BOSO-K002"
	// CodeCodeAbsent: a code a filter looks for occurs in no row of an export (warning).
	CodeCodeAbsent = "BOSO-K003"
)

// checkCodes compares, before any row is read, the codes each mapping
// declares for a category field with the codes the indicators on its
// register look for, both ways: a code a filter looks for that the mapping
// never gives makes the figure 0 (or the filter void) whatever the data,
// an error; a code the mapping gives that no indicator counts is a warning
// (an error when it is a near miss of a code the standard library needs).
func (e *engine) checkCodes() {
	byReg := map[string][]*definition.Indicator{}
	for _, ind := range e.in.Set.Indicators {
		if !ind.Invalid && ind.Register != "" && (ind.Kind == definition.Flow || ind.Kind == definition.Stock) {
			byReg[ind.Register] = append(byReg[ind.Register], ind)
		}
	}
	for _, reg := range slices.Sorted(maps.Keys(e.maps)) {
		for _, m := range e.maps[reg] {
			if m.Invalid {
				continue
			}
			for _, field := range m.FieldNames() {
				if fm := m.Fields[field]; fm != nil {
					e.checkFieldCodes(m, field, fm, byReg[reg])
				}
			}
		}
	}
}

// fieldCodes is one category field of one mapping, with the indicators
// on its register, being checked.
type fieldCodes struct {
	m     *source.Mapping
	name  string
	fm    *source.FieldMap
	inds  []*definition.Indicator
	codes []string // the codes the mapping gives
	// filled by neverGiven
	wanted   map[string]bool // codes some filter looks for → by a standard one
	meantFor map[string]bool // codes given, already named as the one a filter meant
}

func (e *engine) checkFieldCodes(m *source.Mapping, field string, fm *source.FieldMap, inds []*definition.Indicator) {
	codes, declared := fm.CodeSet()
	if !declared {
		return // passed through: compute tells which codes never occur
	}
	f := &fieldCodes{m: m, name: field, fm: fm, inds: inds, codes: codes,
		wanted: map[string]bool{}, meantFor: map[string]bool{}}
	e.neverGiven(f)
	e.neverCounted(f)
	e.unnamedGroups(f)
}

// neverGiven: a code a filter looks for that the mapping never gives is
// told at the filter; for the standard library, which users cannot edit,
// at the mapping value it is a near miss of (or the field's values).
func (e *engine) neverGiven(f *fieldCodes) {
	can := andList(f.codes)
	standard := map[string][]string{} // code → standard indicators looking for it
	for _, ind := range f.inds {
		for _, t := range ind.CodeTests() {
			if t.Field != f.name {
				continue
			}
			f.wanted[t.Code] = f.wanted[t.Code] || ind.Standard
			switch {
			case slices.Contains(f.codes, t.Code):
			case ind.Standard:
				if !slices.Contains(standard[t.Code], ind.ID) {
					standard[t.Code] = append(standard[t.Code], ind.ID)
				}
			default:
				hint := ""
				if h, code, ok := f.fm.CodeHint(t.Code); ok {
					hint = h
					f.meantFor[code] = true
				} else if near, ok := closestCode(t.Code, f.codes); ok {
					hint = msg.CodeDidYouMean.F(near)
					f.meantFor[near] = true
				}
				e.l.Add(CodeCodeNever, t.Pos, msg.CodeNeverGiven.F(ind.ID, t.Code, f.name, f.m.ID, can, hint))
			}
		}
	}
	for _, code := range slices.Sorted(maps.Keys(standard)) {
		pos, hint := f.fm.CodePos(""), ""
		if near, ok := closestCode(code, f.codes); ok {
			pos, hint = f.fm.CodePos(near), msg.CodeShouldBe.F(near, code)
			f.meantFor[near] = true
		}
		ids := standard[code]
		e.l.Add(CodeCodeNever, pos, msg.CodeStandardNeeds.F(len(ids), quotedList(ids), code, f.name, can, hint))
	}
}

// neverCounted: a code the mapping gives that no indicator counts is a
// warning, as the mapping may only list a label the export uses; an error
// when it is a near miss of a code the standard library looks for.
func (e *engine) neverCounted(f *fieldCodes) {
	looked := slices.Sorted(maps.Keys(f.wanted))
	for _, code := range f.codes {
		if f.meantFor[code] || codeCounted(code, f.name, f.inds) || f.m.ShapedBy(f.name, code) {
			continue
		}
		hint, near := "", ""
		if c, ok := closestCode(code, looked); ok {
			hint, near = msg.CodeDidYouMean.F(c), c
		}
		text := msg.CodeUnused.F(code, f.name, f.m.Register, andList(looked), hint)
		if f.wanted[near] {
			e.l.Add(CodeCodeUnused, f.fm.CodePos(code), text)
		} else {
			e.l.Warn(CodeCodeUnused, f.fm.CodePos(code), text)
		}
	}
}

// unnamedGroups: a code of a breakdown field one typo from a group the
// definitions name would be a group of its own in the report: an error
// when the mapping gives no row the named group (the typo takes its
// place), else a warning.
func (e *engine) unnamedGroups(f *fieldCodes) {
	named := e.in.Set.BreakdownCodes(f.name)
	if len(named) == 0 || !breaksDown(f.name, f.inds) {
		return
	}
	for _, code := range f.codes {
		if slices.Contains(named, code) {
			continue
		}
		near, ok := closestCode(code, named)
		if !ok {
			near, ok = prefixOf(code, named)
		}
		if ok {
			// a typo of a group the mapping does not give otherwise: the
			// group is lost from every breakdown, and a stray one made
			if slices.Contains(f.codes, near) {
				e.l.Warn(CodeCodeUnused, f.fm.CodePos(code), msg.CodeUnnamedGroup.F(code, f.name, near))
			} else {
				e.l.Add(CodeCodeUnused, f.fm.CodePos(code), msg.CodeUnnamedGroup.F(code, f.name, near))
			}
		}
	}
}

// prefixOf is the named code that code is the start of, or that starts
// with code, when it is three letters or more («ung» for «unge»): a typo
// closestCode is too strict for in short codes.
func prefixOf(code string, named []string) (string, bool) {
	if len([]rune(code)) < 3 {
		return "", false
	}
	for _, n := range named {
		if n != code && (strings.HasPrefix(n, code) || strings.HasPrefix(code, n)) {
			return n, true
		}
	}
	return "", false
}

// codeCounted reports whether some indicator may count a row whose field
// holds code: its filter names the code, leaves the field open, or it
// breaks its figures down by the field.
func codeCounted(code, field string, inds []*definition.Indicator) bool {
	if len(inds) == 0 {
		return true // no indicator reads the register: nothing to warn about
	}
	for _, ind := range inds {
		if slices.Contains(ind.Breakdown, field) {
			return true
		}
		only, limited := ind.OnlyCodes(field)
		if !limited || slices.Contains(only, code) {
			return true
		}
		for _, t := range ind.CodeTests() {
			if t.Field == field && t.Code == code {
				return true
			}
		}
	}
	return false
}

func breaksDown(field string, inds []*definition.Indicator) bool {
	for _, ind := range inds {
		if slices.Contains(ind.Breakdown, field) {
			return true
		}
	}
	return false
}

// closestCode is the code nearest to s, when near enough to be a typo of
// it: one edit in four letters, at most three; none for codes under four
// letters, which are all one edit from each other.
func closestCode(s string, codes []string) (string, bool) {
	limit := min(3, len([]rune(s))/4)
	if limit == 0 {
		return "", false
	}
	c, ok := diag.Closest(s, codes, limit)
	return c, ok && c != s
}

// watchCodes asks a stream to note the codes the filters of binds look
// for in the fields it reads (those a mapping cannot give are errors
// already).
func watchCodes(s *source.Stream, m *source.Mapping, binds []*binding) {
	for _, b := range binds {
		for _, t := range b.ind.CodeTests() {
			fm := m.Fields[t.Field]
			if fm == nil {
				continue
			}
			if codes, declared := fm.CodeSet(); declared && !slices.Contains(codes, t.Code) {
				continue
			}
			s.Watch(t.Field, t.Code)
		}
	}
}

// reportAbsentCodes warns, once an export is read to its end, of each
// code a filter looks for that occurred in none of its rows: the figures
// may be right (nothing of the kind happened), or the export writes the
// category differently than the mapping expects.
func (e *engine) reportAbsentCodes(m *source.Mapping, s *source.Stream, binds []*binding) {
	if s.Rows() == 0 {
		return
	}
	for _, field := range s.Fields {
		fm := m.Fields[field]
		for _, code := range s.Unseen(field) {
			var ids []string
			for _, b := range binds {
				for _, t := range b.ind.CodeTests() {
					if t.Field == field && t.Code == code && !slices.Contains(ids, b.ind.ID) {
						ids = append(ids, b.ind.ID)
					}
				}
			}
			from := ""
			if labels := fm.Labels(code); len(labels) > 0 {
				from = msg.CodeFromLabels.F(quotedList(labels))
			}
			e.l.Warn(CodeCodeAbsent, diag.Pos{File: m.FilePath()},
				msg.CodeAbsent.F(len(ids), code, field, fm.Column, from, quotedList(ids)))
		}
	}
}

// quotedList is «a», «b» og «c».
func quotedList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = msg.Quoted.F(s)
	}
	return andList(q)
}

// andList is a, b og c.
func andList(items []string) string { return msg.JoinAnd(items) }
