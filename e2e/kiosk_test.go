//go:build e2e

package e2e

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
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

	hostile := kioskPath(url.Values{
		"retailer": {`<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`},
		"phone":    {strings.Repeat("9", 10000)},
		"email":    {`"><script>alert(1)</script>@x.example`},
	})
	tb.open(t, hostile, "Welcome")
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
	tb.requireAccessible(t, "/retailers")
	requireClean(t, tb)
}
