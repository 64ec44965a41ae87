package table

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"boso/indicators/source/table/tabletest"
)

// tempEntries lists what is in dir.
func tempEntries(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if p != dir {
			out = append(out, p)
		}
		return nil
	})
	return out
}

// A 1 GiB shared-strings part in a file of a few megabytes is refused
// before anything is unpacked, and no temporary file is written.
func TestXLSXZipBomb(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	path := filepath.Join(t.TempDir(), "bombe.xlsx")
	tabletest.BombFile(t, path, 1<<30)
	st, _ := os.Stat(path)
	if st.Size() > 10<<20 {
		t.Fatalf("bomb is %d bytes, want a few megabytes", st.Size())
	}
	_, err := OpenXLSX(path, Options{Expect: []string{"Kommunenr"}})
	want := path + ": filen er for stor når den pakkes ut: delen «xl/sharedStrings.xml» blir 1074 MB, og boso leser høyst 250 MB per del (er filen skadet, eller laget for å fylle minnet?)"
	if err == nil || err.Error() != want || !IsTooLarge(err) {
		t.Fatalf("got %v\nwant %s", err, want)
	}
	if left := tempEntries(t, tmp); len(left) > 0 {
		t.Errorf("left in TMPDIR: %v", left)
	}
}

func TestCheckZipLimits(t *testing.T) {
	path := writeWorkbook(t)
	lim := Limits{Total: 1 << 20, Sheet: 1 << 20, Strings: 1 << 20, Part: 1 << 20, Stream: 1 << 20, Parts: 100}
	for _, tc := range []struct {
		name string
		lim  func(*Limits)
		want string
		temp bool
	}{
		{"within", func(*Limits) {}, "", false},
		{"sheet to temp", func(l *Limits) { l.Stream = 100 }, "", true},
		{"sheet", func(l *Limits) { l.Sheet = 100 }, path + ": filen er for stor når den pakkes ut: delen «xl/worksheets/sheet2.xml» blir 982 byte, og boso leser høyst 100 byte per del (er filen skadet, eller laget for å fylle minnet?)", false},
		{"parts", func(l *Limits) { l.Parts = 3 }, path + ": filen har 11 deler, og boso leser høyst 3 (er filen skadet, eller laget for å fylle minnet?)", false},
		{"total", func(l *Limits) { l.Total = 5000 }, path + ": filen er for stor når den pakkes ut: minst 9507 byte, og boso leser høyst 5000 byte (er filen skadet, eller laget for å fylle minnet?)", false},
	} {
		l := lim
		tc.lim(&l)
		temp, err := checkFile(path, l)
		if temp != tc.temp {
			t.Errorf("%s: temp %v, want %v", tc.name, temp, tc.temp)
		}
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%s: got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// A worksheet larger than Limits.Part is unpacked into boso's own
// temporary folder, which is emptied once the sheet is open and removed
// on Close; a folder left by a killed run is removed by the next.
func TestXLSXTempFolder(t *testing.T) {
	path := writeWorkbook(t)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	stale := filepath.Join(tmp, tempPrefix+"999999999-1")
	live := filepath.Join(tmp, tempPrefix+strconv.Itoa(os.Getppid())+"-1")
	for _, d := range []string{stale, live} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(d, "excelize-1"), []byte("x"), 0o600)
	}
	plain, err := OpenXLSX(path, Options{Sheet: "Data", Expect: []string{"Kommunenr"}})
	if err != nil {
		t.Fatal(err)
	}
	wantRows, wantErrs := readAll(t, plain)
	plain.Close()

	sweepOnce = sync.Once{}
	saved := RegisterLimits
	RegisterLimits.Stream = 100 // every sheet goes to a temporary file
	defer func() { RegisterLimits = saved }()

	r, err := OpenXLSX(path, Options{Sheet: "Data", Expect: []string{"Kommunenr"}})
	if err != nil {
		t.Fatal(err)
	}
	x := r.(*xlsxReader)
	if x.tmp == "" {
		t.Fatal("no temporary folder")
	}
	if left := tempEntries(t, x.tmp); len(left) > 0 {
		t.Errorf("unpacked sheets still named while open: %v", left)
	}
	rows, errs := readAll(t, r)
	if !reflect.DeepEqual(rows, wantRows) || !reflect.DeepEqual(errs, wantErrs) || len(rows) != 5 {
		t.Errorf("read through temporary files:\n%v %v\nwant\n%v %v", rows, errs, wantRows, wantErrs)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	left := tempEntries(t, tmp)
	want := []string{live, filepath.Join(live, "excelize-1")}
	if len(left) != 2 || left[0] != want[0] || left[1] != want[1] {
		t.Errorf("left in TMPDIR: %v, want only the live run's %v", left, want)
	}
}

// A small file with millions of shared strings that no cell can use took
// minutes to index; it is refused after counting them.
func TestXLSXManyStrings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tekster.xlsx")
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := tabletest.XLSXManyStrings(fh, 200_000); err != nil {
		t.Fatal(err)
	}
	fh.Close()
	_, err = OpenXLSX(path, Options{Expect: []string{"Kommunenr"}})
	want := path + ": filen har 200003 delte tekster, men arkene har bare plass til 100033 celler som bruker dem (er filen skadet, eller laget for å fylle minnet?)"
	if err == nil || err.Error() != want || !IsTooLarge(err) {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}

func TestCountElements(t *testing.T) {
	xml := `<?xml version="1.0"?><x:sst xmlns:x="u"><x:si><x:t>a</x:t></x:si><si><t>b &lt;si&gt;</t></si><si/><si ><t/></si><sign/></x:sst>`
	n, err := countElements(strings.NewReader(xml), "si")
	if err != nil || n != 4 {
		t.Errorf("got %d, %v; want 4", n, err)
	}
}

// Rows and cells without a position (r="…") are counted, and a sheet
// beyond Excel's bounds is refused before excelize reads it.
func TestXLSXSheetBounds(t *testing.T) {
	for _, tc := range []struct {
		name, rows, want string
	}{
		{"wide", `<row>` + strings.Repeat("<c/>", sheetCols) + `<c t="inlineStr"><is><t>x</t></is></c></row>`,
			": delen «xl/worksheets/sheet2.xml» har en rad (nr. 9 i filen) med flere celler enn Excel har kolonner (16384) (er filen skadet, eller laget for å fylle minnet?)"},
		{"long", strings.Repeat("<row/>", sheetRows),
			": delen «xl/worksheets/sheet2.xml» har flere rader enn Excel tillater (1048576) (er filen skadet, eller laget for å fylle minnet?)"},
		{"full width", `<row>` + strings.Repeat("<c/>", sheetCols-1) + `<c t="inlineStr"><is><t>x</t></is></c></row>`, ""},
	} {
		path := writeWorkbook(t)
		if err := tabletest.AppendRows(path, "Data", tc.rows); err != nil {
			t.Fatal(err)
		}
		_, err := checkFile(path, RegisterLimits)
		got := ""
		if err != nil {
			got = strings.TrimPrefix(err.Error(), path)
		}
		if got != tc.want {
			t.Errorf("%s: got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// Only what is surely a worksheet or the index is unlinked early.
func TestTempKind(t *testing.T) {
	dir := t.TempDir()
	for i, tc := range []struct{ data, want string }{
		{"Kommunenr0301Antall", "index"},
		{"", "index"},
		{`<?xml version="1.0"?><worksheet xmlns="u"><sheetData>`, "sheet"},
		{"\ufeff<?xml version=\"1.0\"?>\n<x:worksheet xmlns:x=\"u\">", "sheet"},
		{`<?xml version="1.0"?><sst xmlns="u"><si><t>worksheet</t></si>`, "sst"},
		{`<?xml version="1.0"?><!-- <worksheet> --><sst>`, "sst"},
		{"<5 år", "sst"}, // the index, beginning with a text that starts with <: kept
	} {
		p := filepath.Join(dir, strconv.Itoa(i))
		if err := os.WriteFile(p, []byte(tc.data), 0o600); err != nil {
			t.Fatal(err)
		}
		if got := tempKind(p); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.data, got, tc.want)
		}
	}
}

// checkFile runs CheckZip on the file at path.
func checkFile(path string, lim Limits) (bool, error) {
	fh, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return false, err
	}
	return CheckZip(fh, st.Size(), path, lim)
}
