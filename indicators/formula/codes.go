package formula

import (
	"slices"
	"sort"

	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/parser"
)

// CodeTest is one comparison of a name with a text literal by ==, !=, in
// or not in (situasjon == "bostedslos", vedtak in ["a", "b"]). Line and
// Col (1-based, counted in characters) are where the literal starts in
// the expression.
type CodeTest struct {
	Name, Code string
	Line, Col  int
}

// CodeTests returns the comparisons of names with text literals in src, in
// the order they stand, and for each name the expression can only be true
// with one of a few codes, those codes (sorted). A name is limited so when
// a part of src joined to the rest by && (or and) tests nothing but that
// name against codes, joined by || (or or): in `situasjon == "a" &&
// barn == true` situasjon must be "a"; in `situasjon == "a" || barn ==
// true` it need not. Both are nil when src does not parse.
func CodeTests(src string) (tests []CodeTest, only map[string][]string) {
	tree, err := parser.Parse(src)
	if err != nil {
		return nil, nil
	}
	root := resolveLets(tree.Node)
	type located struct {
		CodeTest
		from int
	}
	var found []located
	add := func(name string, lit *ast.StringNode) {
		found = append(found, located{CodeTest{Name: name, Code: lit.Value}, lit.Location().From})
	}
	ast.Walk(&root, visitor(func(n *ast.Node) {
		b, ok := (*n).(*ast.BinaryNode)
		if !ok {
			return
		}
		switch b.Operator {
		case "==", "!=":
			for _, pair := range [][2]ast.Node{{b.Left, b.Right}, {b.Right, b.Left}} {
				id, ok1 := unwrapped(pair[0])
				lit, ok2 := pair[1].(*ast.StringNode)
				if ok1 && ok2 {
					add(id.Value, lit)
				}
			}
		case "in":
			id, ok1 := unwrapped(b.Left)
			arr, ok2 := b.Right.(*ast.ArrayNode)
			if ok1 && ok2 {
				for _, item := range arr.Nodes {
					if lit, ok := item.(*ast.StringNode); ok {
						add(id.Value, lit)
					}
				}
			}
		}
	}))
	sort.SliceStable(found, func(i, j int) bool { return found[i].from < found[j].from })
	for _, f := range found {
		f.Line, f.Col = lineCol(src, f.from)
		tests = append(tests, f.CodeTest)
	}
	only = map[string][]string{}
	for _, part := range conjuncts(root) {
		name, codes, ok := codesOnly(part)
		if !ok {
			continue
		}
		if prev, seen := only[name]; seen {
			codes = slices.DeleteFunc(codes, func(c string) bool { return !slices.Contains(prev, c) })
		}
		sort.Strings(codes)
		only[name] = slices.Compact(codes)
	}
	return tests, only
}

// resolveLets returns the expression under n's let declarations with each
// variable replaced by what it was declared as: in «let s = situasjon;
// s == "bostedslso"» the code is compared with situasjon, and checked.
func resolveLets(n ast.Node) ast.Node {
	aliases := map[string]ast.Node{}
	subst := func(n ast.Node) ast.Node {
		ast.Walk(&n, visitor(func(m *ast.Node) {
			if id, ok := (*m).(*ast.IdentifierNode); ok {
				if v, ok := aliases[id.Value]; ok {
					*m = v
				}
			}
		}))
		return n
	}
	for {
		d, ok := n.(*ast.VariableDeclaratorNode)
		if !ok {
			return subst(n)
		}
		aliases[d.Name] = subst(d.Value)
		n = d.Expr
	}
}

// conjuncts splits an expression at its top-level && (and).
func conjuncts(n ast.Node) []ast.Node {
	if b, ok := n.(*ast.BinaryNode); ok && (b.Operator == "&&" || b.Operator == "and") {
		return append(conjuncts(b.Left), conjuncts(b.Right)...)
	}
	return []ast.Node{n}
}

// codesOnly tells whether n is true only when one name has one of some
// codes: a == or in test of the name, or several joined by || (or).
func codesOnly(n ast.Node) (name string, codes []string, ok bool) {
	b, isBin := n.(*ast.BinaryNode)
	if !isBin {
		return "", nil, false
	}
	switch b.Operator {
	case "||", "or":
		ln, lc, lok := codesOnly(b.Left)
		rn, rc, rok := codesOnly(b.Right)
		if !lok || !rok || ln != rn {
			return "", nil, false
		}
		return ln, append(lc, rc...), true
	case "==":
		for _, pair := range [][2]ast.Node{{b.Left, b.Right}, {b.Right, b.Left}} {
			id, ok1 := unwrapped(pair[0])
			lit, ok2 := pair[1].(*ast.StringNode)
			if ok1 && ok2 {
				return id.Value, []string{lit.Value}, true
			}
		}
	case "in":
		id, ok1 := unwrapped(b.Left)
		arr, ok2 := b.Right.(*ast.ArrayNode)
		if !ok1 || !ok2 {
			return "", nil, false
		}
		for _, item := range arr.Nodes {
			lit, isLit := item.(*ast.StringNode)
			if !isLit {
				return "", nil, false
			}
			codes = append(codes, lit.Value)
		}
		return id.Value, codes, true
	}
	return "", nil, false
}

// lineCol turns a character offset into a 1-based line and column, the
// way expr's own errors count them.
func lineCol(src string, offset int) (line, col int) {
	line, col = 1, 1
	i := 0
	for _, r := range src {
		if i == offset {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i++
	}
	return line, col
}

// unwrapped is the name a comparison tests: the name itself, or the name
// inside lower() or trim(), which leave a code as it is (codes are
// written in small letters), so lower(situasjon) == "bostedslso" is
// checked as situasjon == "bostedslso" is.
func unwrapped(n ast.Node) (*ast.IdentifierNode, bool) {
	for {
		switch x := n.(type) {
		case *ast.IdentifierNode:
			return x, true
		case *ast.BuiltinNode:
			if (x.Name == "lower" || x.Name == "trim") && len(x.Arguments) == 1 {
				n = x.Arguments[0]
				continue
			}
		case *ast.CallNode:
			if c, ok := x.Callee.(*ast.IdentifierNode); ok && (c.Value == "lower" || c.Value == "trim") && len(x.Arguments) == 1 {
				n = x.Arguments[0]
				continue
			}
		}
		return nil, false
	}
}
