// Package formula compiles the expressions in boso's YAML files (row
// filters, derived formulas, validation rules) with expr-lang/expr, and
// maps expr's errors into Norwegian messages at the file's line and column.
package formula

import (
	"errors"
	"regexp"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/parser"
	"github.com/expr-lang/expr/vm"

	"boso/indicators/diag"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
)

// CodeExpr is the problem code of an expression that does not compile.
const CodeExpr = "BOSO-X001"

// Program is a compiled expression.
type Program = vm.Program

// Identifiers returns the names an expression refers to, sorted and unique,
// or nil when it does not parse.
func Identifiers(src string) []string {
	tree, err := parser.Parse(src)
	if err != nil {
		return nil
	}
	seen := map[string]bool{}
	ast.Walk(&tree.Node, visitor(func(n *ast.Node) {
		if id, ok := (*n).(*ast.IdentifierNode); ok && !seen[id.Value] {
			seen[id.Value] = true
		}
	}))
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sortStrings(out)
	return out
}

type visitor func(*ast.Node)

func (v visitor) Visit(n *ast.Node) { v(n) }

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// CompileBool compiles a predicate over env (name → a value of the type
// the name will have). Problems go into l at the text's position.
func CompileBool(t yamlstrict.Text, env map[string]any, l *diag.List) *Program {
	return compile(t, env, l, expr.AsBool())
}

// CompileBoolDynamic compiles a predicate that CompileBool has already
// checked against typed fields, for running on rows where any field may be
// empty (nil): without types, nil == "x" is simply false instead of a
// failed type assertion in the typed program. It returns nil if the
// expression does not compile this way; use the typed program then.
func CompileBoolDynamic(src string) *Program {
	p, err := expr.Compile(src, expr.AsBool())
	if err != nil {
		return nil
	}
	return p
}

// CompileNumberDynamic is CompileBoolDynamic for a numeric formula: an
// empty operand makes the run fail instead of a type assertion.
func CompileNumberDynamic(src string) *Program {
	p, err := expr.Compile(src, expr.AsFloat64())
	if err != nil {
		return nil
	}
	return p
}

// CompileNumber compiles a numeric formula over env.
func CompileNumber(t yamlstrict.Text, env map[string]any, l *diag.List) *Program {
	return compile(t, env, l, expr.AsFloat64())
}

func compile(t yamlstrict.Text, env map[string]any, l *diag.List, as expr.Option) *Program {
	p, err := expr.Compile(t.Value, expr.Env(env), as, expr.Optimize(true))
	if err != nil {
		var fe *file.Error
		pos := t.Pos
		text := err.Error()
		if errors.As(err, &fe) {
			pos = t.At(fe.Line, fe.Column+1)
			text = fe.Message
		}
		l.Add(CodeExpr, pos, Translate(text))
		return nil
	}
	return p
}

var (
	reUnknown  = regexp.MustCompile(`^unknown name (\S+)`)
	reToken    = regexp.MustCompile(`^unexpected token (\w+)(?:\("?([^")]*)"?\))?`)
	reMismatch = regexp.MustCompile(`^invalid operation: (\S+) \(mismatched types (\S+) and (\S+)\)`)
	reAsBool   = regexp.MustCompile(`^expected bool, but got (\S+)`)
)

// Translate turns expr's English error text into a Norwegian message.
func Translate(s string) string {
	if m := reUnknown.FindStringSubmatch(s); m != nil {
		return msg.DefExprUnknownIdent.F(m[1])
	}
	if m := reToken.FindStringSubmatch(s); m != nil {
		if m[1] == "EOF" {
			return msg.ExprUnexpectedEnd.F()
		}
		if m[2] != "" {
			return msg.ExprUnexpected.F(m[2])
		}
		return msg.ExprUnexpected.F(m[1])
	}
	if m := reMismatch.FindStringSubmatch(s); m != nil {
		return msg.ExprMismatch.F(m[1], typeName(m[2]), typeName(m[3]))
	}
	if m := reAsBool.FindStringSubmatch(s); m != nil {
		return msg.ExprWantBool.F(typeName(m[1]))
	}
	return msg.ExprOther.F(s)
}

func typeName(t string) string {
	switch {
	case strings.HasPrefix(t, "float"), strings.HasPrefix(t, "int"):
		return msg.ExprTypeNumber.F()
	case t == "string":
		return msg.ExprTypeText.F()
	case t == "bool":
		return msg.ExprTypeBool.F()
	case t == "time.Time":
		return msg.ExprTypeDate.F()
	case t == "<nil>" || t == "nil":
		return msg.ExprTypeNil.F()
	}
	return t
}

// Runner evaluates compiled programs with a reused VM (one per goroutine).
type Runner struct{ vm vm.VM }

// Bool runs a predicate.
func (r *Runner) Bool(p *Program, env any) (bool, error) {
	out, err := r.vm.Run(p, env)
	if err != nil {
		return false, err
	}
	b, _ := out.(bool)
	return b, nil
}

// Number runs a numeric formula.
func (r *Runner) Number(p *Program, env any) (float64, error) {
	out, err := r.vm.Run(p, env)
	if err != nil {
		return 0, err
	}
	f, _ := out.(float64)
	return f, nil
}

// Literal kinds a name is compared with in an expression.
const (
	LitText   = "text"
	LitNumber = "number"
	LitBool   = "bool"
)

// ComparedWith returns, for each name compared directly with a literal
// (name == "x", name > 3, name == true), the kind of that literal. It tells
// what type a source field must have for a filter to work.
func ComparedWith(src string) map[string]string {
	tree, err := parser.Parse(src)
	if err != nil {
		return nil
	}
	out := map[string]string{}
	lit := func(n ast.Node) string {
		switch n.(type) {
		case *ast.StringNode:
			return LitText
		case *ast.IntegerNode, *ast.FloatNode:
			return LitNumber
		case *ast.BoolNode:
			return LitBool
		}
		return ""
	}
	ast.Walk(&tree.Node, visitor(func(n *ast.Node) {
		b, ok := (*n).(*ast.BinaryNode)
		if !ok {
			return
		}
		for _, pair := range [][2]ast.Node{{b.Left, b.Right}, {b.Right, b.Left}} {
			if id, ok := pair[0].(*ast.IdentifierNode); ok {
				if k := lit(pair[1]); k != "" {
					out[id.Value] = k
				}
			}
		}
	}))
	return out
}

// TextLiterals returns, for each name compared with string literals, those
// literals (the category codes a source mapping must produce).
func TextLiterals(src string) map[string][]string {
	tree, err := parser.Parse(src)
	if err != nil {
		return nil
	}
	out := map[string][]string{}
	ast.Walk(&tree.Node, visitor(func(n *ast.Node) {
		b, ok := (*n).(*ast.BinaryNode)
		if !ok {
			return
		}
		for _, pair := range [][2]ast.Node{{b.Left, b.Right}, {b.Right, b.Left}} {
			id, ok1 := pair[0].(*ast.IdentifierNode)
			s, ok2 := pair[1].(*ast.StringNode)
			if ok1 && ok2 {
				out[id.Value] = append(out[id.Value], s.Value)
			}
		}
	}))
	return out
}

// Comparison splits a rule that is one comparison of two numbers
// (a <= b + c, a > b) into the difference of its sides, left minus right,
// as an expression, and whether the rule says that difference is at most
// zero (<=, <) or at least zero (>=, >). ok is false for any other rule.
// Strict comparisons are read as their non-strict forms.
func Comparison(src string) (diff string, atMost, ok bool) {
	tree, err := parser.Parse(src)
	if err != nil {
		return "", false, false
	}
	b, isBin := tree.Node.(*ast.BinaryNode)
	if !isBin {
		return "", false, false
	}
	switch b.Operator {
	case "<=", "<":
		atMost = true
	case ">=", ">":
	default:
		return "", false, false
	}
	return "(" + b.Left.String() + ") - (" + b.Right.String() + ")", atMost, true
}

// Conjuncts splits a predicate into the conditions joined by its top-level
// "&&" (or "and"), each printed in one normal form, so that two filters can
// be compared condition by condition: "a == 1 && b" has the conditions of
// "a == 1" and one more. ok is false when the predicate does not parse;
// an empty predicate has no conditions.
func Conjuncts(src string) (out []string, ok bool) {
	if strings.TrimSpace(src) == "" {
		return nil, true
	}
	tree, err := parser.Parse(src)
	if err != nil {
		return nil, false
	}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		if b, isBin := n.(*ast.BinaryNode); isBin && (b.Operator == "&&" || b.Operator == "and") {
			walk(b.Left)
			walk(b.Right)
			return
		}
		out = append(out, n.String())
	}
	walk(tree.Node)
	return out, true
}

// RuntimeReason words why a compiled expression could not be computed
// for one row, for readers: almost always a field the row leaves empty
// (nil), else expr's message translated, on one line.
func RuntimeReason(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] // expr adds the expression and a caret below
	}
	if strings.Contains(s, "<nil>") || strings.Contains(s, "nil") {
		return msg.ExprRuntimeEmpty.F()
	}
	return Translate(strings.TrimSpace(reAt.ReplaceAllString(s, "")))
}

// reAt is expr's position at the end of a runtime message: " (1:13)".
var reAt = regexp.MustCompile(`\s*\(\d+:\d+\)$`)
