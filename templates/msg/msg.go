// Package msg is the catalogue of every user-facing text in boso: CLI help,
// error messages, report text. Texts are Norwegian bokmål. Code refers to
// a text by its variable, so a missing text is a compile error; a second
// language adds a field to Text and a file beside nb_*.go.
package msg

import "fmt"

// Text is one user-facing text with fmt verbs for its arguments.
type Text struct{ nb string }

// F formats the text with its arguments.
func (t Text) F(args ...any) string {
	if len(args) == 0 {
		return t.nb
	}
	return fmt.Sprintf(t.nb, args...)
}

// String returns the text without arguments.
func (t Text) String() string { return t.nb }

func nb(s string) Text { return Text{nb: s} }
