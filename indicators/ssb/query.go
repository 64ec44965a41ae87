package ssb

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"boso/indicators/kommuner"
	"boso/indicators/num"
	"boso/templates/msg"
)

// Select fixes dimensions to one category each: dimension id (or label)
// → category code.
type Select map[string]string

// QueryKind says why a lookup found no cell.
type QueryKind uint8

const (
	// NoDimension: the table has no such dimension (no region or time
	// dimension, or a Select key that names none).
	NoDimension QueryKind = iota + 1
	// NoCategory: the dimension has no category with the code (a kommune
	// or a year the table does not hold).
	NoCategory
	// NotFixed: a dimension with several categories is not in the Select,
	// so the cell is not one.
	NotFixed
)

// QueryError is a lookup that found no cell. Error() is Norwegian, for
// the user; callers branch on Kind.
type QueryError struct {
	Kind  QueryKind
	Table string // the file name
	Dim   string // the dimension's label (or id)
	Code  string // NoCategory: the code asked for
	Have  []string
	// NoCodes: the region dimension has no codes boso knows (the table
	// was saved with texts only).
	NoCodes bool
}

func (e *QueryError) Error() string {
	have := listSome(e.Have, 6)
	switch e.Kind {
	case NoDimension:
		return msg.SSBQueryNoDim.F(e.Table, e.Dim, have)
	case NoCategory:
		if e.NoCodes {
			return msg.SSBQueryNoCodes.F(e.Table, e.Code, e.Dim)
		}
		return msg.SSBQueryNoCategory.F(e.Table, e.Dim, e.Code, have)
	case NotFixed:
		return msg.SSBQueryNotFixed.F(e.Table, e.Dim, len(e.Have), have)
	}
	return e.Table
}

func listSome(items []string, n int) string {
	q := make([]string, 0, n+1)
	for i, s := range items {
		if i == n {
			q = append(q, msg.SSBAndMore.F(len(items)-n))
			break
		}
		q = append(q, "«"+show(s)+"»")
	}
	return strings.Join(q, ", ")
}

func dimName(d *Dimension) string {
	if d.Label != "" {
		return d.Label
	}
	return d.ID
}

func codes(d *Dimension) []string {
	c := make([]string, len(d.Categories))
	for i, cat := range d.Categories {
		c[i] = cat.Code
	}
	return c
}

func dimIDs(t *Table) []string {
	ids := make([]string, len(t.Dims))
	for i := range t.Dims {
		ids[i] = dimName(&t.Dims[i])
	}
	return ids
}

// Lookup returns the cell the Select names. Every dimension with more
// than one category must be in it.
func (t *Table) Lookup(sel Select) (Cell, error) {
	pos, err := t.positions(sel)
	if err != nil {
		return Cell{}, err
	}
	c, _ := t.At(pos)
	return c, nil
}

func (t *Table) positions(sel Select) ([]int, error) {
	pos := make([]int, len(t.Dims))
	fixed := make([]bool, len(t.Dims))
	keys := make([]string, 0, len(sel))
	for key := range sel {
		keys = append(keys, key)
	}
	sort.Strings(keys) // the same error for the same Select, every run
	for _, key := range keys {
		code := sel[key]
		d := t.Dim(key)
		if d == nil {
			return nil, &QueryError{Kind: NoDimension, Table: t.Name, Dim: key, Have: dimIDs(t)}
		}
		i := t.dimIndex(d)
		p, err := t.find(d, code)
		if err != nil {
			return nil, err
		}
		pos[i], fixed[i] = p, true
	}
	for i := range t.Dims {
		if !fixed[i] && len(t.Dims[i].Categories) != 1 {
			return nil, &QueryError{Kind: NotFixed, Table: t.Name, Dim: dimName(&t.Dims[i]), Have: codes(&t.Dims[i])}
		}
	}
	return pos, nil
}

func (t *Table) dimIndex(d *Dimension) int {
	for i := range t.Dims {
		if &t.Dims[i] == d {
			return i
		}
	}
	return -1
}

// find returns the position of a code in a dimension. A region is also
// found under SSB's merged-series code («K-3403» for 3403), the country
// under either of its codes ("0", "EAK"), and, in a table saved with texts
// only, under SSB's text («Hamar», «Hele landet», «KOSTRA-gruppe 13»).
func (t *Table) find(d *Dimension, code string) (int, error) {
	code = strings.TrimSpace(code)
	if p, ok := d.Find(code); ok {
		return p, nil
	}
	if d.Role == Geo {
		if KindOfRegion(code) == Country {
			// "0" and "EAK" both name the country: KOSTRA tables use
			// one, the others the other.
			for p, c := range d.Categories {
				if regionKind(c) == Country {
					return p, nil
				}
			}
		}
		if k, ok := KommuneOf(code); ok {
			// "301": a spreadsheet dropped the leading zero of 0301.
			for _, c := range []string{k, "K-" + k, strings.TrimPrefix(k, "0")} {
				if p, ok := d.Find(c); ok {
					return p, nil
				}
			}
		}
		known := false
		for _, c := range d.Categories {
			if KindOfRegion(c.Code) != OtherRegion {
				known = true
				break
			}
		}
		if !known {
			for p, c := range d.Categories {
				if sameAggregate(c, code) {
					return p, nil
				}
			}
			if name, ok := kommuner.Current(code); ok {
				for p, c := range d.Categories {
					if foldKey(c.Label) == foldKey(name) {
						return p, nil
					}
				}
			}
			return 0, &QueryError{Kind: NoCategory, Table: t.Name, Dim: dimName(d), Code: code, Have: codes(d), NoCodes: true}
		}
	}
	return 0, &QueryError{Kind: NoCategory, Table: t.Name, Dim: dimName(d), Code: code, Have: codes(d)}
}

// Figure returns the cell for a region and a period code ("2025",
// "2025K2"; a period.Period's String is SSB's code), the other dimensions
// fixed by sel (which may be nil when they have one category each).
// Region is a kommunenummer, "0" or "EAK" for the country, "EKG13" for a
// KOSTRA group, as the table writes it.
func (t *Table) Figure(region, time string, sel Select) (Cell, error) {
	if err := t.Require(Geo, Time); err != nil {
		return Cell{}, err
	}
	geo, tid := t.Geo(), t.Time()
	all := Select{geo.ID: region, tid.ID: time}
	for k, v := range sel {
		all[k] = v
	}
	return t.Lookup(all)
}

// Require reports a table that lacks a dimension the caller needs: for
// population and national figures, Require(Geo, Time). The error is a
// *QueryError of Kind NoDimension.
func (t *Table) Require(roles ...Role) error {
	for _, r := range roles {
		if t.ByRole(r) == nil {
			return &QueryError{Kind: NoDimension, Table: t.Name, Dim: roleName(r), Have: dimIDs(t)}
		}
	}
	return nil
}

func roleName(r Role) string {
	switch r {
	case Geo:
		return msg.SSBRegionDim.String()
	case Time:
		return msg.SSBTimeDim.String()
	case Metric:
		return msg.SSBCSVMetricDim.String()
	}
	return r.String()
}

// Country returns the region code of the whole country in the table ("0"
// or "EAK").
func (t *Table) Country() (string, bool) {
	return t.firstRegion(Country)
}

func (t *Table) firstRegion(k RegionKind) (string, bool) {
	if geo := t.Geo(); geo != nil {
		for _, c := range geo.Categories {
			if regionKind(c) == k {
				return c.Code, true
			}
		}
	}
	return "", false
}

// Regions returns the table's regions of a kind (its kommuner, its KOSTRA
// groups), in the table's order.
func (t *Table) Regions(k RegionKind) []Category {
	var out []Category
	if geo := t.Geo(); geo != nil {
		for _, c := range geo.Categories {
			if regionKind(c) == k {
				out = append(out, c)
			}
		}
	}
	return out
}

// Population returns the population of a kommune in a year, from a
// population table such as 07459 (population on 1 January) or 06913: its
// region and year dimensions, the statistics variable for persons when it
// has several, and the sum over kjønn and alder when the table breaks the
// population down by them (unless it has a total category). The cell is
// Missing or Confidential when any part is. For a year before the kommune
// had its number, see PopulationFrom.
func (t *Table) Population(kommune string, year int) (Cell, error) {
	c, _, err := t.PopulationFrom(kommune, year)
	return c, err
}

// PopulationFrom is Population that also answers for years before the
// kommune had its number, and says from which region codes. SSB's tables
// give «.» for today's number in those years and the figures under the
// former numbers («0403» for 3403 Hamar before 2020); the former numbers
// that became this kommune whole (SSB's kommune list, indicators/kommuner)
// are added up, when the table holds every one of them. When a former
// kommune was split between this one and others the figure cannot be
// told, and the cell is the table's own (NotApplicable). A table fetched
// with the code list agg_KommSummer («K-3403») has such series already.
func (t *Table) PopulationFrom(kommune string, year int) (Cell, []string, error) {
	if err := t.Require(Geo, Time); err != nil {
		return Cell{}, nil, err
	}
	geo := t.Geo()
	c, err := t.population(kommune, year)
	var qe *QueryError
	notInTable := errors.As(err, &qe) && qe.Kind == NoCategory && qe.Dim == dimName(geo)
	if err != nil && !notInTable {
		return Cell{}, nil, err
	}
	if err == nil && c.Kind != NotApplicable && c.Kind != Empty {
		p, _ := t.find(geo, kommune)
		return c, []string{geo.Categories[p].Code}, nil
	}
	parts, ok := wholePredecessors(kommune)
	if ok {
		for _, f := range parts {
			if _, in := geo.Find(f); !in {
				ok = false // the table lacks a former kommune: no sum
			}
		}
	}
	if !ok {
		return c, nil, err
	}
	var total num.Dec
	var from []string
	worst := Number
	for _, f := range parts {
		pc, perr := t.population(f, year)
		if perr != nil {
			return c, nil, err
		}
		switch v, has := pc.Figure(); {
		case has:
			if total, has = num.Add(total, v); !has {
				return Cell{Kind: Missing}, nil, nil
			}
			from = append(from, f)
		case pc.Kind == NotApplicable || pc.Kind == Empty:
			// the former number was not in use that year
		case worstRank[pc.Kind] > worstRank[worst]:
			worst = pc.Kind
		}
	}
	switch {
	case worst != Number:
		return Cell{Kind: worst}, nil, nil
	case len(from) == 0:
		return c, nil, err
	}
	return Cell{Kind: Number, Value: total}, from, nil
}

var (
	predOnce sync.Once
	preds    map[string][]string // current number → former numbers
	split    map[string]bool     // current numbers that took part of a split kommune
)

// wholePredecessors returns the former numbers that became the kommune
// whole, sorted; ok is false when there are none, or when the kommune
// also took over part of a kommune that was split.
func wholePredecessors(kommune string) ([]string, bool) {
	predOnce.Do(func() {
		preds, split = map[string][]string{}, map[string]bool{}
		for n := range 10000 {
			f := fmt.Sprintf("%04d", n)
			now, ok := kommuner.Former(f)
			if !ok {
				continue
			}
			for _, k := range now {
				if len(now) > 1 {
					split[k] = true
				} else {
					preds[k] = append(preds[k], f)
				}
			}
		}
	})
	k, ok := KommuneOf(kommune)
	if !ok || split[k] || len(preds[k]) == 0 {
		return nil, false
	}
	return preds[k], true
}

// population is Population for one region code as the table has it.
func (t *Table) population(kommune string, year int) (Cell, error) {
	geo, tid := t.Geo(), t.Time()
	pos := make([]int, len(t.Dims))
	var sum []int // dimensions summed over
	for i := range t.Dims {
		d := &t.Dims[i]
		var err error
		switch {
		case d == geo:
			pos[i], err = t.find(d, kommune)
		case d == tid:
			pos[i], err = t.find(d, fmt.Sprintf("%04d", year))
		case len(d.Categories) == 1:
		case d.Role == Metric:
			pos[i], err = t.personsMetric(d)
		default:
			if p, ok := totalCategory(d); ok {
				pos[i] = p
			} else if nameIn(d.ID, otherNames) || nameIn(d.Label, otherNames) {
				sum = append(sum, i)
			} else {
				err = &QueryError{Kind: NotFixed, Table: t.Name, Dim: dimName(d), Have: codes(d)}
			}
		}
		if err != nil {
			return Cell{}, err
		}
	}
	return t.sumOver(pos, sum), nil
}

// personsMetric picks the statistics variable that counts persons.
func (t *Table) personsMetric(d *Dimension) (int, error) {
	found := -1
	for i, c := range d.Categories {
		k, l := foldKey(c.Code), foldKey(c.Label)
		for _, w := range []string{"personer", "folketall", "folkemengde", "befolkning"} {
			if strings.HasPrefix(k, w) || strings.HasPrefix(l, w) {
				if found >= 0 && found != i {
					return 0, &QueryError{Kind: NotFixed, Table: t.Name, Dim: dimName(d), Have: codes(d)}
				}
				found = i
			}
		}
	}
	if found < 0 {
		return 0, &QueryError{Kind: NotFixed, Table: t.Name, Dim: dimName(d), Have: codes(d)}
	}
	return found, nil
}

// totalCategory finds a category that is the total of the others («I
// alt», «Begge kjønn», «Alle aldre»).
func totalCategory(d *Dimension) (int, bool) {
	for i, c := range d.Categories {
		l := foldKey(c.Label)
		for _, w := range []string{"i alt", "alle", "begge kjønn", "total", "sum"} {
			if strings.HasPrefix(l, w) {
				return i, true
			}
		}
	}
	return 0, false
}

// worstRank orders the kinds without a figure by how much they tell,
// for a sum with such a part.
var worstRank = map[Kind]int{Confidential: 5, Missing: 4, NotYet: 3, NotApplicable: 2, Empty: 1}

// sumOver adds the cells at pos over every category of the dimensions in
// sum. A part without a figure makes the sum that part's kind, the most
// telling first: confidential, missing, not yet, not applicable, empty.
func (t *Table) sumOver(pos, sum []int) Cell {
	if len(sum) == 0 {
		c, _ := t.At(pos)
		return c
	}
	var total num.Dec
	worst := Number
	allZero := true
	var walk func(k int)
	walk = func(k int) {
		if k == len(sum) {
			c, _ := t.At(pos)
			if v, ok := c.Figure(); ok {
				if s, ok := num.Add(total, v); ok {
					total = s
				} else {
					worst = Missing
				}
				if c.Kind != Zero {
					allZero = false
				}
				return
			}
			if worstRank[c.Kind] > worstRank[worst] {
				worst = c.Kind
			}
			return
		}
		d := sum[k]
		for p := range t.Dims[d].Categories {
			pos[d] = p
			walk(k + 1)
		}
	}
	walk(0)
	switch {
	case worst != Number:
		return Cell{Kind: worst}
	case allZero:
		return Cell{Kind: Zero}
	}
	return Cell{Kind: Number, Value: total}
}
