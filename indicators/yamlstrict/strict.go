// Package yamlstrict decodes YAML into Go structs strictly: unknown and
// duplicate keys, missing required fields and ill-typed values are all
// reported, with file, line and column and in Norwegian, into a diag.List.
// yaml.v3's own strict mode stops at the first error, in English, and
// (*yaml.Node).Decode ignores unknown fields; this package walks the nodes.
package yamlstrict

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/templates/msg"
)

// Problem codes.
const (
	CodeSyntax    = "BOSO-Y001"
	CodeUnknown   = "BOSO-Y002"
	CodeDuplicate = "BOSO-Y003"
	CodeMissing   = "BOSO-Y004"
	CodeType      = "BOSO-Y005"
	CodeValue     = "BOSO-Y006"
)

// Positions maps a YAML key of a struct to the position of its value.
// A struct field `At yamlstrict.Positions` tagged `yaml:"-"` is filled.
// The entries of a key holding a mapping or a list of scalars are there
// too, under Entry(key, name): a mapping's entries by their key (at the
// entry's value), a list's items by their text.
type Positions map[string]diag.Pos

// Entry returns the position of one entry of key's mapping or list.
func (p Positions) Entry(key, name string) (diag.Pos, bool) {
	pos, ok := p[entryKey(key, name)]
	return pos, ok
}

// entryKey cannot clash with a struct key: YAML keys of boso's structs
// hold no NUL.
func entryKey(key, name string) string { return key + "\x00" + name }

// Decoder is implemented by types that decode themselves from a node.
// They report problems into l and return normally.
type Decoder interface {
	DecodeYAML(d *Decoding, n *yaml.Node)
}

// Decoding is the state of one file's decoding.
type Decoding struct {
	File string
	L    *diag.List
	src  []byte
}

// Pos returns the position of n in the file.
func (d *Decoding) Pos(n *yaml.Node) diag.Pos {
	return diag.Pos{File: d.File, Line: n.Line, Col: n.Column}
}

// Errorf reports a problem at n.
func (d *Decoding) Errorf(n *yaml.Node, code, text string) {
	d.L.Add(code, d.Pos(n), text)
}

// ReadFile reads and decodes path into v. It reports every problem into l
// and returns false if the file could not be read or parsed at all.
func ReadFile(path string, v any, l *diag.List) bool {
	return ReadIn(files.OS, path, v, l)
}

// ReadIn is ReadFile for the file at path in fsys.
func ReadIn(fsys files.FS, path string, v any, l *diag.List) bool {
	data, err := fsys.ReadFile(path)
	if err != nil {
		l.Add(CodeSyntax, diag.Pos{File: path}, msg.TableOpen.F(msg.OSReason(err)))
		return false
	}
	return DecodeBytes(path, data, v, l)
}

// DecodeBytes parses data as the YAML file named file and decodes it into v.
func DecodeBytes(file string, data []byte, v any, l *diag.List) bool {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		l.Add(CodeSyntax, diag.Pos{File: file, Line: syntaxLine(err)}, msg.YAMLSyntax.F(syntaxText(err)))
		return false
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		l.Add(CodeSyntax, diag.Pos{File: file}, msg.YAMLEmpty.F())
		return false
	}
	d := &Decoding{File: file, L: l, src: data}
	d.maskIDs(root.Content[0], false)
	d.Decode(root.Content[0], v)
	return true
}

// syntaxText drops yaml.v3's "yaml: line N: " prefix; the line is in the position.
func syntaxText(err error) string {
	s := syntaxProblem(err)
	if t, ok := msg.YAMLProblems[s]; ok {
		return t.F()
	}
	// a problem of yaml.v3's not in the table: said in Norwegian, not
	// in the library's English
	return msg.YAMLOtherProblem.F()
}

// syntaxLine pulls the line number out of yaml.v3's "yaml: line N: …".
// yaml.v3 counts the lines of its parser's errors from 0 (its scanner's
// from 1) and leaves out a line 0: for the problems it knows, boso
// counts from 1 as editors do.
func syntaxLine(err error) int {
	s := err.Error()
	problem := syntaxProblem(err)
	_, known := msg.YAMLProblems[problem]
	if i := strings.Index(s, "line "); i >= 0 {
		s = s[i+5:]
		j := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
		if j > 0 {
			n, _ := strconv.Atoi(s[:j])
			if parserProblems[problem] {
				n++
			}
			return n
		}
	}
	if known {
		return 1
	}
	return 0
}

// parserProblems are the problems yaml.v3's parser (not its scanner)
// reports, with lines counted from 0.
var parserProblems = map[string]bool{
	"did not find expected key":           true,
	"did not find expected ',' or ']'":    true,
	"did not find expected ',' or '}'":    true,
	"did not find expected node content":  true,
	"did not find expected '-' indicator": true,
}

// syntaxProblem is yaml.v3's problem without its prefixes.
func syntaxProblem(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	if strings.HasPrefix(s, "line ") {
		if _, rest, ok := strings.Cut(s, ": "); ok {
			s = rest
		}
	}
	return s
}

// Decode decodes n into v, a non-nil pointer.
func (d *Decoding) Decode(n *yaml.Node, v any) {
	d.value(n, reflect.ValueOf(v).Elem())
}

var (
	decoderType   = reflect.TypeOf((*Decoder)(nil)).Elem()
	unmarshalText = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	positionsType = reflect.TypeOf(Positions(nil))
	posType       = reflect.TypeOf(diag.Pos{})
)

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return msg.YAMLKindMapping.F()
	case yaml.SequenceNode:
		return msg.YAMLKindList.F()
	case yaml.AliasNode:
		return msg.YAMLKindAlias.F()
	}
	return msg.YAMLKindScalar.F() + " «" + clip(n.Value) + "»"
}

// clipRunes is how much of a value a message quotes: a whole file read
// as one scalar (a CSV given as the programme file) is not echoed.
const clipRunes = 60

// clip shortens a value for a message to its first clipRunes runes, on
// one line.
func clip(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i] + " …"
	}
	if r := []rune(s); len(r) > clipRunes {
		s = string(r[:clipRunes]) + "…"
	}
	return s
}

func (d *Decoding) value(n *yaml.Node, v reflect.Value) {
	if n.Kind == yaml.AliasNode {
		d.Errorf(n, CodeType, msg.YAMLAnchorsBanned.F())
		return
	}
	if v.CanAddr() && v.Addr().Type().Implements(decoderType) {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v.Addr().Interface().(Decoder).DecodeYAML(d, n)
		return
	}
	if v.CanAddr() && v.Addr().Type().Implements(unmarshalText) && v.Kind() != reflect.Pointer {
		if n.Kind != yaml.ScalarNode {
			d.Errorf(n, CodeType, msg.YAMLWantScalar.F(kindName(n)))
			return
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Value)); err != nil {
			if strings.Contains(n.Value, msg.PIIMask.String()) {
				// masked before it was read (maskIDs): the digits are not
				// read, and the value is not «no number»
				d.Errorf(n, CodeValue, msg.YAMLValuePersonal.F())
				return
			}
			d.Errorf(n, CodeValue, msg.YAMLBadValue.F(n.Value, err.Error()))
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if n.Tag == "!!null" {
			return
		}
		p := reflect.New(v.Type().Elem())
		d.value(n, p.Elem())
		v.Set(p)
	case reflect.Struct:
		d.structValue(n, v)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			if n.Tag == "!!null" {
				return
			}
			// A single scalar where a list of scalars is expected is taken as a one-item list.
			if n.Kind == yaml.ScalarNode && v.Type().Elem().Kind() == reflect.String {
				v.Set(reflect.Append(v, reflect.ValueOf(n.Value).Convert(v.Type().Elem())))
				return
			}
			d.Errorf(n, CodeType, msg.YAMLWantList.F(kindName(n)))
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.value(c, s.Index(i))
		}
		v.Set(s)
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			if n.Tag == "!!null" {
				return
			}
			d.Errorf(n, CodeType, msg.YAMLWantMapping.F(kindName(n)))
			return
		}
		m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if first, dup := seen[k.Value]; dup {
				d.Errorf(k, CodeDuplicate, msg.YAMLDuplicateKey.F(k.Value, first))
				continue
			}
			seen[k.Value] = k.Line
			key := reflect.New(v.Type().Key()).Elem()
			d.value(k, key)
			e := reflect.New(v.Type().Elem()).Elem()
			d.value(val, e)
			m.SetMapIndex(key, e)
		}
		v.Set(m)
	case reflect.Interface:
		var x any
		if err := n.Decode(&x); err != nil {
			d.Errorf(n, CodeValue, msg.YAMLBadValue.F(n.Value, err.Error()))
			return
		}
		if x != nil {
			v.Set(reflect.ValueOf(x))
		}
	default:
		d.scalar(n, v)
	}
}

func (d *Decoding) scalar(n *yaml.Node, v reflect.Value) {
	if n.Kind != yaml.ScalarNode {
		d.Errorf(n, CodeType, msg.YAMLWantScalar.F(kindName(n)))
		return
	}
	s := n.Value
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Bool:
		switch s {
		case "true", "True", "TRUE":
			v.SetBool(true)
		case "false", "False", "FALSE":
			v.SetBool(false)
		default:
			d.Errorf(n, CodeType, msg.YAMLWantBool.F(s))
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 10, v.Type().Bits())
		if err != nil {
			d.Errorf(n, CodeType, msg.YAMLWantInt.F(s))
			return
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		i, err := strconv.ParseUint(s, 10, v.Type().Bits())
		if err != nil {
			d.Errorf(n, CodeType, msg.YAMLWantInt.F(s))
			return
		}
		v.SetUint(i)
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			d.Errorf(n, CodeType, msg.YAMLWantNumber.F(s))
			return
		}
		v.SetFloat(f)
	default:
		panic(fmt.Sprintf("yamlstrict: unsupported kind %s", v.Kind()))
	}
}

// Field describes one YAML key of a struct.
type Field struct {
	Key      string
	Required bool
	Type     reflect.Type
	index    int
}

// Fields lists the YAML keys of struct type t in declaration order.
func Fields(t reflect.Type) []Field {
	var out []Field
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		if tag == "-" || !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out = append(out, Field{Key: name, Required: strings.Contains(opts, "required"), Type: f.Type, index: i})
	}
	return out
}

func (d *Decoding) structValue(n *yaml.Node, v reflect.Value) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.Tag.Get("yaml") == "-" {
			switch f.Type {
			case posType:
				v.Field(i).Set(reflect.ValueOf(d.Pos(n)))
			case positionsType:
				v.Field(i).Set(reflect.ValueOf(Positions{}))
			}
		}
	}
	if n.Kind != yaml.MappingNode {
		d.Errorf(n, CodeType, msg.YAMLWantMapping.F(kindName(n)))
		return
	}
	fields := Fields(t)
	byKey := map[string]Field{}
	for _, f := range fields {
		byKey[f.Key] = f
	}
	var at Positions
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Type == positionsType && t.Field(i).Tag.Get("yaml") == "-" {
			at = v.Field(i).Interface().(Positions)
		}
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		f, ok := byKey[k.Value]
		if !ok {
			d.Errorf(k, CodeUnknown, unknownField(k.Value, fields))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.Errorf(k, CodeDuplicate, msg.YAMLDuplicateKey.F(k.Value, first))
			continue
		}
		seen[k.Value] = k.Line
		if at != nil {
			at[k.Value] = d.Pos(val)
			d.entries(at, k.Value, val)
			if val.Kind == yaml.SequenceNode { // items as key[0], key[1] …
				for j, item := range val.Content {
					at[k.Value+"["+strconv.Itoa(j)+"]"] = d.Pos(item)
				}
			}
		}
		d.value(val, v.Field(f.index))
	}
	for _, f := range fields {
		if _, ok := seen[f.Key]; f.Required && !ok {
			d.Errorf(n, CodeMissing, msg.YAMLMissingField.F(f.Key))
		}
	}
}

// entries records the positions of a mapping's entries and of a list's
// scalar items; the first of two equal ones wins.
func (d *Decoding) entries(at Positions, key string, n *yaml.Node) {
	add := func(name string, pos *yaml.Node) {
		if _, dup := at[entryKey(key, name)]; !dup {
			at[entryKey(key, name)] = d.Pos(pos)
		}
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			add(n.Content[i].Value, n.Content[i+1])
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			if c.Kind == yaml.ScalarNode {
				add(c.Value, c)
			}
		}
	}
}

func unknownField(key string, fields []Field) string {
	names := make([]string, 0, len(fields))
	for _, f := range fields {
		names = append(names, f.Key)
	}
	if best, ok := diag.Closest(key, names, 2); ok {
		return msg.YAMLDidYouMean.F(key, best)
	}
	sort.Strings(names)
	return msg.YAMLKnownFields.F(key, strings.Join(names, ", "))
}

// Text is a scalar string that remembers where it stands in the file, so
// that errors found later inside it (an expression's column) can be mapped
// back to the file's line and column.
type Text struct {
	Value string
	Pos   diag.Pos // position of the scalar's first character (the quote, if quoted)
	Style yaml.Style
	// indent is a block scalar's indentation, read from the file (the
	// parser does not keep it); 0 when unknown.
	indent int
}

// DecodeYAML implements Decoder.
func (t *Text) DecodeYAML(d *Decoding, n *yaml.Node) {
	if n.Kind != yaml.ScalarNode {
		d.Errorf(n, CodeType, msg.YAMLWantScalar.F(kindName(n)))
		return
	}
	*t = Text{Value: n.Value, Pos: d.Pos(n), Style: n.Style}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		t.indent = blockIndent(d.src, n.Line)
	}
}

// blockIndent is the indentation of the first non-empty line after line
// (1-based) in src: that of a block scalar starting there.
func blockIndent(src []byte, line int) int {
	lines := strings.Split(string(src), "\n")
	for i := line; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], "\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		return len(l) - len(strings.TrimLeft(l, " "))
	}
	return 0
}

// At returns the file position of the 1-based line and column inside the text.
// For block scalars (| and >) the line is exact and the column too when the
// text came from a file; a folded block (>) joins lines, so positions after
// its first line are approximate.
func (t Text) At(line, col int) diag.Pos {
	p := t.Pos
	switch {
	case t.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 && t.indent > 0:
		p.Line += line
		p.Col = t.indent + col
	case t.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		p.Line += line
		p.Col += 2 + col - 1
	case line <= 1:
		if t.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
			p.Col++
		}
		p.Col += col - 1
	default:
		p.Line += line - 1
		p.Col = col
	}
	return p
}
