package app

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Retailer is the smart Retailer a kiosk link names. It is shown beside the
// road assistance numbers, never instead of them, and only ever as text.
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

// Limits on what a kiosk link may carry.
const (
	maxRetailerName = 80  // characters
	maxEmail        = 254 // characters, as RFC 5321 allows
	minPhoneDigits  = 6
	maxPhoneDigits  = 15 // E.164
)

// kioskLink is what a kiosk link asks for.
type kioskLink struct {
	Retailer Retailer
	Shared   bool     // a showroom tablet: nothing personal is kept
	Dropped  []string // values that were left out, and why, to show the customer
	// Named says the link carried a retailer's details, kept or dropped: a
	// link for another retailer, so an earlier one is no longer shown.
	Named bool
}

// parseKioskLink reads /kiosk?retailer=…&phone=…[&email=…][&mode=shared].
// A value that is too long or malformed is dropped with a note; nothing a
// link carries is ever treated as markup.
func parseKioskLink(q url.Values) kioskLink {
	var k kioskLink
	drop := func(what, why string) { k.Dropped = append(k.Dropped, "The link's "+what+" was left out: "+why+".") }

	k.Named = q.Get("retailer") != "" || q.Get("phone") != "" || q.Get("email") != ""
	if name := strings.TrimSpace(q.Get("retailer")); name != "" {
		switch {
		case utf8.RuneCountInString(name) > maxRetailerName:
			drop("retailer name", "it is longer than 80 characters")
		case strings.IndexFunc(name, hidden) >= 0 || strings.ContainsAny(name, "<>"):
			drop("retailer name", "it contains characters a name does not have, such as ones that are invisible or reverse the text")
		default:
			k.Retailer.Name = name
		}
	}
	if phone := strings.TrimSpace(q.Get("phone")); phone != "" {
		if why := phoneProblem(phone); why != "" {
			drop("phone number", why)
		} else {
			k.Retailer.Phone = phone
		}
	}
	if email := strings.TrimSpace(q.Get("email")); email != "" {
		if why := emailProblem(email); why != "" {
			drop("email address", why)
		} else {
			k.Retailer.Email = email
		}
	}
	switch mode := q.Get("mode"); mode {
	case "", "personal":
	case "shared":
		k.Shared = true
	default:
		drop("mode", "it must be shared or personal")
	}
	return k
}

// phoneProblem says what is wrong with a phone number, or "".
func phoneProblem(s string) string {
	if len(s) > 30 {
		return "it is longer than a phone number"
	}
	digits := 0
	for i, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '+' && i == 0, c == ' ', c == '-', c == '(', c == ')':
		default:
			return "a phone number has only digits, spaces, brackets, dashes and a leading +"
		}
	}
	if digits < minPhoneDigits || digits > maxPhoneDigits {
		return "a phone number has 6 to 15 digits"
	}
	return ""
}

// hidden reports a character that is invisible or changes how the text
// around it shows: controls, format characters (the bidirectional
// overrides and isolates U+202A to U+202E and U+2066 to U+2069, zero-width
// spaces and joiners), line and paragraph separators, private use.
func hidden(r rune) bool {
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Zl, unicode.Zp) ||
		r == utf8.RuneError || r == '\u115f' || r == '\u1160' || r == '\u3164' || r == '\uffa0' // Hangul fillers show nothing
}

// emailProblem says what is wrong with an email address, or "". Only a
// plain address is taken, local@domain.example: nothing a mailto: link
// would read as more fields (?cc=, &body=), no quoting, no hidden
// characters.
func emailProblem(s string) string {
	if len(s) > maxEmail {
		return "it is longer than an email address can be"
	}
	local, domain, _ := strings.Cut(s, "@")
	if local == "" || !strings.Contains(domain, ".") || strings.IndexFunc(local, notLocal) >= 0 ||
		strings.HasPrefix(local, ".") || strings.HasSuffix(local, ".") || strings.Contains(local, "..") {
		return "it is not a plain email address, such as sales@retailer.example"
	}
	for _, label := range strings.Split(domain, ".") {
		if label == "" || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") || strings.IndexFunc(label, notDomain) >= 0 {
			return "it is not a plain email address, such as sales@retailer.example"
		}
	}
	return ""
}

// notLocal reports a character a plain address's local part does not have.
func notLocal(r rune) bool { return notDomain(r) && !strings.ContainsRune("._+'", r) }

// notDomain reports a character a domain name's label does not have.
func notDomain(r rune) bool {
	return r != '-' && !(r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')) &&
		!(r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)))
}

// kioskURL is the link a retailer hands out.
func kioskURL(origin string, r Retailer, shared bool) string {
	q := url.Values{}
	q.Set("retailer", r.Name)
	q.Set("phone", r.Phone)
	if r.Email != "" {
		q.Set("email", r.Email)
	}
	if shared {
		q.Set("mode", "shared")
	}
	return strings.TrimSuffix(origin, "/") + PathKiosk + "?" + q.Encode()
}
