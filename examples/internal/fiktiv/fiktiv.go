// Package fiktiv makes the invented exports of boso's shipped example: the
// registers of a fictional housing-social programme in Hamar kommune
// 2016–2025, in the shapes real municipal systems give them. The same bytes
// come out on every run (fixed seeds, no clock, nothing ordered by a map).
package fiktiv

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// File is one generated export.
type File struct {
	Name string
	Data []byte
}

// Files returns every export, in a fixed order.
func Files() ([]File, error) {
	kb := kommunalBolig()
	makers := []struct {
		name string
		make func() ([]byte, error)
	}{
		{"boligsituasjon.csv", boligsituasjon},
		{"midlertidig_botilbud.xlsx", midlertidig},
		{"utkastelser_namsfogden.csv", utkastelser},
		{"startlan.csv", startlan},
		{"kommunal_bolig.txt", func() ([]byte, error) { return kb.export() }},
		{"boligkontoret.xlsx", func() ([]byte, error) { return boligkontoret(kb.tildelt) }},
		{"innbyggere.csv", innbyggere},
	}
	var out []File
	for _, m := range makers {
		data, err := m.make()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.name, err)
		}
		out = append(out, File{Name: m.name, Data: data})
	}
	return out, nil
}

// Write writes every export into dir, each atomically (a temporary file in
// the same folder, then a rename).
func Write(dir string) error {
	files, err := Files()
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := writeAtomic(filepath.Join(dir, f.Name), f.Data); err != nil {
			return err
		}
	}
	return nil
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".fiktiv-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// day is a calendar date as days since 1970-01-01.
type day int

// none marks an empty date (an episode still going on).
const none day = -1 << 30

func mkday(y, m, d int) day {
	return day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }
func (d day) year() int       { return d.time().Year() }
func (d day) dmy() string     { return d.time().Format("02.01.2006") }
func (d day) iso() string     { return d.time().Format("2006-01-02") }

// serial is the Excel serial day number (1900 system) of d.
func (d day) serial() int { return int(d) + 25569 }

// The dates every export shares.
var (
	// programStart is the first day of the programme period; the exports
	// cover it.
	programStart = mkday(2016, 1, 1)
	// reform is when Hamar's number changed from 0403 to 3403.
	reform = mkday(2020, 1, 1)
	// exported is the day every export was taken.
	exported = mkday(2025, 8, 15)
)

// beforeReform reports whether a row dated d carries the old kommunenummer.
func beforeReform(d day) bool { return d < reform }

// clip returns the end of an episode as the export shows it: empty when the
// episode had not ended on the export day.
func clip(end day) day {
	if end > exported {
		return none
	}
	return end
}
