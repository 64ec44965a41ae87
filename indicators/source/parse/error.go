package parse

import (
	"errors"
	"strings"

	"boso/indicators/num"
	"boso/indicators/pii"
	"boso/templates/msg"
)

// ErrKind says what was wrong with a value, so callers can branch on it
// (an Empty value is missing data, not a bad row).
type ErrKind uint8

const (
	_ ErrKind = iota
	// Empty: the value is empty or only spaces.
	Empty
	// NotNumber: the text is not a number in the expected format.
	NotNumber
	// TooManyDecimals: the number has more decimals than a num.Dec keeps.
	TooManyDecimals
	// Overflow: the number does not fit in a num.Dec.
	Overflow
	// NotDate: the text is not a date in any of the accepted formats.
	NotDate
	// NoSuchDate: the text has the shape of a date that does not exist
	// (31.02.2024, month 13, Excel's 29.02.1900).
	NoSuchDate
	// NotBool: the text is not one of the yes/no values.
	NotBool
	// NotKommunenummer: the text is not a 3- or 4-digit kommunenummer.
	NotKommunenummer
	// PersonalID: a number has the 11 digits of a fødselsnummer or
	// D-nummer (or is one that lost its leading zero in a number cell);
	// no count or amount boso reads has that many.
	PersonalID
)

var kindNames = [...]string{"", "empty", "not a number", "too many decimals", "overflow",
	"not a date", "no such date", "not a yes/no value", "not a kommunenummer", "personal id"}

// String returns the kind's English name, for developers and tests.
func (k ErrKind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "none"
}

// Error is the error every parser in this package returns. Error() is the
// Norwegian message for the user: the value found and what was expected.
type Error struct {
	Kind  ErrKind
	Value string // the text as given to the parser

	// context for the message
	want    want
	decimal rune         // numbers: the decimal separator expected
	formats []DateFormat // dates: the formats tried
	bools   BoolMap      // bools: the lists tried
	y, m, d int          // NoSuchDate: the date as read
	serial  bool         // NoSuchDate/NotDate: the value was an Excel serial
	lost    bool         // PersonalID: 10 digits, an id without its leading zero
}

// want is the type of value the parser expected, for Empty messages.
type want uint8

const (
	wantNumber want = iota
	wantDate
	wantBool
	wantKommunenummer
)

// KindOf returns the kind of a *Error in err's chain, or 0.
func KindOf(err error) ErrKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return 0
}

func (e *Error) Error() string {
	// A value that may be a personal id is never echoed.
	v := pii.RedactWith(strings.TrimSpace(e.Value), msg.MaskDigits)
	switch e.Kind {
	case Empty:
		w := [...]msg.Text{msg.ValueWantNumber, msg.ValueWantDate, msg.ValueWantBool, msg.ValueWantKommunenummer}[e.want]
		return msg.ValueEmpty.F(w.String())
	case NotNumber:
		if e.decimal == '.' {
			return msg.ValueNotNumber.F(v, "12,500", "12500.50")
		}
		return msg.ValueNotNumber.F(v, "12 500", "12500,50")
	case TooManyDecimals:
		return msg.ValueTooManyDecimals.F(v, num.Decimals)
	case Overflow:
		if raw := strings.TrimSpace(e.Value); v != raw {
			// the mask says 11 digits; a long number is said by its length
			return msg.ValueOverflowDigits.F(pii.CountDigits(raw))
		}
		return msg.ValueOverflow.F(v)
	case NotDate:
		if e.serial {
			return msg.ValueExcelSerialRange.F(v, maxSerial)
		}
		return msg.ValueNotDate.F(v, describeFormats(e.formats))
	case NoSuchDate:
		switch {
		case e.serial:
			return msg.ValueExcelLeapBug.F(v)
		case e.m < 1 || e.m > 12:
			return msg.ValueNoSuchMonth.F(v, e.m)
		case e.d < 1 || e.d > daysIn(e.y, e.m):
			return msg.ValueNoSuchDay.F(v, msg.Months[e.m-1].String(), e.y, daysIn(e.y, e.m))
		}
		return msg.ValueNoSuchDate.F(v)
	case NotBool:
		t, f := e.bools.lists()
		return msg.ValueNotBool.F(v, quoteList(t), quoteList(f))
	case NotKommunenummer:
		return msg.ValueNotKommunenummer.F(v)
	case PersonalID:
		if e.lost {
			return msg.ValueLostZero.F()
		}
		return msg.ValuePersonalID.F()
	}
	return msg.ValueInvalid.F(v)
}

// describeFormats lists the formats the user may write, in Norwegian.
func describeFormats(fs []DateFormat) string {
	if len(fs) == 0 {
		fs = autoFormats
	}
	names := make([]string, 0, len(fs))
	for _, f := range fs {
		names = append(names, f.describe())
	}
	return orList(names)
}

// orList joins "a, b eller c".
func orList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + msg.Or.String() + " " + items[len(items)-1]
}

func quoteList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = msg.Quoted.F(s)
	}
	return strings.Join(q, ", ")
}
