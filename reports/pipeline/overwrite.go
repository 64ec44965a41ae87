package pipeline

import (
	"os"
	"path/filepath"

	"boso/templates/msg"
)

// Reads is the files on disk the run reads: the programme file, the
// workbook, and each source mapping and its data file.
func (r *Run) Reads() []string {
	p := r.Program
	var out []string
	add := func(path string) {
		if path == "" {
			return
		}
		if on, ok := p.Files.OSPath(path); ok {
			out = append(out, on)
		}
	}
	add(p.Path)
	if !p.WorkbookRefused(nil) {
		add(p.WorkbookPath())
	}
	for _, m := range r.Input.Mappings {
		add(m.Path)
		add(m.FilePath())
	}
	return out
}

// CheckOverwrite refuses outputs that would replace a file the run reads
// (compute --ut data, where the programme reads data/tall.xlsx): the
// input would be lost. Paths are compared as files, links included.
func CheckOverwrite(outputs, reads []string) error {
	for _, o := range outputs {
		fo, err := os.Stat(o)
		if err != nil {
			continue // not there yet: nothing is replaced
		}
		for _, in := range reads {
			if fi, err := os.Stat(in); err == nil && os.SameFile(fo, fi) {
				return &Refusal{msg.CLIWouldOverwriteInput.F(o, filepath.Dir(o))}
			}
		}
	}
	return nil
}
