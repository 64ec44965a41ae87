package region

import (
	"strings"
	"testing"
	"testing/fstest"

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
