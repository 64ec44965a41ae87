package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"boso/examples/internal/nasjonal"
)

// The peers give boso's figures on a small workload: every compared
// figure, with the målgruppe breakdown.
func TestPeersAgree(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	if _, err := nasjonal.Write(data, nasjonal.Options{Rows: 6_000}); err != nil {
		t.Fatal(err)
	}
	if err := bosoCSV(data, filepath.Join(dir, "boso")); err != nil {
		t.Fatal(err)
	}
	want, err := readFigures(filepath.Join(dir, "boso", "tall.csv"), true)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 10_000 {
		t.Fatalf("boso gave %d figures", len(want))
	}
	check := func(name, file string) {
		got, err := readFigures(file, false)
		if err != nil {
			t.Fatal(err)
		}
		if d := compare(want, got); d.mismatches > 0 || d.compared < len(want) {
			t.Errorf("%s: %d of %d figures differ: %v", name, d.mismatches, d.compared, d.first)
		}
	}
	duck := filepath.Join(dir, "duckdb.csv")
	if err := duckdbPeer(data, duck); err != nil {
		t.Fatal(err)
	}
	check("duckdb", duck)

	if exec.Command("/usr/bin/python3", "-c", "import pandas").Run() != nil {
		t.Log("no pandas for /usr/bin/python3 (apt-get install -y python3-pandas): its peer is not checked")
		return
	}
	script := filepath.Join(dir, "peer.py")
	if err := os.WriteFile(script, pandasScript, 0o644); err != nil {
		t.Fatal(err)
	}
	pd := filepath.Join(dir, "pandas.csv")
	if b, err := exec.Command("/usr/bin/python3", script, data, pd).CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	check("pandas", pd)
}

// A figure one side lacks is 0 there; counts must be equal, ratios within
// one unit of the fourth decimal.
func TestCompare(t *testing.T) {
	want := figures{"0301|2016|bostedslose|": "3", "0301|2016|bostedslose|malgruppe=unge": "0", "0301|2016|bostedslose_per_1000|": "0.0043"}
	for _, c := range []struct {
		got  figures
		bad  int
		name string
	}{
		{figures{"0301|2016|bostedslose|": "3", "0301|2016|bostedslose_per_1000|": "0.0042"}, 0, "same, a zero group left out, a ratio rounded the other way"},
		{figures{"0301|2016|bostedslose|": "4", "0301|2016|bostedslose_per_1000|": "0.0043"}, 1, "a count off by one"},
		{figures{"0301|2016|bostedslose|": "3", "0301|2016|bostedslose_per_1000|": "0.0045"}, 1, "a ratio off"},
		{figures{"0301|2016|bostedslose|": "3", "0301|2016|bostedslose_per_1000|": "0.0043", "0301|2017|bostedslose|": "1"}, 1, "a figure boso has not"},
		{figures{"0301|2016|bostedslose_per_1000|": "0.0043"}, 1, "a figure the peer has not"},
	} {
		if d := compare(want, c.got); d.mismatches != c.bad {
			t.Errorf("%s: %d mismatches, want %d (%v)", c.name, d.mismatches, c.bad, d.first)
		}
	}
}
