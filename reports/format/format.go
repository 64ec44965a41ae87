// Package format writes numbers, dates and periods the Norwegian way for
// reports (1 234 567,5 with no-break spaces; 30.06.2025; 1. halvår 2025).
// The engine never formats; renderers call this package. The formatting
// itself lives in templates/msg/norsk, below the engine, so that the
// engine's messages name periods the way reports do.
package format

import (
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/templates/msg/norsk"
)

// Number formats d with exactly decimals decimal places, rounded half away
// from zero, grouped with no-break spaces and with a decimal comma.
func Number(d num.Dec, decimals int) string { return norsk.Number(d, decimals) }

// Round rounds d to the given number of decimals, half away from zero: the
// number Number shows.
func Round(d num.Dec, decimals int) num.Dec { return norsk.Round(d, decimals) }

// Date formats a date as dd.mm.åååå.
func Date(d period.Date) string { return norsk.Date(d) }

// Period names a period in words: "2025", "1. halvår 2025", "2. tertial 2025",
// "3. kvartal 2025", "juli 2025", "2016–2025".
func Period(p period.Period) string { return norsk.Period(p) }
