package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A workbook whose shared strings are cut short (a copy that stopped
// half-way) is an error per sheet in Norwegian, not Go's «XML syntax
// error on line 2: unexpected EOF».
func TestReadBrokenXML(t *testing.T) {
	path := filled(t, func(f *excelize.File) {})
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	cut := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/sharedStrings.xml" {
			b, cut = b[:len(b)/2], true
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zw.Close()
	if !cut {
		t.Fatal("the workbook has no shared strings to cut")
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, l := Read(path, sample().Options())
	want := "feil under lesing av arket (innholdet i arbeidsboken er ødelagt (feil i XML-en inne i filen); filen er skadet eller ikke lagret helt. Åpne den i Excel eller LibreOffice og lagre den på nytt) [BOSO-A001]"
	n := 0
	for _, p := range l.Items() {
		if strings.Contains(p.Msg, "XML syntax") {
			t.Errorf("English: %s", p)
		}
		if strings.HasSuffix(p.String(), want) {
			n++
		}
	}
	if n == 0 {
		t.Errorf("no sheet says the XML is broken:\n%s", l)
	}
}
