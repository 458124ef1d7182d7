// Package workerapi is what the app and its worker (worker/, run by
// web/worker.js) say to each other: the requests the app makes, the
// replies the worker gives, and how both travel as JSON. The app and the
// worker both import it, so they cannot disagree.
//
// A request is evaluated once: a PDF request carries the self-check file
// exactly as the screen holds it and the day the screen judged it on, so
// the document says what the screen says, saved or not.
//
// To add a kind of request: add its Kind below and to Kinds, the fields it
// needs to Request and Reply (each commented with the kinds that use it),
// a row to the round-trip test, and its case to worker.handle.
package workerapi

import (
	"encoding/json"
	"fmt"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
)

// Kind is what a request asks for.
type Kind string

// The kinds of request. New ones go at the end, and into Kinds.
const (
	PDF    Kind = "pdf"    // the return checklist, contact sheet and tester card
	Card   Kind = "card"   // a retailer's A6 card with the QR code of their kiosk link
	QR     Kind = "qr"     // a QR code of a text
	Pack   Kind = "pack"   // a link, and its QR code, carrying a check to another device
	Unpack Kind = "unpack" // the check a link's fragment carries
	Place  Kind = "place"  // where a place the driver typed is, from the gazetteer
	// Calendar is the .ics file of the dates to come: the check's, and a complaint's.
	Calendar Kind = "calendar"
	Photo    Kind = "photo"  // a photo kept: upright, resized, its thumbnail and the time it was taken
	Export   Kind = "export" // the archive of the check and its photos
	Import   Kind = "import" // the check and the photos an archive holds
	Locate   Kind = "locate" // which place a position from the device is in, from the outlines
)

// Kinds lists every kind of request.
var Kinds = []Kind{PDF, Card, QR, Pack, Unpack, Place, Calendar, Photo, Export, Import, Locate}

func (k Kind) String() string { return string(k) }

// known reports whether k is in Kinds.
func (k Kind) known() bool {
	for _, known := range Kinds {
		if k == known {
			return true
		}
	}
	return false
}

// Request is what the app asks of the worker; Kind says which fields
// matter.
type Request struct {
	Kind     Kind            `json:"kind"`
	File     string          `json:"file,omitempty"`     // PDF, Pack, Calendar, Export: the self-check file as the screen holds it
	On       date.Date       `json:"on,omitzero"`        // PDF, Card, Calendar: the day the screen judged the check on
	Retailer *cover.Retailer `json:"retailer,omitempty"` // PDF, Card
	Text     string          `json:"text,omitempty"`     // QR: what to encode; Card: the kiosk link; Place: what the driver typed
	Origin   string          `json:"origin,omitempty"`   // Pack: where the app is served, such as https://selfcheck.example
	Fragment string          `json:"fragment,omitempty"` // Unpack: a link's fragment, without the #
	// Complaint is the day a complaint was made (Calendar); zero for none.
	Complaint date.Date `json:"complaint,omitzero"`
	Position  *Position `json:"position,omitempty"` // Locate
	Zone      int       `json:"zone,omitempty"`     // Photo: the phone's zone, minutes east of UTC
	Added     string    `json:"added,omitempty"`    // Photo: when the driver added it, RFC 3339

	// Bytes and Photos travel beside the JSON, as Uint8Arrays the browser
	// hands over without copying, never in it: no photo is ever text.
	Bytes  []byte            `json:"-"` // Photo: the photo as picked; Import: the archive
	Photos map[string][]byte `json:"-"` // PDF, Export: the photos kept, by file name
}

// Position is where the device says it is.
type Position struct {
	Lat      float64 `json:"lat"`      // degrees, WGS 84
	Lon      float64 `json:"lon"`      // degrees, WGS 84
	Accuracy float64 `json:"accuracy"` // metres; 0 when not known
}

// Reply is the worker's answer; Error is set when the work could not be
// done, and then nothing else is.
type Reply struct {
	Error string `json:"error,omitempty"`
	// Bytes is the PDF (PDF, Card), the .ics file (Calendar), the photo
	// kept (Photo) or the archive (Export). It travels beside the JSON, as a
	// Uint8Array the browser hands over without copying, never in it.
	Bytes []byte       `json:"-"`
	SVG   string       `json:"svg,omitempty"`   // QR, Pack: the QR code as an SVG data URL
	URL   string       `json:"url,omitempty"`   // Pack: the link carrying the check
	File  string       `json:"file,omitempty"`  // Unpack: the self-check file; "" when the link carries none
	Place *PlaceAnswer `json:"place,omitempty"` // Place
	Taken string       `json:"taken,omitempty"` // Photo: when it was taken, RFC 3339
	Guess *Guess       `json:"guess,omitempty"` // Locate
	// Thumb (Photo: the thumbnail) and Photos (Import: the archive's
	// photos) travel beside the JSON, as Bytes does.
	Thumb  []byte      `json:"-"`
	Photos []KeptPhoto `json:"-"`
}

// KeptPhoto is a photo read from an archive, with the thumbnail made for it.
type KeptPhoto struct {
	Name  string
	JPEG  []byte
	Thumb []byte
	Taken string // from its EXIF, RFC 3339; "" when it has none
}

// Guess is cover.Guess with its places by name: the outlines and the
// point-in-polygon search are the worker's, so they stay out of app.wasm.
type Guess struct {
	Place  string   `json:"place,omitempty"` // "" when the position is in no outline and near none
	Inside bool     `json:"inside,omitempty"`
	Nearby []string `json:"nearby,omitempty"`
}

// GuessOf is g as it travels.
func GuessOf(g cover.Guess) *Guess {
	out := &Guess{Inside: g.Inside}
	if g.Place != nil {
		out.Place = g.Place.Name
	}
	for _, p := range g.Nearby {
		out.Nearby = append(out.Nearby, p.Name)
	}
	return out
}

// Cover is g with its places back in cover.Places; a name cover does not
// know is left out.
func (g *Guess) Cover() cover.Guess {
	out := cover.Guess{Inside: g.Inside, Place: placeNamed(g.Place)}
	for _, name := range g.Nearby {
		if p := placeNamed(name); p != nil {
			out.Nearby = append(out.Nearby, p)
		}
	}
	if out.Place == nil {
		out.Inside = false
	}
	return out
}

func placeNamed(name string) *cover.Place {
	for i := range cover.Places {
		if cover.Places[i].Name == name {
			return &cover.Places[i]
		}
	}
	return nil
}

// PlaceAnswer is where the driver typed, looked up in the gazetteer (which
// is too big for the app), with the matches to offer when it is not known.
type PlaceAnswer struct {
	Answer  cover.CountryAnswer `json:"answer"`
	Matches []Town              `json:"matches,omitempty"`
}

// Town is a town, city or region the gazetteer knows.
type Town struct {
	Town string `json:"town"`
	Of   string `json:"of,omitempty"` // for another name of a city, the city's own name
	Kind string `json:"kind"`         // city or region
	In   string `json:"in"`           // the name of the country it is in, as cover names it
}

// A check handed over from a shared kiosk to a customer's phone travels in
// the fragment of a link to the check screen, which never reaches a server:
// HandoverPath#HandoverPrefix<the self-check file, deflated, base64url>.
const (
	HandoverPath   = "/check"
	HandoverPrefix = "import="
)

// EncodeRequest is r as the worker reads it.
func EncodeRequest(r Request) ([]byte, error) {
	if !r.Kind.known() {
		return nil, unknown(r.Kind)
	}
	return json.Marshal(r)
}

// DecodeRequest reads a request the app sent.
func DecodeRequest(b []byte) (Request, error) {
	var r Request
	if err := json.Unmarshal(b, &r); err != nil {
		return Request{}, fmt.Errorf("the request is malformed: %v", err)
	}
	if !r.Kind.known() {
		return Request{}, unknown(r.Kind)
	}
	return r, nil
}

// EncodeReply is r as the app reads it, without its Bytes.
func EncodeReply(r Reply) ([]byte, error) { return json.Marshal(r) }

// DecodeReply reads a reply the worker sent; its Bytes come separately.
func DecodeReply(b []byte) (Reply, error) {
	var r Reply
	if err := json.Unmarshal(b, &r); err != nil {
		return Reply{}, fmt.Errorf("the document maker's reply is malformed: %v", err)
	}
	return r, nil
}

func unknown(k Kind) error { return fmt.Errorf("unknown request %q", string(k)) }
