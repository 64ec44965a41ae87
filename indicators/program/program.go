// Package program is the programme configuration: which kommuner, which
// programme period, which indicator definitions and source mappings, how old
// kommunenummer map to current ones, and the programme's targets.
package program

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/kommuner"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/pii"
	"boso/indicators/source"
	"boso/indicators/source/parse"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// Problem codes.
const (
	CodeConfig = "BOSO-P001"
	CodeGlob   = "BOSO-P002"
)

// Program is one programme configuration file.
type Program struct {
	Pos  diag.Pos             `yaml:"-"`
	At   yamlstrict.Positions `yaml:"-"`
	Path string               `yaml:"-"`
	// AllowOutside lets the programme name files outside its folder
	// (the user's --tillat-stier-utenfor); see source.Within.
	AllowOutside bool `yaml:"-"`
	// Files is where the programme file and every file it names are
	// read (the zero FS: on disk, as the paths are written).
	Files files.FS `yaml:"-"`

	Name        string              `yaml:"name,required"`
	Example     bool                `yaml:"example"`
	Kommuner    []Kommune           `yaml:"kommuner"`
	Period      period.Period       `yaml:"period,required"`
	PeriodTypes []string            `yaml:"period_types"`
	Standard    *bool               `yaml:"standard_library"`
	Indicators  []string            `yaml:"indicators"`
	Select      []string            `yaml:"select"`
	Sources     []string            `yaml:"sources,required"`
	Renumber    map[string][]string `yaml:"renumber"`
	Targets     []Target            `yaml:"targets"`
	Goals       []string            `yaml:"goals"`
	Workbook    string              `yaml:"workbook"`
}

// Kommune is one kommune in the programme.
type Kommune struct {
	Pos    diag.Pos `yaml:"-"`
	Number string   `yaml:"number,required"`
	Name   string   `yaml:"name,required"`
}

// Target is a programme's baseline and targets for one indicator,
// for one kommune or (without kommune) for all.
type Target struct {
	Pos       diag.Pos             `yaml:"-"`
	At        yamlstrict.Positions `yaml:"-"`
	Indicator string               `yaml:"indicator,required"`
	Kommune   string               `yaml:"kommune"`
	Direction definition.Direction `yaml:"direction"`
	Baseline  *definition.Baseline `yaml:"baseline"`
	Values    map[string]num.Dec   `yaml:"targets"`
}

// Load reads and checks a programme file on disk. Paths inside it are
// resolved against its folder.
func Load(path string, l *diag.List) (*Program, bool) {
	return LoadIn(files.OS, path, l)
}

// LoadIn is Load for the programme file at path in fsys; the files it
// names are read there too.
func LoadIn(fsys files.FS, path string, l *diag.List) (*Program, bool) {
	p := &Program{Files: fsys}
	decoded := l.Errors()
	if !yamlstrict.ReadIn(fsys, path, p, l) {
		return nil, false
	}
	p.Path = path
	p.Files = fsys
	before := l.Errors()
	p.validate(l)
	if !p.HasPeriod() {
		// Without its period the programme has no periods to compute
		// (every later step needs them); the decoding or validate said why.
		if l.Errors() == decoded {
			l.Add(yamlstrict.CodeMissing, p.pos("period"), msg.YAMLMissingField.F("period"))
		}
		return p, false
	}
	return p, l.Errors() == before
}

// The programme periods boso computes for. Husbanken's programmes run
// five to ten years; a period of centuries (1000-9999, a typo) would
// have boso count every day of it for minutes in gigabytes. The years
// are those exports and the workbook's dates are checked against.
const (
	MaxYears  = 30
	FirstYear = 1950
	LastYear  = 2100
)

// HasPeriod reports whether the programme has a period of whole years
// (2016-2025) boso computes for; without one it has nothing to compute.
func (p *Program) HasPeriod() bool {
	y1, y2 := p.Period.Year, p.Period.N
	return p.Period.Type == period.Programme && y1 >= FirstYear && y2 <= LastYear && y1 <= y2 && y2-y1 < MaxYears
}

func (p *Program) pos(key string) diag.Pos {
	if q, ok := p.At[key]; ok {
		return q
	}
	return p.Pos
}

func (p *Program) validate(l *diag.List) {
	if p.Period.Type != period.Programme && p.Period.Year != 0 {
		l.Add(CodeConfig, p.pos("period"), msg.ProgNotProgramme.F())
	}
	if p.Period.Type == period.Programme && p.Period.Year != 0 && !p.HasPeriod() {
		l.Add(CodeConfig, p.pos("period"), msg.ProgPeriodBounds.F(p.Period.Year, p.Period.N, MaxYears, FirstYear, LastYear))
	}
	if len(p.Sources) == 0 && p.At["sources"] != (diag.Pos{}) {
		l.Add(CodeConfig, p.pos("sources"), msg.ProgNoSources.F(p.Name))
	}
	seen := map[string]bool{}
	for i := range p.Kommuner {
		k := &p.Kommuner[i]
		n, err := parse.Kommunenummer(k.Number)
		if err != nil {
			l.Add(CodeConfig, k.Pos, msg.ProgBadKommune.F(k.Number))
			continue
		}
		k.Number = n
		if _, ok := kommuner.Current(n); !ok {
			if now, former := kommuner.Former(n); former {
				names := make([]string, len(now))
				for i, c := range now {
					name, _ := kommuner.Current(c)
					names[i] = c + " " + name
				}
				l.Add(CodeConfig, k.Pos, msg.ProgKommuneFormer.F(n, strings.Join(names, " "+msg.Or.String()+" ")))
			} else {
				l.Add(CodeConfig, k.Pos, msg.ProgKommuneNone.F(n))
			}
		}
		if seen[n] {
			l.Add(CodeConfig, k.Pos, msg.ProgDupKommune.F(n))
		}
		seen[n] = true
	}
	olds := make([]string, 0, len(p.Renumber))
	for old := range p.Renumber {
		olds = append(olds, old)
	}
	sort.Strings(olds)
	for _, old := range olds {
		if len(p.Renumber[old]) == 0 {
			// rows with the number would be counted for no one, each
			// of them an error of its own
			pos, ok := p.At.Entry("renumber", old)
			if !ok {
				pos = p.pos("renumber")
			}
			example := "3403"
			if s, ok := kommuner.Successor(old); ok {
				example = s
			}
			l.Add(CodeConfig, pos, msg.ProgRenumberEmpty.F(old, old, example))
		}
		pos, ok := p.At.Entry("renumber", old)
		if !ok {
			pos = p.pos("renumber")
		}
		p.checkRenumber(old, pos, l)
		for _, to := range p.Renumber[old] {
			// rows renumbered to a number no kommune has count for no one
			if n, err := parse.Kommunenummer(to); err != nil {
				l.Add(CodeConfig, p.pos("renumber"), msg.ProgBadKommune.F(to))
			} else if _, ok := kommuner.Current(n); !ok {
				l.Add(CodeConfig, p.pos("renumber"), msg.CheckRenumberTarget.F(old, to))
			}
		}
	}
	for _, t := range p.PeriodTypes {
		if _, ok := period.ParseType(t); !ok {
			l.Add(CodeConfig, p.pos("period_types"), msg.ProgBadPeriodType.F(t))
		}
	}
	for _, t := range p.Targets {
		tpos := t.Pos
		if q, ok := t.At["targets"]; ok {
			tpos = q
		}
		pers := make([]string, 0, len(t.Values))
		for per := range t.Values {
			pers = append(pers, per)
		}
		sort.Strings(pers)
		for _, per := range pers {
			tp, err := period.Parse(per)
			switch {
			case t.Values[per] < 0:
				l.Add(CodeConfig, tpos, msg.ProgNegativeTarget.F(t.Indicator, per, t.Values[per].String()))
			case err != nil:
				l.Add(CodeConfig, tpos, msg.ProgBadTargetPerid.F(per))
			case p.Period.Type == period.Programme && p.Period.Year != 0 && !tp.Within(p.Period.First(), p.Period.Last()):
				// a target the programme never reaches is shown nowhere
				l.Add(CodeConfig, tpos, msg.CheckTargetOutside.F(t.Indicator, norsk.Period(tp), norsk.Period(p.Period)))
			}
		}
		if b := t.Baseline; b != nil {
			bpos := tpos
			if q, ok := t.At["baseline"]; ok {
				bpos = q
			}
			bp, err := period.Parse(b.Period)
			switch {
			case b.Value < 0:
				l.Add(CodeConfig, bpos, msg.ProgNegativeBaseline.F(t.Indicator, b.Value.String()))
			case err != nil:
				l.Add(CodeConfig, bpos, msg.ProgBadTargetPerid.F(b.Period))
			case p.Period.Type == period.Programme && p.Period.Year != 0 && bp.First() > p.Period.Last():
				// a starting point after the programme's end (one
				// before its start is the usual case: the year before)
				l.Add(CodeConfig, bpos, msg.CheckBaselineAfter.F(t.Indicator, norsk.Period(bp), norsk.Period(p.Period)))
			}
		}
		if t.Kommune != "" {
			if n, err := parse.Kommunenummer(t.Kommune); err != nil || (len(seen) > 0 && !seen[n]) {
				l.Add(CodeConfig, t.Pos, msg.ProgTargetKommune.F(t.Kommune))
			}
		}
	}
}

// Glob expands the patterns of a list (sources, indicators) against the
// programme's folder, sorted; a pattern matching nothing is an error, and
// so is one the programme may not name (Within).
func (p *Program) Glob(key string, patterns []string, l *diag.List) []string {
	var out []string
	dir := filepath.Dir(p.Path)
	for i, pat := range patterns {
		pos, ok := p.At[fmt.Sprintf("%s[%d]", key, i)]
		if !ok {
			pos = p.pos(key)
		}
		if why := p.Within().Check(dir, pat); why != "" {
			l.Add(source.CodePathOutside, pos, why)
			continue
		}
		full := pat
		if !filepath.IsAbs(pat) {
			full = filepath.Join(dir, pat)
		}
		m, err := p.Files.Glob(full)
		if err != nil || len(m) == 0 {
			l.Add(CodeGlob, p.pos(key), msg.ProgGlobNoMatch.F(pat))
			continue
		}
		sort.Strings(m)
		for _, f := range m {
			// a file the pattern matches may be a symbolic link out of
			// the folder, or lie in a linked folder: not opened
			rel, err := filepath.Rel(dir, f)
			if err != nil {
				rel = f
			}
			if why := p.Within().Check(dir, rel); why != "" {
				l.Add(source.CodePathOutside, pos, why)
				continue
			}
			// a name with an id the pattern does not hold (one that
			// does is warned about as a YAML value)
			if pii.Contains(rel) && !pii.Contains(pat) {
				l.Warn(pii.CodeYAML, pos, msg.GlobPersonalPath.F(diag.ShownPath(f)))
			}
			out = append(out, f)
		}
	}
	return out
}

// StandardLibrary reports whether the standard indicator library is used (default yes).
func (p *Program) StandardLibrary() bool { return p.Standard == nil || *p.Standard }

// Types returns the period types to compute, default year and half-year.
func (p *Program) Types() []period.Type {
	if len(p.PeriodTypes) == 0 {
		return []period.Type{period.Programme, period.Year, period.Half}
	}
	var out []period.Type
	for _, s := range p.PeriodTypes {
		if t, ok := period.ParseType(s); ok {
			out = append(out, t)
		}
	}
	return out
}

// Periods returns every period of the given types inside the programme period, sorted.
func (p *Program) Periods(types []period.Type) []period.Period {
	var out []period.Period
	if !p.HasPeriod() {
		return nil // LoadIn refused it
	}
	for _, t := range types {
		if t == period.Programme {
			out = append(out, p.Period)
			continue
		}
		if t == period.Year {
			out = append(out, p.Period.Parts(period.Year)...)
			continue
		}
		out = append(out, p.Period.Parts(t)...)
	}
	sort.Slice(out, func(i, j int) bool { return period.Less(out[i], out[j]) })
	return out
}

// KommuneName returns the name of a kommune in the programme, or "".
func (p *Program) KommuneName(number string) string {
	for _, k := range p.Kommuner {
		if k.Number == number {
			return k.Name
		}
	}
	return ""
}

// Within says which files the programme may name.
func (p *Program) Within() source.Within {
	return source.Within{Root: filepath.Dir(p.Path), Program: p.Path, AllowOutside: p.AllowOutside, Files: p.Files}
}

// WorkbookRefused reports a workbook: the programme may not name (Within),
// adding the error to l when l is not nil.
func (p *Program) WorkbookRefused(l *diag.List) bool {
	why := p.Within().Check(filepath.Dir(p.Path), p.Workbook)
	if why != "" && l != nil {
		l.Add(source.CodePathOutside, p.pos("workbook"), why)
	}
	return why != ""
}

// WorkbookPath returns the input workbook's path, resolved against the
// programme's folder, or "" when the programme names none.
func (p *Program) WorkbookPath() string {
	if p.Workbook == "" || filepath.IsAbs(p.Workbook) {
		return p.Workbook
	}
	return filepath.Join(filepath.Dir(p.Path), p.Workbook)
}

// checkRenumber refuses a renumber entry SSB's kommune list says is
// wrong: the number of a kommune of today (its rows would be moved to
// another kommune), a former number sent where its area did not go, or a
// target named twice. A number the list does not know is left to the
// user (an old system's own numbering).
func (p *Program) checkRenumber(old string, pos diag.Pos, l *diag.List) {
	to := p.Renumber[old]
	seen := map[string]bool{}
	for _, t := range to {
		if seen[t] {
			l.Add(CodeConfig, pos, msg.ProgRenumberTwice.F(old, t))
			return
		}
		seen[t] = true
	}
	name, current := kommuner.Current(old)
	went, former := kommuner.Former(old)
	switch {
	case current && !former:
		l.Add(CodeConfig, pos, msg.ProgRenumberCurrent.F(old, name))
	case former:
		for _, t := range to {
			if _, now := kommuner.Current(t); now && !slices.Contains(went, t) { // one not of today: said by the caller
				l.Add(CodeConfig, pos, msg.ProgRenumberWrong.F(old, strings.Join(went, ", "), t))
				return
			}
		}
	}
}
