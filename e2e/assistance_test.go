//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// brokenDownCheck is a self-check file (format v1) as the return check keeps it.
const brokenDownCheck = `{"format":"smart-selfcheck","version":1,"vehicle":{"model":"smart fortwo coupé","powertrain":"petrol",` +
	`"registrationNumber":"AB19 CDE","firstRegistered":"2019-03-14","agreement":"contract-hire","agreementEnds":"2026-03-31",` +
	`"lastOfficialService":"2025-02-01","mileage":23000}}`

// sectionShots saves a screenshot of each section of the screen, as
// name-<section id>.png, small enough to look at one by one.
func (tb *tab) sectionShots(t testing.TB, name string) {
	t.Helper()
	var ids []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("section.part")].map(s => s.id)`, &ids))
	require.NoError(t, os.MkdirAll("screenshots", 0o755))
	for _, id := range ids {
		var png []byte
		tb.run(t, chromedp.Screenshot("#"+id, &png, chromedp.ByID))
		require.NoError(t, os.WriteFile(filepath.Join("screenshots", name+"-"+id+".png"), png, 0o644))
	}
}

func TestDriverAbroadWithNoSignal(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/assistance", "Road assistance")
	tb.waitOfflineReady(t)
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, brokenDownCheck), nil),
		browser.SetPermission(&browser.PermissionDescriptor{Name: "geolocation"}, browser.PermissionSettingGranted).WithOrigin(s.URL),
		emulation.SetGeolocationOverride().WithLatitude(48.137).WithLongitude(11.575).WithAccuracy(25))

	s.Stop() // broken down abroad: no signal from here on
	tb.open(t, "/assistance", "Road assistance")

	// Look a country up by its own name.
	tb.typeInto(t, "where-country", "Deutschland")
	tb.waitText(t, ".answer", "Germany is covered")
	var calls []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".calls a")].map(a => a.getAttribute("href"))`, &calls))
	require.NotEmpty(t, calls)
	assert.Equal(t, "tel:+442079757079", calls[0], "from Germany the international number comes first")
	assert.Contains(t, tb.text(t, ".call-first"), "0044 207 975 7079")
	assert.Equal(t, []string{"tel:+442079757079", "tel:+442079757077"}, calls, "000 from outside the UK, then the booklet's mobile number")

	tb.typeInto(t, "where-country", "Österreich")
	tb.waitText(t, ".answer", "Austria is covered")

	tb.typeInto(t, "where-country", "Réunion")
	tb.waitText(t, ".answer", "Road assistance does not apply in Réunion")
	assert.Contains(t, tb.text(t, ".answer"), "overseas territory of France")

	tb.typeInto(t, "where-country", "Atlantis")
	tb.waitText(t, ".answer", "We do not know the place")
	assert.NotContains(t, tb.text(t, ".answer"), "Not covered")
	assert.Contains(t, tb.text(t, "#where-country-countries"), "32 countries covered")

	// A city of a covered country, found offline in the worker's gazetteer.
	tb.typeInto(t, "where-country", "London")
	tb.waitText(t, ".answer", "London, Great Britain is covered")
	tb.waitText(t, ".call-first", "00800 2777 7777")
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".calls a")].map(a => a.getAttribute("href"))`, &calls))
	assert.Equal(t, []string{"tel:+80027777777", "tel:+442079757077"}, calls, "000 from within the UK, then 001's mobile fallback: never the Irish line")
	// A city's English name, though the gazetteer has it as Köln (GeoNames' alternate names).
	tb.typeInto(t, "where-country", "Cologne")
	tb.waitText(t, ".answer", "Cologne, Germany is covered")
	assert.Contains(t, tb.text(t, ".answer"), "Cologne is another name for Köln, a city in Germany", "the city's own name, to tell it is the one meant")
	assert.Contains(t, tb.text(t, ".answer .source"), "GeoNames", "the gazetteer's data is credited")
	tb.js(t, `document.getElementById("where").scrollIntoView()`)
	tb.viewShot(t, "assistance-cologne")
	tb.typeInto(t, "where-country", "Lond")
	tb.waitText(t, "#where-country-matches-label", "Nearest matches")
	tb.screenshot(t, "assistance-nearest")

	tb.typeInto(t, "where-country", "Ireland")
	tb.waitText(t, ".answer", "Ireland is covered")
	tb.waitText(t, ".call-first", "00353 16 058 449")
	var href string
	tb.run(t, chromedp.Evaluate(`document.querySelector(".call-first").getAttribute("href")`, &href))
	assert.Equal(t, "tel:+35316058449", href)

	// The call card: vehicle from the saved check, position from the GPS.
	var vehicle string
	tb.run(t, chromedp.Evaluate(`document.getElementById("card-vehicle").value`, &vehicle))
	assert.Equal(t, "smart fortwo coupé AB19 CDE", vehicle)
	assert.Equal(t, "14 March 2019", tb.text(t, "#card-first-registered"))

	tb.clickID(t, "locate")
	tb.waitText(t, "#guess", "looks like it is in Germany")
	tb.waitText(t, ".answer", "Germany is covered")
	assert.Equal(t, "48.13700° N, 11.57500° E", tb.text(t, "#position"))
	assert.Contains(t, tb.text(t, "#position-accuracy"), "about 25 metres")
	assert.Contains(t, tb.text(t, ".call-first"), "0044 207 975 7079")

	// A wrong guess is easy to correct: the countries nearby are offered.
	tb.typeInto(t, "where-country", "Austria")
	tb.waitText(t, ".answer", "Austria is covered")

	// What the driver types is kept on the device.
	tb.typeInto(t, "card-contact-telephone", "+44 77")
	tb.waitText(t, "#card-contact-telephone-problem", "too short")
	tb.typeInto(t, "card-contact-telephone", "+44 7700 900123")
	tb.typeInto(t, "card-fault", "Warning light, then the car stopped")

	// Am I covered: from the saved vehicle.
	tb.waitText(t, "#schemes", "smart road assistance")
	assert.Contains(t, tb.text(t, "#schemes"), "Renewed by the service on 1 February 2025")
	// A service last month renews it: the benefits get their dates.
	tb.typeInto(t, "cover-serviced", time.Now().AddDate(0, -1, 0).Format(time.DateOnly))
	tb.waitText(t, "#schemes", "working days)")

	tb.screenshot(t, "assistance")
	tb.sectionShots(t, "assistance")
	tb.open(t, "/assistance", "Road assistance")
	tb.waitJS(t, `!!document.getElementById("card-fault")`, "the call card")
	var kept []string
	tb.run(t, chromedp.Evaluate(`["where-country", "card-contact-telephone", "card-fault"].map(id => document.getElementById(id).value)`, &kept))
	assert.Equal(t, []string{"Austria", "+44 7700 900123", "Warning light, then the car stopped"}, kept)

	var overflow bool
	tb.run(t, chromedp.Evaluate(`document.documentElement.scrollWidth > document.documentElement.clientWidth`, &overflow))
	var wide []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + "." + e.className + "#" + e.id)`, &wide))
	assert.False(t, overflow, "scrolls sideways at %d px: %v", phoneWidth, wide)
	requireClean(t, tb)
}

func TestLocationRefusedSaysSo(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/assistance", "Road assistance")
	tb.run(t, browser.SetPermission(&browser.PermissionDescriptor{Name: "geolocation"}, browser.PermissionSettingDenied).WithOrigin(s.URL))
	tb.clickID(t, "locate")
	tb.waitText(t, "#locate-problem", "refused")
	assert.Contains(t, tb.text(t, "#card"), "Where the car is, in words")
	requireClean(t, tb)
}

func TestCoverTypedOnTheSpot(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/assistance", "Road assistance")
	tb.typeInto(t, "cover-registered", "2015-01-01")
	tb.waitText(t, "#schemes", "smart road assistance")
	assert.Contains(t, tb.text(t, "#schemes"), "Not active: ended on Sunday 31 December 2017")
	tb.typeInto(t, "cover-serviced", "2014-06-01")
	tb.waitText(t, "#cover-serviced-problem", "before the car was first registered")

	// lease&care: sale&care move and Battery Care Cover.
	tb.typeInto(t, "cover-serviced", "")
	tb.clickID(t, "cover-lease")
	tb.waitText(t, "#schemes", "sale&care move")
	tb.waitText(t, "#battery-due", "High voltage battery check")
	tb.typeInto(t, "cover-battery-check", "2015-06-01")
	tb.waitText(t, "#battery-due", "last done on 1 June 2015")
	// 001 Battery Care Cover: the mileage at the check counts, whichever comes first.
	tb.typeInto(t, "cover-miles", "30100")
	tb.typeInto(t, "cover-battery-check-miles", "30000")
	tb.waitText(t, "#battery-due", "last done on 1 June 2015 at 30,000 miles")
	// Benefits get dates only while the scheme covers the car: registered on
	// 1 April 2026, before the breakdown.
	tb.typeInto(t, "cover-registered", "2026-04-01")
	tb.clickID(t, "cover-nation-2") // Scotland
	tb.typeInto(t, "cover-start", "2026-04-03")
	tb.waitText(t, "#schemes", "up to Wednesday 8 April 2026 in Scotland")
	tb.screenshot(t, "assistance-battery")
	requireClean(t, tb)
}

func TestContactsComplaintDates(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/contacts", "Contacts and documents")
	tb.typeInto(t, "complaint-made", "2025-11-24")
	tb.waitText(t, "#complaint-dues", "By Thursday 27 November 2025 (three working days)")
	assert.Contains(t, tb.text(t, "#complaint-dues"), "By Monday 22 December 2025 (four weeks)")
	assert.Contains(t, tb.text(t, "#complaints"), "BVRLA")
	assert.Contains(t, tb.text(t, "#complaints"), "Financial Ombudsman Service")
	assert.Contains(t, tb.text(t, "#abroad"), "VE103")

	tb.typeInto(t, "abroad-country", "Sverige")
	tb.waitText(t, "#abroad .answer", "Covered in Sweden")
	tb.typeInto(t, "complaint-made", "2099-01-01") // dates past 2100 are refused anyway
	tb.waitText(t, "#complaint-made-problem", "after today")
	var numbers []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("#numbers a[href^='tel:']")].map(a => a.getAttribute("href"))`, &numbers))
	assert.Contains(t, numbers, "tel:+443708470700", "Customer Services")
	tb.screenshot(t, "contacts")
	tb.sectionShots(t, "contacts")
	requireClean(t, tb)
}

func TestAssistanceScreensAccessibleInLightAndDark(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/assistance", "Road assistance")
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, strings.ReplaceAll(brokenDownCheck, "contract-hire", "lease-and-care")), nil))
	for _, dark := range []bool{false, true} {
		tb.darkMode(t, dark)
		tb.open(t, "/assistance", "Road assistance")
		tb.typeInto(t, "where-country", "Guadeloupe")
		tb.waitText(t, ".answer", "Road assistance does not apply in Guadeloupe")
		tb.typeInto(t, "card-contact-telephone", "call me")
		tb.waitText(t, "#card-contact-telephone-problem", "cannot be dialled")
		tb.requireAccessible(t, "/assistance")
		tb.open(t, "/contacts", "Contacts and documents")
		tb.typeInto(t, "abroad-country", "fr")
		tb.requireAccessible(t, "/contacts")
		if dark {
			tb.screenshot(t, "contacts-dark")
			tb.open(t, "/assistance", "Road assistance")
			tb.screenshot(t, "assistance-dark")
		}
	}
	requireClean(t, tb)
}
