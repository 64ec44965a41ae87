package fiktiv

import "boso/templates/msg"

// What the example's programme leader wrote in the workbook. Every person
// is invented; the roles, titles and virksomheter are those a programme in
// Hamar kommune would have.

// Programinfo.
const (
	programleder = "Iŋgá Máret Čuđe"
	utfyltAv     = "Jørund Skaug Vestli"
	telefon      = "62 00 00 00"
	epost        = "inga.maret.cude@example.no"
)

// Organisering: the four parts of the status.
var deler = []struct {
	del            msg.Text
	tekst, endring string
}{
	{msg.WBPartOrganising,
		"Programmet eies av kommunedirektøren og ledes av en programleder i full stilling. " +
			"Arbeidet er delt i tre innsatsområder – forebygging, bolig og kompetanse – med hver sin ansvarlige i programgruppen. " +
			"Hamar kommune og NAV Hamar samarbeider etter en felles avtale.",
		"Programlederstillingen er fra 1. mars 2025 flyttet fra Boligkontoret til Enhet for samfunnsutvikling, " +
			"for å forberede overgangen til ordinær drift etter 2025."},
	{msg.WBPartSteering,
		"Styringsgruppen møtes fire ganger i året. Den vedtar aktivitetsplan og budsjett for kompetansetilskuddet, " +
			"behandler halvårs- og årsrapportene og tar stilling til avvik.",
		"Ny leder i NAV Hamar fra februar 2025 har tatt over NAVs plass i styringsgruppen."},
	{msg.WBPartProgram,
		"Programgruppen ledes av programleder Iŋgá Máret Čuđe og møtes annenhver uke. " +
			"Gruppen følger opp aktivitetsplanen, fordeler oppgaver mellom tjenestene og forbereder sakene til styringsgruppen.",
		"Husbanken Øst deltar nå på hvert fjerde møte. Ánte Ŧaŋga fra Rus og psykisk helse har overtatt ansvaret for Housing First-teamet."},
	{msg.WBPartAnchoring,
		"Programmet er forankret i kommuneplanens samfunnsdel og i Boligsosial handlingsplan 2018–2025, " +
			"og tiltakene er innarbeidet i økonomiplanen. Kommunestyret får en orientering hvert år.",
		"Ny samfunnsdel, vedtatt i juni 2025, viderefører de boligsosiale målene etter programperioden. " +
			"Arbeidet med ny handlingsplan for 2026–2029 er startet."},
}

// medlem is a member of the styringsgruppe or programgruppe.
type medlem struct{ rolle, tittel, virksomhet string }

var styringsgruppe = []medlem{
	{"Leder", "Kommunedirektør", "Hamar kommune"},
	{"Medlem", "Kommunalsjef helse og velferd", "Hamar kommune"},
	{"Medlem", "NAV-leder", "NAV Hamar"},
	{"Medlem", "Seniorrådgiver", "Husbanken Øst"},
	{"Sekretær", "Programleder", "Hamar kommune, Enhet for samfunnsutvikling"},
}

var programgruppe = []medlem{
	{"Leder", "Programleder", "Hamar kommune, Enhet for samfunnsutvikling"},
	{"Medlem", "Leder for Boligkontoret", "Hamar kommune, Boligkontoret"},
	{"Medlem", "Saksbehandler startlån", "Hamar kommune, Boligkontoret"},
	{"Medlem", "Veileder", "NAV Hamar"},
	{"Medlem", "Avdelingsleder", "Hamar kommune, Rus og psykisk helse"},
	{"Medlem", "Eiendomsforvalter", "Hamar kommune, Eiendom"},
	{"Medlem", "Rådgiver", "Husbanken Øst"},
	{"Brukerrepresentant", "Erfaringskonsulent", "Hamar kommune, Rus og psykisk helse"},
}

// aktivitet is one row of the activity plan; mal is the hovedmål's index
// in the programme's list (the template's dropdown).
type aktivitet struct {
	mal                             int
	navn, konkret, resultat, status string
	framdrift                       int
	avvik, begrunnelse              string
}

// The hovedmål of the standard library, in its order.
const (
	malForebygging = iota // Økt forebygging og bekjempelse av bostedsløshet
	malAktivitet          // Økt boligsosial aktivitet i kommunene
	malKompetanse         // Økt boligsosial kompetanse i kommunene
)

// The figures in the results are the example's own (see data/): begjæringer
// 33 → 24 per half-year, no stay over three months on 30.06.2025, 10
// households from leie til eie, 72 startlån of which 21 with tilskudd.
var aktivitetsplan = []aktivitet{
	{malForebygging, "Bo-oppfølging i egen bolig",
		"Tverrfaglig team følger opp husstander som har vært bostedsløse, med hjemmebesøk hver uke det første halvåret.",
		"38 husstander fulgt opp; 33 bor fortsatt i egen bolig etter seks måneder.", "v", 80, "", ""},
	{malForebygging, "Tidlig varsling ved husleierestanse",
		"Utleiere varsler NAV etter første ubetalte husleie, og NAV tar kontakt med leietakeren innen fem virkedager.",
		"Avtale med seks utleiere; begjæringer om utkastelse ned fra 33 til 24 per halvår.", "v", 85, "", ""},
	{malForebygging, "Housing First-team",
		"Team med rus- og psykisk helsetjenesten skaffer bolig og gir oppfølging til personer med langvarig bostedsløshet.",
		"12 deltakere; 10 har beholdt boligen i mer enn ett år.", "v", 70,
		"12 av 15 planlagte plasser i bruk",
		"Stillingen som miljøterapeut sto ledig i fire måneder; ny ansatt fra 1. juni."},
	{malForebygging, "Kortere opphold i midlertidig botilbud",
		"Boligplan fra første døgn i midlertidig botilbud og gjennomgang av alle opphold hver uke.",
		"Ingen opphold over tre måneder per 30.06.2025.", "v", 90, "", ""},
	{malForebygging, "Bolig ved løslatelse",
		"Rutine med kriminalomsorgen for boligplan senest tre måneder før løslatelse.",
		"Rutinen er evaluert; ingen løslatt til midlertidig botilbud i 2024.", "g", 100, "", ""},

	{malAktivitet, "Leie til eie",
		"Tilby leietakere i kommunale boliger å kjøpe boligen eller en annen bolig med startlån.",
		"10 husstander har kjøpt bolig i 1. halvår 2025 (18 i hele 2024).", "v", 75, "", ""},
	{malAktivitet, "Startlån til barnefamilier",
		"Prioritere barnefamilier som leier, med veiledning om startlån og tilskudd til etablering.",
		"72 startlån innvilget i 1. halvår, 21 av dem med tilskudd til etablering.", "v", 80, "", ""},
	{malAktivitet, "Kartlegging av boligbehov",
		"Årlig kartlegging av vanskeligstilte på boligmarkedet etter Husbankens skjema.",
		"Kartleggingen for 2024 ble ferdig i mars 2025.", "g", 100, "", ""},
	{malAktivitet, "Digital søknad om kommunal bolig",
		"Elektronisk søknadsskjema og venteliste i fagsystemet.",
		"Fire av fem søknader kommer nå digitalt.", "g", 100, "", ""},
	{malAktivitet, "Ny boligsosial handlingsplan 2026–2029",
		"Utarbeide en plan som viderefører programmets arbeid i ordinær drift.",
		"Planprogram vedtatt; utkast til plan legges fram i oktober.", "n", 40,
		"Utkastet er to måneder forsinket",
		"Planen måtte vente på ny samfunnsdel i kommuneplanen, vedtatt i juni 2025."},
	{malAktivitet, "Boligtorg på biblioteket",
		"Drop-in hver måned med Boligkontoret, NAV og Husbanken om bolig og økonomi.",
		"14 treff i 2024; tilbudet ble avviklet 1. mars 2025.", "a", 60,
		"Avviklet før planlagt slutt",
		"Lavt oppmøte; erstattet av timebestilling hos Boligkontoret fra mars 2025."},

	{malKompetanse, "Opplæring i boligsosialt arbeid",
		"Kursrekke for ansatte i NAV, Boligkontoret og helse og omsorg om husleierett, startlån og bostøtte.",
		"46 ansatte har deltatt; gjennomsnittlig 4,6 av 5 i evalueringen.", "v", 90, "", ""},
	{malKompetanse, "Boligsosialt nettverk i regionen",
		"Erfaringsutveksling med nabokommunene og Husbanken Øst to ganger i halvåret.",
		"To samlinger i 1. halvår; Hamar var vertskommune i april.", "v", 60, "", ""},
	{malKompetanse, "Veileder for bo-oppfølging",
		"Felles veileder og kvalitetskrav for oppfølging i bolig på tvers av tjenestene.",
		"Utkast drøftet i programgruppen i juni.", "n", 30, "", ""},
	{malKompetanse, "Sluttrapport og erfaringsdeling",
		"Dokumentere resultater og erfaringer fra 2016–2025 for Husbanken og andre kommuner.",
		"Disposisjonen er klar; sluttrapporten leveres innen 31.01.2026.", "n", 20, "", ""},
}

// godeEksempler are the cases of part 3.1, about 200 words each. The
// figures are the example's: over three months in midlertidig botilbud
// 6 (2016) → 0 (30.06.2025); fra leie til eie 95 households 2018–2025H1;
// the waiting list 53 (2016) → 25 (2025).
var godeEksempler = []struct{ tittel, tekst string }{
	{"Fra midlertidig botilbud til egen bolig på tre uker",
		"Tidligere ble mange boende i midlertidig botilbud i månedsvis mens de ventet på en kommunal bolig. " +
			"I 2023 innførte vi en enkel regel: Alle som får midlertidig botilbud, får en boligplan innen første døgn, " +
			"og alle opphold gjennomgås hver mandag av Boligkontoret, NAV Hamar og Rus og psykisk helse.\n\n" +
			"En mann i 40-årene mistet leiligheten etter et samlivsbrudd og fikk midlertidig botilbud i januar. " +
			"Dagen etter laget boveileder Biret Ánne Ižžat og veilederen hans i NAV en plan sammen med ham: " +
			"søknad om kommunal bolig, avtale om trekk av husleie og visning hos en privat utleier som kommunen samarbeider med. " +
			"Etter tre uker flyttet han inn i en toromsleilighet, med depositumsgaranti fra NAV og oppfølging fra boveileder det første halvåret. " +
			"Et halvt år senere bor han fortsatt der og har betalt husleien hver måned.\n\n" +
			"Vi ser det samme i tallene: Husstander i midlertidig botilbud i mer enn tre måneder har gått ned fra seks i 2016 " +
			"til ingen per 30. juni 2025. Det viktigste grepet var ikke nye ressurser, men at ansvaret for hvert opphold er tydelig " +
			"og følges opp hver uke. Rutinen er nå en fast del av Boligkontorets arbeid."},
	{"Leie til eie: fra kommunal leietaker til boligeier",
		"Siden 2018 har Hamar kommune gitt leietakere i kommunale boliger mulighet til å kjøpe egen bolig med startlån. " +
			"Målgruppen er husstander med stabil inntekt som likevel ikke får lån i banken, ofte barnefamilier som har leid av kommunen i flere år.\n\n" +
			"En familie på fem hadde bodd i en kommunal leilighet i sju år. Begge de voksne hadde fått fast arbeid, " +
			"men banken avslo lånesøknaden fordi de manglet egenkapital. Rådgiver Niillas Šolli i Boligkontoret gikk gjennom økonomien med familien, " +
			"og de fikk startlån og tilskudd til etablering til en rekkehusleilighet nær skolen barna går på. " +
			"Leiligheten de flyttet fra, ble tildelt en familie på ventelisten.\n\n" +
			"Fra 2018 til 30. juni 2025 har 95 husstander gått fra kommunal leiebolig til eid bolig. Hver overgang frigjør en kommunal bolig, " +
			"og ventelisten til kommunal bolig er redusert fra 53 husstander i 2016 til 25 i 2025. " +
			"Erfaringen er at grundig veiledning om budsjett og boutgifter før kjøpet er avgjørende, og at samarbeidet med Husbanken Øst " +
			"har gjort saksbehandlingen raskere. Ordningen videreføres i den nye boligsosiale handlingsplanen."},
}

// post is one activity's money in one year, as planned: the share of the
// year's kompetansetilskudd in per cent, and the kommune's own and other
// funding in kroner.
type post struct {
	aktivitet   string
	andel       int
	egen, annen int
}

// tilskudd is Husbanken's kompetansetilskudd per programme year, and
// poster how each year's money was planned.
var (
	tilskudd = map[int]int{
		2016: 400_000, 2017: 600_000, 2018: 650_000, 2019: 750_000, 2020: 600_000,
		2021: 650_000, 2022: 550_000, 2023: 500_000, 2024: 450_000, 2025: 350_000,
	}
	poster = map[int][]post{
		2016: {{"Programledelse", 60, 350_000, 0}, {"Kartlegging av boligbehov", 20, 50_000, 0}, {"Bo-oppfølging i egen bolig", 20, 250_000, 0}},
		2017: {{"Programledelse", 45, 400_000, 0}, {"Bo-oppfølging i egen bolig", 20, 300_000, 0},
			{"Tidlig varsling ved husleierestanse", 15, 60_000, 0}, {"Opplæring i boligsosialt arbeid", 20, 40_000, 0}},
		2018: {{"Programledelse", 40, 420_000, 0}, {"Bo-oppfølging i egen bolig", 15, 320_000, 0},
			{"Leie til eie", 25, 80_000, 0}, {"Opplæring i boligsosialt arbeid", 20, 40_000, 0}},
		2019: {{"Programledelse", 35, 430_000, 0}, {"Housing First-team", 30, 500_000, 400_000},
			{"Leie til eie", 15, 80_000, 0}, {"Tidlig varsling ved husleierestanse", 10, 50_000, 0}, {"Opplæring i boligsosialt arbeid", 10, 40_000, 0}},
		2020: {{"Programledelse", 40, 440_000, 0}, {"Housing First-team", 30, 550_000, 450_000},
			{"Digital søknad om kommunal bolig", 20, 150_000, 0}, {"Bolig ved løslatelse", 10, 30_000, 0}},
		2021: {{"Programledelse", 40, 450_000, 0}, {"Housing First-team", 25, 600_000, 450_000},
			{"Kortere opphold i midlertidig botilbud", 15, 100_000, 0}, {"Startlån til barnefamilier", 20, 60_000, 0}},
		2022: {{"Programledelse", 45, 460_000, 0}, {"Housing First-team", 20, 650_000, 300_000},
			{"Boligtorg på biblioteket", 15, 40_000, 20_000}, {"Opplæring i boligsosialt arbeid", 20, 50_000, 0}},
		2023: {{"Programledelse", 45, 470_000, 0}, {"Bo-oppfølging i egen bolig", 20, 350_000, 0},
			{"Startlån til barnefamilier", 15, 60_000, 0}, {"Boligsosialt nettverk i regionen", 20, 20_000, 30_000}},
		2024: {{"Programledelse", 40, 480_000, 0}, {"Housing First-team", 20, 700_000, 200_000},
			{"Leie til eie", 15, 80_000, 0}, {"Boligtorg på biblioteket", 10, 40_000, 20_000}, {"Kartlegging av boligbehov", 15, 50_000, 0}},
		2025: {{"Programledelse", 40, 490_000, 0}, {"Housing First-team", 20, 720_000, 150_000},
			{"Ny boligsosial handlingsplan 2026–2029", 15, 80_000, 0}, {"Veileder for bo-oppfølging", 10, 30_000, 0},
			{"Sluttrapport og erfaringsdeling", 15, 20_000, 0}},
	}
	// flytt are kompetansetilskudd moved between activities during a year:
	// they show in the accounts and in «Fra/til hvilken aktivitet».
	flytt = []struct {
		ar       int
		fra, til string
		belop    int
	}{
		{2019, "Tidlig varsling ved husleierestanse", "Housing First-team", 50_000},
		{2022, "Boligtorg på biblioteket", "Opplæring i boligsosialt arbeid", 30_000},
		{2024, "Kartlegging av boligbehov", "Leie til eie", 40_000},
	}
)

// Funding sources, in the workbook's order.
const (
	kildeHusbanken = iota
	kildeEgen
	kildeAnnen
)

// linje is one row of the economy sheet.
type linje struct {
	ar        int
	aktivitet string
	budsjett  [3]int
	regnskap  [3]int
	fraTil    string
}

// rapportAr is the year being reported on: its accounts are kept up to
// the half-year, and the last activity has no accounts yet.
const rapportAr = 2025

// regnskap returns the economy rows, year by year, and the unspent
// kompetansetilskudd carried over into each year («overføring fra året
// før») where there was any worth carrying.
func regnskap() ([]linje, map[int]int) {
	g := newRNG(streamArbeidsbok)
	var out []linje
	overfort := map[int]int{}
	unspent := 0
	for y := 2016; y <= rapportAr; y++ {
		if unspent >= 10_000 {
			overfort[y] = unspent
		}
		first := len(out)
		left := tilskudd[y]
		for i, p := range poster[y] {
			l := linje{ar: y, aktivitet: p.aktivitet}
			grant := round(tilskudd[y]*p.andel/100, 5_000)
			if i == len(poster[y])-1 {
				grant = left // the last activity takes what rounding left
			}
			left -= grant
			l.budsjett = [3]int{grant, p.egen, p.annen}
			for k, b := range l.budsjett {
				if b == 0 {
					continue
				}
				switch {
				case y == rapportAr && i == len(poster[y])-1:
					// nothing spent yet
				case y == rapportAr:
					l.regnskap[k] = b*g.between(38, 58)/100 + g.between(-900, 900)
				case y == 2020:
					// the pandemic year: courses and meetings were cancelled
					l.regnskap[k] = b*g.between(72, 96)/100 + g.between(-900, 900)
				default:
					l.regnskap[k] = b*g.between(88, 106)/100 + g.between(-900, 900)
				}
			}
			out = append(out, l)
		}
		for _, m := range flytt {
			if m.ar != y {
				continue
			}
			for i := first; i < len(out); i++ {
				switch out[i].aktivitet {
				case m.fra:
					out[i].regnskap[kildeHusbanken] -= m.belop
					out[i].fraTil = kroner0(m.belop) + " til " + m.til
				case m.til:
					out[i].regnskap[kildeHusbanken] += m.belop
					out[i].fraTil = kroner0(m.belop) + " fra " + m.fra
				}
			}
		}
		unspent = 0
		for _, l := range out[first:] {
			unspent += l.budsjett[kildeHusbanken] - l.regnskap[kildeHusbanken]
		}
	}
	return out, overfort
}

// round rounds n to the nearest multiple of step.
func round(n, step int) int { return (n + step/2) / step * step }

// kroner0 writes an amount of kroner in a cell of text: "50 000", with a
// no-break space so that the number is not split over two lines.
func kroner0(n int) string { return grouped(n, "\u00a0") }

// maal are the baselines and targets on Mål. They complement the
// programme's targets (program.yaml) and, where both give one, win:
// bostedsløse gets intermediate targets here.
var maal = []struct {
	indikator    string
	kommune      string // empty: every kommune of the programme
	retning      msg.Text
	fra          string
	utgangspunkt int
	mal          map[int]int
}{
	{"bostedslose", "", msg.WBDirLower, "2016", 54, map[int]int{2018: 48, 2020: 40, 2022: 33, 2025: 25}},
	{"fare_miste_bolig", "", msg.WBDirLower, "2016", 36, map[int]int{2020: 30, 2025: 20}},
	{"barnefamilier_uegnet_bolig", "3403", msg.WBDirLower, "2016", 19, map[int]int{2020: 15, 2025: 10}},
	{"begjaeringer_utkastelse", "", msg.WBDirLower, "2016", 92, map[int]int{2020: 75, 2025: 55}},
	{"startlan_med_etableringstilskudd", "", msg.WBDirHigher, "2016", 8, map[int]int{2020: 12, 2025: 18}},
}
