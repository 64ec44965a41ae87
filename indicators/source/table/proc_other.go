//go:build !unix

package table

// processGone cannot tell here; a killed run's folder is left for the
// system's cleaning of its temporary folder.
func processGone(string) bool { return false }
