package reference

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"boso/templates/msg"
)

// Every problem code written in boso's source is listed in
// msg.ProblemCodes (and so on the reference page), once, in order, and
// every listed code is used: a new code cannot be forgotten.
func TestEveryProblemCodeIsListed(t *testing.T) {
	code := regexp.MustCompile(`"(BOSO-[A-Z][0-9]{3})"`)
	used := map[string]string{} // code → a file using it
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.HasSuffix(path, "nb_codes.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range code.FindAllSubmatch(src, -1) {
			used[string(m[1])] = path
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(used) < 30 {
		t.Fatalf("found only %d codes in the source; is the walk right?", len(used))
	}
	listed := map[string]bool{}
	var order []string
	for _, c := range msg.ProblemCodes {
		if listed[c.Code] {
			t.Errorf("%s is listed twice", c.Code)
		}
		listed[c.Code] = true
		order = append(order, c.Code)
		if c.Text.F() == "" || c.Example == "" {
			t.Errorf("%s has no text or example", c.Code)
		}
		if _, ok := used[c.Code]; !ok {
			t.Errorf("%s is listed in templates/msg/nb_codes.go but no code uses it", c.Code)
		}
	}
	if !sort.StringsAreSorted(order) {
		t.Error("msg.ProblemCodes is not in code order")
	}
	for c, path := range used {
		if !listed[c] {
			t.Errorf("%s (used in %s) is not listed in msg.ProblemCodes (templates/msg/nb_codes.go): add a line and an example", c, path)
		}
	}
}
