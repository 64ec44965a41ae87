// Package fonts holds the fonts the PDF renderer embeds: DejaVu Sans and
// DejaVu Sans Bold, copied from Debian's fonts-dejavu-core (licence in
// LICENSE-DejaVu.txt beside them). They cover æøå and the Northern Sami
// letters á č đ ŋ š ŧ ž, which the core PDF fonts cannot show.
package fonts

import _ "embed"

// DejaVuSans is the TrueType file of DejaVu Sans (regular).
//
//go:embed DejaVuSans.ttf
var DejaVuSans []byte

// DejaVuSansBold is the TrueType file of DejaVu Sans Bold.
//
//go:embed DejaVuSans-Bold.ttf
var DejaVuSansBold []byte
