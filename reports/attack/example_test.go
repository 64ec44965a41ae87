package attack

import (
	"strings"
	"testing"

	"boso/indicators/period"
	"boso/templates/msg"
)

// The shipped example on 20 August 2025 has published the half-year
// reports 2016–2025 and the annual reports 2016–2024. Read back from their
// HTML and attacked together, no hidden or never-shown small count may be
// narrowed, no chart may show what a table hides, and no note may quote a
// figure.
func TestExampleAllDocuments(t *testing.T) {
	c := example(t)
	checkReadings(t, c.html...)
	for i, rd := range c.html {
		checkCharts(t, c.lx, rd)
		checkProse(t, c, c.rendered[i], false)
	}
	runAttack(t, c, c.html)
}

// The two current reports, 2025H1 and 2024, print in their PDF, their
// spreadsheet and their steering page exactly the figures, changes,
// deviations and marks their HTML prints.
func TestExampleFormatsAgree(t *testing.T) {
	c := example(t)
	for _, p := range []string{"2025H1", "2024"} {
		t.Run(p, func(t *testing.T) {
			t.Parallel()
			checkFormats(t, c, p)
		})
	}
}

// checkFormats reads a document's PDF, spreadsheet and steering page and
// compares them with its HTML; then attacks all the programme's HTML and
// these together.
func checkFormats(t *testing.T, c *corpus, p string) {
	t.Helper()
	pub, html, hr := c.doc(p)
	if pub == nil || pub.files["pdf"] == nil {
		t.Fatalf("%s was not rendered in full", p)
	}
	dir := t.TempDir()
	pr, err := readPDF(t, p+".pdf", pub.save(t, dir, "pdf"))
	if err != nil {
		t.Fatal(err)
	}
	xr, err := readXLSX(t, p+".xlsx", pub.save(t, dir, "xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	sr, err := readPDF(t, p+" styringsgruppe.pdf", pub.save(t, dir, "steering.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pdf, xlsx, steer := c.lx.interpret(pr), c.lx.interpret(xr), c.lx.interpret(sr)
	for _, d := range append(append(pr.defects, xr.defects...), sr.defects...) {
		t.Logf("looks wrong to a reader (not a disclosure): %s", d)
	}
	for _, s := range xr.stray {
		t.Errorf("a number outside every table: %s", s)
	}
	checkReadings(t, pdf, xlsx, steer)
	compareFormats(t, c.lx, html, pdf)
	compareFormats(t, c.lx, html, xlsx)
	checkCharts(t, c.lx, xlsx)
	checkCharts(t, c.lx, pdf)
	checkPDFMarks(t, hr, pr)
	checkProse(t, c, hr, true)
	checkAlts(t, hr, pr)
	checkAlts(t, hr, xr)
	compareFormats(t, c.lx, steeringOnly(html), steer)
	runAttack(t, c, append(append([]*reading{}, c.html...), pdf, xlsx, steer))
}

// steeringOnly is the part of a reading that the steering page shows: its
// table of goals.
func steeringOnly(rd *reading) *reading {
	out := &reading{where: rd.where + " (styringsgruppen)"}
	for _, o := range rd.obs {
		if o.src == fromTable && o.table == steeringGoals {
			out.obs = append(out.obs, o)
		}
	}
	for _, d := range rd.devs {
		if strings.Contains(d.where, ": "+steeringGoals+", ") {
			out.devs = append(out.devs, d)
		}
	}
	return out
}

var steeringGoals = msg.RepSteeringCaptionT.F()

// The annual example on 27 January 2026 has published every half-year and
// annual report of the programme, 2016–2025, from a later export of the
// same history: attacked together, and its annual report 2025 in every
// format.
func TestAnnualExampleAllDocuments(t *testing.T) {
	c := publishAndRead(t, "../../examples/arsrapport/program.yaml", period.MustDate(2026, 1, 27), 0, "2025")
	checkReadings(t, c.html...)
	for i, rd := range c.html {
		checkCharts(t, c.lx, rd)
		checkProse(t, c, c.rendered[i], false)
	}
	runAttack(t, c, c.html)
	checkFormats(t, c, "2025")
}
