package source

import (
	"path/filepath"
	"testing"
)

func TestWithinCheck(t *testing.T) {
	root := filepath.Join("prog", "hamar")
	in := Within{Root: root, Program: filepath.Join(root, "program.yaml")}
	abs := "stien «/etc/passwd» er absolutt, og boso leser bare filer i mappen der programfilen prog/hamar/program.yaml ligger, og mappene under den (skriv stien ut fra den mappen, eller kjør med --tillat-stier-utenfor)"
	out := func(p string) string {
		return "stien «" + p + "» går ut av mappen der programfilen prog/hamar/program.yaml ligger, og boso leser bare filer i den og mappene under den (flytt filen inn, eller kjør med --tillat-stier-utenfor)"
	}
	for _, tc := range []struct {
		from, path, want string
	}{
		{root, "data/a.csv", ""},
		{root, "./kilder/*.yaml", ""},
		{filepath.Join(root, "kilder"), "../data/a.csv", ""}, // leaves kilder, not the programme
		{filepath.Join(root, "kilder"), "../../a.csv", out("../../a.csv")},
		{root, "../hamar/data/a.csv", ""},
		{root, "../hamar2/a.csv", out("../hamar2/a.csv")},
		{root, "..", out("..")},
		{root, "data/../../x.csv", out("data/../../x.csv")},
		{root, "/etc/passwd", abs},
		{root, "", ""},
	} {
		if got := in.Check(tc.from, tc.path); got != tc.want {
			t.Errorf("Check(%q, %q) = %q, want %q", tc.from, tc.path, got, tc.want)
		}
	}
	in.AllowOutside = true
	if got := in.Check(root, "/etc/passwd"); got != "" {
		t.Errorf("allowed: %q", got)
	}
}
