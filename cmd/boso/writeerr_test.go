package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Messages about files that cannot be written name the user's file or
// folder in Norwegian, never boso's temporary file. (Permissions cannot
// be tried for real when the tests run as root, so the errors the
// operating system gives are made here.)
func TestWriteFailureNamesTheUsersFile(t *testing.T) {
	dir := t.TempDir()
	ut := filepath.Join(dir, "ut")
	csv, xlsx := filepath.Join(ut, "tall.csv"), filepath.Join(ut, "tall.xlsx")
	os.MkdirAll(filepath.Join(ut, "mappe.csv"), 0o755)
	os.WriteFile(filepath.Join(dir, "fil"), nil, 0o644)
	files := []string{csv, xlsx, filepath.Join(ut, "mappe.csv")}
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "open", Path: filepath.Join(ut, ".tall.csv.763088973.tmp"), Err: syscall.EACCES},
			"kan ikke skrive " + csv + ": ingen tilgang (sjekk rettighetene til filen og mappen)"},
		{fmt.Errorf("%s: %w", xlsx, &fs.PathError{Op: "write", Path: filepath.Join(ut, ".tall.xlsx.1.tmp"), Err: syscall.ENOSPC}),
			"kan ikke skrive " + xlsx + ": det er ikke mer plass på disken"},
		{&fs.PathError{Op: "mkdir", Path: ut, Err: syscall.EROFS},
			"kan ikke lage mappen " + ut + ": filsystemet er skrivebeskyttet"},
		{&os.LinkError{Op: "rename", Old: filepath.Join(ut, ".mappe.csv.2.tmp"), New: filepath.Join(ut, "mappe.csv"), Err: syscall.EEXIST},
			"kan ikke skrive " + filepath.Join(ut, "mappe.csv") + ": er en mappe, ikke en fil"},
		{&fs.PathError{Op: "open", Path: filepath.Join(ut, ".boso-stage-9", "x"), Err: syscall.EACCES},
			"kan ikke skrive i mappen " + ut + ": ingen tilgang (sjekk rettighetene til filen og mappen)"},
		{&fs.PathError{Op: "mkdir", Path: filepath.Join(dir, "fil", "ut"), Err: syscall.ENOTDIR},
			"kan ikke lage mappen " + filepath.Join(dir, "fil", "ut") + ": " + filepath.Join(dir, "fil") + " er en fil, ikke en mappe (velg en annen mappe med --ut)"},
		{errors.New("noe annet"), "kan ikke skrive " + csv + ": operativsystemet svarte «noe annet»"},
	} {
		files := files
		if pe, ok := tc.err.(*fs.PathError); ok && pe.Err == syscall.ENOTDIR {
			files = []string{filepath.Join(dir, "fil", "ut", "tall.csv")}
		}
		if got := writeFailure(tc.err, files); got != tc.want {
			t.Errorf("%v:\ngot  %s\nwant %s", tc.err, got, tc.want)
		}
	}
}
