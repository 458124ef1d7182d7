//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// addFinding adds a finding of kind in the open area and returns its index.
func (tb *tab) addFinding(t testing.TB, area, kind string) int {
	t.Helper()
	var before int
	tb.run(t, chromedp.Evaluate(`document.querySelectorAll("li.finding").length`, &before))
	tb.tapAdd(t, area, kind)
	tb.waitJS(t, fmt.Sprintf(`document.querySelectorAll("li.finding").length === %d`, before+1), "the finding to be added")
	var id string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("li.finding")].pop().id`, &id))
	var i int
	_, err := fmt.Sscanf(id, "finding-%d", &i)
	require.NoError(t, err, id)
	return i
}

func TestCheckWalkRoundAsADriver(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.waitText(t, "#step-heading", "Your car")
	tb.waitOfflineReady(t)

	// The car: only powertrain and first registration are required.
	tb.typeInto(t, "vehicle-model", "smart fortwo coupé")
	tb.js(t, `document.getElementById("vehicle-powertrain-2").click()`) // Electric
	tb.typeInto(t, "vehicle-registrationNumber", "AB19 CDE")
	tb.typeInto(t, "vehicle-firstRegistered", "2019-03-14")
	tb.pick(t, "vehicle-agreement", "agility")
	tb.typeInto(t, "vehicle-agreementEnds", "2018-01-01")
	tb.waitText(t, "#vehicle-agreementEnds-problem", "Must not be before the car was first registered")
	tb.typeInto(t, "vehicle-agreementEnds", "2026-03-31")
	tb.waitJS(t, `!document.getElementById("vehicle-agreementEnds-problem")`, "the end date problem to go")
	tb.typeInto(t, "vehicle-mileage", "23k")
	tb.waitText(t, "#vehicle-mileage-problem", "Must be a number")
	effects := tb.text(t, ".check-effects")
	assert.Contains(t, effects, "up to 4 small dents are acceptable")
	assert.Contains(t, effects, "an MOT with six months left is needed")
	assert.Contains(t, effects, "charging cables are checked")
	tb.screenshot(t, "check-car")
	tb.requireNoSidewaysScroll(t, "the car")

	// Body and paint: two dents.
	tb.openStep(t, "body", "Body and paint")
	tb.waitText(t, ".wording", "less than 13mm")
	door := tb.addFinding(t, "body", "body.dent")
	first := fmt.Sprintf("finding-%d-first", door)
	tb.pick(t, first, "Left door")
	tb.waitText(t, "#finding-"+fmt.Sprint(door), "Left door is not a high-profile panel")
	tb.typeInto(t, fmt.Sprintf("finding-%d-sizeMm", door), "1O")
	tb.waitText(t, fmt.Sprintf("#finding-%d-sizeMm-problem", door), "Must be a number")
	var typed string
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`document.getElementById("finding-%d-sizeMm").value`, door), &typed))
	assert.Equal(t, "1O", typed, "a mistake never wipes what was typed")
	tb.typeInto(t, fmt.Sprintf("finding-%d-sizeMm", door), "10")
	tb.js(t, fmt.Sprintf(`document.getElementById("finding-%d-onSwageLineOrEdge-1").click()`, door)) // No
	tb.waitText(t, fmt.Sprintf("#finding-%d .verdict", door), "Acceptable")
	tb.screenshot(t, "check-area-dent")
	tb.requireNoSidewaysScroll(t, "an area with a finding open")

	bonnet := tb.addFinding(t, "body", "body.dent")
	tb.pick(t, fmt.Sprintf("finding-%d-first", bonnet), "Bonnet")
	tb.typeInto(t, fmt.Sprintf("finding-%d-sizeMm", bonnet), "8")
	tb.waitText(t, fmt.Sprintf("#finding-%d .verdict", bonnet), "Not acceptable")
	tb.waitText(t, fmt.Sprintf("#finding-%d .finding-reason", bonnet), "high-profile panel")

	// Glass: a 5 mm chip is borderline.
	tb.openStep(t, "glass", "Glass")
	chip := tb.addFinding(t, "glass", "glass.windscreen-chip")
	tb.typeInto(t, fmt.Sprintf("finding-%d-first", chip), "5")
	tb.waitText(t, fmt.Sprintf("#finding-%d .verdict", chip), "Borderline")

	// Wheels: a worn tyre.
	tb.openStep(t, "wheels", "Wheels and tyres")
	tyre := tb.addFinding(t, "wheels", "wheels.tyre")
	tb.pick(t, fmt.Sprintf("finding-%d-first", tyre), "front-left")
	tb.typeInto(t, fmt.Sprintf("finding-%d-treadMm", tyre), "1.2")
	tb.waitText(t, fmt.Sprintf("#finding-%d .verdict", tyre), "Not acceptable")
	tb.screenshot(t, "check-area-tyre")

	// Bumpers: nothing found.
	tb.openStep(t, "bumpers", "Bumpers and body mouldings")
	tb.click(t, "button", "Checked, nothing found")
	tb.waitText(t, "#step-heading", "Body and paint") // on to the next area

	// Hand back.
	tb.openStep(t, "hand-back", "Hand back")
	tb.js(t, `document.getElementById("item-v5c").click()`)
	tb.waitText(t, ".lead", "1 of 10 ready")
	tb.waitText(t, ".timeline", "cherished number plate")
	tb.screenshot(t, "check-hand-back")

	tb.openStep(t, "summary", "Summary")
	requireSummary(t, tb)
	tb.screenshot(t, "check-summary")
	tb.requireNoSidewaysScroll(t, "the summary")
	requireClean(t, tb)

	// Offline: the phone loses signal and the page is reloaded.
	s.Stop()
	tb.run(t, chromedp.Reload())
	tb.waitApp(t, "Return check")
	tb.openStep(t, "summary", "Summary")
	requireSummary(t, tb)
	tb.openStep(t, "car", "Your car")
	var mileage string
	tb.run(t, chromedp.Evaluate(`document.getElementById("vehicle-mileage").value`, &mileage))
	assert.Equal(t, "23k", mileage, "a value not yet valid survives a reload")
	tb.waitText(t, "#vehicle-mileage-problem", "Must be a number")
	var reg string
	tb.run(t, chromedp.Evaluate(`document.getElementById("vehicle-registrationNumber").value`, &reg))
	assert.Equal(t, "AB19 CDE", reg)
}

// requireSummary checks the summary of the walk round above.
func requireSummary(t *testing.T, tb *tab) {
	t.Helper()
	// Bumpers are checked; the bonnet dent, the chip and the tyre each lack
	// a fact their verdict needs, so body, glass and wheels are in progress.
	tb.waitText(t, ".summary-progress", "1 of 11 areas checked")
	counts := tb.text(t, ".counts")
	assert.Contains(t, counts, "2\n✗ not acceptable")
	assert.Contains(t, counts, "1\n? borderline")
	assert.Contains(t, counts, "1\n✓ acceptable")
	left := tb.text(t, ".areas-left")
	assert.Contains(t, left, "Interior")
	assert.Contains(t, left, "areas left to check")
	assert.NotContains(t, left, "Bumpers")
	assert.Contains(t, tb.text(t, ".check-steps"), "✗2 ?1")
}

// recordDownloads records files the page offers for download.
const recordDownloads = `window.__downloads = []; window.__blobs = {};
	const createObjectURL = URL.createObjectURL;
	URL.createObjectURL = b => { const u = createObjectURL(b); window.__blobs[u] = b; return u; };
	const click = HTMLAnchorElement.prototype.click;
	HTMLAnchorElement.prototype.click = function () {
		if (!this.download) { return click.call(this); }
		const name = this.download;
		window.__blobs[this.href].text().then(text => window.__downloads.push({name, text}));
	};`

type downloaded struct{ Name, Text string }

func (tb *tab) lastDownload(t testing.TB) downloaded {
	t.Helper()
	tb.waitJS(t, `window.__downloads && window.__downloads.length > 0`, "a download")
	var d downloaded
	tb.run(t, chromedp.Evaluate(`window.__downloads[window.__downloads.length - 1]`, &d))
	return d
}

// chooseFile gives the import input a file, as the file picker would.
func (tb *tab) chooseFile(t testing.TB, name, text string) {
	t.Helper()
	tb.js(t, fmt.Sprintf(`(() => { const dt = new DataTransfer();
		dt.items.add(new File([%q], %q, {type: "application/json"}));
		const e = document.getElementById("import"); e.files = dt.files;
		e.dispatchEvent(new Event("change", {bubbles: true})); })()`, text, name))
}

const sampleCheck = `{"format": "smart-selfcheck", "version": 1,
 "vehicle": {"model": "smart #1", "powertrain": "electric", "registrationNumber": "XY70 ABC", "firstRegistered": "2021-03-14"},
 "findings": [{"kind": "interior.burn", "location": "driver seat"}, {"kind": "glass.windscreen-chip", "sizeMm": 3, "inDriversView": false, "cracking": false}],
 "areasChecked": ["luggage"]}`

func TestCheckExportImportAndStartAgain(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check?step=summary", "Return check")
	tb.waitText(t, "#step-heading", "Summary")
	tb.js(t, recordDownloads)

	// Import a check from another device: nothing to lose, so no question.
	tb.chooseFile(t, "kiosk.json", sampleCheck)
	tb.waitText(t, ".summary-car", "smart #1 XY70 ABC")
	tb.waitText(t, ".summary-progress", "3 of 11 areas checked")

	// Export it.
	tb.click(t, "button", "Export the check")
	d := tb.lastDownload(t)
	assert.Regexp(t, `^smart-selfcheck-XY70ABC-\d{4}-\d\d-\d\d\.json$`, d.Name)
	assert.Contains(t, d.Text, `"interior.burn"`)
	assert.Contains(t, d.Text, `"format": "smart-selfcheck"`)

	// A file that is not a check says why and changes nothing.
	tb.chooseFile(t, "photo.json", `{"format": "smart-selfcheck", "version": 2}`)
	tb.waitText(t, "#import-problem", "photo.json was not imported, and nothing changed: version")
	tb.screenshot(t, "check-import-failed")
	// A file with a value to correct is a check: it is offered, and
	// cancelling changes nothing.
	tb.chooseFile(t, "notes.json", notesWithABadSize)
	tb.waitText(t, ".check-notices", "with notes.json (1 finding)?")
	tb.click(t, "button", "Cancel")
	tb.waitText(t, ".summary-car", "smart #1 XY70 ABC")

	// Start again: asks first, and keeping changes nothing.
	tb.click(t, "button", "Start a new check")
	tb.waitText(t, ".check-keep", "Start again?")
	tb.screenshot(t, "check-start-again")
	tb.click(t, "button", "Keep my check")
	tb.waitText(t, ".summary-car", "smart #1 XY70 ABC")
	tb.click(t, "button", "Start a new check")
	tb.click(t, "button", "Delete and start again")
	tb.waitText(t, "#step-heading", "Your car")
	var model string
	tb.run(t, chromedp.Evaluate(`document.getElementById("vehicle-model").value`, &model))
	assert.Empty(t, model)

	// And the exported file brings it all back, asking first as there are
	// answers to lose.
	tb.typeInto(t, "vehicle-model", "smart #3")
	tb.openStep(t, "summary", "Summary")
	tb.chooseFile(t, d.Name, d.Text)
	tb.waitText(t, ".check-notices", "Replace the check on this device")
	tb.screenshot(t, "check-import-confirm")
	tb.click(t, "button", "Replace my check")
	tb.waitText(t, ".summary-car", "smart #1 XY70 ABC")
	tb.waitText(t, ".summary-progress", "3 of 11 areas checked")

	// Issue 12: the value to correct is shown beside its field as the file
	// had it, never dropped.
	tb.chooseFile(t, "notes.json", notesWithABadSize)
	tb.click(t, "button", "Replace my check")
	tb.waitText(t, ".check-notices", "items, v5c: must be true or false (left out)")
	tb.screenshot(t, "check-import-left-out")
	tb.openStep(t, "body&edit=0", "Body and paint")
	tb.waitText(t, ".field-problem", `Must be a number, such as 12 or 4.5, not "big"`)
	var size string
	tb.run(t, chromedp.Evaluate(`document.getElementById("finding-0-sizeMm").value`, &size))
	assert.Equal(t, "big", size)
	tb.screenshot(t, "check-import-a-value-to-correct")
	requireClean(t, tb)
}

// notesWithABadSize is a check with text where a number belongs.
const notesWithABadSize = `{"format": "smart-selfcheck", "version": 1, "vehicle": {}, "items": {"v5c": "yes"},
	"findings": [{"kind": "body.dent", "location": "Left door", "sizeMm": "big"}]}`

func TestCheckRecoversFromUnreadableStorage(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	const garbage = `{"format":"smart-selfcheck","vers`
	tb.js(t, fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, garbage))
	tb.run(t, chromedp.Reload())
	tb.waitApp(t, "Return check")
	tb.waitText(t, ".check-notices", "Your saved check could not be read")
	tb.waitText(t, "#step-heading", "Your car")
	tb.screenshot(t, "check-unreadable")
	tb.js(t, recordDownloads)
	tb.click(t, ".check-notices button", "Download the old copy")
	d := tb.lastDownload(t)
	assert.Equal(t, garbage, d.Text)
	assert.True(t, strings.HasPrefix(d.Name, "smart-selfcheck-unreadable-"), d.Name)

	// The app works on: a new answer is saved.
	tb.js(t, `document.getElementById("vehicle-powertrain-0").click()`)
	tb.waitJS(t, `(localStorage.getItem("selfcheck.v1") || "").includes('"petrol"')`, "the new check to be saved")
	tb.click(t, ".check-notices button", "Delete the old copy")
	tb.waitJS(t, `localStorage.getItem("selfcheck.unreadable") === null`, "the old copy to go")
	requireClean(t, tb)
}

// A 3 MB unreadable check leaves no room in the storage for a copy: it
// stays where it is, the driver is told and offered it, and nothing saves
// over it until they delete it.
func TestCheckKeepsALargeUnreadableCheck(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.js(t, `localStorage.clear(); localStorage.setItem("selfcheck.v1", "X".repeat(3e6))`)
	tb.run(t, chromedp.Reload())
	tb.waitApp(t, "Return check")
	tb.waitText(t, ".check-notices", "there is no room to set it aside")
	tb.waitJS(t, `(localStorage.getItem("selfcheck.v1") || "").length === 3e6`, "the old check still stored")
	tb.screenshot(t, "check-unreadable-full")
	assert.Empty(t, tb.text(t, ".check-saved"), "nothing is saved yet")
	tb.js(t, `document.getElementById("vehicle-powertrain-0").click()`)
	tb.waitText(t, ".check-notices", "Not saved: The check that could not be read fills this device")
	assert.Empty(t, tb.text(t, ".check-saved"), "nothing claims the check was saved")
	tb.waitJS(t, `localStorage.getItem("selfcheck.v1").length === 3e6`, "the old check not saved over")

	tb.js(t, recordDownloads)
	tb.click(t, ".check-notices button", "Download the old copy")
	assert.Len(t, tb.lastDownload(t).Text, 3e6)
	tb.click(t, ".check-notices button", "Delete the old copy")
	tb.waitJS(t, `(localStorage.getItem("selfcheck.v1") || "").includes('"petrol"')`, "the new check saved")
	requireClean(t, tb)
}

func TestCheckIsAccessibleInLightAndDark(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.js(t, fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, sampleCheck))
	for _, dark := range []bool{false, true} {
		tb.darkMode(t, dark)
		for _, step := range []struct{ step, heading string }{
			{"car", "Your car"}, {"glass", "Glass"}, {"hand-back", "Hand back"}, {"summary", "Summary"},
		} {
			tb.open(t, "/check?step="+step.step, "Return check")
			tb.waitText(t, "#step-heading", step.heading)
			if step.step == "glass" {
				tb.click(t, "li.finding button", "Edit")
				tb.waitJS(t, `!!document.querySelector(".finding-form")`, "the finding form")
			}
			tb.requireAccessible(t, step.step)
			tb.requireNoSidewaysScroll(t, step.step)
		}
		if dark {
			tb.screenshot(t, "check-summary-dark")
		}
	}
	requireClean(t, tb)
}
