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
