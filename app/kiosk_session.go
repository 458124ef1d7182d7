package app

import (
	"encoding/json"
	"strings"

	"github.com/smart-selfcheck/selfcheck/cover"
)

// Storage keys of kiosk links.
const (
	// keyKiosk, in sessionStorage, is the kiosk link this tab was opened
	// with. It is the retailer's, not the customer's, so a clear keeps it.
	keyKiosk = "selfcheck.kiosk"
	// keyRetailer, in localStorage, is the retailer of a personal-mode link,
	// shown on the customer's own phone from then on.
	keyRetailer = "selfcheck.retailer"
)

// kioskSession is how this tab was opened.
type kioskSession struct {
	Retailer cover.Retailer `json:"retailer"`
	Shared   bool           `json:"shared"`
	Link     string         `json:"link,omitempty"` // path and query to return to after a clear
}

// currentKiosk returns the kiosk link this tab runs under, or for a personal
// phone the retailer it was once sent by.
func currentKiosk() kioskSession {
	var k kioskSession
	if text, ok, _ := shared.read(keyKiosk); ok && json.Unmarshal([]byte(text), &k) == nil {
		return k
	}
	if text, ok, _ := personal.read(keyRetailer); ok && json.Unmarshal([]byte(text), &k.Retailer) == nil {
		return kioskSession{Retailer: k.Retailer}
	}
	return kioskSession{}
}

// startKiosk records a kiosk link that was just opened, in the lasting
// (personal) and the tab's (session) storage. A link naming a retailer
// replaces the one recorded before, even when all its details were
// dropped: one retailer's details never show under another's link.
func startKiosk(link kioskLink, pathAndQuery string, lasting, session store) error {
	if link.Shared {
		if _, ok, _ := session.read(keyKiosk); !ok {
			clearSharedPhotos() // a tab closed without a clear left them
		}
		b, _ := json.Marshal(kioskSession{Retailer: link.Retailer, Shared: true, Link: pathAndQuery})
		return session.write(keyKiosk, string(b))
	}
	if text, ok, _ := session.read(keyKiosk); ok && strings.Contains(text, `"shared":true`) {
		return nil // a shared tablet stays one: another link does not bring back the device's answers
	}
	session.remove(keyKiosk)
	if link.Retailer.IsZero() {
		if link.Named {
			lasting.remove(keyRetailer)
		}
		return nil
	}
	b, _ := json.Marshal(link.Retailer)
	return lasting.write(keyRetailer, string(b))
}

// finishKiosk forgets the customer: everything in this tab's session
// storage goes except the kiosk link itself.
func finishKiosk() kioskSession {
	k := currentKiosk()
	shared.clear()
	clearSharedPhotos()
	if k.Shared {
		b, _ := json.Marshal(k)
		shared.write(keyKiosk, string(b))
	}
	return k
}
