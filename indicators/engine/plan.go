package engine

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/formula"
	"boso/indicators/source"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// binding is one flow or stock indicator bound to its register.
type binding struct {
	ind   *definition.Indicator
	idx   int
	used  []string // canonical fields it reads, besides kommune
	fwant map[string][]source.FieldType
	// per mapping: compiled filter and the stream index of each used field
	filter map[*source.Mapping]*formula.Program
	idents []string
	// mappings the indicator cannot be computed from (a field missing or
	// of the wrong type, a filter that does not compile): reported in
	// plan, and not scanned for this indicator
	broken map[*source.Mapping]bool
	// stream field indexes, set per stream in scan
	date, from, to, key, amount int
	group                       []int
	// labels caches each breakdown field's group label by value, and
	// gbuf holds a row's groups (groupsOf)
	labels  []map[source.Value]groupLabelNum
	nlabels int
	gbuf    []string
	gnum    []int
	seen    []bool // by group number: the indicator has the group (useGroup)
	// sets caches, by group number, the key sets of kommune setsOf
	setsOf *cells
	sets   []*keySets
	win    []window // e.windows of the export being read
}

// role is how an indicator uses a field, for type checks and messages.
type role struct {
	field string
	types []source.FieldType
	what  string
	key   string // the definition's YAML key that names the field
}

var (
	dateTypes  = []source.FieldType{source.Date}
	keyTypes   = []source.FieldType{source.Text, source.Category, source.Number, source.Kommune}
	numTypes   = []source.FieldType{source.Number, source.Amount}
	groupTypes = []source.FieldType{source.Category, source.Text, source.Bool}
)

func (b *binding) roles() []role {
	ind := b.ind
	var r []role
	add := func(f string, t []source.FieldType, what, key string) {
		if f != "" {
			r = append(r, role{f, t, what, key})
		}
	}
	switch ind.Kind {
	case definition.Flow:
		add(ind.Date, dateTypes, msg.RoleDate.F(), "date")
		if ind.Measure == definition.CountDistinct {
			add(ind.Key, keyTypes, msg.RoleKey.F(), "key")
		}
		if ind.Measure == definition.Sum {
			add(ind.Amount, numTypes, msg.RoleAmount.F(), "amount")
		}
	case definition.Stock:
		add(ind.From, dateTypes, msg.RoleDate.F(), "from")
		add(ind.To, dateTypes, msg.RoleDate.F(), "to")
		add(ind.Key, keyTypes, msg.RoleKey.F(), "key")
	}
	for _, g := range ind.Breakdown {
		add(g, groupTypes, msg.RoleGroup.F(), "breakdown")
	}
	return r
}

// plan binds every flow and stock indicator to the mappings of its register,
// checks that each mapping has the fields it uses with fitting types, and
// compiles its filter against each mapping's fields.
func (e *engine) plan() {
	e.checkOverlaps()
	e.checkCodes()
	for i, ind := range e.inds {
		if ind.Kind != definition.Flow && ind.Kind != definition.Stock {
			continue
		}
		b := &binding{ind: ind, idx: i, filter: map[*source.Mapping]*formula.Program{}, broken: map[*source.Mapping]bool{}}
		seen := map[string]bool{}
		for _, r := range b.roles() {
			if !seen[r.field] {
				seen[r.field] = true
				b.used = append(b.used, r.field)
			}
		}
		if ind.Filter.Value != "" {
			b.idents = formula.Identifiers(ind.Filter.Value)
		}
		for _, m := range e.maps[ind.Register] {
			ok := true
			for _, r := range b.roles() {
				fm := m.Fields[r.field]
				if fm == nil {
					pos, text := missingField(ind, m, r)
					e.l.Add(CodePlan, pos, text)
					ok = false
					continue
				}
				if !typeIn(fm.Type, r.types) {
					e.l.Add(CodePlan, fm.Pos, msg.PlanFieldType.F(ind.ID, r.field, r.what, m.ID, fm.Type))
					ok = false
				}
			}
			if ind.Filter.Value != "" {
				env := map[string]any{}
				for _, id := range b.idents {
					if fm := m.Fields[id]; fm != nil {
						env[id] = source.ExprSample(fm.Type)
					}
				}
				var fl diag.List
				p := formula.CompileBool(ind.Filter, env, &fl)
				if p == nil {
					ok = false
					if !e.hasSameProblems(&fl) {
						e.l.Append(&fl)
					}
				} else if dyn := formula.CompileBoolDynamic(ind.Filter.Value); dyn != nil {
					p = dyn
				}
				b.filter[m] = p
				for _, id := range b.idents {
					if m.Fields[id] != nil && !seen[id] {
						seen[id] = true
						b.used = append(b.used, id)
					}
				}
			}
			if !ok {
				b.broken[m] = true
			}
		}
		e.binds[ind.Register] = append(e.binds[ind.Register], b)
	}
}

// missingField is the problem of an indicator that names a field the
// mapping lacks. A user's definition is pointed at where it names the
// field, with the mapping's nearest field; for a standard indicator the
// mapping is what the user can change, so it is pointed at instead.
func missingField(ind *definition.Indicator, m *source.Mapping, r role) (diag.Pos, string) {
	if strings.HasPrefix(ind.Pos.File, "standard:") {
		pos := m.Pos
		if p, ok := m.At["fields"]; ok {
			pos = p
		}
		return pos, msg.PlanFieldMissingStd.F(m.ID, m.Register, r.field, ind.ID, r.what)
	}
	pos := ind.Pos
	if p, ok := ind.At[r.key]; ok {
		pos = p
	}
	if near, ok := diag.Closest(r.field, m.FieldNames(), 2); ok {
		return pos, msg.PlanFieldMissingDYM.F(ind.ID, r.field, m.ID, m.Register, near)
	}
	return pos, msg.PlanFieldMissing.F(ind.ID, r.field, m.ID, m.Register)
}

// hasSameProblems avoids reporting one filter's error once per mapping.
func (e *engine) hasSameProblems(fl *diag.List) bool {
	have := map[string]bool{}
	for _, p := range e.l.Items() {
		have[p.String()] = true
	}
	for _, p := range fl.Items() {
		if !have[p.String()] {
			return false
		}
	}
	return true
}

func typeIn(t source.FieldType, ts []source.FieldType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// sameRows reports whether two mappings read the same rows: the same
// file (as resolved against their folders) and sheet, neither selecting
// rows with where.
func sameRows(a, b *source.Mapping) bool {
	if a.Where.Value != "" || b.Where.Value != "" || !strings.EqualFold(a.Sheet, b.Sheet) {
		return false
	}
	// the same path, or another way to the same file, or a copy of it
	return resolved(a.FilePath()) == resolved(b.FilePath()) || a.Files.Same(a.FilePath(), b.FilePath())
}

// resolved is a path made absolute and clean, so that kilder/../data/x.csv
// and data/x.csv are one file.
func resolved(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// checkOverlaps warns when two exports of one register cover the same days
// for the same kommune: rows in both would be counted twice.
func (e *engine) checkOverlaps() {
	for _, reg := range slices.Sorted(maps.Keys(e.maps)) {
		ms := e.maps[reg]
		for i, a := range ms {
			for _, b := range ms[i+1:] {
				if a.Covers == nil || b.Covers == nil || (a.Kommune != "" && b.Kommune != "" && a.Kommune != b.Kommune) {
					continue
				}
				from, to := max(a.Covers.From, b.Covers.From), min(a.Covers.Last(), b.Covers.Last())
				if from <= to && sameRows(a, b) {
					// not a possible overlap of two exports but one
					// export read twice: every row would count double
					pos := b.Pos
					if p, ok := b.At["file"]; ok {
						pos = p
					}
					first := a.Pos
					if p, ok := a.At["file"]; ok {
						first = p
					}
					e.l.Add(source.CodeMapping, pos, msg.PlanSameFile.F(b.ID, a.ID, first, b.FilePath(), reg, norsk.Date(from), norsk.Date(to)))
					continue
				}
				if from <= to {
					pos := b.Pos
					if p, ok := b.At["covers"]; ok {
						pos = p
					}
					e.l.Warn(CodePlan, pos, msg.PlanOverlap.F(b.ID, a.ID, reg, norsk.Date(from), norsk.Date(to)))
				}
			}
		}
	}
}
