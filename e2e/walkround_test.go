//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// waitOrFail polls expr like waitJS, and fails at once when the page
// reports a problem (a panic, an exception), rather than waiting it out.
func (tb *tab) waitOrFail(t testing.TB, expr, what string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		var ok bool
		err := chromedp.Run(tb.ctx, chromedp.Evaluate(expr, &ok))
		if err == nil && ok {
			return
		}
		if p, _ := tb.report(); len(p) > 0 || time.Now().After(deadline) {
			var text string
			chromedp.Run(tb.ctx, chromedp.Evaluate(`document.body ? document.body.innerText.slice(0, 400) : ""`, &text))
			t.Fatalf("waiting for %s (last error %v); page text: %q; problems: %v", what, err, text, p)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// pager taps the area's "←" (back) or "→" link and waits for the heading.
func (tb *tab) pager(t testing.TB, forward bool, heading string) {
	t.Helper()
	n := "first-child"
	if forward {
		n = "last-child"
	}
	tb.js(t, `document.querySelector(".check-pager a:`+n+`").click()`)
	tb.waitOrFail(t, fmt.Sprintf(`(document.getElementById("step-heading") || {}).textContent === %q`, heading), heading)
}

// findingCount is how many findings the open step lists.
func (tb *tab) findingCount(t testing.TB) int {
	t.Helper()
	var n int
	tb.run(t, chromedp.Evaluate(`document.querySelectorAll("li.finding").length`, &n))
	return n
}

// tapAdd taps kind in the open area's Add list, as a driver does.
func (tb *tab) tapAdd(t testing.TB, area, kind string) {
	t.Helper()
	sel := fmt.Sprintf(`#add-%s button[value=%q]`, area, kind)
	tb.waitJS(t, fmt.Sprintf(`!!document.querySelector(%q)`, sel), sel)
	tb.js(t, fmt.Sprintf(`document.querySelector(%q).click()`, sel))
}

// addKind adds kind in the open area, as a driver does.
func (tb *tab) addKind(t testing.TB, area, kind string) {
	t.Helper()
	before := tb.findingCount(t)
	tb.tapAdd(t, area, kind)
	tb.waitOrFail(t, fmt.Sprintf(`document.querySelectorAll("li.finding").length === %d`, before+1), "the "+kind+" to be added")
}

// The walk round froze on Add after "Checked, nothing found" and "→":
// go-app kept the Add button of the area before, which looked up that
// area's list on a page that no longer had it.
func TestCheckAddAfterNothingFound(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	for _, tc := range []struct{ from, to string }{
		{"bumpers", "body"}, {"interior", "wheels"}, {"luggage", "door-aperture"},
	} {
		t.Run(tc.from+" to "+tc.to, func(t *testing.T) {
			from, _ := standards.AreaByID(tc.from)
			to, ok := standards.AreaByID(tc.to)
			require.True(t, ok, tc.to)
			tb.js(t, `localStorage.clear()`)
			tb.open(t, "/check?step="+tc.from, "Return check")
			tb.waitText(t, "#step-heading", from.Label)
			tb.click(t, "button", "Checked, nothing found")
			tb.waitOrFail(t, fmt.Sprintf(`(document.getElementById("step-heading") || {}).textContent === %q`, to.Label), "the next area") // it moves on
			tb.addKind(t, tc.to, to.Kinds[0].ID)
			tb.waitText(t, "li.finding .finding-title", to.Kinds[0].Label)

			// And what was tapped went to this area, not the one before.
			tb.pager(t, false, from.Label)
			assert.Zero(t, tb.findingCount(t), "nothing added to %s", tc.from)
			assert.Contains(t, tb.text(t, ".check-area-status"), "Checked: nothing found")
		})
	}
	requireClean(t, tb)
}

// The walk round as a driver takes it, with the area's own links: "→" from
// area to area, every other area "Checked, nothing found" and the next one
// with findings; then back with "←", adding findings in the areas passed
// over, so that every kind of finding the catalogue has is added in its area
// and shows its verdict; and a finding removed is the one tapped.
func TestCheckWalkRoundRealPath(t *testing.T) {
	s := serveSite(t)
	tb := newTab(t, s.URL)
	tb.open(t, "/check", "Return check")
	tb.waitText(t, "#step-heading", "Your car")
	tb.js(t, `document.getElementById("vehicle-powertrain-2").click()`) // electric: every area
	tb.typeInto(t, "vehicle-firstRegistered", "2019-03-14")

	kinds := 0
	addAll := func(a *standards.Area) {
		for j, k := range a.Kinds {
			tb.addKind(t, a.ID, k.ID)
			var title, verdict string
			tb.run(t, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll("li.finding .finding-title")[%d].textContent`, j), &title),
				chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll("li.finding .verdict")[%d].innerText`, j), &verdict))
			assert.Equal(t, k.Label, title, "%s in %s", k.ID, a.ID)
			assert.Regexp(t, `Acceptable|Not acceptable|Borderline`, verdict, "%s has a verdict", k.ID)
			tb.click(t, "li.finding button", "Done")
			kinds++
		}
	}
	var areas []*standards.Area
	tb.pager(t, true, standards.Contents().Areas[0].Label)
	for {
		var id, heading string
		tb.run(t, chromedp.Evaluate(`document.querySelector(".check-add").id.slice(4)`, &id),
			chromedp.Evaluate(`document.getElementById("step-heading").textContent`, &heading))
		a, ok := standards.AreaByID(id)
		require.True(t, ok, id)
		require.Equal(t, a.Label, heading)
		if len(areas)%2 == 0 {
			var next string
			tb.run(t, chromedp.Evaluate(`document.querySelector(".check-pager a:last-child").textContent`, &next))
			tb.click(t, "button", "Checked, nothing found") // moves on to the next area, or the hand back
			areas = append(areas, a)
			heading := strings.TrimSuffix(next, " →")
			if next == "Hand back →" {
				heading = "Hand back"
			}
			tb.waitOrFail(t, fmt.Sprintf(`(document.getElementById("step-heading") || {}).textContent === %q`, heading), heading)
			if next == "Hand back →" {
				break
			}
			continue
		}
		addAll(a)
		areas = append(areas, a)
		var next string
		tb.run(t, chromedp.Evaluate(`document.querySelector(".check-pager a:last-child").textContent`, &next))
		if next == "Hand back →" {
			tb.pager(t, true, "Hand back")
			break
		}
		tb.pager(t, true, next[:len(next)-len(" →")])
	}
	require.Len(t, areas, len(standards.Contents().Areas), "an electric car has every area")
	// An area is checked when marked so, or when each of its findings has
	// the facts its verdict needs; one added with some left out is in
	// progress. The task list and the summary count alike.
	tb.openStep(t, "tasks", "Your check")
	checked := 0
	for _, a := range areas {
		status := tb.text(t, "#task-"+a.ID+"-status")
		require.Contains(t, []string{"Checked", "In progress"}, status, "%s was walked", a.Label)
		if status == "Checked" {
			checked++
		}
	}
	tb.openStep(t, "summary", "Summary")
	tb.waitText(t, ".summary-progress", fmt.Sprintf("%d of %d areas checked", checked, len(areas)))
	if checked == len(areas) {
		tb.waitText(t, ".check-summary", "Every area checked")
	}

	// Back with "←" from the last area, adding findings where there were none.
	last := len(areas) - 1
	tb.openStep(t, areas[last].ID, areas[last].Label)
	for i := last; i >= 0; i-- {
		if i < last {
			tb.pager(t, false, areas[i].Label)
		}
		if i%2 == 0 {
			addAll(areas[i])
		}
	}
	tb.pager(t, false, "Your car")
	tb.openStep(t, "summary", "Summary")
	var listed int
	tb.run(t, chromedp.Evaluate(`document.querySelectorAll("li.finding").length`, &listed))
	assert.Equal(t, kinds, listed, "every finding is on the summary")

	// Remove takes out the finding tapped, in an area with two or more.
	for _, a := range areas {
		if len(a.Kinds) < 2 {
			continue
		}
		tb.openStep(t, a.ID, a.Label)
		tb.js(t, `document.querySelectorAll("li.finding")[1].querySelector(".button-danger").click()`)
		tb.waitOrFail(t, fmt.Sprintf(`document.querySelectorAll("li.finding").length === %d`, len(a.Kinds)-1), "the finding removed")
		var titles []string
		tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll("li.finding .finding-title")].map(e => e.textContent)`, &titles))
		var want []string
		for j, k := range a.Kinds {
			if j != 1 {
				want = append(want, k.Label)
			}
		}
		assert.Equal(t, want, titles, "the second finding of %s is the one removed", a.ID)
		tb.click(t, "button", "Undo")
		tb.waitOrFail(t, fmt.Sprintf(`document.querySelectorAll("li.finding").length === %d`, len(a.Kinds)), "the finding put back")
		break
	}
	var stored string
	tb.run(t, chromedp.Evaluate(`localStorage.getItem("selfcheck.v1")`, &stored))
	f, err := standards.Decode([]byte(stored))
	require.NoError(t, err)
	assert.Len(t, f.Findings, kinds)
	var marked []string // every other area, from the first: not the one before or after
	for i := 0; i < len(areas); i += 2 {
		marked = append(marked, areas[i].ID)
	}
	assert.ElementsMatch(t, marked, f.AreasChecked, "the areas marked checked, nothing found")
	requireClean(t, tb)
}
