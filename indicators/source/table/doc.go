// Package table reads raw tables (CSV in UTF-8 or Windows-1252, XLSX sheets)
// and streams their rows with the physical position of each, after finding the
// header row. It knows encodings and layout, nothing about what columns mean.
package table
