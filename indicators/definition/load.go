package definition

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"boso/indicators/diag"
	"boso/indicators/formula"
	"boso/indicators/period"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
)

// Problem codes of definition validation.
const (
	CodeBadID     = "BOSO-D001"
	CodeDuplicate = "BOSO-D002"
	CodeNeeds     = "BOSO-D003"
	CodeNotAllow  = "BOSO-D004"
	CodeUnknown   = "BOSO-D005"
	CodeCycle     = "BOSO-D006"
	CodeFactor    = "BOSO-D007"
	CodePeriod    = "BOSO-D008"
)

// Population is the reserved denominator name for population on 1 January.
const Population = "innbyggere"

// Set is a validated collection of indicators and rules, in definition order.
type Set struct {
	Charts     []*Chart
	Goals      []*Goal
	Indicators []*Indicator
	Rules      []*Rule
	Breakdowns []*Breakdown
	byID       map[string]*Indicator
}

// Group returns the reader's names of a breakdown group ("malgruppe=unge"):
// the field's name and the code's, in the order the definitions list the
// codes (order is -1 for a code they do not name; the code is then its
// own name).
func (s *Set) Group(group string) (field, value string, order int) {
	f, code, _ := strings.Cut(group, "=")
	field, value, order = f, code, -1
	for _, b := range s.Breakdowns {
		if b.Field != f {
			continue
		}
		field = b.Name
		for i, l := range b.Values {
			if l.Code == code {
				return field, l.Name, i
			}
		}
	}
	return field, value, order
}

// Get returns the indicator with the given id, or nil.
func (s *Set) Get(id string) *Indicator { return s.byID[id] }

// Source is one YAML file's bytes, named as the user should see it.
type Source struct {
	Name string
	Data []byte
	// Standard marks the standard library, which users cannot edit: a
	// problem between it and their files is told at their files.
	Standard bool
}

var idRE = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Load parses and validates definition files; later files may not redefine
// an id. Every problem goes into l; the returned set holds what parsed.
func Load(files []Source, l *diag.List) *Set {
	s := &Set{byID: map[string]*Indicator{}}
	for _, f := range files {
		var file File
		if !yamlstrict.DecodeBytes(f.Name, f.Data, &file, l) {
			continue
		}
		for i := range file.Indicators {
			ind := &file.Indicators[i]
			if ind.ID == "" {
				continue // reported as missing
			}
			if !idRE.MatchString(ind.ID) {
				l.Add(CodeBadID, ind.At["id"], msg.DefBadID.F(ind.ID))
			}
			if prev, dup := s.byID[ind.ID]; dup {
				l.Add(CodeDuplicate, ind.At["id"], msg.DefDuplicateID.F(ind.ID, prev.Pos.String()))
				continue
			}
			ind.Standard = f.Standard
			s.byID[ind.ID] = ind
			s.Indicators = append(s.Indicators, ind)
		}
		for i := range file.Goals {
			s.Goals = append(s.Goals, &file.Goals[i])
		}
		for i := range file.Charts {
			s.Charts = append(s.Charts, &file.Charts[i])
		}
		for i := range file.Rules {
			s.Rules = append(s.Rules, &file.Rules[i])
		}
		for i := range file.Breakdowns {
			s.Breakdowns = append(s.Breakdowns, &file.Breakdowns[i])
		}
	}
	s.expandPer1000()
	for _, ind := range s.Indicators {
		before := l.Errors()
		ind.validate(s, l)
		ind.Invalid = ind.Invalid || l.Errors() > before || ind.Kind == "" || ind.Unit == ""
		ind.codes = ind.filterCodes()
	}
	s.checkCycles(l)
	s.compileRules(l)
	s.checkCharts(l)
	return s
}

// expandPer1000 adds <id>_per_1000 for every indicator marked per_1000.
func (s *Set) expandPer1000() {
	for _, ind := range append([]*Indicator(nil), s.Indicators...) {
		if !ind.Per1000 {
			continue
		}
		id := ind.ID + "_per_1000"
		if _, dup := s.byID[id]; dup {
			continue
		}
		two := 2
		p := &Indicator{
			Pos: ind.Pos, At: yamlstrict.Positions{"id": ind.pos("per_1000")}, PerThousandOf: ind.ID,
			ID: id, Name: msg.DefPer1000Name.F(ind.Name), Definition: msg.DefPer1000Definition.F(ind.Name),
			Source: ind.Source, Unit: Per1000, Kind: Ratio, Goal: ind.Goal,
			Numerator: ind.ID, Denominator: Population, Factor: 1000,
			Direction: ind.Direction, Decimals: &two, Standard: ind.Standard,
		}
		s.byID[id] = p
		s.Indicators = append(s.Indicators, p)
	}
}

func (ind *Indicator) pos(field string) diag.Pos {
	if p, ok := ind.At[field]; ok {
		return p
	}
	return ind.Pos
}

// has reports whether a field was given in the YAML.
func (ind *Indicator) has(field string) bool { _, ok := ind.At[field]; return ok }

// fieldsByKind lists, per kind, the fields it needs and the fields it may have
// besides the common ones (id, name, definition, source, unit, kind, goal,
// direction, decimals, per_1000, baseline, targets, jump_warning_percent).
var fieldsByKind = map[Kind]struct{ needs, may []string }{
	Flow:    {needs: []string{"register", "date", "measure"}, may: []string{"key", "amount", "filter", "breakdown"}},
	Stock:   {needs: []string{"register", "from", "key", "stock_on"}, may: []string{"to", "min_duration", "filter", "breakdown"}},
	Ratio:   {needs: []string{"numerator", "denominator", "factor"}},
	Derived: {needs: []string{"formula"}},
	Entered: {may: []string{"behaves_as"}},
}

var kindFields = []string{"register", "date", "from", "to", "stock_on", "min_duration", "measure", "key", "amount", "filter", "breakdown", "numerator", "denominator", "factor", "formula", "behaves_as"}

func (ind *Indicator) validate(s *Set, l *diag.List) {
	if ind.Kind == "" {
		return // missing kind already reported
	}
	spec := fieldsByKind[ind.Kind]
	allowed := map[string]bool{}
	for _, f := range spec.needs {
		allowed[f] = true
		if !ind.has(f) && ind.PerThousandOf == "" {
			l.Add(CodeNeeds, ind.Pos, msg.DefFieldNeeded.F(ind.ID, ind.Kind, f))
		}
	}
	for _, f := range spec.may {
		allowed[f] = true
	}
	for _, f := range kindFields {
		if ind.has(f) && !allowed[f] {
			l.Add(CodeNotAllow, ind.pos(f), msg.DefFieldNotAllowed.F(ind.ID, ind.Kind, f))
		}
	}
	if ind.Kind == Flow {
		switch ind.Measure {
		case CountDistinct:
			if ind.Key == "" {
				l.Add(CodeNeeds, ind.pos("measure"), msg.DefMeasureNeeds.F(ind.ID, ind.Measure, "key"))
			}
		case Sum:
			if ind.Amount == "" {
				l.Add(CodeNeeds, ind.pos("measure"), msg.DefMeasureNeeds.F(ind.ID, ind.Measure, "amount"))
			}
		}
	}
	if ind.MinDuration != nil && ind.MinDuration.MoreThanDays < 0 {
		l.Add(CodeNeeds, ind.pos("min_duration"), msg.DefBadDuration.F(ind.MinDuration.MoreThanDays))
	}
	if ind.Kind == Ratio && ind.PerThousandOf == "" {
		for _, f := range []string{"numerator", "denominator"} {
			ref := map[string]string{"numerator": ind.Numerator, "denominator": ind.Denominator}[f]
			if ref != "" && ref != Population && s.byID[ref] == nil {
				l.Add(CodeUnknown, ind.pos(f), msg.DefUnknownRef.F(ind.ID, ref))
			}
		}
		want := map[Unit]float64{Percent: 100, Per1000: 1000}[ind.Unit]
		if want != 0 && ind.Factor != want {
			l.Add(CodeFactor, ind.pos("factor"), msg.DefFactorForUnit.F(ind.ID, ind.Unit, want, ind.Factor))
		}
	}
	if ind.Kind == Derived && ind.Formula.Value != "" {
		env := map[string]any{}
		for _, id := range formula.Identifiers(ind.Formula.Value) {
			if s.byID[id] != nil {
				env[id] = 0.0
			}
		}
		formula.CompileNumber(ind.Formula, env, l)
	}
	if ind.Baseline != nil {
		if _, err := period.Parse(ind.Baseline.Period); err != nil {
			l.Add(CodePeriod, ind.pos("baseline"), msg.DefTargetPeriod.F(ind.Baseline.Period))
		}
	}
	for _, p := range slices.Sorted(maps.Keys(ind.Targets)) {
		if _, err := period.Parse(p); err != nil {
			l.Add(CodePeriod, ind.pos("targets"), msg.DefTargetPeriod.F(p))
		}
	}
}

// Dependencies returns the ids an indicator is computed from.
func (ind *Indicator) Dependencies() []string {
	switch ind.Kind {
	case Ratio:
		var out []string
		for _, r := range []string{ind.Numerator, ind.Denominator} {
			if r != Population {
				out = append(out, r)
			}
		}
		return out
	case Derived:
		return formula.Identifiers(ind.Formula.Value)
	}
	return nil
}

func (s *Set) checkCycles(l *diag.List) {
	const (
		white = iota
		grey
		black
	)
	state := map[string]int{}
	var stack []string
	var visit func(id string)
	visit = func(id string) {
		ind := s.byID[id]
		state[id] = grey
		stack = append(stack, id)
		for _, d := range ind.Dependencies() {
			if s.byID[d] == nil {
				continue
			}
			switch state[d] {
			case grey:
				i := len(stack) - 1
				for stack[i] != d {
					i--
				}
				cycle := append(append([]string(nil), stack[i:]...), d)
				l.Add(CodeCycle, s.byID[d].Pos, msg.DefCycle.F(d, strings.Join(cycle, " → ")))
			case white:
				visit(d)
			}
		}
		stack = stack[:len(stack)-1]
		state[id] = black
	}
	for _, ind := range s.Indicators {
		if state[ind.ID] == white {
			visit(ind.ID)
		}
	}
}

// Order returns the indicators so that every indicator comes after those it depends on.
func (s *Set) Order() []*Indicator {
	var out []*Indicator
	done := map[string]bool{}
	var add func(*Indicator)
	add = func(ind *Indicator) {
		if done[ind.ID] {
			return
		}
		done[ind.ID] = true
		for _, d := range ind.Dependencies() {
			if dep := s.byID[d]; dep != nil {
				add(dep)
			}
		}
		out = append(out, ind)
	}
	for _, ind := range s.Indicators {
		add(ind)
	}
	return out
}

func (s *Set) compileRules(l *diag.List) {
	for _, r := range s.Rules {
		if r.Assert.Value == "" {
			continue // reported as missing
		}
		env := map[string]any{}
		for _, id := range formula.Identifiers(r.Assert.Value) {
			if s.byID[id] != nil {
				env[id] = 0.0
			}
		}
		formula.CompileBool(r.Assert, env, l)
	}
}

// String is for debugging.
func (ind *Indicator) String() string { return fmt.Sprintf("%s (%s)", ind.ID, ind.Kind) }

func (s *Set) checkCharts(l *diag.List) {
	seen := map[string]bool{}
	for _, c := range s.Charts {
		if seen[c.ID] {
			l.Add(CodeDuplicate, c.Pos, msg.DefDuplicateChart.F(c.ID))
		}
		seen[c.ID] = true
		for _, id := range c.Indicators {
			if s.byID[id] == nil {
				l.Add(CodeUnknown, c.Pos, msg.DefChartUnknown.F(c.ID, id))
			}
		}
	}
}
