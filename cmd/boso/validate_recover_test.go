//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

// validate with a report period reads the records in --ut; a swap of
// outputs a report was killed in is finished first, as report does, so
// that validate reads one whole set and leaves no staging behind.
func TestValidateFinishesInterruptedSwap(t *testing.T) {
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
	set := killSets[0] // report
	k := &killRun{t: t, bin: bin, prog: prog}
	ut := t.TempDir()
	k.run(append(set.old, "--ut", ut), nil)
	refB := copyTree(t, ut)
	k.run(append(set.new, "--ut", refB), nil)
	setB := snapshot(t, refB)

	cmd := exec.Command(bin, append(set.new, "--ut", ut)...)
	cmd.Dir, cmd.Env = prog, append(os.Environ(), killEnv+"=renamed-1")
	cmd.Run()
	if ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus); !ws.Signaled() {
		t.Fatal("boso was not killed at renamed-1")
	}
	if equal(snapshot(t, ut), setB) {
		t.Fatal("the killed run left the newer set whole; the test shows nothing")
	}

	wb := filepath.Join(t.TempDir(), "arbeidsbok.xlsx")
	k.run([]string{"template", "--program", "programB.yaml", "--period", "2024", "--ut", wb}, nil)
	k.run([]string{"validate", "--program", "programB.yaml", "--period", "2024", "--arbeidsbok", wb, "--ut", ut}, nil)
	if got := snapshot(t, ut); !equal(got, setB) {
		t.Fatalf("after validate:\n%v\nwant the newer set %v", got, setB)
	}

	// without a report period validate reads no records, yet a folder
	// named with --ut is made whole too
	k.run(append(set.old, "--ut", ut), nil)
	cmd = exec.Command(bin, append(set.new, "--ut", ut)...)
	cmd.Dir, cmd.Env = prog, append(os.Environ(), killEnv+"=renamed-1")
	cmd.Run()
	if equal(snapshot(t, ut), setB) {
		t.Fatal("the second killed run left the newer set whole; the test shows nothing")
	}
	k.run([]string{"validate", "--program", "programB.yaml", "--ut", ut}, nil)
	if got := snapshot(t, ut); !equal(got, setB) {
		t.Fatalf("after validate without --period:\n%v\nwant the newer set %v", got, setB)
	}
}
