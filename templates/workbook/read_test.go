package workbook

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"boso/indicators/definition"
	"boso/indicators/diag"
	"boso/indicators/num"
	"boso/indicators/period"
	"boso/reports/clienttest"
)

// filled writes the template, lets fill change it like a user would in
// Excel, and saves it as arbeidsbok.xlsx in a temporary folder.
func filled(t *testing.T, fill func(f *excelize.File)) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(template(t, sample())))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fill(f)
	path := filepath.Join(t.TempDir(), "arbeidsbok.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// set writes values into cells: strings as text cells, numbers as number
// cells, time.Time as date cells, nil to clear.
func set(t *testing.T, f *excelize.File, sheet string, cells map[string]any) {
	t.Helper()
	for ref, v := range cells {
		var err error
		switch v := v.(type) {
		case string:
			err = f.SetCellStr(sheet, ref, v)
		case nil:
			err = f.SetCellValue(sheet, ref, nil)
		default:
			err = f.SetCellValue(sheet, ref, v)
		}
		if err != nil {
			t.Fatalf("%s!%s: %v", sheet, ref, err)
		}
	}
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dec(t *testing.T, s string) num.Dec {
	t.Helper()
	d, err := num.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func fillAll(t *testing.T, f *excelize.File) {
	set(t, f, "Programinfo", map[string]any{
		"B6":  "Áilu Čoavddát-Ŋuolga",
		"B7":  day(2022, 2, 22), // a date cell
		"B10": "31.08.2025",     // a date typed as text
		"B11": "Máret Ánne Šáŧŧá Žeahkki",
		"B12": 67934324, // a phone number typed as a number
		"B13": "maret.anne@karasjok.kommune.no",
		"B14": "Boligkontoret er i drift.\nFærre familier bor i uegnet bolig.",
	})
	set(t, f, "Organisering", map[string]any{
		"B3":  "Fra 01.07.2025 ligger boligkontoret under Helse og omsorg.\nRådmannen leder styringsgruppa.",
		"C3":  "Ny boligsjef er programansvarlig.",
		"B6":  "Programplanen er en temaplan under kommuneplanen.",
		"B10": "Leder", "C10": "Rådmann", "D10": "Sentraladministrasjonen",
		"B11": "Programansvarlig", "C11": "Boligsjef", "D11": "Boligkontoret",
		"B18": "Medlem", "C18": "Teamleder", "D18": "NAV Kárášjohka",
	})
	set(t, f, "Aktiviteter", map[string]any{
		"B3": "Samle og koordinere det boligsosiale arbeidet", "C3": "Utrede nytt boligkontor",
		"D3": "Boligkontor i drift fra 01.01.2026", "E3": "n", "F3": 30,
		"G3": "Grenseganger mot mottakskontoret må utredes", "H3": "Stillinger er ikke avklart",
		"B13": "Helhetlig bruk av Husbankens virkemidler", "E13": "V", "F13": "45 %",
		"B14": "Kompetanseheving for programgruppen", "E14": "gjennomført", "F14": 1.0,
	})
	// A percentage cell as Excel makes it when one types 100 %.
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 9})
	f.SetCellStyle("Aktiviteter", "F14", "F14", pct)
	set(t, f, "Gode eksempler", map[string]any{
		"A3": "Fra leie til eie i Kárášjohka",
		"B3": "Tre familier kjøpte boligen de leide.\n\nSe https://www.karasjok.kommune.no/.",
	})
	set(t, f, "Økonomi", map[string]any{
		"B3": "Programledelse og kompetanseutvikling", "C3": 500000, "D3": "512 500,50",
		"E3": 250000.5, "F3": "kr 12 500", "G3": 0, "L3": "Til aktivitet 2", "N3": "Tilskudd 20 000 til aktivitet 2",
		"A4": 2024, "B4": "Boligskole", "D4": 1234.56,
		"E67": "100 000", // overføring to 2023
		"E70": 2500.25,   // overføring to 2026
	})
	set(t, f, "Tall", map[string]any{
		"G3": 123, "G4": "1 234,5", "G5": "..", "G6": ":", "G7": 0, "H7": "foreløpig tall *",
		"G13": 12.5, "H13": "Fra Husbankens statistikk",
	})
	set(t, f, "Mål", map[string]any{
		"E3": "lavere", "F3": 2022, "G3": 54, "H3": 50, "L3": 25, "M3": "Nær målet; færre står uten bolig etter at boligkontoret åpnet.",
		"D4": "5610", "E4": "høyere", "F4": "2022H1", "G4": "61", "K4": "80,5",
	})
}

// A filled workbook comes back value for value: numbers typed as numbers
// and as Norwegian text, dates as date cells and as text, Sami letters.
func TestReadRoundTrip(t *testing.T) {
	path := filled(t, func(f *excelize.File) { fillAll(t, f) })
	wb, l := Read(path, sample().Options())
	if l.Len() != 0 {
		t.Fatalf("problems:\n%s", l)
	}

	p := wb.Program
	str := func(name string, c Cell[string], want string) {
		t.Helper()
		if !c.Filled || c.Value != want {
			t.Errorf("%s = %q (filled %v), want %q", name, c.Value, c.Filled, want)
		}
	}
	str("Programnavn", p.Name, "Bolig for velferd i Kárášjohka & omegn")
	if len(p.Kommuner) != 1 {
		t.Fatalf("kommuner %+v", p.Kommuner)
	}
	str("Kommune", p.Kommuner[0].Name, "Kárášjohka – Karasjok")
	str("Kommunenummer", p.Kommuner[0].Number, "5610")
	str("Programleder", p.Leader, "Áilu Čoavddát-Ŋuolga")
	str("Utfylt av", p.FilledInBy, "Máret Ánne Šáŧŧá Žeahkki")
	str("Telefon", p.Phone, "67934324")
	str("E-post", p.Email, "maret.anne@karasjok.kommune.no")
	if p.Start.Value != period.MustDate(2022, 2, 22) || p.ReportDate.Value != period.MustDate(2025, 8, 31) || p.ReportYear.Value != 2025 {
		t.Errorf("dates and year: %v %v %v", p.Start.Value, p.ReportDate.Value, p.ReportYear.Value)
	}
	if got := p.ReportDate.Pos.String(); !strings.HasSuffix(got, "arbeidsbok.xlsx[Programinfo]!B10") {
		t.Errorf("position of Rapporteringsdato %q", got)
	}
	if rp := p.ReportPeriod; !rp.Filled || rp.Value != period.MustParse("2025H1") || !strings.HasSuffix(rp.Pos.String(), "[Programinfo]!B9") {
		t.Errorf("Rapporteringsperiode %v (filled %v) at %v, want the template's 2025H1 at B9", rp.Value, rp.Filled, rp.Pos)
	}
	str("Sammendrag", p.Summary, "Boligkontoret er i drift.\nFærre familier bor i uegnet bolig.")

	o := wb.Organisation
	str("Organisering", o.Organising.Text, "Fra 01.07.2025 ligger boligkontoret under Helse og omsorg.\nRådmannen leder styringsgruppa.")
	str("Endring", o.Organising.Change, "Ny boligsjef er programansvarlig.")
	str("Forankring", o.Anchoring.Text, "Programplanen er en temaplan under kommuneplanen.")
	if o.SteeringGroup.Text.Filled || o.ProgramGroup.Change.Filled {
		t.Error("empty parts read as filled")
	}
	if len(o.SteeringMembers) != 2 || len(o.ProgramMembers) != 1 {
		t.Fatalf("members %+v / %+v", o.SteeringMembers, o.ProgramMembers)
	}
	str("Tittel", o.SteeringMembers[0].Title, "Rådmann")
	str("Virksomhet", o.ProgramMembers[0].OrgUnit, "NAV Kárášjohka")

	if len(wb.Activities) != 3 {
		t.Fatalf("activities %+v", wb.Activities)
	}
	a := wb.Activities
	str("Hovedmål", a[0].Goal, "Organisering av det boligsosiale arbeidet")
	str("Hovedmål", a[1].Goal, "Kunnskaps- og kompetanseutvikling")
	str("Begrunnelse", a[0].Reason, "Stillinger er ikke avklart")
	for i, want := range []struct {
		s Status
		p int
	}{{StatusNew, 30}, {StatusContinued, 45}, {StatusCompleted, 100}} {
		if a[i].Status.Value != want.s || a[i].Progress.Value != want.p || !a[i].Progress.Filled {
			t.Errorf("activity %d: status %q framdrift %d, want %q %d", i, a[i].Status.Value, a[i].Progress.Value, want.s, want.p)
		}
	}
	if a[1].Concrete.Filled {
		t.Error("an empty cell read as filled")
	}

	if len(wb.GoodExamples) != 1 {
		t.Fatalf("examples %+v", wb.GoodExamples)
	}
	str("Tekst", wb.GoodExamples[0].Text, "Tre familier kjøpte boligen de leide.\n\nSe https://www.karasjok.kommune.no/.")

	if len(wb.Economy) != 2 {
		t.Fatalf("economy %+v", wb.Economy)
	}
	e := wb.Economy[0]
	amounts := map[string]Cell[num.Dec]{"C3": e.Grant.Budget, "D3": e.Grant.Accounts, "E3": e.Own.Budget, "F3": e.Own.Accounts, "G3": e.Other.Budget}
	for ref, want := range map[string]string{"C3": "500000", "D3": "512500.5", "E3": "250000.5", "F3": "12500", "G3": "0"} {
		if c := amounts[ref]; !c.Filled || c.Value != dec(t, want) || c.Pos.Column+"3" != ref {
			t.Errorf("Økonomi!%s = %v (filled %v, at %v), want %s", ref, c.Value, c.Filled, c.Pos, want)
		}
	}
	if e.Other.Accounts.Filled || e.Year.Value != 2025 {
		t.Errorf("row 3: %+v", e)
	}
	str("Fra/til", e.FromTo, "Til aktivitet 2")
	str("Fra/til, tilskudd fra Husbanken", e.GrantFromTo, "Tilskudd 20 000 til aktivitet 2")
	if !strings.HasSuffix(e.GrantFromTo.Pos.String(), "[Økonomi]!N3") {
		t.Errorf("position of the grant's fra/til %v", e.GrantFromTo.Pos)
	}
	if e2 := wb.Economy[1]; e2.Year.Value != 2024 || e2.Grant.Accounts.Value != dec(t, "1234.56") {
		t.Errorf("row 4: year %d regnskap %v", e2.Year.Value, e2.Grant.Accounts.Value)
	}
	if len(wb.Transfers) != 2 || wb.Transfers[0].Year.Value != 2023 || wb.Transfers[0].Amount.Value != dec(t, "100000") ||
		wb.Transfers[1].Year.Value != 2026 || wb.Transfers[1].Amount.Value != dec(t, "2500.25") {
		t.Errorf("transfers %+v", wb.Transfers)
	}

	figs := map[string]EnteredFigure{}
	for _, fg := range wb.Figures {
		figs[fg.Indicator.Value+" "+fg.Period.Value] = fg
	}
	if len(figs) != 6 {
		t.Fatalf("figures %+v", wb.Figures)
	}
	for key, want := range map[string]Figure{
		"bostotte_mottakere 2022H1": {Number: dec(t, "123")},
		"bostotte_mottakere 2022H2": {Number: dec(t, "1234.5")},
		"bostotte_mottakere 2022":   {Mark: NoData},
		"bostotte_mottakere 2023H1": {Mark: Suppressed},
		"bostotte_mottakere 2023H2": {Number: 0},
		"kommunale_boliger 2022H1":  {Number: dec(t, "12.5")},
	} {
		if got := figs[key]; got.Value.Value != want || got.Kommune.Value != "5610" {
			t.Errorf("%s = %+v, want %+v", key, got.Value.Value, want)
		}
	}
	if fg := figs["bostotte_mottakere 2023H2"]; !fg.Provisional || !fg.Value.Filled {
		t.Errorf("a figure with * in the note: %+v", fg)
	}
	if fg := figs["kommunale_boliger 2022H1"]; fg.Note.Value != "Fra Husbankens statistikk" || fg.Provisional {
		t.Errorf("note %+v", fg)
	}

	if len(wb.Targets) != 2 {
		t.Fatalf("targets %+v", wb.Targets)
	}
	t0, t1 := wb.Targets[0], wb.Targets[1]
	if t0.Indicator.Value != "bostotte_mottakere" || t0.Kommune.Filled || t0.Direction.Value != definition.Lower ||
		t0.Baseline.Period.Value != "2022" || t0.Baseline.Value.Value != dec(t, "54") ||
		len(t0.Values) != 2 || t0.Values[0].Period != "2022" || t0.Values[0].Value.Value != dec(t, "50") ||
		t0.Values[1].Period != "2026" || t0.Values[1].Value.Value != dec(t, "25") {
		t.Errorf("target 0: %+v", t0)
	}
	if t1.Kommune.Value != "5610" || t1.Direction.Value != definition.Higher || t1.Baseline.Period.Value != "2022H1" ||
		len(t1.Values) != 1 || t1.Values[0].Period != "2025" || t1.Values[0].Value.Value != dec(t, "80.5") {
		t.Errorf("target 1: %+v", t1)
	}
	str("Kommunens vurdering", t0.Assessment, "Nær målet; færre står uten bolig etter at boligkontoret åpnet.")
	if t1.Assessment.Filled || !strings.HasSuffix(t1.Assessment.Pos.String(), "[Mål]!M4") {
		t.Errorf("an empty assessment: %+v", t1.Assessment)
	}
}

// A workbook with mistakes on several sheets: every problem is listed,
// sorted, each at its cell.
func TestReadListsEveryProblem(t *testing.T) {
	path := filled(t, func(f *excelize.File) {
		fillAll(t, f)
		set(t, f, "Programinfo", map[string]any{"B3": nil, "B9": "2. kvartal 2025", "B10": "31.02.2025", "B13": "maret.anne"})
		set(t, f, "Organisering", map[string]any{"A11": "Styret"})
		set(t, f, "Aktiviteter", map[string]any{"E3": "x", "F13": 150, "F14": 1.25, "E5": "a", "A23": "Bedre bolig"})
		set(t, f, "Økonomi", map[string]any{
			"E14": "12 5OO", "B14": "Boligkjøp",
			"D15": 1000,
			"B16": "Skole", "A16": 2031, "C16": -5,
		})
		set(t, f, "Tall", map[string]any{
			"G3": "12 5OO",
			"C4": "bostotte_mottaker",
			"F5": "2031",
			"C8": "bostotte_mottakere", "F8": "2023H1", "G8": 7, // 2023H1 is row 6 already
			"G9":  "12*",
			"A10": "0301", "G10": 5,
		})
		set(t, f, "Mål", map[string]any{"E3": "opp", "G3": -2, "H3": -1, "F4": nil, "I2": "Mål neste år", "N2": "Målgruppe", "N3": "unge"})
	})
	_, l := Read(path, sample().Options())
	got := strings.ReplaceAll(l.String(), path, "arbeidsbok.xlsx")
	want := `arbeidsbok.xlsx[Aktiviteter]!E3: «x» er ikke en status (ventet n = nytt, v = videreført, g = gjennomført eller a = avviklet) [BOSO-A003]
arbeidsbok.xlsx[Aktiviteter]!B5: «Aktivitet» må fylles ut når raden har innhold [BOSO-A004]
arbeidsbok.xlsx[Aktiviteter]!F13: framdrift «150» er utenfor 0–100 % [BOSO-A003]
arbeidsbok.xlsx[Aktiviteter]!F14: framdrift «1,25» er utenfor 0–100 % [BOSO-A003]
arbeidsbok.xlsx[Mål]!I2: «Mål neste år» er ikke en målkolonne (ventet «Mål» og en periode, f.eks. «Mål 2025») [BOSO-A002]
arbeidsbok.xlsx[Mål]!E3: «opp» er ikke en retning (ventet høyere eller lavere) [BOSO-A003]
arbeidsbok.xlsx[Mål]!G3: «-2» er negativt; mål og utgangspunkt er antall, beløp eller andeler og kan ikke være under 0 [BOSO-A003]
arbeidsbok.xlsx[Mål]!H3: «-1» er negativt; mål og utgangspunkt er antall, beløp eller andeler og kan ikke være under 0 [BOSO-A003]
arbeidsbok.xlsx[Mål]!F4: utgangspunktet har verdi, men mangler periode [BOSO-A006]
arbeidsbok.xlsx[Organisering]!A11: «Styret» er ikke en gruppe (ventet Styringsgruppe eller Programgruppe) [BOSO-A003]
arbeidsbok.xlsx[Programinfo]!B3: «Programnavn» må fylles ut [BOSO-A004]
arbeidsbok.xlsx[Programinfo]!B9: «2. kvartal 2025» er ikke en rapporteringsperiode (ventet et år eller et halvår, f.eks. 2025 eller 1. halvår 2025) [BOSO-A003]
arbeidsbok.xlsx[Programinfo]!B10: datoen «31.02.2025» finnes ikke (februar 2025 har 28 dager) [BOSO-A003]
arbeidsbok.xlsx[Programinfo]!B13: advarsel: «maret.anne» ser ikke ut som en e-postadresse [BOSO-A003]
arbeidsbok.xlsx[Tall]!G3: «12 5OO» er ikke et tall eller et av tegnene .. . : (ventet f.eks. 12 500 eller 12,5) [BOSO-A003]
arbeidsbok.xlsx[Tall]!C4: ukjent indikator «bostotte_mottaker» (mente du «bostotte_mottakere»?) [BOSO-A005]
arbeidsbok.xlsx[Tall]!F5: perioden 2031 er ikke en av arbeidsbokens perioder (2022H1 … 2025H1) [BOSO-A005]
arbeidsbok.xlsx[Tall]!G8: tallet for bostotte_mottakere i 2023H1 for kommune 5610 står også i G6 [BOSO-A006]
arbeidsbok.xlsx[Tall]!G9: «12*»: foreløpige tall merkes med * i Merknad, ikke i Verdi [BOSO-A003]
arbeidsbok.xlsx[Tall]!A10: kommune 0301 er ikke med i programmet (5610) [BOSO-A005]
arbeidsbok.xlsx[Økonomi]!E14: «12 5OO» er ikke et beløp (ventet f.eks. 12 500 eller 12500,50) [BOSO-A003]
arbeidsbok.xlsx[Økonomi]!B15: regnskap i D15 har ingen aktivitet; skriv hvilken aktivitet beløpet gjelder [BOSO-A006]
arbeidsbok.xlsx[Økonomi]!A16: året 2031 er utenfor programperioden 2022–2026 [BOSO-A005]
arbeidsbok.xlsx[Økonomi]!C16: «-5» er et negativt beløp (ventet 0 eller mer) [BOSO-A003]
`
	if got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
	if l.Errors() != l.Len()-1 {
		t.Errorf("%d errors of %d problems, want all but the e-mail warning", l.Errors(), l.Len())
	}
}

// A renamed sheet, a renamed header, a deleted header row and a deleted
// label row are each named, precisely.
func TestReadNamesWhatIsMissing(t *testing.T) {
	path := filled(t, func(f *excelize.File) {
		if err := f.SetSheetName("Tall", "Tall 2025"); err != nil {
			t.Fatal(err)
		}
		set(t, f, "Økonomi", map[string]any{"D2": "Regnskap HB"})
		for _, c := range []string{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"} {
			set(t, f, "Mål", map[string]any{c + "2": nil})
		}
		if err := f.RemoveRow("Programinfo", 8); err != nil { // Rapporteringsår
			t.Fatal(err)
		}
	})
	_, l := Read(path, sample().Options())
	got := strings.ReplaceAll(l.String(), path, "arbeidsbok.xlsx")
	want := `arbeidsbok.xlsx: fant ikke arket «Tall» (arkene i arbeidsboken er «Veiledning», «Programinfo», «Organisering», «Aktiviteter», «Gode eksempler», «Økonomi», «Tall 2025», «Mål»); har det fått nytt navn? Gi det navnet «Tall» igjen [BOSO-A002]
arbeidsbok.xlsx[Mål]: fant ikke overskriftsraden (ventet en rad med «Indikator», «Kommunenr (tom = alle)», «Retning (høyere/lavere er bedre)», «Utgangspunkt: periode», «Utgangspunkt: verdi»); er den slettet? [BOSO-A002]
arbeidsbok.xlsx[Programinfo]: fant ikke raden «Rapporteringsår» i kolonne A; er den slettet eller har den fått nytt navn? [BOSO-A002]
arbeidsbok.xlsx[Økonomi]!D2: overskriften «Regnskap HB» skulle vært «Tilskudd fra Husbanken (kompetansetilskudd): regnskap» (boso finner kolonnene ut fra overskriftene) [BOSO-A002]
`
	if got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
}

func TestReadNotAWorkbook(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "arbeidsbok.xlsx")
	os.WriteFile(bad, []byte("Programnavn;Kommune\n"), 0o644)
	for _, path := range []string{bad, filepath.Join(dir, "finnes-ikke.xlsx")} {
		wb, l := Read(path, Options{})
		if wb != nil || l.Errors() != 1 || l.Items()[0].Code != CodeFile || l.Items()[0].Pos != (diag.Pos{File: path}) {
			t.Errorf("%s: %v, %s", path, wb, l)
		}
	}
}

// A blank template reads without problems and with nothing in it but
// what boso put there.
func TestReadBlankTemplate(t *testing.T) {
	wb, l := ReadFrom(bytes.NewReader(template(t, sample())), "mal.xlsx", sample().Options())
	if l.Len() != 0 {
		t.Fatalf("problems:\n%s", l)
	}
	if len(wb.Activities)+len(wb.Economy)+len(wb.Transfers)+len(wb.Figures)+len(wb.Targets)+len(wb.GoodExamples) != 0 {
		t.Errorf("a blank template has rows: %+v", wb)
	}
	if wb.Program.Name.Value != "Bolig for velferd i Kárášjohka & omegn" || wb.Program.ReportYear.Value != 2025 {
		t.Errorf("prefilled programme info: %+v", wb.Program)
	}
}

// A workbook filled in and saved by LibreOffice reads the same as the one
// it opened: LibreOffice writes its own shared strings, styles and date
// cells.
func TestReadAfterLibreOfficeSaves(t *testing.T) {
	soffice := clienttest.Need(t, "libreoffice-calc-nogui", "soffice", "libreoffice")
	path := filled(t, func(f *excelize.File) { fillAll(t, f) })
	dir := t.TempDir()
	out, err := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profil")),
		"--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dir, path).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	read := func(p string) *Workbook {
		fh, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer fh.Close()
		wb, l := ReadFrom(fh, "arbeidsbok.xlsx", sample().Options())
		if l.Len() != 0 {
			t.Fatalf("%s:\n%s", p, l)
		}
		return wb
	}
	want, got := read(path), read(filepath.Join(dir, "arbeidsbok.xlsx"))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after LibreOffice saved it:\n%+v\nbefore:\n%+v", got, want)
	}
}

// Two kommuner: a Kommune/Kommunenummer pair each on Programinfo, rows
// for both on Tall, and a figure for the second reads back with it.
func TestReadTwoKommuner(t *testing.T) {
	in := sample()
	in.Kommuner = append(in.Kommuner, TemplateKommune{Number: "301", Name: "Oslo"})
	var buf bytes.Buffer
	if err := Template(&buf, in); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if v, _ := f.GetCellValue("Programinfo", "B7"); v != "0301" {
		t.Fatalf("second kommunenummer %q, want 0301", v)
	}
	// 2 kommuner × 2 indicators × 10 periods; the second kommune's first row.
	if v, _ := f.GetCellValue("Tall", "A23"); v != "0301" {
		t.Fatalf("Tall!A23 = %q", v)
	}
	set(t, f, "Tall", map[string]any{"G23": 17})
	buf.Reset()
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	wb, l := ReadFrom(&buf, "arbeidsbok.xlsx", in.Options())
	if l.Len() != 0 {
		t.Fatalf("problems:\n%s", l)
	}
	if len(wb.Program.Kommuner) != 2 || wb.Program.Kommuner[1].Number.Value != "0301" || wb.Program.Kommuner[1].Name.Value != "Oslo" {
		t.Errorf("kommuner %+v", wb.Program.Kommuner)
	}
	if len(wb.Figures) != 1 || wb.Figures[0].Kommune.Value != "0301" || wb.Figures[0].Value.Value.Number != num.MustInt(17) {
		t.Errorf("figures %+v", wb.Figures)
	}
}

func TestParseReportPeriod(t *testing.T) {
	for _, c := range []struct {
		cell rawCell
		want string // "" for an error
	}{
		{rawCell{s: "2025"}, "2025"},
		{rawCell{s: "2025", number: true}, "2025"},
		{rawCell{s: "2025H1"}, "2025H1"},
		{rawCell{s: " 2025h2 "}, "2025H2"},
		{rawCell{s: "1. halvår 2025"}, "2025H1"},
		{rawCell{s: "2. Halvår  2025"}, "2025H2"},
		{rawCell{s: "2.halvår 2025"}, "2025H2"},
		{rawCell{s: "3. halvår 2025"}, ""},
		{rawCell{s: "1. halvår 2025 og 2026"}, ""},
		{rawCell{s: "2025K1"}, ""},
		{rawCell{s: "2025M03"}, ""},
		{rawCell{s: "2016-2025"}, ""},
		{rawCell{s: "halvår"}, ""},
	} {
		p, err := parseReportPeriod(c.cell)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("%q: %v, want an error", c.cell.s, p)
		case c.want == "" && !strings.Contains(err.Error(), "er ikke en rapporteringsperiode"):
			t.Errorf("%q: %v", c.cell.s, err)
		case c.want != "" && (err != nil || p.String() != c.want):
			t.Errorf("%q: %v, %v; want %s", c.cell.s, p, err, c.want)
		}
	}
}

// The template says what it is made for, and a workbook knows whether a
// report fits it: the same period, or in a workbook made before boso
// wrote the period, the same year.
func TestWorkbookPeriod(t *testing.T) {
	for _, c := range []struct {
		made    string // the template's report period
		oldBook bool   // Rapporteringsperiode deleted, as in a workbook made before it
		fits    []string
		not     []string
	}{
		{"2025H1", false, []string{"2025H1"}, []string{"2025", "2025H2", "2024H1", "2024", "2026H1"}},
		{"2025", false, []string{"2025"}, []string{"2025H1", "2025H2", "2024", "2026"}},
		{"2024", false, []string{"2024"}, []string{"2025", "2025H1", "2024H1"}},
		{"2025H1", true, []string{"2025H1", "2025", "2025H2"}, []string{"2024", "2024H1", "2026H1"}},
	} {
		in := sample()
		in.ReportPeriod = c.made
		f := open(t, template(t, in))
		if c.oldBook {
			if err := f.RemoveRow("Programinfo", 9); err != nil {
				t.Fatal(err)
			}
		}
		var buf bytes.Buffer
		if _, err := f.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		wb, l := ReadFrom(&buf, "arbeidsbok.xlsx", in.Options())
		if l.Len() != 0 {
			t.Fatalf("%s: problems:\n%s", c.made, l)
		}
		m, ok := wb.Period()
		wantCell := "arbeidsbok.xlsx[Programinfo]!B9"
		if c.oldBook {
			wantCell = "arbeidsbok.xlsx[Programinfo]!B8" // Rapporteringsår
		}
		if !ok || m.YearOnly != c.oldBook || m.Pos.String() != wantCell {
			t.Errorf("%s (old %v): period %+v, %v; want it from %s", c.made, c.oldBook, m, ok, wantCell)
		}
		for _, p := range c.fits {
			if !m.Fits(period.MustParse(p)) {
				t.Errorf("a workbook for %s (old %v) does not fit a report for %s", c.made, c.oldBook, p)
			}
		}
		for _, p := range c.not {
			if m.Fits(period.MustParse(p)) {
				t.Errorf("a workbook for %s (old %v) fits a report for %s", c.made, c.oldBook, p)
			}
		}
	}
}

// Rapporteringsperiode is checked like every typed cell: a period of
// another year than Rapporteringsår is a warning, one outside the
// programme an error.
func TestReadReportPeriodChecks(t *testing.T) {
	path := filled(t, func(f *excelize.File) {
		set(t, f, "Programinfo", map[string]any{"B8": 2024, "B9": "2. halvår 2025"})
	})
	wb, l := Read(path, sample().Options())
	got := strings.ReplaceAll(l.String(), path, "arbeidsbok.xlsx")
	if want := "arbeidsbok.xlsx[Programinfo]!B9: advarsel: rapporteringsperioden 2. halvår 2025 hører ikke til rapporteringsåret 2024 [BOSO-A003]\n"; got != want || l.Errors() != 0 {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
	if m, _ := wb.Period(); m.Period != period.MustParse("2025H2") || m.YearOnly {
		t.Errorf("period %+v, want 2025H2 from Rapporteringsperiode", m)
	}

	path = filled(t, func(f *excelize.File) {
		set(t, f, "Programinfo", map[string]any{"B9": "1. halvår 2030"})
	})
	_, l = Read(path, sample().Options())
	got = strings.ReplaceAll(l.String(), path, "arbeidsbok.xlsx")
	if want := "arbeidsbok.xlsx[Programinfo]!B9: rapporteringsperioden 1. halvår 2030 er utenfor programperioden 2022–2026 [BOSO-A005]\n"; got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
}

// A workbook boso made before Rapporteringsperiode, Sammendrag, the
// grant's fra/til and Kommunens vurdering were added still reads, without
// a problem, and the new cells are simply empty.
func TestReadWorkbookWithoutNewFields(t *testing.T) {
	path := filled(t, func(f *excelize.File) {
		fillAll(t, f)
		for _, r := range []int{14, 9} { // Sammendrag, Rapporteringsperiode
			if err := f.RemoveRow("Programinfo", r); err != nil {
				t.Fatal(err)
			}
		}
		// the grant's deviation and fra/til, and the assessment
		for _, c := range []struct{ sheet, col string }{{"Økonomi", "N"}, {"Økonomi", "M"}, {"Mål", "M"}} {
			if err := f.RemoveCol(c.sheet, c.col); err != nil {
				t.Fatal(err)
			}
		}
	})
	wb, l := Read(path, sample().Options())
	if l.Len() != 0 {
		t.Fatalf("problems:\n%s", l)
	}
	p := wb.Program
	if p.ReportPeriod.Filled || p.Summary.Filled || p.Email.Value != "maret.anne@karasjok.kommune.no" {
		t.Errorf("Programinfo: %+v", p)
	}
	if m, ok := wb.Period(); !ok || !m.YearOnly || m.Period != period.MustParse("2025") {
		t.Errorf("period %+v, %v; want the year 2025 from Rapporteringsår", m, ok)
	}
	if len(wb.Economy) != 2 || wb.Economy[0].GrantFromTo.Filled || wb.Economy[0].FromTo.Value != "Til aktivitet 2" {
		t.Errorf("Økonomi: %+v", wb.Economy)
	}
	if len(wb.Targets) != 2 || wb.Targets[0].Assessment.Filled || len(wb.Targets[0].Values) != 2 {
		t.Errorf("Mål: %+v", wb.Targets)
	}
}
