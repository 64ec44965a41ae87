package tabletest

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io"
	"testing"
)

// The hand-made deflate stream unpacks to what it claims.
func TestXLSXBomb(t *testing.T) {
	var buf bytes.Buffer
	if err := XLSXBomb(&buf, 10<<20); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name != "xl/sharedStrings.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		n, err := io.Copy(io.Discard, rc) // checks length and CRC-32
		if err != nil || n < 10<<20 || uint64(n) != f.UncompressedSize64 {
			t.Fatalf("unpacked %d bytes (declared %d): %v", n, f.UncompressedSize64, err)
		}
		return
	}
	t.Fatal("no shared strings")
}

func TestCRCRepeat(t *testing.T) {
	for _, n := range []int64{1, 2, 3, 258, 1000, 4097} {
		if got, want := crcRepeat('x', n), crc32.ChecksumIEEE(bytes.Repeat([]byte("x"), int(n))); got != want {
			t.Errorf("%d: %08x, want %08x", n, got, want)
		}
	}
}
