//go:build e2e

package e2e

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lapsedCheck is a saved check of a car whose smart road assistance, renewed
// by the service of 1 March 2023, ended on 29 February 2024.
const lapsedCheck = `{"format":"smart-selfcheck","version":1,"vehicle":{"model":"smart fortwo coupé","powertrain":"petrol",` +
	`"registrationNumber":"AB18 CDE","firstRegistered":"2018-03-01","lastOfficialService":"2023-03-01"}}`

// top is where the element matching selector starts on the page, in CSS pixels.
func (tb *tab) top(t testing.TB, selector string) float64 {
	t.Helper()
	var y float64
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).getBoundingClientRect().top + scrollY`, selector), &y))
	return y
}

func TestDriverAbroadGetsOneAnswerAndTheNumbersFirst(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/assistance", "Road assistance")
	tb.js(t, fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q);
		localStorage.setItem("selfcheck.retailer", JSON.stringify({name: "smart Centre Bristol", phone: "0117 496 0000"}))`, lapsedCheck))
	tb.open(t, "/assistance", "Road assistance")

	// Safety first: before anything else on the screen.
	var first string
	tb.run(t, chromedp.Evaluate(`document.querySelector("main h1").nextElementSibling.firstElementChild.id`, &first))
	assert.Equal(t, "safety", first, "the emergency line comes straight under the heading")
	assert.Contains(t, tb.text(t, "#safety"), "If anyone is hurt or in danger, call 112 (or 999 in the UK).")
	assert.Contains(t, tb.text(t, "#safety .source"), "European emergency number")
	var tels []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("#safety a")].map(a => a.getAttribute("href"))`, &tels))
	assert.Equal(t, []string{"tel:112", "tel:999"}, tels)

	// The answer, for the place and the car together, then the numbers.
	tb.typeInto(t, "where-country", "Deutschland")
	want := "Germany is covered, but your car's smart road assistance ended on 29 February 2024. Ring anyway: they decide."
	tb.waitText(t, "#verdict", want)
	assert.Contains(t, tb.attr(t, "#verdict", "class"), "answer-bad", "not green: the car is not covered")
	assert.Equal(t, 0, tb.count(t, ".answer-ok"), "no green tick anywhere for a car that is not covered")
	assert.Contains(t, tb.text(t, "#where .answer"), want, "beside the field, the same answer")
	tb.js(t, `scrollTo(0, 0)`)
	tb.viewShot(t, "abroad-first-screen")
	var firstCall struct{ Top, Bottom float64 }
	tb.run(t, chromedp.Evaluate(`(() => { const r = document.querySelector(".call-first").getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom}; })()`, &firstCall))
	assert.Less(t, firstCall.Bottom, float64(phoneHeight), "the number to ring is on the first screen at 360 px")
	assert.Less(t, tb.top(t, ".call-first"), tb.top(t, "nav.jump"), "the numbers come before the jump links")
	assert.Less(t, tb.top(t, ".call-first"), tb.top(t, "#where-country"), "and before the country field")
	assert.Contains(t, tb.text(t, ".call-first"), "0044 207 975 7079", "from Germany, the international number first")
	assert.NotContains(t, tb.text(t, ".calls"), "From within the UK", "abroad, no number is labelled for the UK")

	// Nothing contradicts it further down.
	benefits := tb.text(t, "#schemes .benefits")
	require.NotEmpty(t, benefits)
	assert.NotRegexp(t, regexp.MustCompile(`\d{1,2} [A-Z][a-z]+ 20\d\d`), benefits, "no benefit dates for a car that is not covered")
	assert.Contains(t, tb.text(t, "#schemes .notice-problem"), "each service renews smart road assistance")
	assert.NotContains(t, tb.text(t, "main"), "Use the numbers on the Assistance screen", "not on the Assistance screen itself")
	assert.NotContains(t, tb.text(t, "main"), "always use the numbers on the Assistance screen")
	tb.sectionShots(t, "abroad-lapsed")

	// A 2013 car has smartmove assistance, which no service renews.
	tb.typeInto(t, "cover-registered", "2013-05-01")
	tb.typeInto(t, "cover-serviced", "")
	tb.waitText(t, "#verdict", "your car's smartmove assistance ended on 30 April 2015")
	assert.NotContains(t, tb.text(t, "#schemes"), "each service renews", "smartmove is not renewed by servicing")
	assert.NotContains(t, tb.text(t, "#schemes"), "give that date")

	// Green only when both hold.
	tb.typeInto(t, "cover-registered", "2025-06-01")
	tb.typeInto(t, "cover-serviced", "2026-06-01")
	tb.waitText(t, "#verdict", "Germany is covered, and your car's smart road assistance runs until 31 May 2028.")
	assert.Contains(t, tb.attr(t, "#verdict", "class"), "answer-ok")
	tb.js(t, `scrollTo(0, 0)`)
	tb.viewShot(t, "abroad-covered-first-screen")
	requireClean(t, tb)
}

func TestDriverAbroadTypoGetsDidYouMean(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/assistance", "Road assistance")

	tb.typeInto(t, "where-country", "germny")
	tb.waitText(t, "#where-country-did-you-mean", "Did you mean Germany?")
	tb.waitJS(t, `!document.querySelector("#where .answer-slot").innerText.includes("Looking for")`, "the gazetteer's answer")
	assert.Equal(t, 0, tb.count(t, "#where .answer"), "a misspelling gets no verdict")
	assert.NotContains(t, tb.text(t, "main"), "Not covered in germny")
	assert.NotContains(t, tb.text(t, "main"), "We do not know")
	tb.js(t, `document.getElementById("where").scrollIntoView()`)
	tb.viewShot(t, "abroad-did-you-mean")
	tb.click(t, "#where-country-did-you-mean button", "Germany")
	tb.waitText(t, "#where .answer", "Germany is covered")
	assert.Equal(t, "Germany", tb.value(t, "where-country"))

	// An exact code wins, and nothing sits above it.
	tb.typeInto(t, "where-country", "UK")
	tb.waitText(t, "#where .answer", "Great Britain is covered")
	tb.waitText(t, "#where-country-suggestions-label", "Or did you mean")
	assert.Less(t, tb.top(t, "#where .answer"), tb.top(t, "#where-country-suggestions-label"), "the answer comes before any suggestion")
	assert.Contains(t, tb.text(t, "#where .suggestions"), "Ukraine")
	assert.Contains(t, tb.text(t, ".call-first"), "00800 2777 7777", "from the UK, the UK number first")
	tb.js(t, `document.getElementById("where").scrollIntoView()`)
	tb.viewShot(t, "abroad-uk-exact")
	requireClean(t, tb)
}

func (tb *tab) attr(t testing.TB, selector, name string) string {
	t.Helper()
	var s string
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).getAttribute(%q) || ""`, selector, name), &s))
	return s
}

func (tb *tab) count(t testing.TB, selector string) int {
	t.Helper()
	var n int
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll(%q).length`, selector), &n))
	return n
}

func (tb *tab) value(t testing.TB, id string) string {
	t.Helper()
	var s string
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`document.getElementById(%q).value`, id), &s))
	return s
}

func TestSafetyAndNumbersComeFirstBeforeTheAppArrives(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.holdAppWasm(t) // never released
	tb.prerendered(t, "/assistance", "Road assistance")
	var tels []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("main a[href^='tel:']")].slice(0, 3).map(a => a.getAttribute("href"))`, &tels))
	assert.Equal(t, []string{"tel:112", "tel:999", "tel:+80027777777"}, tels, "the emergency services, then road assistance, in the HTML")
	href, cancelled := tb.tapAt(t, "#safety a")
	assert.Equal(t, "tel:112", href)
	assert.False(t, cancelled)
	assert.Less(t, tb.top(t, ".call-first"), tb.top(t, "nav.jump"), "the numbers come before the jump links")
	tb.js(t, `scrollTo(0, 0)`)
	tb.viewShot(t, "before-app-assistance-first-screen")
}
