package formula

import (
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/parser"
)

// A filter on millions of rows runs through expr's VM with its values
// boxed in a map for every row. Most filters are simple: a field compared
// with a literal, a list of codes, and, or, not. Fast compiles those to
// Go, over values in slots that need no boxing; for a row where it cannot
// be sure to give expr's answer (an empty field in an ordering, a date, a
// value of another type than the list's) it says so, and the caller runs
// the VM for that row. Either way the answer is expr's.

// Kind is the kind of a fast value.
type Kind uint8

// The kinds of fast values. Other is a value the fast path does not
// compare (a date): a predicate reading it defers to the VM.
const (
	Nil Kind = iota
	Str
	Num
	Bool
	Other
)

// Val is one field's value for a fast predicate.
type Val struct {
	Kind Kind
	S    string
	N    float64
	B    bool
}

// Fast is a predicate compiled to Go: its tree of nodes, and the same
// made into closures of truth values (pred), which Eval runs.
type Fast struct {
	root fastNode
	pred predicate
}

// predicate is a node whose value must be a truth value: b, or ok false
// when the row must go through the VM.
type predicate func(vals []Val) (b, ok bool)

// CompileFast compiles src for values in slots (name → index into the
// values Eval gets). It returns nil when src has a form the fast path
// does not take (calls, arithmetic, members, …): use the VM then.
func CompileFast(src string, slots map[string]int) *Fast {
	tree, err := parser.Parse(src)
	if err != nil {
		return nil
	}
	n := fastOf(tree.Node, slots)
	if n == nil {
		return nil
	}
	return &Fast{root: n, pred: predicateOf(n)}
}

// Eval runs the predicate on vals. ok is false when the row must go
// through the VM instead.
func (f *Fast) Eval(vals []Val) (result, ok bool) { return f.pred(vals) }

// predicateOf is n as a predicate: what n.eval gives, without making a
// Val of each truth value on the way.
func predicateOf(n fastNode) predicate {
	switch n := n.(type) {
	case logical:
		l, r := predicateOf(n.l), predicateOf(n.r)
		if n.and {
			return func(vals []Val) (bool, bool) {
				if b, ok := l(vals); !ok || !b {
					return false, ok
				}
				return r(vals)
			}
		}
		return func(vals []Val) (bool, bool) {
			if b, ok := l(vals); !ok || b {
				return b, ok
			}
			return r(vals)
		}
	case unaryNot:
		x := predicateOf(n.x)
		return func(vals []Val) (bool, bool) {
			b, ok := x(vals)
			return !b && ok, ok
		}
	case isCode:
		slot, code, not := n.slot, n.code, n.not
		return func(vals []Val) (bool, bool) {
			if slot >= len(vals) {
				return false, false
			}
			v := &vals[slot]
			if v.Kind == Other {
				return false, false
			}
			return (v.Kind == Str && v.S == code) != not, true
		}
	case slotNode:
		slot := int(n)
		return func(vals []Val) (bool, bool) {
			if slot >= len(vals) || vals[slot].Kind != Bool {
				return false, false
			}
			return vals[slot].B, true
		}
	}
	return func(vals []Val) (bool, bool) {
		v, ok := n.eval(vals)
		if !ok || v.Kind != Bool {
			return false, false
		}
		return v.B, true
	}
}

type fastNode interface {
	eval(vals []Val) (Val, bool)
}

type (
	slotNode  int
	constNode Val
	unaryNot  struct{ x fastNode }
	logical   struct {
		and  bool
		l, r fastNode
	}
	compare struct {
		op   string
		l, r fastNode
	}
	isCode struct {
		slot int
		code string
		not  bool
	}
	inCodes struct {
		x     fastNode
		codes map[string]bool
	}
)

func fastOf(n ast.Node, slots map[string]int) fastNode {
	switch n := n.(type) {
	case *ast.IdentifierNode:
		if i, ok := slots[n.Value]; ok {
			return slotNode(i)
		}
	case *ast.StringNode:
		return constNode{Kind: Str, S: n.Value}
	case *ast.IntegerNode:
		return constNode{Kind: Num, N: float64(n.Value)}
	case *ast.FloatNode:
		return constNode{Kind: Num, N: n.Value}
	case *ast.BoolNode:
		return constNode{Kind: Bool, B: n.Value}
	case *ast.NilNode:
		return constNode{Kind: Nil}
	case *ast.UnaryNode:
		switch n.Operator {
		case "not", "!":
			if x := fastOf(n.Node, slots); x != nil {
				return unaryNot{x}
			}
		case "-":
			switch v := n.Node.(type) {
			case *ast.IntegerNode:
				return constNode{Kind: Num, N: -float64(v.Value)}
			case *ast.FloatNode:
				return constNode{Kind: Num, N: -v.Value}
			}
		}
	case *ast.BinaryNode:
		switch n.Operator {
		case "and", "&&", "or", "||":
			l, r := fastOf(n.Left, slots), fastOf(n.Right, slots)
			if l != nil && r != nil {
				return logical{and: n.Operator == "and" || n.Operator == "&&", l: l, r: r}
			}
		case "==", "!=", "<", "<=", ">", ">=":
			l, r := fastOf(n.Left, slots), fastOf(n.Right, slots)
			if l == nil || r == nil {
				return nil
			}
			// the commonest filter of all: a field is (not) a code
			if i, ok := l.(slotNode); ok && (n.Operator == "==" || n.Operator == "!=") {
				if c, ok := r.(constNode); ok && c.Kind == Str {
					return isCode{slot: int(i), code: c.S, not: n.Operator == "!="}
				}
			}
			return compare{op: n.Operator, l: l, r: r}
		case "in":
			arr, ok := n.Right.(*ast.ArrayNode)
			x := fastOf(n.Left, slots)
			if !ok || x == nil {
				return nil
			}
			codes := map[string]bool{}
			for _, e := range arr.Nodes {
				s, ok := e.(*ast.StringNode)
				if !ok {
					return nil
				}
				codes[s.Value] = true
			}
			return inCodes{x, codes}
		}
	}
	return nil
}

func (n slotNode) eval(vals []Val) (Val, bool) {
	if int(n) >= len(vals) {
		return Val{}, false
	}
	v := vals[n]
	return v, v.Kind != Other
}

func (n constNode) eval([]Val) (Val, bool) { return Val(n), true }

func (n unaryNot) eval(vals []Val) (Val, bool) {
	v, ok := n.x.eval(vals)
	if !ok || v.Kind != Bool {
		return Val{}, false
	}
	return Val{Kind: Bool, B: !v.B}, true
}

// eval short-circuits as expr does: the right side of a decided and/or
// is not looked at.
func (n logical) eval(vals []Val) (Val, bool) {
	l, ok := n.l.eval(vals)
	if !ok || l.Kind != Bool {
		return Val{}, false
	}
	if l.B != n.and {
		return l, true
	}
	r, ok := n.r.eval(vals)
	if !ok || r.Kind != Bool {
		return Val{}, false
	}
	return r, true
}

func (n compare) eval(vals []Val) (Val, bool) {
	l, ok := n.l.eval(vals)
	if !ok {
		return Val{}, false
	}
	r, ok := n.r.eval(vals)
	if !ok {
		return Val{}, false
	}
	switch n.op {
	case "==":
		return Val{Kind: Bool, B: equal(l, r)}, true
	case "!=":
		return Val{Kind: Bool, B: !equal(l, r)}, true
	}
	var c int
	switch {
	case l.Kind == Num && r.Kind == Num:
		c = cmp3(l.N < r.N, l.N > r.N)
	case l.Kind == Str && r.Kind == Str:
		c = cmp3(l.S < r.S, l.S > r.S)
	default: // expr fails, or compares what the fast path does not
		return Val{}, false
	}
	var b bool
	switch n.op {
	case "<":
		b = c < 0
	case "<=":
		b = c <= 0
	case ">":
		b = c > 0
	case ">=":
		b = c >= 0
	}
	return Val{Kind: Bool, B: b}, true
}

func cmp3(less, more bool) int {
	switch {
	case less:
		return -1
	case more:
		return 1
	}
	return 0
}

// equal is expr's ==: values of different kinds differ, nil equals nil.
func equal(a, b Val) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case Str:
		return a.S == b.S
	case Num:
		return a.N == b.N
	case Bool:
		return a.B == b.B
	}
	return true // both nil
}

// eval takes text only: expr's own lookup of another kind (or of nil) in
// a list it has made a set of is the VM's to answer.
func (n inCodes) eval(vals []Val) (Val, bool) {
	v, ok := n.x.eval(vals)
	if !ok || v.Kind != Str {
		return Val{}, false
	}
	return Val{Kind: Bool, B: n.codes[v.S]}, true
}

// eval is compare's == (or !=) of a field with a text.
func (n isCode) eval(vals []Val) (Val, bool) {
	if n.slot >= len(vals) {
		return Val{}, false
	}
	v := &vals[n.slot]
	if v.Kind == Other {
		return Val{}, false
	}
	return Val{Kind: Bool, B: (v.Kind == Str && v.S == n.code) != n.not}, true
}
