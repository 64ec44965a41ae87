// Command bench times boso on the national workload (all 357 kommuner,
// 2016–2025, about two million case rows; see examples/internal/nasjonal)
// and, in the same run over the same files, two peers that compute the
// same figures: DuckDB (through its Go bindings) and pandas. Each tool runs
// as a child process, measured by its own rusage: wall time, CPU
// (user+sys) and peak RSS. The peers' figures are checked against boso's
// tall.csv, and boso's times are given as ratios to each peer's.
//
// It lives in a module of its own so that the DuckDB bindings (cgo) stay
// out of boso's go.mod. From examples/bench:
//
//	go run . [-rows 2000000] [-dir /tmp/boso-bench] [-runs 3]
//
// The workload is generated into -dir (clean/ and cp1252/) unless it is
// already there for the same -rows and -seed; it is never written into the
// repository. Needs a Go toolchain (boso is built from the repository),
// cgo for DuckDB, and Debian's python3-pandas for /usr/bin/python3.
package main

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"boso/examples/internal/nasjonal"
)

// pandasScript is the pandas peer, run by /usr/bin/python3.
//
//go:embed peer_pandas.py
var pandasScript []byte

func main() {
	child := flag.String("child", "", "internal: run one peer (duckdb) in this process")
	rows := flag.Int("rows", nasjonal.FullRows, "case rows of the workload (all four case registers)")
	seed := flag.Uint64("seed", nasjonal.DefaultSeed, "seed of the workload")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "boso-bench"), "folder of the workload (generated if missing)")
	runs := flag.Int("runs", 3, "runs of each tool; the table shows the median")
	bosoBin := flag.String("boso", "", "boso binary to time (default: built from the repository)")
	python := flag.String("python", "/usr/bin/python3", "Python with pandas")
	computeArgs := flag.String("compute-args", "", "extra arguments for boso compute (default: the flag that skips tall.xlsx, if compute --help has one)")
	scale := flag.String("scale", "", "instead: time boso alone at these sizes, comma-separated (e.g. 500000,1000000,2000000,4000000)")
	skip := flag.String("skip", "", "tools to leave out, comma-separated: duckdb,pandas,validate,cp1252")
	data := flag.String("data", "", "internal: the workload folder of -child")
	out := flag.String("out", "", "internal: the figure file -child writes")
	flag.Parse()
	if *child != "" {
		if err := runChild(*child, *data, *out); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	c := config{rows: *rows, seed: *seed, dir: *dir, runs: max(1, *runs), boso: *bosoBin, python: *python,
		computeArgs: *computeArgs, skip: strings.Split(*skip, ",")}
	run := bench
	if *scale != "" {
		for _, f := range strings.Split(*scale, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n <= 0 {
				fmt.Fprintf(os.Stderr, "bench: -scale: %q is not a number of rows\n", f)
				os.Exit(2)
			}
			c.sizes = append(c.sizes, n)
		}
		run = scaling
	}
	if err := run(c); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

type config struct {
	rows        int
	seed        uint64
	dir         string
	runs        int
	boso        string
	python      string
	computeArgs string
	skip        []string
	sizes       []int // -scale
}

func runChild(which, data, out string) error {
	switch which {
	case "duckdb":
		return duckdbPeer(data, out)
	case "duckdb-version":
		fmt.Println(duckdbVersion())
		return nil
	case "boso-csv":
		return bosoCSV(data, out)
	}
	return fmt.Errorf("unknown child %q", which)
}

// The report date every run uses: after the period, so no figure is
// provisional, and the same on every day.
const reportDate = "2026-01-15"

func bench(c config) error {
	clean, legacy := filepath.Join(c.dir, "clean"), filepath.Join(c.dir, "cp1252")
	st, err := workload(clean, c, false)
	if err != nil {
		return err
	}
	if !c.skipped("cp1252") {
		if _, err := workload(legacy, c, true); err != nil {
			return err
		}
	}
	boso := c.boso
	if boso == "" {
		if boso, err = buildBoso(c.dir); err != nil {
			return err
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	extra, skipsXLSX := c.computeFlags(boso)
	fmt.Printf("Arbeidsmengde: %s, %d kommuner, %d rader i registrene (%s), %.0f MB CSV\n",
		clean, 357, st.CaseRows, rowsPer(st), float64(st.Bytes)/1e6)
	fmt.Printf("Maskin: %d kjerner, %s/%s; hver måling er medianen av %d kjøringer, med filene i sidebufferet\n\n",
		runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, c.runs)

	tmp, err := os.MkdirTemp(c.dir, "run-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	pyScript := filepath.Join(tmp, "peer_pandas.py")
	if err := os.WriteFile(pyScript, pandasScript, 0o644); err != nil {
		return err
	}
	outOf := func(name string) string { return filepath.Join(tmp, name) }
	computeArgs := func(dir, ut string) []string {
		return append([]string{"compute", "--program", filepath.Join(dir, nasjonal.ProgramFile), "--dato", reportDate, "--stille", "--ut", ut}, extra...)
	}
	tools := []tool{
		{name: catName, cmd: append([]string{"cat"}, dataFiles(clean)...), devnull: true},
		{name: "boso compute", cmd: append([]string{boso}, computeArgs(clean, outOf("boso"))...), figures: filepath.Join(outOf("boso"), "tall.csv"), main: true},
	}
	if !skipsXLSX {
		// boso's own steps without the XLSX export, in a child process
		// of this binary, while compute has no flag to leave it out
		tools = append(tools, tool{name: "boso, bare tall.csv (pipeline)", cmd: []string{self, "-child", "boso-csv", "-data", clean, "-out", outOf("boso-csv")}, figures: filepath.Join(outOf("boso-csv"), "tall.csv"), csvOnly: true})
	}
	if !c.skipped("validate") {
		tools = append(tools, tool{name: "boso validate", cmd: []string{boso, "validate", "--program", filepath.Join(clean, nasjonal.ProgramFile), "--dato", reportDate}})
	}
	if !c.skipped("cp1252") {
		tools = append(tools, tool{name: "boso compute, Windows-1252", cmd: append([]string{boso}, computeArgs(legacy, outOf("boso-cp1252"))...), figures: filepath.Join(outOf("boso-cp1252"), "tall.csv")})
	}
	if !c.skipped("duckdb") {
		tools = append(tools, tool{name: "DuckDB " + childVersion(self), cmd: []string{self, "-child", "duckdb", "-data", clean, "-out", outOf("duckdb.csv")}, figures: outOf("duckdb.csv"), peer: true})
	}
	if !c.skipped("pandas") {
		tools = append(tools, tool{name: "pandas " + pandasVersion(c.python), cmd: []string{c.python, pyScript, clean, outOf("pandas.csv")}, figures: outOf("pandas.csv"), peer: true})
	}
	// The child's peak RSS is at least this process's resident size when
	// it starts it (Linux keeps the high-water mark across exec): keep it
	// small. The cat row shows that floor.
	debug.FreeOSMemory()
	// hot cache: read every file once before the first measurement
	if _, err := measure(tools[0]); err != nil {
		return err
	}
	for i := range tools {
		t := &tools[i]
		for r := range c.runs {
			m, err := measure(*t)
			if err != nil {
				return fmt.Errorf("%s (run %d): %w", t.name, r+1, err)
			}
			t.runs = append(t.runs, m)
		}
		fmt.Fprintf(os.Stderr, "  %-30s %s\n", t.name, t.median().short())
	}
	fmt.Fprintln(os.Stderr)
	table(os.Stdout, tools, st.CaseRows)

	// the figures
	var base *tool
	for i := range tools {
		if tools[i].main {
			base = &tools[i]
		}
	}
	want, err := readFigures(base.figures, true)
	if err != nil {
		return err
	}
	fmt.Printf("\nTallene sammenlignet med boso sin tall.csv (%d tall i %d indikatorer, per kommune, år og halvår, med målgruppene):\n", len(want), len(comparedIndicators))
	bad := 0
	for _, t := range tools {
		if t.figures == "" || t.main {
			continue
		}
		got, err := readFigures(t.figures, !t.peer)
		if err != nil {
			return err
		}
		d := compare(want, got)
		fmt.Printf("  %-30s %s\n", t.name, d.summary())
		for _, s := range d.first {
			fmt.Printf("      %s\n", s)
		}
		bad += d.mismatches
	}
	if bad > 0 {
		return fmt.Errorf("%d figures differ from boso's", bad)
	}
	return nil
}

const catName = "cat (bare lese filene)"

// scaling times boso alone on workloads of several sizes, each in its
// own folder under -dir: how time and peak memory grow with the rows.
func scaling(c config) error {
	boso := c.boso
	var err error
	if boso == "" {
		if boso, err = buildBoso(c.dir); err != nil {
			return err
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	extra, skipsXLSX := c.computeFlags(boso)
	tmp, err := os.MkdirTemp(c.dir, "run-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	type result struct {
		rows  int
		tools []tool
	}
	var results []result
	for _, n := range c.sizes {
		cn := c
		cn.rows = n
		dir := filepath.Join(c.dir, "clean-"+strconv.Itoa(n))
		st, err := workload(dir, cn, false)
		if err != nil {
			return err
		}
		ut := filepath.Join(tmp, strconv.Itoa(n))
		tools := []tool{{name: "boso compute", cmd: append([]string{boso, "compute", "--program", filepath.Join(dir, nasjonal.ProgramFile), "--dato", reportDate, "--stille", "--ut", ut}, extra...)}}
		if !skipsXLSX {
			tools = append(tools, tool{name: "boso, bare tall.csv (pipeline)", cmd: []string{self, "-child", "boso-csv", "-data", dir, "-out", ut + "-csv"}})
		}
		if !c.skipped("validate") {
			tools = append(tools, tool{name: "boso validate", cmd: []string{boso, "validate", "--program", filepath.Join(dir, nasjonal.ProgramFile), "--dato", reportDate}})
		}
		debug.FreeOSMemory()
		if _, err := measure(tool{name: catName, cmd: append([]string{"cat"}, dataFiles(dir)...), devnull: true}); err != nil {
			return err
		}
		for i := range tools {
			for range c.runs {
				m, err := measure(tools[i])
				if err != nil {
					return fmt.Errorf("%s, %d rows: %w", tools[i].name, n, err)
				}
				tools[i].runs = append(tools[i].runs, m)
			}
			fmt.Fprintf(os.Stderr, "  %9d rader  %-30s %s\n", st.CaseRows, tools[i].name, tools[i].median().short())
		}
		results = append(results, result{st.CaseRows, tools})
	}
	fmt.Printf("boso etter antall rader (median av %d kjøringer; topp RSS er den høyeste):\n\n", c.runs)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "rader\tverktøy\tvegg s\tCPU s\ttopp RSS MiB\trader/s\t")
	for _, r := range results {
		for _, t := range r.tools {
			m := t.median()
			fmt.Fprintf(tw, "%d\t%s\t%.2f\t%.2f\t%.0f\t%s\t\n", r.rows, t.name, m.wall.Seconds(), m.cpu.Seconds(), float64(m.rss)/(1<<20), perSecond(r.rows, m.wall))
		}
	}
	return tw.Flush()
}

func (c config) skipped(name string) bool { return slices.Contains(c.skip, name) }

// workload generates the workload into dir unless a stamp file says it is
// there already for the same size and seed.
func workload(dir string, c config, legacy bool) (nasjonal.Stats, error) {
	stamp := filepath.Join(dir, ".bench-stamp")
	want := fmt.Sprintf("rows=%d seed=%d legacy=%v v1\n", c.rows, c.seed, legacy)
	var st nasjonal.Stats
	if b, err := os.ReadFile(stamp); err == nil && strings.HasPrefix(string(b), want) {
		st.Rows = map[string]int{}
		for _, line := range strings.Split(strings.TrimPrefix(string(b), want), "\n") {
			name, n, ok := strings.Cut(line, "=")
			if v, err := strconv.Atoi(n); ok && err == nil {
				st.Rows[name] = v
				if name != nasjonal.InnbyggereFile {
					st.CaseRows += v
				}
			}
		}
		for _, f := range dataFiles(dir) {
			info, err := os.Stat(f)
			if err != nil {
				return st, err
			}
			st.Bytes += info.Size()
		}
		return st, nil
	}
	fmt.Fprintf(os.Stderr, "lager arbeidsmengden i %s …\n", dir)
	os.Remove(stamp)
	st, err := nasjonal.Write(dir, nasjonal.Options{Rows: c.rows, Seed: c.seed, Legacy: legacy})
	if err != nil {
		return st, err
	}
	var b strings.Builder
	b.WriteString(want)
	for _, f := range fileNames {
		fmt.Fprintf(&b, "%s=%d\n", f, st.Rows[f])
	}
	return st, os.WriteFile(stamp, []byte(b.String()), 0o644)
}

var fileNames = []string{nasjonal.KartleggingFile, nasjonal.StartlanFile, nasjonal.UtkastelserFile, nasjonal.KommunalBoligFile, nasjonal.InnbyggereFile}

func dataFiles(dir string) []string {
	var out []string
	for _, f := range fileNames {
		out = append(out, filepath.Join(dir, f))
	}
	return out
}

func rowsPer(st nasjonal.Stats) string {
	var parts []string
	for _, f := range fileNames[:4] {
		parts = append(parts, fmt.Sprintf("%s %d", strings.TrimSuffix(filepath.Base(f), ".csv"), st.Rows[f]))
	}
	return strings.Join(parts, ", ")
}

// buildBoso builds cmd/boso of the repository this module is in.
func buildBoso(dir string) (string, error) {
	root, err := repoRoot()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "boso")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/boso")
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("building boso: %w", err)
	}
	return bin, nil
}

// repoRoot is the folder of boso's go.mod, above the working directory.
func repoRoot() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && regexp.MustCompile(`(?m)^module boso\s*$`).Match(b) {
			return d, nil
		}
		up := filepath.Dir(d)
		if up == d {
			return "", fmt.Errorf("no boso repository above the working directory; give -boso")
		}
		d = up
	}
}

// computeFlags returns the extra arguments of boso compute: -compute-args
// if given, else the flag compute --help describes as leaving out
// tall.xlsx (a flag without a value whose text names xlsx), if any.
func (c config) computeFlags(boso string) (args []string, skipsXLSX bool) {
	if c.computeArgs != "" {
		return strings.Fields(c.computeArgs), true
	}
	var buf bytes.Buffer
	cmd := exec.Command(boso, "compute", "--help")
	cmd.Stdout, cmd.Stderr = &buf, &buf
	_ = cmd.Run() // --help may exit non-zero
	lines := strings.Split(buf.String(), "\n")
	for i, l := range lines {
		f := strings.Fields(l)
		if len(f) == 1 && strings.HasPrefix(f[0], "-") && i+1 < len(lines) {
			desc := strings.ToLower(lines[i+1])
			if strings.Contains(desc, "xlsx") {
				fmt.Fprintf(os.Stderr, "boso compute kjøres med %s (%s)\n", f[0], strings.TrimSpace(lines[i+1]))
				return []string{f[0]}, true
			}
		}
	}
	fmt.Fprintln(os.Stderr, "boso compute har ikke noe flagg for å la være å skrive tall.xlsx: den tas med i tiden, og «boso, bare tall.csv» måler stegene uten den")
	return nil, false
}

// childVersion is DuckDB's version, asked in a child process so this one
// stays small.
func childVersion(self string) string {
	b, err := exec.Command(self, "-child", "duckdb-version").Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(b))
}

func pandasVersion(python string) string {
	b, err := exec.Command(python, "-c", "import pandas; print(pandas.__version__)").Output()
	if err != nil {
		return "(mangler: apt-get install -y python3-pandas)"
	}
	return strings.TrimSpace(string(b))
}
