//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/calendar/icaltest"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// The customer at the kerb (issue 16): the driver's path through the check.

// heading waits for the open step's heading to read text.
func (tb *tab) heading(t testing.TB, text string) {
	t.Helper()
	tb.waitOrFail(t, fmt.Sprintf(`(document.getElementById("step-heading") || {}).textContent === %q`, text), text)
}

// carDetails gives the car an electric powertrain and a first registration.
func (tb *tab) carDetails(t testing.TB) {
	t.Helper()
	tb.openStep(t, "car", "Your car")
	tb.js(t, `document.getElementById("vehicle-powertrain-2").click()`)
	tb.typeInto(t, "vehicle-firstRegistered", "2019-03-14")
}

// After Add, the new finding's form is on screen, from its top, with its
// first field focused.
func TestAddOpensTheFindingInView(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check?step=body", "Return check")
	tb.heading(t, "Body and paint")
	tb.js(t, `document.querySelector(".check-add").scrollIntoView({block: "end"})`)
	i := tb.addFinding(t, "body", "body.dent") // the first of the Add list
	id := fmt.Sprintf("finding-%d", i)
	tb.waitOrFail(t, fmt.Sprintf(`document.activeElement && document.activeElement.closest("#%s .finding-form") !== null`, id), "the first field focused")
	var top, fieldTop, fieldBottom, bar, height float64
	var focused string
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`document.getElementById(%q).getBoundingClientRect().top`, id), &top),
		chromedp.Evaluate(`document.activeElement.getBoundingClientRect().top`, &fieldTop),
		chromedp.Evaluate(`document.activeElement.getBoundingClientRect().bottom`, &fieldBottom),
		chromedp.Evaluate(`document.querySelector(".check-steps").getBoundingClientRect().bottom`, &bar),
		chromedp.Evaluate(`innerHeight`, &height),
		chromedp.Evaluate(`document.activeElement.id`, &focused))
	assert.Equal(t, id+"-first", focused, "the first field: the panel")
	assert.GreaterOrEqual(t, fieldTop, bar, "the field is below the steps bar, not under it")
	assert.LessOrEqual(t, fieldBottom, height, "the field is on screen")
	assert.Less(t, top, fieldTop, "the finding's head comes first")
	shot(t, tb, "kerb-add-in-view")
	requireClean(t, tb)
}

// shot saves what is on screen (not the whole page) as name.png.
func shot(t testing.TB, tb *tab, name string) {
	t.Helper()
	var png []byte
	tb.run(t, chromedp.CaptureScreenshot(&png))
	saveShot(t, name, png)
}

// "Checked, nothing found" moves on to the next area; the driver can come
// back and undo it, and the task list says where each area stands.
func TestNothingFoundMovesOn(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.carDetails(t)
	tb.openStep(t, "bumpers", "Bumpers and body mouldings")
	tb.click(t, "button", "Checked, nothing found")
	tb.heading(t, "Body and paint")
	tb.waitText(t, ".check-status", "Bumpers and body mouldings: checked, nothing found")
	shot(t, tb, "kerb-nothing-found-next")

	tb.pager(t, false, "Bumpers and body mouldings") // back
	tb.waitText(t, ".check-area-status", "Checked: nothing found")
	tb.click(t, "button", "Not checked after all")
	tb.waitText(t, ".check-area-status", "Not checked yet")
	tb.heading(t, "Bumpers and body mouldings") // undoing stays

	// The last area moves on to the hand back.
	last := standards.Contents().Areas[len(standards.Contents().Areas)-1]
	tb.openStep(t, last.ID, last.Label)
	tb.click(t, "button", "Checked, nothing found")
	tb.heading(t, "Hand back")
	requireClean(t, tb)
}

// The task list: the car, every area and the hand back, each with its
// status, in the GOV.UK "complete multiple tasks" pattern.
func TestTaskList(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check?step=tasks", "Return check")
	tb.heading(t, "Your check")
	status := func(id string) string {
		t.Helper()
		return tb.text(t, "#task-"+id+"-status")
	}
	assert.Equal(t, "Not started", status("car"))
	assert.Equal(t, "Not started", status("bumpers"))
	assert.Equal(t, "Not started", status("hand-back"))

	tb.carDetails(t)
	tb.openStep(t, "bumpers", "Bumpers and body mouldings")
	tb.click(t, "button", "Checked, nothing found")
	tb.heading(t, "Body and paint")
	tb.addFinding(t, "body", "body.dent") // no size yet: its verdict waits on it
	tb.openStep(t, "hand-back", "Hand back")
	tb.js(t, `document.getElementById("item-v5c").click()`)
	tb.waitText(t, ".lead", "1 of")

	tb.click(t, ".check-step", "Walk round") // the steps bar's Walk round opens the list
	tb.heading(t, "Your check")
	for id, want := range map[string]string{"car": "Checked", "bumpers": "Checked", "body": "In progress",
		"glass": "Not started", "charging-cables": "Not started", "hand-back": "In progress"} {
		assert.Equal(t, want, status(id), id)
	}
	for _, w := range []string{standards.NotStarted.Words(), standards.InProgress.Words(), standards.Checked.Words()} {
		assert.Contains(t, tb.text(t, ".task-list"), w, "the status words are the domain's")
	}
	assert.Contains(t, tb.text(t, ".lead"), "checked 1 of 11 areas")
	tb.screenshot(t, "kerb-task-list")
	tb.requireNoSidewaysScroll(t, "the task list")
	tb.requireAccessible(t, "the task list")

	tb.click(t, ".task-link", "Body and paint")
	tb.heading(t, "Body and paint")
	requireClean(t, tb)
}

// A step with problems opens with an error summary whose links take the
// driver to each field, opening a closed finding.
func TestErrorSummary(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.heading(t, "Your car")
	tb.typeInto(t, "vehicle-mileage", "23k")
	tb.waitText(t, "#error-summary", "There is a problem")
	tb.waitText(t, "#error-summary button", "Mileage")
	tb.waitText(t, "#error-summary button", "Must be a number")
	tb.js(t, `document.activeElement.blur(); scrollTo(0, document.body.scrollHeight)`)
	tb.click(t, "#error-summary button", "Must be a number")
	tb.waitOrFail(t, `document.activeElement.id === "vehicle-mileage"`, "the mileage field focused")
	tb.typeInto(t, "vehicle-mileage", "23000")
	tb.waitJS(t, `!document.getElementById("error-summary")`, "the summary gone once fixed")

	tb.openStep(t, "body", "Body and paint")
	i := tb.addFinding(t, "body", "body.dent")
	tb.typeInto(t, fmt.Sprintf("finding-%d-sizeMm", i), "ten")
	tb.waitText(t, "#error-summary", "Dent, size, longest way across: Must be a number")
	tb.click(t, "li.finding button", "Done") // the form closes; the summary still leads to it
	tb.waitJS(t, fmt.Sprintf(`!document.getElementById("finding-%d-sizeMm")`, i), "the finding closed")
	tb.js(t, `scrollTo(0, 0)`)
	tb.screenshot(t, "kerb-error-summary")
	tb.click(t, "#error-summary button", "")
	tb.waitOrFail(t, fmt.Sprintf(`document.activeElement.id === "finding-%d-sizeMm"`, i), "the size field, opened and focused")
	tb.requireAccessible(t, "a step with an error summary")
	requireClean(t, tb)
}

// Pick the panel on the car: the outline has one shape per catalogue panel,
// high-profile ones marked; tapping one shows its dents and adds one on it.
func TestPickThePanelOnTheCar(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.carDetails(t)
	tb.openStep(t, "body", "Body and paint")
	var ids []string
	var high []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".outline-car [data-panel]")].map(e => e.dataset.panel)`, &ids),
		chromedp.Evaluate(`[...document.querySelectorAll(".outline-car [data-high=true]")].map(e => e.dataset.panel)`, &high))
	var want, wantHigh []string
	for _, p := range standards.Contents().Panels {
		want = append(want, p.ID)
		if p.HighProfile {
			wantHigh = append(wantHigh, p.ID)
		}
	}
	assert.Equal(t, want, ids, "one shape per panel of the catalogue")
	assert.Equal(t, wantHigh, high, "the high-profile panels marked")
	var drawn bool
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".outline-car [data-panel]")].every(e => e instanceof SVGRectElement && e.getBBox().width > 0)`, &drawn))
	assert.True(t, drawn, "the shapes are SVG, drawn")

	tb.js(t, `document.querySelector('[data-panel="bonnet"]').dispatchEvent(new MouseEvent("click", {bubbles: true}))`)
	tb.waitText(t, "#outline-picked", "Bonnet is a high-profile panel")
	tb.waitText(t, "#outline-picked", "Nothing recorded on this panel")
	tb.click(t, "#outline-picked button", "Add a dent on the bonnet")
	tb.waitJS(t, `document.querySelectorAll("li.finding").length === 1`, "the dent added")
	tb.waitJS(t, `document.getElementById("finding-0-first").value === "Bonnet"`, "the panel filled in")
	tb.typeInto(t, "finding-0-sizeMm", "5")
	tb.waitText(t, "#finding-0 .verdict", "Not acceptable")
	tb.waitJS(t, `document.querySelector('[data-panel="bonnet"]').getAttribute("data-found") === "true"`, "the bonnet marked as having a finding")
	tb.waitText(t, "#outline-picked", "On this panel: 1 finding")

	// By keyboard: a panel is a button.
	tb.js(t, `(() => { const r = document.querySelector('[data-panel="left-door"]'); r.focus();
		r.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true})); })()`)
	tb.waitText(t, "#outline-picked", "Left door is not a high-profile panel.")
	tb.waitText(t, "#outline-picked", "Nothing recorded on this panel")
	tb.js(t, `document.querySelector(".outline").scrollIntoView()`)
	shot(t, tb, "kerb-panel-picked")
	tb.requireNoSidewaysScroll(t, "the outline")
	tb.requireAccessible(t, "the outline of the car")
	requireClean(t, tb)
}

// The Add list shows every condition's label whole on a 320 px screen.
func TestAddListFitsAt320(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.run(t, emulation.SetDeviceMetricsOverride(320, phoneHeight, 1, true))
	tb.open(t, "/check", "Return check")
	tb.carDetails(t)
	for _, a := range standards.Contents().Areas {
		tb.openStep(t, a.ID, a.Label)
		var shown []string
		var cut []string
		tb.run(t, chromedp.Evaluate(fmt.Sprintf(`[...document.querySelectorAll("#add-%s button")].map(b => b.innerText)`, a.ID), &shown),
			chromedp.Evaluate(fmt.Sprintf(`[...document.querySelectorAll("#add-%s button")]
				.filter(b => b.scrollWidth > b.clientWidth || b.getBoundingClientRect().right > innerWidth)
				.map(b => b.innerText)`, a.ID), &cut))
		var want []string
		for _, k := range a.Kinds {
			want = append(want, "+ "+k.Label)
		}
		assert.Equal(t, want, shown, "%s: every label, whole", a.ID)
		assert.Empty(t, cut, "%s: labels cut at 320 px", a.ID)
	}
	tb.openStep(t, "bumpers", "Bumpers and body mouldings")
	tb.js(t, `document.querySelector(".check-add").scrollIntoView({block: "start"})`)
	shot(t, tb, "kerb-add-list-320")
	tb.requireNoSidewaysScroll(t, "the area at 320 px")
	tb.requireHandheld(t, "the Add list at 320 px")
	requireClean(t, tb)
}

// "Add to calendar" writes an .ics a calendar reads: the check's dates from
// the hand back, and a complaint's from Contacts.
func TestAddToCalendar(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.carDetails(t)
	tb.pick(t, "vehicle-agreement", "agility")
	tb.typeInto(t, "vehicle-agreementEnds", "2099-03-31")
	tb.openStep(t, "hand-back", "Hand back")
	d := captureDownloads(t, tb)
	tb.click(t, ".calendar-download-button", "Add to calendar")
	name, ics := d.wait(t)
	assert.Equal(t, "smart-selfcheck-dates.ics", name)
	text := strings.ReplaceAll(string(ics), "\r\n ", "")
	for _, want := range []string{"SUMMARY:Your smart goes back", "DTSTART;VALUE=DATE:20990331", "SUMMARY:Do your smart return self-check",
		"DTSTART;VALUE=DATE:20981231", "SUMMARY:Cherished number plate on retention", "SUMMARY:MOT with six months remaining",
		"SUMMARY:Full smart service history", `Source: Your smart Journey booklet (08/2016)\, Vehicle Return Standards p.15`, "TRIGGER:-P7D"} {
		assert.Contains(t, text, want)
	}
	icaltest.RequireParses(t, ics, 5)
	tb.js(t, `document.querySelector(".calendar-download").scrollIntoView({block: "center"})`)
	shot(t, tb, "kerb-add-to-calendar")

	tb.open(t, "/contacts", "Contacts and documents")
	today := time.Now()
	tb.typeInto(t, "complaint-made", today.Format("2006-01-02"))
	d.reset()
	tb.click(t, ".calendar-download-button", "Add to calendar")
	_, ics = d.wait(t)
	text = strings.ReplaceAll(string(ics), "\r\n ", "")
	assert.Contains(t, text, "SUMMARY:Complaint of "+today.Format("2 January 2006")+": outcome of the investigation")
	assert.Contains(t, text, `Source: Your smart Journey booklet (08/2016)\, How to make a complaint p.13\, Stage 2`)
	icaltest.RequireParses(t, ics, 5+4)
	requireClean(t, tb)
}

// The home page says what the documents say: likely to be charged, with no
// amounts promised.
func TestHomeSaysLikelyToBeCharged(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/", "What do you need?")
	jobs := tb.text(t, ".jobs")
	assert.Contains(t, jobs, "what is likely to be charged")
	assert.NotContains(t, jobs, "will be charged")
	assert.NotRegexp(t, `£|\d+\s*(pounds|GBP)`, jobs, "no amounts")
	shot(t, tb, "kerb-home")
	require.NotEmpty(t, jobs)
	requireClean(t, tb)
}

// reset forgets the downloads so far, before the next one.
func (d *downloads) reset() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.name, d.guid, d.done = "", "", false
}

// saveShot writes a screenshot as e2e/screenshots/name.png.
func saveShot(t testing.TB, name string, png []byte) {
	t.Helper()
	require.NoError(t, os.MkdirAll("screenshots", 0o755))
	require.NoError(t, os.WriteFile(filepath.Join("screenshots", name+".png"), png, 0o644))
}
