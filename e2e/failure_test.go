//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// requireFailureScreen checks the failure screen is up, over everything,
// with the way back.
func requireFailureScreen(t *testing.T, tb *tab) {
	t.Helper()
	tb.waitJS(t, `!!document.getElementById("failure")`, "the failure screen")
	assert.Equal(t, "Something went wrong. Your answers are saved.", tb.text(t, "#failure-text"))
	var focused string
	var inert bool
	tb.run(t, chromedp.Evaluate(`document.activeElement.id`, &focused),
		chromedp.Evaluate(`[...document.body.children].filter(e => e.id !== "failure").every(e => e.inert)`, &inert))
	assert.Equal(t, "failure-reload", focused, "Reload has the focus")
	assert.True(t, inert, "nothing under the failure screen can be tapped")
}

// A handler that fails shows the failure screen, writes the panic and its
// stack to the console, and Reload brings the driver back to the same step
// with every answer, the one being made included.
func TestFailureInAHandlerShowsTheFailureScreen(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check?step=body", "Return check")
	tb.addKind(t, "body", "body.dent")
	tb.typeInto(t, "finding-0-sizeMm", "12")
	requireClean(t, tb)

	// The browser breaks under the app: finding the new finding to focus throws.
	tb.js(t, `(() => { const byID = document.getElementById.bind(document);
		document.getElementById = id => { if (id.startsWith("finding-")) throw new Error("lookup is broken"); return byID(id); }; })()`)
	tb.tapAdd(t, "body", "body.light-scratch")
	requireFailureScreen(t, tb)
	var png []byte // what the phone shows: the overlay fills the screen
	tb.run(t, chromedp.CaptureScreenshot(&png))
	require.NoError(t, os.WriteFile(filepath.Join("screenshots", "failure.png"), png, 0o644))
	tb.requireHandheld(t, "the failure screen")
	tb.requireAccessible(t, "the failure screen")
	problems, _ := tb.report()
	all := strings.Join(problems, "\n")
	assert.Contains(t, all, "smart self-check failed: panic:")
	assert.Contains(t, all, "lookup is broken")
	assert.Contains(t, all, "goroutine", "the stack is in the console")

	tb.click(t, "#failure button", "Reload")
	tb.waitApp(t, "Return check")
	tb.waitText(t, "#step-heading", "Body and paint")
	var url string
	tb.run(t, chromedp.Evaluate(`location.pathname + location.search`, &url))
	assert.Equal(t, "/check?step=body", url, "back at the same place")
	assert.Equal(t, 2, tb.findingCount(t), "the finding added as it failed is kept")
	tb.click(t, "li.finding button", "Edit")
	tb.waitJS(t, `!!document.getElementById("finding-0-sizeMm")`, "the dent's form")
	var size string
	tb.run(t, chromedp.Evaluate(`document.getElementById("finding-0-sizeMm").value`, &size))
	assert.Equal(t, "12", size)
}

// When the Go program itself stops (a panic outside the app's handlers),
// the page still says so and offers Reload, instead of going dead; on a
// shared kiosk too, whose idle timer must not hold go-app's shutdown.
func TestGoProgramStoppingShowsTheFailureScreen(t *testing.T) {
	s := serveSite(t)
	for _, tc := range []struct{ path, heading string }{
		{"/contacts", "Contacts and documents"},
		{"/kiosk?retailer=smart+Showroom&phone=0113+496+0000&mode=shared", "Welcome from smart Showroom"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			tb := newTab(t, s.URL)
			tb.open(t, tc.path, tc.heading)
			// go-app's own navigation fails: the browser refuses to change the address.
			tb.js(t, `history.pushState = () => { throw new Error("history is broken"); }`)
			tb.js(t, `document.querySelector(".tabbar a[href='/check']").click()`)
			requireFailureScreen(t, tb)
			problems, _ := tb.report()
			all := strings.Join(problems, "\n")
			assert.Contains(t, all, "panic:")
			assert.Contains(t, all, "smart self-check stopped")
			tb.click(t, "#failure button", "Reload")
			tb.waitApp(t, tc.heading)
			var failure bool
			tb.run(t, chromedp.Evaluate(`!!document.getElementById("failure")`, &failure))
			require.False(t, failure)
		})
	}
}
