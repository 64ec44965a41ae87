package files

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"
)

func TestMemory(t *testing.T) {
	f := New(fstest.MapFS{
		"program.yaml":  {Data: []byte("name: x")},
		"kilder/a.yaml": {Data: []byte("a")},
		"kilder/b.yaml": {Data: []byte("b")},
	}, "innsendt/hamar")
	b, err := f.ReadFile(filepath.Join("innsendt", "hamar", "kilder", "a.yaml"))
	if err != nil || string(b) != "a" {
		t.Fatalf("ReadFile: %q, %v", b, err)
	}
	got, err := f.Glob(filepath.Join("innsendt", "hamar", "kilder", "*.yaml"))
	want := []string{filepath.Join("innsendt", "hamar", "kilder", "a.yaml"), filepath.Join("innsendt", "hamar", "kilder", "b.yaml")}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Glob: %q, %v; want %q", got, err, want)
	}
	for _, p := range []string{
		filepath.Join("innsendt", "hamar", "..", "gjovik", "program.yaml"), // leaves the root
		filepath.Join("innsendt", "hamar", "..", "..", "etc", "passwd"),
		"/etc/passwd",
		"program.yaml", // not under the root's name
	} {
		_, err := f.ReadFile(p)
		var pe *fs.PathError
		if !errors.Is(err, fs.ErrNotExist) || !errors.As(err, &pe) || pe.Path != p {
			t.Errorf("ReadFile(%q): %v, want not-exist naming the path", p, err)
		}
		if _, ok := f.OSPath(p); ok {
			t.Errorf("OSPath(%q) ok for a memory file system", p)
		}
	}
	if _, ok := f.OSPath(filepath.Join("innsendt", "hamar", "program.yaml")); ok {
		t.Error("OSPath ok for a memory file system")
	}
}

func TestDir(t *testing.T) {
	root := t.TempDir()
	prog := filepath.Join(root, "prog")
	must(t, os.MkdirAll(filepath.Join(prog, "data"), 0o755))
	must(t, os.WriteFile(filepath.Join(prog, "data", "x.csv"), []byte("x"), 0o644))
	must(t, os.WriteFile(filepath.Join(root, "hemmelig.csv"), []byte("secret"), 0o644))
	if err := os.Symlink(filepath.Join(root, "hemmelig.csv"), filepath.Join(prog, "data", "lenke.csv")); err != nil {
		skipOrFail(t, "no symbolic links here:", err)
	}
	in := Dir(prog, false)
	if b, err := in.ReadFile(filepath.Join(prog, "data", "x.csv")); err != nil || string(b) != "x" {
		t.Fatalf("ReadFile inside: %q, %v", b, err)
	}
	if p, ok := in.OSPath(filepath.Join(prog, "data", "x.csv")); !ok || p != filepath.Join(prog, "data", "x.csv") {
		t.Errorf("OSPath inside: %q, %v", p, ok)
	}
	for _, p := range []string{
		filepath.Join(prog, "data", "lenke.csv"), // a link out of the folder
		filepath.Join(prog, "..", "hemmelig.csv"),
		filepath.Join(root, "hemmelig.csv"),
	} {
		if b, err := in.ReadFile(p); err == nil {
			t.Errorf("ReadFile(%q) read %q from outside the folder", p, b)
		}
		if _, ok := in.OSPath(p); ok {
			t.Errorf("OSPath(%q) ok outside the folder", p)
		}
	}
	out := Dir(prog, true)
	for _, p := range []string{filepath.Join(prog, "data", "lenke.csv"), filepath.Join(prog, "..", "hemmelig.csv")} {
		if b, err := out.ReadFile(p); err != nil || string(b) != "secret" {
			t.Errorf("allowed outside: ReadFile(%q) = %q, %v", p, b, err)
		}
	}
	missing := Dir(filepath.Join(root, "finnes-ikke"), false)
	if _, err := missing.ReadFile(filepath.Join(root, "finnes-ikke", "program.yaml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing folder: %v, want not-exist", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// skipOrFail skips a test the system cannot run (no symbolic links, no
// named pipes: Windows), and fails it under CI, which runs on Linux.
func skipOrFail(t *testing.T, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(args...)
	}
	t.Skip(args...)
}
