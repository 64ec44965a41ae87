package source

import (
	"errors"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/kommuner"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/indicators/source/parse"
	"boso/indicators/source/table"
	"boso/indicators/yamlstrict"
	"boso/templates/msg"
	"boso/templates/msg/norsk"
)

// Problem codes of mappings and records.
const (
	CodeMapping  = "BOSO-M001"
	CodeFile     = "BOSO-M002"
	CodeColumn   = "BOSO-M003"
	CodeValue    = "BOSO-R001"
	CodeKommune  = "BOSO-R002"
	CodeCategory = "BOSO-R003"
	CodeLayout   = "BOSO-R004"
	// CodeEmpty warns of a register export with a header and no rows
	// while its covers says it spans more than a year.
	CodeEmpty = "BOSO-R005"
	// CodeSumRow warns of a totals row (Sum, Totalt, I alt) with data
	// rows below it, or with a key that says Sum.
	CodeSumRow = "BOSO-R006"
	// CodeFormula is a formula cell without a stored value in a column
	// that is read.
	CodeFormula = "BOSO-R007"
	// CodeDuplicateRow warns of a row identical in every cell to an
	// earlier one: an export pasted in twice counts everything twice.
	CodeDuplicateRow = "BOSO-R010"
)

// Reserved register names: population and aggregate (entered) tables.
const (
	PopulationRegister = "innbyggere"
	AggregateRegister  = "tall"
)

// reservedFields lists the canonical fields the reserved registers need.
var reservedFields = map[string][]string{
	PopulationRegister: {"kommune", "aar", "innbyggere"},
	AggregateRegister:  {"kommune", "periode", "indikator", "verdi"},
}

// Mapping is one source mapping file: one export file read into one register.
type Mapping struct {
	Pos diag.Pos             `yaml:"-"`
	At  yamlstrict.Positions `yaml:"-"`
	// Path is the mapping file; File is resolved against its folder.
	Path string `yaml:"-"`
	// Invalid is set when the mapping has problems; it is then not read.
	Invalid bool `yaml:"-"`
	// Files is where the mapping and its export are read (the zero FS:
	// on disk, as the paths are written).
	Files files.FS `yaml:"-"`

	ID        string  `yaml:"id,required"`
	Register  string  `yaml:"register,required"`
	File      string  `yaml:"file,required"`
	Sheet     string  `yaml:"sheet"`
	Encoding  string  `yaml:"encoding"`
	Delimiter string  `yaml:"delimiter"`
	Decimal   string  `yaml:"decimal"`
	Kommune   string  `yaml:"kommune"`
	Covers    *Covers `yaml:"covers"`
	// Format names a known file layout (FormatBosoTall); its fields need
	// not be listed.
	Format string `yaml:"format"`
	// Where selects the rows of the file that belong to this register
	// (one export routed to several registers); empty takes every row.
	Where yamlstrict.Text `yaml:"where"`
	// Fields is required unless Format gives them.
	Fields map[string]*FieldMap `yaml:"fields"`

	derive derivation
}

// Covers is the span of dates a register export covers.
type Covers struct {
	From     period.Date  `yaml:"from,required"`
	To       *period.Date `yaml:"to"`
	Exported *period.Date `yaml:"exported"`
}

// Last returns the last day covered.
func (c *Covers) Last() period.Date {
	if c.To != nil {
		return *c.To
	}
	if c.Exported != nil {
		return *c.Exported
	}
	return c.From
}

// FieldMap maps one column onto one canonical field.
type FieldMap struct {
	Pos diag.Pos             `yaml:"-"`
	At  yamlstrict.Positions `yaml:"-"`

	// Column names the export's column; a derived field has Expr instead.
	Column string `yaml:"column"`
	// Expr computes the field from other fields of the row.
	Expr yamlstrict.Text `yaml:"expr"`
	// When reads the column only on rows where it holds; elsewhere the
	// field is empty (one date column holding several kinds of event).
	When      yamlstrict.Text   `yaml:"when"`
	Type      FieldType         `yaml:"type,required"`
	Formats   []string          `yaml:"formats"`
	Values    map[string]string `yaml:"values"`
	Codes     []string          `yaml:"codes"`
	True      []string          `yaml:"true"`
	False     []string          `yaml:"false"`
	Tolerant  bool              `yaml:"tolerant"`
	Sensitive bool              `yaml:"sensitive"`
	// Max is the largest value one row may hold (number, amount): a
	// plausibility ceiling below maxAmount for what the register holds
	// (a startlån of 9 999 999 999 kr is a typo, not a loan).
	Max *num.Dec `yaml:"max"`

	dateFormats []parse.DateFormat
	values      map[string]string // lower-cased keys
	labels      map[string]string // lower-cased key → the key as the mapping writes it
}

// FieldType is the type of a canonical field.
type FieldType string

// The field types.
const (
	Text     FieldType = "text"
	Category FieldType = "category"
	Date     FieldType = "date"
	Number   FieldType = "number"
	Amount   FieldType = "amount"
	Bool     FieldType = "bool"
	Kommune  FieldType = "kommune"
	Period   FieldType = "period"
)

// FieldTypes lists every field type.
var FieldTypes = []FieldType{Text, Category, Date, Number, Amount, Bool, Kommune, Period}

// UnmarshalText checks the type name.
func (t *FieldType) UnmarshalText(b []byte) error {
	for _, ft := range FieldTypes {
		if string(ft) == string(b) {
			*t = ft
			return nil
		}
	}
	names := make([]string, len(FieldTypes))
	for i, ft := range FieldTypes {
		names[i] = string(ft)
	}
	return errString(msg.DefBadEnum.F(string(b), strings.Join(names, ", ")))
}

type errString string

func (e errString) Error() string { return string(e) }

// LoadMappings reads mapping files and validates each on its own.
func LoadMappings(paths []string, l *diag.List) []*Mapping {
	return LoadMappingsWithin(paths, Within{AllowOutside: true}, l)
}

// LoadMappingsWithin is LoadMappings for a programme's mappings: a
// mapping whose file: the programme may not name (see Within) is an
// error, and invalid, and its file is not looked at.
func LoadMappingsWithin(paths []string, within Within, l *diag.List) []*Mapping {
	var out []*Mapping
	for _, p := range paths {
		m := &Mapping{}
		before := l.Errors()
		if !yamlstrict.ReadIn(within.Files, p, m, l) {
			continue
		}
		m.Path = p
		m.Files = within.Files
		m.validate(l, within)
		m.Invalid = l.Errors() > before
		out = append(out, m)
	}
	return out
}

// FilePath returns the export file's path.
func (m *Mapping) FilePath() string {
	if filepath.IsAbs(m.File) {
		return m.File
	}
	return filepath.Join(filepath.Dir(m.Path), m.File)
}

// FieldNames returns the canonical field names, sorted.
func (m *Mapping) FieldNames() []string {
	out := make([]string, 0, len(m.Fields))
	for k := range m.Fields {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (m *Mapping) pos(key string) diag.Pos {
	if p, ok := m.At[key]; ok {
		return p
	}
	return m.Pos
}

func (m *Mapping) isXLSX() bool {
	return strings.EqualFold(filepath.Ext(m.File), ".xlsx")
}

func (m *Mapping) validate(l *diag.List, within Within) {
	m.applyFormat(l)
	if !table.KnownEncoding(m.Encoding) {
		// said where it is written, before the file is opened
		text := msg.TableUnknownEncoding.F(m.Encoding)
		switch strings.ToLower(strings.TrimSpace(m.Encoding)) {
		case "utf-16", "utf16", "unicode", "ucs-2", "ucs2":
			text = msg.MapEncodingUTF16.F(m.Encoding)
		}
		l.Add(CodeMapping, m.pos("encoding"), text)
	}
	// a folder or a special file (a FIFO would wait forever when read)
	// is told at the file key, as what it is, before its type
	var notFile error
	if why := within.Check(filepath.Dir(m.Path), m.File); why != "" {
		l.Add(CodePathOutside, m.pos("file"), why)
	} else if m.File != "" {
		var special *files.NotRegularError
		if err := m.Files.Regular(m.FilePath()); errors.Is(err, syscall.EISDIR) || errors.As(err, &special) {
			notFile = err
			l.Add(CodeFile, m.pos("file"), msg.MapFileNotRegular.F(m.FilePath(), msg.OSReason(err)))
		} else if err != nil {
			l.Add(CodeFile, m.pos("file"), missingFile(m.File, m.FilePath(), err))
		}
	}
	switch strings.ToLower(filepath.Ext(m.File)) {
	case ".csv", ".txt", ".tsv", ".xlsx":
	default:
		if notFile == nil {
			l.Add(CodeMapping, m.pos("file"), msg.MapUnknownFileType.F(m.ID, filepath.Ext(m.File)))
		}
	}
	if m.Sheet != "" && !m.isXLSX() {
		l.Add(CodeMapping, m.pos("sheet"), msg.MapSheetForCSV.F(m.ID))
	}
	if _, ok := delimiterRune(m.Delimiter); !ok {
		l.Add(CodeMapping, m.pos("delimiter"), msg.MapBadDelimiter.F(m.Delimiter))
	}
	if m.Decimal != "" && m.Decimal != "," && m.Decimal != "." {
		l.Add(CodeMapping, m.pos("decimal"), msg.MapBadDecimal.F(m.Decimal))
	}
	_, reserved := reservedFields[m.Register]
	if m.Covers == nil && !reserved {
		l.Add(CodeMapping, m.Pos, msg.MapNoCoverage.F(m.ID))
	} else if m.Covers != nil && m.Covers.To == nil && m.Covers.Exported == nil {
		l.Add(CodeMapping, m.pos("covers"), msg.MapNoCoverage.F(m.ID))
	} else if m.Covers != nil && m.Covers.Last() < m.Covers.From {
		l.Add(CodeMapping, m.pos("covers"), msg.MapCoverageOrder.F(m.ID, m.Covers.Last(), m.Covers.From))
	} else if c := m.Covers; c != nil && c.To != nil && c.Exported != nil && *c.To > *c.Exported {
		// days after the export would count as covered, with nothing on them
		l.Add(CodeMapping, m.pos("covers"), msg.CheckCoversAfterExport.F(m.ID, norsk.Date(*c.To), norsk.Date(*c.Exported)))
	}
	if m.Kommune != "" {
		k, err := parse.Kommunenummer(m.Kommune)
		if err != nil {
			l.Add(CodeMapping, m.pos("kommune"), msg.MapBadKommune.F(m.Kommune))
		} else if _, ok := kommuner.Current(k); !ok {
			if _, ok := kommuner.Former(k); !ok {
				l.Add(CodeMapping, m.pos("kommune"), msg.ProgKommuneNone.F(k))
			}
		}
		m.Kommune = k
	} else if f := m.Fields["kommune"]; f == nil || f.Type != Kommune {
		l.Add(CodeMapping, m.pos("fields"), msg.MapNeedsKommune.F(m.ID))
	}
	if need, ok := reservedFields[m.Register]; ok {
		var missing []string
		for _, f := range need {
			if m.Fields[f] == nil && !(f == "kommune" && m.Kommune != "") {
				missing = append(missing, f)
			}
		}
		if len(missing) > 0 {
			l.Add(CodeMapping, m.pos("fields"), msg.MapRegisterReserved.F(m.ID, m.Register, strings.Join(missing, ", ")))
		}
	}
	for _, name := range m.FieldNames() {
		f := m.Fields[name]
		if f == nil {
			continue
		}
		f.prepare(name, l)
	}
	m.derive = m.prepareDerived(l)
}

func (f *FieldMap) prepare(name string, l *diag.List) {
	allowed := map[FieldType][]string{Date: {"formats"}, Category: {"values", "codes"}, Bool: {"true", "false"}, Number: {"max"}, Amount: {"max"}}
	for _, opt := range []string{"formats", "values", "codes", "true", "false", "max"} {
		if _, given := f.At[opt]; !given {
			continue
		}
		ok := false
		for _, a := range allowed[f.Type] {
			ok = ok || a == opt
		}
		if !ok {
			l.Add(CodeMapping, f.At[opt], msg.MapOptionForType.F(name, f.Type, opt))
		}
	}
	if f.Max != nil && *f.Max < 0 {
		l.Add(CodeMapping, f.At["max"], msg.MapNegativeMax.F(name, f.Max.String()))
	}
	for _, s := range f.Formats {
		df, ok := parse.ParseDateFormat(s)
		if !ok {
			l.Add(CodeMapping, f.At["formats"], msg.MapBadDateFormat.F(s))
			continue
		}
		f.dateFormats = append(f.dateFormats, df)
	}
	f.prepareCodes(name, l)
}

func delimiterRune(s string) (rune, bool) {
	switch strings.ToLower(s) {
	case "", "auto":
		return 0, true
	case ";":
		return ';', true
	case ",":
		return ',', true
	case "tab", "\t":
		return '\t', true
	case "|":
		return '|', true
	}
	return 0, false
}

// missingFile says why the file a mapping names (written, its path) cannot
// be opened: not there (a pattern is no file name), or a link that leads
// out of the folder or round in a ring, with the system's reason.
func missingFile(written, path string, err error) string {
	if !errors.Is(err, fs.ErrNotExist) {
		return msg.MapFileNotRegular.F(path, msg.OSReason(err))
	}
	if strings.ContainsAny(written, "*?[") {
		return msg.MapFileGlob.F(path)
	}
	return msg.MapFileMissing.F(path)
}
