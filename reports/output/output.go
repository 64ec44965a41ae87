// Package output writes result files atomically: each file is written to a
// temporary file in the same folder and renamed into place, so a reader
// never sees half a file and an existing file is replaced only as a whole.
package output

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Write creates path with the bytes fill writes. It reports whether an
// existing file was replaced. On error nothing is left behind.
func Write(path string, fill func(w io.Writer) error) (replaced bool, err error) {
	tmp, err := stage(path, fill)
	if err != nil {
		return false, err
	}
	_, statErr := os.Stat(path)
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return false, fmt.Errorf("%s: %w", path, err)
	}
	return statErr == nil, nil
}

// stage writes fill's bytes to a temporary file in path's folder and
// returns its name; on error it removes it.
func stage(path string, fill func(w io.Writer) error) (name string, err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = fmt.Errorf("%s: %w", path, err)
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = fill(bw); err != nil {
		return "", err
	}
	if err = bw.Flush(); err != nil {
		return "", err
	}
	if err = tmp.Sync(); err != nil {
		return "", err
	}
	if err = tmp.Close(); err != nil {
		return "", err
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return "", err
	}
	return tmp.Name(), nil
}

// File is one file of a set to write together.
type File struct {
	Path string
	Fill func(w io.Writer) error
}

// WriteAll renders every file to a temporary file beside it first and
// renames them into place only when all succeeded, so a failed rendering
// leaves the previous set whole. (The renames themselves are one per
// file; within one folder they do not fail in practice.) It returns the
// paths that replaced existing files.
func WriteAll(files []File) (replaced []string, err error) {
	var staged []string
	defer func() {
		if err != nil {
			for _, t := range staged {
				os.Remove(t)
			}
		}
	}()
	for _, f := range files {
		t, err := stage(f.Path, f.Fill)
		if err != nil {
			return nil, err
		}
		staged = append(staged, t)
	}
	for i, f := range files {
		if _, statErr := os.Stat(f.Path); statErr == nil {
			replaced = append(replaced, f.Path)
		}
		if err = os.Rename(staged[i], f.Path); err != nil {
			return nil, fmt.Errorf("%s: %w", f.Path, err)
		}
	}
	return replaced, nil
}
