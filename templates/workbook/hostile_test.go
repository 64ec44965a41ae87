package workbook

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"boso/indicators/source/table/tabletest"
)

// A cell far out (XFD1048576) would make the whole sheet's rows be held
// in memory; a cell beyond the area read is an error naming it, once per
// sheet, and the rest of the workbook is read as before.
func TestReadOutsideArea(t *testing.T) {
	path := filled(t, func(f *excelize.File) {
		set(t, f, "Økonomi", map[string]any{"CW5": "til høyre", "A10001": "under"})
		set(t, f, "Mål", map[string]any{"CV10000": "innenfor"})
	})
	// Setting XFD1048576 with excelize would write a million empty rows;
	// a hostile file has just the one.
	if err := tabletest.AppendRows(path, "Aktiviteter", `<row r="1048575"><c r="XFD1048575" t="inlineStr"><is><t>også</t></is></c></row>`+
		`<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>langt ute</t></is></c></row>`); err != nil {
		t.Fatal(err)
	}
	wb, l := Read(path, sample().Options())
	if wb == nil {
		t.Fatal(l)
	}
	var got []string
	for _, p := range l.Items() {
		if strings.Contains(p.Msg, "utenfor området") {
			got = append(got, p.String())
		}
	}
	want := []string{
		path + "[Aktiviteter]!XFD1048575: cellen har innhold, men ligger utenfor området boso leser (A1:CV10000); flytt innholdet inn i tabellen eller slett det [BOSO-A002]",
		path + "[Økonomi]!CW5: cellen har innhold, men ligger utenfor området boso leser (A1:CV10000); flytt innholdet inn i tabellen eller slett det [BOSO-A002]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if l.Errors() != len(want) {
		t.Errorf("other errors:\n%s", l)
	}
}

// A zip bomb is refused before anything is unpacked.
func TestReadZipBomb(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	path := filepath.Join(t.TempDir(), "arbeidsbok.xlsx")
	tabletest.BombFile(t, path, 1<<30)
	wb, l := Read(path, Options{})
	want := path + ": filen er for stor når den pakkes ut: delen «xl/sharedStrings.xml» blir 1074 MB, og boso leser høyst 20 MB per del (er filen skadet, eller laget for å fylle minnet?) [BOSO-A001]\n"
	if wb != nil || l.String() != want {
		t.Errorf("got\n%s\nwant\n%s", l, want)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("left in TMPDIR: %v", left)
	}
}
