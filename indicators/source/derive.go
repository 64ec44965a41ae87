package source

import (
	"slices"
	"sort"
	"time"

	"boso/indicators/diag"
	"boso/indicators/formula"
	"boso/indicators/period"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
)

// A mapping can shape an export the standard library cannot read as it
// stands: "where" keeps the rows that belong to the mapping's register (one
// export routed to several registers by one mapping each), a field's
// "when" reads its column only on the rows where it holds (one date column
// holding several kinds of event, told apart by a type column), and a
// field's "expr" computes it from other fields of the row (antall_barn > 0
// for a yes/no field). Expressions see the fields that are read from a
// column, typed as filters see them; they are compiled when the mapping is
// loaded, so a mistake is found by validate at its line and column.

// derivation holds a mapping's compiled expressions.
type derivation struct {
	where *formula.Program
	when  map[string]*formula.Program // by field
	expr  map[string]*formula.Program // by field
	// deps lists, sorted, the column fields the expressions read.
	deps []string
}

// derivable lists the types an expression can compute.
var derivable = map[FieldType]bool{Bool: true, Number: true, Amount: true}

// prepareDerived checks the mapping's expressions and compiles them.
func (m *Mapping) prepareDerived(l *diag.List) derivation {
	d := derivation{when: map[string]*formula.Program{}, expr: map[string]*formula.Program{}}
	deps := map[string]bool{}
	// env types the fields an expression may read: those read from a
	// column without a condition of their own.
	env := map[string]any{}
	for name, f := range m.Fields {
		if f != nil && f.Column != "" && f.When.Value == "" && f.Expr.Value == "" {
			env[name] = ExprSample(f.Type)
		}
	}
	// uses checks that an expression reads only env fields and records them.
	uses := func(t yamlstrict.Text) bool {
		ok := true
		for _, id := range formula.Identifiers(t.Value) {
			if _, found := env[id]; found {
				deps[id] = true
				continue
			}
			if f := m.Fields[id]; f != nil {
				l.Add(CodeMapping, t.Pos, msg.MapDeriveFromDerived.F(id))
			} else {
				l.Add(CodeMapping, t.Pos, msg.MapDeriveUnknown.F(id, joinSorted(env)))
			}
			ok = false
		}
		return ok
	}
	compileBool := func(t yamlstrict.Text) *formula.Program {
		if !uses(t) {
			return nil
		}
		m.checkCodes(t, l)
		var fl diag.List
		p := formula.CompileBool(t, env, &fl)
		if p == nil {
			l.Append(&fl)
			return nil
		}
		if dyn := formula.CompileBoolDynamic(t.Value); dyn != nil {
			return dyn
		}
		return p
	}
	if m.Where.Value != "" {
		d.where = compileBool(m.Where)
	}
	for _, name := range m.FieldNames() {
		f := m.Fields[name]
		if f == nil {
			continue
		}
		switch {
		case f.Expr.Value != "" && f.Column != "":
			l.Add(CodeMapping, f.Expr.Pos, msg.MapExprAndColumn.F(name))
		case f.Expr.Value != "" && f.When.Value != "":
			l.Add(CodeMapping, f.When.Pos, msg.MapExprAndWhen.F(name))
		case f.Expr.Value != "" && !derivable[f.Type]:
			l.Add(CodeMapping, f.Expr.Pos, msg.MapExprType.F(name, f.Type))
		case f.Expr.Value != "":
			if f.Type == Bool {
				d.expr[name] = compileBool(f.Expr)
			} else if uses(f.Expr) {
				m.checkCodes(f.Expr, l)
				var fl diag.List
				p := formula.CompileNumber(f.Expr, env, &fl)
				if p == nil {
					l.Append(&fl)
				} else if dyn := formula.CompileNumberDynamic(f.Expr.Value); dyn != nil {
					d.expr[name] = dyn
				} else {
					d.expr[name] = p
				}
			}
		case f.Column == "":
			l.Add(CodeMapping, f.Pos, msg.MapNoColumn.F(name))
		case f.When.Value != "":
			d.when[name] = compileBool(f.When)
		}
	}
	for k := range deps {
		d.deps = append(d.deps, k)
	}
	sort.Strings(d.deps)
	return d
}

func joinSorted(env map[string]any) string {
	names := make([]string, 0, len(env))
	for k := range env {
		names = append(names, k)
	}
	sort.Strings(names)
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out
}

// CodeCodeNever is the problem of an expression that looks for a code
// its field never gives (as the engine says of filters).
const CodeCodeNever = "BOSO-K001"

// checkCodes finds, in one of the mapping's expressions, a comparison of a
// category field with a code the field cannot take: where: situasjon ==
// "midlertidg" would route no row at all.
func (m *Mapping) checkCodes(t yamlstrict.Text, l *diag.List) {
	tests, _ := formula.CodeTests(t.Value)
	for _, ct := range tests {
		f := m.Fields[ct.Name]
		if f == nil {
			continue
		}
		codes, declared := f.CodeSet()
		if !declared || slices.Contains(codes, ct.Code) {
			continue
		}
		hint := ""
		if h, _, ok := f.CodeHint(ct.Code); ok {
			hint = h
		} else if limit := min(3, len([]rune(ct.Code))/4); limit > 0 {
			if near, ok := diag.Closest(ct.Code, codes, limit); ok {
				hint = msg.CodeDidYouMean.F(near)
			}
		}
		l.Add(CodeCodeNever, t.At(ct.Line, ct.Col), msg.MapExprCodeNever.F(ct.Code, ct.Name, msg.JoinAnd(codes), hint))
	}
}

// ExprSample returns a value of the Go type a field has inside expressions
// (filters, and the expressions of a mapping).
func ExprSample(t FieldType) any {
	switch t {
	case Date:
		return time.Time{}
	case Number, Amount:
		return 0.0
	case Bool:
		return false
	}
	return ""
}

// ExprValue converts a record value for expressions; nil when empty.
func ExprValue(t FieldType, v Value) any {
	if v.Null {
		return nil
	}
	switch t {
	case Date:
		return DateTime(v.Date)
	case Number, Amount:
		return v.Num.Float()
	case Bool:
		return v.Bool
	}
	return v.Str
}

// FastValue is a record value as formula's fast predicates read it (as
// ExprValue gives it to expr; a date is Other, which they leave to expr).
func FastValue(t FieldType, v Value) formula.Val {
	if v.Null {
		return formula.Val{Kind: formula.Nil}
	}
	switch t {
	case Date:
		return formula.Val{Kind: formula.Other}
	case Number, Amount:
		return formula.Val{Kind: formula.Num, N: v.Num.Float()}
	case Bool:
		return formula.Val{Kind: formula.Bool, B: v.Bool}
	}
	return formula.Val{Kind: formula.Str, S: v.Str}
}

// DateTime is a date as expressions see it: midnight UTC.
func DateTime(d period.Date) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// ShapedBy reports whether the mapping's own expressions (where, when,
// expr) compare field with code: a code the mapping routes rows by is
// used there even when no indicator counts it.
func (m *Mapping) ShapedBy(field, code string) bool {
	texts := []string{m.Where.Value}
	for _, f := range m.Fields {
		if f != nil {
			texts = append(texts, f.When.Value, f.Expr.Value)
		}
	}
	for _, t := range texts {
		if t == "" {
			continue
		}
		tests, _ := formula.CodeTests(t)
		for _, ct := range tests {
			if ct.Name == field && ct.Code == code {
				return true
			}
		}
	}
	return false
}
