// Package tabletest makes hostile files for tests of the readers: they are
// generated when a test runs, not kept in the repository.
package tabletest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// XLSXBomb writes to w an .xlsx workbook whose shared strings part unpacks
// to at least size bytes (one long text) while the file stays about
// 1/150 of that: a zip bomb.
// Its one sheet, Ark1, has a header row Kommunenr, Antall and one data row.
func XLSXBomb(w io.Writer, size int64) error {
	head := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Kommunenr</t></si><si><t>Antall</t></si><si><t>0301</t></si><si><t>`
	tail := "</t></si></sst>"
	runs := (size - int64(len(head)+len(tail)) + 257) / 258
	data, crc, n := deflateRun(head, 'x', runs, tail)
	err := withStrings(w, func(zw *zip.Writer) error {
		sst, err := zw.CreateRaw(&zip.FileHeader{
			Name:               "xl/sharedStrings.xml",
			Method:             zip.Deflate,
			CRC32:              crc,
			CompressedSize64:   uint64(len(data)),
			UncompressedSize64: uint64(n),
		})
		if err != nil {
			return err
		}
		_, err = sst.Write(data)
		return err
	})
	if err != nil {
		return fmt.Errorf("xlsx bomb: %w", err)
	}
	return nil
}

// XLSXManyStrings writes to w an .xlsx workbook like XLSXBomb's whose
// shared strings are n one-letter texts that no cell uses.
func XLSXManyStrings(w io.Writer, n int) error {
	head := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Kommunenr</t></si><si><t>Antall</t></si><si><t>0301</t></si>`
	return withStrings(w, func(zw *zip.Writer) error {
		part, err := zw.Create("xl/sharedStrings.xml")
		if err != nil {
			return err
		}
		_, err = io.WriteString(part, head+strings.Repeat("<si><t>a</t></si>", n)+"</sst>")
		return err
	})
}

// withStrings writes a small workbook (sheet Ark1: a header row
// Kommunenr, Antall and one data row) whose shared strings part sst
// writes.
func withStrings(w io.Writer, sst func(*zip.Writer) error) error {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Ark1")
	for i, v := range []any{"Kommunenr", "Antall", "0301", 1} {
		cell, _ := excelize.CoordinatesToCellName(i%2+1, i/2+1)
		if err := f.SetCellValue("Ark1", cell, v); err != nil {
			return err
		}
	}
	var small bytes.Buffer
	if err := f.Write(&small); err != nil {
		return err
	}
	src, err := zip.NewReader(bytes.NewReader(small.Bytes()), int64(small.Len()))
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	for _, e := range src.File {
		if e.Name == "xl/sharedStrings.xml" {
			continue
		}
		if err := zw.Copy(e); err != nil {
			return err
		}
	}
	if err := sst(zw); err != nil {
		return err
	}
	return zw.Close()
}

// deflateRun writes by hand the deflate stream of head, then c repeated
// 1+258*runs times, then tail: a stored block, a block of fixed Huffman
// codes (one literal, then runs copies of 258 bytes from distance 1),
// and a final stored block. Compressing that much with compress/flate
// takes seconds; this takes milliseconds. It returns the stream, the
// CRC-32 of what it unpacks to and that length.
func deflateRun(head string, c byte, runs int64, tail string) ([]byte, uint32, int64) {
	var b bitWriter
	b.stored(head, false)
	b.bits(0, 1) // BFINAL
	b.bits(1, 2) // BTYPE fixed Huffman
	b.code(0x30+uint32(c), 8)
	for range runs {
		b.code(0xC0+285-280, 8) // length 258
		b.code(0, 5)            // distance 1
	}
	b.code(0, 7) // end of block
	b.stored(tail, true)

	n := int64(len(head)) + 1 + 258*runs + int64(len(tail))
	crc := crc32.ChecksumIEEE([]byte(head))
	crc = crc32Combine(crc, crcRepeat(c, 1+258*runs), 1+258*runs)
	crc = crc32Combine(crc, crc32.ChecksumIEEE([]byte(tail)), int64(len(tail)))
	return b.out, crc, n
}

// crcRepeat is the CRC-32 of n bytes c, by doubling: a gigabyte in
// microseconds instead of a second.
func crcRepeat(c byte, n int64) uint32 {
	one := crc32.ChecksumIEEE([]byte{c})
	var crc uint32
	block, blen := one, int64(1) // the CRC-32 of blen bytes c
	for m := n; m > 0; m >>= 1 {
		if m&1 == 1 {
			crc = crc32Combine(crc, block, blen)
		}
		block = crc32Combine(block, block, blen)
		blen *= 2
	}
	return crc
}

// crc32Combine is zlib's crc32_combine: the CRC-32 of A followed by B
// from the CRC-32s of each and the length of B.
func crc32Combine(crcA, crcB uint32, lenB int64) uint32 {
	if lenB <= 0 {
		return crcA
	}
	var even, odd [32]uint32
	odd[0] = 0xedb88320 // the reversed polynomial
	row := uint32(1)
	for i := 1; i < 32; i++ {
		odd[i] = row
		row <<= 1
	}
	square(even[:], odd[:]) // two zero bits
	square(odd[:], even[:]) // four zero bits
	for {
		square(even[:], odd[:])
		if lenB&1 == 1 {
			crcA = times(even[:], crcA)
		}
		lenB >>= 1
		if lenB == 0 {
			break
		}
		square(odd[:], even[:])
		if lenB&1 == 1 {
			crcA = times(odd[:], crcA)
		}
		lenB >>= 1
		if lenB == 0 {
			break
		}
	}
	return crcA ^ crcB
}

func times(mat []uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 == 1 {
			sum ^= mat[i]
		}
	}
	return sum
}

func square(dst, mat []uint32) {
	for i := range 32 {
		dst[i] = times(mat, mat[i])
	}
}

// bitWriter writes a deflate bit stream: fields least significant bit
// first, Huffman codes most significant bit first.
type bitWriter struct {
	out   []byte
	acc   uint64
	nbits uint
}

func (b *bitWriter) bits(v uint32, n uint) {
	b.acc |= uint64(v) << b.nbits
	b.nbits += n
	for b.nbits >= 8 {
		b.out = append(b.out, byte(b.acc))
		b.acc >>= 8
		b.nbits -= 8
	}
}

func (b *bitWriter) code(c uint32, n uint) {
	var r uint32
	for i := uint(0); i < n; i++ {
		r = r<<1 | (c>>i)&1
	}
	b.bits(r, n)
}

// stored writes s as a stored block, after aligning to a byte.
func (b *bitWriter) stored(s string, final bool) {
	f := uint32(0)
	if final {
		f = 1
	}
	b.bits(f, 1)
	b.bits(0, 2)
	if b.nbits > 0 {
		b.bits(0, 8-b.nbits)
	}
	n := uint16(len(s))
	b.out = append(b.out, byte(n), byte(n>>8), byte(^n), byte(^n>>8))
	b.out = append(b.out, s...)
}

// BombFile writes a zip bomb (XLSXBomb) to path for a test.
func BombFile(tb testing.TB, path string, size int64) {
	tb.Helper()
	fh, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := XLSXBomb(fh, size); err != nil {
		tb.Fatal(err)
	}
	if err := fh.Close(); err != nil {
		tb.Fatal(err)
	}
}
