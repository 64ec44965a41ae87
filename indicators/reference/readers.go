package reference

import (
	"regexp"
	"strings"
	"unicode"

	"boso/indicators/definition"
	"boso/indicators/num"
	"boso/templates/msg"
)

// ForReaders says in plain Norwegian how an indicator's figure is counted,
// for the readers of a report (the definitions appendix): which days put
// a case in the period or which day a count is taken on, what is counted
// once, how a share or a rate is formed, that a figure is typed in. It
// names no fields, kinds or formulas; Describe is the analyst's version.
// set supplies the names of the indicators a share or formula uses.
func ForReaders(ind *definition.Indicator, set *definition.Set) string {
	var s []string
	switch ind.Kind {
	case definition.Flow:
		s = flowForReaders(ind)
	case definition.Stock:
		s = stockForReaders(ind)
	case definition.Ratio:
		s = ratioForReaders(ind, set)
	case definition.Derived:
		s = derivedForReaders(ind, set)
	case definition.Entered:
		s = enteredForReaders(ind)
	}
	if ind.Per1000 {
		s = append(s, msg.ReadAlsoPer1000.F())
	}
	return strings.Join(s, " ")
}

// TypedInForReaders is ForReaders for a figure that was typed in although
// the definition says how to compute it (its register had no export): the
// counting rule it should follow, and that it was typed in.
func TypedInForReaders(ind *definition.Indicator, set *definition.Set) string {
	if ind.Kind == definition.Entered {
		return ForReaders(ind, set)
	}
	return ForReaders(ind, set) + " " + msg.ReadEntered.F(msg.WBSheetFigures.F())
}

func flowForReaders(ind *definition.Indicator) []string {
	date := word(msg.ReadDateWords, ind.Date, msg.ReadDefaultDate)
	switch ind.Measure {
	case definition.CountDistinct:
		one, many := keyNouns(ind.Key)
		return []string{msg.ReadFlowDistinct.F(date, many, one)}
	case definition.Sum:
		t := msg.ReadFlowSum
		if ind.Unit == definition.NOK {
			t = msg.ReadFlowSumNOK
		}
		return []string{t.F(date)}
	}
	return []string{msg.ReadFlowCount.F(date)}
}

func stockForReaders(ind *definition.Indicator) []string {
	one, many := keyNouns(ind.Key)
	var s []string
	day := msg.ReadOnTheDay.F()
	switch ind.StockOn {
	case definition.FirstDay:
		s = append(s, msg.ReadStockFirst.F(many, one))
	case definition.During:
		s = append(s, msg.ReadStockDuring.F(many, one))
		day = msg.ReadOnADay.F()
	default:
		s = append(s, msg.ReadStockLast.F(many, one))
	}
	if d := ind.MinDuration; d != nil {
		length := msg.ReadNights.F(d.MoreThanDays)
		if d.Counting == definition.DaysInclusive {
			length = msg.ReadDaysIncl.F(d.MoreThanDays)
		}
		s = append(s, msg.ReadMinDuration.F(many, day, length))
	}
	return s
}

func ratioForReaders(ind *definition.Indicator, set *definition.Set) []string {
	top := quotedName(set, ind.Numerator)
	factor := decimalWords(ind.Factor)
	var s string
	switch {
	case ind.Denominator == definition.Population && ind.Factor == 1000:
		s = msg.ReadPer1000.F(top)
	case ind.Denominator == definition.Population:
		s = msg.ReadPerPopulation.F(top, factor)
	case ind.Unit == definition.Percent && ind.Factor == 100:
		s = msg.ReadPercentOf.F(top, quotedName(set, ind.Denominator))
	case ind.Factor == 1:
		s = msg.ReadRatio.F(top, quotedName(set, ind.Denominator))
	default:
		s = msg.ReadRatioFactor.F(top, quotedName(set, ind.Denominator), factor)
	}
	return []string{s}
}

func derivedForReaders(ind *definition.Indicator, set *definition.Set) []string {
	if words, ok := formulaWords(ind.Formula.Value, set); ok {
		return []string{msg.ReadFormula.F(words)}
	}
	var names []string
	for _, id := range identifiers(ind.Formula.Value) {
		if set.Get(id) != nil {
			names = append(names, quotedName(set, id))
		}
	}
	return []string{msg.ReadFormulaFrom.F(list(names))}
}

func enteredForReaders(ind *definition.Indicator) []string {
	s := []string{msg.ReadEntered.F(msg.WBSheetFigures.F())}
	switch ind.BehavesAs {
	case definition.AsStock:
		s = append(s, msg.ReadEnteredStock.F())
	case definition.AsFlow:
		s = append(s, msg.ReadEnteredFlow.F())
	}
	return s
}

// formulaWords writes a formula of indicators, numbers, + − × ÷ and
// brackets in words; ok is false for anything else (functions,
// comparisons), which readers get as a list of the figures used.
func formulaWords(src string, set *definition.Set) (string, bool) {
	ops := map[rune]msg.Text{'+': msg.ReadPlus, '-': msg.ReadMinus, '*': msg.ReadTimes, '/': msg.ReadDividedBy}
	var out []string
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '(' || r == ')':
			out = append(out, string(r))
			i++
		case ops[r] != msg.Text{}:
			out = append(out, ops[r].F())
			i++
		case r >= '0' && r <= '9':
			j := i
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == '.') {
				j++
			}
			d, err := num.Parse(string(rs[i:j]))
			if err != nil {
				return "", false
			}
			out = append(out, strings.Replace(d.String(), ".", ",", 1))
			i = j
		case r == '_' || unicode.IsLetter(r):
			j := i
			for j < len(rs) && (rs[j] == '_' || unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			id := string(rs[i:j])
			if set.Get(id) == nil {
				return "", false
			}
			out = append(out, quotedName(set, id))
			i = j
		default:
			return "", false
		}
	}
	s := strings.Join(out, " ")
	s = strings.ReplaceAll(strings.ReplaceAll(s, "( ", "("), " )", ")")
	return s, s != ""
}

func quotedName(set *definition.Set, id string) string {
	if ind := set.Get(id); ind != nil {
		return "«" + ind.Name + "»"
	}
	return "«" + id + "»"
}

func keyNouns(key string) (one, many string) {
	n, ok := msg.ReadKeyNouns[key]
	if !ok {
		n = msg.ReadDefaultKey
	}
	return n[0].F(), n[1].F()
}

func word(words map[string]msg.Text, field string, fallback msg.Text) string {
	if w, ok := words[field]; ok {
		return w.F()
	}
	return fallback.F()
}

// decimalWords writes a factor with a decimal comma.
func decimalWords(f float64) string {
	return strings.Replace(num.Dec(int64(f*num.Scale)).String(), ".", ",", 1)
}

// list joins names as «a», «b» og «c».
func list(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + msg.ReadAnd.F() + " " + names[len(names)-1]
}

// developerWords are what a reader-facing text must not contain: the YAML
// kinds and settings, field and indicator ids (with _), expression syntax,
// the analyst's words for rows, fields, keys and episodes, period ids
// (2025H1, H2) and the program's own name as a source.
var developerWords = regexp.MustCompile("(?i)`|_|==|!=|&&|\\|\\||\\b(stock|flow|ratio|derived|entered|behaves|measure|count|distinct|last|first|during|key|nil|true|false|episode\\w*|rad|rader|raden|radene|felt|feltet|feltene|filter\\w*|nøkkel\\w*|kanonisk\\w*|boso|begjaert|gjennomfort|malgruppe|bostedslos|belop|\\d{4}[HTKQM]\\d\\d?|[HTKQ][1-4])\\b")

// DeveloperWords returns the developer words in a text meant for the
// report's readers (none, for a good text). Tests of every reader-facing
// text use it.
func DeveloperWords(text string) []string {
	return developerWords.FindAllString(text, -1)
}
