package source

import (
	"path/filepath"
	"strings"

	"boso/indicators/files"
	"boso/templates/msg"
)

// CodePathOutside is the problem of a path in a programme's YAML files
// that is absolute or leaves the programme's folder.
const CodePathOutside = "BOSO-P003"

// Within says which paths the YAML files of a programme may name: those
// inside Root, the programme file's folder, unless AllowOutside (the
// user's --tillat-stier-utenfor). A programme then cannot make boso read,
// and echo in its messages, a file elsewhere on the machine that its
// author did not hand over with it.
type Within struct {
	Root         string // the programme file's folder
	Program      string // the programme file, for messages
	AllowOutside bool
	// Files is where the paths are read (the zero FS: on disk).
	Files files.FS
}

// Check returns why path, as written in a YAML file in folder from, may
// not be read: a Norwegian message, or "" when it may.
func (w Within) Check(from, path string) string {
	if w.AllowOutside || path == "" {
		return ""
	}
	if filepath.IsAbs(path) || filepath.VolumeName(path) != "" || strings.HasPrefix(path, "/") || strings.HasPrefix(path, `\`) {
		return msg.PathAbsolute.F(path, w.Program)
	}
	root, err1 := filepath.Abs(w.Root)
	full, err2 := filepath.Abs(filepath.Join(from, path))
	rel, err3 := filepath.Rel(root, full)
	if err1 != nil || err2 != nil || err3 != nil || leaves(rel) {
		return msg.PathOutside.F(path, w.Program)
	}
	// a symbolic link inside the folder may point out of it
	realRoot, err1 := filepath.EvalSymlinks(root)
	realFull, err2 := filepath.EvalSymlinks(full)
	if err1 == nil && err2 == nil { // a file that is not there is said elsewhere
		if rel, err := filepath.Rel(realRoot, realFull); err != nil || leaves(rel) {
			return msg.PathLinkOutside.F(path, w.Program)
		}
	}
	return ""
}

// leaves reports whether a relative path goes up out of its base.
func leaves(rel string) bool {
	return rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
