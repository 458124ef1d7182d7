//go:build e2e

package e2e

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// savedCheck is a self-check as the app stores it, with a finding that is
// not acceptable and a name with an accent.
const savedCheck = `{"format":"smart-selfcheck","version":1,
 "vehicle":{"model":"smart fortwo coupé","powertrain":"petrol","registrationNumber":"AB19 CDE","firstRegistered":"2019-03-14",
  "agreement":"agility","agreementEnds":"2026-03-31","lastOfficialService":"2025-02-01"},
 "findings":[{"kind":"interior.burn","location":"driver seat","note":"cigarette burn"}]}`

// pdfPlaces are where a Download PDF button is, and how to reach it with
// savedCheck in the store the page uses.
var pdfPlaces = []struct {
	name string
	open func(t *testing.T, tb *tab)
}{
	{"check summary", func(t *testing.T, tb *tab) {
		tb.open(t, "/", "What do you need?")
		tb.run(t, chromedp.Evaluate(fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, savedCheck), nil))
		tb.open(t, "/check?step=summary", "Return check")
	}},
	{"contacts", func(t *testing.T, tb *tab) {
		tb.open(t, "/", "What do you need?")
		tb.run(t, chromedp.Evaluate(fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, savedCheck), nil))
		tb.open(t, "/contacts", "Contacts and documents")
	}},
	{"shared kiosk", func(t *testing.T, tb *tab) {
		sharedKiosk(t, tb)
		tb.run(t, chromedp.Evaluate(fmt.Sprintf(`sessionStorage.setItem("selfcheck.v1", %q);
			sessionStorage.setItem("selfcheck.savedAt", "2026-11-21T09:00:00Z")`, savedCheck), nil),
			chromedp.Click("#kiosk-take", chromedp.ByID))
	}},
}

// downloads records the files the tab downloads into a temporary folder.
type downloads struct {
	dir string

	mu         sync.Mutex
	name, guid string
	done       bool
}

func captureDownloads(t *testing.T, tb *tab) *downloads {
	t.Helper()
	d := &downloads{dir: t.TempDir()}
	chromedp.ListenTarget(tb.ctx, func(ev any) {
		d.mu.Lock()
		defer d.mu.Unlock()
		switch ev := ev.(type) {
		case *browser.EventDownloadWillBegin:
			d.name, d.guid = ev.SuggestedFilename, ev.GUID
		case *browser.EventDownloadProgress:
			d.done = d.done || ev.State == browser.DownloadProgressStateCompleted
		}
	})
	tb.run(t, browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).
		WithDownloadPath(d.dir).WithEventsEnabled(true))
	return d
}

// wait returns the name and bytes of the first finished download.
func (d *downloads) wait(t *testing.T) (string, []byte) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		d.mu.Lock()
		done, name, guid := d.done, d.name, d.guid
		d.mu.Unlock()
		if done {
			b, err := os.ReadFile(filepath.Join(d.dir, guid))
			require.NoError(t, err)
			return name, b
		}
		require.True(t, time.Now().Before(deadline), "no download finished")
		time.Sleep(50 * time.Millisecond)
	}
}

// TestPDFDownload clicks Download PDF where the browser cannot share files
// (desktop Chromium on Linux), captures the download and reads it back.
func TestPDFDownload(t *testing.T) {
	s := serveSite(t)
	for _, place := range pdfPlaces {
		t.Run(place.name, func(t *testing.T) {
			tb := newTab(t, s.URL)
			d := captureDownloads(t, tb)
			place.open(t, tb)
			var canShare bool
			tb.run(t, chromedp.Evaluate(`!!navigator.canShare`, &canShare))
			require.False(t, canShare, "this test is for browsers that cannot share files; TestPDFShare covers the others")
			tb.waitJS(t, `!!document.querySelector(".pdf-download-button")`, "the Download PDF button")
			tb.run(t, chromedp.Evaluate(`document.querySelector(".pdf-download-button").click()`, nil))
			name, b := d.wait(t)
			assert.Equal(t, "smart-selfcheck-AB19CDE-"+time.Now().Format("2006-01-02")+".pdf", name)
			requirePDF(t, b)
			if place.name == "shared kiosk" {
				assert.Contains(t, pdfText(t, b), "smart Showroom", "the kiosk's retailer is on the contact sheet")
			}
			requireClean(t, tb)
		})
	}
}

// TestPDFShare stands in for a phone that shares files (an installed iOS
// web app cannot download a blob): the PDF goes to navigator.share as a
// file, never as a download.
func TestPDFShare(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	pdfPlaces[0].open(t, tb)
	tb.waitJS(t, `!!document.querySelector(".pdf-download-button")`, "the Download PDF button")
	tb.run(t, chromedp.Evaluate(`
		navigator.canShare = (data) => !!(data && data.files && data.files.length === 1);
		navigator.share = async (data) => {
			const f = data.files[0];
			const bytes = new Uint8Array(await f.arrayBuffer());
			let s = "";
			for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
			window.__shared = {name: f.name, type: f.type, b64: btoa(s)};
		};`, nil))
	tb.waitJS(t, `!!document.querySelector(".pdf-download-button")`, "the Download PDF button")
	tb.run(t, chromedp.Evaluate(`document.querySelector(".pdf-download-button").click()`, nil))
	tb.waitJS(t, `!!window.__shared`, "the PDF to be shared")
	var shared struct{ Name, Type, B64 string }
	tb.run(t, chromedp.Evaluate(`window.__shared`, &shared))
	assert.Equal(t, "smart-selfcheck-AB19CDE-"+time.Now().Format("2006-01-02")+".pdf", shared.Name)
	assert.Equal(t, "application/pdf", shared.Type)
	b, err := base64.StdEncoding.DecodeString(shared.B64)
	require.NoError(t, err)
	requirePDF(t, b)
	requireClean(t, tb)
}

// When saving fails (here: every write to the storage is refused, as when
// it is full), the screen says "Not saved" and the PDF still prints what
// the screen shows, not the older check in the storage.
func TestPDFOfACheckThatCouldNotBeSaved(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	d := captureDownloads(t, tb)
	pdfPlaces[0].open(t, tb)
	tb.js(t, `Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); }`)
	tb.openStep(t, "car", "Your car")
	tb.typeInto(t, "vehicle-registrationNumber", "ZZ99 UNS")
	tb.waitText(t, ".check-notices", "Not saved")
	var stored string
	tb.run(t, chromedp.Evaluate(`localStorage.getItem("selfcheck.v1")`, &stored))
	require.Contains(t, stored, "AB19 CDE", "the storage still holds the check as it was")
	tb.openStep(t, "summary", "Summary")
	tb.waitJS(t, `!!document.querySelector(".pdf-download-button")`, "the Download PDF button")
	tb.js(t, `document.querySelector(".pdf-download-button").click()`)
	text := requirePDFOfUnsaved(t, d, "ZZ99 UNS", "AB19 CDE")
	assert.Contains(t, text, "(Your note: cigarette burn)")
}

// requirePDFOfUnsaved waits for the PDF and checks it is of the check with
// the registration shown, not the one stored; it returns the PDF's text.
func requirePDFOfUnsaved(t *testing.T, d *downloads, shown, stored string) string {
	t.Helper()
	name, b := d.wait(t)
	assert.Equal(t, "smart-selfcheck-"+strings.ReplaceAll(shown, " ", "")+"-"+time.Now().Format("2006-01-02")+".pdf", name)
	text := pdfText(t, b)
	assert.Contains(t, text, "("+shown+")", "the registration on screen")
	assert.NotContains(t, text, stored, "not the one in the storage")
	return text
}

// The PDF maker is cached with the app: a driver with no signal still gets
// the document.
func TestPDFOffline(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	d := captureDownloads(t, tb)
	tb.open(t, "/", "What do you need?")
	tb.waitOfflineReady(t)
	s.Stop()
	pdfPlaces[0].open(t, tb)
	tb.waitJS(t, `!!document.querySelector(".pdf-download-button")`, "the Download PDF button")
	tb.run(t, chromedp.Evaluate(`document.querySelector(".pdf-download-button").click()`, nil))
	_, b := d.wait(t)
	requirePDF(t, b)
}

// requirePDF checks that b is the document for savedCheck, made today.
func requirePDF(t *testing.T, b []byte) {
	t.Helper()
	require.True(t, bytes.HasPrefix(b, []byte("%PDF-")), "starts with %%PDF")
	text := pdfText(t, b)
	today := time.Now()
	for _, want := range []string{
		"(AB19 CDE)",
		"(smart fortwo coup\xe9)", // cp1252
		"(Not acceptable)",
		"(Your note: cigarette burn)",
		"(00800 2777 7777)",
		"(Checked on)",
		"(" + today.Format("2 January 2006") + ")",
		"(Print at 100% \\(actual size\\); this line must measure 100 mm)",
	} {
		assert.Contains(t, text, want)
	}
}

// pdfText inflates every compressed stream of a PDF and returns them
// joined: the page contents, with their text operators.
func pdfText(t *testing.T, b []byte) string {
	t.Helper()
	var out strings.Builder
	for rest := b; ; {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			break
		}
		rest = rest[i+len("stream\n"):]
		j := bytes.Index(rest, []byte("endstream"))
		require.GreaterOrEqual(t, j, 0)
		if r, err := zlib.NewReader(bytes.NewReader(rest[:j])); err == nil {
			page, err := io.ReadAll(r)
			require.NoError(t, err)
			out.Write(page)
		}
		rest = rest[j+len("endstream"):]
	}
	require.NotZero(t, out.Len(), "no compressed page contents")
	return out.String()
}
