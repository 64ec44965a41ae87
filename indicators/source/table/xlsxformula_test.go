package table

import (
	"errors"
	"io"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A formula written without its result is reported once per column, at
// its first cell, with the count of the others; a formula with a stored
// result, or in a column not read, is not.
func TestFormulaWithoutValue(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.xlsx")
	f := excelize.NewFile()
	set := func(cell string, v any) {
		if err := f.SetCellValue("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	formula := func(cell, fm string) {
		if err := f.SetCellFormula("Sheet1", cell, fm); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "Kommunenr")
	set("B1", "Beløp")
	set("C1", "Notat")
	for r, k := range []string{"2", "3", "4", "5"} {
		set("A"+k, 3403)
		if r > 0 {
			formula("B"+k, "B2*2")
		}
		formula("C"+k, "A2") // not read
	}
	set("B2", 1000)
	// a formula whose result was stored (as Excel saves it) is fine
	set("B5", 7)
	formula("B5", "B2*7")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	r, err := OpenXLSX(path, Options{Expect: []string{"Kommunenr", "Beløp"}})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var problems []*Error
	rows := 0
	for {
		_, err := r.Next()
		if err == io.EOF {
			break
		}
		var te *Error
		if errors.As(err, &te) {
			problems = append(problems, te)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		rows++
	}
	if rows != 4 {
		t.Errorf("%d rows, want 4", rows)
	}
	if len(problems) != 1 {
		t.Fatalf("problems %v, want one for column B", problems)
	}
	p := problems[0]
	want := "f.xlsx[Sheet1]!B3: cellen har formelen =B2*2, men ingen lagret verdi (filen er laget av et program og aldri lagret i et regneark), så verdien i kolonnen «Beløp» er ukjent; det samme gjelder 1 celle til under den i kolonnen. Åpne filen i Excel eller LibreOffice og lagre den, så lagres verdiene"
	p.Pos.File = filepath.Base(p.Pos.File)
	if got := p.Error(); got != want || !p.Formula {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestFormulaTag(t *testing.T) {
	for s, want := range map[string]bool{
		`<c r="B2"><f>B1*2</f></c>`:                             true,
		`<c r="B3"><f t="shared" si="0"/></c>`:                  true,
		`<x:c r="B2"><x:f>B1*2</x:f></x:c>`:                     true,
		`<c r="B2" s="1"><v>12</v></c><fill/>`:                  false,
		`<c r="A1" t="inlineStr"><is><t>&lt;f&gt;</t></is></c>`: false,
	} {
		if got := hasFormulaTag([]byte(s)); got != want {
			t.Errorf("hasFormulaTag(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestHasFormulaTag checks the byte scan for a formula element against
// the pattern it stands for, [<:]f[ >/], at every place of short texts.
func TestHasFormulaTag(t *testing.T) {
	re := regexp.MustCompile(`[<:]f[ >/]`)
	alphabet := []byte("<:f >/xa")
	var b []byte
	var walk func(n int)
	walk = func(n int) {
		if got, want := hasFormulaTag(b), re.Match(b); got != want {
			t.Fatalf("%q: %v, want %v", b, got, want)
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			b = append(b, c)
			walk(n - 1)
			b = b[:len(b)-1]
		}
	}
	walk(5)
}

// TestFormulaWithoutValueLargeSheet is TestFormulaWithoutValue on a sheet
// large enough for CheckZip to read through (it then says whether the
// sheet has formulas): the formula far down is still found, and a large
// sheet without formulas is known to have none.
func TestFormulaWithoutValueLargeSheet(t *testing.T) {
	for _, withFormula := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "f.xlsx")
		f := excelize.NewFile()
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			t.Fatal(err)
		}
		sw.SetRow("A1", []any{"Kommunenr", "Beløp", "Notat"})
		const n = 3000
		for r := 2; r <= n; r++ {
			row := []any{3403, 1000, "en lang nok merknad til at arket blir stort"}
			if withFormula && r == n-10 {
				row[1] = excelize.Cell{Formula: "B2*2"}
			}
			cell, _ := excelize.CoordinatesToCellName(1, r)
			sw.SetRow(cell, row)
		}
		if err := sw.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
		r, err := OpenXLSX(path, Options{Expect: []string{"Kommunenr", "Beløp"}})
		if err != nil {
			t.Fatal(err)
		}
		has, read := r.(*xlsxReader).formulas["xl/worksheets/sheet1.xml"]
		if !read || has != withFormula {
			t.Fatalf("formula %v: the check of the archive read the sheet %v and found a formula %v", withFormula, read, has)
		}
		var problems []string
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			var te *Error
			if errors.As(err, &te) {
				problems = append(problems, te.Error())
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		r.Close()
		if want := map[bool]int{true: 1, false: 0}[withFormula]; len(problems) != want {
			t.Fatalf("formula %v: problems %q", withFormula, problems)
		}
		if withFormula && !regexp.MustCompile(`!B2990: cellen har formelen =B2\*2, men ingen lagret verdi`).MatchString(problems[0]) {
			t.Fatalf("problem %q", problems[0])
		}
	}
}
