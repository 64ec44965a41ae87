package parse

import (
	"errors"

	"strings"
	"testing"

	"boso/indicators/num"
	"boso/indicators/period"
)

func dec(s string) num.Dec {
	d, err := num.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestNumber(t *testing.T) {
	comma := NumberFormat{Decimal: ','}
	point := NumberFormat{Decimal: '.'}
	auto, dot := NumberFormat{}, NumberFormat{Decimal: '.'}
	for _, tc := range []struct {
		in   string
		f    NumberFormat
		want string // machine form, or "" when an error of kind is expected
		kind ErrKind
	}{
		{"12500", auto, "12500", 0},
		{"12 500", auto, "12500", 0},
		{"12\u00a0500", auto, "12500", 0},
		{"12\u202f500", auto, "12500", 0},
		{"12\u2009500", auto, "12500", 0},
		{"12.500", auto, "12500", 0},
		{"12.500", comma, "12500", 0},
		{"1.234.567,89", comma, "1234567.89", 0},
		{"12 500,00", auto, "12500", 0},
		{"12500,5", auto, "12500.5", 0},
		{"-1 234,5", auto, "-1234.5", 0},
		{"−1 234,5", auto, "-1234.5", 0},
		{"– 12", auto, "-12", 0},
		{"+7", auto, "7", 0},
		{"kr 12 500,00", auto, "12500", 0},
		{"Kr. 12 500,00", auto, "12500", 0},
		{"NOK 1 000", auto, "1000", 0},
		{"12 500 kr", auto, "12500", 0},
		{"12 500kr", auto, "12500", 0},
		{"12 500,-", auto, "12500", 0},
		{"kr 12 500,-", auto, "12500", 0},
		{"12 500,- kr", auto, "12500", 0},
		{"kr -1 234", auto, "-1234", 0},
		{"-kr 1 234", auto, "-1234", 0},
		{"1,234.56", point, "1234.56", 0},
		{"1 234.56", point, "1234.56", 0},
		{"12500.5", point, "12500.5", 0},
		{"45383.0", point, "45383", 0},
		{"  42  ", auto, "42", 0},
		{"\u00a042\u00a0", auto, "42", 0},
		{"0", auto, "0", 0},
		{"-0", auto, "0", 0},
		{"007", auto, "7", 0},
		{",5", auto, "0.5", 0},
		{"0,1234", auto, "0.1234", 0},
		{"1,500000", auto, "1.5", 0},
		{"922337203685477", auto, "922337203685477", 0},
		{"922 337 203 685 477,5807", auto, "922337203685477.5807", 0},
		{"-922337203685477,5807", auto, "-922337203685477.5807", 0},

		{"", auto, "", Empty},
		{"   ", auto, "", Empty},
		{"\u00a0", auto, "", Empty},
		{"12 5OO", auto, "", NotNumber},
		{"12,5,0", auto, "", NotNumber},
		{"1.2.3,4,5", auto, "", NotNumber},
		{"abc", auto, "", NotNumber},
		{"1 23 456", auto, "", NotNumber},
		{"1234 567", auto, "", NotNumber},
		{"12  500", auto, "", NotNumber},
		{"1.234 567", auto, "", NotNumber},
		{"12.5", auto, "", NotNumber}, // point is grouping when the decimal is a comma
		{"12500,", auto, "", NotNumber},
		{".500", auto, "", NotNumber},
		{"12 500,00,", auto, "", NotNumber},
		{"1,234.56", comma, "", NotNumber},
		{"12,5", point, "", NotNumber},
		{"-", auto, "", NotNumber},
		{"--1", auto, "", NotNumber},
		{"kr", auto, "", NotNumber},
		{"kr 1 kr", auto, "", NotNumber},
		{"1e3", auto, "", NotNumber},
		{"12 500,-5", auto, "", NotNumber},
		{"12,5,-", auto, "", NotNumber},
		{"1 234,5 6", auto, "", NotNumber},
		{"0,12345", auto, "", TooManyDecimals},
		{"1,000001", auto, "", TooManyDecimals},
		{"922337203685478", auto, "", Overflow},
		{"922337203685477,5808", auto, "", Overflow},
		{"99 999 999 999 999 999 999", auto, "", Overflow},
		{"99999999999999999999999999999", auto, "", Overflow},
		// 11 digits: a fødselsnummer or D-nummer, never an amount
		{"09099949942", auto, "", PersonalID},
		{"09 099 949 942", auto, "", PersonalID},
		{"9 099 949 942,00 kr", auto, "9099949942", 0}, // 10 digits grouped as kroner: an amount
		{"010180 12452", auto, "", PersonalID},
		{"701077-33386", auto, "", PersonalID},
		{"12345678901", auto, "", PersonalID}, // control digits do not fit: still 11 digits
		{"09099949942,00", auto, "", PersonalID},
		{"1018012452", dot, "", PersonalID},   // 01018012452 from a number cell
		{"1018012453", auto, "1018012453", 0}, // 10 digits, not an id
		{"12 345 678 901 234", auto, "12345678901234", 0},
	} {
		got, err := Number(tc.in, tc.f)
		if tc.kind == 0 {
			if err != nil || got != dec(tc.want) {
				t.Errorf("Number(%q, %q) = %v, %v; want %s", tc.in, tc.f.Decimal, got, err, tc.want)
			}
			continue
		}
		var pe *Error
		if !errors.As(err, &pe) || pe.Kind != tc.kind || pe.Value != tc.in {
			t.Errorf("Number(%q, %q) = %v, %v; want error of kind %v", tc.in, tc.f.Decimal, got, err, tc.kind)
		}
	}
}

func TestNumberMessages(t *testing.T) {
	for _, tc := range []struct {
		in   string
		f    NumberFormat
		want string
	}{
		{"12 5OO", NumberFormat{}, "«12 5OO» er ikke et tall (ventet f.eks. 12 500 eller 12500,50)"},
		{"12,5", NumberFormat{Decimal: '.'}, "«12,5» er ikke et tall (ventet f.eks. 12,500 eller 12500.50)"},
		{"0,12345", NumberFormat{}, "«0,12345» har for mange desimaler (boso tar vare på høyst 4)"},
		{"", NumberFormat{}, "tom verdi (ventet et tall)"},
		{"1 000 000 000 000 000", NumberFormat{}, "«1 000 000 000 000 000» er et for stort tall (høyst 922 337 203 685 477)"},
		// digits that are not shown are counted, not called 11
		{"123456789012345678901234567890", NumberFormat{}, "tallet har 30 sifre og er for stort (høyst 922 337 203 685 477); sifrene vises ikke, i tilfelle de er et fødselsnummer"},
		{"09099949942", NumberFormat{}, "verdien har 11 sifre som et fødselsnummer eller D-nummer og leses ikke som et tall (sifrene vises ikke her); et beløp eller antall har færre sifre – sjekk at ikke et fødselsnummer har havnet i feil kolonne"},
		{"1018012452", NumberFormat{Decimal: '.'}, "verdien er et fødselsnummer som har mistet nullen foran i en tallcelle, og leses ikke som et tall (sifrene vises ikke her) – sjekk at ikke et fødselsnummer har havnet i feil kolonne"},
	} {
		_, err := Number(tc.in, tc.f)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Number(%q): error %v; want %q", tc.in, err, tc.want)
		}
	}
}

func TestDate(t *testing.T) {
	d := period.MustDate
	auto := []DateFormat(nil)
	dmy := []DateFormat{DateDMY}
	short := []DateFormat{DateDMYShort}
	slash := []DateFormat{DateDMYSlash}
	excel := []DateFormat{DateExcel}
	iso := []DateFormat{DateISO}
	for _, tc := range []struct {
		in   string
		fs   []DateFormat
		want period.Date
		kind ErrKind
	}{
		{"01.03.2024", auto, d(2024, 3, 1), 0},
		{"1.3.2024", auto, d(2024, 3, 1), 0},
		{" 01.03.2024 ", auto, d(2024, 3, 1), 0},
		{"01.03.2024 12:30", auto, d(2024, 3, 1), 0},
		{"01.03.2024 00:00:00", auto, d(2024, 3, 1), 0},
		{"01.03.2024  23:59:59.123", dmy, d(2024, 3, 1), 0},
		{"29.02.2024", dmy, d(2024, 2, 29), 0},
		{"2024-03-01", auto, d(2024, 3, 1), 0},
		{"2024-3-1", auto, d(2024, 3, 1), 0},
		{"2024-03-01T12:30:00", auto, d(2024, 3, 1), 0},
		{"2024-03-01T00:00:00Z", auto, d(2024, 3, 1), 0},
		{"2024-03-01T00:00:00.000+01:00", iso, d(2024, 3, 1), 0},
		{"2024-03-01T23:00:00-0200", iso, d(2024, 3, 1), 0},
		{"2024-03-01 00:00:00", auto, d(2024, 3, 1), 0},
		{"2024-03-01 08:15", iso, d(2024, 3, 1), 0},
		{"01.03.24", short, d(2024, 3, 1), 0},
		{"31.12.99", short, d(2099, 12, 31), 0},
		{"1.3.00 10:00", short, d(2000, 3, 1), 0},
		{"01/03/2024", slash, d(2024, 3, 1), 0},
		{"45383", auto, d(2024, 4, 1), 0},
		{"45383.0", auto, d(2024, 4, 1), 0},
		{"45383,5", auto, d(2024, 4, 1), 0},
		{"45383.999999", excel, d(2024, 4, 1), 0},
		{"1", excel, d(1900, 1, 1), 0},
		{"59", excel, d(1900, 2, 28), 0},
		{"61", excel, d(1900, 3, 1), 0},
		{"25569", excel, d(1970, 1, 1), 0},
		{"2958465", excel, d(9999, 12, 31), 0},
		{"01.03.2024", []DateFormat{DateISO, DateDMY}, d(2024, 3, 1), 0},

		{"", auto, 0, Empty},
		{"  ", dmy, 0, Empty},
		{"31.02.2024", auto, 0, NoSuchDate},
		{"29.02.2023", dmy, 0, NoSuchDate},
		{"00.01.2024", dmy, 0, NoSuchDate},
		{"01.13.2024", dmy, 0, NoSuchDate},
		{"01.01.0000", dmy, 0, NoSuchDate},
		{"2024-02-30", auto, 0, NoSuchDate},
		{"31/04/2024", slash, 0, NoSuchDate},
		{"60", excel, 0, NoSuchDate},
		{"60", auto, 0, NoSuchDate},
		{"0", excel, 0, NotDate},
		{"2958466", excel, 0, NotDate},
		{"99999999999999999999", excel, 0, NotDate},
		{"20240301", auto, 0, NotDate},
		{"01.03.24", auto, 0, NotDate}, // two-digit years only when listed
		{"01.03.24", dmy, 0, NotDate},
		{"01.03.2024", short, 0, NotDate},
		{"01/03/2024", auto, 0, NotDate},
		{"2024-03-01", dmy, 0, NotDate},
		{"45383", dmy, 0, NotDate},
		{"01.03.2024", excel, 0, NotDate},
		{"1.3.2024x", auto, 0, NotDate},
		{"01.03.2024 25:00", auto, 0, NotDate},
		{"01.03.2024 12:60", auto, 0, NotDate},
		{"01.03.2024 12", auto, 0, NotDate},
		{"01.03.2024T12:00", auto, 0, NotDate},
		{"2024-03-01T", auto, 0, NotDate},
		{"2024-03-01T12:00+", auto, 0, NotDate},
		{"2024-03-01T12:00+01:", auto, 0, NotDate},
		{"2024-03-01T12:00Zx", auto, 0, NotDate},
		{"001.03.2024", auto, 0, NotDate},
		{"01.03.02024", auto, 0, NotDate},
		{"45383.", auto, 0, NotDate},
		{".5", auto, 0, NotDate},
		{"-1", auto, 0, NotDate},
		{"i går", auto, 0, NotDate},
	} {
		got, err := Date(tc.in, tc.fs)
		if tc.kind == 0 {
			if err != nil || got != tc.want {
				t.Errorf("Date(%q, %v) = %v, %v; want %v", tc.in, tc.fs, got, err, tc.want)
			}
			continue
		}
		if k := KindOf(err); k != tc.kind {
			t.Errorf("Date(%q, %v) = %v, %v; want error of kind %v", tc.in, tc.fs, got, err, tc.kind)
		}
	}
}

func TestDateMessages(t *testing.T) {
	for _, tc := range []struct {
		in   string
		fs   []DateFormat
		want string
	}{
		{"31.02.2024", nil, "datoen «31.02.2024» finnes ikke (februar 2024 har 29 dager)"},
		{"01.13.2024", nil, "datoen «01.13.2024» finnes ikke (det er ingen måned 13)"},
		{"01.01.0000", nil, "datoen «01.01.0000» finnes ikke"},
		{"60", nil, "«60» er Excels datotall for 29.02.1900, en dato som ikke finnes"},
		{"i går", nil, "«i går» er ikke en dato (ventet dd.mm.åååå, åååå-mm-dd eller et Excel-datotall (f.eks. 45383))"},
		{"01.03.24", []DateFormat{DateDMY}, "«01.03.24» er ikke en dato (ventet dd.mm.åååå)"},
		{"0", []DateFormat{DateExcel}, "«0» er ikke et Excel-datotall (ventet et heltall fra 1 til 2958465, dvs. 01.01.1900–31.12.9999)"},
		{"", nil, "tom verdi (ventet en dato)"},
		// 11 digits are never echoed, whether their control digits fit or not
		{"01018012452", nil, "«(11 sifre, ikke vist)» er ikke en dato (ventet dd.mm.åååå, åååå-mm-dd eller et Excel-datotall (f.eks. 45383))"},
		{"010180 12453", []DateFormat{DateDMY}, "«(11 sifre, ikke vist)» er ikke en dato (ventet dd.mm.åååå)"},
		{"70107733386", []DateFormat{DateExcel}, "«(11 sifre, ikke vist)» er ikke et Excel-datotall (ventet et heltall fra 1 til 2958465, dvs. 01.01.1900–31.12.9999)"},
	} {
		_, err := Date(tc.in, tc.fs)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Date(%q): error %v; want %q", tc.in, err, tc.want)
		}
	}
}

func TestParseDateFormat(t *testing.T) {
	for _, tc := range []struct {
		name string
		want DateFormat
		ok   bool
	}{
		{"dd.mm.yyyy", DateDMY, true},
		{"DD.MM.ÅÅÅÅ", DateDMY, true},
		{"d.m.yyyy", DateDMY, true},
		{" yyyy-mm-dd ", DateISO, true},
		{"iso", DateISO, true},
		{"dd.mm.yy", DateDMYShort, true},
		{"dd.mm.åå", DateDMYShort, true},
		{"dd/mm/yyyy", DateDMYSlash, true},
		{"excel", DateExcel, true},
		{"Excel", DateExcel, true},
		{"mm/dd/yyyy", 0, false},
		{"", 0, false},
		{"auto", 0, false},
	} {
		got, ok := ParseDateFormat(tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseDateFormat(%q) = %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
	for f := DateDMY; f <= DateExcel; f++ {
		if got, ok := ParseDateFormat(f.String()); !ok || got != f {
			t.Errorf("ParseDateFormat(%q) = %v, %v", f.String(), got, ok)
		}
	}
}

func TestBool(t *testing.T) {
	custom := BoolMap{True: []string{"Aktiv", " pågår "}, False: []string{"Avsluttet"}}
	for _, tc := range []struct {
		in   string
		m    BoolMap
		want bool
		kind ErrKind
	}{
		{"ja", BoolMap{}, true, 0},
		{" JA ", BoolMap{}, true, 0},
		{"Ja", BoolMap{}, true, 0},
		{"j", BoolMap{}, true, 0},
		{"1", BoolMap{}, true, 0},
		{"x", BoolMap{}, true, 0},
		{"X", BoolMap{}, true, 0},
		{"TRUE", BoolMap{}, true, 0},
		{"yes", BoolMap{}, true, 0},
		{"y", BoolMap{}, true, 0},
		{"Sann", BoolMap{}, true, 0},
		{"nei", BoolMap{}, false, 0},
		{"NEI", BoolMap{}, false, 0},
		{"n", BoolMap{}, false, 0},
		{"0", BoolMap{}, false, 0},
		{"false", BoolMap{}, false, 0},
		{"No", BoolMap{}, false, 0},
		{"usann", BoolMap{}, false, 0},
		{"aktiv", custom, true, 0},
		{"PÅGÅR", custom, true, 0},
		{"avsluttet", custom, false, 0},
		{"ja", BoolMap{True: []string{"Aktiv"}}, false, NotBool},
		{"nei", BoolMap{True: []string{"Aktiv"}}, false, 0},

		{"", BoolMap{}, false, Empty},
		{" \u00a0", BoolMap{}, false, Empty},
		{"kanskje", BoolMap{}, false, NotBool},
		{"2", BoolMap{}, false, NotBool},
		{"ja.", BoolMap{}, false, NotBool},
		{"ja", custom, false, NotBool},
	} {
		got, err := Bool(tc.in, tc.m)
		if tc.kind == 0 {
			if err != nil || got != tc.want {
				t.Errorf("Bool(%q, %v) = %v, %v; want %v", tc.in, tc.m, got, err, tc.want)
			}
			continue
		}
		if k := KindOf(err); k != tc.kind {
			t.Errorf("Bool(%q, %v) = %v, %v; want error of kind %v", tc.in, tc.m, got, err, tc.kind)
		}
	}
	_, err := Bool("kanskje", custom)
	if want := "«kanskje» er verken ja eller nei (ventet for ja: «Aktiv», « pågår »; for nei: «Avsluttet»)"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	_, err = Bool("?", BoolMap{})
	if !strings.Contains(err.Error(), "«ja», «j», «1», «x»") || !strings.Contains(err.Error(), "«nei»") {
		t.Errorf("message %q does not list the defaults", err)
	}
}

func TestKommunenummer(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		kind     ErrKind
	}{
		{"301", "0301", 0},
		{"0301", "0301", 0},
		{"3403", "3403", 0},
		{" 3403 ", "3403", 0},
		{"3403.0", "3403", 0},
		{"301.00", "0301", 0},
		{"5001,0", "5001", 0},
		{"\u00a05001", "5001", 0},

		{"", "", Empty},
		{"  ", "", Empty},
		{"30", "", NotKommunenummer},
		{"03011", "", NotKommunenummer},
		{"0000", "", NotKommunenummer},
		{"000", "", NotKommunenummer},
		{"3403.5", "", NotKommunenummer},
		{"3403.", "", NotKommunenummer},
		{"34O3", "", NotKommunenummer},
		{"-301", "", NotKommunenummer},
		{"0301 Oslo", "", NotKommunenummer},
		{"K-0301", "", NotKommunenummer},
		{"３４０３", "", NotKommunenummer}, // full-width digits
	} {
		got, err := Kommunenummer(tc.in)
		if tc.kind == 0 {
			if err != nil || got != tc.want {
				t.Errorf("Kommunenummer(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
			continue
		}
		if k := KindOf(err); k != tc.kind {
			t.Errorf("Kommunenummer(%q) = %q, %v; want error of kind %v", tc.in, got, err, tc.kind)
		}
	}
	_, err := Kommunenummer("34O3")
	if want := "«34O3» er ikke et kommunenummer (ventet fire sifre, f.eks. 0301 eller 3403)"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}

func TestKindOf(t *testing.T) {
	if KindOf(nil) != 0 || KindOf(errors.New("x")) != 0 {
		t.Error("KindOf of a foreign error is not 0")
	}
	_, err := Number("x", NumberFormat{})
	if KindOf(err) != NotNumber || NotNumber.String() != "not a number" {
		t.Errorf("KindOf = %v", KindOf(err))
	}
}

// TestNumberAllocs checks that a successful parse does not allocate:
// a register has millions of cells.
func TestNumberAllocs(t *testing.T) {
	for _, in := range []string{"12 500,50", "kr −1 234", "1 000 000"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = Number(in, NumberFormat{}) }); n != 0 {
			t.Errorf("Number(%q) allocates %v times", in, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = Date("01.03.2024", nil) }); n != 0 {
		t.Errorf("Date allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = Bool("Nei", BoolMap{}) }); n != 0 {
		t.Errorf("Bool allocates %v times", n)
	}
}

// TestStripControlsEveryByte checks the word-at-a-time look for control
// characters against a rune by rune one, with each ASCII byte at each
// place of strings of 1–20 bytes (after a letter of two bytes).
func TestStripControlsEveryByte(t *testing.T) {
	slow := func(s string) string {
		return strings.Map(func(r rune) rune {
			if isControl(r) {
				return -1
			}
			return r
		}, s)
	}
	for n := 1; n <= 20; n++ {
		for at := 0; at < n; at++ {
			for b := 0; b < 0x80; b++ {
				s := []byte("æ" + strings.Repeat("a", n))
				s[2+at] = byte(b)
				if got, want := StripControls(string(s)), slow(string(s)); got != want {
					t.Fatalf("%q: %q, want %q", s, got, want)
				}
			}
		}
	}
}
