package ssb

import (
	"bytes"
	"io"
)

// Read reads a table saved as JSON-stat 2.0 or as CSV, told apart by the
// first character: «{» (or «[») is JSON.
func Read(r io.Reader, name string) (*Table, error) {
	b, err := readAll(r, name)
	if err != nil {
		return nil, err
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return readJSONStat(b, name)
	}
	return readCSV(b, name)
}
