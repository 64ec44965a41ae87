// Package pii finds Norwegian personal identification numbers
// (fødselsnummer, D-nummer, H-nummer: 11 digits with two mod-11 control
// digits) in text, however they are grouped, so that boso can warn about
// them in its inputs and keep them out of everything it writes.
package pii
