package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// old says what a file of the set replaces; it is written in the journal.
type old byte

const (
	oldNone old = 'n' // nothing: the file is new
	oldKept old = 'k' // a file kept as a hard link in the staging folder until the swap is over
	oldLost old = 'x' // a file that could not be kept (the file system has no hard links)

	// the set removes the file; it is kept as a hard link until the swap
	// is over, or could not be kept
	goneKept old = 'r'
	goneLost old = 'R'
)

// gone reports whether the entry removes its file rather than writing one.
func (e entry) gone() bool { return e.old == goneKept || e.old == goneLost }

// lost reports whether what the entry replaces or removes could not be kept.
func (e entry) lost() bool { return e.old == oldLost || e.old == goneLost }

// entry is one file of the set in the journal.
type entry struct {
	rel string
	old old
}

// backupPath is where the file rel replaces is kept during the swap.
func backupPath(out, name, rel string) string {
	p := filepath.FromSlash(rel)
	return filepath.Join(out, filepath.Dir(p), name, ".old-"+filepath.Base(p))
}

// undo puts back the files the first n renames replaced, after the
// rename of file n failed with cause, so that the folder holds the old set
// again; the undoing is marked first, so that a kill during it is
// finished by the next run. When a replaced file could not be kept, the
// journal stays instead and the next run finishes the swap. It returns
// cause.
func (s *staging) undo(n int, entries []entry, cause error) error {
	for _, e := range entries[:n] {
		if e.lost() {
			return cause
		}
	}
	root := filepath.Join(s.out, s.name)
	f, err := os.OpenFile(filepath.Join(root, undoName), os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return cause
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil || syncDir(root) != nil {
		return cause
	}
	hook("undoing")
	if restore(s.out, s.name, entries) != nil {
		return cause
	}
	s.remove()
	return cause
}

// restore puts back what each file swapped in replaced: the kept file,
// or nothing where the file was new. A file still in the staging folder
// was never swapped in; one whose kept file is gone was put back already.
func restore(out, name string, entries []entry) error {
	for i, e := range entries {
		if _, err := os.Lstat(stagedPath(out, name, e.rel)); err == nil && !e.gone() {
			continue
		}
		target := filepath.Join(out, filepath.FromSlash(e.rel))
		switch e.old {
		case oldKept, goneKept:
			backup := backupPath(out, name, e.rel)
			if _, err := os.Lstat(backup); err != nil {
				continue
			}
			if err := os.Rename(backup, target); err != nil {
				return userPath(err, target)
			}
		case oldNone:
			if err := os.Remove(target); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return userPath(err, target)
			}
		default:
			continue
		}
		hook("undone-%d", i)
	}
	for _, d := range targetDirs(out, rels(entries)) {
		if err := syncDir(d); err != nil {
			return userPath(err, d)
		}
	}
	return nil
}

func rels(entries []entry) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.rel
	}
	return out
}
