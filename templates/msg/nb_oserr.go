package msg

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"io"
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
		case syscall.ELOOP:
			return OSLinkLoop.F()
		}
		return OSOther.F(errno.Error())
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if pe.Err.Error() == rootEscape {
			return OSLinkOut.F()
		}
		return OSOther.F(pe.Err)
	}
	return OSOther.F(err)
}

// rootEscape is the text of the error os.Root gives for a path (a
// symbolic link) leading out of its folder; os does not export it.
const rootEscape = "path escapes from parent"

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

// Why reading a file's content failed, for errors of the Go libraries
// that are in English: broken XML in a workbook part, a file cut short,
// a damaged archive.
var (
	ReadBrokenXML = nb("innholdet i arbeidsboken er ødelagt (feil i XML-en inne i filen); filen er skadet eller ikke lagret helt. Åpne den i Excel eller LibreOffice og lagre den på nytt")
	ReadCutShort  = nb("filen slutter midt i innholdet; den er skadet eller ikke kopiert helt")
	ReadDamaged   = nb("filen er skadet (en del av den stemmer ikke med sin kontrollsum)")
)

// ReadReason says in Norwegian why reading a file's content failed: the
// operating system's reason, broken XML, a file cut short; else the
// error as it is.
func ReadReason(err error) string {
	var se *xml.SyntaxError
	var pe *fs.PathError
	switch {
	case errors.As(err, &se):
		return ReadBrokenXML.F()
	case errors.Is(err, io.ErrUnexpectedEOF):
		return ReadCutShort.F()
	case errors.Is(err, zip.ErrChecksum):
		return ReadDamaged.F()
	case errors.Is(err, zip.ErrFormat):
		return XLSXNotZip.F()
	case errors.As(err, &pe):
		return OSReason(err)
	}
	return err.Error()
}

// Symbolic links boso does not follow: one leading out of the folder it
// reads (os.Root), and links that lead round in a ring.
var (
	OSLinkOut  = nb("er en symbolsk lenke (eller går gjennom en) som fører ut av mappen boso leser fra; boso følger ikke slike lenker: kopier filen inn i mappen")
	OSLinkLoop = nb("er en symbolsk lenke i ring: lenkene fører ikke til noen fil")
)
