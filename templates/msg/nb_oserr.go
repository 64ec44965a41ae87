package msg

import (
	"archive/zip"
	"errors"
	"io/fs"
	"syscall"
)

// Why the operating system refused a file, without the path (the caller
// names the user's file; the OS error may name a temporary one).
var (
	OSNotExist    = nb("finnes ikke")
	OSPermission  = nb("ingen tilgang (sjekk rettighetene til filen og mappen)")
	OSNotDir      = nb("en del av stien er en fil, ikke en mappe")
	OSIsDir       = nb("er en mappe, ikke en fil")
	OSNoSpace     = nb("det er ikke mer plass på disken")
	OSReadOnly    = nb("filsystemet er skrivebeskyttet")
	OSExist       = nb("finnes allerede")
	OSBusy        = nb("er i bruk av et annet program (lukk den i Excel eller lignende og prøv igjen)")
	OSNameTooLong = nb("navnet er for langt")
	OSOther       = nb("operativsystemet svarte «%v»")
)

// OSReason says in Norwegian why a file operation failed.
func OSReason(err error) string {
	var errno syscall.Errno
	var special interface{ NotRegular() fs.FileMode }
	if errors.As(err, &special) {
		return notRegular(special.NotRegular())
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return OSNotExist.F()
	case errors.Is(err, fs.ErrPermission):
		return OSPermission.F()
	case errors.Is(err, fs.ErrExist):
		return OSExist.F()
	case errors.As(err, &errno):
		switch errno {
		case syscall.ENOTDIR:
			return OSNotDir.F()
		case syscall.EISDIR:
			return OSIsDir.F()
		case syscall.ENOSPC:
			return OSNoSpace.F()
		case syscall.EROFS:
			return OSReadOnly.F()
		case syscall.EBUSY, syscall.ETXTBSY:
			return OSBusy.F()
		case syscall.ENAMETOOLONG:
			return OSNameTooLong.F()
		}
		return OSOther.F(errno.Error())
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return OSOther.F(pe.Err)
	}
	return OSOther.F(err)
}

// XLSXNotZip says a file named as a workbook is not one.
var XLSXNotZip = nb("filen er ikke en .xlsx-fil; er den lagret som .xls, CSV eller noe annet? Lagre den som Excel-arbeidsbok (.xlsx)")

// XLSXReason says in Norwegian why a file could not be opened as a
// workbook: the operating system's reason, or that it is no .xlsx.
func XLSXReason(err error) string {
	var pe *fs.PathError
	if errors.Is(err, zip.ErrFormat) {
		return XLSXNotZip.F()
	}
	if errors.As(err, &pe) {
		return OSReason(err)
	}
	return err.Error()
}

// A special file where a file to read is expected (indicators/files
// refuses it before opening: opening a FIFO waits forever).
var (
	OSNamedPipe = nb("er et navngitt rør (FIFO), ikke en vanlig fil; boso leser bare vanlige filer")
	OSDevice    = nb("er en enhet, ikke en vanlig fil; boso leser bare vanlige filer")
	OSSocket    = nb("er en socket, ikke en vanlig fil; boso leser bare vanlige filer")
	OSSpecial   = nb("er ikke en vanlig fil; boso leser bare vanlige filer")
)

func notRegular(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return OSNamedPipe.F()
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return OSDevice.F()
	case m&fs.ModeSocket != 0:
		return OSSocket.F()
	}
	return OSSpecial.F()
}
