package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The journal is read from the user's folder, where anything can be
// edited: whatever it holds, reading it does not panic, and it never
// names a file outside the folder or one that could be the staging's own.
func FuzzReadJournal(f *testing.F) {
	f.Add(journalHead + "\nn rapport.pdf\nk publisert/3403-2024.json\n")
	f.Add(journalHead + "\nx ../../etc/passwd\n")
	f.Add(journalHead + "\nn /abs\n")
	f.Add("boso staging journal 2\nn a\n")
	f.Add(journalHead + "\nn .journal\n")
	f.Add(journalHead + "\nn tall.csv\nr tall.xlsx\n")
	f.Fuzz(func(t *testing.T, text string) {
		root := t.TempDir()
		if err := os.WriteFile(filepath.Join(root, journalName), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		entries, ok := readJournal(root)
		if !ok {
			return
		}
		for _, e := range entries {
			p := filepath.FromSlash(e.rel)
			if !filepath.IsLocal(p) || strings.HasPrefix(filepath.Base(p), ".") {
				t.Fatalf("accepted %q", e.rel)
			}
			if e.old != oldNone && e.old != oldKept && e.old != oldLost && e.old != goneKept && e.old != goneLost {
				t.Fatalf("accepted %q", e.old)
			}
		}
	})
}
