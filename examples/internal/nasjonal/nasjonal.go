// Package nasjonal writes an invented national workload: the case
// registers of all 357 kommuner over the programme period 2016–2025, about
// two million case rows at full size, with the programme file and source
// mappings that read them. It is the workload of the national benchmark
// (examples/bench) and of tests that need many kommuner.
//
// Five registers, each in one ';'-separated file:
//
//   - kartlegging.csv: housing-situation episodes (household, situation
//     including «Midlertidig botilbud», from, to — blank while ongoing —,
//     målgruppe, number of children). One file routed to two registers
//     (boligsituasjon and midlertidig) with `where`, as the reference
//     page's shapes show. Household ids are unique only within a kommune;
//     30 % of episodes are followed by another of the same household that
//     overlaps it; 0.7 % of rows are written twice, exactly.
//   - startlan.csv: startlån cases (applied, decided, decision, amount with
//     øre, etableringstilskudd, purpose, from municipal rental); the cases
//     from municipal rental that were granted also feed leie_til_eie.
//   - utkastelser.csv: eviction events, one row per event (Begjæring or
//     Gjennomført) with its date, routed with `when`.
//   - kommunal_bolig.csv: applications for municipal housing (applied,
//     decided, decision, allocation date).
//   - innbyggere.csv: population per kommune and year.
//
// Some dates fall on period boundaries (1 January, 30 June, 1 July, 31
// December), where an engine that gets inclusive ends wrong shows it.
//
// Two variants hold the same records: the clean one (UTF-8, dd.mm.yyyy,
// decimal comma) and the legacy one (Windows-1252, a title line above the
// header, dates in dd.mm.yyyy, ISO or as Excel serials row by row, amounts
// grouped with no-break spaces). The same options give the same bytes.
package nasjonal

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"

	"boso/indicators/kommuner"
)

// FullRows is the number of case rows (the four case registers together)
// of the full-size workload.
const FullRows = 2_000_000

// DefaultSeed is the seed used when Options.Seed is 0.
const DefaultSeed = 357_2016_2025

// Options say what to write.
type Options struct {
	// Rows is the number of case rows in all four case registers
	// together (about; each kommune's share is rounded); 0 is FullRows.
	Rows int
	// Seed makes the records; 0 is DefaultSeed.
	Seed uint64
	// Legacy writes the Windows-1252 variant.
	Legacy bool
}

// The files the workload has, relative to its folder.
const (
	ProgramFile       = "program.yaml"
	KartleggingFile   = "data/kartlegging.csv"
	StartlanFile      = "data/startlan.csv"
	UtkastelserFile   = "data/utkastelser.csv"
	KommunalBoligFile = "data/kommunal_bolig.csv"
	InnbyggereFile    = "data/innbyggere.csv"
)

// Stats is what was written.
type Stats struct {
	// Rows per data file (case rows, duplicates included; population rows
	// for innbyggere.csv), by the file's path relative to the folder.
	Rows map[string]int
	// CaseRows is the rows of the four case registers together.
	CaseRows int
	// Bytes is the size of the data files together.
	Bytes int64
}

// The four case registers' shares of Rows, in per mille (680 000, 440 000,
// 280 000 and 600 000 of 2 million).
const (
	shareKartlegging   = 340
	shareStartlan      = 220
	shareUtkastelser   = 140
	shareKommunalBolig = 300
)

// Streams of the random generator: one per register and kommune, and one
// for the legacy variant's choice of date formats, so the records are the
// same in both variants.
const (
	streamPopulation = iota + 1
	streamKartlegging
	streamStartlan
	streamUtkastelser
	streamKommunalBolig
	streamLegacy
)

// Write writes the workload into dir (created if need be): the programme
// file, the source mappings under kilder/ and the exports under data/.
func Write(dir string, o Options) (Stats, error) {
	if o.Rows <= 0 {
		o.Rows = FullRows
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	st := Stats{Rows: map[string]int{}}
	for _, d := range []string{"data", "kilder"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return st, err
		}
	}
	w := newWorkload(o)
	for name, text := range w.mappings() {
		if err := os.WriteFile(filepath.Join(dir, "kilder", name), []byte(text), 0o644); err != nil {
			return st, err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, ProgramFile), []byte(w.program()), 0o644); err != nil {
		return st, err
	}
	for _, f := range []struct {
		name  string
		write func(*out) int
	}{
		{InnbyggereFile, w.innbyggere},
		{KartleggingFile, w.kartlegging},
		{StartlanFile, w.startlan},
		{UtkastelserFile, w.utkastelser},
		{KommunalBoligFile, w.kommunalBolig},
	} {
		n, size, err := w.file(filepath.Join(dir, f.name), f.write)
		if err != nil {
			return st, fmt.Errorf("%s: %w", f.name, err)
		}
		st.Rows[f.name] = n
		st.Bytes += size
		if f.name != InnbyggereFile {
			st.CaseRows += n
		}
	}
	return st, nil
}

// workload is the records' plan: the kommuner, their sizes and the options.
type workload struct {
	o        Options
	kommuner []kommuner.Kommune
	// pop is each kommune's population on 1 January 2016; share its
	// share of the country in parts per billion.
	pop   []int
	share []int
}

func newWorkload(o Options) *workload {
	w := &workload{o: o, kommuner: kommuner.All()}
	g := w.rng(0, streamPopulation)
	// Sizes fall off with rank (as Norway's do: one large city, many
	// small kommuner); Oslo is the largest, the rest ranked at random.
	rank := g.r.Perm(len(w.kommuner))
	total := 0
	for i, k := range w.kommuner {
		r := rank[i] + 2
		if k.Number == "0301" {
			r = 1
		}
		p := int(700_000/math.Pow(float64(r), 0.95)) + 600 + g.r.IntN(400)
		w.pop = append(w.pop, p)
		total += p
	}
	for _, p := range w.pop {
		w.share = append(w.share, int(int64(p)*1_000_000_000/int64(total)))
	}
	return w
}

// n is kommune i's share of a register with the given share of Rows.
func (w *workload) n(i, permille int) int {
	return int(int64(w.o.Rows) * int64(permille) / 1000 * int64(w.share[i]) / 1_000_000_000)
}

// rng is the stream of one register of kommune i.
func (w *workload) rng(i, stream int) rng {
	return rng{rand.New(rand.NewPCG(w.o.Seed, uint64(i)*16+uint64(stream)))}
}

type rng struct{ r *rand.Rand }

// between returns lo…hi, both included.
func (g rng) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// chance is true with the given probability in per mille.
func (g rng) chance(permille int) bool { return g.r.IntN(1000) < permille }

// pick returns an index, chosen with the given weights.
func (g rng) pick(weights ...int) int {
	total := 0
	for _, x := range weights {
		total += x
	}
	n := g.r.IntN(total)
	for i, x := range weights {
		if n < x {
			return i
		}
		n -= x
	}
	return len(weights) - 1
}

// day is a calendar date as days since 1970-01-01; none is an empty date.
type day int

const none day = -1 << 30

func mkday(y, m, d int) day {
	return day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

var (
	first   = mkday(2016, 1, 1)
	last    = mkday(2025, 12, 31)
	early   = mkday(2015, 7, 1) // episodes start from here, so 2016's stocks are not empty
	daysAll = int(last-first) + 1
)

// date draws a day from lo to last; one in twenty is on a period boundary.
func (g rng) date(lo day) day {
	if g.chance(50) {
		y := g.between(2016, 2025)
		d := []day{mkday(y, 1, 1), mkday(y, 6, 30), mkday(y, 7, 1), mkday(y, 12, 31)}[g.r.IntN(4)]
		if d >= lo {
			return d
		}
	}
	return lo + day(g.r.IntN(int(last-lo)+1))
}

// The labels the exports write.
var (
	malgrupper = []string{"Rus/psykisk helse", "Unge (16–24 år)", "Flyktning", "Barnefamilie", "Øvrige"}
	// malgruppeCodes are the standard library's codes of malgrupper.
	malgruppeCodes = []string{"rus_psykisk_helse", "unge", "flyktninger", "barnefamilier", "ovrige"}
	situasjoner    = []string{"Bostedsløs", "I fare for å miste boligen", "Uegnet bolig/bomiljø", "Midlertidig botilbud"}
	formal         = []string{"Kjøp av bolig", "Refinansiering", "Tilpasning av bolig", "Utbedring"}
)

// out writes one export: cells separated by ';', rows ended by "\n", dates
// and amounts as the variant writes them.
type out struct {
	w      *bufio.Writer
	legacy bool
	g      rng // the legacy variant's choice of date format
	rows   int
	first  bool
}

func (o *out) cell(s string) {
	if !o.first {
		o.w.WriteByte(';')
	}
	o.first = false
	o.w.WriteString(s)
}

func (o *out) end() {
	o.w.WriteByte('\n')
	o.first = true
	o.rows++
}

// row writes a whole row of plain cells.
func (o *out) row(cells ...string) {
	for _, c := range cells {
		o.cell(c)
	}
	o.end()
}

var dmy, iso []string // by day since first

func init() {
	for i := range daysAll + 400 {
		t := time.Unix(int64(early+day(i))*86400, 0).UTC()
		dmy = append(dmy, t.Format("02.01.2006"))
		iso = append(iso, t.Format("2006-01-02"))
	}
}

// date writes a date cell: blank for none; dd.mm.yyyy in the clean
// variant; in the legacy one dd.mm.yyyy, ISO or an Excel serial.
func (o *out) date(d day) {
	if d == none {
		o.cell("")
		return
	}
	i := int(d - early)
	if !o.legacy {
		o.cell(dmy[i])
		return
	}
	switch o.g.pick(70, 20, 10) {
	case 0:
		o.cell(dmy[i])
	case 1:
		o.cell(iso[i])
	default:
		o.cell(strconv.Itoa(int(d) + 25569))
	}
}

// amount writes øre as kroner with a decimal comma: «2150000,50», or in
// the legacy variant grouped with no-break spaces: «2 150 000,50».
func (o *out) amount(ore int) {
	kr, rest := ore/100, ore%100
	s := strconv.Itoa(kr)
	if o.legacy {
		var b strings.Builder
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteRune('\u00a0')
			}
			b.WriteRune(c)
		}
		s = b.String()
	}
	o.cell(s + "," + strconv.Itoa(rest/10) + strconv.Itoa(rest%10))
}

// file writes one export and returns its rows (the header and title not
// counted) and size.
func (w *workload) file(path string, write func(*out) int) (int, int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, err
	}
	var dst io.Writer = f
	if w.o.Legacy {
		dst = charmap.Windows1252.NewEncoder().Writer(f)
	}
	bw := bufio.NewWriterSize(dst, 1<<20)
	o := &out{w: bw, legacy: w.o.Legacy, g: w.rng(0, streamLegacy), first: true}
	if w.o.Legacy {
		o.w.WriteString("Uttrekk fra fagsystemet, alle kommuner – utskrevet 15.01.2026 kl. 07:30\n")
	}
	n := write(o)
	if err := bw.Flush(); err != nil {
		f.Close()
		return 0, 0, err
	}
	if c, ok := dst.(io.Closer); ok && dst != io.Writer(f) {
		if err := c.Close(); err != nil {
			f.Close()
			return 0, 0, err
		}
	}
	info, err := f.Stat()
	if err == nil {
		err = f.Close()
	} else {
		f.Close()
	}
	if err != nil {
		return 0, 0, err
	}
	return n, info.Size(), nil
}

// innbyggere is the population per kommune on 1 January of each year.
func (w *workload) innbyggere(o *out) int {
	o.row("kommunenummer", "år", "innbyggere")
	for i, k := range w.kommuner {
		g := w.rng(i, streamPopulation)
		p := w.pop[i]
		for y := 2016; y <= 2025; y++ {
			o.row(k.Number, strconv.Itoa(y), strconv.Itoa(p))
			p += p * g.between(-4, 12) / 1000
		}
	}
	return o.rows - 1
}

// household is a household id as the case system writes it: unique within
// a kommune only.
func household(n int) string { return "H" + strconv.Itoa(100000+n) }

// kartlegging is the survey of housing situations, all four situations in
// one file.
func (w *workload) kartlegging(o *out) int {
	o.row("Kommunenr", "Husstand", "Situasjon", "Fra dato", "Til dato", "Målgruppe", "Antall barn")
	type ep struct {
		sit      int
		from, to day
	}
	// how long each situation lasts: days, lower and upper bound
	spans := [][2]int{{7, 500}, {30, 300}, {60, 900}, {3, 240}}
	for i, k := range w.kommuner {
		g := w.rng(i, streamKartlegging)
		n := w.n(i, shareKartlegging)
		hh := 0
		for written := 0; written < n; {
			hh++
			id := household(hh)
			group := g.pick(30, 15, 20, 15, 20)
			barn := 0
			if g.chance(300) {
				barn = g.between(1, 4)
			}
			e := ep{sit: g.pick(30, 25, 25, 20), from: g.date(early)}
			for {
				s := spans[e.sit]
				e.to = e.from + day(g.between(s[0], s[1]))
				if e.to > last || g.chance(30) {
					e.to = none // still going on when the export was taken
				}
				gr := malgrupper[group]
				if g.chance(40) {
					gr = "" // not recorded
				}
				times := 1
				if g.chance(7) {
					times = 2 // the same row twice
				}
				for range times {
					o.cell(k.Number)
					o.cell(id)
					o.cell(situasjoner[e.sit])
					o.date(e.from)
					o.date(e.to)
					o.cell(gr)
					o.cell(strconv.Itoa(barn))
					o.end()
					written++
				}
				// 30 % are followed by another episode of the same
				// household that starts before this one ends.
				if !g.chance(300) || written >= n {
					break
				}
				end := e.to
				if end == none {
					end = last
				}
				next := e.from + day(g.r.IntN(int(end-e.from)+1))
				if next > last {
					break
				}
				e = ep{sit: g.pick(30, 25, 25, 20), from: next}
			}
		}
	}
	return o.rows - 1
}

// startlan is the startlån cases: one row per application.
func (w *workload) startlan(o *out) int {
	o.row("Kommunenr", "Saksnr", "Husstand", "Mottatt", "Vedtaksdato", "Vedtak", "Innvilget beløp",
		"Etableringstilskudd", "Formål", "Fra kommunal leiebolig", "Målgruppe")
	for i, k := range w.kommuner {
		g := w.rng(i, streamStartlan)
		n := w.n(i, shareStartlan)
		for c := range n {
			mottatt := g.date(first)
			vedtak := []string{"Innvilget", "Avslått", "Trukket"}[g.pick(62, 30, 8)]
			vedtaksdato := mottatt + day(g.between(3, 120))
			if g.chance(20) && mottatt > first+30 {
				vedtaksdato = mottatt // decided the day it came in
			}
			if vedtaksdato > last {
				vedtaksdato, vedtak = none, "Under behandling"
			}
			o.cell(k.Number)
			o.cell("SL-" + strconv.Itoa(1_000_000+c))
			o.cell(household(g.between(1, max(1, n))))
			o.date(mottatt)
			o.date(vedtaksdato)
			o.cell(vedtak)
			if vedtak == "Innvilget" {
				o.amount(g.between(300_000, 5_500_000)*100 + g.between(0, 99)*g.pick(60, 40))
				o.cell([]string{"Nei", "Ja"}[g.pick(75, 25)])
			} else {
				o.cell("")
				o.cell("")
			}
			o.cell(formal[g.pick(60, 20, 10, 10)])
			leie := "Nei"
			if g.chance(150) {
				leie = "Ja"
			}
			o.cell(leie)
			gr := ""
			if !g.chance(40) {
				gr = malgrupper[g.pick(10, 20, 20, 35, 15)]
			}
			o.cell(gr)
			o.end()
		}
	}
	return o.rows - 1
}

// utkastelser is the bailiff's eviction cases, one row per event: every
// case has its Begjæring, two in five end in a Gjennomført eviction.
func (w *workload) utkastelser(o *out) int {
	o.row("Kommunenr", "Saksnummer", "Dato", "Type")
	for i, k := range w.kommuner {
		g := w.rng(i, streamUtkastelser)
		n := w.n(i, shareUtkastelser)
		for c := 0; c < n; {
			begj := g.date(first)
			saks := "F-" + strconv.Itoa(2_000_000+c)
			o.cell(k.Number)
			o.cell(saks)
			o.date(begj)
			o.cell("Begjæring")
			o.end()
			c++
			if c < n && g.chance(400) {
				if d := begj + day(g.between(20, 200)); d <= last {
					o.cell(k.Number)
					o.cell(saks)
					o.date(d)
					o.cell("Gjennomført")
					o.end()
					c++
				}
			}
		}
	}
	return o.rows - 1
}

// kommunalBolig is the applications for municipal housing.
func (w *workload) kommunalBolig(o *out) int {
	o.row("Kommunenr", "Husstand", "Mottatt", "Vedtaksdato", "Vedtak", "Tildelt dato")
	for i, k := range w.kommuner {
		g := w.rng(i, streamKommunalBolig)
		n := w.n(i, shareKommunalBolig)
		for range n {
			mottatt := g.date(first)
			vedtak := []string{"Tildelt", "Avslått", "Trukket"}[g.pick(45, 40, 15)]
			vedtaksdato := mottatt + day(g.between(5, 250))
			tildelt := none
			if vedtaksdato > last {
				vedtaksdato, vedtak = none, ""
			} else if vedtak == "Tildelt" {
				tildelt = vedtaksdato + day(g.between(0, 60))
				if tildelt > last {
					tildelt = none
				}
			}
			o.cell(k.Number)
			o.cell(household(g.between(1, max(1, n*2/3))))
			o.date(mottatt)
			o.date(vedtaksdato)
			o.cell(vedtak)
			o.date(tildelt)
			o.end()
		}
	}
	return o.rows - 1
}
