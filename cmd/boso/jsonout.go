package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"boso/indicators/diag"
)

// jsonProblem is one problem as validate --format json prints it. The
// field names are a contract with scripts (documented on the reference
// page): add fields, never rename them.
type jsonProblem struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	File     string `json:"file,omitempty"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
	Header   string `json:"header,omitempty"`
	Sheet    string `json:"sheet,omitempty"`
	Row      int    `json:"row,omitempty"`
	Cell     string `json:"cell,omitempty"`
	Position string `json:"position,omitempty"`
	Message  string `json:"message"`
}

type jsonProblems struct {
	Problems []jsonProblem `json:"problems"`
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
	// Failure is set when boso could not run to the end (exit code 2, or
	// 3 for a bug in boso); Problems are those found until then.
	Failure *jsonFailure `json:"failure,omitempty"`
}

// jsonFailure says why a run stopped: its exit code and the message, in
// Norwegian, that standard error also shows.
type jsonFailure struct {
	ExitCode int    `json:"exit_code"`
	Message  string `json:"message"`
}

// problemsJSON prints the problems as JSON on stdout; the exit code is
// the text form's.
func (c *cli) problemsJSON(l *diag.List) int {
	if _, err := c.printJSON(l, nil); err != nil {
		return exitCannot
	}
	if l.Errors() > 0 {
		return exitProblems
	}
	return exitOK
}

// failureJSON prints, for a run that stopped with code, the problems found
// until then and why it stopped; it returns code.
func (c *cli) failureJSON(l *diag.List, code int, why string) int {
	c.printJSON(l, &jsonFailure{ExitCode: code, Message: strings.TrimSpace(why)})
	return code
}

func (c *cli) printJSON(l *diag.List, failure *jsonFailure) (jsonProblems, error) {
	out := jsonProblems{Problems: []jsonProblem{}, Errors: l.Errors(), Warnings: l.Len() - l.Errors(), Failure: failure}
	for _, p := range l.Items() {
		j := jsonProblem{Code: p.Code, Severity: "error", File: p.Pos.File, Line: p.Pos.Line, Column: p.Pos.Col,
			Sheet: p.Pos.Sheet, Row: p.Pos.Row, Position: p.Pos.String(), Message: p.Msg}
		if p.Severity == diag.Warning {
			j.Severity = "warning"
		}
		if p.Pos.Sheet != "" {
			if columnLetters(p.Pos.Column) && p.Pos.Row > 0 {
				j.Cell = p.Pos.Column + strconv.Itoa(p.Pos.Row)
			}
		} else {
			j.Header = p.Pos.Column
		}
		out.Problems = append(out.Problems, j)
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		fmt.Fprintln(c.stderr, err)
		return out, err
	}
	fmt.Fprintln(c.stdout, string(b))
	return out, nil
}

// columnLetters reports whether s is a column in Excel's letters (C, AB).
func columnLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}
