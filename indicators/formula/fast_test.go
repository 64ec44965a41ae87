package formula

import (
	"math/rand/v2"
	"testing"
)

var fastSlots = map[string]int{"a": 0, "b": 1, "n": 2, "m": 3, "f": 4, "d": 5}

// vmAnswer is what expr itself says of src on vals.
func vmAnswer(t testing.TB, src string, vals []Val) (bool, bool) {
	p := CompileBoolDynamic(src)
	if p == nil {
		return false, false
	}
	env := map[string]any{}
	for name, i := range fastSlots {
		switch v := vals[i]; v.Kind {
		case Nil:
			env[name] = nil
		case Str:
			env[name] = v.S
		case Num:
			env[name] = v.N
		case Bool:
			env[name] = v.B
		case Other:
			env[name] = dateSample
		}
	}
	var r Runner
	b, err := r.Bool(p, env)
	return b, err == nil
}

// dateSample stands for a date value in the VM's environment.
var dateSample = struct{ Y int }{2024}

func randomVals(rng *rand.Rand) []Val {
	strs := []string{"", "x", "y", "bostedslos", "X", "1"}
	vals := make([]Val, len(fastSlots))
	for i := range vals {
		switch rng.IntN(6) {
		case 0:
			vals[i] = Val{Kind: Nil}
		case 1, 2:
			vals[i] = Val{Kind: Str, S: strs[rng.IntN(len(strs))]}
		case 3:
			vals[i] = Val{Kind: Num, N: float64(rng.IntN(5) - 1)}
		case 4:
			vals[i] = Val{Kind: Bool, B: rng.IntN(2) == 0}
		case 5:
			vals[i] = Val{Kind: Other}
		}
	}
	return vals
}

var fastExprs = []string{
	`a == "x"`, `a != "x"`, `a == nil`, `nil != a`, `a == b`, `n > 0`, `n >= 1.5`, `-1 < n`, `n == 1`, `n != 0`,
	`a < "y"`, `a >= b`, `f`, `!f`, `not f`, `f == true`, `f != false`, `a in ["x", "y"]`, `a not in ["x", "y"]`,
	`a == "x" && n > 0`, `a == "x" and (f or n < 1)`, `a == "x" || b == "y"`, `!(a == "x") && m <= 2`,
	`d == nil`, `d != nil && a == "x"`, `n > m`, `f && a`, `a || f`, `n in ["1"]`,
	`a == "x" and b == "y" or not (n > 0)`, `(a == "x") == f`, `1 == 1.0`, `"x" == "x"`,
}

// Where the fast path answers, it gives expr's own answer, and expr
// does not fail there.
func TestFastIsExpr(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	answered := 0
	for _, src := range fastExprs {
		f := CompileFast(src, fastSlots)
		if f == nil {
			t.Errorf("%s: not compiled fast", src)
			continue
		}
		for range 400 {
			vals := randomVals(rng)
			got, ok := f.Eval(vals)
			// the closures answer as the tree does, and decline where it does
			v, treeOK := f.root.eval(vals)
			if treeOK = treeOK && v.Kind == Bool; treeOK != ok || (ok && v.B != got) {
				t.Fatalf("%s on %+v: closures %v, %v; tree %+v, %v", src, vals, got, ok, v, treeOK)
			}
			if !ok {
				continue
			}
			answered++
			want, vmOK := vmAnswer(t, src, vals)
			if !vmOK || got != want {
				t.Fatalf("%s on %+v: fast %v, expr %v (expr ran: %v)", src, vals, got, want, vmOK)
			}
		}
	}
	if answered < len(fastExprs)*100 {
		t.Errorf("the fast path answered only %d rows", answered)
	}
}

// Forms the fast path does not take are left to the VM.
func TestFastDeclines(t *testing.T) {
	for _, src := range []string{`a + "x" == "xx"`, `startsWith(a, "x")`, `n * 2 > 1`, `a in b`, `n in [1, 2]`, `a.b == 1`, `z == 1`, `n > 0 ? true : false`, `a matches "x"`, `a ==`} {
		if CompileFast(src, fastSlots) != nil {
			t.Errorf("%s: compiled fast", src)
		}
	}
}

func FuzzFastIsExpr(f *testing.F) {
	for _, s := range fastExprs {
		f.Add(s, uint64(1))
	}
	f.Fuzz(func(t *testing.T, src string, seed uint64) {
		fp := CompileFast(src, fastSlots)
		if fp == nil || CompileBoolDynamic(src) == nil {
			return // only an expression expr compiles is run at all
		}
		rng := rand.New(rand.NewPCG(seed, 5))
		for range 20 {
			vals := randomVals(rng)
			got, ok := fp.Eval(vals)
			v, treeOK := fp.root.eval(vals)
			if treeOK = treeOK && v.Kind == Bool; treeOK != ok || (ok && v.B != got) {
				t.Fatalf("%s on %+v: closures %v, %v; tree %+v, %v", src, vals, got, ok, v, treeOK)
			}
			if !ok {
				continue
			}
			if want, vmOK := vmAnswer(t, src, vals); !vmOK || got != want {
				t.Fatalf("%s on %+v: fast %v, expr %v (expr ran: %v)", src, vals, got, want, vmOK)
			}
		}
	})
}
