package ssb

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/templates/msg"
)

// The JSON-stat 2.0 dataset fields boso reads; others ("extension",
// "link", …) are left alone.
type jsDataset struct {
	Version   *string                `json:"version"`
	Class     string                 `json:"class"`
	Label     string                 `json:"label"`
	Source    string                 `json:"source"`
	Updated   string                 `json:"updated"`
	Note      json.RawMessage        `json:"note"`
	ID        []string               `json:"id"`
	Size      []int                  `json:"size"`
	Role      map[string][]string    `json:"role"`
	Dimension map[string]jsDimension `json:"dimension"`
	Value     json.RawMessage        `json:"value"`
	Status    json.RawMessage        `json:"status"`
}

type jsDimension struct {
	Label    string `json:"label"`
	Category struct {
		Index json.RawMessage   `json:"index"`
		Label map[string]string `json:"label"`
		Unit  map[string]struct {
			Label    string `json:"label"`
			Base     string `json:"base"` // SSB writes the unit's name here
			Decimals *int   `json:"decimals"`
		} `json:"unit"`
	} `json:"category"`
}

// ReadJSONStat reads a JSON-stat 2.0 dataset, as PxWebApi 2 returns it
// (outputFormat=json-stat2, the default); name is the file name used in
// messages. Every cell is a number or one of SSB's symbols from "status".
// The error is an *Error or an Errors.
func ReadJSONStat(r io.Reader, name string) (*Table, error) {
	b, err := readAll(r, name)
	if err != nil {
		return nil, err
	}
	return readJSONStat(b, name)
}

func readJSONStat(b []byte, name string) (*Table, error) {
	fail := func(m string, err error) (*Table, error) {
		return nil, &Error{Pos: diag.Pos{File: name}, Msg: m, Err: err}
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(b)) == 0 {
		return fail(msg.SSBEmpty.String(), nil)
	}
	var ds jsDataset
	if err := json.Unmarshal(b, &ds); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return fail(msg.SSBNotJSONStat.String(), err)
		}
		return nil, jsonError(b, name, err)
	}
	if ds.ID == nil {
		var top map[string]json.RawMessage
		if json.Unmarshal(b, &top) == nil && looksJSONStat1(top) {
			return fail(msg.SSBJSONStat1.String(), nil)
		}
		return fail(msg.SSBNotJSONStat.String(), nil)
	}
	if ds.Version != nil && !strings.HasPrefix(*ds.Version, "2") {
		return fail(msg.SSBJSONVersion.F(show(*ds.Version)), nil)
	}
	if ds.Class != "" && ds.Class != "dataset" {
		return fail(msg.SSBJSONClass.F(show(ds.Class)), nil)
	}
	t := &Table{Name: name, Format: "json-stat2", Label: ds.Label, Number: tableNumber(ds.Label),
		Source: ds.Source, Updated: ds.Updated, Notes: notes(ds.Note)}

	if len(ds.ID) != len(ds.Size) {
		return fail(msg.SSBJSONIDSize.F(len(ds.ID), len(ds.Size)), nil)
	}
	roles := map[string]Role{}
	for _, r := range []struct {
		key  string
		role Role
	}{{"time", Time}, {"geo", Geo}, {"metric", Metric}} {
		for _, id := range ds.Role[r.key] {
			if _, seen := roles[id]; !seen {
				roles[id] = r.role
			}
		}
	}
	seen := map[string]bool{}
	for i, id := range ds.ID {
		if seen[id] {
			return fail(msg.SSBJSONDupDim.F(show(id)), nil)
		}
		seen[id] = true
		jd, ok := ds.Dimension[id]
		if !ok {
			return fail(msg.SSBJSONNoDim.F(show(id)), nil)
		}
		d, err := jsonDimension(id, jd)
		if err != nil {
			return fail(err.Error(), nil)
		}
		if ds.Size[i] != len(d.Categories) {
			return fail(msg.SSBJSONDimSize.F(show(id), ds.Size[i], len(d.Categories)), nil)
		}
		if role, ok := roles[id]; ok {
			d.Role = role
		}
		t.Dims = append(t.Dims, d)
	}
	// A dimension "role" leaves out gets a role by its name or codes, when
	// no other dimension has that role.
	for i := range t.Dims {
		if _, ok := roles[t.Dims[i].ID]; ok {
			continue
		}
		if r := guessRole(t.Dims[i]); r != Other && t.ByRole(r) == nil {
			t.Dims[i].Role = r
		}
	}
	n := size(t.Dims)
	if n < 0 {
		return fail(msg.SSBTooManyCells.F(sizes(ds.Size), maxCells), nil)
	}
	t.Cells = make([]Cell, n)
	values, err := jsonValues(ds.Value, n)
	if err != nil {
		return fail(err.Error(), nil)
	}
	status, err := jsonStatus(ds.Status, n)
	if err != nil {
		return fail(err.Error(), nil)
	}
	var errs Errors
	for i := range t.Cells {
		c, err := jsonCell(values[i], status(i))
		if err != nil {
			if len(errs) < maxErrors {
				errs = append(errs, &Error{Pos: diag.Pos{File: name}, Msg: msg.SSBJSONCell.F(i, t.describe(i), err.Error())})
			}
			continue
		}
		t.Cells[i] = c
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return t, nil
}

// looksJSONStat1 reports a JSON-stat 1.x bundle: datasets under their own
// keys, each with its dimensions' ids inside "dimension".
func looksJSONStat1(top map[string]json.RawMessage) bool {
	for _, v := range top {
		var ds struct {
			Dimension map[string]json.RawMessage `json:"dimension"`
		}
		if json.Unmarshal(v, &ds) == nil && ds.Dimension != nil {
			if _, ok := ds.Dimension["id"]; ok {
				return true
			}
		}
	}
	return false
}

// jsonError turns a decoding error into an *Error with a line and column.
func jsonError(b []byte, name string, err error) error {
	pos := diag.Pos{File: name}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		pos.Line, pos.Col = lineCol(b, se.Offset)
		if se.Offset >= int64(len(bytes.TrimRight(b, " \t\r\n"))) {
			return &Error{Pos: pos, Msg: msg.SSBJSONTruncated.String(), Err: err}
		}
		return &Error{Pos: pos, Msg: msg.SSBJSONSyntax.String(), Err: err}
	case errors.As(err, &te):
		pos.Line, pos.Col = lineCol(b, te.Offset)
		return &Error{Pos: pos, Msg: msg.SSBJSONType.F(show(te.Field), jsonTypeName(te.Value), jsonTypeName(te.Type.Kind().String())), Err: err}
	}
	return &Error{Pos: pos, Msg: msg.SSBJSONSyntax.String(), Err: err}
}

// jsonTypeName names a JSON type (as encoding/json names the value found)
// or a Go kind (the type expected) in Norwegian.
func jsonTypeName(kind string) string {
	switch {
	case kind == "string":
		return msg.SSBJSONWantText.String()
	case kind == "number" || strings.HasPrefix(kind, "number ") || strings.HasPrefix(kind, "int") || strings.HasPrefix(kind, "float") || strings.HasPrefix(kind, "uint"):
		return msg.SSBJSONWantNumber.String()
	case kind == "array" || kind == "slice":
		return msg.SSBJSONWantList.String()
	case kind == "object" || kind == "map" || kind == "struct":
		return msg.SSBJSONWantObject.String()
	case kind == "bool":
		return msg.SSBJSONWantBool.String()
	}
	return kind
}

// lineCol returns the 1-based line and column of a byte offset.
func lineCol(b []byte, off int64) (int, int) {
	if off < 0 {
		off = 0
	}
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	line := 1 + bytes.Count(b[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(b[:off], '\n')
	return line, col
}

func notes(raw json.RawMessage) []string {
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list
	}
	var one string
	if json.Unmarshal(raw, &one) == nil && one != "" {
		return []string{one}
	}
	return nil
}

type jsError string

func (e jsError) Error() string { return string(e) }

// jsonDimension reads one dimension's categories in their order.
func jsonDimension(id string, jd jsDimension) (Dimension, error) {
	d := Dimension{ID: id, Label: jd.Label}
	var codes []string
	raw := bytes.TrimSpace(jd.Category.Index)
	switch {
	case len(raw) == 0 || bytes.Equal(raw, []byte("null")):
		// JSON-stat leaves out the index of a dimension with one category.
		if len(jd.Category.Label) != 1 {
			return d, jsError(msg.SSBJSONNoIndex.F(show(id), len(jd.Category.Label)))
		}
		for code := range jd.Category.Label {
			codes = append(codes, code)
		}
	case raw[0] == '[':
		if err := json.Unmarshal(raw, &codes); err != nil {
			return d, jsError(msg.SSBJSONBadIndex.F(show(id)))
		}
	case raw[0] == '{':
		var pos map[string]int
		if err := json.Unmarshal(raw, &pos); err != nil {
			return d, jsError(msg.SSBJSONBadIndex.F(show(id)))
		}
		codes = make([]string, len(pos))
		for _, code := range sortedKeys(pos) {
			p := pos[code]
			if p < 0 || p >= len(pos) || codes[p] != "" {
				return d, jsError(msg.SSBJSONIndexPos.F(show(id), show(code), p, len(pos)-1))
			}
			codes[p] = code
		}
	default:
		return d, jsError(msg.SSBJSONBadIndex.F(show(id)))
	}
	for _, code := range codes {
		if _, dup := d.Find(code); dup {
			return d, jsError(msg.SSBJSONDupCategory.F(show(id), show(code)))
		}
		c := Category{Code: code, Label: code, Decimals: -1}
		if l, ok := jd.Category.Label[code]; ok {
			c.Label = l
		}
		if u, ok := jd.Category.Unit[code]; ok {
			c.Unit = u.Label
			if c.Unit == "" {
				c.Unit = u.Base
			}
			if u.Decimals != nil {
				c.Decimals = *u.Decimals
			}
		}
		d.add(c)
	}
	return d, nil
}

// jsonValues reads "value": an array of n numbers or nulls, or an object
// position → value. A position the object leaves out is nil.
func jsonValues(raw json.RawMessage, n int) ([]json.RawMessage, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, jsError(msg.SSBJSONNoValue.String())
	}
	if raw[0] == '{' {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(raw, &m); err != nil {
			return nil, jsError(msg.SSBJSONValueForm.String())
		}
		out := make([]json.RawMessage, n)
		for _, k := range sortedKeys(m) {
			v := m[k]
			i, ok := position(k, n)
			if !ok {
				return nil, jsError(msg.SSBJSONValueKey.F(show(k), n-1))
			}
			out[i] = v
		}
		return out, nil
	}
	list, ok := splitScalars(raw)
	if !ok {
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, jsError(msg.SSBJSONValueForm.String())
		}
	}
	if len(list) != n {
		return nil, jsError(msg.SSBJSONValueCount.F(len(list), n))
	}
	return list, nil
}

// splitScalars splits a JSON array of numbers and nulls (already checked
// to be valid JSON) into its elements without copying them: the fast path
// for SSB's "value", which may hold 800 000 numbers. ok is false for
// anything else (a string, an object), which the caller decodes the slow
// way.
func splitScalars(raw []byte) (out []json.RawMessage, ok bool) {
	if len(raw) < 2 || raw[0] != '[' || raw[len(raw)-1] != ']' {
		return nil, false
	}
	body := bytes.TrimSpace(raw[1 : len(raw)-1])
	if len(body) == 0 {
		return []json.RawMessage{}, true
	}
	out = make([]json.RawMessage, 0, bytes.Count(body, []byte(","))+1)
	for len(body) > 0 {
		i := bytes.IndexByte(body, ',')
		var tok []byte
		if i < 0 {
			tok, body = body, nil
		} else {
			tok, body = body[:i], body[i+1:]
		}
		tok = bytes.TrimSpace(tok)
		if len(tok) == 0 || tok[0] == '"' || tok[0] == '[' || tok[0] == '{' {
			return nil, false
		}
		out = append(out, tok)
	}
	return out, true
}

// position reads an object key that is a cell position below n.
func position(k string, n int) (int, bool) {
	if k == "" || (len(k) > 1 && k[0] == '0') {
		return 0, false
	}
	i, err := strconv.Atoi(k)
	return i, err == nil && i >= 0 && i < n
}

// jsonStatus reads "status": one string for every cell, an array of n (or
// one), or an object position → symbol. It returns the status of a cell.
func jsonStatus(raw json.RawMessage, n int) (func(int) string, error) {
	raw = bytes.TrimSpace(raw)
	none := func(int) string { return "" }
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return none, nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, jsError(msg.SSBJSONStatusForm.String())
		}
		return func(int) string { return s }, nil
	case '[':
		var list []*string
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, jsError(msg.SSBJSONStatusForm.String())
		}
		if len(list) == 1 && n != 1 {
			s := deref(list[0])
			return func(int) string { return s }, nil
		}
		if len(list) != n {
			return nil, jsError(msg.SSBJSONStatusCount.F(len(list), n))
		}
		return func(i int) string { return deref(list[i]) }, nil
	case '{':
		var m map[string]*string
		if err := json.Unmarshal(raw, &m); err != nil {
			return nil, jsError(msg.SSBJSONStatusForm.String())
		}
		at := make(map[int]string, len(m))
		for _, k := range sortedKeys(m) {
			v := m[k]
			i, ok := position(k, n)
			if !ok {
				return nil, jsError(msg.SSBJSONStatusKey.F(show(k), n-1))
			}
			at[i] = deref(v)
		}
		return func(i int) string { return at[i] }, nil
	}
	return nil, jsError(msg.SSBJSONStatusForm.String())
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// jsonCell makes a cell of a value (nil or null for none) and a status.
func jsonCell(v json.RawMessage, status string) (Cell, error) {
	v = bytes.TrimSpace(v)
	var val num.Dec
	has := len(v) > 0 && !bytes.Equal(v, []byte("null"))
	if has {
		if v[0] == '"' || v[0] == '{' || v[0] == '[' || v[0] == 't' || v[0] == 'f' {
			return Cell{}, jsError(msg.SSBJSONNotNumber.F(show(string(v))))
		}
		d, err := jsonNumber(string(v))
		if err != nil {
			return Cell{}, err
		}
		val = d
	}
	status = strings.TrimSpace(status)
	if status == "" {
		if has {
			return Cell{Kind: Number, Value: val}, nil
		}
		return Cell{Kind: Empty}, nil
	}
	k, known := symbolKind(status)
	switch {
	case !known && has:
		// A status SSB has no symbol for beside a figure (e.g. a mark for
		// provisional figures): the figure stands, the status is kept.
		return Cell{Kind: Number, Value: val, Status: status}, nil
	case !known:
		return Cell{}, jsError(msg.SSBUnknownStatus.F(show(status)))
	case k == Zero && has && val != 0:
		return Cell{}, jsError(msg.SSBJSONZeroValue.F(val.String()))
	case k == Zero:
		return Cell{Kind: Zero}, nil
	case k == Tiny:
		return Cell{Kind: Tiny, Value: val}, nil
	}
	// «.», «..», «...», «:»: no figure, whatever "value" says; a
	// confidential figure is never passed on.
	return Cell{Kind: k}, nil
}

// jsonNumber reads a JSON number; more than four decimals are rounded.
func jsonNumber(s string) (num.Dec, error) {
	if d, err := num.Parse(s); err == nil {
		return d, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if errors.Is(err, strconv.ErrRange) || math.IsInf(f, 0) {
		return 0, jsError(msg.SSBNumberTooLarge.F(show(s)))
	}
	if err != nil {
		return 0, jsError(msg.SSBJSONNotNumber.F(show(s)))
	}
	d, ok := num.FromFloat(f)
	if !ok {
		return 0, jsError(msg.SSBNumberTooLarge.F(show(s)))
	}
	return d, nil
}

// describe names the categories of cell i: «region 3403, år 2025».
func (t *Table) describe(i int) string {
	parts := make([]string, len(t.Dims))
	for d := len(t.Dims) - 1; d >= 0; d-- {
		n := len(t.Dims[d].Categories)
		name := t.Dims[d].Label
		if name == "" {
			name = t.Dims[d].ID
		}
		parts[d] = name + " " + show(t.Dims[d].Categories[i%n].Code)
		i /= n
	}
	return strings.Join(parts, ", ")
}

func sizes(s []int) string {
	p := make([]string, len(s))
	for i, n := range s {
		p[i] = strconv.Itoa(n)
	}
	return strings.Join(p, " × ")
}

// sortedKeys returns an object's keys in order, so that the first problem
// reported is the same every run.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
