package reference

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

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

// Each example on the page is a message boso can print: after its
// position, it fits one of the catalogue's texts.
func TestProblemCodeExamplesAreRealMessages(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "templates", "msg", "nb_*.go"))
	if err != nil || len(files) == 0 {
		t.Fatal("no catalogue files", err)
	}
	lit := regexp.MustCompile("(?s)nb(?:Plural|N)?\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)")
	verb := regexp.MustCompile(`%(?:(?:\[\d+\])?\d*[sdvqXf]|%)`)
	type text struct {
		re    *regexp.Regexp
		parts []string
	}
	var texts []text
	for _, f := range files {
		if strings.HasSuffix(f, "nb_codes.go") {
			continue
		}
		src, _ := os.ReadFile(f)
		for _, m := range lit.FindAllSubmatch(src, -1) {
			s := string(m[1])
			if s[0] == '"' {
				var err error
				if s, err = strconv.Unquote(s); err != nil {
					continue
				}
			} else {
				s = s[1 : len(s)-1]
			}
			lits := verb.Split(s, -1)
			parts := make([]string, len(lits))
			for i := range lits {
				parts[i] = regexp.QuoteMeta(lits[i])
			}
			letters := 0
			for _, r := range verb.ReplaceAllString(s, "") {
				if unicode.IsLetter(r) {
					letters++
				}
			}
			if letters < 10 {
				continue // "%s (%s)" fits anything
			}
			texts = append(texts, text{regexp.MustCompile("^" + strings.Join(parts, ".+?") + "$"), lits})
		}
	}
	pos := regexp.MustCompile(`^[^ ]*?(\.yaml|\.csv|\.xlsx(\[[^\]]*\](![A-Z0-9:]+)?)?)(:[0-9]+)?(:[^ :]+)?: (advarsel: )?`)
	for _, c := range msg.ProblemCodes {
		m := pos.ReplaceAllString(c.Example, "")
		// an example cut short with … needs to fit the start of a text;
		// «(mente du …?)» may follow any text
		cut := strings.HasSuffix(m, " …")
		m = strings.TrimSuffix(m, " …")
		bare := m
		if i := strings.Index(m, " (mente du «"); i > 0 {
			bare = m[:i]
		}
		found := false
		for _, tx := range texts {
			if tx.re.MatchString(m) || tx.re.MatchString(bare) || cut && fitsStart(tx.parts, m) {
				found = true
				t.Logf("%s: %s", c.Code, tx.re)
				break
			}
		}
		if !found {
			t.Errorf("%s: the example %q fits no text of the catalogue", c.Code, m)
		}
	}
}

// fitsStart reports whether s is the start of a message made from a
// text with these literal parts (the arguments go between them).
func fitsStart(parts []string, s string) bool {
	if !strings.HasPrefix(s, parts[0]) {
		return strings.HasPrefix(parts[0], s)
	}
	rest := s[len(parts[0]):]
	for _, p := range parts[1:] {
		i := strings.Index(rest, p)
		if i < 0 {
			// s ends in an argument or inside this part
			for k := len(p); k > 0; k-- {
				if strings.HasSuffix(rest, p[:k]) {
					return true
				}
			}
			return !strings.ContainsAny(rest, ".;:")
		}
		rest = rest[i+len(p):]
	}
	return true
}
