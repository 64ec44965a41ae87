// Package reference generates boso's reference page (Markdown) from the
// code: the semantics the engine implements, the fields of every YAML
// format with their descriptions, the registers the standard library
// reads, and every indicator's definition. The page cannot drift from the
// code because it is made from it.
package reference

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strings"

	"boso/indicators/definition"
	"boso/indicators/formula"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/indicators/source"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
)

// Write writes the page for the given definitions.
func Write(w io.Writer, set *definition.Set) error {
	var b strings.Builder
	p := func(s string) { b.WriteString(s + "\n\n") }
	p(msg.RefTitle.F())
	p(msg.RefIntro.F())
	p(msg.RefSemanticsTitle.F())
	p(msg.RefSemantics.F())
	p(msg.RefChecks.F())

	p(msg.RefDefinitionTitle.F())
	p(msg.RefDefinitionIntro.F())
	for _, t := range []any{definition.File{}, definition.Goal{}, definition.Indicator{}, definition.Duration{}, definition.Baseline{}, definition.Rule{}, definition.Chart{}, definition.Breakdown{}, definition.Label{}} {
		fieldTable(&b, reflect.TypeOf(t))
	}
	p(msg.RefMappingTitle.F())
	p(msg.RefMappingIntro.F())
	for _, t := range []any{source.Mapping{}, source.Covers{}, source.FieldMap{}} {
		fieldTable(&b, reflect.TypeOf(t))
	}
	p(msg.RefFieldTypesTitle.F() + " " + msg.RefFieldTypesList.F())
	p(msg.RefMappingReading.F())
	p(msg.RefMappingCodes.F())
	p(msg.RefShapesTitle.F())
	p(msg.RefShapesIntro.F())
	yamlBlock := func(t msg.Text) { p("```yaml\n" + t.F() + "\n```") }
	p(msg.RefShapeSituationTitle.F())
	yamlBlock(msg.RefShapeSituation)
	yamlBlock(msg.RefShapeTemporary)
	p(msg.RefShapeEvictionsTitle.F())
	yamlBlock(msg.RefShapeEvictions)
	p(msg.RefProgramTitle.F())
	for _, t := range []any{program.Program{}, program.Kommune{}, program.Target{}} {
		fieldTable(&b, reflect.TypeOf(t))
	}

	p(msg.RefRegistersTitle.F())
	p(msg.RefRegistersIntro.F())
	registers(&b, set)
	p("- `" + source.PopulationRegister + "`: " + msg.RefReservedInnb.F())
	p("- `" + source.AggregateRegister + "`: " + msg.RefReservedTall.F())
	p(msg.RefExportTitle.F())
	p(msg.RefExport.F())

	p(msg.RefIndicatorsTitle.F())
	if len(set.Goals) > 0 {
		p(msg.RefGoalsTitle.F())
		for _, g := range set.Goals {
			b.WriteString(fmt.Sprintf("- **%s** (`%s`): %s\n", g.Name, g.ID, g.Description))
		}
		b.WriteString("\n")
	}
	for _, ind := range set.Indicators {
		indicator(&b, ind, set)
	}
	if len(set.Rules) > 0 {
		p(msg.RefRulesTitle.F())
		for _, r := range set.Rules {
			b.WriteString(fmt.Sprintf("- `%s`: %s — `%s`\n", r.ID, r.Text, r.Assert.Value))
		}
	}
	problemCodes(&b)
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

func fieldTable(b *strings.Builder, t reflect.Type) {
	fmt.Fprintf(b, "**%s**\n\n| %s | %s | %s | %s |\n|---|---|---|---|\n", t.Name(),
		msg.RefColField.F(), msg.RefColRequired.F(), msg.RefColType.F(), msg.RefColDescription.F())
	for _, f := range yamlstrict.Fields(t) {
		req := ""
		if f.Required {
			req = msg.RefYes.F()
		}
		doc := msg.FieldDocs[t.Name()+"."+f.Key].F()
		fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", f.Key, req, typeName(f.Type), doc)
	}
	b.WriteString("\n")
}

func oneOf[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = "`" + string(x) + "`"
	}
	return msg.RefTypeOneOf.F(strings.Join(s, ", "))
}

var (
	textType  = reflect.TypeOf(yamlstrict.Text{})
	decType   = reflect.TypeOf(num.Dec(0))
	dateType  = reflect.TypeOf(period.Date(0))
	perType   = reflect.TypeOf(period.Period{})
	enumTypes = map[reflect.Type]string{
		reflect.TypeOf(definition.Kind("")):      oneOf(definition.Kinds),
		reflect.TypeOf(definition.Unit("")):      oneOf(definition.Units),
		reflect.TypeOf(definition.Measure("")):   oneOf(definition.Measures),
		reflect.TypeOf(definition.StockOn("")):   oneOf(definition.StockOns),
		reflect.TypeOf(definition.Counting("")):  oneOf(definition.Countings),
		reflect.TypeOf(definition.Direction("")): oneOf(definition.Directions),
		reflect.TypeOf(definition.BehavesAs("")): oneOf([]definition.BehavesAs{definition.AsFlow, definition.AsStock}),
		reflect.TypeOf(definition.ChartKind("")): oneOf([]definition.ChartKind{definition.LineChart, definition.BarChart}),
		reflect.TypeOf(source.FieldType("")):     oneOf(source.FieldTypes),
	}
)

func typeName(t reflect.Type) string {
	if s, ok := enumTypes[t]; ok {
		return s
	}
	switch t {
	case textType:
		return msg.RefTypeExpr.F()
	case decType:
		return msg.RefTypeNumber.F()
	case dateType:
		return msg.RefTypeDate.F()
	case perType:
		return msg.RefTypePeriod.F()
	}
	switch t.Kind() {
	case reflect.Pointer:
		return typeName(t.Elem())
	case reflect.String:
		return msg.RefTypeText.F()
	case reflect.Int:
		return msg.RefTypeInt.F()
	case reflect.Float64:
		return msg.RefTypeNumber.F()
	case reflect.Bool:
		return msg.RefTypeBool.F()
	case reflect.Slice:
		return msg.RefTypeList.F(typeName(t.Elem()))
	case reflect.Map:
		return msg.RefTypeMap.F(typeName(t.Key()), typeName(t.Elem()))
	case reflect.Struct:
		return msg.RefTypeObject.F(t.Name())
	}
	return t.String()
}

// registers lists, per register, the fields the indicators read and how.
func registers(b *strings.Builder, set *definition.Set) {
	type use struct {
		roles map[string]bool
		by    []string
	}
	regs := map[string]map[string]*use{}
	add := func(reg, field, role, id string) {
		if field == "" {
			return
		}
		if regs[reg] == nil {
			regs[reg] = map[string]*use{}
		}
		u := regs[reg][field]
		if u == nil {
			u = &use{roles: map[string]bool{}}
			regs[reg][field] = u
		}
		u.roles[role] = true
		if len(u.by) == 0 || u.by[len(u.by)-1] != id {
			u.by = append(u.by, id)
		}
	}
	for _, ind := range set.Indicators {
		if ind.Register == "" {
			continue
		}
		r := ind.Register
		add(r, "kommune", "kommune", ind.ID)
		add(r, ind.Date, "date", ind.ID)
		add(r, ind.From, "date", ind.ID)
		add(r, ind.To, "date", ind.ID)
		add(r, ind.Key, "text / category / number / kommune", ind.ID)
		add(r, ind.Amount, "number / amount", ind.ID)
		for _, g := range ind.Breakdown {
			add(r, g, "category / text / bool", ind.ID)
		}
		kinds := formula.ComparedWith(ind.Filter.Value)
		for _, id := range identifiers(ind.Filter.Value) {
			t := map[string]string{formula.LitText: "category / text", formula.LitNumber: "number / amount", formula.LitBool: "bool"}[kinds[id]]
			if t == "" {
				t = msg.RefRoleFilter.F()
			}
			add(r, id, t, ind.ID)
			for _, code := range formula.TextLiterals(ind.Filter.Value)[id] {
				add(r, id, msg.RefCodes.F(code), ind.ID)
			}
		}
	}
	names := make([]string, 0, len(regs))
	for r := range regs {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, r := range names {
		fmt.Fprintf(b, "**`%s`**\n\n| %s | %s | %s |\n|---|---|---|\n", r, msg.RefColField.F(), msg.RefColType.F(), msg.RefColUsedBy.F())
		fields := make([]string, 0, len(regs[r]))
		for f := range regs[r] {
			fields = append(fields, f)
		}
		sort.Strings(fields)
		for _, f := range fields {
			u := regs[r][f]
			roles := make([]string, 0, len(u.roles))
			for role := range u.roles {
				roles = append(roles, role)
			}
			sort.Strings(roles)
			fmt.Fprintf(b, "| `%s` | %s | %s |\n", f, strings.Join(roles, "; "), strings.Join(u.by, ", "))
		}
		b.WriteString("\n")
	}
}

func indicator(b *strings.Builder, ind *definition.Indicator, set *definition.Set) {
	fmt.Fprintf(b, "### %s (`%s`)\n\n%s\n\n", ind.Name, ind.ID, ind.Definition)
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(b, "- %s: %s\n", k, v)
		}
	}
	row(msg.RefIndKind.F(), Describe(ind))
	row(msg.RefIndReaders.F(), ForReaders(ind, set))
	row(msg.RefIndUnit.F(), string(ind.Unit))
	row(msg.RefIndSource.F(), ind.Source)
	row(msg.RefIndGoal.F(), ind.Goal)
	if ind.Register != "" {
		row(msg.RefIndRegister.F(), "`"+ind.Register+"`")
	}
	if ind.Filter.Value != "" {
		row(msg.RefIndFilter.F(), "`"+ind.Filter.Value+"`")
	}
	if len(ind.Breakdown) > 0 {
		row(msg.RefIndBreakdown.F(), strings.Join(ind.Breakdown, ", "))
	}
	switch ind.Direction {
	case definition.Higher:
		row(msg.RefIndDirection.F(), msg.RefHigher.F())
	case definition.Lower:
		row(msg.RefIndDirection.F(), msg.RefLower.F())
	}
	b.WriteString("\n")
}

// Describe says in words how an indicator is computed (for the reference
// page and the report's definitions appendix).
func Describe(ind *definition.Indicator) string {
	switch ind.Kind {
	case definition.Flow:
		what := msg.RefMeasureCount.F()
		switch ind.Measure {
		case definition.CountDistinct:
			what = msg.RefMeasureDistinct.F("`" + ind.Key + "`")
		case definition.Sum:
			what = msg.RefMeasureSum.F("`" + ind.Amount + "`")
		}
		return msg.RefFlowDesc.F(what, "`"+ind.Date+"`")
	case definition.Stock:
		to := ind.To
		if to == "" {
			to = "…"
		}
		t := msg.RefStockLastDesc
		switch ind.StockOn {
		case definition.FirstDay:
			t = msg.RefStockFirstDesc
		case definition.During:
			t = msg.RefStockDuringDesc
		}
		s := t.F("`"+ind.Key+"`", "`"+ind.From+"`", "`"+to+"`")
		if d := ind.MinDuration; d != nil {
			how := msg.RefCountingNights.F()
			if d.Counting == definition.DaysInclusive {
				how = msg.RefCountingIncl.F()
			}
			s += msg.RefMinDurationDesc.F(d.MoreThanDays, how)
		}
		return s
	case definition.Ratio:
		return msg.RefRatioDesc.F("`"+ind.Numerator+"`", "`"+ind.Denominator+"`", num.Dec(int64(ind.Factor*num.Scale)).String())
	case definition.Derived:
		return msg.RefDerivedDesc.F("`" + ind.Formula.Value + "`")
	case definition.Entered:
		return msg.RefEnteredDesc.F()
	}
	return string(ind.Kind)
}

func identifiers(expr string) []string {
	if expr == "" {
		return nil
	}
	return formula.Identifiers(expr)
}

// problemCodes lists every problem code with what it means and an
// example, and how scripts get the problems as JSON.
func problemCodes(b *strings.Builder) {
	b.WriteString("\n" + msg.RefCodesTitle.F() + "\n\n" + msg.RefCodesIntro.F() + "\n\n" + msg.RefCodesCols.F() + "\n")
	for _, c := range msg.ProblemCodes {
		fmt.Fprintf(b, "| `%s` | %s | `%s` |\n", c.Code, c.Text.F(), strings.ReplaceAll(c.Example, "|", "\\|"))
	}
	b.WriteString("\n" + msg.RefJSONTitle.F() + "\n\n" + msg.RefJSON.F() + "\n")
}

// Foreign reports whether path holds a file that is not a reference page
// boso wrote: writing the page there would lose it (--doc program.yaml).
// A path with nothing there, or an earlier page, is not foreign; nor is
// a folder or another file that is no regular file, which writing it
// says for itself.
func Foreign(path string) bool {
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return true
	}
	defer f.Close()
	title := []byte(msg.RefTitle.F() + "\n")
	head := make([]byte, len(title))
	n, _ := io.ReadFull(f, head)
	return !bytes.Equal(head[:n], title)
}
