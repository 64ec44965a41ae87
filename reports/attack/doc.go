// Package attack reads boso's published reports back the way an outsider
// would — the HTML tables and chart data, the PDF text, the spreadsheet
// as LibreOffice shows it — rebuilds the figures and the relations between
// them from those files and the public definitions alone, and tries to
// work out the small counts the reports hide, with linear programming
// (reports/suppress). Its tests fail when any hidden or never-shown small
// count can be narrowed, in one report or across all the reports a
// programme has published. The package has no code outside its tests.
package attack
