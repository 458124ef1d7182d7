//go:build e2e

package e2e

import (
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// The random walk: a driver who taps, picks and types anything, goes back
// and forward, reloads and loses signal, on every screen. It is seeded, so a
// failure replays: `make fuzz-ui SEED=… STEPS=…` (WALK_SEED, WALK_STEPS).
// After every step the page must have reported no error or panic, must
// still answer, and what it stored must still read as a self-check file.
func TestRandomWalk(t *testing.T) {
	// Seed 4 walked into the Add freeze of issue 11 in 14 steps on the old code.
	seeds, steps := []uint64{1, 2, 4}, 300
	if s := os.Getenv("WALK_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		require.NoError(t, err, "WALK_SEED")
		seeds = []uint64{n}
	}
	if s := os.Getenv("WALK_STEPS"); s != "" {
		n, err := strconv.Atoi(s)
		require.NoError(t, err, "WALK_STEPS")
		steps = n
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			start := time.Now()
			walk(t, seed, steps)
			t.Logf("seed %d: %d steps in %v", seed, steps, time.Since(start).Round(time.Millisecond))
		})
	}
}

// Places a walk goes to by address, as from a link or a bookmark.
var walkPlaces = []string{
	"/", "/check", "/check?step=car", "/check?step=body", "/check?step=hand-back", "/check?step=summary",
	"/assistance", "/contacts", "/retailers", "/no-such-page",
	"/kiosk?retailer=smart+Centre+Leeds&phone=0113+496+0000",
	"/kiosk?retailer=smart+Showroom&phone=0113+496+0000&email=sales%40showroom.example&mode=shared",
	"/kiosk?retailer=%3Cb%3Ex%3C%2Fb%3E&phone=call+us",
}

// walkText is what gets typed: valid, invalid and hostile.
var walkText = []string{
	"", "10", "2.5", "0", "1O", "-3", "99999", "1e309", "2019-03-14", "2026-02-30", "14/03/2019",
	"Left door", "smart fortwo coupé", "AB19 CDE", "+44 7700 900123", "Deutschland", "AT", "fr",
	"<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`, "'; DROP TABLE checks; --",
	"ك‎ שלום 🚗", "\u202e\u0000\t", strings.Repeat("a", 5000), "  smart ",
}

// walker is one walk's tab and what it did.
type walker struct {
	t       testing.TB
	tb      *tab
	rng     *rand.Rand
	seed    uint64
	steps   []string
	offline *atomic.Bool
	ready   bool // the service worker holds the app, so losing signal is fair
}

func walk(t testing.TB, seed uint64, steps int) {
	s := serveSite(t)
	// The phone's signal: off makes every request fail as with no network.
	var offline atomic.Bool
	target, _ := url.Parse(s.URL)
	proxy := httputil.NewSingleHostReverseProxy(target)
	front := serveHandler(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if offline.Load() {
			if c, _, err := w.(http.Hijacker).Hijack(); err == nil {
				c.Close()
			}
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	w := &walker{t: t, tb: newTabFor(t, front, 30*time.Second+time.Duration(steps)*500*time.Millisecond), rng: rand.New(rand.NewPCG(seed, 11)), seed: seed, offline: &offline}

	// Odd seeds start from a fresh profile, even ones from a saved check.
	w.tb.open(t, "/", "What do you need?")
	if seed%2 == 0 {
		w.tb.js(t, fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, sampleCheck))
		w.log("start from a saved check")
	} else {
		w.log("start from a fresh profile")
	}
	first := walkPlaces[w.rng.IntN(len(walkPlaces))]
	w.log("open %s", first)
	w.tb.run(t, chromedp.Navigate(front+first))
	for i := 0; i < steps; i++ {
		w.step()
		w.check()
	}
}

func (w *walker) log(format string, args ...any) {
	w.steps = append(w.steps, fmt.Sprintf("%3d. ", len(w.steps))+fmt.Sprintf(format, args...))
}

// fail stops the walk with how to replay it.
func (w *walker) fail(format string, args ...any) {
	w.t.Helper()
	last := w.steps
	if len(last) > 40 {
		last = last[len(last)-40:]
	}
	w.t.Fatalf("random walk, seed %d, step %d: %s\nlast steps:\n%s\nreplay: make fuzz-ui SEED=%d STEPS=%d",
		w.seed, len(w.steps)-1, fmt.Sprintf(format, args...), strings.Join(last, "\n"), w.seed, len(w.steps))
}

// eval evaluates expr; one cut short by the page going away (back,
// reload) runs again on the page that came.
func (w *walker) eval(expr string, out any) {
	w.t.Helper()
	for try := 0; ; try++ {
		err := chromedp.Run(w.tb.ctx, chromedp.Evaluate(expr, out))
		if err == nil {
			return
		}
		if try == 3 || !containsAny(err.Error(), []string{"navigated or closed", "context was destroyed", "Cannot find context"}) {
			w.fail("%v", err)
		}
		w.settle()
	}
}

// candidates is the JavaScript listing what a driver could use now.
const candidates = `(kind) => {
	const shown = e => e.getClientRects().length > 0 && !e.closest("[inert]");
	const q = {
		tap: "a[href], button, summary, input[type=checkbox], input[type=radio]",
		press: "button, a.button[href], input[type=checkbox], input[type=radio]",
		pick: "select",
		type: "input:not([type]), input[type=text], input[type=tel], input[type=email], input[type=date], input[type=number], input[type=search], textarea",
	}[kind];
	return [...document.querySelectorAll(q)].filter(shown).filter(e => {
		const href = e.getAttribute("href") || "";
		if (e.tagName === "A" && (/^(tel|mailto):/.test(href) || e.hasAttribute("download") || (e.href && new URL(e.href).origin !== location.origin))) return false;
		if (e.tagName === "BUTTON" && /Print/.test(e.textContent)) return false;
		return kind === "tap" || kind === "press" || !e.disabled;
	});
}`

// describe names an element in the steps: its tag, id and text.
const describe = `(e) => (e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + " " + (e.textContent || e.value || "").trim().replace(/\s+/g, " ").slice(0, 50))`

func (w *walker) step() {
	w.t.Helper()
	r := w.rng.IntN(100)
	switch {
	case r < 50:
		w.tap()
	case r < 62:
		w.pick()
	case r < 80:
		w.typeText()
	case r < 85:
		// Only within the app: back past its first page is another site.
		w.log("back")
		w.eval(`navigation.canGoBack && history.back()`, nil)
	case r < 88:
		w.log("forward")
		w.eval(`navigation.canGoForward && history.forward()`, nil)
	case r < 90:
		w.log("reload")
		w.reload()
	case r < 93:
		w.signal()
	default:
		to := walkPlaces[w.rng.IntN(len(walkPlaces))]
		w.log("follow a link to %s", to)
		w.eval(fmt.Sprintf(`(() => { const a = document.createElement("a"); a.href = %q;
			(document.querySelector("main") || document.body).appendChild(a); a.click(); a.remove(); })()`, to), nil)
	}
}

// tap taps a visible button, link, summary or box, and expects the page to
// change, or the control to be disabled.
func (w *walker) tap() {
	w.t.Helper()
	// Mostly what drivers press, the buttons; else anything, links too.
	kind := "press"
	if w.rng.IntN(10) < 4 {
		kind = "tap"
	}
	i, ok := w.choose(kind, "nothing to tap")
	if !ok {
		return
	}
	var what string
	var disabled, summary bool
	w.eval(fmt.Sprintf(`(`+describe+`)((`+candidates+`)("`+kind+`")[%d])`, i), &what)
	w.eval(fmt.Sprintf(`(`+candidates+`)("`+kind+`")[%d].disabled === true`, i), &disabled)
	// An error summary's entries are links to their fields, as buttons: one
	// whose field already has the focus has nothing to show.
	w.eval(fmt.Sprintf(`!!(`+candidates+`)("`+kind+`")[%d].closest(".error-summary")`, i), &summary)
	w.log("tap %s", what)
	w.eval(watchChanges, nil)
	w.eval(fmt.Sprintf(`(`+candidates+`)("`+kind+`")[%d].click()`, i), nil)
	if disabled || summary || !strings.HasPrefix(what, "button") || containsAny(what, sameAnswer) {
		return // links may lead where the page already is
	}
	// A button always does something the driver can see.
	deadline := time.Now().Add(3 * time.Second)
	for {
		w.settle()
		var changed bool
		err := chromedp.Run(w.tb.ctx, chromedp.Evaluate(`window.__changed !== false`, &changed))
		if err != nil || changed {
			return // changed, or the page went away to reload
		}
		if time.Now().After(deadline) {
			w.fail("tapping %s changed nothing", what)
		}
	}
}

// sameAnswer are buttons whose answer can be the one already shown: asking
// for the position again when the browser refuses it at once, or for the
// take-away code already on screen.
var sameAnswer = []string{"Use my location", "Add my position", "button Update", "Take your answers"}

// watchChanges notes in window.__changed any change to the page from now on:
// one that comes and goes (a button busy for a moment) counts.
const watchChanges = `window.__changed = false;
	new MutationObserver(() => { window.__changed = true; }).observe(document.documentElement,
		{subtree: true, childList: true, attributes: true, characterData: true});`

// choose picks one of what candidates lists of kind; false when there is
// nothing.
func (w *walker) choose(kind, nothing string) (int, bool) {
	w.t.Helper()
	var n int
	w.eval(`(`+candidates+`)("`+kind+`").length`, &n)
	if n == 0 {
		w.log("%s", nothing)
		return 0, false
	}
	return w.rng.IntN(n), true
}

func (w *walker) pick() {
	w.t.Helper()
	i, ok := w.choose("pick", "nothing to pick")
	if !ok {
		return
	}
	var options int
	w.eval(fmt.Sprintf(`(`+candidates+`)("pick")[%d].options.length`, i), &options)
	o := w.rng.IntN(max(options, 1))
	var what string
	w.eval(fmt.Sprintf(`(() => { const e = (`+candidates+`)("pick")[%d]; e.selectedIndex = %d;
		e.dispatchEvent(new Event("change", {bubbles: true}));
		return e.id + " = " + (e.value || "(none)"); })()`, i, o), &what)
	w.log("pick %s", what)
}

func (w *walker) typeText() {
	w.t.Helper()
	i, ok := w.choose("type", "nothing to type into")
	if !ok {
		return
	}
	text := walkText[w.rng.IntN(len(walkText))]
	var what string
	w.eval(fmt.Sprintf(`(() => { const e = (`+candidates+`)("type")[%d]; e.focus(); e.value = %q;
		e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true}));
		return e.id; })()`, i, text), &what)
	shown := text
	if len(shown) > 30 {
		shown = shown[:30] + "…"
	}
	w.log("type %q into #%s", shown, what)
}

// reload reloads the page and waits for the app to take over again.
func (w *walker) reload() {
	w.t.Helper()
	if err := chromedp.Run(w.tb.ctx, chromedp.Reload()); err != nil {
		w.fail("reload: %v", err)
	}
}

// signal loses or finds the signal; it is lost only once the service worker
// holds the app, as a driver would have opened it once with signal.
func (w *walker) signal() {
	w.t.Helper()
	if !w.ready {
		w.log("wait until the app works offline")
		w.tb.waitOfflineReady(w.t)
		w.ready = true
		return
	}
	off := !w.offline.Load()
	w.log("signal %s", map[bool]string{true: "lost", false: "back"}[off])
	w.offline.Store(off)
	if err := chromedp.Run(w.tb.ctx, network.OverrideNetworkState(off, 0, -1, -1)); err != nil {
		w.fail("%v", err)
	}
}

// settle waits for the page to load and the app to render what it was told.
func (w *walker) settle() {
	w.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		var href string
		if chromedp.Run(w.tb.ctx, chromedp.Evaluate(`location.href`, &href)) == nil && !strings.HasPrefix(href, w.tb.origin) {
			// Back past the first page leaves the app: the driver opens it again.
			w.log("left the app for %s: open it again", href)
			chromedp.Run(w.tb.ctx, chromedp.Evaluate(`location.href = `+strconv.Quote(w.tb.origin+"/"), nil))
			time.Sleep(200 * time.Millisecond)
			continue
		}
		var ready bool
		err := chromedp.Run(w.tb.ctx, chromedp.Evaluate(`document.readyState === "complete" && !!document.body &&
			!document.getElementById("app-wasm-loader") && !!document.querySelector("h1, #failure")`, &ready))
		if err == nil && ready {
			break
		}
		if time.Now().After(deadline) {
			w.fail("the app does not answer: still loading after 15 s (last error %v)", err)
		}
		time.Sleep(30 * time.Millisecond)
	}
	chromedp.Run(w.tb.ctx, chromedp.Evaluate(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 20))))`, nil, awaitPromise))
}

// check is what must hold after every step.
func (w *walker) check() {
	w.t.Helper()
	w.settle()
	if p, _ := w.tb.report(); len(p) > 0 {
		w.fail("the page reported: %s", strings.Join(p, "\n"))
	}
	var failure bool
	w.eval(`!!document.getElementById("failure")`, &failure)
	if failure {
		w.fail("the app shows the failure screen")
	}
	var stored []string
	w.eval(`[localStorage.getItem("selfcheck.v1"), sessionStorage.getItem("selfcheck.v1")].filter(s => s !== null)`, &stored)
	for _, s := range stored {
		// A check being filled in may lack what is required, nothing else.
		f, problems := standards.Parse([]byte(s))
		for _, p := range problems {
			if f == nil || !strings.Contains(p.Error(), "required") {
				w.fail("the stored check no longer reads: %v\n%.300s", p, s)
			}
		}
	}
}

// serveHandler serves h on a local port for the test.
func serveHandler(t testing.TB, h http.Handler) string {
	t.Helper()
	srv := &http.Server{Handler: h}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

// BenchmarkRandomWalk times the random walk per step, so the seeds that
// make test runs stay affordable: each iteration is a 60-step walk.
func BenchmarkRandomWalk(b *testing.B) {
	start := time.Now()
	for i := 0; i < b.N; i++ {
		walk(b, uint64(i+1), 60)
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N*60), "ms/step")
}
