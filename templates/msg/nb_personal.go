package msg

// Personal ids (fødselsnummer, D-nummer) found in inputs: the masks put
// in their place and the problems that say where they were.
var (
	// PIIMask replaces an id in text that is published (reports, the
	// steering page, exports).
	PIIMask = nb("[fødselsnummer fjernet]")
	// PIIMaskMessage replaces 11 digits in a message, valid id or not.
	PIIMaskMessage = nb("(11 sifre, ikke vist)")
	// KeyMaskedID stands for a key that is a personal id, in explain.
	KeyMaskedID = nb("fødselsnummer (skjult)")

	// ValuePersonalID: a number or amount with 11 digits.
	ValuePersonalID = nb("verdien har 11 sifre som et fødselsnummer eller D-nummer og leses ikke som et tall (sifrene vises ikke her); et beløp eller antall har færre sifre – sjekk at ikke et fødselsnummer har havnet i feil kolonne")

	// ValueLostZero: a number that is a fødselsnummer without the leading
	// zero a number cell drops.
	ValueLostZero = nb("verdien er et fødselsnummer som har mistet nullen foran i en tallcelle, og leses ikke som et tall (sifrene vises ikke her) – sjekk at ikke et fødselsnummer har havnet i feil kolonne")

	// WBPersonalText: free text of the workbook holding an id.
	WBPersonalText = nb("cellen inneholder noe som ligner et fødselsnummer eller D-nummer; det er fjernet fra rapporten, men står fortsatt i arbeidsboka – fjern det der")
	// WBPersonalCell: a cell boso does not read holding an id.
	WBPersonalCell = nb("cellen inneholder noe som ligner et fødselsnummer eller D-nummer; boso bruker ikke cellen og skriver det aldri ut, men fjern det fra arbeidsboka")

	// SrcPersonalField: ids in a column boso reads (a household key):
	// count, column.
	SrcPersonalField = nbN("%d verdi i kolonnen «%s» ligner et fødselsnummer eller D-nummer (her); boso bruker verdiene bare der feltet trengs (som nøkkel til å telle husstander, eller som merknad) og skriver dem aldri ut",
		"%d verdier i kolonnen «%s» ligner fødselsnumre eller D-numre (den første her); boso bruker verdiene bare der feltet trengs (som nøkkel til å telle husstander, eller som merknad) og skriver dem aldri ut")
	// SrcPersonalColumn: ids in a column no field reads: count, column.
	SrcPersonalColumn = nbN("%d verdi i kolonnen «%s» ligner et fødselsnummer eller D-nummer (her); boso bruker ikke kolonnen og skriver den aldri ut – ta den ut av uttrekket om ingen trenger den",
		"%d verdier i kolonnen «%s» ligner fødselsnumre eller D-numre (den første her); boso bruker ikke kolonnen og skriver den aldri ut – ta den ut av uttrekket om ingen trenger den")
	// SrcPersonalHeader: a header cell holding an id.
	SrcPersonalHeader = nb("en kolonneoverskrift ligner et fødselsnummer eller D-nummer; den vises aldri – sjekk at overskriftsraden er riktig")

	// YAMLPersonal: a YAML value holding an id.
	YAMLPersonal = nb("verdien inneholder noe som ligner et fødselsnummer eller D-nummer; det er fjernet fra alt boso skriver – fjern det fra fila")
)

var (
	// YAMLPersonalPath: a path in a YAML file holding an id. The file is
	// still read; the name is masked wherever boso shows it.
	YAMLPersonalPath = nb("stien inneholder noe som ligner et fødselsnummer eller D-nummer; det vises ikke i noe boso skriver, men gi fila et nytt navn")
	// GlobPersonalPath: a file a pattern matched whose name holds an id:
	// the path as shown (masked).
	GlobPersonalPath = nb("fila «%s», som mønsteret treffer, har noe som ligner et fødselsnummer eller D-nummer i navnet; det vises ikke i noe boso skriver, men gi fila et nytt navn")
)

// PIIMaskDigits replaces a run of more than 11 digits in a message (the
// number of digits), which may hold a personal id too.
var PIIMaskDigits = nb("(%d sifre, ikke vist)")

// MaskDigits is the mask of a run of n digits in a message: PIIMaskMessage
// for 11, PIIMaskDigits for a longer one, so that 16 digits are not
// called 11.
func MaskDigits(n int) string {
	if n <= 11 {
		return PIIMaskMessage.String()
	}
	return PIIMaskDigits.F(n)
}

// YAMLValuePersonal: a value in a YAML file (a number, a date) holds 11
// digits like a personal id; they are not read.
var YAMLValuePersonal = nb("verdien har 11 sifre som et fødselsnummer eller D-nummer, og boso leser den ikke (sifrene vises ikke her); et tak, et beløp eller et antall har færre sifre")
