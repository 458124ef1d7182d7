package cover

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Retailer is a smart Retailer's contact details, as the Retailer gives
// them in a kiosk link. They are shown beside the road assistance numbers,
// never instead of them, and only ever as text.
type Retailer struct {
	Name  string `json:"name"`
	Phone string `json:"phone"`
	Email string `json:"email,omitempty"`
}

// IsZero reports whether no retailer is set.
func (r Retailer) IsZero() bool { return r.Name == "" && r.Phone == "" && r.Email == "" }

// Tel is the phone number as a tel: link: its digits, with a leading +.
func (r Retailer) Tel() string {
	var b strings.Builder
	for i, c := range r.Phone {
		if c >= '0' && c <= '9' || c == '+' && i == 0 {
			b.WriteRune(c)
		}
	}
	return "tel:" + b.String()
}

// Limits on a retailer's details and on a phone number typed or given.
const (
	maxRetailerName = 80  // characters
	maxEmail        = 254 // characters, as RFC 5321 allows
	maxPhoneLength  = 30  // characters, with spaces and brackets
	minPhoneDigits  = 7   // fewer cannot be rung from a mobile: the area code is missing
	maxPhoneDigits  = 15  // E.164
)

// CheckRetailerName says what is wrong with a retailer's name, nil when it
// can be shown.
func CheckRetailerName(s string) error {
	switch {
	case utf8.RuneCountInString(s) > maxRetailerName:
		return errors.New("it is longer than 80 characters")
	case strings.IndexFunc(s, hidden) >= 0 || strings.ContainsAny(s, "<>"):
		return errors.New("it contains characters a name does not have, such as ones that are invisible or reverse the text")
	}
	return nil
}

// CheckPhone says what is wrong with a phone number, nil when it can be
// rung: digits with spaces, brackets, dashes and a leading +, 7 to 15
// digits (E.164 allows 15). The driver's own number on the call card and
// a retailer's in a kiosk link are checked alike.
func CheckPhone(s string) error {
	if len(s) > maxPhoneLength {
		return errors.New("it is longer than a phone number")
	}
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0, r == ' ', r == '-', r == '(', r == ')':
		default:
			return fmt.Errorf("%q cannot be dialled: a phone number has only digits, spaces, brackets, dashes and a leading +", string(r))
		}
	}
	switch {
	case digits < minPhoneDigits:
		return errors.New("it looks too short: give the whole number, with the country code if the phone is not from the UK (such as +44 7700 900123)")
	case digits > maxPhoneDigits:
		return errors.New("it has too many digits: a phone number has at most 15")
	}
	return nil
}

// CheckEmail says what is wrong with an email address, nil when it can be
// shown. Only a plain address is taken, local@domain.example: nothing a
// mailto: link would read as more fields (?cc=, &body=), no quoting, no
// hidden characters.
func CheckEmail(s string) error {
	if len(s) > maxEmail {
		return errors.New("it is longer than an email address can be")
	}
	notPlain := errors.New("it is not a plain email address, such as sales@retailer.example")
	local, domain, _ := strings.Cut(s, "@")
	if local == "" || !strings.Contains(domain, ".") || strings.IndexFunc(local, notLocal) >= 0 ||
		strings.HasPrefix(local, ".") || strings.HasSuffix(local, ".") || strings.Contains(local, "..") {
		return notPlain
	}
	for _, label := range strings.Split(domain, ".") {
		if label == "" || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") || strings.IndexFunc(label, notDomain) >= 0 {
			return notPlain
		}
	}
	return nil
}

// hidden reports a character that is invisible or changes how the text
// around it shows: controls, format characters (the bidirectional
// overrides and isolates U+202A to U+202E and U+2066 to U+2069, zero-width
// spaces and joiners), line and paragraph separators, private use.
func hidden(r rune) bool {
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Zl, unicode.Zp) ||
		r == utf8.RuneError || r == '\u115f' || r == '\u1160' || r == '\u3164' || r == '\uffa0' // Hangul fillers show nothing
}

// notLocal reports a character a plain address's local part does not have.
func notLocal(r rune) bool { return notDomain(r) && !strings.ContainsRune("._+'", r) }

// notDomain reports a character a domain name's label does not have.
func notDomain(r rune) bool {
	return r != '-' && !(r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')) &&
		!(r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)))
}
