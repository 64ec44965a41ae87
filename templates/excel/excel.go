// Package excel writes excelize workbooks byte for byte reproducibly, with
// every formula's result cached beside it: the input workbook, the report
// and the example generator share it.
package excel

import (
	"io"
	"sort"

	"github.com/xuri/excelize/v2"
)

// Write sets fixed document properties (created and modified at the given
// RFC 3339 time, boso as author, Norwegian) and saves f to w.
func Write(f *excelize.File, w io.Writer, created, title string) error {
	if err := f.SetDocProps(&excelize.DocProperties{
		Created: created, Modified: created, Creator: "boso", LastModifiedBy: "boso", Language: "nb-NO", Title: title,
	}); err != nil {
		return err
	}
	return Save(f, w)
}

// Save writes f to w as it is: its parts in a fixed order, and formula
// results marked as numbers or empty text (see cachedResults). Use it for
// a workbook whose document properties are set otherwise.
//
// excelize ranges over a map when it registers content types, so their
// order varies between runs; sorting them before writing makes the bytes
// stable (verified with excelize v2.11.1; golden-bytes tests guard it).
func Save(f *excelize.File, w io.Writer) error {
	if ct := f.ContentTypes; ct != nil {
		sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
		sort.SliceStable(ct.Overrides, func(i, j int) bool { return ct.Overrides[i].PartName < ct.Overrides[j].PartName })
	}
	f.SetZipWriter(newCachedResults)
	_, err := f.WriteTo(w)
	return err
}
