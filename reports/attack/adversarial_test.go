package attack

import (
	"fmt"
	"path/filepath"
	"testing"

	"boso/indicators/period"
)

// Adversarial programmes (testdata/<name>/program.yaml says what each is
// built to break; testdata/README.md lists them): all the documents each
// has published by 20 August 2025, read back from HTML and attacked
// together; «liten» also at a threshold of 6, and its half-year report
// 2025 read back from PDF and spreadsheet too.
func TestAdversarialProgrammes(t *testing.T) {
	for _, tc := range []struct {
		name      string
		threshold int64
		full      []string
	}{
		{"liten", 0, []string{"2025H1"}},
		{"liten", 6, nil},
		{"nuller", 0, nil},
		{"engruppe", 0, nil},
	} {
		t.Run(fmt.Sprintf("%s/skjul=%d", tc.name, tc.threshold), func(t *testing.T) {
			t.Parallel()
			attackProgramme(t, tc.name, tc.threshold, tc.full...)
		})
	}
}

// KNOWN LEAK (reported to the lead, not fixed here): boso's disclosure
// control does not use the definitions' validation rules, but a reader of
// the standard library may. «Tildelinger ≤ søknader + venteliste ved
// periodens start» for 2. halvår 2023, with the half-year's søknader and
// tildelinger taken as the year minus the 1. halvår, tells that at least
// two households waited on 1 July 2023 — a count no report shows, which
// is 2. This test fails until boso protects it.
func TestLeakThroughValidationRule(t *testing.T) {
	attackProgramme(t, "venteliste", 0)
}

func attackProgramme(t *testing.T, name string, threshold int64, full ...string) {
	t.Helper()
	c := publishAndRead(t, filepath.Join("testdata", name, "program.yaml"), period.MustDate(2025, 8, 20), threshold, full...)
	checkReadings(t, c.html...)
	for i, rd := range c.html {
		checkCharts(t, c.lx, rd)
		checkProse(t, c, c.rendered[i], false)
	}
	runAttack(t, c, c.html)
	for _, p := range full {
		checkFormats(t, c, p)
	}
}
