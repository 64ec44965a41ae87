// Package files is where a run's inputs are opened: a file system (a
// programme's folder on disk, a submission folder, an upload held in
// memory) and the name its root has for the user.
//
// Paths stay as the user reads them in messages: a programme file named
// examples/program.yaml names its mapping examples/kilder/x.yaml and that
// mapping's export examples/data/x.csv. FS turns such a path into a name
// inside its file system and opens it there; a path that leaves the file
// system (absolute, or going up out of it with ..) is not there, unless the
// FS is a folder on disk whose caller allows reading outside it (the
// user's --tillat-stier-utenfor). On disk, a symbolic link out of the
// folder is not followed either (os.Root).
package files

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"syscall"
)

// FS opens input files by the paths the user reads in messages.
type FS struct {
	fsys fs.FS
	root string // the path of fsys's root as the user names it ("" or "." for none)
	// outside: the file system is a folder on disk, and paths outside it
	// are opened on disk too
	outside bool
	dir     string // the folder on disk fsys reads, or ""
}

// New is an FS reading fsys, whose root the user names root (for
// messages; "" when paths are the names in fsys as they are).
func New(fsys fs.FS, root string) FS {
	return FS{fsys: fsys, root: root}
}

// Dir is an FS reading the folder dir on disk. Paths that leave it are
// opened only when outside is true; symbolic links in it that lead out of
// it are followed only then.
func Dir(dir string, outside bool) FS {
	if outside {
		return FS{root: dir, outside: true}
	}
	r, err := os.OpenRoot(dir)
	if err != nil {
		// the folder cannot be opened: every path in it fails as the
		// folder does, with the OS's reason
		return FS{fsys: errFS{err}, root: dir}
	}
	return FS{fsys: r.FS(), root: dir, dir: dir}
}

// OS opens every path on disk, as it is written: for inputs the user names
// on the command line, and for tests.
var OS = FS{root: ".", outside: true}

// IsZero reports whether f is the zero FS (which opens paths on disk, as OS).
func (f FS) IsZero() bool { return f.fsys == nil && !f.outside && f.root == "" }

// Name returns the name of path inside the file system, and whether it is
// inside it.
func (f FS) Name(p string) (string, bool) {
	if p == "" {
		return "", false
	}
	if f.root != "" && f.root != "." {
		if filepath.IsAbs(p) != filepath.IsAbs(f.root) {
			return "", false
		}
		rel, err := filepath.Rel(f.root, p)
		if err != nil {
			return "", false
		}
		p = rel
	}
	name := path.Clean(filepath.ToSlash(p))
	if !fs.ValidPath(name) {
		return "", false
	}
	return name, true
}

// Open opens the regular file at path. A folder, a named pipe (FIFO), a
// device or a socket is refused before it is opened (opening a FIFO
// waits for a writer, forever): the error is a *fs.PathError whose Err is
// syscall.EISDIR for a folder, a *NotRegularError for the others.
func (f FS) Open(p string) (fs.File, error) {
	if err := f.Regular(p); err != nil {
		return nil, err
	}
	if f.onDisk() {
		return os.Open(p)
	}
	name, ok := f.Name(p)
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrNotExist}
	}
	file, err := f.fsys.Open(name)
	return file, rename(err, p)
}

// ReadFile reads the regular file at path; other kinds of file are
// refused as Open refuses them.
func (f FS) ReadFile(p string) ([]byte, error) {
	if err := f.Regular(p); err != nil {
		return nil, err
	}
	if f.onDisk() {
		return os.ReadFile(p)
	}
	name, ok := f.Name(p)
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrNotExist}
	}
	b, err := fs.ReadFile(f.fsys, name)
	return b, rename(err, p)
}

// Regular returns nil when path is a regular file (following symbolic
// links), else why not: the error Stat gives, a *fs.PathError with
// syscall.EISDIR for a folder, or one with a *NotRegularError.
func (f FS) Regular(p string) error {
	fi, err := f.Stat(p)
	if err != nil {
		return err
	}
	return regular(p, fi.Mode())
}

func regular(p string, m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return &fs.PathError{Op: "open", Path: p, Err: syscall.EISDIR}
	}
	return &fs.PathError{Op: "open", Path: p, Err: &NotRegularError{Mode: m.Type()}}
}

// NotRegularError is why a named pipe (FIFO), a device, a socket or
// another special file is not read as an input.
type NotRegularError struct {
	Mode fs.FileMode // the file's type bits (fs.ModeNamedPipe, ...)
}

func (e *NotRegularError) Error() string { return "not a regular file (" + e.Mode.String() + ")" }

// NotRegular returns the file's type bits; the message catalogue asks
// for this method, so it need not import this package.
func (e *NotRegularError) NotRegular() fs.FileMode { return e.Mode }

// Stat describes the file at path.
func (f FS) Stat(p string) (fs.FileInfo, error) {
	if f.onDisk() {
		return os.Stat(p)
	}
	name, ok := f.Name(p)
	if !ok {
		return nil, &fs.PathError{Op: "stat", Path: p, Err: fs.ErrNotExist}
	}
	fi, err := fs.Stat(f.fsys, name)
	return fi, rename(err, p)
}

// ReadDir lists the folder at path, sorted by name.
func (f FS) ReadDir(p string) ([]fs.DirEntry, error) {
	if f.onDisk() {
		return os.ReadDir(p)
	}
	name, ok := f.Name(p)
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: p, Err: fs.ErrNotExist}
	}
	es, err := fs.ReadDir(f.fsys, name)
	return es, rename(err, p)
}

// Glob returns the paths matching pattern, sorted, as the user writes
// them (the root joined to each name).
func (f FS) Glob(pattern string) ([]string, error) {
	if f.onDisk() {
		m, err := filepath.Glob(pattern)
		sort.Strings(m)
		return m, err
	}
	name, ok := f.Name(pattern)
	if !ok {
		return nil, nil
	}
	m, err := fs.Glob(f.fsys, name)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(m))
	for i, n := range m {
		out[i] = f.Path(n)
	}
	sort.Strings(out)
	return out, nil
}

// Path returns the path the user reads for a name inside the file system.
func (f FS) Path(name string) string {
	if f.root == "" || f.root == "." {
		return filepath.FromSlash(name)
	}
	return filepath.Join(f.root, filepath.FromSlash(name))
}

// OSPath returns the file on disk that path names, when the file system
// is a folder on disk and path is inside it (or outside is allowed); a
// reader that needs a file of its own (excelize reads one by its name)
// opens it there.
func (f FS) OSPath(p string) (string, bool) {
	if f.onDisk() {
		return p, true
	}
	if f.dir == "" {
		return "", false
	}
	name, ok := f.Name(p)
	if !ok {
		return "", false
	}
	// stat through the root first: a link out of the folder fails here
	// (not opened: opening a FIFO waits for a writer)
	if _, err := fs.Stat(f.fsys, name); err != nil {
		return "", false
	}
	return filepath.Join(f.dir, filepath.FromSlash(name)), true
}

func (f FS) onDisk() bool { return f.outside || f.IsZero() }

// rename puts the user's path into a PathError in place of the name
// inside the file system.
func rename(err error, p string) error {
	if pe, ok := err.(*fs.PathError); ok {
		return &fs.PathError{Op: pe.Op, Path: p, Err: pe.Err}
	}
	return err
}

// errFS fails every open with err.
type errFS struct{ err error }

func (e errFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPath(e.err)}
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// Same reports whether the paths a and b hold the same file: one file
// (a link, a hard link, another path to it) or two files with the same
// bytes (a copy). Two exports alike byte for byte are one export twice.
func (f FS) Same(a, b string) bool {
	fa, err1 := f.Stat(a)
	fb, err2 := f.Stat(b)
	if err1 != nil || err2 != nil || !fa.Mode().IsRegular() || !fb.Mode().IsRegular() {
		return false
	}
	if os.SameFile(fa, fb) {
		return true
	}
	if fa.Size() != fb.Size() || fa.Size() == 0 {
		return false
	}
	ra, err1 := f.Open(a)
	rb, err2 := f.Open(b)
	if err1 != nil || err2 != nil {
		if ra != nil {
			ra.Close()
		}
		if rb != nil {
			rb.Close()
		}
		return false
	}
	defer ra.Close()
	defer rb.Close()
	bufA, bufB := make([]byte, 64<<10), make([]byte, 64<<10)
	for {
		na, errA := io.ReadFull(ra, bufA)
		nb, errB := io.ReadFull(rb, bufB)
		if na != nb || !bytes.Equal(bufA[:na], bufB[:nb]) {
			return false
		}
		if errA != nil || errB != nil {
			return (errA == io.EOF || errA == io.ErrUnexpectedEOF) && (errB == io.EOF || errB == io.ErrUnexpectedEOF)
		}
	}
}
