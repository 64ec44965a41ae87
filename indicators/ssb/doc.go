// Package ssb reads statbank tables from Statistics Norway (SSB) as a user
// saves them: JSON-stat 2.0 from PxWebApi 2 (ReadJSONStat) and the CSV the
// same API and the statbank write (ReadCSV), into one typed Table of
// dimensions and cells. A cell is a number or one of SSB's symbols, never a
// silent 0. Population (per kommune and year) and national or KOSTRA-group
// figures are looked up on the Table.
//
// Formats, as found in SSB's and PxWeb's own documentation and code:
//
//   - JSON-stat 2.0 (json-stat.org/full): "id" and "size" give the
//     dimensions in order, "dimension.<id>.category.index" (an array or an
//     object code→position; absent when the dimension has one category)
//     and ".label" the categories, "role" the time, geo and metric
//     dimensions. "value" is an array in row-major order (the last
//     dimension varies fastest) or a sparse object position→value; "status"
//     is a string for every cell, an array, or an object position→symbol.
//     SSB writes the value of a cell with a symbol as null and the symbol
//     in "status" (SSB, «API mot Statistikkbanken – brukerveiledning»,
//     PxWebApi 2, «Spesialtegn i tabellene»).
//   - CSV from PxWebApi 2 (outputFormat=csv; PxTools/PCAxis.Serializers
//     CsvSerializer.cs): an optional quoted title row (IncludeTitle), a
//     header row with the stub variables (their code, text or
//     «code - text», as UseCodes, UseTexts or UseCodesAndTexts says) and
//     then one column per combination of the heading variables' values,
//     joined by a space («Personer 2024»); with every variable in the stub
//     one value column titled with the table's contents («07459:
//     Befolkning,»). Stub cells are quoted, values are not; the separator
//     is a comma unless SeparatorSemicolon or SeparatorTab is asked for;
//     the decimal separator is a point and there is no thousands
//     separator. A table
//     opened in Excel with Norwegian settings and saved again has ';',
//     a decimal comma, maybe a byte-order mark and no quotes: read as well.
//
// SSB's symbols. Since 2021 statbank tables use three (SSB, «Standardtegn
// i tabeller», ssb.no/diverse/standardtegn-i-tabeller, and the PxWebApi 2
// guide above):
//
//	.    ikke mulig å oppgi tall (the category was not in use; no figure can exist)
//	..   tallgrunnlag mangler (not received, or too uncertain to publish)
//	:    vises ikke av konfidensialitetshensyn (suppressed to protect persons or firms)
//
// Tables from before 2021 may also have «...» (oppgave mangler foreløpig,
// not yet available), «-» (null: nothing to report, a true zero) and «*»
// (foreløpig tall, provisional), as SSB's page lists them, and in SSB's
// older standard «0» meant less than half of the unit used. In a CSV cell
// «0» cannot be told from a true zero (and since 2021 SSB writes true
// zeros as 0), so it reads as the number 0; a JSON-stat status "0" reads
// as Tiny. A status boso has no kind for («*») beside a figure keeps the
// figure, with the status in Cell.Status.
//
// SSB serves its CSV as ISO-8859-1 (seen in SSB's own API examples,
// github.com/janbrus/ssb-api-v2-examples, which read it with
// encoding="ISO-8859-1"), so a letter outside Latin-1 (the «š» of
// Kárášjohka) cannot arrive as written; .NET, which PxWeb runs on, writes
// «?» for it. Codes, not texts, identify regions.
package ssb
