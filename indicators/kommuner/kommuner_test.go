package kommuner

import (
	"sort"
	"strings"
	"testing"
)

func TestTableReadsWhole(t *testing.T) {
	once.Do(load)
	for _, line := range tab.bad {
		t.Errorf("kommuner.txt: cannot read %q", line)
	}
	for _, want := range []string{"KLASS classification 131", "2026-01-01", "VERIFIED"} {
		if !strings.Contains(table, want) {
			t.Errorf("the header does not say %q", want)
		}
	}
}

// SSB's structure since 2024-01-01: 357 kommuner in 15 fylker, every
// kommune in the fylke of its first two digits.
func TestCurrentStructure(t *testing.T) {
	all := All()
	if len(all) != 357 {
		t.Errorf("%d kommuner, want 357", len(all))
	}
	fylker := Fylker()
	if len(fylker) != 15 {
		t.Errorf("%d fylker, want 15", len(fylker))
	}
	inFylke := map[string]int{}
	seen := map[string]bool{}
	for i, k := range all {
		if !digits(k.Number, 4) {
			t.Errorf("%q is no four-digit number", k.Number)
		}
		if seen[k.Number] {
			t.Errorf("%s twice", k.Number)
		}
		seen[k.Number] = true
		if i > 0 && all[i-1].Number >= k.Number {
			t.Errorf("All is not sorted at %s", k.Number)
		}
		f, ok := LookupFylke(k.Number[:2])
		if !ok || k.Fylke != f || f.Number != k.Number[:2] {
			t.Errorf("%s %s: fylke %+v, want the fylke %s of the table", k.Number, k.Name, k.Fylke, k.Number[:2])
		}
		inFylke[f.Number]++
		if got, ok := Lookup(k.Number); !ok || got != k {
			t.Errorf("Lookup(%s) = %+v, %v; All has %+v", k.Number, got, ok, k)
		}
		if name, ok := Current(k.Number); !ok || name != k.Name {
			t.Errorf("Current(%s) = %q; Lookup has %q", k.Number, name, k.Name)
		}
		if strings.Contains(k.Name, " - ") || strings.TrimSpace(k.Name) != k.Name || k.Name == "" {
			t.Errorf("%s: name %q is not one for readers", k.Number, k.Name)
		}
	}
	for _, f := range fylker {
		if inFylke[f.Number] == 0 {
			t.Errorf("fylke %s %s has no kommune", f.Number, f.Name)
		}
	}
	if !sort.SliceIsSorted(fylker, func(i, j int) bool { return fylker[i].Number < fylker[j].Number }) {
		t.Error("Fylker is not sorted")
	}
	// the slices are the caller's
	all[0].Name, fylker[0].Name = "x", "x"
	if All()[0].Name == "x" || Fylker()[0].Name == "x" {
		t.Error("All or Fylker hands out the package's own slice")
	}
	for _, n := range []string{"9999", "0403", "3003", "1507", "0000", "", "301", "03010", "30"} {
		if k, ok := Lookup(n); ok {
			t.Errorf("Lookup(%q) = %+v, a kommune of today", n, k)
		}
	}
	for _, n := range []string{"99", "30", "38", "54", "", "3"} {
		if f, ok := LookupFylke(n); ok {
			t.Errorf("LookupFylke(%q) = %+v, a fylke of today", n, f)
		}
	}
}

// Names as SSB's 2026 code lists spell them (KLASS 131 and 104, as in
// statisticsnorway/kostra-kontrollprogram kravspesifikasjon/
// file_description_11CF_2026.md and file_description_55F_2026.md), with
// the en dash between parallel names. Typed from those lists letter by
// letter: a wrong or missing diacritic fails.
func TestNamesAsSSBSpellsThem(t *testing.T) {
	for number, want := range map[string]string{
		"0301": "Oslo – Oslove",
		"5610": "Kárášjohka – Karasjok",
		"5612": "Guovdageaidnu – Kautokeino",
		"5622": "Porsanger – Porsángu – Porsanki", // SSB's spelling; Kartverket writes Porsáŋgu
		"5540": "Gáivuotna – Kåfjord – Kaivuono",
		"5536": "Lyngen – Ivgu – Yykeä",
		"5538": "Storfjord – Omasvuotna – Omasvuono",
		"5544": "Nordreisa – Ráisa – Raisi",
		"5512": "Dielddanuorri – Tjeldsund",
		"5503": "Harstad – Hárstták",
		"5636": "Unjárga – Nesseby",
		"5628": "Deatnu – Tana",
		"1853": "Evenes – Evenášši",
		"1875": "Hábmer – Hamarøy",
		"1826": "Aarborte – Hattfjelldal",
		"1845": "Sørfold – Fuolldá",
		"5006": "Steinkjer – Stïentje",
		"5007": "Namsos – Nåavmesjenjaelmie",
		"5043": "Raarvihke – Røyrvik",
		"5041": "Snåase – Snåsa",
		"5001": "Trondheim – Tråante",
		"3226": "Aurskog-Høland", // a hyphen in a name stays
		"1515": "Herøy (Møre og Romsdal)",
		"3419": "Våler (Innlandet)",
		"1580": "Haram",
		"3105": "Sarpsborg",
	} {
		if k, ok := Lookup(number); !ok || k.Name != want {
			t.Errorf("Lookup(%s).Name = %q, %v; want %q", number, k.Name, ok, want)
		}
	}
	for number, want := range map[string]string{
		"03": "Oslo – Oslove",
		"18": "Nordland – Nordlánnda",
		"50": "Trøndelag – Trööndelage",
		"55": "Troms – Romsa – Tromssa",
		"56": "Finnmark – Finnmárku – Finmarkku",
		"31": "Østfold", "32": "Akershus", "33": "Buskerud", "39": "Vestfold", "40": "Telemark",
	} {
		if f, ok := LookupFylke(number); !ok || f.Name != want {
			t.Errorf("LookupFylke(%s).Name = %q, %v; want %q", number, f.Name, ok, want)
		}
	}
	if k, _ := Lookup("5610"); k.Fylke.Number != "56" {
		t.Errorf("5610 in fylke %+v, want 56 Finnmark", k.Fylke)
	}
}

func TestFormer(t *testing.T) {
	once.Do(load)
	// 2016's 428, 2019's 422 and 2020-2023's 356 numbers, less those still in use
	if len(tab.former) != 481 {
		t.Errorf("%d former numbers, want 481", len(tab.former))
	}
	for n, now := range tab.former {
		if _, ok := tab.kommuner[n]; ok {
			t.Errorf("%s is both current and former", n)
		}
		if len(now) == 0 {
			t.Errorf("former %s went to no kommune", n)
		}
		for _, k := range now {
			if _, ok := tab.kommuner[k]; !ok {
				t.Errorf("former %s points at %s, not a kommune of today", n, k)
			}
		}
	}
	for n, want := range map[string]string{
		"3003": "3105", "0105": "3105", "0403": "3403", "5421": "5530", "1507": "1508,1580",
		"1850": "1806,1875", "5012": "5055,5056,5059", "1613": "5055,5056,5059",
		"0720": "3905,3907", // Vear went to Tønsberg when Stokke merged into Sandefjord, 1.1.2017
		"1534": "1580", "1504": "1508", "3811": "3911", "5444": "5605", "1567": "5061",
	} {
		got, ok := Former(n)
		if !ok || strings.Join(got, ",") != want {
			t.Errorf("Former(%s) = %v, %v; want %s", n, got, ok, want)
		}
	}
	for _, n := range []string{"9999", "3105", "0000", "", "0403x"} {
		if got, ok := Former(n); ok {
			t.Errorf("Former(%q) = %v; it is no former number", n, got)
		}
	}
	got, _ := Former("1507")
	got[0] = "x"
	if again, _ := Former("1507"); again[0] != "1508" {
		t.Error("Former hands out the package's own slice")
	}
}

func TestSuccessor(t *testing.T) {
	for _, c := range []struct {
		old, want string // want "" when there is no one successor
		why       string
	}{
		{"3003", "3105", "renumbered in 2024"},
		{"0105", "3105", "renumbered in 2020 and 2024"},
		{"3002", "3103", "Moss 2020-2023 is Moss of today"},
		{"3014", "3118", "Indre Østfold 2020-2023 is Indre Østfold of today"},
		{"5412", "5512", "Tjeldsund 2020-2023"},
		{"5421", "5530", "Senja 2020-2023"},
		{"5406", "5603", "Hammerfest 2020-2023"},
		{"3804", "3907", "Sandefjord 2020-2023"},
		{"0710", "3907", "Sandefjord 2017-2019: Stokke's split was before it"},
		{"3803", "3905", "Tønsberg 2020-2023"},
		{"1640", "5025", "Røros got 5025 in 2018"},
		{"1567", "5061", "Rindal moved to Trøndelag in 2019"},
		{"3811", "3911", "Færder 2020-2023"},
		{"5012", "", "Snillfjord was split in 2020 into Heim, Hitra and Orkland"},
		{"1850", "", "Tysfjord was split in 2020"},
		{"1507", "", "Ålesund was split in 2024"},
		{"0720", "", "Stokke was merged and split in 2017"},
		{"1534", "", "Haram went into 1507, which was split later"},
		{"1504", "", "Ålesund merged in 2020"},
		{"0104", "", "Moss merged with Rygge in 2020"},
		{"0136", "", "Rygge merged into Moss in 2020"},
		{"0122", "", "Trøgstad, one of five in Indre Østfold"},
		{"1141", "", "Finnøy went into Stavanger, which kept its number"},
		{"1601", "", "Trondheim 1601 lacks Klæbu, merged into 5001 in 2020"},
		{"5030", "", "Klæbu 5030 went into Trondheim"},
		{"0704", "", "Tønsberg merged with Re in 2020"},
		{"5013", "", "Hitra took in part of Snillfjord in 2020"},
		{"3105", "", "a kommune of today, no former number"},
		{"9999", "", "no kommune"},
		{"", "", "empty"},
	} {
		got, ok := Successor(c.old)
		if want := c.want != ""; ok != want || got != c.want {
			t.Errorf("Successor(%q) = %q, %v; want %q (%s)", c.old, got, ok, c.want, c.why)
		}
	}
	// Whatever Successor says agrees with Former, and two former numbers
	// valid at the same time never have the same successor.
	once.Do(load)
	by := map[string][]string{}
	for o := range tab.former {
		s, ok := Successor(o)
		if !ok {
			continue
		}
		if now, _ := Former(o); len(now) != 1 || now[0] != s {
			t.Errorf("Successor(%s) = %s but Former = %v", o, s, now)
		}
		by[s] = append(by[s], o)
	}
	for s, olds := range by {
		for i, a := range olds {
			for _, b := range olds[i+1:] {
				if tab.valid[a].overlaps(tab.valid[b]) {
					t.Errorf("%s and %s were valid at once and both have successor %s", a, b, s)
				}
			}
		}
	}
	if len(by) < 100 {
		t.Errorf("only %d kommuner of today have a renumbered predecessor; the 2024 reform alone renumbered 113", len(by))
	}
}

func TestParseSkipsBadLines(t *testing.T) {
	tb := parse("F 56 Finnmark\nF 5 Kort\n5601 2020.. Alta\n5602 2024..2020 Feil\n5603 ..x Feil\n" +
		"560 .. Kort\n5604 Ingen år\n5605 .. \n2012 ..2019 > 5601\n2013 ..2019 > 56x1\n2014 .. > 5601\n5606 ..2023 Ikke nå\n")
	if len(tb.kommuner) != 1 || tb.kommuner["5601"].Fylke.Name != "Finnmark" {
		t.Errorf("kommuner %+v, want only 5601 Alta in Finnmark", tb.kommuner)
	}
	if len(tb.former) != 1 {
		t.Errorf("former %v, want only 2012", tb.former)
	}
	if len(tb.bad) != 9 {
		t.Errorf("%d bad lines %q, want 9", len(tb.bad), tb.bad)
	}
	if s, ok := tb.successor["2012"]; !ok || s != "5601" {
		t.Errorf("successor of 2012 = %q, %v; want 5601 (renumbered in 2020)", s, ok)
	}
	// the same, but 5601 already was a kommune while 2012 was: a merger
	tb = parse("F 56 Finnmark\n5601 .. Alta\n2012 ..2019 > 5601\n")
	if s, ok := tb.successor["2012"]; ok {
		t.Errorf("successor of 2012 = %q; 5601 took it in, it was not renumbered", s)
	}
	// a kommune whose fylke is missing is kept, and told of
	tb = parse("3105 2024.. Sarpsborg\n")
	if _, ok := tb.kommuner["3105"]; !ok || len(tb.bad) != 1 {
		t.Errorf("kommuner %v, bad %q", tb.kommuner, tb.bad)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(table)
	f.Add("F 03 Oslo\n0301 .. Oslo\n0302 ..2019 > 0301\n0303 2020..2023 > 0301,0302\n")
	f.Add("0301 ..\n> \nF \n.. ..\n0301 2020..2019 > \n")
	f.Fuzz(func(t *testing.T, text string) {
		tb := parse(text)
		for o, s := range tb.successor {
			if now := tb.former[o]; len(now) != 1 || now[0] != s {
				t.Fatalf("successor %s → %s, former %v", o, s, now)
			}
			if _, ok := tb.kommuner[s]; !ok {
				t.Fatalf("successor %s → %s, no kommune of today", o, s)
			}
		}
		if len(tb.all) != len(tb.kommuner) || len(tb.fylkeList) != len(tb.fylker) {
			t.Fatal("lists and maps differ")
		}
	})
}

func BenchmarkParse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		parse(table)
	}
}
