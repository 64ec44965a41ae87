package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"boso/indicators/diag"
	"boso/reports/build"
	"boso/templates/msg"
)

// command is a subcommand's flags with its help text. Parsing is boso's
// own so that every message about a flag is Norwegian and names the
// command; the flag.FlagSet only holds the values.
type command struct {
	*flag.FlagSet
	name  string
	usage fmt.Stringer
	rest  []string // the words after the flags
}

// Args returns the words after the flags.
func (cmd *command) Args() []string { return cmd.rest }

// NArg is len(Args()).
func (cmd *command) NArg() int { return len(cmd.rest) }

// Arg returns the i'th word after the flags, or "".
func (cmd *command) Arg(i int) string {
	if i < len(cmd.rest) {
		return cmd.rest[i]
	}
	return ""
}

// parseArgs sets the flags in args and returns the words that are not
// flags (a word ends the flags, as with the flag package; "--" too).
// The error is a Norwegian sentence; errHelp asks for the help text.
func (cmd *command) parseArgs(args []string) ([]string, error) {
	given := map[string]bool{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return args[i+1:], nil
		}
		if len(a) < 2 || a[0] != '-' {
			return args[i:], nil
		}
		name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		value, hasValue := "", false
		if j := strings.IndexByte(name, '='); j >= 0 {
			name, value, hasValue = name[:j], name[j+1:], true
		}
		if name == "" || name[0] == '-' || name[0] == '=' {
			return nil, fmt.Errorf("%s", msg.CLIFlagSyntax.F(a, cmd.name))
		}
		f := cmd.FlagSet.Lookup(name)
		if f == nil {
			if name == "h" || name == "help" || name == "hjelp" {
				return nil, errHelp
			}
			return nil, fmt.Errorf("%s", cmd.unknown(name))
		}
		if given[f.Name] {
			// the second would silently win: --period 2025H1 --period 2025
			return nil, fmt.Errorf("%s", msg.CLIFlagTwice.F(f.Name, cmd.name))
		}
		given[f.Name] = true
		if isBool(f) {
			if !hasValue {
				value = "true"
			}
			if _, err := strconv.ParseBool(value); err != nil {
				return nil, fmt.Errorf("%s", msg.CLIFlagBadBool.F(value, name, name, name))
			}
		} else if hasValue && strings.TrimSpace(value) == "" {
			return nil, fmt.Errorf("%s", msg.CLIFlagNoValue.F(name, name, placeholder(f)))
		} else if !hasValue {
			if i+1 >= len(args) {
				return nil, fmt.Errorf("%s", msg.CLIFlagNoValue.F(name, name, placeholder(f)))
			}
			i++
			value = args[i]
			if strings.TrimSpace(value) == "" {
				return nil, fmt.Errorf("%s", msg.CLIFlagNoValue.F(name, name, placeholder(f)))
			}
		}
		if _, ok := f.Value.(flag.Getter).Get().(int64); ok {
			// a number is read as written, in base ten: Go's own parsing
			// would read 010 as 8 and 0x10 as 16
			n, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			switch {
			case errors.Is(err, strconv.ErrRange):
				return nil, fmt.Errorf("%s", msg.CLIFlagIntRange.F(value, name))
			case err != nil:
				return nil, fmt.Errorf("%s", msg.CLIFlagBadInt.F(value, name))
			}
			value = strconv.FormatInt(n, 10)
		}
		if err := cmd.FlagSet.Set(name, value); err != nil {
			if _, ok := f.Value.(flag.Getter).Get().(int64); ok {
				if _, perr := strconv.ParseInt(value, 0, 64); errors.Is(perr, strconv.ErrRange) {
					return nil, fmt.Errorf("%s", msg.CLIFlagIntRange.F(value, name))
				}
				return nil, fmt.Errorf("%s", msg.CLIFlagBadInt.F(value, name))
			}
			return nil, fmt.Errorf("%s", msg.CLIFlagBadValue.F(value, name))
		}
	}
	return nil, nil
}

var errHelp = fmt.Errorf("help")

// unknown is the message for a flag the command does not have, with the
// nearest one it has.
func (cmd *command) unknown(name string) string {
	var names []string
	cmd.FlagSet.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if near, ok := diag.Closest(name, names, 3); ok {
		return msg.CLIFlagUnknownNear.F(name, cmd.name, near, cmd.name)
	}
	return msg.CLIFlagUnknown.F(name, cmd.name, cmd.name)
}

// help writes the command's help: its text, then each flag with what it
// takes and its default.
func (cmd *command) help(w io.Writer) {
	fmt.Fprint(w, cmd.usage.String())
	var flags []*flag.Flag
	cmd.FlagSet.VisitAll(func(f *flag.Flag) { flags = append(flags, f) })
	sort.Slice(flags, func(i, j int) bool { return flags[i].Name < flags[j].Name })
	for _, f := range flags {
		line := "  --" + f.Name
		if p := placeholder(f); p != "" {
			line += " " + p
		}
		fmt.Fprintln(w, line)
		text := f.Usage
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			text += " " + msg.CLIFlagDefault.F(f.DefValue)
		}
		fmt.Fprintln(w, "      "+text)
	}
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// placeholder names what a flag takes, for help and messages.
func placeholder(f *flag.Flag) string {
	if isBool(f) {
		return ""
	}
	if _, ok := f.Value.(flag.Getter).Get().(int64); ok {
		return msg.CLIFlagTakesNumber.F()
	}
	if t, ok := placeholders[f.Name]; ok {
		return t.F()
	}
	return msg.CLIFlagTakes.F()
}

// placeholders name what each flag that takes text takes.
var placeholders = map[string]msg.Text{
	"program":    msg.CLIFlagTakesFile,
	"arbeidsbok": msg.CLIFlagTakesFile,
	"doc":        msg.CLIFlagTakesFile,
	"ut":         msg.CLIFlagTakesPath,
	"period":     msg.CLIFlagTakesPeriod,
	"kommune":    msg.CLIFlagTakesKomm,
	"dato":       msg.CLIFlagTakesDate,
	"format":     msg.CLIFlagTakesFormat,
}

// maxThreshold is the largest --skjul: a higher one hides nearly every
// figure of a report, and a value with 11 digits may be a personal id
// typed into the wrong place, which the report would print.
const maxThreshold = 1000

// thresholdOK reports whether --skjul's value can be used, saying why not;
// hasInternal: the command has --intern, which the message then points to.
func (c *cli) thresholdOK(n int64, hasInternal bool) bool {
	switch {
	case n < 2 && !hasInternal:
		fmt.Fprintln(c.stderr, msg.CLIBadThresholdRegion.F(n))
	case n < 2:
		fmt.Fprintln(c.stderr, msg.CLIBadThreshold.F(n))
	case n > maxThreshold:
		fmt.Fprintln(c.stderr, msg.CLIThresholdHigh.F(maxThreshold, n, build.DefaultThreshold))
	default:
		return true
	}
	return false
}
