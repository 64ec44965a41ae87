package xlsx

import (
	"io"
	"sort"

	"github.com/xuri/excelize/v2"
)

// save writes f deterministically. excelize ranges over a map when it
// registers content types, so their order varies between runs; sorting
// them before writing makes the bytes stable (verified with excelize
// v2.11.1; a golden-bytes test guards it).
func save(f *excelize.File, w io.Writer, created string) error {
	if err := f.SetDocProps(&excelize.DocProperties{
		Created: created, Modified: created, Creator: "boso", LastModifiedBy: "boso", Language: "nb-NO",
	}); err != nil {
		return err
	}
	if ct := f.ContentTypes; ct != nil {
		sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
		sort.SliceStable(ct.Overrides, func(i, j int) bool { return ct.Overrides[i].PartName < ct.Overrides[j].PartName })
	}
	_, err := f.WriteTo(w)
	return err
}
