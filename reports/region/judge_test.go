package region

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/xuri/excelize/v2"

	"boso/indicators/period"
)

// statusOf is the kommune k's status in the roll-up.
func statusOf(t *testing.T, res *Result, k string) Status {
	t.Helper()
	for _, st := range res.Overview.Statuses {
		if st.Kommune == k {
			return st
		}
	}
	t.Fatalf("no status for %s", k)
	return Status{}
}

// An export with figures only for another period is «sendt inn for …,
// ikke for …»: not received for this one, and not rolled up.
func TestJudgeWrongPeriod(t *testing.T) {
	fsys := testRegion(t)
	fsys["innsendt/3405/tall.csv"] = &fstest.MapFile{Data: []byte("kommunenummer,kommune,periode,indikator,inndeling,verdi,merknad,forklaring,kvalitet,datagrunnlag,forklaringskode,teller,nevner,rader,beregning\n" +
		"3405,Lillehammer,2024H2,utkastelser,,7,,,,,,,,,flow_count\n")}
	got, res, err := runProblems(t, fsys, "2025H1", period.MustDate(2025, 9, 15))
	if err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	st := statusOf(t, res, "3405")
	if st.State != WrongPeriod || st.Used != nil {
		t.Errorf("3405: %s, used %v; want %s, not used", st.State, st.Used != nil, WrongPeriod)
	}
	if txt := stateText(st); txt != "sendt inn for 2. halvår 2024, ikke for 1. halvår 2025" {
		t.Errorf("3405 state text %q", txt)
	}
	if want := "innsendt/3405/tall.csv: talleksporten har ingen tall for 1. halvår 2025 (de siste er for 2. halvår 2024); innsendingen er ikke tatt med [BOSO-"; !strings.Contains(st.Judged.String(), want) {
		t.Errorf("3405 problems:\n%s\nwant %s", st.Judged.String(), want)
	}
	if o := res.Overview; o.Received() != 2 || o.ReceivedOnTime() != 1 {
		t.Errorf("received %d, on time %d; want 2, 1 (3405's is for another period)", o.Received(), o.ReceivedOnTime())
	}
}

// Two folders for one kommune: «mottatt flere ganger; behold én», with a
// problem naming both; neither is used.
func TestJudgeDuplicate(t *testing.T) {
	fsys := testRegion(t)
	fsys["innsendt/3405-lillehammer-ny/tall.csv"] = fsys["innsendt/3405/tall.csv"]
	got, res, err := runProblems(t, fsys, "2025H1", period.MustDate(2025, 9, 15))
	if err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	st := statusOf(t, res, "3405")
	if st.State != Ambiguous || st.Used != nil || len(st.Duplicates) != 1 {
		t.Errorf("3405: %s, used %v, %d duplicates; want %s, not used, 1", st.State, st.Used != nil, len(st.Duplicates), Ambiguous)
	}
	if txt := stateText(st); txt != "mottatt flere ganger; behold én" {
		t.Errorf("3405 state text %q", txt)
	}
	if want := "innsendt/3405: to innsendinger fra Lillehammer 3405: innsendt/3405 og innsendt/3405-lillehammer-ny; behold én (boso bruker ingen av dem) [BOSO-"; !strings.Contains(st.Judged.String(), want) {
		t.Errorf("3405 problems:\n%s\nwant %s", st.Judged.String(), want)
	}
	if v, ok := res.Rollup.Get("3405", "utkastelser", period.MustParse("2025H1")); ok && v.Has {
		t.Errorf("3405 is rolled up (%v) though it sent two submissions", v.Num)
	}
}

// A log date after --dato, or before the period ended, is warned at its
// line and not used as the received date; a doubled line and a kommune
// not of the region are warned at theirs.
func TestJudgeLog(t *testing.T) {
	fsys := testRegion(t)
	fsys["innsendinger.csv"] = &fstest.MapFile{Data: []byte("Kommunenummer;Mottatt\n3403;20.09.2025\n3405;30.06.2025\n3405;01.07.2025\n3418;20.08.2025\n")}
	got, res, err := runProblems(t, fsys, "2025H1", period.MustDate(2025, 9, 15))
	if err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	for _, want := range []string{
		"innsendinger.csv:2:Mottatt: advarsel: mottatt-datoen 20.09.2025 er etter datoen oppsummeringen gjelder per (15.09.2025, --dato); den er ikke brukt som mottatt-dato [BOSO-",
		"innsendinger.csv:3:Mottatt: advarsel: mottatt-datoen 30.06.2025 er før 1. halvår 2025 var slutt (30.06.2025); gjelder den en annen periode? Den er ikke brukt som mottatt-dato [BOSO-",
		"innsendinger.csv:4:Kommunenummer: advarsel: kommune 3405 står også på linje 3 i innsendingsloggen; den tidligste datoen teller [BOSO-",
		"innsendinger.csv:5:Kommunenummer: advarsel: kommune 3418 står i innsendingsloggen, men er ikke en av regionens kommuner; linjen er ikke brukt [BOSO-",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems:\n%s\nwant %s", got, want)
		}
	}
	for _, k := range []string{"3403", "3405"} {
		if st := statusOf(t, res, k); st.From == FromLog {
			t.Errorf("%s: received %s from the log, whose date cannot be used", k, st.Received)
		}
	}
}

// An id under indicators: that is none of boso's is refused at its place,
// with the nearest id; nothing is rolled up.
func TestConfigUnknownIndicator(t *testing.T) {
	fsys := testRegion(t)
	fsys["region.yaml"] = &fstest.MapFile{Data: []byte(regionYAML + "indicators: [bostedslose, bostedslosee, finnes_ikke_i_det_hele_tatt]\n")}
	got, res, err := runProblems(t, fsys, "2025H1", period.MustDate(2025, 9, 15))
	if err != ErrProblems || res != nil {
		t.Fatalf("err %v, result %v; want ErrProblems and none\n%s", err, res != nil, got)
	}
	for _, want := range []string{
		"region.yaml:6:27: ukjent indikator «bostedslosee» (mente du «bostedslose»?) [BOSO-",
		"region.yaml:6:41: ukjent indikator «finnes_ikke_i_det_hele_tatt» [BOSO-",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems:\n%s\nwant %s", got, want)
		}
	}
	if strings.Contains(got, "«bostedslose» [") {
		t.Errorf("a known id is refused:\n%s", got)
	}
}

// A part of a submission with another kommunenummer than its folder's is
// a problem at that number, naming both; the part is not used, and the
// kommune has sent in, with a fault: «mottatt, har feil», not «mangler».
func TestJudgeConflict(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(fstest.MapFS)
		want string
	}{
		{"tall.csv", func(fsys fstest.MapFS) {
			fsys["innsendt/3405/tall.csv"] = &fstest.MapFile{Data: []byte(asKommune(hamarExport(t), "3407"))}
		}, "innsendt/3405/tall.csv:2:kommunenummer: talleksporten har kommunenummer 3407, men mappenavnet har 3405; talleksporten er ikke brukt [BOSO-"},
		{"arbeidsbok", func(fsys fstest.MapFS) {
			fsys["innsendt/3405/arbeidsbok.xlsx"] = fsys["innsendt/3403-hamar/arbeidsbok.xlsx"]
		}, "innsendt/3405/arbeidsbok.xlsx[Programinfo]!B5: arbeidsboken har kommunenummer 3403, men mappenavnet har 3405; arbeidsboken er ikke brukt [BOSO-"},
	} {
		fsys := testRegion(t)
		tc.edit(fsys)
		got, res, err := runProblems(t, fsys, "2025H1", period.MustDate(2025, 9, 15))
		if err != nil {
			t.Fatalf("%s: %v\n%s", tc.name, err, got)
		}
		st := statusOf(t, res, "3405")
		if st.State != Faulty || st.Submission == nil || !st.Submission.Conflict {
			t.Errorf("%s: 3405 is %s; want %s", tc.name, st.State, Faulty)
		}
		if txt := stateText(st); txt != "mottatt, har feil" {
			t.Errorf("%s: 3405 state text %q", tc.name, txt)
		}
		var probs []string
		for _, p := range st.First {
			probs = append(probs, p.String())
		}
		if all := strings.Join(probs, "\n"); !strings.Contains(all, tc.want) {
			t.Errorf("%s: 3405 problems:\n%s\nwant %s", tc.name, all, tc.want)
		}
		for _, o := range res.Overview.Others {
			t.Errorf("%s: %s listed as another kommune's", tc.name, o.Path)
		}
	}
}

// exampleWorkbook is the shipped example workbook with cells of its
// Programinfo sheet set.
func exampleWorkbook(t *testing.T, cells map[string]any) []byte {
	t.Helper()
	f, err := excelize.OpenFile("../../examples/arbeidsbok.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for ref, v := range cells {
		if err := f.SetCellValue("Programinfo", ref, v); err != nil {
			t.Fatal(err)
		}
	}
	b, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A workbook whose Rapporteringsperiode is another period is «sendt inn
// for …, ikke for …», said at that cell, and not rolled up; a
// Rapporteringsdato after --dato is warned at its cell and not used.
func TestJudgeWorkbookPeriod(t *testing.T) {
	fsys := testRegion(t)
	fsys["innsendt/3403-hamar/arbeidsbok.xlsx"] = &fstest.MapFile{Data: exampleWorkbook(t, map[string]any{"B9": "2. halvår 2024"})}
	got, res, err := runProblems(t, fsys, "2025H1", period.MustDate(2025, 9, 15))
	if err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	st := statusOf(t, res, "3403")
	if st.State != WrongPeriod || st.Used != nil {
		t.Errorf("3403: %s, used %v; want %s, not used", st.State, st.Used != nil, WrongPeriod)
	}
	if txt := stateText(st); txt != "sendt inn for 2. halvår 2024, ikke for 1. halvår 2025" {
		t.Errorf("3403 state text %q", txt)
	}
	if want := "innsendt/3403-hamar/arbeidsbok.xlsx[Programinfo]!B9: arbeidsboken er for 2. halvår 2024 (Rapporteringsperiode), ikke for 1. halvår 2025, som oppsummeringen gjelder; innsendingen er ikke tatt med [BOSO-"; !strings.Contains(st.Judged.String(), want) {
		t.Errorf("3403 problems:\n%s\nwant %s", st.Judged.String(), want)
	}
}

// Without a log line, a workbook's Rapporteringsdato after --dato, or
// before the period ended, is warned at its cell and not used as the
// received date.
func TestJudgeWorkbookDate(t *testing.T) {
	for _, tc := range []struct {
		date time.Time
		want string
	}{
		{time.Date(2025, 9, 20, 0, 0, 0, 0, time.UTC), "innsendt/3403-hamar/arbeidsbok.xlsx[Programinfo]!B10: advarsel: rapporteringsdatoen 20.09.2025 er etter datoen oppsummeringen gjelder per (15.09.2025, --dato); den er ikke brukt som mottatt-dato [BOSO-"},
		{time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), "innsendt/3403-hamar/arbeidsbok.xlsx[Programinfo]!B10: advarsel: rapporteringsdatoen 01.06.2025 er før 1. halvår 2025 var slutt (30.06.2025); gjelder den en annen periode? Den er ikke brukt som mottatt-dato [BOSO-"},
	} {
		fsys := testRegion(t)
		fsys["innsendinger.csv"] = &fstest.MapFile{Data: []byte("Kommunenummer;Mottatt\n3405;12.09.2025\n")}
		fsys["innsendt/3403-hamar/arbeidsbok.xlsx"] = &fstest.MapFile{Data: exampleWorkbook(t, map[string]any{"B10": tc.date})}
		got, res, err := runProblems(t, fsys, "2025H1", period.MustDate(2025, 9, 15))
		if err != nil {
			t.Fatalf("%v\n%s", err, got)
		}
		st := statusOf(t, res, "3403")
		if st.State != NoDate || st.From != "" {
			t.Errorf("%v: 3403 is %s from %q; want %s, no date", tc.date, st.State, st.From, NoDate)
		}
		if !strings.Contains(st.Judged.String(), tc.want) {
			t.Errorf("3403 problems:\n%s\nwant %s", st.Judged.String(), tc.want)
		}
	}
}
