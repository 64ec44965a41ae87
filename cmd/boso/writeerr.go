package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"boso/reports/output"
	"boso/templates/msg"
)

// writeFailure says in Norwegian why the outputs could not be written,
// naming the user's file or folder: the operating system's error may name
// a temporary file boso writes first, which the user never asked for.
func writeFailure(err error, paths []string) string {
	var target string
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &le):
		target = le.New
	case errors.As(err, &pe):
		target = pe.Path
	}
	reason := msg.OSReason(err)
	if target == "" {
		if len(paths) > 0 {
			return msg.CLIWriteFile.F(paths[0], reason)
		}
		return reason
	}
	target = filepath.Clean(target)
	if errors.Is(err, syscall.ENOTDIR) {
		// name the file that stands where a folder should be
		for d := target; d != "." && d != string(filepath.Separator) && d != filepath.Dir(d); d = filepath.Dir(d) {
			if st, e := os.Stat(d); e == nil && !st.IsDir() {
				return msg.CLIWriteIsFile.F(folderOf(target, paths), d)
			}
		}
	}
	for _, p := range paths {
		if filepath.Clean(p) == target {
			if st, e := os.Stat(p); e == nil && st.IsDir() {
				reason = msg.OSIsDir.F() // a rename onto a folder says «exists»
			}
			return msg.CLIWriteFile.F(p, reason)
		}
	}
	for _, p := range paths {
		for d := filepath.Dir(p); d != "." && d != filepath.Dir(d); d = filepath.Dir(d) {
			if filepath.Clean(d) == target {
				return msg.CLIWriteDir.F(d, reason)
			}
		}
	}
	// a file of boso's own beside the user's: a temporary or staged one
	for _, p := range paths {
		if filepath.Dir(filepath.Clean(p)) == filepath.Dir(target) && strings.Contains(filepath.Base(target), filepath.Base(p)) {
			return msg.CLIWriteFile.F(p, reason)
		}
	}
	return msg.CLIWriteInDir.F(folderOf(target, paths), reason)
}

// folderOf is the user's output folder that holds target: the nearest
// folder of the files asked for that target lies in.
func folderOf(target string, paths []string) string {
	best := ""
	for _, p := range paths {
		d := filepath.Dir(p)
		rel, err := filepath.Rel(d, target)
		if err == nil && !strings.HasPrefix(rel, "..") && len(d) > len(best) {
			best = d
		}
	}
	if best == "" {
		return filepath.Dir(target)
	}
	return best
}

func pathsOf(files []output.File) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.Path
	}
	return out
}
