//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func kioskPath(q url.Values) string { return "/kiosk?" + q.Encode() }

func TestKioskLinkShowsTheRetailerAsTextOnly(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	good := kioskPath(url.Values{"retailer": {"smart Centre Leeds"}, "phone": {"0113 496 0000"}, "email": {"sales@leeds.example"}})
	tb.open(t, good, "Welcome from smart Centre Leeds")
	var tel, text string
	tb.run(t,
		chromedp.AttributeValue(`.retailer a[href^="tel:"]`, "href", &tel, nil, chromedp.ByQuery),
		chromedp.Text(".retailer", &text, chromedp.ByQuery),
	)
	assert.Equal(t, "tel:01134960000", tel)
	assert.Contains(t, text, "sales@leeds.example")
	tb.screenshot(t, "kiosk-personal")

	// Beside the road assistance numbers, never instead of them.
	for _, sc := range []struct{ path, heading, where string }{
		{"/contacts", "Contacts and documents", "#retailer"},
		{"/assistance", "Road assistance", "#card"},
	} {
		tb.open(t, sc.path, sc.heading)
		tb.waitJS(t, `!!document.querySelector("`+sc.where+` .retailer a[href='tel:01134960000']")`, "the retailer on "+sc.path)
		var freephone bool
		tb.run(t, chromedp.Evaluate(`!!document.querySelector("a[href='tel:+80027777777']")`, &freephone))
		assert.True(t, freephone, "the road assistance freephone number is still on %s", sc.path)
	}
	tb.screenshot(t, "kiosk-retailer-card")

	hostile := kioskPath(url.Values{
		"retailer": {`<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`},
		"phone":    {strings.Repeat("9", 10000)},
		"email":    {`"><script>alert(1)</script>@x.example`},
	})
	tb.open(t, hostile, "Welcome")
	tb.waitJS(t, `!!document.getElementById("kiosk-link-problem")`, "the note that part of the link did not come through")
	var notes []string
	var injected int
	var title string
	tb.run(t,
		chromedp.Evaluate(`[...document.querySelectorAll(".notice-warn")].map(n => n.textContent)`, &notes),
		chromedp.Evaluate(`document.querySelectorAll("main script, main img[src='x']").length`, &injected),
		chromedp.Title(&title),
	)
	require.Len(t, notes, 1, "one friendly line for the customer, not one per value")
	assert.Contains(t, notes[0], "did not come through")
	assert.NotContains(t, notes[0], "left out")
	assert.Zero(t, injected, "nothing from the link becomes markup")
	assert.NotEqual(t, "pwned", title)
	tb.screenshot(t, "kiosk-hostile")
	requireClean(t, tb)
}

func TestKioskLinkWorksOffline(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	link := kioskPath(url.Values{"retailer": {"smart Bristol"}, "phone": {"0117 496 0000"}})
	tb.open(t, link, "Welcome from smart Bristol")
	tb.waitOfflineReady(t)
	s.Stop()
	tb.open(t, link, "Welcome from smart Bristol")
	tb.open(t, kioskPath(url.Values{"retailer": {"smart Bath"}, "phone": {"01225 496000"}}), "Welcome from smart Bath")
}

func TestRetailersPageMakesALinkWithAQRCode(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	// A phone's share sheet, which headless Chromium lacks: it records what it was given.
	tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`navigator.share = (d) => { window.__shared = d; return Promise.resolve(); }`).Do(ctx)
		return err
	}))
	tb.open(t, "/contacts", "Contacts and documents")
	tb.click(t, "#retailers-link", "Make your links")
	tb.waitApp(t, "For smart Retailers")
	tb.run(t,
		chromedp.SendKeys("#retailer-name", "smart Centre Leeds", chromedp.ByID),
		chromedp.SendKeys("#retailer-phone", "0113 496 0000", chromedp.ByID),
	)
	tb.waitJS(t, `!!document.querySelector("#kiosk-qr") && document.querySelector("#kiosk-qr").naturalWidth > 0`, "the QR code of the customers' link")
	var link, tablet string
	tb.run(t, chromedp.Text("#kiosk-link", &link, chromedp.ByID),
		chromedp.AttributeValue("#open-tablet-link", "href", &tablet, nil, chromedp.ByID))
	u, err := url.Parse(link)
	if assert.NoError(t, err) {
		assert.Equal(t, "/kiosk", u.Path)
		assert.Equal(t, "smart Centre Leeds", u.Query().Get("retailer"))
		assert.Empty(t, u.Query().Get("mode"), "the customers' link never puts shared mode on a phone")
	}
	tu, err := url.Parse(tablet)
	if assert.NoError(t, err) {
		assert.Equal(t, "shared", tu.Query().Get("mode"), "the tablet's link is the shared one")
	}
	assert.Less(t, tb.top(t, "#customers-link"), tb.top(t, "#tablet-link"), "two parts, clearly apart")
	assert.NotContains(t, tb.text(t, "#customers-link"), "mode=shared")
	assert.Contains(t, tb.text(t, "#tablet-link"), "Never print this link")
	tb.screenshot(t, "retailers")

	tb.clickID(t, "share-link")
	var shared string
	tb.waitJS(t, `!!window.__shared`, "the share sheet")
	tb.run(t, chromedp.Evaluate(`window.__shared.url`, &shared))
	assert.Equal(t, link, shared, "Share hands over the customers' link")

	d := captureDownloads(t, tb)
	tb.run(t, chromedp.Evaluate(`document.querySelector(".pdf-download-button").click()`, nil))
	name, card := d.wait(t)
	assert.Equal(t, "smart-selfcheck-card.pdf", name)
	text := strings.ReplaceAll(pdfText(t, card), " ", "")
	assert.Contains(t, text, "smartCentreLeeds")
	assert.Contains(t, text, "0080027777777", "road assistance stays on the card")
	assert.NotContains(t, text, "mode=shared")

	// A phone number that cannot be one says why, nothing about leaving it out.
	tb.typeInto(t, "retailer-phone", "0113")
	tb.waitText(t, "#retailer-phone-problem", "It looks too short: give the whole number")
	assert.NotContains(t, tb.text(t, "main"), "left out")
	tb.screenshot(t, "retailers-bad-phone")
	tb.requireAccessible(t, "/retailers")
	requireClean(t, tb)
}

// Without a share sheet, Copy is there.
func TestRetailersPageCopiesWithoutAShareSheet(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	for _, p := range []string{"clipboard-read", "clipboard-write"} {
		tb.run(t, browser.SetPermission(&browser.PermissionDescriptor{Name: p}, browser.PermissionSettingGranted).WithOrigin(s.URL))
	}
	tb.open(t, "/retailers", "For smart Retailers")
	tb.typeInto(t, "retailer-name", "smart Centre Leeds")
	tb.typeInto(t, "retailer-phone", "0113 496 0000")
	tb.waitJS(t, `!!document.getElementById("copy-link")`, "Copy link")
	assert.Equal(t, 0, tb.count(t, "#share-link"), "no Share button where the browser cannot share")
	tb.run(t, emulation.SetFocusEmulationEnabled(true))
	tb.clickID(t, "copy-link")
	tb.waitText(t, "#customers-link", "Copied.")
	var clip string
	tb.run(t, chromedp.Evaluate(`navigator.clipboard.readText()`, &clip, awaitPromise))
	assert.Contains(t, clip, "/kiosk?")
	assert.NotContains(t, clip, "mode=shared")
}

// A customer opening a link that lost part of itself on the way.
func TestMalformedKioskLinkIsFriendly(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, kioskPath(url.Values{"retailer": {"smart ‮Centre"}, "phone": {"12"}}), "Welcome")
	tb.waitText(t, "#kiosk-link-problem", "did not come through")
	assert.NotContains(t, tb.text(t, "main"), "left out")
	assert.NotContains(t, tb.text(t, "main"), "The link's")
	tb.screenshot(t, "kiosk-malformed")
	requireClean(t, tb)
}

// A tab that became a shared kiosk stays one: Back past the kiosk link does
// not bring back the device's own check.
func TestSharedKioskCannotBeLeftWithBack(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.js(t, `localStorage.setItem("selfcheck.v1", JSON.stringify({format: "smart-selfcheck", version: 1,
		vehicle: {powertrain: "petrol", firstRegistered: "2019-03-14", registrationNumber: "ZZ99HOME"}}))`)
	tb.open(t, "/check?step=car", "Return check")
	tb.waitJS(t, `document.getElementById("vehicle-registrationNumber") && document.getElementById("vehicle-registrationNumber").value === "ZZ99HOME"`, "the device's own check")
	tb.open(t, "/contacts", "Contacts and documents")
	link := kioskPath(url.Values{"retailer": {"smart Showroom"}, "phone": {"0113 496 0000"}, "mode": {"shared"}})
	tb.open(t, link, "Welcome from smart Showroom")
	tb.waitJS(t, `!!document.querySelector("#kiosk-finish")`, "the shared kiosk")

	onScreen := `document.body.innerText + [...document.querySelectorAll("input, textarea")].map(e => e.value).join(" ")`
	for _, heading := range []string{"Contacts and documents", "Return check"} {
		tb.run(t, chromedp.Evaluate(`history.back()`, nil))
		tb.waitApp(t, heading)
		tb.waitJS(t, `!!document.querySelector("#kiosk-finish")`, "shared mode on "+heading+" after Back")
		var page string
		tb.run(t, chromedp.Evaluate(onScreen, &page))
		assert.NotContains(t, page, "ZZ99HOME", "the device's check is not shown on the shared tablet (%s)", heading)
	}
	tb.waitText(t, "#step-heading", "Your car")
	tb.typeInto(t, "vehicle-registrationNumber", "ZZ99KIOSK")
	tb.waitJS(t, `(sessionStorage.getItem("selfcheck.v1") || "").includes("ZZ99KIOSK")`, "the visit's check")
	var local string
	tb.run(t, chromedp.Evaluate(`localStorage.getItem("selfcheck.v1")`, &local))
	assert.NotContains(t, local, "ZZ99KIOSK", "nothing typed on the shared tablet reaches the device's storage")
	assert.Contains(t, local, "ZZ99HOME", "the device's own check is left as it was")
	tb.waitText(t, "main", "It is wiped when you tap “Finish and clear”.")
	assert.NotContains(t, tb.text(t, "main"), "The browser keeps it until you clear it", "shared mode says nothing is kept")
	tb.screenshot(t, "kiosk-after-back")
	// The page a Back brings out of the browser's cache is reloaded at once
	// (web/shell.js), which can cut off the PDF worker it was starting.
	requireClean(t, tb, "Failed to execute 'importScripts' on 'WorkerGlobalScope'")
}

// sharedKiosk opens a shared kiosk link.
func sharedKiosk(t *testing.T, tb *tab) string {
	t.Helper()
	link := kioskPath(url.Values{"retailer": {"smart Showroom"}, "phone": {"0113 496 0000"}, "mode": {"shared"}})
	tb.open(t, link, "Welcome from smart Showroom")
	tb.waitJS(t, `!!document.querySelector("#kiosk-finish")`, "Finish and clear")
	return link
}

// fakeClock lets a test move the page's clock on: advanceClock(ms) adds ms
// to performance.now, which Go's clock reads under wasm (wasm_exec.js's
// nanotime; time.Now's monotonic reading, which Sub and Since use), and
// runs at once every setTimeout due by then, among them the one the Go
// runtime set to wake for its next timer. The page then lives through
// minutes in a moment, on the app's real timers and idle logic, with no
// setting the app reads only for tests. Date is left alone: the wall clock
// is not what the idle logic counts.
const fakeClock = `(() => {
  let offset = 0;
  const realNow = performance.now.bind(performance);
  const realSet = setTimeout, realClear = clearTimeout;
  const due = new Map(); // id -> {at, fn, args}
  performance.now = () => realNow() + offset;
  window.setTimeout = (fn, ms, ...args) => {
    const id = realSet(() => { due.delete(id); typeof fn === "function" && fn(...args); }, ms);
    due.set(id, {at: performance.now() + (Number(ms) || 0), fn, args});
    return id;
  };
  window.clearTimeout = (id) => { due.delete(id); realClear(id); };
  window.advanceClock = (ms) => {
    offset += ms;
    for (let fired = 0; fired < 1000; fired++) {
      let next = null;
      for (const [id, t] of due) if (t.at <= performance.now() && (!next || t.at < next[1].at)) next = [id, t];
      if (!next) return;
      due.delete(next[0]);
      realClear(next[0]);
      if (typeof next[1].fn === "function") next[1].fn(...next[1].args);
    }
  };
})();`

// withFakeClock installs fakeClock in every page tb opens from now on.
func withFakeClock(t *testing.T, tb *tab) {
	t.Helper()
	tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(fakeClock).Do(ctx)
		return err
	}))
}

// advance moves the page's clock on by d.
func advance(t *testing.T, tb *tab, d time.Duration) {
	t.Helper()
	tb.js(t, fmt.Sprintf("advanceClock(%d)", d.Milliseconds()))
}

// customerLeavesData stands in for a customer's answers in the kiosk's store.
func customerLeavesData(t *testing.T, tb *tab, marker string) {
	t.Helper()
	tb.run(t, chromedp.Evaluate(`sessionStorage.setItem("selfcheck.v1", JSON.stringify(
		{format: "smart-selfcheck", version: 1, vehicle: {powertrain: "petrol", firstRegistered: "2019-03-14", registrationNumber: "`+marker+`"}}));
		sessionStorage.setItem("selfcheck.savedAt", new Date().toISOString().slice(0, 19) + "Z")`, nil))
}

// customerFillsIn enters a check and a call card on the shared tablet, as a
// customer would, with marker as the registration and in the fault.
func customerFillsIn(t *testing.T, tb *tab, link, marker string) {
	t.Helper()
	tb.open(t, "/check", "Return check")
	tb.waitText(t, "#step-heading", "Your car")
	tb.typeInto(t, "vehicle-model", "smart fortwo coupé")
	tb.typeInto(t, "vehicle-registrationNumber", marker)
	tb.typeInto(t, "vehicle-firstRegistered", "2019-03-14")
	tb.waitJS(t, `(sessionStorage.getItem("selfcheck.v1") || "").includes("`+marker+`")`, "the check kept for the visit")
	tb.open(t, "/assistance", "Road assistance")
	tb.typeInto(t, "card-fault", "Warning light "+marker)
	tb.waitJS(t, `Object.keys(sessionStorage).some(k => sessionStorage.getItem(k).includes("Warning light `+marker+`"))`, "the call card kept for the visit")
	dump := tb.storageDump(t)
	require.Contains(t, dump, marker)
	var local string
	tb.run(t, chromedp.Evaluate(`JSON.stringify(Object.assign({}, localStorage)) + document.cookie`, &local))
	assert.NotContains(t, local, marker, "nothing personal in lasting storage on a shared tablet")
	tb.open(t, link, "Welcome from smart Showroom")
}

func TestSharedKioskForgetsOnFinishAndClear(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	link := sharedKiosk(t, tb)
	customerFillsIn(t, tb, link, "ZZ99CUST")
	tb.run(t, chromedp.Click("#kiosk-take", chromedp.ByID))
	tb.waitJS(t, `!!document.querySelector("#kiosk-handover-qr") && document.querySelector("#kiosk-handover-qr").naturalWidth > 0`,
		"the QR code of the customer's check")
	tb.screenshot(t, "kiosk-shared")

	tb.run(t, chromedp.Click("#kiosk-finish", chromedp.ByID))
	tb.waitJS(t, `!!document.querySelector("#kiosk-clear")`, "the confirmation")
	tb.run(t, chromedp.Click("#kiosk-clear", chromedp.ByID))
	tb.waitApp(t, "Welcome from smart Showroom")
	tb.waitJS(t, `sessionStorage.getItem("selfcheck.v1") === null`, "the clear")
	assert.NotContains(t, tb.storageDump(t), "ZZ99CUST")
	// Neither a reload nor the back button brings the customer back.
	tb.run(t, chromedp.Reload())
	tb.waitApp(t, "Welcome from smart Showroom")
	tb.run(t, chromedp.Evaluate(`history.back()`, nil))
	tb.waitJS(t, `!!document.body && !document.body.hidden && !!document.querySelector("h1")`, "the page loaded afresh")
	tb.waitApp(t, "Road assistance")
	onScreen := `document.body.innerText + [...document.querySelectorAll("input, textarea")].map(e => e.value).join(" ")`
	var page string
	tb.run(t, chromedp.Evaluate(onScreen, &page))
	assert.NotContains(t, page, "ZZ99CUST", "back to the call card")
	tb.open(t, "/check", "Return check")
	tb.run(t, chromedp.Evaluate(onScreen, &page))
	assert.NotContains(t, page, "ZZ99CUST", "the check")
	assert.NotContains(t, tb.storageDump(t), "ZZ99CUST")
	var shared bool
	tb.run(t, chromedp.Evaluate(`!!document.querySelector("#kiosk-finish")`, &shared))
	assert.True(t, shared, "the tablet is still a shared kiosk after a clear")
	requireClean(t, tb)
}

const warningShown = `[...document.querySelectorAll(".kiosk-warning")].some(w => w.textContent.includes("Still there?"))`

func TestSharedKioskClearsItselfWhenIdle(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	withFakeClock(t, tb)
	link := sharedKiosk(t, tb)
	customerFillsIn(t, tb, link, "ZZ99IDLE")
	tb.waitJS(t, `!!document.querySelector("#kiosk-finish")`, "the kiosk watching for touches")
	// The kiosk has watched for a few real seconds more than the clock is
	// moved on: the steps leave room for them.
	advance(t, tb, 2*time.Minute+30*time.Second)
	var early bool
	tb.run(t, chromedp.Evaluate(warningShown, &early))
	assert.False(t, early, "no warning 30 seconds before the clear")
	advance(t, tb, 10*time.Second)
	tb.waitJS(t, warningShown, "the idle warning, 20 seconds before the clear")
	tb.waitText(t, "#kiosk-warning-text", "seconds")
	tb.screenshot(t, "kiosk-idle-warning")
	advance(t, tb, 20*time.Second)
	tb.waitJS(t, `sessionStorage.getItem("selfcheck.v1") === null && !document.querySelector(".kiosk-warning")`, "the idle clear at 3 minutes")
	tb.waitApp(t, "Welcome from smart Showroom")
	assert.NotContains(t, tb.storageDump(t), "ZZ99IDLE")
	requireClean(t, tb)
}

func TestSharedKioskWarningCanBeDismissed(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	withFakeClock(t, tb)
	sharedKiosk(t, tb)
	customerLeavesData(t, tb, "ZZ99STAY")
	advance(t, tb, 2*time.Minute+45*time.Second)
	tb.waitJS(t, `!!document.querySelector("#kiosk-stay")`, "the idle warning")
	tb.run(t, chromedp.Click("#kiosk-stay", chromedp.ByID))
	tb.waitJS(t, `!document.querySelector(".kiosk-warning")`, "the warning to go")
	// The touch starts the 3 minutes again: past the first clear, nothing goes.
	advance(t, tb, 30*time.Second)
	var warned bool
	tb.run(t, chromedp.Evaluate(warningShown, &warned))
	assert.False(t, warned, "no warning 30 seconds after the touch")
	var kept string
	tb.run(t, chromedp.Evaluate(`sessionStorage.getItem("selfcheck.v1") || ""`, &kept))
	assert.Contains(t, kept, "ZZ99STAY", "a customer who is still there keeps their answers")
}

// When the shared tablet cannot save (its storage full or refused), "Take
// your answers" still hands over the check as the screen holds it: the
// link and the PDF carry what the customer typed, not the older check saved.
func TestSharedKioskTakesAwayACheckThatCouldNotBeSaved(t *testing.T) {
	s := serveSite(t)
	kiosk := newTab(t, s.URL)
	d := captureDownloads(t, kiosk)
	sharedKiosk(t, kiosk)
	customerLeavesData(t, kiosk, "ZZ99OLD")
	kiosk.open(t, "/check?step=car", "Return check")
	kiosk.waitText(t, "#step-heading", "Your car")
	kiosk.js(t, `Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); }`)
	kiosk.typeInto(t, "vehicle-registrationNumber", "ZZ99 UNS")
	kiosk.waitText(t, ".check-notices", "Not saved")
	var stored string
	kiosk.run(t, chromedp.Evaluate(`sessionStorage.getItem("selfcheck.v1")`, &stored))
	require.Contains(t, stored, "ZZ99OLD", "the storage still holds the check as it was")

	kiosk.run(t, chromedp.Click("#kiosk-take", chromedp.ByID))
	kiosk.waitJS(t, `!!document.querySelector("#kiosk-handover-link") && document.querySelector("#kiosk-handover-qr").naturalWidth > 0`,
		"the QR code and link of the customer's check")
	kiosk.screenAt(t, "kiosk-take-unsaved", ".kiosk-take")
	var link string
	kiosk.run(t, chromedp.AttributeValue("#kiosk-handover-link", "href", &link, nil, chromedp.ByID))
	kiosk.js(t, `document.querySelector(".kiosk-take .pdf-download-button").click()`)
	requirePDFOfUnsaved(t, d, "ZZ99 UNS", "ZZ99OLD")

	phone := newTab(t, s.URL)
	phone.open(t, strings.TrimPrefix(link, s.URL), "Return check")
	phone.waitJS(t, `(localStorage.getItem("selfcheck.v1") || "").includes("ZZ99 UNS")`, "the typed check saved on the phone")
	requireClean(t, phone)
}

// The customer scans the kiosk's QR code (here: follows its link) on their
// own phone (here: a fresh browser profile) and carries on with the check.
func TestSharedKioskHandsTheCheckToThePhone(t *testing.T) {
	s := serveSite(t)
	kiosk := newTab(t, s.URL)
	sharedKiosk(t, kiosk)
	customerLeavesData(t, kiosk, "ZZ99HAND")
	kiosk.run(t, chromedp.Click("#kiosk-take", chromedp.ByID))
	kiosk.waitJS(t, `!!document.querySelector("#kiosk-handover-link")`, "the link of the customer's check")
	var link string
	kiosk.run(t, chromedp.AttributeValue("#kiosk-handover-link", "href", &link, nil, chromedp.ByID))
	require.Contains(t, link, "/check#import=")

	phone := newTab(t, s.URL)
	phone.open(t, strings.TrimPrefix(link, s.URL), "Return check")
	phone.waitJS(t, `(localStorage.getItem("selfcheck.v1") || "").includes("ZZ99HAND")`, "the check saved on the phone")
	var address string
	phone.run(t, chromedp.Location(&address))
	assert.NotContains(t, address, "import=", "the check leaves the address bar once taken in")
	requireClean(t, phone)

	damaged := newTab(t, s.URL)
	damaged.open(t, "/check#import=AAAA", "Return check")
	damaged.waitText(t, ".check-notices", "was not imported, and nothing changed")
}
