package ssb_test

import (
	"fmt"
	"os"

	"boso/indicators/ssb"
)

// The regional roll-up reads a population table and asks for a kommune's
// population per 1 January.
func ExampleTable_Population() {
	f, err := os.Open("testdata/befolkning-07459-api.csv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	t, err := ssb.Read(f, "befolkning-07459-api.csv")
	if err != nil {
		fmt.Println(err) // Norwegian, with file, line and column
		return
	}
	c, err := t.Population("3403", 2025)
	if err != nil {
		fmt.Println(err)
		return
	}
	v, ok := c.Figure()
	fmt.Println(t.Number, v, ok)
	// Output: 07459 32977 true
}

// National and KOSTRA-group figures for one statistics variable; a
// suppressed figure is a kind of cell, not a 0.
func ExampleTable_Figure() {
	f, err := os.Open("testdata/kostra-sosialhjelp.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	t, err := ssb.ReadJSONStat(f, "kostra-sosialhjelp.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	share := ssb.Select{"ContentsCode": "KOSandelsosialhj0000"}
	country, _ := t.Country()
	for _, region := range []string{country, "EKG13", "3403"} {
		c, err := t.Figure(region, "2024", share)
		fmt.Println(region, c.Kind, c.Value, err)
	}
	c, _ := t.Figure("5610", "2023", ssb.Select{"ContentsCode": "KOSsosialhjelpmott0000"})
	fmt.Println("5610", c.Kind)
	// Output:
	// EAK number 3.7 <nil>
	// EKG13 number 3.3 <nil>
	// 3403 number 3.1 <nil>
	// 5610 confidential (:)
}
