package formula

import (
	"strings"
	"testing"

	"boso/indicators/diag"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
)

func TestErrorPosition(t *testing.T) {
	// filter: "a > 1 and foo == 2"   (value starts at line 7, column 13 with the quote)
	txt := yamlstrict.Text{Value: "a > 1 and foo == 2", Pos: diag.Pos{File: "i.yaml", Line: 7, Col: 13}, Style: 2 /* double-quoted */}
	var l diag.List
	if CompileBool(txt, map[string]any{"a": 1.0}, &l) != nil {
		t.Fatal("compiled with unknown name")
	}
	got := l.String()
	// "foo" is the 11th character of the expression: 13 + 1 (quote) + 10 = 24
	want := "i.yaml:7:24: " + msg.DefExprUnknownIdent.F("foo")
	if !strings.HasPrefix(got, want) {
		t.Fatalf("got %q, want prefix %q", got, want)
	}
}

func TestTranslateMismatch(t *testing.T) {
	var l diag.List
	CompileBool(yamlstrict.Text{Value: "a == 'x'", Pos: diag.Pos{File: "f", Line: 1, Col: 1}}, map[string]any{"a": 1.0}, &l)
	if !strings.Contains(l.String(), "typene passer ikke (tall og tekst)") {
		t.Fatal(l.String())
	}
}

func TestIdentifiers(t *testing.T) {
	got := strings.Join(Identifiers("b + a * (c - a) > len(d)"), ",")
	if got != "a,b,c,d" {
		t.Fatal(got)
	}
}

func TestComparison(t *testing.T) {
	for _, tc := range []struct {
		src, diff  string
		atMost, ok bool
	}{
		{"a <= b + c", "(a) - (b + c)", true, true},
		{"a > 2 * b", "(a) - (2 * b)", false, true},
		{"a >= b", "(a) - (b)", false, true},
		{"a == b", "", false, false},
		{"a <= b && b <= c", "", false, false},
		{"a <=", "", false, false},
	} {
		diff, atMost, ok := Comparison(tc.src)
		if diff != tc.diff || atMost != tc.atMost || ok != tc.ok {
			t.Errorf("Comparison(%q) = %q, %v, %v; want %q, %v, %v", tc.src, diff, atMost, ok, tc.diff, tc.atMost, tc.ok)
		}
	}
}

func TestConjuncts(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string
	}{
		{"", nil},
		{`vedtak == "innvilget"`, []string{`vedtak == "innvilget"`}},
		{`vedtak == "innvilget" && etableringstilskudd == true`, []string{`vedtak == "innvilget"`, `etableringstilskudd == true`}},
		{`(a == 1 and b > 2) && (c || d)`, []string{`a == 1`, `b > 2`, `c || d`}},
		{`a ==   1`, []string{`a == 1`}},
	} {
		got, ok := Conjuncts(c.src)
		if !ok || strings.Join(got, ";") != strings.Join(c.want, ";") {
			t.Errorf("Conjuncts(%q) = %q, %v; want %q", c.src, got, ok, c.want)
		}
	}
	if _, ok := Conjuncts("a &&"); ok {
		t.Error("a broken predicate has conditions")
	}
}

// A filter that cannot be computed for a row says why in Norwegian, on
// one line, not expr's English with the expression and a caret.
func TestRuntimeReason(t *testing.T) {
	p := CompileBoolDynamic("antall_barn < 9")
	var r Runner
	_, err := r.Bool(p, map[string]any{"antall_barn": nil})
	if err == nil {
		t.Fatal("nil < 9 computed")
	}
	if got := RuntimeReason(err); got != "et felt uttrykket bruker, er tomt på raden" {
		t.Errorf("reason %q (from %q)", got, err)
	}
}
