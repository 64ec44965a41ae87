package parse

import "testing"

func TestStripControls(t *testing.T) {
	for in, want := range map[string]string{
		"Innvilget":                   "Innvilget",
		"Innvilget\x00":               "Innvilget",
		"\x1b[31mRØD\x1b[0m":          "[31mRØD[0m",
		"a\tb\nc\r\nd":                "a\tb\nc\r\nd",
		"bjelle\x07\x08\x08\x7fslutt": "bjelleslutt",
		"":                            "",
	} {
		if got := StripControls(in); got != want {
			t.Errorf("StripControls(%q) = %q, want %q", in, got, want)
		}
	}
}
