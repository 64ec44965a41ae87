// Package region is the regional roll-up for Husbanken's advisers: what
// the programme kommuner of a region submitted for one report period —
// each kommune's filled input workbook and/or its figure export (boso
// compute's tall.csv) — read, checked against the due date, and rolled up
// into kommune × indicator tables, with the region's totals recomputed
// from the parts.
package region

import (
	"path/filepath"
	"strconv"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/kommuner"
	"boso/indicators/source"
	"boso/indicators/source/parse"
	"boso/indicators/ssb"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
)

// Problem codes of the region configuration and submissions.
const (
	CodeConfig     = "BOSO-G001" // the region file
	CodeSubmission = "BOSO-G002" // a submission that cannot be used, or part of one
	CodeLog        = "BOSO-G003" // the submission log
	CodeSSB        = "BOSO-G004" // an SSB table the region file names
)

// Config is one region file (region.yaml).
type Config struct {
	Pos  diag.Pos             `yaml:"-"`
	At   yamlstrict.Positions `yaml:"-"`
	Path string               `yaml:"-"`

	Name    string `yaml:"name,required"`
	Example bool   `yaml:"example"`
	// Kommuner are the region's programme kommuner, by number: each is
	// expected to submit, and one that has not is listed as missing.
	Kommuner []string `yaml:"kommuner,required"`
	// Submissions is the folder of what the kommuner submitted: one
	// folder (or a set of files whose names start with the kommunenummer)
	// per kommune.
	Submissions string `yaml:"submissions,required"`
	// Log is the adviser's submission log (kommunenummer and the date the
	// submission was received), CSV; without it, the workbook's
	// Rapporteringsdato is the received date.
	Log string `yaml:"log"`
	// Due overrides the due dates: day and month, e.g. "31.08" for the
	// half-year and "31.01" (of the year after) for the annual report.
	Due struct {
		HalfYear string `yaml:"half_year"`
		Year     string `yaml:"year"`
	} `yaml:"due"`
	// Population is an SSB table of population per kommune and year
	// (07459: on 1 January), for the figures per 1000 innbyggere a
	// kommune's export does not carry.
	Population string `yaml:"population"`
	// Comparisons are SSB tables (KOSTRA) with the whole country's and
	// the KOSTRA groups' figures for some indicators.
	Comparisons []Comparison `yaml:"comparisons"`
	// KostraGroups gives each kommune's KOSTRA group as SSB codes it
	// ("EKG13"), for the group's figure beside the kommune's.
	KostraGroups map[string]string `yaml:"kostra_groups"`
	// Indicators to roll up, by id; empty: every indicator the exports hold.
	Indicators []string `yaml:"indicators"`

	// AllowOutside lets the region file name files outside its folder
	// (the user's --tillat-stier-utenfor).
	AllowOutside bool `yaml:"-"`

	files files.FS
}

// Comparison is one SSB table of comparison figures.
type Comparison struct {
	Pos diag.Pos             `yaml:"-"`
	At  yamlstrict.Positions `yaml:"-"`
	// File is the table as saved from SSB's statbank (JSON-stat2 or CSV).
	File string `yaml:"file,required"`
	// Indicators maps a boso indicator (a rate per 1000 or a share, as the
	// kommuner's figures are) to the table's statistics variable code
	// (ContentsCode); "" when the table has one variable.
	Indicators map[string]string `yaml:"indicators,required"`
}

// Load reads and checks a region file in fsys. Paths in it are resolved
// against its folder, inside fsys.
func Load(fsys files.FS, path string, allowOutside bool, l *diag.List) (*Config, bool) {
	c := &Config{AllowOutside: allowOutside}
	if !yamlstrict.ReadIn(fsys, path, c, l) {
		return nil, false
	}
	c.Path, c.files = path, fsys
	before := l.Errors()
	c.validate(l)
	return c, l.Errors() == before
}

func (c *Config) pos(key string) diag.Pos {
	if p, ok := c.At[key]; ok {
		return p
	}
	return c.Pos
}

func (c *Config) validate(l *diag.List) {
	seen := map[string]bool{}
	for i, k := range c.Kommuner {
		pos, ok := c.At[keyIndex("kommuner", i)]
		if !ok {
			pos = c.pos("kommuner")
		}
		n, err := parse.Kommunenummer(k)
		if err != nil {
			l.Add(CodeConfig, pos, msg.ProgBadKommune.F(k))
			continue
		}
		if _, ok := kommuner.Current(n); !ok {
			if succ, ok := kommuner.Successor(n); ok {
				l.Add(CodeConfig, pos, msg.RegFormerKommune.F(n, succ))
			} else if now, former := kommuner.Former(n); former {
				l.Add(CodeConfig, pos, msg.RegKommuneMerged.F(n, strings.Join(now, ", ")))
			} else {
				l.Add(CodeConfig, pos, msg.RegUnknownKommune.F(n))
			}
			continue
		}
		if seen[n] {
			l.Add(CodeConfig, pos, msg.ProgDupKommune.F(n))
			continue
		}
		seen[n] = true
		c.Kommuner[i] = n
	}
	for _, key := range []string{"submissions", "log", "population"} {
		p := c.pathOf(key)
		if p == "" {
			continue
		}
		if why := c.within().Check(filepath.Dir(c.Path), p); why != "" {
			l.Add(CodeConfig, c.pos(key), why)
		}
	}
	for i, cmp := range c.Comparisons {
		if why := c.within().Check(filepath.Dir(c.Path), cmp.File); why != "" {
			l.Add(CodeConfig, cmp.pos("file"), why)
			c.Comparisons[i].File = ""
		}
	}
	for k, g := range c.KostraGroups {
		pos, ok := c.At.Entry("kostra_groups", k)
		if !ok {
			pos = c.pos("kostra_groups")
		}
		if !c.expects(k) {
			l.Add(CodeConfig, pos, msg.RegGroupKommune.F(k))
		}
		if ssb.KindOfRegion(g) != ssb.KostraGroup {
			l.Add(CodeConfig, pos, msg.RegBadGroup.F(g))
		}
	}
	for _, d := range []struct{ key, s string }{{"half_year", c.Due.HalfYear}, {"year", c.Due.Year}} {
		if d.s == "" {
			continue
		}
		if _, _, ok := dayMonth(d.s); !ok {
			pos, ok := c.At.Entry("due", d.key)
			if !ok {
				pos = c.pos("due")
			}
			l.Add(CodeConfig, pos, msg.RegBadDue.F(d.s))
		}
	}
}

func (c *Config) pathOf(key string) string {
	switch key {
	case "submissions":
		return c.Submissions
	case "log":
		return c.Log
	case "population":
		return c.Population
	}
	return ""
}

// Resolve returns the path a path in the region file names, as the user
// reads it (joined to the region file's folder).
func (c *Config) Resolve(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(c.Path), p)
}

func (cmp *Comparison) pos(key string) diag.Pos {
	if p, ok := cmp.At[key]; ok {
		return p
	}
	return cmp.Pos
}

func keyIndex(key string, i int) string { return key + "[" + strconv.Itoa(i) + "]" }

// within says which paths the region file may name: those in its folder,
// unless AllowOutside.
func (c *Config) within() source.Within {
	return source.Within{Root: filepath.Dir(c.Path), Program: c.Path, AllowOutside: c.AllowOutside, Files: c.files}
}

// dayMonth reads "31.08" (or "31.8."): a day and a month.
func dayMonth(s string) (day, month int, ok bool) {
	parts := strings.Split(strings.TrimSuffix(strings.TrimSpace(s), "."), ".")
	if len(parts) != 2 {
		return 0, 0, false
	}
	day, ok1 := small(parts[0])
	month, ok2 := small(parts[1])
	if !ok1 || !ok2 || month < 1 || month > 12 || day < 1 || day > daysIn(month) {
		return 0, 0, false
	}
	return day, month, true
}

func small(s string) (int, bool) {
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

// daysIn is the most days month can have (29 for February).
func daysIn(month int) int {
	switch month {
	case 2:
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// checkIndicators refuses an id in «indicators:» that is no indicator of
// set, at its line, with the nearest id: a typo would otherwise leave the
// indicator out of the roll-up without a word.
func (c *Config) checkIndicators(set *definition.Set, l *diag.List) {
	var ids []string
	for _, ind := range set.Order() {
		ids = append(ids, ind.ID)
	}
	for i, id := range c.Indicators {
		if set.Get(id) != nil {
			continue
		}
		pos, ok := c.At[keyIndex("indicators", i)]
		if !ok {
			pos = c.pos("indicators")
		}
		if near, ok := diag.Closest(id, ids, max(2, len(id)/3)); ok {
			l.Add(CodeConfig, pos, msg.RegUnknownIndNear.F(id, near))
		} else {
			l.Add(CodeConfig, pos, msg.ProgUnknownInd.F(id))
		}
	}
}
