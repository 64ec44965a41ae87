package output

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
)

// stagingPrefix starts the name of every staging folder; nothing but boso
// makes a folder so named, so a stale one is safe to remove.
const stagingPrefix = ".boso-staging-"

// journalName is the journal in the root staging folder: the set's paths
// relative to the output folder, one a line after what each replaces
// (type old), in the order they are renamed. Its presence means the whole
// set is on disk and the swap has begun.
const journalName = ".journal"

// undoName marks a swap being undone: a rename failed, and the files
// already swapped in are going back to the ones they replaced.
const undoName = ".undo"

const journalHead = "boso staging journal 1"

// WriteAll renders every file into a staging folder inside dir and, when
// all succeeded and are on disk, renames them to their paths in a fixed
// order. Every path must lie inside dir (subfolders such as dir/publisert
// get a staging folder of their own, so each rename stays in its folder).
// A failed rendering leaves the previous set whole and nothing behind, and
// so does a rename that fails (the renames before it are undone from the
// replaced files, kept as hard links until the swap is over); a process
// killed during the renames leaves a journal from which the next WriteAll
// or Recover on dir finishes the swap (or the undoing). It returns the paths
// that replaced existing files. Errors name the user's paths, never a
// staging name.
func WriteAll(dir string, files []File) (replaced []string, err error) {
	if len(files) == 0 {
		return nil, nil
	}
	rels, err := relPaths(dir, files)
	if err != nil {
		return nil, err
	}
	created, err := mkdirAll(dir)
	if err != nil {
		return nil, err
	}
	s, err := newStaging(dir, rels)
	if err != nil {
		removeEmpty(created)
		return nil, userPath(err, files[0].Path)
	}
	defer s.close()
	done := false
	defer func() {
		// also when a renderer panics: nothing of a set never complete stays
		if !done && !s.committed {
			s.remove()
			removeEmpty(s.created)
			removeEmpty(created)
		}
	}()
	if err := s.stageAll(files, rels); err != nil {
		return nil, err
	}
	for _, d := range s.dirs() {
		if err := syncDir(d); err != nil {
			return nil, userPath(err, files[0].Path)
		}
	}

	unlock, err := lockDir(dir)
	if err != nil {
		return nil, userPath(err, files[0].Path)
	}
	defer unlock()
	// an older interrupted set is finished first, so that this one lands on top
	if err := recoverLocked(dir, s.name); err != nil {
		return nil, err
	}
	var entries []entry
	var paths []string
	for i, f := range files {
		e := entry{rel: rels[i], old: oldNone}
		fi, err := os.Lstat(f.Path)
		if errors.Is(err, fs.ErrNotExist) {
			if f.Fill != nil {
				entries, paths = append(entries, e), append(paths, f.Path)
			}
			continue // a file to remove that is not there is no part of the swap
		}
		if err != nil {
			return nil, err
		}
		if fi.IsDir() {
			return nil, &fs.PathError{Op: "open", Path: f.Path, Err: syscall.EISDIR}
		}
		replaced = append(replaced, f.Path)
		// kept until the swap is over, so that a rename that fails can be undone
		kept := oldKept
		e.old = oldLost
		if f.Fill == nil {
			e.old, kept = goneLost, goneKept
		}
		if os.Link(f.Path, backupPath(dir, s.name, rels[i])) == nil {
			e.old = kept
		}
		entries, paths = append(entries, e), append(paths, f.Path)
	}
	if err := s.commit(entries); err != nil {
		return nil, userPath(err, files[0].Path)
	}
	hook("committed")
	for i, e := range entries {
		var err error
		if e.gone() {
			if err = os.Remove(paths[i]); errors.Is(err, fs.ErrNotExist) {
				err = nil
			}
		} else {
			err = os.Rename(s.staged(e.rel), paths[i])
		}
		if err != nil {
			return nil, s.undo(i, entries, userPath(err, paths[i]))
		}
		hook("renamed-%d", i)
	}
	syncs := targetDirs(dir, rels)
	if len(created) > 0 {
		// the output folder is new: its name is on disk once its parent is synced
		syncs = append(syncs, filepath.Dir(created[len(created)-1]))
	}
	for _, d := range syncs {
		if err := syncDir(d); err != nil {
			return nil, userPath(err, d)
		}
	}
	hook("synced")
	s.remove()
	done = true
	for i := range files {
		removeLegacyTemps(files[i].Path)
	}
	return replaced, nil
}

// relPaths returns each file's path relative to dir, slash-separated;
// a path outside dir, or one given twice, is a bug in the caller.
func relPaths(dir string, files []File) ([]string, error) {
	seen := map[string]bool{}
	rels := make([]string, len(files))
	for i, f := range files {
		rel, err := filepath.Rel(dir, f.Path)
		// a name starting with a dot could be taken for the staging's own
		if err != nil || !filepath.IsLocal(rel) || strings.HasPrefix(filepath.Base(rel), ".") {
			return nil, fmt.Errorf("output: %s is not a file inside %s", f.Path, dir)
		}
		rel = filepath.ToSlash(rel)
		if seen[rel] {
			return nil, fmt.Errorf("output: %s given twice", f.Path)
		}
		seen[rel] = true
		rels[i] = rel
	}
	return rels, nil
}

// targetDirs are the folders the set's files land in, dir first.
func targetDirs(dir string, rels []string) []string {
	out := []string{dir}
	seen := map[string]bool{".": true}
	for _, rel := range rels {
		d := filepath.Dir(filepath.FromSlash(rel))
		if !seen[d] {
			seen[d] = true
			out = append(out, filepath.Join(dir, d))
		}
	}
	return out
}

// mkdirAll makes dir and returns the folders it created, deepest first,
// so that a failed write can take them away again.
func mkdirAll(dir string) ([]string, error) {
	var created []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil || filepath.Dir(d) == d {
			break
		}
		created = append(created, d)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return created, nil
}

// removeEmpty removes the folders given, in order, as long as they are empty.
func removeEmpty(dirs []string) {
	for _, d := range dirs {
		if os.Remove(d) != nil {
			return
		}
	}
}

// staging is one run's staging folders: root in the output folder, and
// one of the same name in each subfolder a file of the set goes to.
type staging struct {
	out       string // the output folder
	name      string // the staging folders' name
	sub       []string
	created   []string // the subfolders made for the set, deepest first
	unlock    func()
	committed bool
}

// newStaging makes the staging folders and holds the root one locked
// while the run lives, so that no other run takes it for a stale one.
func newStaging(out string, rels []string) (*staging, error) {
	unlock, err := lockDir(out)
	if err != nil {
		return nil, err
	}
	defer unlock()
	root, err := os.MkdirTemp(out, stagingPrefix+fmt.Sprintf("%d-", os.Getpid()))
	if err != nil {
		return nil, err
	}
	s := &staging{out: out, name: filepath.Base(root), unlock: func() {}}
	if s.unlock, err = tryLockDir(root); err != nil || s.unlock == nil {
		os.Remove(root)
		if err == nil {
			err = &fs.PathError{Op: "lock", Path: root, Err: syscall.EAGAIN}
		}
		return nil, err
	}
	seen := map[string]bool{}
	for _, rel := range rels {
		d := filepath.Dir(filepath.FromSlash(rel))
		if d == "." || seen[d] {
			continue
		}
		seen[d] = true
		made, err := mkdirAll(filepath.Join(out, d))
		s.created = append(made, s.created...)
		if err != nil {
			s.remove()
			removeEmpty(s.created)
			s.unlock()
			return nil, err
		}
		if err := os.Mkdir(filepath.Join(out, d, s.name), 0o755); err != nil {
			s.remove()
			removeEmpty(s.created)
			s.unlock()
			return nil, err
		}
		s.sub = append(s.sub, d)
	}
	sort.Strings(s.sub)
	return s, nil
}

// staged is where the file for rel is staged: in the staging folder of
// the folder it goes to.
func (s *staging) staged(rel string) string {
	return stagedPath(s.out, s.name, rel)
}

func stagedPath(out, name, rel string) string {
	p := filepath.FromSlash(rel)
	return filepath.Join(out, filepath.Dir(p), name, filepath.Base(p))
}

// dirs are the staging folders, subfolders' first and the root last.
func (s *staging) dirs() []string {
	var out []string
	for _, d := range s.sub {
		out = append(out, filepath.Join(s.out, d, s.name))
	}
	return append(out, filepath.Join(s.out, s.name))
}

// stageAll stages every file of the set, rendering them on every core.
// Files are taken in order and their outcomes seen in order, so the error
// returned is the first file's that failed, as one by one; the hook
// "staged-N" is called in order too. A renderer's panic is raised again
// here, once the other renderers have stopped.
func (s *staging) stageAll(files []File, rels []string) error {
	type outcome struct {
		err      error
		panicked any
		done     chan struct{}
	}
	outs := make([]outcome, len(files))
	for i := range outs {
		outs[i].done = make(chan struct{})
	}
	next := make(chan int)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				func() {
					defer close(outs[i].done)
					defer func() {
						if v := recover(); v != nil {
							outs[i].panicked = v
						}
					}()
					if files[i].Fill != nil { // nil: removed in the swap
						outs[i].err = s.stage(rels[i], files[i].Fill)
					}
				}()
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range files {
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	// however this returns (a hook's panic too), no renderer is still
	// writing into the staging when the caller cleans it up
	defer func() { close(stop); wg.Wait() }()
	for i := range files {
		<-outs[i].done
		if v := outs[i].panicked; v != nil {
			panic(v)
		}
		if err := outs[i].err; err != nil {
			return userPath(err, files[i].Path)
		}
		hook("staged-%d", i)
	}
	return nil
}

// stage writes fill's bytes to rel's staged file and syncs it.
func (s *staging) stage(rel string, fill func(w io.Writer) error) (err error) {
	f, err := os.OpenFile(s.staged(rel), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriter(f)
	if err := fill(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Sync()
}

// commit writes the journal, syncs it and its folder: from here on the
// set is to be swapped in, by this run or the next.
func (s *staging) commit(entries []entry) error {
	root := filepath.Join(s.out, s.name)
	tmp := filepath.Join(root, journalName+".new")
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintln(bw, journalHead)
	for _, e := range entries {
		fmt.Fprintf(bw, "%c %s\n", e.old, e.rel)
	}
	err = bw.Flush()
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(root, journalName))
	}
	if err == nil {
		err = syncDir(root)
	}
	if err != nil {
		return err
	}
	s.committed = true
	return nil
}

// remove removes the staging folders, the root last, whose absence (with
// its journal) says the run is over.
func (s *staging) remove() {
	for _, d := range s.dirs() {
		os.RemoveAll(d)
	}
}

func (s *staging) close() { s.unlock() }

// userPath puts the user's path in place of a staging name in err.
func userPath(err error, path string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && strings.Contains(pe.Path, stagingPrefix) {
		return &fs.PathError{Op: pe.Op, Path: path, Err: pe.Err}
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return &fs.PathError{Op: le.Op, Path: path, Err: le.Err}
	}
	if errors.As(err, &pe) && pe.Path == path {
		return err
	}
	return fmt.Errorf("%s: %w", path, err)
}
