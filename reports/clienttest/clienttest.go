// Package clienttest finds the real programs the renderer tests open their
// output with (LibreOffice, poppler, Chromium). Locally a missing program
// skips the test with the command that installs it; under CI (CI=true)
// it fails the test, since .ci/run installs them.
package clienttest

import (
	"os"
	"os/exec"
	"testing"
)

// Need returns the path of the first of names found on PATH. When none is
// found it fails the test under CI and skips it otherwise, saying how to
// install the Debian package.
func Need(t testing.TB, debianPackage string, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%v not found; .ci/run must install %s", names, debianPackage)
	}
	t.Skipf("%v not found; install with: apt-get install --no-install-recommends %s", names, debianPackage)
	return ""
}
