//go:build e2e

package e2e

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// screens are the routes with the heading each one shows.
var screens = []struct{ path, heading string }{
	{"/", "What do you need?"},
	{"/check", "Return check"},
	{"/assistance", "Road assistance"},
	{"/contacts", "Contacts and documents"},
	{"/kiosk?retailer=smart+Leeds&phone=0113+496+0000", "Welcome from smart Leeds"},
	{"/retailers", "For smart Retailers"},
}

func TestEveryScreenLoadsCleanUnderTheCSP(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	for _, sc := range screens {
		tb.open(t, sc.path, sc.heading)
		tb.screenshot(t, "shell"+strings.ReplaceAll(sc.path, "/", "-"))
		tb.requireNoSidewaysScroll(t, sc.path)
		tb.requireHandheld(t, sc.path)
	}
	var cspMeta string
	tb.run(t, chromedp.Evaluate(`document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`, &cspMeta))
	assert.Contains(t, cspMeta, "default-src 'self'")
	requireClean(t, tb)
}

func TestHomeOffersTheThreeJobs(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/", "What do you need?")
	var links []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("a.job")].map(a => a.getAttribute("href"))`, &links))
	assert.Equal(t, []string{"/check", "/assistance", "/contacts"}, links)

	tb.requireHandheld(t, "/")
	requireClean(t, tb)
}

func TestShellIsAccessibleInLightAndDark(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	for _, dark := range []bool{false, true} {
		tb.darkMode(t, dark)
		for _, sc := range screens {
			tb.open(t, sc.path, sc.heading)
			tb.requireAccessible(t, sc.path)
		}
	}
	tb.screenshot(t, "shell-home-dark")
}

func TestUnknownPathShowsNotFound(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/no/such/page", "Page not found")
	// The host answers 404 with the app shell, as a CDN does.
	requireClean(t, tb, "status of 404 (Not Found) "+s.URL+"/no/such/page")
}

func TestWorksOfflineAfterOneVisit(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/", "What do you need?")
	tb.waitOfflineReady(t)
	s.Stop()

	_, err := http.Get(s.URL)
	require.Error(t, err, "the server should be unreachable now")

	tb.run(t, chromedp.Reload())
	tb.waitApp(t, "What do you need?")
	for _, sc := range screens {
		tb.open(t, sc.path, sc.heading)
	}
	tb.open(t, "/?utm_source=x", "What do you need?")
	tb.open(t, "/check?utm_campaign=spring&ref=card", "Return check")
	tb.open(t, "/somewhere/else?x=1", "Page not found")
}
