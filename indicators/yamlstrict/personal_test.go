package yamlstrict

import (
	"strings"
	"testing"

	"boso/indicators/diag"
)

// A personal id in any YAML value or key is masked before decoding, with
// a warning at its position; a file path is warned about and kept (the
// file must open), and shown masked by diag.
func TestMaskIDs(t *testing.T) {
	type file struct {
		ID   string            `yaml:"id,required"`
		File string            `yaml:"file"`
		Tags []string          `yaml:"tags"`
		Map  map[string]string `yaml:"map"`
	}
	src := `id: "Programleder 010180 12452"
file: uttrekk-01018012452.csv
tags: [a, "tlf 701077-33386\u200b"]
map: {"70107733386": ok, b: "Telefon 900 12 345"}
`
	var f file
	var l diag.List
	DecodeBytes("p.yaml", []byte(src), &f, &l)
	want := `p.yaml:1:5: advarsel: verdien inneholder noe som ligner et fødselsnummer eller D-nummer; det er fjernet fra alt boso skriver – fjern det fra fila [BOSO-I003]
p.yaml:2:7: advarsel: stien inneholder noe som ligner et fødselsnummer eller D-nummer; det vises ikke i noe boso skriver, men gi fila et nytt navn [BOSO-I003]
p.yaml:3:11: advarsel: verdien inneholder noe som ligner et fødselsnummer eller D-nummer; det er fjernet fra alt boso skriver – fjern det fra fila [BOSO-I003]
p.yaml:4:7: advarsel: verdien inneholder noe som ligner et fødselsnummer eller D-nummer; det er fjernet fra alt boso skriver – fjern det fra fila [BOSO-I003]
`
	if got := l.String(); got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
	if f.ID != "Programleder [fødselsnummer fjernet]" || f.Tags[1] != "tlf [fødselsnummer fjernet]\u200b" ||
		f.Map["[fødselsnummer fjernet]"] != "ok" || f.Map["b"] != "Telefon 900 12 345" {
		t.Errorf("decoded %+v", f)
	}
	if f.File != "uttrekk-01018012452.csv" {
		t.Errorf("a path was changed: %q", f.File)
	}
	var paths diag.List
	DecodeBytes("p.yaml", []byte("file: data/startlan-150385 – 43730.csv\nsources: [kilder/a.yaml, \"b 2016-2025 3403.yaml\"]\n"), &struct {
		File    string   `yaml:"file"`
		Sources []string `yaml:"sources"`
	}{}, &paths)
	if got, want := paths.String(), "p.yaml:1:7: advarsel: stien inneholder noe som ligner et fødselsnummer eller D-nummer; det vises ikke i noe boso skriver, men gi fila et nytt navn [BOSO-I003]\n"; got != want {
		t.Errorf("paths: %s\nwant %s", got, want)
	}
	if strings.Contains(l.String(), "12452") {
		t.Error("a message quotes the id")
	}
}
