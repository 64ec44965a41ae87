package yamlstrict

import (
	"strings"
	"testing"

	"boso/indicators/diag"
)

type inner struct {
	Days int `yaml:"days,required"`
}

type doc struct {
	Pos    diag.Pos  `yaml:"-"`
	At     Positions `yaml:"-"`
	ID     string    `yaml:"id,required"`
	Filter string    `yaml:"filter"`
	Factor float64   `yaml:"factor"`
	Tags   []string  `yaml:"tags"`
	Min    *inner    `yaml:"min"`
	Map    map[string]string
}

func TestAllProblemsWithPositions(t *testing.T) {
	src := `filtr: x
factor: hundre
min: {dayz: 3}
tags: [a, b]
filter: "a > 1"
filter: "b"
`
	var d doc
	var l diag.List
	DecodeBytes("ind.yaml", []byte(src), &d, &l)
	got := l.String()
	for _, want := range []string{
		"ind.yaml:1:1: ukjent felt «filtr» (mente du «filter»?) [BOSO-Y002]",
		"ind.yaml:2:9: ventet et tall (med desimalpunktum), fant «hundre» [BOSO-Y005]",
		"ind.yaml:3:7: ukjent felt «dayz» (mente du «days»?)",
		"ind.yaml:3:6: mangler feltet «days»",
		"ind.yaml:6:1: feltet «filter» står to ganger (første gang på linje 5)",
		"ind.yaml:1:1: mangler feltet «id»",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if d.At["filter"].Line != 5 || d.At["filter"].Col != 9 {
		t.Errorf("filter position %+v", d.At["filter"])
	}
	if len(d.Tags) != 2 || d.Filter != "a > 1" {
		t.Errorf("decoded %+v", d)
	}
}

func TestSyntaxError(t *testing.T) {
	var d doc
	var l diag.List
	if DecodeBytes("x.yaml", []byte("id: [a\n  b: c"), &d, &l) {
		t.Fatal("accepted broken YAML")
	}
	if !strings.HasPrefix(l.String(), "x.yaml:") || !strings.Contains(l.String(), "ugyldig YAML") {
		t.Fatal(l.String())
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("id: a\nfactor: 1.5\ntags: x\nmin: {days: 3}\n")
	f.Add("- a\n- b")
	f.Add("id: &x a\nfilter: *x")
	f.Fuzz(func(t *testing.T, s string) {
		var d doc
		var l diag.List
		DecodeBytes("f.yaml", []byte(s), &d, &l)
		for _, p := range l.Items() {
			if p.Pos.File != "f.yaml" || p.Msg == "" {
				t.Fatalf("problem without position or text: %+v", p)
			}
		}
	})
}

func TestEntryPositions(t *testing.T) {
	src := `id: x
tags: [a, b]
map:
  Første: en
  Andre: to
`
	var d doc
	var l diag.List
	DecodeBytes("x.yaml", []byte(src), &d, &l)
	for _, c := range []struct {
		key, name string
		line, col int
	}{{"tags", "b", 2, 11}, {"map", "Andre", 5, 10}, {"map", "Første", 4, 11}} {
		p, ok := d.At.Entry(c.key, c.name)
		if !ok || p.Line != c.line || p.Col != c.col {
			t.Errorf("Entry(%s, %s) = %+v, %v; want %d:%d", c.key, c.name, p, ok, c.line, c.col)
		}
	}
	if _, ok := d.At.Entry("map", "Tredje"); ok {
		t.Error("an entry that is not there has a position")
	}
}

// A position inside a block scalar is the file's own line and column.
func TestBlockScalarPosition(t *testing.T) {
	src := "id: x\nfilter: |\n    a == 1 and\n      b == 2\n"
	var d struct {
		ID     string `yaml:"id"`
		Filter Text   `yaml:"filter"`
	}
	var l diag.List
	DecodeBytes("x.yaml", []byte(src), &d, &l)
	// "b" is line 2, column 3 of the text; in the file line 4, column 7
	if got := d.Filter.At(2, 3).String(); got != "x.yaml:4:7" {
		t.Errorf("At(2, 3) = %s, want x.yaml:4:7", got)
	}
	if got := d.Filter.At(1, 1).String(); got != "x.yaml:3:5" {
		t.Errorf("At(1, 1) = %s, want x.yaml:3:5", got)
	}
}

// A YAML problem the table has no text for is said in Norwegian too,
// never in yaml.v3's English.
func TestSyntaxOtherProblem(t *testing.T) {
	var l diag.List
	var v struct {
		A int `yaml:"a"`
	}
	DecodeBytes("x.yaml", []byte("a: &x 1\nb: *y\n"), &v, &l)
	got := l.String()
	if !strings.Contains(got, "ugyldig YAML: sjekk innrykket") || strings.Contains(got, "anchor") {
		t.Errorf("got %q", got)
	}
}
