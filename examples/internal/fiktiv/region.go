package fiktiv

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing/fstest"

	"boso/indicators/diag"
	"boso/indicators/files"
	"boso/indicators/period"
	"boso/indicators/program"
	"boso/reports/pipeline"
)

// The example region (examples/region): what eight programme kommuner in
// Innlandet submitted for the half-year report 2025, as a Husbanken
// adviser keeps it. Each submitting kommune has a programme of its own,
// invented as the Hamar example is (registers drawn with its own seed and
// scaled to its size); its submission is its filled input workbook and
// the figure export boso made from its registers. The registers stay in
// memory: only the submissions, the log and the region file are written.

// Case is what the example shows with a kommune.
type Case string

// The cases.
const (
	OnTime     Case = "i tide"   // received by the due date
	Late       Case = "for sent" // received after it
	Missing    Case = "mangler"  // nothing received
	Errors     Case = "feil"     // a workbook with errors the reader reports
	Unreadable Case = "uleselig" // a «workbook» that is not one
)

// RegionKommune is one programme kommune of the example region.
type RegionKommune struct {
	Number, Former, Name string
	// Population is about its population in 2025; its registers are
	// Hamar's sizes scaled to it.
	Population int
	Case       Case
	// Folder is its submission folder in innsendt/; "" when it has none.
	// Hamar's carries its number before 2020 (0403), which is read as
	// 3403.
	Folder string
	// Received is the date in the adviser's log; zero: no line.
	Received period.Date
	// ReportDate is the Rapporteringsdato in its workbook and the report
	// date its figures were computed on.
	ReportDate period.Date
	// Leader and Email are its (invented) programme leader.
	Leader, Email string
}

// RegionPeriod is the report period of the example region.
const RegionPeriod = "2025H1"

// RegionDate is the --dato of the example region's command in the README.
var RegionDate = period.MustDate(2025, 9, 15)

// Region is the example region's kommuner, by number. The due date of the
// half-year report is 31 August: Elverum's submission came on the day.
var Region = []RegionKommune{
	{Number: "3403", Former: "0403", Name: "Hamar", Population: 32_900, Case: OnTime, Folder: "0403-hamar",
		Received: period.MustDate(2025, 8, 21), ReportDate: period.MustDate(2025, 8, 20)},
	{Number: "3405", Former: "0501", Name: "Lillehammer", Population: 29_000, Case: OnTime, Folder: "3405-lillehammer",
		Received: period.MustDate(2025, 8, 29), ReportDate: period.MustDate(2025, 8, 28),
		Leader: "Kari Nordbø Hagen", Email: "kari.nordbo.hagen@example.no"},
	{Number: "3407", Former: "0502", Name: "Gjøvik", Population: 30_800, Case: OnTime, Folder: "3407-gjovik",
		Received: period.MustDate(2025, 8, 25), ReportDate: period.MustDate(2025, 8, 25),
		Leader: "Anders Bakkerud", Email: "anders.bakkerud@example.no"},
	{Number: "3411", Former: "0412", Name: "Ringsaker", Population: 35_200, Case: Late, Folder: "3411-ringsaker",
		Received: period.MustDate(2025, 9, 12), ReportDate: period.MustDate(2025, 9, 11),
		Leader: "Marte Solheim Lie", Email: "marte.solheim.lie@example.no"},
	{Number: "3412", Former: "0415", Name: "Løten", Population: 7_700, Case: Errors, Folder: "3412-loten",
		Received: period.MustDate(2025, 8, 30), ReportDate: period.MustDate(2025, 8, 29),
		Leader: "Ola Rud Østby", Email: "ola.rud.ostby@example.no"},
	{Number: "3413", Former: "0417", Name: "Stange", Population: 21_500, Case: Unreadable, Folder: "3413-stange",
		Received: period.MustDate(2025, 8, 27), ReportDate: period.MustDate(2025, 8, 26),
		Leader: "Ingrid Skaug Berntsen", Email: "ingrid.skaug.berntsen@example.no"},
	{Number: "3414", Former: "0418", Name: "Nord-Odal", Population: 5_000, Case: Missing},
	{Number: "3420", Former: "0427", Name: "Elverum", Population: 21_900, Case: OnTime, Folder: "3420-elverum",
		Received: period.MustDate(2025, 8, 31), ReportDate: period.MustDate(2025, 8, 31),
		Leader: "Siri Haugen Moe", Email: "siri.haugen.moe@example.no"},
}

// kommune is k's registers' kommune: Hamar's is the shipped example's.
func (k RegionKommune) kommune() kommune {
	if k.Number == hamar.number {
		return hamar
	}
	s, _ := strconv.ParseUint(k.Number+"20162025", 10, 64)
	return kommune{number: k.Number, former: k.Former, name: k.Name, scale: k.Population * 1000 / 32_000, seed: s}
}

// example is k's programme as an Example: the half-year exports, and its
// workbook made for RegionPeriod.
func (k RegionKommune) example() *Example {
	x := halfYear
	x.k = k.kommune()
	ex := &Example{Period: RegionPeriod, ReportDate: k.ReportDate, Population: true, export: x, broken: k.Case == Errors}
	if !x.isHamar() {
		ex.subst = strings.NewReplacer(
			"Hamar", k.Name, hamar.number, k.Number,
			programleder, k.Leader, epost, k.Email,
		)
	}
	return ex
}

// RegionFiles returns the example region's files, named by their paths
// in examples/region, in a fixed order: region.yaml, the log and each
// submission's files. examples is the examples folder, whose source
// mappings (kilder/) every kommune's programme shares.
func RegionFiles(examples string) ([]File, error) {
	kilder, err := filepath.Glob(filepath.Join(examples, "kilder", "*.yaml"))
	if err != nil || len(kilder) == 0 {
		return nil, fmt.Errorf("finner ingen kildebeskrivelser i %s", filepath.Join(examples, "kilder"))
	}
	mappings := fstest.MapFS{}
	for _, p := range kilder {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		mappings["kilder/"+filepath.Base(p)] = &fstest.MapFile{Data: data}
	}
	// Each kommune on a core of its own; the files in the list's order.
	type made struct {
		wb, tall []byte
		err      error
	}
	subs := make([]made, len(Region))
	work := make(chan int)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				m := &subs[i]
				m.wb, m.tall, m.err = Region[i].submission(mappings)
			}
		}()
	}
	for i, k := range Region {
		if k.Folder != "" {
			work <- i
		}
	}
	close(work)
	wg.Wait()
	out := []File{{Name: "region.yaml", Data: regionYAML()}, {Name: "innsendinger.csv", Data: regionLog()}}
	for i, k := range Region {
		if k.Folder == "" {
			continue
		}
		m := subs[i]
		if m.err != nil {
			return nil, fmt.Errorf("%s %s: %w", k.Number, k.Name, m.err)
		}
		dir := "innsendt/" + k.Folder + "/"
		out = append(out, File{Name: dir + "arbeidsbok.xlsx", Data: m.wb})
		if m.tall != nil {
			out = append(out, File{Name: dir + "tall.csv", Data: m.tall})
		}
	}
	return out, nil
}

// WriteRegion writes the example region into dir (examples/region):
// every file RegionFiles makes, and nothing else in innsendt/ (a
// submission the list no longer has is removed).
func WriteRegion(examples, dir string) error {
	fs, err := RegionFiles(examples)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(filepath.Join(dir, "innsendt")); err != nil {
		return err
	}
	for _, f := range fs {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := writeAtomic(p, f.Data); err != nil {
			return err
		}
	}
	return nil
}

// submission makes k's programme in memory and returns what k submits:
// its workbook, and its figure export (nil for the unreadable one, which
// sent a broken file and nothing else).
func (k RegionKommune) submission(mappings fstest.MapFS) (workbook, tall []byte, err error) {
	ex := k.example()
	fsys := fstest.MapFS{"program.yaml": &fstest.MapFile{Data: k.programYAML()}}
	for name, f := range mappings {
		fsys[name] = f
	}
	data, err := Files(ex)
	if err != nil {
		return nil, nil, err
	}
	for _, f := range data {
		fsys["data/"+f.Name] = &fstest.MapFile{Data: f.Data}
	}
	in := files.New(fsys, "")
	var l diag.List
	p, ok := program.LoadIn(in, "program.yaml", &l)
	if !ok {
		return nil, nil, fmt.Errorf("program.yaml:\n%s", l.String())
	}
	// The figures are computed with the workbook as it should be; the one
	// with errors is made after.
	clean := *ex
	clean.broken = false
	wb, err := arbeidsbok(p, &clean)
	if err != nil {
		return nil, nil, err
	}
	fsys["arbeidsbok.xlsx"] = &fstest.MapFile{Data: wb}

	ctx := context.Background()
	run, err := pipeline.Load(ctx, pipeline.Config{Files: in, Program: "program.yaml", Date: ex.ReportDate}, &l)
	if err != nil {
		return nil, nil, fmt.Errorf("%v\n%s", err, l.String())
	}
	run.Need(period.MustParse(RegionPeriod))
	run.ReadWorkbook(files.FS{}, "", &l)
	if _, err := run.Compute(ctx, &l); err != nil {
		return nil, nil, err
	}
	if l.Errors() > 0 {
		return nil, nil, fmt.Errorf("%d feil:\n%s", l.Errors(), l.String())
	}
	var buf bytes.Buffer
	for _, f := range run.FigureFiles("") {
		if f.Path == "tall.csv" {
			if err := f.Fill(&buf); err != nil {
				return nil, nil, err
			}
		}
	}
	if buf.Len() == 0 {
		return nil, nil, fmt.Errorf("tall.csv ble tom")
	}

	switch k.Case {
	case Errors:
		wb, err = arbeidsbok(p, ex)
		if err != nil {
			return nil, nil, err
		}
	case Unreadable:
		// The file was cut off on its way (an e-mail filter, a full
		// disk): the start of the zip archive, without its directory.
		return wb[:len(wb)/3], nil, nil
	}
	return wb, buf.Bytes(), nil
}

// programYAML is k's programme file.
func (k RegionKommune) programYAML() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "name: Boligsosialt utviklingsprogram %s 2016–2025 (eksempel)\n", k.Name)
	b.WriteString("example: true\n")
	fmt.Fprintf(&b, "kommuner:\n  - {number: %q, name: %s}\n", k.Number, k.Name)
	b.WriteString("period: 2016-2025\nperiod_types: [program, år, halvår]\nsources:\n  - kilder/*.yaml\nworkbook: arbeidsbok.xlsx\n")
	fmt.Fprintf(&b, "renumber:\n  %q: [%q]\n", k.Former, k.Number)
	return []byte(b.String())
}

// regionYAML is the adviser's region file.
func regionYAML() []byte {
	var b strings.Builder
	b.WriteString(`# Eksempelregion som følger med boso: åtte programkommuner i Innlandet og
# det de har sendt inn til halvårsrapporten 2025. Kommunenumrene og navnene
# er ekte, alle tall og all tekst i innsendingene er fiktive og laget av
# «go run ./examples/gen». Fordi example er true, står «Eksempel – fiktive
# tall» på alt som lages herfra. Se README.md.
name: Boligsosialt program – eksempelregion Innlandet
example: true
# Programkommunene. En kommune som ikke har sendt inn, står som «mangler».
kommuner:
`)
	ks := append([]RegionKommune(nil), Region...)
	sort.Slice(ks, func(i, j int) bool { return ks[i].Number < ks[j].Number })
	for _, k := range ks {
		fmt.Fprintf(&b, "  - %q # %s\n", k.Number, k.Name)
	}
	b.WriteString(`# Én mappe per kommune, som begynner med kommunenummeret.
submissions: innsendt
# Når hver innsending kom (kommunenummer og dato); uten loggen brukes
# rapporteringsdatoen i arbeidsboken.
log: innsendinger.csv
`)
	return []byte(b.String())
}

// regionLog is the adviser's submission log, in the order things came in.
func regionLog() []byte {
	ks := append([]RegionKommune(nil), Region...)
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].Received < ks[j].Received })
	c := newCSV(";", "\n")
	c.row("Kommunenummer", "Mottatt")
	for _, k := range ks {
		if k.Received != 0 {
			c.row(k.Number, dayOf(k.Received).dmy())
		}
	}
	return []byte(c.String())
}
