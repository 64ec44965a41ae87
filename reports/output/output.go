// Package output writes result files atomically: each file is written to a
// temporary file in the same folder and renamed into place, so a reader
// never sees half a file and an existing file is replaced only as a whole.
package output

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
)

// Write creates path with the bytes fill writes. It reports whether an
// existing file was replaced. On error nothing is left behind.
func Write(path string, fill func(w io.Writer) error) (replaced bool, err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return false, err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = fill(bw); err != nil {
		return false, err
	}
	if err = bw.Flush(); err != nil {
		return false, err
	}
	if err = tmp.Sync(); err != nil {
		return false, err
	}
	if err = tmp.Close(); err != nil {
		return false, err
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return false, err
	}
	_, statErr := os.Stat(path)
	replaced = statErr == nil
	if err = os.Rename(tmp.Name(), path); err != nil {
		return false, err
	}
	return replaced, nil
}

// File is one file of a set to write together.
type File struct {
	Path string
	Fill func(w io.Writer) error
}

// WriteAll renders every file to a temporary file first and renames them
// into place only when all succeeded, so a failed run leaves the previous
// set whole. It returns the paths that replaced existing files.
func WriteAll(files []File) (replaced []string, err error) {
	type done struct{ tmp, path string }
	var ready []done
	defer func() {
		if err != nil {
			for _, d := range ready {
				os.Remove(d.tmp)
			}
		}
	}()
	for _, f := range files {
		tmp := filepath.Join(filepath.Dir(f.Path), "."+filepath.Base(f.Path)+".new")
		if _, err = Write(tmp, f.Fill); err != nil {
			return nil, err
		}
		ready = append(ready, done{tmp, f.Path})
	}
	for _, d := range ready {
		if _, statErr := os.Stat(d.path); statErr == nil {
			replaced = append(replaced, d.path)
		}
		if err = os.Rename(d.tmp, d.path); err != nil {
			return nil, err
		}
	}
	return replaced, nil
}
