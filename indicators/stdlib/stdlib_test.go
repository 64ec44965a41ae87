package stdlib

import (
	"maps"
	"slices"
	"strings"
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

// The codes the library's filters look for, by register field, and the
// groups its breakdowns name: what every mapping of those registers must
// give (validate checks it). Renaming one breaks users' mappings, so it
// must be a decision, made here.
func TestCodesTheLibraryNeeds(t *testing.T) {
	var l diag.List
	s := definition.Load(Sources(), &l)
	got := map[string][]string{}
	for _, ind := range s.Indicators {
		if !ind.Standard {
			t.Errorf("%s is not marked as a standard indicator", ind.ID)
		}
		for _, ct := range ind.CodeTests() {
			if !strings.HasPrefix(ct.Pos.String(), "standard:husbanken.yaml:") {
				t.Errorf("%s: code %s at %s", ind.ID, ct.Code, ct.Pos)
			}
			key := ind.Register + "." + ct.Field
			if !slices.Contains(got[key], ct.Code) {
				got[key] = append(got[key], ct.Code)
			}
		}
	}
	want := map[string][]string{
		"boligsituasjon.situasjon": {"bostedslos", "fare_miste_bolig", "uegnet_bolig"},
		"startlan.vedtak":          {"innvilget", "avslag"},
	}
	for _, k := range slices.Sorted(maps.Keys(got)) {
		if !slices.Equal(got[k], want[k]) {
			t.Errorf("%s: the library looks for %v, want %v", k, got[k], want[k])
		}
	}
	for k := range want {
		if got[k] == nil {
			t.Errorf("%s: the library looks for no code", k)
		}
	}
	if g := strings.Join(s.BreakdownCodes("malgruppe"), " "); g != "flyktninger unge rus_psykisk_helse barnefamilier ovrige ukjent" {
		t.Errorf("målgrupper %s", g)
	}
}
