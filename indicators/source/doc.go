// Package source is boso's source mapping format (how a municipal export's
// columns become canonical register fields) and the stream of typed records,
// each with its provenance (file, sheet, row), read through a mapping.
// Encodings, layouts and cell formats are handled below, in table and parse.
package source
