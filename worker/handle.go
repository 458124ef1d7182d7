// Command worker runs in a Web Worker beside the app (web/worker.js) and
// does the work that needs large libraries, so the app's own wasm stays
// quick to load: the PDF (fpdf), QR codes, and the compressed link that
// hands a check from a kiosk to a phone. It registers
// selfcheckWorker(requestJSON), which returns a reply object.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/gazetteer"
	"github.com/smart-selfcheck/selfcheck/pdf"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// request is what the app asks for; Kind says which fields matter.
type request struct {
	Kind     string        `json:"kind"`               // pdf, card, qr, pack, unpack or place
	File     string        `json:"file,omitempty"`     // pdf, pack: the self-check file as stored
	On       string        `json:"on,omitempty"`       // pdf, card: the day, YYYY-MM-DD
	Retailer *pdf.Retailer `json:"retailer,omitempty"` // pdf, card
	Text     string        `json:"text,omitempty"`     // qr: what to encode; card: the kiosk link; place: what the driver typed
	Origin   string        `json:"origin,omitempty"`   // pack: where the app is served
	Fragment string        `json:"fragment,omitempty"` // unpack: a link's fragment
	Zone     int           `json:"zone,omitempty"`     // photo: the phone's zone, minutes east of UTC
	Added    string        `json:"added,omitempty"`    // photo: when the driver added it, RFC 3339

	in photoRequest // photo, import, pdf, export: the bytes beside the JSON (worker/photos.go)
}

// reply is the answer; Error is set when the work could not be done.
type reply struct {
	Bytes  []byte       // pdf, card: the PDF
	SVG    string       // qr, pack: a QR code as an SVG data URL
	URL    string       // pack: the link carrying the check
	File   string       // unpack: the self-check file; "" when the link carries none
	Place  string       // place: the gazetteer's answer as JSON, a placeReply
	Thumb  []byte       // photo: the thumbnail
	Taken  string       // photo: when it was taken, RFC 3339
	Photos []keptImport // import: the archive's photos
	Error  string
}

func handle(raw []byte) reply { return handleWith(raw, photoRequest{}) }

// handleWith answers a request that comes with bytes beside its JSON.
func handleWith(raw []byte, in photoRequest) reply {
	var r request
	if err := json.Unmarshal(raw, &r); err != nil {
		return reply{Error: "the request is malformed: " + err.Error()}
	}
	r.in = in
	var out reply
	var err error
	switch r.Kind {
	case "pdf":
		out.Bytes, err = makePDF(r)
	case "card":
		out.Bytes, err = makeCard(r)
	case "qr":
		out.SVG, err = pdf.QRDataURL(r.Text)
	case "pack":
		if out.URL, err = pack(r.Origin, []byte(r.File)); err == nil {
			out.SVG, err = pdf.QRDataURL(out.URL)
		}
	case "place":
		out.Place, err = place(r.Text)
	case "unpack":
		var b []byte
		b, _, err = unpack(r.Fragment)
		out.File = string(b)
	case "photo":
		out, err = keepReply(r)
	case "export":
		out.Bytes, err = exportArchive(r)
	case "import":
		out, err = importArchive(r)
	default:
		err = fmt.Errorf("unknown request %q", r.Kind)
	}
	if err != nil {
		return reply{Error: err.Error()}
	}
	return out
}

// placeReply is where the driver typed, looked up in the gazetteer (which
// is too big for app.wasm), with the matches to offer when it is not known.
type placeReply struct {
	Answer  cover.CountryAnswer `json:"answer"`
	Matches []gazetteer.Match   `json:"matches,omitempty"`
}

func place(query string) (string, error) {
	a, m := gazetteer.Answer(query)
	b, err := json.Marshal(placeReply{a, m})
	return string(b), err
}

// readCheck reads a self-check file as the app keeps it: a check still
// being filled in is fine; only a file that is not a self-check is refused.
func readCheck(b []byte) (*standards.File, error) {
	f, problems := standards.Parse(b)
	for _, p := range problems {
		if f == nil || p.Path == "format" || p.Path == "version" {
			return nil, p
		}
	}
	return f, nil
}

// makePDF prints the saved check as of the day asked, as it stands.
func makePDF(r request) ([]byte, error) {
	on, err := date.Parse(r.On)
	if err != nil {
		return nil, fmt.Errorf("on: %v", err)
	}
	f, err := readCheck([]byte(r.File))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := pdf.Write(&buf, pdf.Input{File: f, On: on, Retailer: r.Retailer, Photos: r.in.Photos}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// makeCard makes a retailer's A6 card with the QR code of their kiosk link.
func makeCard(r request) ([]byte, error) {
	on, err := date.Parse(r.On)
	if err != nil {
		return nil, fmt.Errorf("on: %v", err)
	}
	if r.Retailer == nil {
		return nil, fmt.Errorf("the card needs the retailer's details")
	}
	var buf bytes.Buffer
	err = pdf.WriteRetailerCard(&buf, pdf.Card{Retailer: *r.Retailer, Link: r.Text, On: on})
	return buf.Bytes(), err
}
