package ssb

import "strings"

// Names SSB gives its variables, by what they stand for (codes as in
// PxWebApi, texts as the statbank writes them in Norwegian and English).
var (
	timeNames   = []string{"tid", "år", "aar", "kvartal", "måned", "halvår", "tertial", "periode", "year", "quarter", "month", "time"}
	geoNames    = []string{"region", "kommune", "fylke", "bydel", "kommuner", "fylker"}
	metricNames = []string{"contentscode", "statistikkvariabel", "contents"}
	otherNames  = []string{"kjønn", "kjonn", "alder", "sex", "age"}
)

func nameIn(s string, names []string) bool {
	k := foldKey(s)
	for _, n := range names {
		if k == n {
			return true
		}
	}
	return false
}

// roleByName returns the role the dimension's id or label names; ok is
// false when neither is one of SSB's names.
func roleByName(id, label string) (Role, bool) {
	for _, s := range []string{id, label} {
		switch {
		case nameIn(s, metricNames):
			return Metric, true
		case nameIn(s, timeNames):
			return Time, true
		case nameIn(s, geoNames) || strings.Contains(foldKey(s), "region"):
			// KOSTRA tables call the region KOKkommuneregion0000.
			return Geo, true
		case nameIn(s, otherNames):
			return Other, true
		}
	}
	return Other, false
}

// guessRole gives a dimension without a JSON-stat role one: by its name,
// else by its codes (periods such as 2025K1, or regions that include the
// country or a KOSTRA group). Four digits alone could be years or
// kommuner, so they decide nothing.
func guessRole(d Dimension) Role {
	if r, ok := roleByName(d.ID, d.Label); ok {
		return r
	}
	if len(d.Categories) == 0 {
		return Other
	}
	allTime, subYear := true, false
	allRegion, aggregate := true, false
	for _, c := range d.Categories {
		if !isTimeCode(c.Code) {
			allTime = false
		} else if len(c.Code) > 4 {
			subYear = true
		}
		switch KindOfRegion(c.Code) {
		case OtherRegion:
			allRegion = false
		case Country, CountryExclOslo, KostraGroup, KostraFylke:
			aggregate = true
		}
		if strings.HasPrefix(c.Code, "K-") || strings.HasPrefix(c.Code, "F-") {
			aggregate = true
		}
	}
	switch {
	case allTime && subYear:
		return Time
	case allRegion && aggregate:
		return Geo
	}
	return Other
}
