// Package examples holds boso's shipped example: a fictional programme for
// Hamar kommune 2016–2025 (program.yaml), its source mappings (kilder/),
// invented exports (data/) and the filled input workbook (arbeidsbok.xlsx),
// made by «go run ./examples/gen».
package examples

//go:generate go run ./gen -out data -program program.yaml
