// Command worker runs in a Web Worker beside the app (web/worker.js) and
// does the work that needs large libraries, so the app's own wasm stays
// quick to load: the PDF (fpdf), QR codes, and the compressed link that
// hands a check from a kiosk to a phone. It registers
// selfcheckWorker(requestJSON), which returns {reply: replyJSON, bytes}:
// the request and reply are workerapi's, the PDF's bytes a Uint8Array.
package main

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/gazetteer"
	"github.com/smart-selfcheck/selfcheck/pdf"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// errNoDay is why a document is not made without the day it is made on.
var errNoDay = errors.New("on: the day the check was judged on must be given")

func handle(raw []byte) workerapi.Reply { return handleWith(raw, nil, nil) }

// handleWith answers a request whose bytes (a photo, an archive) and photos
// came beside its JSON.
func handleWith(raw, bytes []byte, photos map[string][]byte) workerapi.Reply {
	r, err := workerapi.DecodeRequest(raw)
	if err != nil {
		return workerapi.Reply{Error: err.Error()}
	}
	r.Bytes, r.Photos = bytes, photos
	var out workerapi.Reply
	switch r.Kind {
	case workerapi.PDF:
		out.Bytes, err = makePDF(r)
	case workerapi.Card:
		out.Bytes, err = makeCard(r)
	case workerapi.QR:
		out.SVG, err = pdf.QRDataURL(r.Text)
	case workerapi.Pack:
		if out.URL, err = pack(r.Origin, []byte(r.File)); err == nil {
			out.SVG, err = pdf.QRDataURL(out.URL)
		}
	case workerapi.Place:
		out.Place = place(r.Text)
	case workerapi.Calendar:
		out.Bytes, err = makeCalendar(r)
	case workerapi.Photo:
		out, err = keepReply(r)
	case workerapi.Export:
		out.Bytes, err = exportArchive(r)
	case workerapi.Import:
		out, err = importArchive(r)
	case workerapi.Locate:
		if r.Position == nil {
			err = errors.New("position: must be given")
			break
		}
		out.Guess = workerapi.GuessOf(cover.Locate(r.Position.Lat, r.Position.Lon, r.Position.Accuracy))
	case workerapi.Unpack:
		var b []byte
		b, _, err = unpack(r.Fragment)
		out.File = string(b)
	default:
		err = fmt.Errorf("unknown request %q", r.Kind)
	}
	if err != nil {
		return workerapi.Reply{Error: err.Error()}
	}
	return out
}

// place is where the driver typed, from the gazetteer.
func place(query string) *workerapi.PlaceAnswer {
	a, matches := gazetteer.Answer(query)
	out := &workerapi.PlaceAnswer{Answer: a}
	for _, m := range matches {
		out.Matches = append(out.Matches, workerapi.Town{Town: m.Town, Of: m.Of, Kind: m.Kind, In: m.In})
	}
	return out
}

// readCheck reads a self-check file as the app keeps it, by the one policy
// of standards.Parse: a file that is not a self-check is refused, naming the
// problem; a check still being filled in, or with a value to correct, is
// read, and its problems are those the app shows beside their fields.
func readCheck(b []byte) (*standards.File, error) {
	f, problems := standards.Parse(b)
	if f == nil {
		return nil, problems[0]
	}
	return f, nil
}

// makePDF prints the check the screen holds, as the screen judged it on
// the day it used.
func makePDF(r workerapi.Request) ([]byte, error) {
	if r.On.IsZero() {
		return nil, errNoDay
	}
	f, err := readCheck([]byte(r.File))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := pdf.Write(&buf, pdf.Input{File: f, On: r.On, Retailer: r.Retailer, Photos: r.Photos}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// makeCard makes a retailer's A6 card with the QR code of their kiosk link.
func makeCard(r workerapi.Request) ([]byte, error) {
	if r.On.IsZero() {
		return nil, errNoDay
	}
	if r.Retailer == nil {
		return nil, fmt.Errorf("the card needs the retailer's details")
	}
	var buf bytes.Buffer
	err := pdf.WriteRetailerCard(&buf, pdf.Card{Retailer: *r.Retailer, Link: r.Text, On: r.On})
	return buf.Bytes(), err
}
