// Package examples holds boso's shipped examples: a fictional programme
// for Hamar kommune 2016–2025, reported on twice. program.yaml is the
// half-year report 2025, from registers exported in August 2025;
// arsrapport/program.yaml the annual report 2025, from the same invented
// history exported again after the year's end. Each has its source
// mappings (kilder/), exports (data/) and filled input workbook
// (arbeidsbok.xlsx), all made by «go run ./examples/gen». region/ is an
// example region for the roll-up: what eight programme kommuner in
// Innlandet submitted for 1. halvår 2025 (on time, late, missing, with
// errors, unreadable), each kommune's workbook and figure export made by
// the same generator from an invented programme of its own.
package examples

//go:generate go run ./gen -dir .
