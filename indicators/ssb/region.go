package ssb

import (
	"regexp"
	"strings"

	"boso/indicators/period"
)

// RegionKind is what a region code stands for in SSB's tables.
type RegionKind uint8

const (
	// OtherRegion: a code boso does not know (a bydel, «Uoppgitt», …).
	OtherRegion RegionKind = iota
	// Kommune: four digits ("3403", also former numbers such as "0403"),
	// or SSB's merged-series code "K-3403".
	Kommune
	// Fylke: two digits ("34"), or "F-34".
	Fylke
	// Country: the whole country, "0" in most tables («Hele landet»),
	// "EAK" in KOSTRA tables («Landet»).
	Country
	// CountryExclOslo: KOSTRA's "EAKUO", «Landet uten Oslo».
	CountryExclOslo
	// KostraGroup: a KOSTRA group, "EKG" and its number ("EKG13").
	KostraGroup
	// KostraFylke: KOSTRA's sum of a fylke's kommuner, "EKA" and the fylke
	// number ("EKA34").
	KostraFylke
)

var (
	kommuneRE = regexp.MustCompile(`^(?:K-)?(\d{4})$`)
	fylkeRE   = regexp.MustCompile(`^(?:F-)?(\d{2})$`)
	ekgRE     = regexp.MustCompile(`^EKG\d{1,2}$`)
	ekaRE     = regexp.MustCompile(`^EKA\d{2}$`)
)

// KindOfRegion classifies a region code.
func KindOfRegion(code string) RegionKind {
	c := strings.ToUpper(strings.TrimSpace(code))
	switch {
	case c == "0" || c == "EAK":
		return Country
	case c == "EAKUO":
		return CountryExclOslo
	case ekgRE.MatchString(c):
		return KostraGroup
	case ekaRE.MatchString(c):
		return KostraFylke
	case kommuneRE.MatchString(c):
		return Kommune
	case fylkeRE.MatchString(c):
		return Fylke
	}
	return OtherRegion
}

// KommuneOf returns the four-digit kommunenummer of a kommune code
// ("3403", "K-3403").
func KommuneOf(code string) (string, bool) {
	m := kommuneRE.FindStringSubmatch(strings.ToUpper(strings.TrimSpace(code)))
	if m == nil {
		return "", false
	}
	return m[1], true
}

// regionCodeText splits a region cell written as «code text», as some SSB
// tables label their regions ("3403 Hamar", "EKG13 KOSTRA-gruppe 13"), and
// reports whether it was one.
func regionCodeText(s string) (code, text string, ok bool) {
	c, t, found := strings.Cut(s, " ")
	if !found || strings.TrimSpace(t) == "" || KindOfRegion(c) == OtherRegion {
		return "", "", false
	}
	return c, strings.TrimSpace(t), true
}

var timeRE = regexp.MustCompile(`^\d{4}(?:[HTK]\d|M\d{2})?$`)

// isTimeCode reports a period code as SSB writes them: 2025, 2025H1,
// 2025T2, 2025K3, 2025M07.
func isTimeCode(s string) bool { return timeRE.MatchString(s) }

// PeriodOf returns the period of a time code SSB uses (2025, 2025H1,
// 2025T2, 2025K3, 2025M07); ok is false for other codes (weeks, school
// years such as 2024-2025).
func PeriodOf(code string) (period.Period, bool) {
	if !isTimeCode(code) {
		return period.Period{}, false
	}
	p, err := period.Parse(code)
	if err != nil {
		return period.Period{}, false
	}
	return p, true
}

var kostraGroupLabelRE = regexp.MustCompile(`^kostra-gruppe 0*(\d{1,2})$`)

// regionKind classifies a region category by its code, or, in a table
// saved with texts only, by SSB's text for the country («Hele landet»,
// «Landet»), «Landet uten Oslo» and the KOSTRA groups («KOSTRA-gruppe 13»).
func regionKind(c Category) RegionKind {
	if k := KindOfRegion(c.Code); k != OtherRegion {
		return k
	}
	l := foldKey(c.Label)
	switch {
	case l == "hele landet" || l == "landet" || l == "norge":
		return Country
	case l == "landet uten oslo":
		return CountryExclOslo
	case kostraGroupLabelRE.MatchString(l):
		return KostraGroup
	}
	return OtherRegion
}

// sameAggregate reports whether a category written with texts only is the
// aggregate region code stands for: «Hele landet» for "0", «KOSTRA-gruppe
// 13» for "EKG13".
func sameAggregate(c Category, code string) bool {
	want := KindOfRegion(code)
	if want != Country && want != CountryExclOslo && want != KostraGroup || regionKind(c) != want {
		return false
	}
	if want != KostraGroup {
		return true
	}
	m := kostraGroupLabelRE.FindStringSubmatch(foldKey(c.Label))
	return m != nil && strings.TrimLeft(strings.ToUpper(strings.TrimSpace(code))[3:], "0") == strings.TrimLeft(m[1], "0")
}
