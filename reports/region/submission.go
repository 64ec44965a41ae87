package region

import (
	"context"
	"io"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"boso/indicators/diag"
	"boso/indicators/engine"
	"boso/indicators/files"
	"boso/indicators/kommuner"
	"boso/indicators/period"
	"boso/indicators/source/parse"
	"boso/indicators/source/table"
	"boso/templates/msg"
	"boso/templates/workbook"
)

// Submission is what one kommune submitted: its workbook and/or its
// figure export, as read.
type Submission struct {
	Kommune string // today's kommunenummer
	// Given is the number the submission carries when it is a former
	// one, renumbered one-to-one to Kommune; "" otherwise.
	Given string
	Path  string // the submission's folder, or its first file

	WorkbookPath string
	Workbook     *workbook.Workbook // nil: none, or it could not be read
	ExportPath   string
	Export       *Export // nil: none, or it could not be read

	// Problems are what was found reading it, each with its file, sheet
	// and cell; Unreadable is set when nothing in it could be used.
	Problems   *diag.List
	Unreadable bool
	// Conflict is set when a part of the submission carries another
	// kommunenummer than its name: that part is not used.
	Conflict bool
}

// Found is a submission before it is read: its files.
type Found struct {
	key   string // the kommunenummer its name starts with, or ""
	path  string
	files []string
}

// Discover lists the submissions in the folder dir: each sub-folder is
// one, and so is each set of files directly in dir whose names start with
// the same kommunenummer («3403-arbeidsbok.xlsx», «3403-tall.csv»).
// Problems with the folder itself go into l.
func Discover(fsys files.FS, dir string, l *diag.List) []Found {
	es, err := fsys.ReadDir(dir)
	if err != nil {
		l.Add(CodeSubmission, diag.Pos{File: dir}, msg.RegNoSubmissions.F(msg.OSReason(err)))
		return nil
	}
	var out []Found
	loose := map[string]*Found{}
	for _, e := range es {
		name := e.Name()
		if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") {
			continue // hidden, or a spreadsheet's lock file
		}
		p := filepath.Join(dir, name)
		if e.IsDir() {
			sub, err := fsys.ReadDir(p)
			en := Found{key: leadingNumber(name), path: p}
			if err == nil {
				for _, s := range sub {
					if !s.IsDir() && !strings.HasPrefix(s.Name(), ".") && !strings.HasPrefix(s.Name(), "~$") {
						en.files = append(en.files, filepath.Join(p, s.Name()))
					}
				}
			}
			out = append(out, en)
			continue
		}
		key := leadingNumber(name)
		if key == "" {
			l.Warn(CodeSubmission, diag.Pos{File: p}, msg.RegLooseFile.F())
			continue
		}
		en := loose[key]
		if en == nil {
			en = &Found{key: key, path: p}
			loose[key] = en
		}
		en.files = append(en.files, p)
	}
	for _, en := range loose {
		out = append(out, *en)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

// leadingNumber is the kommunenummer a file or folder name starts with:
// four digits followed by nothing, a space, '-', '_' or '.'.
func leadingNumber(name string) string {
	if len(name) < 4 {
		return ""
	}
	for i := 0; i < 4; i++ {
		if name[i] < '0' || name[i] > '9' {
			return ""
		}
	}
	if len(name) > 4 && !strings.ContainsRune(" -_.", rune(name[4])) {
		return ""
	}
	return name[:4]
}

// ReadAll reads the submissions on every core; progress, when set, is
// called after each one with how many are done. One that cannot be read
// is returned with its problems, never dropped.
func ReadAll(ctx context.Context, fsys files.FS, es []Found, progress func(done, total int)) ([]*Submission, error) {
	out := make([]*Submission, len(es))
	work := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range max(1, min(runtime.GOMAXPROCS(0), len(es))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				out[i] = read(fsys, es[i])
				if progress != nil {
					mu.Lock()
					done++
					progress(done, len(es))
					mu.Unlock()
				}
			}
		}()
	}
	var err error
	for i := range es {
		if err = ctx.Err(); err != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	return out, nil
}

// read reads one submission's files.
func read(fsys files.FS, en Found) *Submission {
	s := &Submission{Path: en.path, Problems: &diag.List{}}
	var workbooks, exports []string
	for _, f := range en.files {
		switch base := strings.ToLower(filepath.Base(f)); {
		case strings.HasSuffix(base, "tall.xlsx"):
			// the figure export's spreadsheet copy: tall.csv holds the same
		case strings.HasSuffix(base, ".xlsx"):
			workbooks = append(workbooks, f)
		case strings.HasSuffix(base, ".csv"):
			exports = append(exports, f)
		default:
			s.Problems.Warn(CodeSubmission, diag.Pos{File: f}, msg.RegIgnoredFile.F())
		}
	}
	if len(workbooks) > 1 {
		s.Problems.Add(CodeSubmission, diag.Pos{File: en.path}, msg.RegManyWorkbooks.F(names(workbooks)))
		workbooks = nil
	}
	if len(exports) > 1 {
		s.Problems.Add(CodeSubmission, diag.Pos{File: en.path}, msg.RegManyExports.F(names(exports)))
		exports = nil
	}
	numbers := map[string]diag.Pos{}
	if en.key != "" {
		numbers[en.key] = diag.Pos{File: en.path}
	}
	if len(workbooks) == 1 {
		s.WorkbookPath = workbooks[0]
		wb, wl := workbook.ReadIn(fsys, s.WorkbookPath, workbook.Options{})
		s.Problems.Append(wl)
		s.Workbook = wb
		if wb != nil {
			checkEntered(wb, s.Problems)
			for _, k := range wb.Program.Kommuner {
				if k.Number.Filled {
					if _, seen := numbers[k.Number.Value]; !seen {
						numbers[k.Number.Value] = k.Number.Pos
					}
					break // the first is the programme's own
				}
			}
		}
	}
	if len(exports) == 1 {
		s.ExportPath = exports[0]
		ex, err := ReadExport(fsys, s.ExportPath)
		if err != nil {
			addErr(s.Problems, s.ExportPath, err)
		} else {
			s.Export = ex
			s.Problems.Append(&ex.Warnings)
			for i := range ex.Figures {
				// each number at its first row, in the kommunenummer column
				if k := ex.Figures[i].Kommune; k != "" {
					if _, seen := numbers[k]; !seen {
						numbers[k] = ex.Figures[i].Pos
					}
				}
			}
		}
	}
	s.identify(en.key, numbers)
	s.Unreadable = s.Workbook == nil && s.Export == nil && !s.Conflict
	if s.Unreadable && s.Problems.Errors() == 0 {
		s.Problems.Add(CodeSubmission, diag.Pos{File: en.path}, msg.RegNothingUsable.F())
	}
	return s
}

// identify sets the submission's kommune from the numbers its name and
// files carry; they must agree (a former number counts as its successor
// when the change was one-to-one). When the name (key) has a number and
// a file another, the name decides: the kommune sent it in, so it is
// received, and the file with the other number is named and not used.
func (s *Submission) identify(key string, numbers map[string]diag.Pos) {
	now := map[string][]string{}
	var order []string
	for n, pos := range numbers {
		cur := currentOf(n)
		switch {
		case cur == "":
			if to, former := kommuner.Former(n); former {
				s.Problems.Add(CodeSubmission, pos, msg.RegKommuneMerged.F(n, strings.Join(to, ", ")))
			} else {
				s.Problems.Add(CodeSubmission, pos, msg.RegUnknownKommune.F(n))
			}
			continue
		case cur != n:
			s.Given = n
		}
		if _, ok := now[cur]; !ok {
			order = append(order, cur)
		}
		now[cur] = append(now[cur], n)
	}
	sort.Strings(order)
	switch len(order) {
	case 0:
		if s.Problems.Errors() == 0 {
			s.Problems.Add(CodeSubmission, diag.Pos{File: s.Path}, msg.RegNoKommune.F())
		}
	case 1:
		s.Kommune = order[0]
	default:
		if named := currentOf(key); key != "" && len(now[named]) > 0 {
			s.Kommune, s.Conflict = named, true
			s.setAsideOthers(key, named, numbers)
			return
		}
		s.Problems.Add(CodeSubmission, diag.Pos{File: s.Path}, msg.RegKommunerDisagree.F(strings.Join(order, ", ")))
	}
}

// currentOf is today's number of kommunenummer n: n, or its successor
// when the change was one-to-one; "" when neither.
func currentOf(n string) string {
	if _, ok := kommuner.Current(n); ok {
		return n
	}
	if succ, ok := kommuner.Successor(n); ok {
		return succ
	}
	return ""
}

// setAsideOthers names each file whose kommunenummer is not the folder's
// (key, today named) and leaves it out of the submission.
func (s *Submission) setAsideOthers(key, named string, numbers map[string]diag.Pos) {
	ns := make([]string, 0, len(numbers))
	for n := range numbers {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	for _, n := range ns {
		pos := numbers[n]
		if currentOf(n) == named {
			continue
		}
		var part string
		switch pos.File {
		case s.WorkbookPath:
			if s.Workbook == nil {
				continue
			}
			part, s.Workbook = msg.RegConflictWorkbook.F(), nil
		case s.ExportPath:
			if s.Export == nil {
				continue
			}
			part, s.Export = msg.RegConflictExport.F(), nil
		default:
			continue
		}
		s.Problems.Add(CodeSubmission, pos, msg.RegConflict.F(part, n, key, part))
	}
}

func names(paths []string) string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = "«" + filepath.Base(p) + "»"
	}
	return strings.Join(out, ", ")
}

// addErr puts a reader's error into l: its position when it has one.
func addErr(l *diag.List, file string, err error) {
	switch e := err.(type) {
	case *table.Error:
		l.Add(CodeSubmission, e.Pos, e.Msg)
	case *diag.ListError:
		l.Append(e.List)
	default:
		l.Add(CodeSubmission, diag.Pos{File: file}, msg.TableOpen.F(msg.OSReason(err)))
	}
}

// Log is the adviser's record of when each kommune's submission came in.
type Log map[string]LogEntry

// LogEntry is one kommune's line in the log.
type LogEntry struct {
	Received   period.Date
	Pos        diag.Pos // the date's cell
	KommunePos diag.Pos // the kommunenummer's cell
}

// ReadLog reads the submission log: a CSV file with the columns
// Kommunenummer and Mottatt (a date: 10.09.2025 or 2025-09-10). Its
// problems go into l.
func ReadLog(fsys files.FS, path string, l *diag.List) Log {
	expect := []string{msg.RegLogKommune.F(), msg.RegLogReceived.F()}
	r, err := table.OpenCSVIn(fsys, path, table.Options{Expect: expect})
	if err != nil {
		addErr(l, path, err)
		return nil
	}
	defer r.Close()
	col := map[string]int{}
	for i, h := range r.Header() {
		col[strings.ToLower(h)] = i
	}
	ki, di := col[strings.ToLower(expect[0])], col[strings.ToLower(expect[1])]
	out := Log{}
	for {
		row, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			addErr(l, path, err)
			continue
		}
		if row.Sum {
			continue
		}
		k, err := parse.Kommunenummer(row.Cells[ki])
		if err != nil {
			l.Add(CodeLog, r.Pos(row, ki), msg.ProgBadKommune.F(strings.TrimSpace(row.Cells[ki])))
			continue
		}
		d, err := parse.Date(row.Cells[di], nil)
		if err != nil {
			l.Add(CodeLog, r.Pos(row, di), err.Error())
			continue
		}
		e := LogEntry{d, r.Pos(row, di), r.Pos(row, ki)}
		if first, dup := out[k]; dup {
			// the first receipt counts; a later one is a resubmission
			l.Warn(CodeLog, e.KommunePos, msg.RegLogDuplicate.F(k, first.Pos.Line))
			if d < first.Received {
				out[k] = e
			}
			continue
		}
		out[k] = e
	}
	return out
}

// checkEntered judges the figures typed into the workbook's Tall sheet as
// the kommune's own report does (engine.CheckFigureValue): a negative
// count is an error at its cell here too, though the roll-up takes its
// figures from the export.
func checkEntered(wb *workbook.Workbook, l *diag.List) {
	std := standard()
	for _, f := range wb.Figures {
		v := f.Value
		if !v.Filled || v.Value.Mark != workbook.NoMark {
			continue
		}
		ind := std.Get(f.Indicator.Value)
		if ind == nil {
			continue
		}
		if text := engine.CheckFigureValue(ind, v.Value.Number, f.Kommune.Value, f.Period.Value); text != "" {
			l.Add(CodeSubmission, v.Pos, text)
		}
	}
}
