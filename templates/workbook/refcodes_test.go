package workbook

import (
	"strings"
	"testing"

	"boso/templates/msg"
)

// The reference page names the code a workbook formula without a stored
// value gets as the reader reports it (it said BOSO-A008, the code of a
// small count in free text).
func TestReferenceNamesTheWorkbookCodes(t *testing.T) {
	page := msg.RefChecks.String()
	if want := "i arbeidsboken (" + CodeFormula + ")"; !strings.Contains(page, want) {
		t.Errorf("the reference page's checks do not say %q", want)
	}
}
