package suppress

import (
	"errors"
	"math"
	"testing"
)

func small(thr float64) *Range { return &Range{Lo: 1, Hi: thr} }

func hiddenCells(r Result) []int {
	var out []int
	for i := range r.Primary {
		if r.Hidden(i) {
			out = append(out, i)
		}
	}
	return out
}

// A half-year report published H1 = 7; the annual report would show the
// year, 11, so H2 = 4 — never shown anywhere — follows. The year must go.
func TestLatentHalfYearFromAnEarlierPublication(t *testing.T) {
	const h1, h2, y = 0, 1, 2
	p := &Problem{
		Cells: []Cell{
			h1: {Value: 7, Fixed: true},
			h2: {Value: 4, Latent: true, Protect: small(4)},
			y:  {Value: 11, Cost: 10},
		},
		Relations: []Linear{Sum(y, h1, h2)},
	}
	d, err := p.Audit(make([]bool, 3))
	if err != nil {
		t.Fatal(err)
	}
	if len(d) != 1 || d[0] != (Interval{Cell: h2, Lo: 4, Hi: 4}) {
		t.Fatalf("Audit(nothing hidden) = %v, want H2 pinned at 4", d)
	}
	r, err := p.Protect()
	if err != nil {
		t.Fatal(err)
	}
	if got := hiddenCells(r); len(got) != 1 || got[0] != y {
		t.Fatalf("Protect hides %v, want only the year (cell %d)", got, y)
	}
	// with the year public too nothing can protect H2
	p.Cells[y].Fixed = true
	_, err = p.Protect()
	var ue *UnprotectableError
	if !errors.As(err, &ue) || len(ue.Intervals) != 1 || ue.Intervals[0].Cell != h2 {
		t.Fatalf("Protect with everything public = %v, want H2 unprotectable", err)
	}
}

// Of a half-year and the year, the cheaper cell is hidden.
func TestCheaperCellIsHidden(t *testing.T) {
	for _, tc := range []struct {
		name           string
		costH1, costY  float64
		wantSecondary  int
		wantHiddenCnt  int
		h1, h2, yValue float64
	}{
		{"half-year cheaper", 1, 10, 0, 2, 7, 4, 11},
		{"year cheaper", 10, 1, 2, 2, 7, 4, 11},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Problem{
				Cells: []Cell{
					{Value: tc.h1, Cost: tc.costH1},
					{Value: tc.h2, Hidden: true, Protect: small(4)},
					{Value: tc.yValue, Cost: tc.costY},
				},
				Relations: []Linear{Sum(2, 0, 1)},
			}
			r, err := p.Protect()
			if err != nil {
				t.Fatal(err)
			}
			got := hiddenCells(r)
			if len(got) != tc.wantHiddenCnt || !r.Secondary[tc.wantSecondary] {
				t.Fatalf("hidden %v, want %d cells with secondary %d", got, tc.wantHiddenCnt, tc.wantSecondary)
			}
		})
	}
}

// Distinct households: the year lies between the larger half-year and the
// sum of both. H1 = 7, H2 = 4, year 10 (one household in both halves):
// with only H2 hidden, H2 ≥ year − H1 = 3 — not protected.
func TestDistinctCountBounds(t *testing.T) {
	const h1, h2, y = 0, 1, 2
	p := &Problem{
		Cells: []Cell{
			h1: {Value: 7, Cost: 1},
			h2: {Value: 4, Hidden: true, Protect: small(4)},
			y:  {Value: 10, Cost: 10},
		},
		Relations: []Linear{
			{Terms: []Term{{y, 1}, {h1, -1}, {h2, -1}}, Op: AtMost},
			{Terms: []Term{{h1, 1}, {y, -1}}, Op: AtMost},
			{Terms: []Term{{h2, 1}, {y, -1}}, Op: AtMost},
		},
	}
	hidden := []bool{false, true, false}
	d, err := p.Audit(hidden)
	if err != nil {
		t.Fatal(err)
	}
	if len(d) != 1 || d[0] != (Interval{Cell: h2, Lo: 3, Hi: 10}) {
		t.Fatalf("Audit = %v, want H2 in [3, 10]", d)
	}
	r, err := p.Protect()
	if err != nil {
		t.Fatal(err)
	}
	if got := hiddenCells(r); len(got) != 2 || !r.Secondary[h1] {
		t.Fatalf("Protect hides %v, want H1 and H2", got)
	}
	d, err = p.Audit([]bool{true, true, false})
	if err != nil || len(d) != 0 {
		t.Fatalf("Audit(H1, H2 hidden) = %v, %v; want safe", d, err)
	}
}

// An amount resting on a few loans is protected by a range around its
// value: one loan of 2 150 000 kr in H2 must not be bounded within ±50 %.
func TestAmountProtectionRange(t *testing.T) {
	const h1, h2, y = 0, 1, 2
	v := 2150000.0
	p := &Problem{
		Cells: []Cell{
			h1: {Value: 50000, Cost: 1},
			h2: {Value: v, Hidden: true, Protect: &Range{Lo: v / 2, Hi: v * 1.5}},
			y:  {Value: 2200000, Cost: 10},
		},
		Relations: []Linear{Sum(y, h1, h2)},
	}
	// hiding H1 leaves H2 in [0, 2 200 000]: below 1.5 × 2 150 000
	d, err := p.Audit([]bool{true, true, false})
	if err != nil {
		t.Fatal(err)
	}
	if len(d) != 1 || d[0].Cell != h2 || d[0].Lo != 0 || d[0].Hi != 2200000 {
		t.Fatalf("Audit(H1 hidden) = %v, want H2 in [0, 2200000]", d)
	}
	r, err := p.Protect()
	if err != nil {
		t.Fatal(err)
	}
	if !r.Secondary[y] {
		t.Fatalf("Protect hides %v, want the year hidden", hiddenCells(r))
	}
	d, err = p.Audit(hiddenOf(r))
	if err != nil || len(d) != 0 {
		t.Fatalf("Audit(Protect) = %v, %v", d, err)
	}
}

// A derived figure with a constant (x + y + 3 = z) and an upper bound.
func TestAffineAndBound(t *testing.T) {
	p := &Problem{
		Cells: []Cell{
			{Value: 2, Hidden: true, Protect: small(4)},
			{Value: 5},
			{Value: 10},
		},
		Relations: []Linear{{Terms: []Term{{0, 1}, {1, 1}, {2, -1}}, Op: Equal, RHS: -3}},
	}
	d, err := p.Audit([]bool{true, false, false})
	if err != nil {
		t.Fatal(err)
	}
	if len(d) != 1 || d[0] != (Interval{Cell: 0, Lo: 2, Hi: 2}) {
		t.Fatalf("Audit = %v, want cell 0 pinned at 2", d)
	}
	// an upper bound alone: x ≤ 3 leaves [0, 3], short of 4
	p.Relations = []Linear{{Terms: []Term{{0, 1}}, Op: AtMost, RHS: 3}}
	d, err = p.Audit([]bool{true, false, false})
	if err != nil {
		t.Fatal(err)
	}
	if len(d) != 1 || d[0].Lo != 0 || d[0].Hi != 3 {
		t.Fatalf("Audit(x ≤ 3) = %v, want [0, 3]", d)
	}
}

func TestProblemValidation(t *testing.T) {
	for name, p := range map[string]*Problem{
		"negative":        {Cells: []Cell{{Value: -1}}},
		"nan":             {Cells: []Cell{{Value: math.NaN()}}},
		"latent fixed":    {Cells: []Cell{{Value: 1, Latent: true, Fixed: true}}},
		"fixed hidden":    {Cells: []Cell{{Value: 1, Fixed: true, Hidden: true}}},
		"bad range":       {Cells: []Cell{{Value: 1, Protect: &Range{Lo: 4, Hi: 1}}}},
		"cell out":        {Cells: []Cell{{Value: 1}}, Relations: []Linear{Sum(0, 1)}},
		"false relation":  {Cells: []Cell{{Value: 1}, {Value: 2}}, Relations: []Linear{Sum(0, 1)}},
		"false bound":     {Cells: []Cell{{Value: 5}}, Relations: []Linear{{Terms: []Term{{0, 1}}, Op: AtMost, RHS: 4}}},
		"unknown op":      {Cells: []Cell{{Value: 5}}, Relations: []Linear{{Terms: []Term{{0, 1}}, Op: 7, RHS: 5}}},
		"inf coefficient": {Cells: []Cell{{Value: 5}}, Relations: []Linear{{Terms: []Term{{0, math.Inf(1)}}, RHS: 5}}},
	} {
		if _, err := p.Protect(); err == nil {
			t.Errorf("%s: Protect accepted it", name)
		}
		if _, err := p.Audit(make([]bool, len(p.Cells))); err == nil {
			t.Errorf("%s: Audit accepted it", name)
		}
	}
}

// Unknown cells tied only to each other are safe however small they are,
// and a shared cache gives the same answers as a fresh audit.
func TestHomogeneousAndCache(t *testing.T) {
	cache := &Cache{}
	p := &Problem{
		Cells: []Cell{
			{Value: 5, Latent: true},
			{Value: 2, Latent: true, Protect: small(4)},
			{Value: 3, Hidden: true, Protect: small(4)},
		},
		Relations: []Linear{Sum(0, 1, 2)},
		Cache:     cache,
	}
	if d, err := p.Audit([]bool{false, false, true}); err != nil || len(d) != 0 {
		t.Fatalf("all unknown: %v, %v", d, err)
	}
	// the total becomes known: both parts are bounded by 5, short of nothing
	// (5 ≥ 4), but with a total of 3 they are
	q := &Problem{Cells: append([]Cell(nil), p.Cells...), Relations: p.Relations, Cache: cache}
	q.Cells[0].Latent = false
	d, err := q.Audit([]bool{false, false, true})
	if err != nil || len(d) != 0 {
		t.Fatalf("known total 5: %v, %v", d, err)
	}
	r := &Problem{Cells: []Cell{{Value: 3}, {Value: 1, Latent: true, Protect: small(4)}, {Value: 2, Hidden: true, Protect: small(4)}},
		Relations: []Linear{Sum(0, 1, 2)}, Cache: &Cache{}}
	d, err = r.Audit([]bool{false, false, true})
	if err != nil || len(d) != 2 || d[0].Hi != 3 || d[1].Hi != 3 {
		t.Fatalf("known total 3: %v, %v; want both parts in [0, 3]", d, err)
	}
}

// Zeros are shown as 0, so a reader takes every ":" to be at least 1:
// three hidden groups of 1 give a hidden total of at least 3, which is no
// longer any small number. Hiding the zero group too takes that away.
func TestFloorOfHiddenCounts(t *testing.T) {
	one := func(v float64) Cell { return Cell{Value: v, Hidden: v >= 1 && v <= 4, Protect: small(4), Floor: 1} }
	p := &Problem{
		Cells: []Cell{
			0: one(3),                       // I alt
			1: one(1), 2: one(1), 3: one(1), // three groups of 1
			4: {Value: 0, Floor: 1, Cost: 1}, // a group of 0
		},
		Relations: []Linear{Sum(0, 1, 2, 3, 4)},
	}
	hidden := []bool{true, true, true, true, false}
	if d, err := p.Audit(hidden); err != nil || len(d) != 0 {
		t.Fatalf("Audit = %v, %v; a reader who knows only that cells are >= 0 learns nothing", d, err)
	}
	d, err := p.AuditFloors(hidden)
	if err != nil {
		t.Fatal(err)
	}
	if len(d) != 1 || d[0].Cell != 0 || d[0].Lo != 3 || !d[0].Floor {
		t.Fatalf("Audit = %v, want the total from 3 up, by the floor", d)
	}
	r, err := p.Protect()
	if err != nil {
		t.Fatal(err)
	}
	if !r.Secondary[4] {
		t.Fatalf("Protect hides %v, want the zero group too", hiddenCells(r))
	}
	if d, err := p.AuditFloors(hiddenOf(r)); err != nil || len(d) != 0 {
		t.Fatalf("AuditFloors(Protect) = %v, %v", d, err)
	}
	// without a zero to hide, the narrowing stays, and Protect says nothing
	p.Cells = p.Cells[:4]
	p.Relations = []Linear{Sum(0, 1, 2, 3)}
	if _, err := p.Protect(); err != nil {
		t.Fatalf("Protect without a zero: %v", err)
	}
}

// One målgruppe holds every household of a hidden total and the others
// are 0: shown so, a reader learns that all of them are in it. A zero
// group is hidden too.
func TestAttributeOfTheOnlyGroup(t *testing.T) {
	p := &Problem{
		Cells: []Cell{
			{Value: 3, Hidden: true, Protect: small(4), Floor: 1, Cost: 5}, // I alt
			{Value: 3, Hidden: true, Protect: small(4), Floor: 1},          // Barnefamilier
			{Value: 0, Floor: 1, Cost: 2}, {Value: 0, Floor: 1, Cost: 1},   // two groups of 0
		},
		Relations: []Linear{Sum(0, 1, 2, 3)},
	}
	r, err := p.Protect()
	if err != nil {
		t.Fatal(err)
	}
	if got := hiddenCells(r); len(got) != 3 || !r.Secondary[3] {
		t.Fatalf("Protect hides %v, want the total, the group and the cheaper zero", got)
	}
}
