package stdlib

import (
	"testing"

	"boso/indicators/definition"
	"boso/indicators/diag"
)

// The shipped library must load without a single problem.
func TestLibraryLoadsClean(t *testing.T) {
	var l diag.List
	s := definition.Load(Sources(), &l)
	if l.Len() > 0 {
		t.Fatalf("standard library has problems:\n%s", l.String())
	}
	for _, id := range []string{"bostedslose", "fare_miste_bolig", "uegnet_bolig", "barnefamilier_uegnet_bolig",
		"midlertidig_botilbud", "midlertidig_botilbud_over_3_mnd", "begjaeringer_utkastelse", "utkastelser",
		"startlan_soknader", "startlan_innvilget", "startlan_innvilget_belop", "startlan_innvilgelsesandel",
		"startlan_med_etableringstilskudd", "fra_leie_til_eie", "kommunal_bolig_soknader", "kommunal_bolig_tildelinger",
		"bostotte_mottakere", "kommunalt_disponerte_boliger", "bostedslose_per_1000"} {
		if s.Get(id) == nil {
			t.Errorf("standard indicator %s missing", id)
		}
	}
	for _, ind := range s.Indicators {
		if ind.Goal == "" {
			t.Errorf("%s has no goal", ind.ID)
		}
	}
}
