package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

// comparedIndicators are the figures every peer computes.
var comparedIndicators = []string{
	"bostedslose", "bostedslose_per_1000", "midlertidig_botilbud", "midlertidig_botilbud_over_3_mnd",
	"barnefamilier_uegnet_bolig", "begjaeringer_utkastelse", "utkastelser", "startlan_soknader",
	"startlan_innvilget", "startlan_innvilget_belop", "startlan_vedtak", "startlan_innvilgelsesandel",
	"fra_leie_til_eie", "kommunal_bolig_soknader", "kommunal_bolig_tildelinger", "kommunal_bolig_venteliste",
}

// figures are values by "kommune|periode|indikator|inndeling".
type figures map[string]string

// readFigures reads boso's tall.csv (bosoFormat) or a peer's figure file
// (kommune,periode,indikator,inndeling,verdi): the compared indicators,
// years and half-years, the figures that have a value.
func readFigures(path string, bosoFormat bool) (figures, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	names := []string{"kommune", "periode", "indikator", "inndeling", "verdi"}
	if bosoFormat {
		names[0] = "kommunenummer"
	}
	col := make([]int, len(names))
	for i, n := range names {
		if col[i] = slices.Index(head, n); col[i] < 0 {
			return nil, fmt.Errorf("%s: no column %q", path, n)
		}
	}
	want := map[string]bool{}
	for _, id := range comparedIndicators {
		want[id] = true
	}
	out := figures{}
	for {
		rec, err := r.Read()
		if err != nil {
			if err == io.EOF {
				break
			}
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		p, v := rec[col[1]], rec[col[4]]
		if !want[rec[col[2]]] || (len(p) != 4 && len(p) != 6) || v == "" {
			continue
		}
		out[rec[col[0]]+"|"+p+"|"+rec[col[2]]+"|"+rec[col[3]]] = v
	}
	return out, nil
}

// diff is how a peer's figures compare with boso's.
type diff struct {
	compared, mismatches int
	first                []string
}

// compare compares got with want. A figure one side lacks is 0 there (a
// peer writes no row for a group without households); ratios may differ
// by one in the last of boso's four decimals (rounding of a float).
func compare(want, got figures) diff {
	keys := map[string]bool{}
	for k := range want {
		keys[k] = true
	}
	for k := range got {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	slices.Sort(sorted)
	var d diff
	for _, k := range sorted {
		w, wok := want[k]
		g, gok := got[k]
		d.compared++
		wv, werr := value(w, wok)
		gv, gerr := value(g, gok)
		tol := 1e-9
		if strings.Contains(k, "per_1000") || strings.Contains(k, "andel") {
			tol = 1.0001e-4
		}
		if werr != nil || gerr != nil || math.Abs(wv-gv) > tol {
			d.mismatches++
			if len(d.first) < 8 {
				d.first = append(d.first, fmt.Sprintf("%s: boso %q, her %q", k, w, g))
			}
		}
	}
	return d
}

func value(s string, ok bool) (float64, error) {
	if !ok {
		return 0, nil
	}
	return strconv.ParseFloat(s, 64)
}

func (d diff) summary() string {
	if d.mismatches == 0 {
		return fmt.Sprintf("alle %d tall like", d.compared)
	}
	return fmt.Sprintf("%d av %d tall ulike:", d.mismatches, d.compared)
}
