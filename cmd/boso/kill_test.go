//go:build unix

package main

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"boso/reports/output"
)

// A tiny programme, so that a run takes little time; programB.yaml names
// the kommune otherwise, so that every file of a set made from it differs
// from the one made from program.yaml.
var killProgram = map[string]string{
	"program.yaml": `name: Testprogram
period: 2020-2025
kommuner:
  - {number: "3403", name: Hamar}
standard_library: false
indicators: [indikatorer.yaml]
sources: [kilder/utk.yaml]
`,
	"programB.yaml": `name: Testprogram
period: 2020-2025
kommuner:
  - {number: "3403", name: Hamar kommune}
standard_library: false
indicators: [indikatorer.yaml]
sources: [kilder/utk.yaml]
`,
	"indikatorer.yaml": `indicators:
  - id: utkastelser
    name: Gjennomførte utkastelser
    definition: Antall gjennomførte utkastelser i perioden.
    source: Test
    unit: antall
    kind: flow
    register: utkastelser
    date: gjennomfort
    measure: count
`,
	"kilder/utk.yaml": `id: utk
register: utkastelser
file: utk.csv
covers: {from: 2020-01-01, to: 2024-12-31}
fields:
  kommune: {column: Kommunenr, type: kommune}
  gjennomfort: {column: Gjennomført, type: date}
`,
	"kilder/utk.csv": "Kommunenr;Gjennomført\n3403;01.03.2024\n3403;02.03.2024\n3403;03.03.2024\n3403;04.03.2024\n3403;05.03.2024\n3403;06.03.2024\n3403;07.03.2024\n3403;01.09.2024\n",
}

// The sets the kill tests write: an old one made with old, over which
// new is run and killed.
var killSets = []struct {
	name     string
	old, new []string
	files    int
}{
	{"report", []string{"report", "--program", "program.yaml", "--period", "2024", "--dato", "2025-01-20", "--skjul", "3"},
		[]string{"report", "--program", "programB.yaml", "--period", "2024", "--dato", "2025-01-21"}, 5},
	{"compute", []string{"compute", "--stille", "--program", "program.yaml", "--dato", "2025-01-20"},
		[]string{"compute", "--stille", "--program", "programB.yaml", "--dato", "2025-01-21"}, 2},
}

// boso killed at every moment of writing a set over an older one, and
// after varying delays, leaves the older set whole, the newer one whole,
// or a journal from which the next run's first step makes it the newer
// one; the next run then leaves nothing of boso's own behind.
func TestKilledWriteLeavesOneSet(t *testing.T) {
	bin, err := exec.LookPath("boso") // the test binary as boso (testscript.Main)
	if err != nil {
		t.Fatal(err)
	}
	prog := t.TempDir()
	for name, text := range killProgram {
		os.MkdirAll(filepath.Join(prog, filepath.Dir(name)), 0o755)
		if err := os.WriteFile(filepath.Join(prog, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, set := range killSets {
		t.Run(set.name, func(t *testing.T) {
			t.Parallel()
			k := &killRun{t: t, bin: bin, prog: prog, args: set.new}
			old := t.TempDir()
			k.run(append(set.old, "--ut", old), nil)
			setA := snapshot(t, old)
			refB := copyTree(t, old)
			k.run(append(set.new, "--ut", refB), nil)
			setB := snapshot(t, refB)
			// the next run after a finished swap reads the newer records
			refB2 := copyTree(t, refB)
			k.run(append(set.new, "--ut", refB2), nil)
			setB2 := snapshot(t, refB2)
			if n := len(onlyFiles(setA)); n != set.files || len(onlyFiles(setB)) != n {
				t.Fatalf("want %d files in each set:\n%v\n%v", set.files, setA, setB)
			}
			for name, h := range onlyFiles(setA) {
				if setB[name] == h || setB[name] == "" {
					t.Fatalf("%s is the same in both sets; the test could not tell them apart", name)
				}
			}
			k.setA, k.setB, k.setB2, k.old = setA, setB, setB2, old

			// the first and last file staged and renamed, and one between
			last := set.files - 1
			points := []string{"staged-0", fmt.Sprintf("staged-%d", last), "committed",
				"renamed-0", fmt.Sprintf("renamed-%d", last/2), fmt.Sprintf("renamed-%d", last), "synced"}
			seen := map[string]bool{}
			for _, p := range points {
				if seen[p] {
					continue
				}
				seen[p] = true
				newer := !strings.HasPrefix(p, "staged") // from the journal on, the newer set is the one
				t.Run(p, func(t *testing.T) { t.Parallel(); k.at(t, p, &newer, 0) })
			}
			for _, d := range []time.Duration{0, 3, 10, 30, 100} {
				t.Run(fmt.Sprint("after ", d*time.Millisecond), func(t *testing.T) { t.Parallel(); k.at(t, "", nil, d*time.Millisecond) })
			}
		})
	}
}

type killRun struct {
	t                 *testing.T
	bin, prog         string
	args              []string
	setA, setB, setB2 map[string]string
	old               string
}

// run runs boso with args and env in the programme's folder and wants it to succeed.
func (k *killRun) run(args, env []string) {
	k.t.Helper()
	cmd := exec.Command(k.bin, args...)
	cmd.Dir, cmd.Env = k.prog, append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		k.t.Fatalf("boso %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// at writes the newer set over a copy of the older one and kills boso at
// point (or after delay); newer says which set the interrupted write must
// come to, when it is known.
func (k *killRun) at(t *testing.T, point string, newer *bool, delay time.Duration) {
	ut := copyTree(t, k.old)
	cmd := exec.Command(k.bin, append(k.args, "--ut", ut)...)
	cmd.Dir, cmd.Env = k.prog, os.Environ()
	if point != "" {
		cmd.Env = append(cmd.Env, killEnv+"="+point)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if point == "" {
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
	}
	err := cmd.Wait()
	if ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus); point != "" && !ws.Signaled() {
		t.Fatalf("boso was not killed at %s: %v", point, err)
	}

	// right after the kill: every file is whole, from one set or the other,
	// and from one set only unless the journal says the swap is under way
	got := snapshot(t, ut)
	journal := false
	for name := range got {
		if strings.HasSuffix(name, "/.journal") {
			journal = true
		}
	}
	fromA, fromB := 0, 0
	for name := range onlyFiles(k.setA) {
		switch got[name] {
		case k.setA[name]:
			fromA++
		case k.setB[name]:
			fromB++
		default:
			t.Fatalf("%s is neither the old nor the new one:\n%v", name, got)
		}
	}
	if fromA > 0 && fromB > 0 && !journal {
		t.Fatalf("files from both sets and no journal: %v", got)
	}
	for name := range onlyFiles(got) {
		if _, ok := k.setA[name]; !ok && !leftover(name) {
			t.Fatalf("%s is not in either set", name)
		}
	}

	// the next run's first step finishes or undoes the swap
	rec := copyTree(t, ut)
	if err := output.Recover(rec); err != nil {
		t.Fatal(err)
	}
	recovered := snapshot(t, rec)
	isB := equal(recovered, k.setB)
	if !isB && !equal(recovered, k.setA) {
		t.Fatalf("after recovery the folder is neither set:\n%v\nold %v\nnew %v", recovered, k.setA, k.setB)
	}
	if newer != nil && isB != *newer {
		t.Fatalf("killed at %s, recovery made the newer set: %v, want %v", point, isB, *newer)
	}

	// and the next run writes its set and leaves nothing behind
	k.run(append(k.args, "--ut", ut), nil)
	want := k.setB
	if isB {
		want = k.setB2
	}
	if got := snapshot(t, ut); !equal(got, want) {
		t.Fatalf("after the next run:\n%v\nwant %v", got, want)
	}
}

// snapshot maps every file under dir to its hash and every folder to "".
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[filepath.ToSlash(rel)+"/"] = ""
			return nil
		}
		b, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = fmt.Sprintf("%x", sha256.Sum256(b))[:12]
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// onlyFiles is a snapshot's files, without its folders.
func onlyFiles(s map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range s {
		if !strings.HasSuffix(k, "/") {
			out[k] = v
		}
	}
	return out
}

// leftover tells boso's own staging and temporary names.
func leftover(name string) bool {
	return strings.Contains(name, ".boso-staging-") || strings.HasSuffix(name, ".tmp")
}

func equal(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func copyTree(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	var names []string
	filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		names = append(names, p)
		return err
	})
	sort.Strings(names)
	for _, p := range names[1:] {
		rel, _ := filepath.Rel(from, p)
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.IsDir() {
			os.MkdirAll(filepath.Join(to, rel), 0o755)
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, rel), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return to
}
