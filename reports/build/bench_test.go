package build

import (
	"testing"

	"boso/indicators/period"
)

// BenchmarkBuildExample builds the example's published half-year report:
// the replay of its 19 earlier publications and the audit dominate.
func BenchmarkBuildExample(b *testing.B) {
	prog, in, res := example(b)
	input := &Input{Program: prog, Set: in.Set, Figures: res.Figures, Kommune: "3403", Period: period.MustParse("2025H1"),
		ReportDate: period.MustDate(2025, 8, 20), Targets: TargetsOf(prog, in.Set, "3403"), Form: sampleForm()}
	for b.Loop() {
		if _, err := Build(input); err != nil {
			b.Fatal(err)
		}
	}
}
