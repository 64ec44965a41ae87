// Package fiktiv makes the invented exports and filled workbooks of boso's
// shipped examples: the registers of a fictional housing-social programme
// in Hamar kommune 2016–2025, in the shapes real municipal systems give
// them, taken out in August 2025 (the half-year report) and again in
// January 2026 (the annual report). Both exports are cut from one history,
// so the later holds every row of the earlier. The same bytes come out on
// every run (fixed seeds, no clock, nothing ordered by a map).
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

// Files returns every export the example ex ships, in a fixed order.
func Files(ex *Example) ([]File, error) {
	x := ex.export
	kb := kommunalBolig(x)
	makers := []struct {
		name string
		make func() ([]byte, error)
	}{
		{"boligsituasjon.csv", func() ([]byte, error) { return boligsituasjon(x) }},
		{"midlertidig_botilbud.xlsx", func() ([]byte, error) { return midlertidig(x) }},
		{"utkastelser_namsfogden.csv", func() ([]byte, error) { return utkastelser(x) }},
		{"startlan.csv", func() ([]byte, error) { return startlan(x) }},
		{"kommunal_bolig.txt", func() ([]byte, error) { return kb.export() }},
		{"boligkontoret.xlsx", func() ([]byte, error) { return boligkontoret(x, kb.tildelt) }},
	}
	if ex.Population {
		makers = append(makers, struct {
			name string
			make func() ([]byte, error)
		}{"innbyggere.csv", func() ([]byte, error) { return innbyggere(x) }})
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

// Write writes every export of ex into dir, each atomically (a temporary
// file in the same folder, then a rename).
func Write(dir string, ex *Example) error {
	files, err := Files(ex)
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
)

// beforeReform reports whether a row dated d carries the old kommunenummer.
func beforeReform(d day) bool { return d < reform }

// kommune is the kommune an export is of: Hamar for the shipped example
// programmes, another for each programme of the example region.
type kommune struct {
	number, former, name string
	// scale is the kommune's size in per mille of Hamar's: every count
	// the registers are drawn from is scaled by it.
	scale int
	seed  uint64
}

var hamar = kommune{number: "3403", former: "0403", name: "Hamar", scale: 1000, seed: seed}

// isHamar reports whether the export is the shipped example's own.
func (x export) isHamar() bool { return x.k == hamar }

// n is a count of Hamar's (rows a year, a stock) scaled to the kommune.
func (x export) n(hamars int) int { return hamars * x.k.scale / 1000 }

// spread is a spread of Hamar's scaled to the kommune, at least 1.
func (x export) spread(hamars int) int { return max(1, hamars*x.k.scale/1000) }

// nr is the kommunenummer a row dated d carries: the former one before
// the 2020 reform.
func (x export) nr(d day) string {
	if beforeReform(d) {
		return x.k.former
	}
	return x.k.number
}

// export is one taking of the registers. Every export is cut from the same
// invented history: a later one holds every row of an earlier one, more
// rows, and episodes that have ended since.
type export struct {
	// k is the kommune whose registers these are.
	k kommune
	// cut is the last day the rows cover: what happened later is not in
	// the export, and an episode still going on that day has no end.
	cut day
	// taken is the day the export was printed, and clock the time of day.
	taken day
	clock string
}

// The exports the examples ship. Registers that draw numbers for each row
// as they write it (case numbers, times of day) draw them for the rows of
// halfYear first and then for what a later export adds, so that a row
// reads the same in every export.
var (
	// halfYear is taken in August, for the half-year report: every
	// register up to the export day.
	halfYear = export{k: hamar, cut: mkday(2025, 8, 15), taken: mkday(2025, 8, 15), clock: "07:42"}
	// yearEnd is taken in January, for the annual report: every register
	// up to and including 31 December.
	yearEnd = export{k: hamar, cut: mkday(2025, 12, 31), taken: mkday(2026, 1, 12), clock: "08:05"}
)

// clip returns the end of an episode as the export shows it: empty when the
// episode had not ended on the last day the export covers.
func (x export) clip(end day) day {
	if end > x.cut {
		return none
	}
	return end
}

// later reports whether x covers more than the half-year export.
func (x export) later() bool { return x.cut > halfYear.cut }

// stamp is the export's time for document properties: 2025-08-15T07:42:00Z.
func (x export) stamp() string { return x.taken.iso() + "T" + x.clock + ":00Z" }
