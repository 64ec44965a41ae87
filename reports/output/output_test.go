package output

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// needLocks skips a test of folder locks where boso has none (not unix,
// lock_other.go); where it has them, a lock that fails is a failure.
func needLocks(t *testing.T) {
	t.Helper()
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("boso has no folder locks on " + runtime.GOOS)
	}
}

func text(s string) func(w io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// tree lists every file and folder under dir with its content.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			out[rel+"/"] = ""
			return nil
		}
		b, err := os.ReadFile(p)
		out[rel] = string(b)
		return err
	})
	return out
}

func show(m map[string]string) string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%q ", k, m[k])
	}
	return b.String()
}

func TestWriteAllIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.xlsx")
	os.WriteFile(a, []byte("old a"), 0o644)
	boom := errors.New("boom")
	_, err := WriteAll(dir, []File{
		{a, text("new a")},
		{b, func(w io.Writer) error { io.WriteString(w, "half"); return boom }},
	})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), b) {
		t.Fatalf("want the failure wrapped with the file it was writing: %v", err)
	}
	if got := show(tree(t, dir)); got != `a.csv="old a" ` {
		t.Fatalf("a failed set must leave the old one alone and nothing else: %s", got)
	}
	replaced, err := WriteAll(dir, []File{{a, text("new a")}})
	if err != nil || len(replaced) != 1 || replaced[0] != a {
		t.Fatal(replaced, err)
	}
	if got := show(tree(t, dir)); got != `a.csv="new a" ` {
		t.Fatal(got)
	}
}

// A failed write into a folder it had to make takes the folder away again.
func TestWriteAllFailedLeavesNoFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ut", "deeper")
	_, err := WriteAll(dir, []File{{filepath.Join(dir, "sub", "a"), func(io.Writer) error { return errors.New("boom") }}})
	if err == nil {
		t.Fatal("no error")
	}
	if _, err := os.Stat(filepath.Dir(filepath.Dir(dir))); err != nil {
		t.Fatal("the folder that was there is gone")
	}
	if _, err := os.Stat(filepath.Dir(dir)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("ut left behind: %v", err)
	}
}

// The set, old and new, used by the interruption tests: two files in the
// folder and one in a subfolder.
func set(dir, version string) []File {
	return []File{
		{filepath.Join(dir, "rapport.xlsx"), text(version + " xlsx")},
		{filepath.Join(dir, "rapport.pdf"), text(version + " pdf")},
		{filepath.Join(dir, "publisert", "rec.json"), text(version + " json")},
	}
}

func want(version string) string {
	return show(map[string]string{"rapport.xlsx": version + " xlsx", "rapport.pdf": version + " pdf",
		"publisert/": "", "publisert/rec.json": version + " json"})
}

type killed string

// A run stopped at any moment leaves a folder that Recover turns into the
// old set (before the journal is on disk) or the new one (after), with no
// staging left. The stop is a panic from the hook: after the journal it
// leaves the disk as a kill would (the locks a kill releases are released
// by the defers); before, the run's own cleanup removes its staging, as
// for a renderer that panics. (cmd/boso's kill test kills for real.)
func TestInterruptedWriteIsFinishedOrUndone(t *testing.T) {
	points := []string{"staged-0", "staged-1", "staged-2", "committed", "renamed-0", "renamed-1", "renamed-2", "synced"}
	defer func() { Hook = nil }()
	for i, point := range points {
		t.Run(point, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := WriteAll(dir, set(dir, "old")); err != nil {
				t.Fatal(err)
			}
			Hook = func(p string) {
				if p == point {
					panic(killed(p))
				}
			}
			func() {
				defer func() {
					if r := recover(); r != killed(point) {
						t.Fatalf("not stopped at %s: %v", point, r)
					}
				}()
				WriteAll(dir, set(dir, "new"))
			}()
			Hook = nil
			if err := Recover(dir); err != nil {
				t.Fatal(err)
			}
			expect := want("old")
			if i >= 3 {
				expect = want("new")
			}
			if got := show(tree(t, dir)); got != expect {
				t.Fatalf("after Recover:\n got %s\nwant %s", got, expect)
			}
		})
	}
}

// An interrupted swap is finished by the next write before it writes its
// own set, also when the next run itself is stopped while finishing it.
func TestNextWriteFinishesInterruptedSwap(t *testing.T) {
	defer func() { Hook = nil }()
	dir := t.TempDir()
	stop := func(point string, f func()) {
		Hook = func(p string) {
			if p == point {
				panic(killed(p))
			}
		}
		defer func() { Hook = nil; recover() }()
		f()
	}
	stop("renamed-0", func() { WriteAll(dir, set(dir, "one")) })
	stop("recovered-1", func() { Recover(dir) })
	got := tree(t, dir)
	if got["rapport.xlsx"] != "one xlsx" || got["rapport.pdf"] != "one pdf" {
		t.Fatalf("the interrupted recovery did not get as far as it said: %s", show(got))
	}
	// a set of other files in the same folder: the interrupted one is finished too
	other := []File{{filepath.Join(dir, "tall.csv"), text("two csv")}}
	if _, err := WriteAll(dir, other); err != nil {
		t.Fatal(err)
	}
	wantTree := map[string]string{"tall.csv": "two csv", "rapport.xlsx": "one xlsx", "rapport.pdf": "one pdf",
		"publisert/": "", "publisert/rec.json": "one json"}
	if got := show(tree(t, dir)); got != show(wantTree) {
		t.Fatalf("got %s\nwant %s", got, show(wantTree))
	}
}

// A staging folder a live run holds is not touched.
func TestRecoverLeavesLiveRunAlone(t *testing.T) {
	dir := t.TempDir()
	live := filepath.Join(dir, stagingPrefix+"1-2")
	os.Mkdir(live, 0o755)
	os.WriteFile(filepath.Join(live, "rapport.pdf"), []byte("half"), 0o644)
	needLocks(t)
	unlock, err := tryLockDir(live)
	if err != nil || unlock == nil {
		t.Fatalf("no lock on a folder on %s: %v", runtime.GOOS, err)
	}
	if err := Recover(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(live, "rapport.pdf")); err != nil {
		t.Fatal("a live run's staging was removed")
	}
	unlock()
	if err := Recover(dir); err != nil {
		t.Fatal(err)
	}
	if got := show(tree(t, dir)); got != "" {
		t.Fatalf("stale staging left: %s", got)
	}
}

// Temporary files earlier versions left beside an output are removed when
// that output is written again; other files that look alike are the user's.
func TestLegacyTempsRemoved(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{".rapport.pdf.4123.tmp", ".rapport.pdf.tmp", ".rapport.pdf.old.tmp", ".annet.pdf.77.tmp", "rapport.pdf.12.tmp"} {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
	}
	if _, err := WriteAll(dir, []File{{filepath.Join(dir, "rapport.pdf"), text("pdf")}}); err != nil {
		t.Fatal(err)
	}
	got := tree(t, dir)
	if _, ok := got[".rapport.pdf.4123.tmp"]; ok {
		t.Error("the stale temporary file is still there")
	}
	for _, n := range []string{".rapport.pdf.tmp", ".rapport.pdf.old.tmp", ".annet.pdf.77.tmp", "rapport.pdf.12.tmp"} {
		if _, ok := got[n]; !ok {
			t.Errorf("%s was removed; it is not boso's", n)
		}
	}
}

// Errors name the user's file, never a staging name, and leave the old set.
func TestErrorsNameTheUsersFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := WriteAll(dir, set(dir, "old")); err != nil {
		t.Fatal(err)
	}
	// a folder where a file of the set goes
	os.Remove(filepath.Join(dir, "rapport.pdf"))
	os.Mkdir(filepath.Join(dir, "rapport.pdf"), 0o755)
	_, err := WriteAll(dir, set(dir, "new"))
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "rapport.pdf")) || strings.Contains(err.Error(), stagingPrefix) {
		t.Fatalf("error: %v", err)
	}
	if got := tree(t, dir); got["rapport.xlsx"] != "old xlsx" || got["publisert/rec.json"] != "old json" {
		t.Fatalf("old set touched: %s", show(got))
	}
	for k := range tree(t, dir) {
		if strings.Contains(k, stagingPrefix) {
			t.Fatalf("staging left: %s", k)
		}
	}
	if os.Getuid() == 0 {
		return // root writes anywhere
	}
	os.Remove(filepath.Join(dir, "rapport.pdf"))
	os.Chmod(filepath.Join(dir, "publisert"), 0o555)
	defer os.Chmod(filepath.Join(dir, "publisert"), 0o755)
	_, err = WriteAll(dir, set(dir, "new"))
	if err == nil || strings.Contains(err.Error(), stagingPrefix) || !strings.Contains(err.Error(), dir) {
		t.Fatalf("read-only subfolder: %v", err)
	}
	if got := tree(t, dir); got["rapport.xlsx"] != "old xlsx" {
		t.Fatalf("old set touched: %s", show(got))
	}
}

// A rename that fails halfway through the swap (here: something put a
// folder where the third file goes, after the check) undoes the renames
// before it, so the folder holds the old set again; also when the undoing
// itself is stopped and left to the next run.
func TestFailedRenameIsUndone(t *testing.T) {
	defer func() { Hook = nil }()
	for _, stopAt := range []string{"", "undoing", "undone-0", "undone-1"} {
		t.Run("stop at "+stopAt, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := WriteAll(dir, set(dir, "old")); err != nil {
				t.Fatal(err)
			}
			before := tree(t, dir)
			pdf := filepath.Join(dir, "rapport.pdf")
			Hook = func(p string) {
				switch p {
				case "renamed-1":
					os.Remove(pdf)
					os.MkdirAll(filepath.Join(pdf, "x"), 0o755)
				case stopAt:
					panic(killed(p))
				}
			}
			newSet := append([]File{{filepath.Join(dir, "ny.html"), text("new html")}}, set(dir, "new")...)
			var err error
			stopped := false
			func() {
				defer func() {
					r := recover()
					if r != nil && r != killed(stopAt) {
						panic(r)
					}
					stopped = r != nil
				}()
				_, err = WriteAll(dir, newSet)
			}()
			Hook = nil
			if stopped != (stopAt != "") {
				t.Fatalf("stopped: %v", stopped)
			}
			if stopAt == "" {
				if err == nil || !strings.Contains(err.Error(), pdf) || strings.Contains(err.Error(), stagingPrefix) {
					t.Fatalf("error: %v", err)
				}
			} else if err := Recover(dir); err != nil {
				t.Fatal(err)
			}
			got := tree(t, dir)
			delete(got, "rapport.pdf/")
			delete(got, "rapport.pdf/x/")
			delete(before, "rapport.pdf")
			if show(got) != show(before) {
				t.Fatalf("got  %s\nwant %s", show(got), show(before))
			}
		})
	}
}

// A renderer that panics leaves nothing behind either.
func TestPanickingRendererLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	if _, err := WriteAll(dir, set(dir, "old")); err != nil {
		t.Fatal(err)
	}
	func() {
		defer func() { recover() }()
		WriteAll(dir, []File{set(dir, "new")[0], {filepath.Join(dir, "b"), func(io.Writer) error { panic("bug") }}})
	}()
	if got := show(tree(t, dir)); got != want("old") {
		t.Fatalf("got %s", got)
	}
}

// Runs writing into the same folder at once do not mix their sets: the
// folder ends with one run's set whole, and no staging.
func TestConcurrentWritesDoNotMix(t *testing.T) {
	needLocks(t)
	if unlock, err := tryLockDir(t.TempDir()); unlock == nil {
		t.Fatalf("no lock on a folder on %s: %v", runtime.GOOS, err)
	} else {
		unlock()
	}
	dir := t.TempDir()
	errs := make(chan error)
	const n = 8
	for i := range n {
		go func() {
			_, err := WriteAll(dir, set(dir, fmt.Sprint("v", i)))
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	got := show(tree(t, dir))
	for i := range n {
		if got == want(fmt.Sprint("v", i)) {
			return
		}
	}
	t.Fatalf("not one run's set: %s", got)
}

// A File without Fill removes an earlier run's file in the same swap: the
// folder holds the old set or the new one without it, never a mix, also
// when the run is stopped at any point or a later rename fails.
func TestRemovedFileGoesWithTheSwap(t *testing.T) {
	defer func() { Hook = nil }()
	oldSet := func(dir string) []File {
		return []File{{filepath.Join(dir, "tall.csv"), text("old csv")}, {filepath.Join(dir, "tall.xlsx"), text("old xlsx")}}
	}
	newSet := func(dir string) []File {
		return []File{{filepath.Join(dir, "tall.csv"), text("new csv")}, {Path: filepath.Join(dir, "tall.xlsx")}}
	}
	oldTree := show(map[string]string{"tall.csv": "old csv", "tall.xlsx": "old xlsx"})
	newTree := show(map[string]string{"tall.csv": "new csv"})

	dir := t.TempDir()
	if _, err := WriteAll(dir, oldSet(dir)); err != nil {
		t.Fatal(err)
	}
	replaced, err := WriteAll(dir, newSet(dir))
	if err != nil {
		t.Fatal(err)
	}
	if got := show(tree(t, dir)); got != newTree {
		t.Fatalf("got %s\nwant %s", got, newTree)
	}
	if len(replaced) != 2 || replaced[1] != filepath.Join(dir, "tall.xlsx") {
		t.Fatalf("replaced %q: the removed file must be named", replaced)
	}
	// nothing to remove: the same set again is written, nothing is named removed
	replaced, err = WriteAll(dir, newSet(dir))
	if err != nil || len(replaced) != 1 || show(tree(t, dir)) != newTree {
		t.Fatalf("again: %q %v %s", replaced, err, show(tree(t, dir)))
	}

	for i, point := range []string{"staged-0", "committed", "renamed-0", "renamed-1", "synced"} {
		t.Run(point, func(t *testing.T) {
			dir := t.TempDir()
			if _, err := WriteAll(dir, oldSet(dir)); err != nil {
				t.Fatal(err)
			}
			Hook = func(p string) {
				if p == point {
					panic(killed(p))
				}
			}
			func() {
				defer func() {
					if r := recover(); r != killed(point) {
						t.Fatalf("not stopped at %s: %v", point, r)
					}
				}()
				WriteAll(dir, newSet(dir))
			}()
			Hook = nil
			if err := Recover(dir); err != nil {
				t.Fatal(err)
			}
			expect := oldTree
			if i >= 1 {
				expect = newTree
			}
			if got := show(tree(t, dir)); got != expect {
				t.Fatalf("after Recover:\n got %s\nwant %s", got, expect)
			}
		})
	}

	// a rename after the removal fails: the removed file is put back
	dir = t.TempDir()
	if _, err := WriteAll(dir, oldSet(dir)); err != nil {
		t.Fatal(err)
	}
	later := filepath.Join(dir, "rapport.pdf")
	Hook = func(p string) {
		if p == "renamed-1" {
			os.MkdirAll(filepath.Join(later, "x"), 0o755)
		}
	}
	set := append(newSet(dir), File{later, text("new pdf")})
	if _, err := WriteAll(dir, set); err == nil {
		t.Fatal("the rename over a folder did not fail")
	}
	Hook = nil
	got := tree(t, dir)
	delete(got, "rapport.pdf/")
	delete(got, "rapport.pdf/x/")
	if show(got) != oldTree {
		t.Fatalf("after the failed swap:\n got %s\nwant %s", show(got), oldTree)
	}
}
