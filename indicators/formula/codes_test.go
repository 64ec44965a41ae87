package formula

import (
	"fmt"
	"strings"
	"testing"
)

func TestCodeTests(t *testing.T) {
	for _, tc := range []struct {
		src, tests, only string
	}{
		{`situasjon == "bostedslos"`, `situasjon=bostedslos@1:14`, `situasjon:[bostedslos]`},
		{`"a" == s && b == true`, `s=a@1:1`, `s:[a]`},
		{`s != "x"`, `s=x@1:6`, ``},
		{`s in ["b", "a"] and t not in ["c"]`, `s=b@1:7 s=a@1:12 t=c@1:31`, `s:[a b]`},
		{`s == "a" || s in ["b"]`, `s=a@1:6 s=b@1:19`, `s:[a b]`},
		{`s == "a" || t == "b"`, `s=a@1:6 t=b@1:18`, ``},
		{`s in ["a", "b"] && s != "b" && s in ["b", "c"]`, `s=a@1:7 s=b@1:12 s=b@1:25 s=b@1:38 s=c@1:43`, `s:[b]`},
		{"b == true &&\n  s == \"æø\"", `s=æø@2:8`, `s:[æø]`},
		{`not (s == "a")`, `s=a@1:11`, ``},
		{`s startsWith "a"`, ``, ``},
		{`s ==`, ``, ``},
		// a let names what it was declared as, through a chain of them
		{`let s = situasjon; s == "bostedslso"`, `situasjon=bostedslso@1:25`, `situasjon:[bostedslso]`},
		{`let a = lower(situasjon); let b = a; b in ["x"]`, `situasjon=x@1:44`, `situasjon:[x]`},
	} {
		tests, only := CodeTests(tc.src)
		var got []string
		for _, c := range tests {
			got = append(got, fmt.Sprintf("%s=%s@%d:%d", c.Name, c.Code, c.Line, c.Col))
		}
		var gotOnly []string
		for name, codes := range only {
			gotOnly = append(gotOnly, fmt.Sprintf("%s:%v", name, codes))
		}
		if strings.Join(got, " ") != tc.tests || strings.Join(gotOnly, " ") != tc.only {
			t.Errorf("CodeTests(%q) = %q, %q; want %q, %q", tc.src, strings.Join(got, " "), strings.Join(gotOnly, " "), tc.tests, tc.only)
		}
	}
}

// Any text: no panic, every test's position inside the text at its literal,
// and every code a name is limited to is one the text compares it with.
func FuzzCodeTests(f *testing.F) {
	for _, s := range []string{`s == "a" && t in ["b", "c"]`, `not (s != "a") || s == "b"`, "a ==\n \"æ\"", `s in [1, "x"]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		tests, only := CodeTests(src)
		lines := strings.Split(src, "\n")
		seen := map[string]bool{}
		for _, c := range tests {
			seen[c.Name+"\x00"+c.Code] = true
			if c.Line < 1 || c.Line > len(lines) {
				t.Fatalf("%q: line %d of %d", src, c.Line, len(lines))
			}
			rs := []rune(lines[c.Line-1])
			if c.Col < 1 || c.Col > len(rs) || (rs[c.Col-1] != '"' && rs[c.Col-1] != '\'' && rs[c.Col-1] != '`') {
				t.Fatalf("%q: %s at %d:%d is not at a quote", src, c.Code, c.Line, c.Col)
			}
		}
		for name, codes := range only {
			for _, c := range codes {
				if !seen[name+"\x00"+c] {
					t.Fatalf("%q: %s limited to %s, which it is not compared with", src, name, c)
				}
			}
		}
	})
}

// A code compared through lower() or trim() is checked as a code.
func TestCodeTestsThroughFunctions(t *testing.T) {
	for _, src := range []string{`lower(situasjon) == "bostedslso"`, `trim(lower(situasjon)) == "bostedslso"`, `lower(situasjon) in ["bostedslso"]`} {
		tests, only := CodeTests(src)
		if len(tests) != 1 || tests[0].Name != "situasjon" || tests[0].Code != "bostedslso" || len(only["situasjon"]) != 1 {
			t.Errorf("%s: %+v %v", src, tests, only)
		}
	}
	if tests, _ := CodeTests(`len(situasjon) == "x"`); len(tests) != 0 {
		t.Errorf("len() is not a code test: %+v", tests)
	}
}
