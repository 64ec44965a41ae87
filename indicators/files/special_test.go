//go:build unix

package files

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A named pipe, a device and a folder where a file is expected are
// refused before they are opened, in every kind of FS: opening a FIFO
// would wait for a writer forever.
func TestSpecialFilesRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "eksport.csv")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		skipOrFail(t, "mkfifo:", err)
	}
	if err := os.Mkdir(filepath.Join(dir, "mappe"), 0o755); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, c := range []struct {
			fsys FS
			path string
			mode fs.FileMode // 0 for a folder
		}{
			{Dir(dir, false), fifo, fs.ModeNamedPipe},
			{Dir(dir, true), fifo, fs.ModeNamedPipe},
			{OS, fifo, fs.ModeNamedPipe},
			{Dir(dir, false), filepath.Join(dir, "mappe"), 0},
			{OS, filepath.Join(dir, "mappe"), 0},
			{OS, "/dev/null", fs.ModeDevice | fs.ModeCharDevice},
		} {
			check := func(op string, err error) {
				t.Helper()
				var pe *fs.PathError
				var nr *NotRegularError
				switch {
				case !errors.As(err, &pe) || pe.Path != c.path:
					t.Errorf("%s(%q): %v, want a PathError naming the path", op, c.path, err)
				case c.mode == 0 && !errors.Is(err, syscall.EISDIR):
					t.Errorf("%s(%q): %v, want EISDIR", op, c.path, err)
				case c.mode != 0 && (!errors.As(err, &nr) || nr.Mode != c.mode):
					t.Errorf("%s(%q): %v, want NotRegularError %v", op, c.path, err, c.mode)
				}
			}
			f, err := c.fsys.Open(c.path)
			if err == nil {
				f.Close()
			}
			check("Open", err)
			_, err = c.fsys.ReadFile(c.path)
			check("ReadFile", err)
			check("Regular", c.fsys.Regular(c.path))
			// OSPath does not open the file either (a reader opens it
			// after asking Regular)
			c.fsys.OSPath(c.path)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("opening a FIFO blocked")
	}
}
