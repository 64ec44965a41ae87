// Package stdlib embeds boso's standard indicator library for Husbanken's
// housing-social programmes, usable by name from any programme.
package stdlib

import (
	"embed"
	"io/fs"
	"sort"

	"boso/indicators/definition"
)

//go:embed *.yaml
var files embed.FS

// Sources returns the library's definition files, named as users see them
// in messages ("standard:husbanken.yaml").
func Sources() []definition.Source {
	names, _ := fs.Glob(files, "*.yaml")
	sort.Strings(names)
	var out []definition.Source
	for _, n := range names {
		data, _ := files.ReadFile(n)
		out = append(out, definition.Source{Name: "standard:" + n, Data: data, Standard: true})
	}
	return out
}
