// Package parse turns the text of one cell from a municipal export into a
// typed value: numbers with Norwegian grouping, dates in the common forms and
// as Excel serials, yes/no flags and kommunenummer. Pure functions, no I/O.
package parse
