package table

import (
	"bytes"

	"golang.org/x/text/transform"
)

// loneCR turns a carriage return that no line feed follows into a line
// feed. encoding/csv ends lines at LF (and drops a CR before it), so a file
// with CR alone as its line end (Excel for Mac's «CSV (Macintosh)», old
// exporters) read as one header line holding every row, and a file mixing
// line ends joined lines in pairs.
type loneCR struct{}

func (loneCR) Reset() {}

func (loneCR) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		i := bytes.IndexByte(src[nSrc:], '\r')
		if i < 0 {
			i = len(src) - nSrc
		}
		m := copy(dst[nDst:], src[nSrc:nSrc+i])
		nDst += m
		nSrc += m
		if m < i {
			return nDst, nSrc, transform.ErrShortDst
		}
		if nSrc == len(src) {
			break
		}
		// src[nSrc] is a CR: what follows decides
		if nSrc+1 == len(src) && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if nDst == len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		if nSrc+1 < len(src) && src[nSrc+1] == '\n' {
			dst[nDst] = '\r'
		} else {
			dst[nDst] = '\n'
		}
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}
