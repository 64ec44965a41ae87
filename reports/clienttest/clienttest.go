// Package clienttest finds the real programs the renderer tests open their
// output with (LibreOffice, poppler, Chromium). Locally a missing program
// skips the test with the command that installs it; under CI (CI=true)
// it fails the test, since .ci/run installs them.
package clienttest

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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

// LibreOfficeCSV opens an xlsx file in headless LibreOffice (a fresh
// profile, so no prompt or saved state interferes), recalculates it and
// exports every sheet as CSV. It returns the rows of each sheet by name.
func LibreOfficeCSV(t testing.TB, xlsx string) map[string][][]string {
	t.Helper()
	soffice := Need(t, "libreoffice-calc-nogui", "soffice", "libreoffice")
	dir := t.TempDir()
	out := filepath.Join(dir, "csv")
	cmd := exec.Command(soffice, LibreOfficeProfile(t, filepath.Join(dir, "profile")), "--headless", "--norestore",
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1", "--outdir", out, xlsx)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice could not convert %s: %v\n%s", xlsx, err, b)
	}
	files, err := filepath.Glob(filepath.Join(out, "*.csv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("LibreOffice wrote no CSV for %s", xlsx)
	}
	prefix := strings.TrimSuffix(filepath.Base(xlsx), filepath.Ext(xlsx)) + "-"
	sheets := map[string][][]string{}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sheets[strings.TrimSuffix(strings.TrimPrefix(filepath.Base(name), prefix), ".csv")] = rows
	}
	return sheets
}

// LibreOfficeProfile makes a fresh LibreOffice profile in dir that
// recalculates every formula when it loads a file, and returns the
// -env:UserInstallation argument that uses it. LibreOffice's default for
// xlsx is to show the cached results (it ignores fullCalcOnLoad), so
// without it a test would read the writer's numbers back, not
// LibreOffice's arithmetic.
func LibreOfficeProfile(t testing.TB, dir string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	const always = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
	if err := os.WriteFile(filepath.Join(dir, "user", "registrymodifications.xcu"), []byte(always), 0o644); err != nil {
		t.Fatal(err)
	}
	return "-env:UserInstallation=file://" + dir
}

// PDFText returns the text of a PDF as pdftotext -layout extracts it.
func PDFText(t testing.TB, pdf string) string {
	t.Helper()
	pdftotext := Need(t, "poppler-utils", "pdftotext")
	out, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return string(out)
}
