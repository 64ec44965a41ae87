package reference

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/program"
	"boso/indicators/source"
	"boso/indicators/stdlib"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
)

var update = flag.Bool("update", false, "rewrite testdata/referanse.md")

// Every field of every format has a description, so the page has no holes.
func TestEveryFieldIsDescribed(t *testing.T) {
	for _, v := range []any{definition.File{}, definition.Goal{}, definition.Indicator{}, definition.Duration{}, definition.Chart{},
		definition.Baseline{}, definition.Rule{}, source.Mapping{}, source.Covers{}, source.FieldMap{},
		program.Program{}, program.Kommune{}, program.Target{}} {
		typ := reflect.TypeOf(v)
		for _, f := range yamlstrict.Fields(typ) {
			if _, ok := msg.FieldDocs[typ.Name()+"."+f.Key]; !ok {
				t.Errorf("no description for %s.%s in msg.FieldDocs", typ.Name(), f.Key)
			}
		}
	}
}

// The page for the standard library is kept in testdata; a change to the
// code or the library that changes the page shows up in review.
func TestReferencePage(t *testing.T) {
	var l diag.List
	set := definition.Load(stdlib.Sources(), &l)
	var buf bytes.Buffer
	if err := Write(&buf, set); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/referanse.md"
	if *update {
		os.WriteFile(golden, buf.Bytes(), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("reference page differs from %s; run go test ./indicators/reference -update and review the diff", golden)
	}
	for _, ind := range set.Indicators {
		if !bytes.Contains(buf.Bytes(), []byte("(`"+ind.ID+"`)")) {
			t.Errorf("indicator %s missing from the page", ind.ID)
		}
	}
}
