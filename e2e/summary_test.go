//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/standards/standardstest"
)

// The summary in the browser agrees with the check command's report (the
// same as standards.Evaluate: pdf/agreement_test.go) for the example files,
// on each finding's verdict, the counts, the actions with their dates and
// order, and the items with their status (issue 12). app/agreement_test.go
// does the same for the whole corpus, rendered without a browser.
func TestSummaryAgreesWithCheckInTheBrowser(t *testing.T) {
	s := serveSite(t)
	for _, name := range []string{"../standards/testdata/full.json", "../pdf/testdata/electric.json"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(name)
			require.NoError(t, err)
			f, err := standards.Decode(b)
			require.NoError(t, err)
			tb := newTab(t, s.URL)
			tb.open(t, "/check?step=summary", "Return check")
			tb.waitText(t, "#step-heading", "Summary")
			tb.chooseFile(t, "check.json", string(b))
			tb.waitText(t, ".summary-asof", "Checked on")
			r := standards.Evaluate(f, date.FromTime(time.Now())) // the app judges on today
			text := standardstest.Flat(tb.text(t, ".check-summary"))

			assert.Empty(t, standardstest.Missing(text, []string{standardstest.SummaryCounts(r)}), "the counts")
			assert.Empty(t, standardstest.Missing(text, standardstest.SummaryActions(r)), "the actions, with their dates, in order")
			var findings []string
			for _, v := range standards.Gravest {
				for _, res := range r.Findings {
					if res.Verdict == v {
						findings = append(findings, standards.VerdictText(v)+" "+res.Title())
					}
				}
			}
			assert.Empty(t, standardstest.Missing(text, findings), "each finding's verdict, gravest first")
			var items []string
			for _, it := range r.Items {
				if it.Required {
					items = append(items, it.Label+" "+it.HaveText())
				}
			}
			assert.Empty(t, standardstest.Missing(text, items), "the items and their status")
			tb.screenshot(t, "summary-"+strings.TrimSuffix(name[strings.LastIndex(name, "/")+1:], ".json"))
		})
	}
}

// typeText types into a date field as a browser without a date picker
// takes it: as text, so a date no calendar has can be typed.
func (tb *tab) typeText(t testing.TB, id, text string) {
	t.Helper()
	tb.js(t, fmt.Sprintf(`document.getElementById(%q).type = "text"`, id))
	tb.typeInto(t, id, text)
}

// 16, the customer at the kerb: dates no one could mean are said next to
// the field, in plain words.
func TestCheckDatesNoOneCouldMean(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.waitText(t, "#step-heading", "Your car")
	today := date.FromTime(time.Now())

	tb.js(t, `document.getElementById("vehicle-powertrain-0").click()`) // Petrol
	tb.typeInto(t, "vehicle-firstRegistered", today.AddYears(1).String())
	tb.waitText(t, "#vehicle-firstRegistered-warning", "a car cannot be first registered in the future")
	effects := tb.text(t, ".check-effects")
	assert.NotContains(t, effects, "no MOT certificate is needed", "a car registered in the future is not said to need no MOT")
	assert.Contains(t, effects, "whether an MOT is needed is not known until the date is corrected")
	var described string
	tb.run(t, chromedp.Evaluate(`document.getElementById("vehicle-firstRegistered").getAttribute("aria-describedby")`, &described))
	assert.Contains(t, described, "vehicle-firstRegistered-warning", "the warning is read with the field")
	tb.screenshot(t, "check-date-registered-future")
	tb.screenAt(t, "check-date-registered-future-field", "#vehicle-firstRegistered-warning")

	tb.typeInto(t, "vehicle-firstRegistered", "2019-03-14")
	tb.waitJS(t, `!document.getElementById("vehicle-firstRegistered-warning")`, "the warning to go")
	tb.typeInto(t, "vehicle-agreementEnds", today.AddDays(-10).String())
	tb.waitText(t, "#vehicle-agreementEnds-warning", "This date has passed")
	assert.Contains(t, tb.text(t, ".check-effects"), "That date has passed.")
	tb.screenshot(t, "check-date-return-passed")
	tb.screenAt(t, "check-date-return-passed-field", "#vehicle-agreementEnds-warning")

	tb.typeText(t, "vehicle-agreementEnds", "2026-02-30")
	tb.waitText(t, "#vehicle-agreementEnds-problem", "Must be a real date")
	effects = tb.text(t, ".check-effects")
	assert.Contains(t, effects, "until the agreement end date above is a real date")
	assert.NotContains(t, effects, "no agreement end date is given", "an invalid end date is not taken for none")
	tb.screenshot(t, "check-date-end-invalid")
	tb.screenAt(t, "check-date-end-invalid-effects", ".check-effects")
	tb.requireNoSidewaysScroll(t, "the car with date warnings")
}

// 16: an MOT that expired before the return date is said to have expired,
// with by when a new one is needed.
func TestCheckMOTExpired(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.waitText(t, "#step-heading", "Your car")
	today := date.FromTime(time.Now())
	ends := today.AddDays(60)
	tb.js(t, `document.getElementById("vehicle-powertrain-0").click()`)
	tb.typeInto(t, "vehicle-firstRegistered", "2019-03-14")
	tb.typeInto(t, "vehicle-agreementEnds", ends.String())
	tb.typeInto(t, "vehicle-motExpires", today.AddDays(-20).String())
	tb.openStep(t, "hand-back", "Hand back")
	timeline := tb.text(t, ".timeline")
	assert.Contains(t, timeline, "Your MOT expired on "+today.AddDays(-20).Long()+".")
	assert.Contains(t, timeline, "by the return date, "+ends.Long()+", an MOT running until at least "+ends.AddMonths(6).Long())
	assert.NotContains(t, timeline, "less than six months after the return date")
	assert.NotRegexp(t, `\d{4}-\d\d-\d\d`, tb.text(t, "main"), "no date as the file writes it")
	assert.Contains(t, tb.text(t, ".items"), "Spare keys", "item labels in one capitalisation")
	tb.screenshot(t, "check-mot-expired")
	tb.screenAt(t, "check-mot-expired-timeline", ".timeline")
}

// 16: each finding's standards quote is folded, one tap opens it; it works
// as HTML, with no handler.
func TestCheckFindingQuoteFolded(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check?step=interior", "Return check")
	tb.waitText(t, "#step-heading", "Interior")
	tb.addFinding(t, "interior", "interior.burn")
	var open, visible bool
	tb.run(t, chromedp.Evaluate(`document.querySelector("li.finding details.finding-quote").open`, &open),
		chromedp.Evaluate(`document.querySelector("li.finding .finding-quote blockquote").checkVisibility()`, &visible))
	assert.False(t, open, "folded")
	assert.False(t, visible, "the quote is not shown until opened")
	tb.screenshot(t, "check-quote-folded")
	tb.screenAt(t, "check-quote-folded-card", "li.finding")
	tb.js(t, `document.querySelector("li.finding .finding-quote summary").click()`)
	tb.waitJS(t, `document.querySelector("li.finding .finding-quote blockquote").checkVisibility()`, "the quote to open")
	assert.Contains(t, tb.text(t, "li.finding .finding-quote"), "Burns to trim, seat covers")
	tb.screenshot(t, "check-quote-open")
	tb.screenAt(t, "check-quote-open-card", "li.finding")
}

// onSampleSummary opens a fresh tab on the summary of sampleCheck, imported.
func onSampleSummary(t *testing.T) *tab {
	t.Helper()
	tb := newTab(t, serveSite(t).URL)
	tb.open(t, "/check?step=summary", "Return check")
	tb.waitText(t, "#step-heading", "Summary")
	tb.chooseFile(t, "kiosk.json", sampleCheck)
	tb.waitText(t, ".summary-car", "smart #1 XY70 ABC")
	return tb
}

// 16: the summary puts the counts, what needs doing and the PDF first, then
// the answers, each with a Change link; the tiles keep words whole at 320 px.
func TestSummaryFirstThingsFirst(t *testing.T) {
	tb := onSampleSummary(t)

	var order []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".counts, .summary-todo, .pdf-download-button, .summary-list, .summary-group")]
		.map(e => e.className.split(" ")[0])`, &order))
	assert.Equal(t, []string{"counts", "button", "summary-todo", "summary-list", "summary-group", "summary-group"}, order,
		"counts, the PDF button and what needs doing before the detail")
	var pdfBottom float64
	tb.run(t, chromedp.Evaluate(`document.querySelector(".pdf-download-button").getBoundingClientRect().bottom + scrollY`, &pdfBottom))
	assert.Less(t, pdfBottom, float64(phoneHeight), "Download PDF on the first screen, not at the bottom")
	tb.screenshot(t, "summary-top")
	tb.viewShots(t, "summary-top-screen", 4)

	var rows []string
	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".summary-row")].map(r => r.querySelector(".summary-key").innerText + " | " + r.querySelector(".summary-change a").getAttribute("aria-label"))`, &rows))
	require.NotEmpty(t, rows)
	for _, r := range rows {
		key, label, _ := strings.Cut(r, " | ")
		assert.Equal(t, "Change: "+key, label, "each row has its Change link")
	}
	tb.js(t, `[...document.querySelectorAll(".summary-row")].find(r => r.innerText.startsWith("Glass")).querySelector(".summary-change a").click()`)
	tb.waitText(t, "#step-heading", "Glass")
	tb.openStep(t, "summary", "Summary")

	tb.run(t, emulation.SetDeviceMetricsOverride(320, phoneHeight, 1, true))
	tb.waitJS(t, `document.documentElement.clientWidth === 320`, "the page at 320 px")
	var broken []string
	tb.run(t, chromedp.Evaluate(`(() => {
		const out = [];
		const c = document.createElement("canvas").getContext("2d");
		for (const e of document.querySelectorAll(".count-words")) {
			const st = getComputedStyle(e);
			c.font = st.fontWeight + " " + st.fontSize + " " + st.fontFamily;
			for (const w of e.innerText.split(/\s+/)) {
				if (c.measureText(w).width > e.clientWidth + 0.5) out.push(w + " in " + e.clientWidth + "px");
			}
			if (e.scrollWidth > e.clientWidth) out.push(e.innerText + " overflows");
		}
		return out;
	})()`, &broken))
	assert.Empty(t, broken, "summary tiles keep their words whole at 320 px")
	tb.requireNoSidewaysScroll(t, "the summary at 320 px")
	tb.screenshot(t, "summary-320")
	tb.viewShots(t, "summary-320-screen", 1)
}

// Each Change link of the car's answers opens the car and focuses its own
// field; a finding's Edit opens it with its first field focused.
func TestSummaryChangeFocusesTheField(t *testing.T) {
	tb := onSampleSummary(t)
	tb.screenAt(t, "summary-answers-car", ".summary-list")
	for _, row := range []struct{ key, value, field string }{
		{"Model", "smart #1", "vehicle-model"},
		{"Registration number", "XY70 ABC", "vehicle-registrationNumber"},
		{"When the car goes back", "Return date", "vehicle-agreementEnds"},
	} {
		tb.openStep(t, "summary", "Summary")
		var value string
		tb.run(t, chromedp.Evaluate(fmt.Sprintf(`(() => { const r = [...document.querySelectorAll(".summary-row")].find(r => r.querySelector(".summary-key").innerText === %q);
			return r ? r.querySelector(".summary-value").innerText : "no row"; })()`, row.key), &value))
		assert.Contains(t, value, row.value, row.key)
		tb.js(t, fmt.Sprintf(`[...document.querySelectorAll(".summary-row")].find(r => r.querySelector(".summary-key").innerText === %q).querySelector(".summary-change a").click()`, row.key))
		tb.waitText(t, "#step-heading", "Your car")
		tb.waitOrFail(t, fmt.Sprintf(`document.activeElement && document.activeElement.id === %q`, row.field), row.key+": its field focused")
		if row.field == "vehicle-registrationNumber" {
			tb.run(t, emulation.SetFocusEmulationEnabled(true)) // the focus box drawn as on a phone
			tb.viewShot(t, "summary-change-registration")
		}
	}
	tb.openStep(t, "summary", "Summary")
	tb.click(t, ".summary-group a", "Edit")
	tb.waitOrFail(t, `document.activeElement && document.activeElement.closest(".finding-form") !== null`, "the finding's first field focused")
	requireClean(t, tb)
}

// viewShots saves the first n screens of the page, one a file, as a phone
// shows them, for a person to look at.
func (tb *tab) viewShots(t testing.TB, name string, n int) {
	t.Helper()
	for i := range n {
		var png []byte
		tb.run(t, chromedp.Evaluate(fmt.Sprintf("scrollTo(0, %d)", i*phoneHeight), nil), chromedp.CaptureScreenshot(&png))
		require.NoError(t, os.WriteFile(fmt.Sprintf("screenshots/%s-%d.png", name, i+1), png, 0o644))
	}
	tb.js(t, "scrollTo(0, 0)")
}

// screenAt saves the screen a phone shows with the element matching
// selector at its top.
func (tb *tab) screenAt(t testing.TB, name, selector string) {
	t.Helper()
	var png []byte
	tb.run(t, chromedp.Evaluate(fmt.Sprintf(`(() => { const e = document.querySelector(%q); scrollTo(0, e.getBoundingClientRect().top + scrollY - 230); })()`, selector), nil),
		chromedp.CaptureScreenshot(&png))
	require.NoError(t, os.MkdirAll("screenshots", 0o755))
	require.NoError(t, os.WriteFile("screenshots/"+name+".png", png, 0o644))
}

// The summary says which of the car's details are missing, and its link
// opens the first of them.
func TestSummaryMissingCarDetailOpensItsField(t *testing.T) {
	tb := newTab(t, serveSite(t).URL)
	tb.open(t, "/check?step=summary", "Return check")
	tb.waitText(t, "#step-heading", "Summary")
	tb.waitText(t, ".notice-warn", "powertrain and first registration date are missing")
	tb.screenAt(t, "summary-missing-car", ".notice-warn")
	tb.click(t, ".notice-warn a", "Add them")
	tb.waitText(t, "#step-heading", "Your car")
	tb.waitOrFail(t, `document.activeElement && document.activeElement.closest("#vehicle-powertrain") !== null`, "the powertrain focused")
	requireClean(t, tb)
}
