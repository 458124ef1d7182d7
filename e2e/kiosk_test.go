//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

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
	tb.waitJS(t, `document.querySelectorAll(".notice-warn").length === 3`, "a note for each value left out")
	var notes []string
	var injected int
	var title string
	tb.run(t,
		chromedp.Evaluate(`[...document.querySelectorAll(".notice-warn")].map(n => n.textContent)`, &notes),
		chromedp.Evaluate(`document.querySelectorAll("main script, main img[src='x']").length`, &injected),
		chromedp.Title(&title),
	)
	assert.Len(t, notes, 3, "each dropped value is noted")
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
	tb.open(t, "/retailers", "For smart Retailers")
	tb.run(t,
		chromedp.SendKeys("#retailer-name", "smart Centre Leeds", chromedp.ByID),
		chromedp.SendKeys("#retailer-phone", "0113 496 0000", chromedp.ByID),
		chromedp.Click("#retailer-shared", chromedp.ByID),
	)
	tb.waitJS(t, `!!document.querySelector("#kiosk-qr") && document.querySelector("#kiosk-qr").naturalWidth > 0 &&
		document.querySelector("#kiosk-link").textContent.includes("mode=shared")`, "the QR code of the shared link")
	var link string
	tb.run(t, chromedp.Text("#kiosk-link", &link, chromedp.ByID))
	u, err := url.Parse(link)
	if assert.NoError(t, err) {
		assert.Equal(t, "/kiosk", u.Path)
		assert.Equal(t, "smart Centre Leeds", u.Query().Get("retailer"))
		assert.Equal(t, "shared", u.Query().Get("mode"))
	}
	tb.screenshot(t, "retailers")

	d := captureDownloads(t, tb)
	tb.run(t, chromedp.Evaluate(`document.querySelector(".pdf-download-button").click()`, nil))
	name, card := d.wait(t)
	assert.Equal(t, "smart-selfcheck-card.pdf", name)
	text := strings.ReplaceAll(pdfText(t, card), " ", "")
	assert.Contains(t, text, "smartCentreLeeds")
	assert.Contains(t, text, "0080027777777", "road assistance stays on the card")
	tb.requireAccessible(t, "/retailers")
	requireClean(t, tb)
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
