package engine

import (
	"strings"
	"testing"

	"boso/indicators/source"
)

// A panic while a register is read, in the reading goroutine, reaches
// the goroutine that counts, where a command can recover it: it does not
// end the process from a goroutine nobody can recover in.
func TestReadAheadHandsOverAPanic(t *testing.T) {
	full, _ := readAhead(&source.Stream{}) // no reader: Next panics
	var got *readPanic
	for b := range full {
		if b.panicked != nil {
			got = b.panicked
		}
	}
	if got == nil {
		t.Fatal("the reading goroutine's panic was not handed over")
	}
	if got.Error() == "" || !strings.Contains(string(got.Stack()), "readAhead") {
		t.Errorf("panic %q, stack:\n%s", got.Error(), got.Stack())
	}
}
