package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"boso/reports/clienttest"
	"boso/reports/model/modeltest"
)

// The small multiples print four to a row with their titles, the short
// categories under every panel, a mark at every gap and none where a
// figure is drawn; their table follows.
func TestMultiplesPrinted(t *testing.T) {
	r := modeltest.Multiples()
	m := r.Sections[len(r.Sections)-1].Blocks[0].Multiples
	var b bytes.Buffer
	if err := Write(&b, r); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "m.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := clienttest.PDFText(t, path)
	at := strings.Index(doc, "Figur 6.1")
	end := strings.Index(doc, "Kilde: kommunenes talleksport")
	if at < 0 || end < at {
		t.Fatalf("the figure is not printed:\n%s", doc)
	}
	fig := doc[at:end]
	lines := strings.Split(fig, "\n")
	// the first row of panels: four titles on one line
	row := -1
	for i, l := range lines {
		if strings.Contains(l, "Hamar") {
			row = i
			break
		}
	}
	if row < 0 {
		t.Fatalf("no panel titled Hamar:\n%s", fig)
	}
	for _, k := range modeltest.MultiplesKommuner[:4] {
		if !strings.Contains(lines[row], k) {
			t.Errorf("the first row of panels lacks %q: %q", k, lines[row])
		}
	}
	if !strings.Contains(fig, modeltest.MultiplesKommuner[4]) {
		t.Errorf("the second row lacks %q", modeltest.MultiplesKommuner[4])
	}
	if n := strings.Count(fig, "2022"); n != len(m.Panels)+1 { // each panel's axis, and the title
		t.Errorf("«2022» printed %d times, want %d", n, len(m.Panels)+1)
	}
	// gaps: Løten's and Nord-Odal's hidden figures and the region's in
	// each panel are «:»; Stange's four «..»
	hidden, missing := 0, 0
	for _, p := range m.Panels {
		for _, s := range p.Series {
			for _, pt := range s.Values {
				switch {
				case pt.Has:
				case pt.Label == ":":
					hidden++
				case pt.Label == "..":
					missing++
				}
			}
		}
	}
	gotHidden, gotMissing := 0, 0
	for _, l := range lines {
		for _, f := range strings.Fields(l) {
			switch f {
			case ":":
				gotHidden++
			case "..":
				gotMissing++
			}
		}
	}
	if gotHidden != hidden || gotMissing != missing {
		t.Errorf("%d «:» and %d «..» printed in the figure, want %d and %d:\n%s", gotHidden, gotMissing, hidden, missing, fig)
	}
	if !strings.Contains(doc[end:], "Tabell 6.1 Tallene i figuren") {
		t.Error("the figure's table does not follow it")
	}
}
