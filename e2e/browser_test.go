//go:build e2e

// Package e2e drives the built static site (dist/, from `make static`) in
// headless Chromium, as a driver's phone would load it from a CDN.
package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// distDir is the static site under test.
const distDir = "../dist"

// phoneWidth is the narrowest screen the app is designed for.
const phoneWidth, phoneHeight = 360, 740

var allocCtx context.Context

func TestMain(m *testing.M) {
	if _, err := os.Stat(filepath.Join(distDir, "web", "app.wasm")); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: dist/ is not built: run the suite with `make e2e` (it runs `make static` first)")
		os.Exit(1)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(phoneWidth, phoneHeight),
	)
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		opts = append(opts, chromedp.ExecPath("/usr/bin/chromium"))
	}
	ctx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	allocCtx = ctx
	code := m.Run()
	cancel()
	os.Exit(code)
}

// site serves dist/ like a static host: a file, else the same path with
// .html, else 404.html with status 404. It sends no headers of its own, so
// the page's own CSP meta tag is what the browser enforces.
type site struct {
	URL  string
	srv  *http.Server
	once sync.Once
}

func serveSite(t testing.TB) *site { return serveDir(t, distDir, "") }

// serveDir serves dir; cacheControl, when set, is sent with every file, as a
// host that lets browsers keep files would.
func serveDir(t testing.TB, dir, cacheControl string) *site {
	t.Helper()
	files := http.FileServer(http.Dir(dir))
	return startSite(t, func(w http.ResponseWriter, r *http.Request) {
		if cacheControl != "" {
			w.Header().Set("Cache-Control", cacheControl)
		}
		p := filepath.Join(dir, filepath.FromSlash(r.URL.Path))
		if st, err := os.Stat(p); err == nil && !st.IsDir() || r.URL.Path == "/" {
			files.ServeHTTP(w, r)
			return
		}
		if _, err := os.Stat(p + ".html"); err == nil {
			http.ServeFile(w, r, p+".html")
			return
		}
		b, _ := os.ReadFile(filepath.Join(dir, "404.html"))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		w.Write(b)
	})
}

// startSite serves h on a loopback port until the test ends.
func startSite(t testing.TB, h http.HandlerFunc) *site {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	s := &site{URL: "http://" + ln.Addr().String(), srv: &http.Server{Handler: h}}
	go s.srv.Serve(ln)
	t.Cleanup(s.Stop)
	return s
}

// Stop takes the site off the network, as when the phone loses signal.
func (s *site) Stop() {
	s.once.Do(func() { s.srv.Close() })
}

// tab is one browser tab with everything it reported.
type tab struct {
	ctx    context.Context
	origin string

	mu       sync.Mutex
	problems []string // console errors, exceptions, CSP violations
	foreign  []string // requests to another origin
}

// newTab opens a tab in a fresh browser profile for the site at origin.
func newTab(t testing.TB, origin string) *tab { return newTabFor(t, origin, 90*time.Second) }

// newTabFor is newTab for a test that may take up to limit.
func newTabFor(t testing.TB, origin string, limit time.Duration) *tab {
	t.Helper()
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(browserCtx, limit)
	t.Cleanup(func() { cancelTimeout(); cancelBrowser() })
	tb := &tab{ctx: ctx, origin: origin}
	chromedp.ListenTarget(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			text := strings.Join(parts, " ")
			switch {
			case ev.Type == runtime.APITypeError:
				tb.problems = append(tb.problems, "console.error: "+text)
			case strings.Contains(text, "panic:") || strings.Contains(text, "fatal error:"):
				// The Go runtime writes a panic it could not stop with console.log.
				tb.problems = append(tb.problems, "console: "+text)
			}
		case *runtime.EventExceptionThrown:
			tb.problems = append(tb.problems, "exception: "+ev.ExceptionDetails.Error())
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError {
				tb.problems = append(tb.problems, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
			}
		case *network.EventRequestWillBeSent:
			u := ev.Request.URL
			if !strings.HasPrefix(u, origin) && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
				tb.foreign = append(tb.foreign, u)
			}
		}
	})
	require.NoError(t, chromedp.Run(ctx, log.Enable(), network.Enable(), runtime.Enable(),
		emulation.SetDeviceMetricsOverride(phoneWidth, phoneHeight, 1, true)))
	return tb
}

func (tb *tab) run(t testing.TB, actions ...chromedp.Action) {
	t.Helper()
	require.NoError(t, chromedp.Run(tb.ctx, actions...))
}

// report returns what the tab has reported so far.
func (tb *tab) report() (problems, foreign []string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.problems...), append([]string(nil), tb.foreign...)
}

// open navigates to path and waits until the app has taken over from the
// loader and shows heading.
func (tb *tab) open(t testing.TB, path, heading string) {
	t.Helper()
	tb.run(t, chromedp.Navigate(tb.origin+path))
	tb.waitApp(t, heading)
}

// waitApp waits until the wasm app runs (the loader is gone) and the page's
// h1 reads heading.
func (tb *tab) waitApp(t testing.TB, heading string) {
	t.Helper()
	js := fmt.Sprintf(`!document.getElementById("app-wasm-loader") && document.querySelector("h1") && document.querySelector("h1").textContent === %q`, heading)
	tb.waitJS(t, js, "the app to show "+heading)
}

// waitJS polls expr until it is true.
func (tb *tab) waitJS(t testing.TB, expr, what string) {
	t.Helper()
	deadline := time.Now().Add(45 * time.Second)
	for {
		var ok bool
		err := chromedp.Run(tb.ctx, chromedp.Evaluate(expr, &ok))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			var html string
			chromedp.Run(tb.ctx, chromedp.Evaluate(`document.body ? document.body.innerText.slice(0, 600) : ""`, &html))
			p, _ := tb.report()
			t.Fatalf("timed out waiting for %s (last error %v); page text: %q; problems: %v", what, err, html, p)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitOfflineReady waits until the service worker controls the page and has
// cached the whole app.
func (tb *tab) waitOfflineReady(t testing.TB) {
	t.Helper()
	tb.run(t, chromedp.Evaluate(`window.__offlineReady = false;
		(async () => {
			const reg = await navigator.serviceWorker.ready;
			while (!navigator.serviceWorker.controller) { await new Promise(r => setTimeout(r, 50)); }
			// The app's cache fills while the page runs: look again until it holds the app.
			for (;;) {
				for (const key of (await caches.keys()).filter(k => k.startsWith("selfcheck-"))) {
					const cache = await caches.open(key);
					if (await cache.match("/web/app.wasm") && await cache.match("/")) {
						window.__offlineReady = true;
						return;
					}
				}
				await new Promise(r => setTimeout(r, 100));
			}
		})()`, nil))
	tb.waitJS(t, `window.__offlineReady === true`, "the service worker to cache the app")
}

// requireClean fails on any console error, exception, CSP violation or
// request to another origin, except problems containing one of allowed.
func requireClean(t testing.TB, tb *tab, allowed ...string) {
	t.Helper()
	all, foreign := tb.report()
	var problems []string
	for _, p := range all {
		if !containsAny(p, allowed) {
			problems = append(problems, p)
		}
	}
	require.Empty(t, problems, "console errors, exceptions or CSP violations")
	require.Empty(t, foreign, "requests to another origin")
}

// awaitPromise makes Evaluate wait for the promise the expression returns.
func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// screenshot saves the whole page as e2e/screenshots/name.png for a person
// to look at; the directory is not committed.
func (tb *tab) screenshot(t testing.TB, name string) {
	t.Helper()
	var png []byte
	tb.run(t, chromedp.FullScreenshot(&png, 100))
	require.NoError(t, os.MkdirAll("screenshots", 0o755))
	require.NoError(t, os.WriteFile(filepath.Join("screenshots", name+".png"), png, 0o644))
}

// axeViolation is one failed rule of an axe-core audit.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []string `json:"target"`
	} `json:"nodes"`
}

// requireAccessible audits the page with axe-core (installed from npm by
// the Makefile) and fails on any serious or critical violation.
func (tb *tab) requireAccessible(t testing.TB, what string) {
	t.Helper()
	axe, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	require.NoError(t, err, "axe-core is missing: run `make e2e`, which installs it with npm")
	var violations []axeViolation
	tb.run(t,
		chromedp.Evaluate(string(axe), nil),
		chromedp.Evaluate(`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`, &violations, awaitPromise),
	)
	var serious []string
	for _, v := range violations {
		if v.Impact == "serious" || v.Impact == "critical" {
			var targets []string
			for _, n := range v.Nodes {
				targets = append(targets, strings.Join(n.Target, " "))
			}
			serious = append(serious, fmt.Sprintf("%s (%s): %s at %v", v.ID, v.Impact, v.Help, targets))
		}
	}
	require.Empty(t, serious, "accessibility of %s", what)
}

// darkMode switches the tab's prefers-color-scheme.
func (tb *tab) darkMode(t testing.TB, on bool) {
	t.Helper()
	scheme := "light"
	if on {
		scheme = "dark"
	}
	tb.run(t, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}))
}

// storageDump returns everything the origin keeps in localStorage,
// sessionStorage, IndexedDB (database names) and Cache Storage (request
// URLs and response bodies other than the app's own files), as one text to
// search for a customer's data.
func (tb *tab) storageDump(t testing.TB) string {
	t.Helper()
	var dump string
	tb.run(t, chromedp.Evaluate(`(async () => {
		const out = [];
		for (const area of [localStorage, sessionStorage]) {
			for (let i = 0; i < area.length; i++) out.push(area.key(i) + "=" + area.getItem(area.key(i)));
		}
		if (indexedDB.databases) for (const db of await indexedDB.databases()) out.push("indexedDB:" + db.name);
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const req of await cache.keys()) {
				out.push("cache:" + req.url);
				if (!req.url.endsWith(".wasm")) out.push(await (await cache.match(req)).text());
			}
		}
		return out.join("\n");
	})()`, &dump, awaitPromise))
	return dump
}

// typeInto types text into the input with id as a driver would: the value
// changes and the page hears an input event.
func (tb *tab) typeInto(t testing.TB, id, text string) {
	t.Helper()
	tb.waitJS(t, fmt.Sprintf(`!!document.getElementById(%q)`, id), "#"+id)
	tb.js(t, fmt.Sprintf(`(() => { const e = document.getElementById(%q);
		e.focus(); e.value = %q; e.dispatchEvent(new Event("input", {bubbles: true})); })()`, id, text))
}

// pick chooses value in the drop-down list with id.
func (tb *tab) pick(t testing.TB, id, value string) {
	t.Helper()
	tb.js(t, fmt.Sprintf(`(() => { const e = document.getElementById(%q);
		e.value = %q; e.dispatchEvent(new Event("change", {bubbles: true})); })()`, id, value))
}

// click clicks the first element matching selector whose text contains text.
func (tb *tab) click(t testing.TB, selector, text string) {
	t.Helper()
	tb.waitJS(t, fmt.Sprintf(`[...document.querySelectorAll(%q)].some(e => e.textContent.includes(%q))`, selector, text),
		fmt.Sprintf("%s %q", selector, text))
	tb.js(t, fmt.Sprintf(`[...document.querySelectorAll(%q)].find(e => e.textContent.includes(%q)).click()`, selector, text))
}

func (tb *tab) js(t testing.TB, expr string) {
	t.Helper()
	tb.run(t, chromedp.Evaluate(expr, nil))
}

func (tb *tab) text(t testing.TB, selector string) string {
	t.Helper()
	var s string
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`[...document.querySelectorAll(%q)].map(e => e.innerText).join("\n")`, selector), &s))
	return s
}

// waitText waits until the element matching selector contains text.
func (tb *tab) waitText(t testing.TB, selector, text string) {
	t.Helper()
	tb.waitJS(t, fmt.Sprintf(`[...document.querySelectorAll(%q)].some(e => e.innerText.includes(%q))`, selector, text),
		fmt.Sprintf("%s to read %q", selector, text))
}

// openStep goes to a step of the check by its link, as a tap would.
func (tb *tab) openStep(t testing.TB, step, heading string) {
	t.Helper()
	tb.js(t, fmt.Sprintf(`(() => { const a = document.createElement("a"); a.href = "/check?step=%s";
		document.querySelector("main").appendChild(a); a.click(); a.remove(); })()`, step))
	tb.waitText(t, "#step-heading", heading)
}

func (tb *tab) requireNoSidewaysScroll(t testing.TB, what string) {
	t.Helper()
	var overflow bool
	tb.run(t, chromedp.Evaluate(`document.documentElement.scrollWidth > document.documentElement.clientWidth`, &overflow))
	assert.False(t, overflow, "%s scrolls sideways", what)
}

// clickID clicks the element with the id, wherever it is on the page.
func (tb *tab) clickID(t testing.TB, id string) {
	t.Helper()
	tb.waitJS(t, fmt.Sprintf(`!!document.getElementById(%q)`, id), "#"+id)
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`document.getElementById(%q).click()`, id), nil))
}

// requireHandheld checks a screen for a phone in one hand: controls at least
// 44 px each way (links inside a sentence aside, as WCAG 2.5.8 allows; a
// file input is measured by the button-like label it fills) and text at
// least 16 px.
func (tb *tab) requireHandheld(t testing.TB, what string) {
	t.Helper()
	var small, tiny []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("a, button, input, select, textarea, summary, label.button")]
		.filter(e => e.offsetParent !== null && !e.classList.contains("skip"))
		.filter(e => !(e.type === "file" && e.closest("label.button")))
		.filter(e => !(e.tagName === "A" && getComputedStyle(e).display === "inline"))
		.filter(e => !((e.type === "checkbox" || e.type === "radio") && e.closest("label")))
		.filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
		.map(e => e.outerHTML.slice(0, 100))`, &small))
	assert.Empty(t, small, "%s: touch targets under 44 px", what)
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("body *")]
		.filter(e => e.offsetParent !== null && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
		.filter(e => parseFloat(getComputedStyle(e).fontSize) < 16)
		.map(e => e.tagName + "." + e.className + ": " + e.textContent.slice(0, 40))`, &tiny))
	assert.Empty(t, tiny, "%s: text smaller than 16 px", what)
}
