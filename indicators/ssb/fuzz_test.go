package ssb

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// seeds adds the examples under testdata and small inputs of the shapes
// the readers branch on.
func seeds(f *testing.F, ext string, more ...string) {
	files, _ := filepath.Glob("testdata/*." + ext)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range more {
		f.Add([]byte(s))
	}
}

// FuzzReadCSV feeds arbitrary bytes to the CSV reader: it must never
// panic, must end, must give every problem as an *Error with a message,
// and a table whose cells fit its dimensions; lookups on it never panic.
func FuzzReadCSV(f *testing.F) {
	seeds(f, "csv",
		"region;år;Personer\n3403;2025;1\n",
		"\"Region - region\";\"Personer1 - Personer 2024 - 2024\"\n\"3403 - Hamar\";1\n",
		"\ufeffregion;kjønn;år;P\n3403 Hamar;Menn;2025;..\n3403 Hamar;Kvinner;2025;:\n",
		"region,år,Andel\n3403,2024,\"3,5\"\n3405,2024,1.234,5\n",
		"\xff\xfer\x00;\x00a\x00\n\x00",
		"T\n\nregion;2024;2025\nEKG13 KOSTRA-gruppe 13;1;-\n\nnote\n",
		"a;b\n\"x\n",
		"",
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		hang := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("hang: %q", data)) })
		defer hang.Stop()
		tab, err := ReadCSV(bytes.NewReader(data), "f.csv")
		checkResult(t, tab, err)
	})
}

// FuzzReadJSONStat is FuzzReadCSV for JSON-stat.
func FuzzReadJSONStat(f *testing.F) {
	seeds(f, "json",
		`{"version":"2.0","id":["Region","Tid"],"size":[2,1],"role":{"geo":["Region"],"time":["Tid"]},"dimension":{"Region":{"category":{"index":{"3403":0,"EAK":1}}},"Tid":{"category":{"label":{"2025":"2025"}}}},"value":{"1":5},"status":{"0":":"}}`,
		`{"version":"2.0","id":["A"],"size":[3],"dimension":{"A":{"category":{"index":["x","y","z"]}}},"value":[1,null,3],"status":[null,"..",null]}`,
		`{"version":"2.0","id":["A"],"size":[1],"dimension":{"A":{"category":{"index":["x"]}}},"value":[1e400]}`,
		`{"dataset":{"dimension":{"id":["A"]}}}`,
		`[]`,
		`{"id":`,
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		hang := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("hang: %q", data)) })
		defer hang.Stop()
		tab, err := ReadJSONStat(bytes.NewReader(data), "f.json")
		checkResult(t, tab, err)
	})
}

func checkResult(t *testing.T, tab *Table, err error) {
	t.Helper()
	if err != nil {
		if tab != nil {
			t.Fatalf("a table and an error: %v", err)
		}
		es := List(err)
		if len(es) == 0 {
			t.Fatalf("error is not an *Error: %T %v", err, err)
		}
		for _, e := range es {
			if e.Msg == "" || e.Pos.File != tab0(e) {
				t.Fatalf("problem without message or file: %#v", e)
			}
		}
		return
	}
	if n := size(tab.Dims); n < 0 || n != len(tab.Cells) {
		t.Fatalf("%d cells for dimensions of %s", len(tab.Cells), dimSizes(tab.Dims))
	}
	for _, d := range tab.Dims {
		if len(d.index) != len(d.Categories) {
			t.Fatalf("dimension %q: index of %d for %d categories", d.ID, len(d.index), len(d.Categories))
		}
		for i, c := range d.Categories {
			if p, ok := d.Find(c.Code); !ok || p != i {
				t.Fatalf("dimension %q: category %q at %d, found at %d", d.ID, c.Code, i, p)
			}
			if tab.Format == "csv" && (!utf8.ValidString(c.Code) || !utf8.ValidString(c.Label)) {
				t.Fatalf("category not UTF-8: %q", c.Code)
			}
		}
	}
	for i, c := range tab.Cells {
		if c.Kind > Empty {
			t.Fatalf("cell %d: kind %d", i, c.Kind)
		}
		if !c.Kind.HasValue() && c.Value != 0 {
			t.Fatalf("cell %d: %v with value %v", i, c.Kind, c.Value)
		}
	}
	// Lookups on whatever was read end without a panic, with a cell or a
	// *QueryError.
	query := func(_ Cell, err error) {
		var qe *QueryError
		if err != nil && (!errors.As(err, &qe) || err.Error() == "") {
			t.Fatalf("lookup error %T %v", err, err)
		}
	}
	sel := Select{}
	for _, d := range tab.Dims {
		if len(d.Categories) > 0 {
			sel[d.ID] = d.Categories[len(d.Categories)-1].Code
		}
	}
	query(tab.Lookup(sel))
	query(tab.Population("3403", 2025))
	if g, tm := tab.Geo(), tab.Time(); g != nil && tm != nil && len(g.Categories) > 0 && len(tm.Categories) > 0 {
		query(tab.Figure(g.Categories[0].Code, tm.Categories[0].Code, nil))
		query(tab.Population(g.Categories[0].Code, 2025))
	}
	tab.Country()
	tab.Regions(KostraGroup)
}

// tab0 is the file name every problem must carry.
func tab0(e *Error) string {
	if filepath.Ext(e.Pos.File) == ".json" {
		return "f.json"
	}
	return "f.csv"
}
