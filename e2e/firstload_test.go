//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// holdAppWasm stops app.wasm on its way to the tab, as a slow link does,
// until release is called (or for good if it never is).
func (tb *tab) holdAppWasm(t testing.TB) (release func()) {
	t.Helper()
	var mu sync.Mutex
	var held []fetch.RequestID
	released := false
	chromedp.ListenTarget(tb.ctx, func(ev any) {
		if ev, ok := ev.(*fetch.EventRequestPaused); ok {
			mu.Lock()
			defer mu.Unlock()
			if released {
				go chromedp.Run(tb.ctx, fetch.ContinueRequest(ev.RequestID))
				return
			}
			held = append(held, ev.RequestID)
		}
	})
	tb.run(t, fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*/web/app.wasm*"}}))
	return func() {
		mu.Lock()
		defer mu.Unlock()
		released = true
		for _, id := range held {
			tb.run(t, fetch.ContinueRequest(id))
		}
	}
}

// pointAt scrolls the element matching selector to the middle of the
// screen and returns a point dx, dy in from its top left corner (dx < 0: its
// middle).
func (tb *tab) pointAt(t testing.TB, selector string, dx, dy float64) (x, y float64) {
	t.Helper()
	var p struct{ X, Y float64 }
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`(() => { const e = document.querySelector(%q);
		e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect();
		return %f < 0 ? {X: r.left + r.width / 2, Y: r.top + r.height / 2} : {X: r.left + %f, Y: r.top + %f}; })()`,
		selector, dx, dx, dy), &p))
	return p.X, p.Y
}

// tapAt taps the middle of the element matching selector with a real
// pointer and returns what the tap reached: the href of the link under the
// finger, and whether anything on the page cancelled it.
func (tb *tab) tapAt(t testing.TB, selector string) (href string, cancelled bool) {
	t.Helper()
	x, y := tb.pointAt(t, selector, -1, -1)
	tb.js(t, `window.__tap = null;
		document.addEventListener("click", ev => { const a = ev.target.closest("a");
			window.__tap = {href: a ? a.href : "", cancelled: ev.defaultPrevented}; ev.preventDefault(); }, {once: true})`)
	tb.run(t, chromedp.MouseClickXY(x, y))
	var tap struct {
		Href      string
		Cancelled bool
	}
	tb.waitJS(t, `window.__tap !== null`, "the tap on "+selector)
	tb.run(t, chromedp.Evaluate(`window.__tap`, &tap))
	return tap.Href, tap.Cancelled
}

// typeAt taps into the field matching selector and types text as a
// keyboard would.
func (tb *tab) typeAt(t testing.TB, selector, text string) {
	t.Helper()
	x, y := tb.pointAt(t, selector, 20, 10)
	tb.run(t, chromedp.MouseClickXY(x, y), input.InsertText(text))
}

// waitAsync polls expr, which gives a promise, until it resolves to true.
func (tb *tab) waitAsync(t testing.TB, expr, what string) {
	t.Helper()
	deadline := time.Now().Add(45 * time.Second)
	for {
		var ok bool
		if err := chromedp.Run(tb.ctx, chromedp.Evaluate(expr, &ok, awaitPromise)); err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// viewShot saves what the phone's screen shows now as screenshots/name.png.
func (tb *tab) viewShot(t testing.TB, name string) {
	t.Helper()
	var png []byte
	tb.run(t, chromedp.CaptureScreenshot(&png))
	require.NoError(t, os.MkdirAll("screenshots", 0o755))
	require.NoError(t, os.WriteFile(filepath.Join("screenshots", name+".png"), png, 0o644))
}

// prerendered waits for the page's own HTML with heading, the app not yet
// running (go-app's loader still there).
func (tb *tab) prerendered(t testing.TB, path, heading string) {
	t.Helper()
	tb.run(t, chromedp.Navigate(tb.origin+path))
	tb.waitJS(t, fmt.Sprintf(`!!document.getElementById("app-wasm-loader") && document.querySelector("h1") && document.querySelector("h1").textContent === %q`, heading),
		path+" as prerendered HTML")
}

// checkPageHTML checks the page as its HTML shows it: go-app
// writes each node on its own line, so a text beside a link gains a space
// ("( 999", "links .") unless the wording leaves room for one; and each
// control has its label.
func (tb *tab) checkPageHTML(t testing.TB) {
	t.Helper()
	var stray []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelector("main").innerText.matchAll(/.{0,24}(\( | [,.;:!?)])/g)].map(m => m[0])`, &stray))
	assert.Empty(t, stray, "a space after an opening bracket or before punctuation")
	var unnamed []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("main input, main select, main textarea")]
		.filter(c => c.type !== "hidden" && (c.labels.length === 0 || !c.id))
		.concat([...document.querySelectorAll("main label[for]")].filter(l => !l.control))
		.map(e => e.outerHTML.slice(0, 80))`, &unnamed))
	assert.Empty(t, unnamed, "every control has its label in the page's HTML")
}

func TestNumbersAreTappableBeforeTheAppArrives(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.holdAppWasm(t) // never released: the app does not arrive

	tb.prerendered(t, "/", "What do you need?")
	tb.screenshot(t, "before-app-home")
	tb.checkPageHTML(t)
	href, cancelled := tb.tapAt(t, `a.job[href="/assistance"]`)
	assert.Equal(t, s.URL+"/assistance", href, "the home screen's links work")
	assert.False(t, cancelled)

	tb.prerendered(t, "/assistance", "Road assistance")
	tb.screenshot(t, "before-app-assistance")
	tb.checkPageHTML(t)
	tb.viewShot(t, "before-app-assistance-top")
	assert.Contains(t, tb.text(t, "#app-wasm-loader"), "Getting ready for offline use", "the loader is a strip saying what it does")
	var strip struct{ Height, Bottom float64 }
	tb.run(t, chromedp.Evaluate(`(() => { const r = document.getElementById("app-wasm-loader").getBoundingClientRect();
		return {Height: r.height, Bottom: r.bottom}; })()`, &strip))
	assert.Less(t, strip.Height, 60.0, "the loader is a thin strip")
	var calls []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".calls a")].map(a => a.getAttribute("href"))`, &calls))
	require.Len(t, calls, 4, "every number to ring is in the page's HTML")
	for i, call := range calls {
		href, cancelled := tb.tapAt(t, fmt.Sprintf(".calls li:nth-child(%d) a", i+1))
		assert.Equal(t, call, href, "a tap on the number reaches its tel: link, nothing covers it")
		assert.False(t, cancelled, "nothing stops the call")
	}
	assert.Contains(t, tb.text(t, "#card"), "Description of vehicle fault", "what to have ready is readable")
	tb.run(t, chromedp.Click("#where-countries summary", chromedp.ByQuery))
	tb.waitText(t, "#where-countries", "Germany")
	assert.Contains(t, tb.text(t, "#where-countries"), "Andorra", "the countries covered open and read")
	tb.js(t, `document.getElementById("where-countries").scrollIntoView()`)
	tb.viewShot(t, "before-app-countries")
	var waiting []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("input, textarea, select, button")]
		.filter(e => !e.disabled).map(e => e.outerHTML.slice(0, 80))`, &waiting))
	assert.Empty(t, waiting, "every control the app runs waits for it")
	var says string
	tb.run(t, chromedp.Evaluate(`getComputedStyle(document.getElementById("locate"), "::after").content`, &says))
	assert.Contains(t, says, "one moment")

	tb.prerendered(t, "/contacts", "Contacts and documents")
	tb.screenshot(t, "before-app-contacts")
	tb.checkPageHTML(t)
	var tels []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("main a[href^='tel:']")].map(a => a.getAttribute("href"))`, &tels))
	assert.GreaterOrEqual(t, len(tels), 6, "every number on the contacts screen")
	href, cancelled = tb.tapAt(t, "main a[href^='tel:']")
	assert.Equal(t, tels[0], href)
	assert.False(t, cancelled)
	assert.Contains(t, tb.text(t, "main"), "Milton Keynes", "the addresses are readable")
	assert.Contains(t, tb.text(t, "main"), "Financial Ombudsman Service", "the complaint route is readable")
}

func TestNothingTypedBeforeTakeoverIsLost(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	release := tb.holdAppWasm(t)
	tb.prerendered(t, "/assistance", "Road assistance")

	// A driver taps the fault field and types before the app is running:
	// the field takes nothing, so there is nothing the app could drop.
	tb.typeAt(t, "#card-fault", "Flat tyre")
	var early string
	tb.run(t, chromedp.Evaluate(`document.getElementById("card-fault").value`, &early))
	assert.Empty(t, early, "a field the app would replace takes no typing")

	release()
	tb.waitApp(t, "Road assistance")
	tb.typeAt(t, "#card-fault", "Flat tyre")
	tb.waitJS(t, `document.getElementById("card-fault").value === "Flat tyre"`, "the fault field to take typing")
	tb.screenshot(t, "after-app-assistance")
	tb.run(t, chromedp.Reload())
	tb.waitApp(t, "Road assistance")
	tb.waitJS(t, `document.getElementById("card-fault").value === "Flat tyre"`, "what was typed to be kept")
}

func TestOfflineDownloadsWaitForTheApp(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	release := tb.holdAppWasm(t)
	tb.prerendered(t, "/contacts", "Contacts and documents")
	tb.waitAsync(t, `navigator.serviceWorker.getRegistration().then(r => !!r)`, "the service worker to be registered")
	time.Sleep(2 * time.Second) // time enough for an install that did not wait
	var cached []string
	tb.run(t, chromedp.Evaluate(`(async () => { const out = [];
		for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) out.push(r.url);
		return out; })()`, &cached, awaitPromise))
	assert.Empty(t, cached, "nothing is downloaded for offline use while app.wasm is on its way")

	release()
	tb.waitApp(t, "Contacts and documents")
	tb.waitOfflineReady(t)
	tb.waitAsync(t, `caches.match("/web/worker.wasm").then(r => !!r)`, "the worker's wasm to be stored for offline use")
	requireClean(t, tb)
}
