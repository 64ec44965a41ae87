package build

import (
	"errors"
	"testing"

	"boso/indicators/period"
)

// A count below zero that reaches a report (a typed-in figure no check
// caught) is refused with a NegativeError naming the figure, not an
// internal error of the disclosure machinery.
func TestNegativeFigureRefused(t *testing.T) {
	w := newWorld(t)
	for y := 2022; y <= 2025; y++ {
		w.flow("utk", y, []int64{0, 0, 10}, []int64{0, 0, 10})
		w.stock("bl", y, []int64{0, 0, 6}, []int64{0, 0, 6})
		w.loans(y, 20, 20, 10, 10, 1000000)
	}
	p1, _, _ := halves(2025)
	w.put("bl", p1, "", -5, 0)
	_, err := Build(w.input(period.MustParse("2025H1")))
	var neg *NegativeError
	if !errors.As(err, &neg) {
		t.Fatalf("Build: %v, want a NegativeError", err)
	}
	var internal *InternalError
	if errors.As(err, &internal) {
		t.Fatalf("Build: %v is an internal error", err)
	}
	want := "tallet «" + factLabel(w.set, factKey{"bl", p1, ""}) + "» for kommune 9999 er −5, men et antall eller beløp i rapporten kan ikke være negativt; rett verdien der den er ført inn. Rapporten er ikke skrevet"
	if err.Error() != want {
		t.Errorf("message:\n%s\nwant\n%s", err, want)
	}
}
