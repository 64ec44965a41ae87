package output

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteAllIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.xlsx")
	os.WriteFile(a, []byte("old a"), 0o644)
	boom := errors.New("boom")
	_, err := WriteAll([]File{
		{a, func(w io.Writer) error { _, err := io.WriteString(w, "new a"); return err }},
		{b, func(w io.Writer) error { io.WriteString(w, "half"); return boom }},
	})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), b) {
		t.Fatalf("want the failure wrapped with the file it was writing: %v", err)
	}
	if got, _ := os.ReadFile(a); string(got) != "old a" {
		t.Fatalf("a was replaced although b failed: %q", got)
	}
	if _, err := os.Stat(b); err == nil {
		t.Fatal("b exists")
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Fatalf("temporary files left: %v", left)
	}
	replaced, err := WriteAll([]File{{a, func(w io.Writer) error { _, err := io.WriteString(w, "new a"); return err }}})
	if err != nil || len(replaced) != 1 {
		t.Fatal(replaced, err)
	}
	if got, _ := os.ReadFile(a); string(got) != "new a" {
		t.Fatalf("%q", got)
	}
}
