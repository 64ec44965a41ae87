package pipeline

import (
	"strings"
	"testing"

	"boso/reports/build"
)

// Why a record cannot be read is said in Norwegian, whatever the JSON
// decoder said.
func TestRecordReason(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"kommune":"3403","periode":"2024H1","verdi":3}`, "feltet «verdi» hører ikke til en post boso skriver"},
		{`{"kommune":`, "ikke gyldig JSON"},
		{`{"kommune":"3403","periode":"2024X9"}`, "den ser ikke ut som en post boso har skrevet"},
	} {
		_, err := build.ReadPublication(strings.NewReader(c.in))
		if err == nil {
			t.Fatalf("%s: read", c.in)
		}
		if got := recordReason(err); !strings.Contains(got, c.want) || strings.Contains(got, "json:") {
			t.Errorf("%s: %q, want %q", c.in, got, c.want)
		}
	}
}
