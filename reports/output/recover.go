package output

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Recover finishes or undoes what interrupted runs left in dir: a set
// whose journal is on disk is swapped in (or put back, if the run had
// begun undoing it), one without is thrown away, and their staging
// folders are removed. A staging folder a live run holds is
// left alone. Callers that read earlier outputs from dir call it first.
// A dir that does not exist, or is no folder, holds nothing to recover
// (writing there then says what is wrong).
func Recover(dir string) error {
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return err
	}
	defer unlock()
	return recoverLocked(dir, "")
}

// recoverLocked is Recover for a caller that holds dir's lock; the
// staging folder named self is the caller's own.
func recoverLocked(dir, self string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || !strings.HasPrefix(name, stagingPrefix) || name == self {
			continue
		}
		if err := finishStale(dir, name, entries); err != nil {
			return err
		}
	}
	return nil
}

// finishStale finishes the staging folder name unless a live run holds it.
func finishStale(dir, name string, entries []fs.DirEntry) error {
	unlock, err := tryLockDir(filepath.Join(dir, name))
	if err != nil || unlock == nil {
		return nil // held by a live run, or not ours to open
	}
	defer unlock()
	return finish(dir, name, entries)
}

// finish completes the swap of the staging folder name in dir if its
// journal is there, or the undoing of it if that was begun, and removes
// its staging folders.
func finish(dir, name string, entries []fs.DirEntry) error {
	root := filepath.Join(dir, name)
	journal, ok := readJournal(root)
	if ok {
		if _, err := os.Lstat(filepath.Join(root, undoName)); err == nil {
			if err := restore(dir, name, journal); err != nil {
				return err
			}
		} else if err := rollForward(dir, name, journal); err != nil {
			return err
		}
	}
	// the subfolders' staging folders first: the root's going ends the run;
	// without a journal they are found among the folders beside it
	for _, d := range targetDirs(dir, rels(journal))[1:] {
		os.RemoveAll(filepath.Join(d, name))
	}
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), stagingPrefix) {
			os.RemoveAll(filepath.Join(dir, e.Name(), name))
		}
	}
	return os.RemoveAll(root)
}

// rollForward renames the files of an interrupted swap still staged.
func rollForward(dir, name string, entries []entry) error {
	for i, e := range entries {
		to := filepath.Join(dir, filepath.FromSlash(e.rel))
		if e.gone() {
			if err := os.Remove(to); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return userPath(err, to)
			}
			hook("recovered-%d", i)
			continue
		}
		from := stagedPath(dir, name, e.rel)
		if _, err := os.Lstat(from); err != nil {
			continue // renamed before the interruption
		}
		if err := os.Rename(from, to); err != nil {
			return userPath(err, to)
		}
		hook("recovered-%d", i)
	}
	for _, d := range targetDirs(dir, rels(entries)) {
		if err := syncDir(d); err != nil {
			return userPath(err, d)
		}
	}
	return nil
}

// readJournal reads a staging folder's journal; ok is false when there is
// none (the set was never complete) or it is not one boso wrote.
func readJournal(root string) (entries []entry, ok bool) {
	f, err := os.Open(filepath.Join(root, journalName))
	if err != nil {
		return nil, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() || sc.Text() != journalHead {
		return nil, false
	}
	for sc.Scan() {
		line := sc.Text()
		if len(line) < 3 || line[1] != ' ' {
			return nil, false
		}
		e := entry{old: old(line[0]), rel: line[2:]}
		p := filepath.FromSlash(e.rel)
		if (e.old != oldNone && e.old != oldKept && e.old != oldLost && !e.gone()) || !filepath.IsLocal(p) || strings.HasPrefix(filepath.Base(p), ".") {
			return nil, false
		}
		entries = append(entries, e)
	}
	return entries, sc.Err() == nil
}

// removeLegacyTemps removes the temporary files earlier versions of boso
// wrote beside path («.rapport-….pdf.123456.tmp») and left behind when
// interrupted: only names of exactly that form.
func removeLegacyTemps(path string) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		n := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(n, prefix) || !strings.HasSuffix(n, ".tmp") {
			continue
		}
		digits := strings.TrimSuffix(strings.TrimPrefix(n, prefix), ".tmp")
		if digits != "" && strings.Trim(digits, "0123456789") == "" {
			os.Remove(filepath.Join(dir, n))
		}
	}
}
