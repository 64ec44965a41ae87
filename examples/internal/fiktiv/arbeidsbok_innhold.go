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

// del is one of the four parts of the status on Organisering.
type del struct {
	del            msg.Text
	tekst, endring string
}

// Organisering in the half-year report: the four parts of the status.
var delerHalvar = []del{
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

// aktiviteterHalvar is the activity plan at the half-year. The figures in
// the results are the example's own (see data/): begjæringer 33 → 24 per
// half-year, no stay over three months on 30.06.2025, 10 households from
// leie til eie, 72 startlån of which 21 with tilskudd. No text quotes a
// count the report hides (1–4).
var aktiviteterHalvar = []aktivitet{
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

// eksempel is a case of part 3.1.
type eksempel struct{ tittel, tekst string }

// eksemplerHalvar are the cases of part 3.1, about 200 words each. The
// figures are the example's: over three months in midlertidig botilbud
// 6 (2016) → 0 (30.06.2025); fra leie til eie 95 households 2018–2025H1;
// the waiting list 53 (2016) → 25 (2025).
var eksemplerHalvar = []eksempel{
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
			"Siden 2018 har mange husstander gått fra kommunal leiebolig til eid bolig (se figuren i kapittel 5). Hver overgang frigjør en kommunal bolig, " +
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
	// flytt is money moved between activities during a year: Husbanken's
	// kompetansetilskudd and the kommune's own. It shows in the accounts,
	// in «Fra/til hvilken aktivitet» (the whole amount moved) and in the
	// grant's own «fra/til» (the tilskudd moved). A move in the report
	// year is made in the autumn: the half-year's accounts do not have it.
	flytt = []struct {
		ar              int
		fra, til        string
		husbanken, egen int
	}{
		{2019, "Tidlig varsling ved husleierestanse", "Housing First-team", 50_000, 30_000},
		{2022, "Boligtorg på biblioteket", "Opplæring i boligsosialt arbeid", 30_000, 0},
		{2024, "Kartlegging av boligbehov", "Leie til eie", 40_000, 20_000},
		{2025, "Veileder for bo-oppfølging", "Housing First-team", 20_000, 0},
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
	fraTil    string // the total moved
	fraTilHB  string // the kompetansetilskudd moved
}

// rapportAr is the year both examples report on.
const rapportAr = 2025

// regnskap returns the economy rows, year by year, and the unspent
// kompetansetilskudd carried over into each year («overføring fra året
// før») where there was any worth carrying. The report year's accounts
// are kept up to 30 June (the last activity has none yet), or with
// helAr for the whole year; the half-year's figures are drawn first
// either way, so the years before and the first half agree in both
// examples.
func regnskap(x export, helAr bool) ([]linje, map[int]int) {
	g := x.rng(streamArbeidsbok)
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
					// nothing spent by the half-year
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
		if y == rapportAr && helAr {
			// the whole year: at least what was spent by 30 June
			for i := first; i < len(out); i++ {
				l := &out[i]
				for k, b := range l.budsjett {
					if b != 0 {
						l.regnskap[k] = max(l.regnskap[k], b*g.between(86, 103)/100+g.between(-900, 900))
					}
				}
			}
		}
		for _, m := range flytt {
			if m.ar != y || (y == rapportAr && !helAr) {
				continue
			}
			total := kroner0(m.husbanken + m.egen)
			grant := kroner0(m.husbanken)
			for i := first; i < len(out); i++ {
				l := &out[i]
				switch l.aktivitet {
				case m.fra:
					l.regnskap[kildeHusbanken] -= m.husbanken
					l.regnskap[kildeEgen] -= m.egen
					l.fraTil, l.fraTilHB = total+" til "+m.til, grant+" til "+m.til
				case m.til:
					l.regnskap[kildeHusbanken] += m.husbanken
					l.regnskap[kildeEgen] += m.egen
					l.fraTil, l.fraTilHB = total+" fra "+m.fra, grant+" fra "+m.fra
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

// innhold is what the programme leader wrote in one example's workbook:
// the half-year report's in August 2025, the annual report's in January
// 2026. People, members and the economy's plan are the same in both.
type innhold struct {
	sammendrag  string
	deler       []del
	aktiviteter []aktivitet
	eksempler   []eksempel
	// vurderinger is «Kommunens vurdering» on Mål, by indicator.
	vurderinger map[string]string
	// helAr is true when the report year's accounts are for the whole
	// year, not up to 30 June.
	helAr bool
}

func innholdFor(annual bool) innhold {
	if annual {
		return innhold{sammendragAr, delerAr, aktiviteterAr, eksemplerAr, vurderingerAr, true}
	}
	return innhold{sammendragHalvar, delerHalvar, aktiviteterHalvar, eksemplerHalvar, vurderingerHalvar, false}
}

// The summaries at the front of the reports. Every figure is the
// example's own (bostedsløse 54 in 2016, 29 on 30.06 and 31.12.2025;
// begjæringer 33 in 1. halvår 2024, 24 in 1. halvår 2025; in 2025 no stay
// over three months, 22 households from leie til eie, 139 startlån).
const (
	sammendragHalvar = "Første halvår 2025 er det siste halvåret med full drift i programmet. " +
		"29 husstander var bostedsløse per 30. juni, mot 54 da programmet startet i 2016, men fortsatt flere enn målet på 25 for 2025. " +
		"Ingen hadde bodd mer enn tre måneder i midlertidig botilbud, og det kom færre begjæringer om utkastelse enn i samme halvår i fjor. " +
		"Housing First-teamet hadde en ledig stilling i fire måneder, og den nye boligsosiale handlingsplanen er to måneder forsinket " +
		"fordi den måtte vente på kommuneplanens samfunnsdel. " +
		"Høsten brukes til å fullføre handlingsplanen og sluttrapporten og til å sikre at arbeidet videreføres i ordinær drift fra 2026."

	sammendragAr = "2025 var programmets siste år. Ved utgangen av året var 29 husstander bostedsløse, mot 54 da programmet startet i 2016. " +
		"Målet på 25 ble ikke nådd, men nedgangen har holdt seg gjennom hele programperioden. " +
		"Ingen hadde bodd mer enn tre måneder i midlertidig botilbud ved årsskiftet, 22 husstander gikk fra kommunal leiebolig til eid bolig, " +
		"og 139 søknader om startlån ble innvilget – alle tre bedre enn målene. " +
		"Fortsatt bor for mange barnefamilier i en bolig som ikke passer for dem. " +
		"Kommunestyret vedtok Boligsosial handlingsplan 2026–2029 i desember, og arbeidet fortsetter i ordinær drift fra 1. januar 2026."
)

// vurderingerHalvar and vurderingerAr are the kommune's assessment of each
// goal, on Mål. The figures are the example's own for 1. halvår 2025 and
// 2025; none quotes a count the report hides (1–4), such as the
// half-year's gjennomførte utkastelser.
var (
	vurderingerHalvar = map[string]string{
		"bostedslose": "29 husstander per 30. juni, mot 54 i 2016. Nedgangen har flatet ut det siste året, og målet på 25 " +
			"ved utgangen av 2025 blir vanskelig å nå. Housing First-teamet er fullt bemannet igjen fra juni.",
		"midlertidig_botilbud_over_3_mnd": "Ingen opphold over tre måneder per 30. juni. Vi ligger an til å nå målet.",
		"utkastelser":                     "Færre utkastelser enn i samme halvår i fjor. Vi ligger an til å nå målet for 2025.",
		"startlan_innvilget": "72 startlån innvilget i første halvår, flere enn i samme halvår i fjor. " +
			"Vi ligger an til å nå målet på 110 for året.",
		"kommunal_bolig_venteliste": "25 husstander på ventelisten; målet for 2025 er nådd.",
		"fra_leie_til_eie":          "10 husstander har kjøpt bolig i første halvår. Med samme takt i høst når vi målet på 20.",
		"fare_miste_bolig": "23 husstander per 30. juni, litt over målet på 20. " +
			"Flere har fått husleierestanse etter vinterens høye strømpriser.",
		"barnefamilier_uegnet_bolig": "32 barnefamilier per 30. juni, flere enn da programmet startet. Målet for 2025 nås ikke. " +
			"Det mangler store, rimelige utleieboliger, og dette blir et hovedtema i den nye handlingsplanen.",
		"begjaeringer_utkastelse": "24 begjæringer i første halvår, mot 33 i samme halvår i fjor. " +
			"Holder nedgangen seg, når vi målet på 55 for året.",
		"startlan_med_etableringstilskudd": "21 lån med tilskudd til etablering i første halvår; målet for hele året er allerede nådd.",
	}
	vurderingerAr = map[string]string{
		"bostedslose": "Nedgangen fra 54 husstander i 2016 til 29 ved utgangen av 2025 er den viktigste endringen i programperioden. " +
			"Målet på 25 ble ikke nådd. De fleste som fortsatt er bostedsløse, har store rus- og psykiske helseutfordringer " +
			"og trenger bolig med tett oppfølging; Housing First-teamet videreføres derfor i ordinær drift.",
		"midlertidig_botilbud_over_3_mnd": "Målet er nådd. Boligplan fra første døgn og ukentlig gjennomgang av alle opphold " +
			"har gjort lange opphold til et unntak.",
		"utkastelser": "Målet er nådd. Tidlig varsling fra utleierne gjør at NAV kommer inn før restansen blir for stor, " +
			"og færre saker ender med utkastelse.",
		"startlan_innvilget": "Målet er nådd med god margin. Flere leietakere i kommunale boliger har fått startlån gjennom " +
			"leie til eie, og Boligkontoret gir veiledning før søknaden sendes.",
		"kommunal_bolig_venteliste": "Målet er nådd. Ventelisten er halvert siden 2016, fordi flere har kjøpt egen bolig " +
			"og kommunale boliger er blitt ledige.",
		"fra_leie_til_eie": "Målet er nådd. 2025 er året med flest overganger fra leie til eie; " +
			"ordningen videreføres i den nye handlingsplanen.",
		"fare_miste_bolig": "Målet er så vidt nådd. Tallet svinger fra år til år, og høye renter og strømpriser gjør " +
			"at vi følger det tett også etter programperioden.",
		"barnefamilier_uegnet_bolig": "Målet er ikke nådd, og tallet er høyere enn da programmet startet. " +
			"Det er for få store, rimelige utleieboliger i Hamar. Boligsosial handlingsplan 2026–2029 har et eget tiltak " +
			"for barnefamilier, med kjøp av større kommunale boliger og tettere samarbeid med private utleiere.",
		"begjaeringer_utkastelse": "Nær målet: 57 begjæringer i 2025, mot 92 i 2016. For å nå målet må flere private utleiere " +
			"bli med i ordningen med tidlig varsling.",
		"startlan_med_etableringstilskudd": "Målet er nådd. Tilskudd til etablering har gjort det mulig for flere barnefamilier " +
			"med lav inntekt å kjøpe egen bolig.",
	}
)

// Organisering in the annual report: what changed since the half-year
// report in August.
var delerAr = []del{
	{msg.WBPartOrganising,
		"Programmet ble eid av kommunedirektøren og ledet av en programleder i full stilling til 31. desember 2025. " +
			"Arbeidet var delt i tre innsatsområder – forebygging, bolig og kompetanse – med hver sin ansvarlige i programgruppen. " +
			"Hamar kommune og NAV Hamar samarbeider etter en felles avtale.",
		"Programmet ble avsluttet 31. desember 2025. Fra 1. januar 2026 er programlederstillingen gjort om til en fast stilling " +
			"som boligsosial koordinator i Enhet for samfunnsutvikling, med ansvar for å følge opp den nye handlingsplanen."},
	{msg.WBPartSteering,
		"Styringsgruppen møttes fire ganger i 2025. Den vedtar aktivitetsplan og budsjett for kompetansetilskuddet, " +
			"behandler halvårs- og årsrapportene og tar stilling til avvik.",
		"Ingen endringer i medlemmene siden halvårsrapporten. Styringsgruppen hadde sitt siste møte i programperioden " +
			"9. desember 2025 og fortsetter som styringsgruppe for Boligsosial handlingsplan 2026–2029."},
	{msg.WBPartProgram,
		"Programgruppen ledes av programleder Iŋgá Máret Čuđe og møtes annenhver uke. " +
			"Gruppen følger opp aktivitetsplanen, fordeler oppgaver mellom tjenestene og forbereder sakene til styringsgruppen.",
		"Fra oktober møttes programgruppen hver uke for å fullføre handlingsplanen og sluttrapporten. " +
			"Ánte Ŧaŋga leder Housing First-teamet, som har vært fullt bemannet siden 1. juni."},
	{msg.WBPartAnchoring,
		"Programmet er forankret i kommuneplanens samfunnsdel og i Boligsosial handlingsplan 2018–2025, " +
			"og tiltakene er innarbeidet i økonomiplanen. Kommunestyret får en orientering hvert år.",
		"Kommunestyret vedtok Boligsosial handlingsplan 2026–2029 den 11. desember 2025. " +
			"Tiltakene fra programmet som skal videreføres, er innarbeidet i økonomiplanen 2026–2029."},
}

// aktiviteterAr is the activity plan at the end of 2025. The figures in
// the results are the example's own: begjæringer 63 (2024) → 57 (2025),
// no stay over three months on 31.12.2025, 22 households from leie til
// eie (18 in 2024), 139 startlån of which 28 with tilskudd.
var aktiviteterAr = []aktivitet{
	{malForebygging, "Bo-oppfølging i egen bolig",
		"Tverrfaglig team følger opp husstander som har vært bostedsløse, med hjemmebesøk hver uke det første halvåret.",
		"61 husstander fulgt opp i 2025; 52 bodde fortsatt i egen bolig ved årsskiftet.", "v", 100, "", ""},
	{malForebygging, "Tidlig varsling ved husleierestanse",
		"Utleiere varsler NAV etter første ubetalte husleie, og NAV tar kontakt med leietakeren innen fem virkedager.",
		"Avtale med åtte utleiere; 57 begjæringer om utkastelse i 2025, mot 63 i 2024.", "v", 100, "", ""},
	{malForebygging, "Housing First-team",
		"Team med rus- og psykisk helsetjenesten skaffer bolig og gir oppfølging til personer med langvarig bostedsløshet.",
		"15 deltakere ved årsskiftet; 12 har beholdt boligen i mer enn ett år. Teamet videreføres i ordinær drift.", "v", 100, "", ""},
	{malForebygging, "Kortere opphold i midlertidig botilbud",
		"Boligplan fra første døgn i midlertidig botilbud og gjennomgang av alle opphold hver uke.",
		"Ingen opphold over tre måneder per 31.12.2025.", "v", 100, "", ""},
	{malForebygging, "Bolig ved løslatelse",
		"Rutine med kriminalomsorgen for boligplan senest tre måneder før løslatelse.",
		"Rutinen er gjort permanent; ingen ble løslatt til midlertidig botilbud i 2024 eller 2025.", "g", 100, "", ""},

	{malAktivitet, "Leie til eie",
		"Tilby leietakere i kommunale boliger å kjøpe boligen eller en annen bolig med startlån.",
		"22 husstander kjøpte bolig i 2025 (18 i 2024).", "v", 100, "", ""},
	{malAktivitet, "Startlån til barnefamilier",
		"Prioritere barnefamilier som leier, med veiledning om startlån og tilskudd til etablering.",
		"139 startlån innvilget i 2025, 28 av dem med tilskudd til etablering.", "v", 100, "", ""},
	{malAktivitet, "Kartlegging av boligbehov",
		"Årlig kartlegging av vanskeligstilte på boligmarkedet etter Husbankens skjema.",
		"Kartleggingen for 2024 ble ferdig i mars 2025; kartleggingen for 2025 er i gang.", "g", 100, "", ""},
	{malAktivitet, "Digital søknad om kommunal bolig",
		"Elektronisk søknadsskjema og venteliste i fagsystemet.",
		"Fire av fem søknader kom digitalt i 2025.", "g", 100, "", ""},
	{malAktivitet, "Ny boligsosial handlingsplan 2026–2029",
		"Utarbeide en plan som viderefører programmets arbeid i ordinær drift.",
		"Planen ble vedtatt av kommunestyret 11. desember 2025.", "g", 100,
		"Vedtatt i desember, ikke i oktober som planlagt",
		"Planen måtte vente på ny samfunnsdel i kommuneplanen, vedtatt i juni 2025."},
	{malAktivitet, "Boligtorg på biblioteket",
		"Drop-in hver måned med Boligkontoret, NAV og Husbanken om bolig og økonomi.",
		"14 treff i 2024; tilbudet ble avviklet 1. mars 2025.", "a", 60,
		"Avviklet før planlagt slutt",
		"Lavt oppmøte; erstattet av timebestilling hos Boligkontoret fra mars 2025."},

	{malKompetanse, "Opplæring i boligsosialt arbeid",
		"Kursrekke for ansatte i NAV, Boligkontoret og helse og omsorg om husleierett, startlån og bostøtte.",
		"71 ansatte har deltatt i 2025; gjennomsnittlig 4,6 av 5 i evalueringen.", "v", 100, "", ""},
	{malKompetanse, "Boligsosialt nettverk i regionen",
		"Erfaringsutveksling med nabokommunene og Husbanken Øst to ganger i halvåret.",
		"Fire samlinger i 2025; Hamar var vertskommune i april.", "v", 100, "", ""},
	{malKompetanse, "Veileder for bo-oppfølging",
		"Felles veileder og kvalitetskrav for oppfølging i bolig på tvers av tjenestene.",
		"Veilederen er ferdig skrevet og er på høring i tjenestene; den tas i bruk i mars 2026.", "n", 80,
		"Ikke ferdig i 2025 som planlagt",
		"Høringen ble forlenget etter ønske fra tjenestene, så brukerrådets innspill kom med."},
	{malKompetanse, "Sluttrapport og erfaringsdeling",
		"Dokumentere resultater og erfaringer fra 2016–2025 for Husbanken og andre kommuner.",
		"Sluttrapporten er skrevet og behandles av styringsgruppen 29. januar; den leveres Husbanken innen 31.01.2026.", "n", 90, "", ""},
}

// eksemplerAr are the cases of part 3.1 in the annual report. The figures
// are the example's: begjæringer 92 (2016) → 57 (2025); fra leie til eie
// 107 households 2018–2025; the waiting list 53 (2016) → 25 (2025).
var eksemplerAr = []eksempel{
	{"Tidlig varsling ved husleierestanse: hjelp før begjæringen",
		"Siden 2017 har Hamar kommune avtaler med utleiere om å varsle NAV når en leietaker ikke har betalt husleien. " +
			"Før kom NAV ofte inn først når namsfogden hadde fått en begjæring om utkastelse, og da var restansen gjerne blitt " +
			"for stor til at leieforholdet kunne reddes. Nå tar NAV kontakt med leietakeren innen fem virkedager etter første varsel.\n\n" +
			"En mor med to barn fikk i vår varsel om utkastelse etter to måneder uten betalt husleie. Hun hadde mistet jobben " +
			"og visste ikke at hun kunne søke om bostøtte. Veileder Sárá Ižžat i NAV Hamar hjalp henne med søknaden, " +
			"satte opp en nedbetalingsplan som utleieren godtok, og avtalte trekk av husleien i dagpengene. " +
			"Familien bor fortsatt i leiligheten, og restansen er betalt.\n\n" +
			"I 2025 hadde åtte utleiere, blant dem de tre største i byen, avtale med NAV om tidlig varsling. " +
			"Begjæringene om utkastelse er redusert fra 92 i 2016 til 57 i 2025. Erfaringen er at utleierne er like opptatt " +
			"av å unngå en utkastelse som leietakerne, og at et raskt og forutsigbart svar fra NAV gjør dem villige til å vente. " +
			"Ordningen videreføres i Boligsosial handlingsplan 2026–2029, og målet er at flere private utleiere blir med."},
	{"Leie til eie: fra kommunal leietaker til boligeier",
		"Siden 2018 har Hamar kommune gitt leietakere i kommunale boliger mulighet til å kjøpe egen bolig med startlån. " +
			"Målgruppen er husstander med stabil inntekt som likevel ikke får lån i banken, ofte barnefamilier som har leid av kommunen i flere år.\n\n" +
			"En familie på fem hadde bodd i en kommunal leilighet i sju år. Begge de voksne hadde fått fast arbeid, " +
			"men banken avslo lånesøknaden fordi de manglet egenkapital. Rådgiver Niillas Šolli i Boligkontoret gikk gjennom økonomien med familien, " +
			"og de fikk startlån og tilskudd til etablering til en rekkehusleilighet nær skolen barna går på. " +
			"Leiligheten de flyttet fra, ble tildelt en familie på ventelisten.\n\n" +
			"Siden 2018 har stadig flere husstander gått fra kommunal leiebolig til eid bolig, og 2025 var året med flest overganger (se figuren i kapittel 5). " +
			"Hver overgang frigjør en kommunal bolig, og ventelisten til kommunal bolig er redusert fra 53 husstander i 2016 til 25 i 2025. " +
			"Erfaringen er at grundig veiledning om budsjett og boutgifter før kjøpet er avgjørende, og at samarbeidet med Husbanken Øst " +
			"har gjort saksbehandlingen raskere. Ordningen er tatt inn i Boligsosial handlingsplan 2026–2029."},
}

// sammendragRegion is the summary in the workbooks of the region's other
// kommuner: Hamar's quotes Hamar's figures.
const sammendragRegion = "Første halvår 2025 er det siste halvåret med full drift i programmet. " +
	"Færre husstander er bostedsløse enn da programmet startet i 2016, og færre bor lenge i midlertidig botilbud. " +
	"Arbeidet med å skaffe store, rimelige utleieboliger til barnefamilier går saktere enn planlagt. " +
	"Den nye boligsosiale handlingsplanen er forsinket fordi den måtte vente på kommuneplanens samfunnsdel. " +
	"Høsten brukes til å fullføre handlingsplanen og sluttrapporten og til å sikre at arbeidet videreføres i ordinær drift fra 2026."

// broken returns the activity plan with two mistakes the workbook reader
// reports: a framdrift of 140 % and a status that is not n, v, g or a.
func broken(plan []aktivitet) []aktivitet {
	out := append([]aktivitet(nil), plan...)
	out[1].framdrift = 140
	out[2].status = "x"
	return out
}
