package ssb

// Role is what a dimension stands for, as JSON-stat's "role" says or, for
// CSV, as its name says.
type Role uint8

const (
	// Other: a breakdown (kjønn, alder, …).
	Other Role = iota
	// Time: periods ("Tid": 2025, 2025K2, 2025M07, 2025H1).
	Time
	// Geo: regions ("Region": kommune, fylke, the country, KOSTRA groups).
	Geo
	// Metric: the statistics variable ("ContentsCode", «statistikkvariabel»).
	Metric
)

// String returns the role's JSON-stat name ("" for Other).
func (r Role) String() string {
	return [...]string{"", "time", "geo", "metric"}[r]
}

// Category is one value of a dimension.
type Category struct {
	Code  string // "3403", "2025", "Personer1"
	Label string // "Hamar", "2025", "Personer"; Code when the file has no text
	// Unit is the unit of a metric category when the file says it
	// ("personer", "kr", "prosent"); Decimals how many decimals SSB
	// publishes, -1 when not given.
	Unit     string
	Decimals int
}

// Dimension is one variable of a table.
type Dimension struct {
	ID         string // "Region", "Tid", "ContentsCode"; for CSV the header's code or text
	Label      string // "region", "år", "statistikkvariabel"
	Role       Role
	Categories []Category
	index      map[string]int // code → position
}

// Find returns the position of the category with the code.
func (d *Dimension) Find(code string) (int, bool) {
	i, ok := d.index[code]
	return i, ok
}

// Category returns the category with the code.
func (d *Dimension) Category(code string) (Category, bool) {
	i, ok := d.index[code]
	if !ok {
		return Category{}, false
	}
	return d.Categories[i], true
}

// add appends a category unless its code is there; it returns its position.
func (d *Dimension) add(c Category) int {
	if d.index == nil {
		d.index = map[string]int{}
	}
	if i, ok := d.index[c.Code]; ok {
		return i
	}
	d.index[c.Code] = len(d.Categories)
	d.Categories = append(d.Categories, c)
	return len(d.Categories) - 1
}

// Table is one statbank table: its dimensions and a cell for every
// combination of their categories.
type Table struct {
	Name     string // the file name, as given to the reader
	Format   string // "json-stat2" or "csv"
	Encoding string // CSV: "utf-8", "windows-1252", "utf-16le", "utf-16be"; "" for JSON
	Label    string // "07459: Befolkning, etter region, statistikkvariabel og år"
	Number   string // the statbank table number from the label ("07459"), "" if none
	Source   string // "Statistisk sentralbyrå", when given
	Updated  string // as given ("2025-02-20T07:00:00Z")
	Notes    []string

	Dims []Dimension
	// Cells in row-major order: the last dimension varies fastest.
	Cells []Cell
	// lines are, for CSV, the line each cell's value is on (0: none).
	lines []int
}

// Dim returns the dimension with the id, or with the label, compared
// without regard to case.
func (t *Table) Dim(id string) *Dimension {
	k := foldKey(id)
	for i := range t.Dims {
		if foldKey(t.Dims[i].ID) == k {
			return &t.Dims[i]
		}
	}
	for i := range t.Dims {
		if foldKey(t.Dims[i].Label) == k {
			return &t.Dims[i]
		}
	}
	return nil
}

// ByRole returns the first dimension with the role, or nil.
func (t *Table) ByRole(r Role) *Dimension {
	for i := range t.Dims {
		if t.Dims[i].Role == r {
			return &t.Dims[i]
		}
	}
	return nil
}

// Geo returns the region dimension, or nil.
func (t *Table) Geo() *Dimension { return t.ByRole(Geo) }

// Time returns the time dimension, or nil.
func (t *Table) Time() *Dimension { return t.ByRole(Time) }

// Metric returns the statistics-variable dimension, or nil.
func (t *Table) Metric() *Dimension { return t.ByRole(Metric) }

// At returns the cell at one position per dimension; ok is false when the
// positions do not fit the table.
func (t *Table) At(pos []int) (Cell, bool) {
	if len(pos) != len(t.Dims) {
		return Cell{}, false
	}
	i := 0
	for d, p := range pos {
		n := len(t.Dims[d].Categories)
		if p < 0 || p >= n {
			return Cell{}, false
		}
		i = i*n + p
	}
	if i >= len(t.Cells) {
		return Cell{}, false
	}
	return t.Cells[i], true
}

// size returns the number of cells the dimensions span, or -1 when more
// than maxCells.
func size(dims []Dimension) int {
	n := 1
	for _, d := range dims {
		c := len(d.Categories)
		if c == 0 {
			return 0
		}
		if n > maxCells/c {
			return -1
		}
		n *= c
	}
	return n
}
