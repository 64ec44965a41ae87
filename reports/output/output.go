// Package output writes a set of result files so that it replaces the
// previous set as a whole: every file is rendered into a staging folder
// inside the output folder first, and only when all of them are on disk
// are they renamed to their plain names. A small journal in the staging
// folder lets the next run finish a swap that a kill interrupted, or
// throw away a set that was never complete; staging folders and stale
// temporary files of boso's own are cleaned then too.
//
// The swap itself is one rename per file, so a reader looking at the very
// moment of a kill between two renames sees some files new and some old;
// the journal says so, and the next write to (or Recover of) the folder
// completes the new set before anything else is read or written there.
package output

import (
	"fmt"
	"io"
	"path/filepath"
)

// File is one file of a set to write together. A File whose Fill is nil
// is one the set no longer has: an earlier run's file at Path is removed
// in the swap, with the others, so that a stale output never stays beside
// the new ones (it is put back if the swap is undone).
type File struct {
	Path string
	Fill func(w io.Writer) error
}

// Hook, when set, is called at named moments of a write: "staged-N" after
// the N-th file is on disk in the staging folder, "committed" once the
// journal is, "renamed-N" after the N-th rename, "synced" when the renames
// are on disk, and "recovered-N" after the N-th rename of an interrupted
// swap being finished. Only tests set it, to kill the process there.
var Hook func(point string)

func hook(format string, args ...any) {
	if Hook != nil {
		Hook(fmt.Sprintf(format, args...))
	}
}

// Write creates path with the bytes fill writes, replacing an existing
// file only as a whole. It reports whether an existing file was replaced.
// On error nothing is left behind.
func Write(path string, fill func(w io.Writer) error) (replaced bool, err error) {
	r, err := WriteAll(filepath.Dir(path), []File{{Path: path, Fill: fill}})
	return len(r) == 1, err
}
