package app

import (
	"net/url"
	"strings"

	"github.com/smart-selfcheck/selfcheck/cover"
)

// kioskLink is what a kiosk link asks for.
type kioskLink struct {
	Retailer cover.Retailer
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
		if err := cover.CheckRetailerName(name); err != nil {
			drop("retailer name", err.Error())
		} else {
			k.Retailer.Name = name
		}
	}
	if phone := strings.TrimSpace(q.Get("phone")); phone != "" {
		if err := cover.CheckPhone(phone); err != nil {
			drop("phone number", err.Error())
		} else {
			k.Retailer.Phone = phone
		}
	}
	if email := strings.TrimSpace(q.Get("email")); email != "" {
		if err := cover.CheckEmail(email); err != nil {
			drop("email address", err.Error())
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

// kioskURL is the link a retailer hands out.
func kioskURL(origin string, r cover.Retailer, shared bool) string {
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
