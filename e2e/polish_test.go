//go:build e2e

package e2e

import (
	"fmt"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEachPageHasItsOwnTitle(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	pages := []struct{ path, heading string }{
		{"/", "What do you need?"},
		{"/check", "Return check"},
		{"/assistance", "Road assistance"},
		{"/contacts", "Contacts and documents"},
		{"/retailers", "For smart Retailers"},
	}
	for _, p := range pages {
		want := p.heading + " – smart self-check"
		res, err := http.Get(s.URL + p.path)
		require.NoError(t, err)
		html, _ := io.ReadAll(res.Body)
		res.Body.Close()
		assert.Contains(t, string(html), "<title>"+want+"</title>", "the prerendered %s names itself", p.path)
		tb.open(t, p.path, p.heading)
		var title string
		tb.run(t, chromedp.Title(&title))
		assert.Equal(t, want, title, p.path)
	}
}

func TestNoFocusBoxOnTheHeadingWhenAPageOpens(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check?step=car", "Return check")
	tb.waitJS(t, `document.activeElement && document.activeElement.id === "step-heading"`, "the step's heading focused")
	var outline string
	tb.run(t, chromedp.Evaluate(`getComputedStyle(document.activeElement).outlineStyle`, &outline))
	assert.Equal(t, "none", outline, "a focused heading draws no box")
	tb.viewShot(t, "check-heading-no-focus-box")
}

func TestDeadlinesRingTheDVLAAndMarkWhatIsOverdue(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	// The car goes back in a month: the cherished plate's 10 to 12 weeks have passed.
	ends := time.Now().AddDate(0, 1, 0).Format(time.DateOnly)
	tb.js(t, fmt.Sprintf(`localStorage.setItem("selfcheck.v1", JSON.stringify({format: "smart-selfcheck", version: 1,
		vehicle: {powertrain: "petrol", firstRegistered: "2023-03-14", agreement: "contract-hire", agreementEnds: %q}}))`, ends))
	tb.open(t, "/check?step=summary", "Return check")
	tb.waitJS(t, `!!document.querySelector(".timeline")`, "the deadlines")
	tb.waitJS(t, `!!document.querySelector(".timeline a[href='tel:+443007906802']")`, "the DVLA's number as a tel: link")
	plate := tb.text(t, ".timeline-item:has(a[href='tel:+443007906802'])")
	assert.Contains(t, plate, "Overdue: By", "the plate's date has passed")
	assert.Contains(t, plate, "0300 790 6802")
	tb.js(t, `document.querySelector(".timeline-item:has(a[href='tel:+443007906802'])").scrollIntoView({block: "center"})`)
	tb.viewShot(t, "check-deadlines")
	requireClean(t, tb)
}

func TestContactsSaySourcesOnceAndLinkToRetailers(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/contacts", "Contacts and documents")
	var dups []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("li.stage, li.contact, details.agreement")].flatMap(box => {
		const said = [...box.querySelectorAll(".source")].map(s => s.textContent);
		return said.filter((s, i) => i > 0 && said[i - 1] === s); })`, &dups))
	assert.Empty(t, dups, "no box says the same source twice in a row")
	tb.typeInto(t, "complaint-made", "2025-01-06")
	tb.waitJS(t, `document.querySelectorAll("#complaint-dues .overdue").length > 0`, "overdue complaint dates marked")
	tb.js(t, `document.getElementById("complaints").scrollIntoView()`)
	tb.viewShot(t, "contacts-complaints-overdue")
	assert.Contains(t, tb.text(t, "#retailers"), "Make your links")
	var href string
	tb.run(t, chromedp.AttributeValue("#retailers-link", "href", &href, nil, chromedp.ByID))
	assert.Equal(t, "/retailers", href)
	tb.js(t, `document.getElementById("retailers").scrollIntoView()`)
	tb.viewShot(t, "contacts-for-retailers")
	requireClean(t, tb)
}
