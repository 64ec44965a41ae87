// Package examples holds boso's shipped examples: a fictional programme
// for Hamar kommune 2016–2025, reported on twice. program.yaml is the
// half-year report 2025, from registers exported in August 2025;
// arsrapport/program.yaml the annual report 2025, from the same invented
// history exported again after the year's end. Each has its source
// mappings (kilder/), exports (data/) and filled input workbook
// (arbeidsbok.xlsx), all made by «go run ./examples/gen».
package examples

//go:generate go run ./gen -dir .
