//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// sixtyFindings is a check with 60 findings across the areas, a dent first.
func sixtyFindings() string {
	panels := []string{"Left door", "Right door", "Roof", "Tailgate"} // within the allowance
	kinds := []map[string]any{
		{"kind": "glass.windscreen-chip", "sizeMm": 3, "inDriversView": false, "cracking": false},
		{"kind": "wheels.rim-scuff", "position": "front-left", "sizeMm": 20},
		{"kind": "bumpers.scuff", "location": "rear bumper", "sizeMm": 40, "affectsAppearance": false},
		{"kind": "interior.burn", "location": "driver seat"},
		{"kind": "luggage.scoring"},
		{"kind": "rubber-seals.normal-wear"},
	}
	var findings []map[string]any
	for i := 0; len(findings) < 60; i++ {
		if i%4 == 0 && i/4 < len(panels) {
			findings = append(findings, map[string]any{"kind": "body.dent", "location": panels[i/4],
				"sizeMm": 8 + i%5, "onSwageLineOrEdge": false})
			continue
		}
		findings = append(findings, kinds[i%len(kinds)])
	}
	b, _ := json.Marshal(map[string]any{"format": "smart-selfcheck", "version": 1,
		"vehicle":  map[string]any{"powertrain": "petrol", "firstRegistered": "2021-03-14", "agreementEnds": "2026-03-31"},
		"findings": findings})
	return string(b)
}

// BenchmarkCheckInput times, with a 60-finding check, from typing a dent's
// size to the page showing its new verdict and the summary's new count:
// the event, judging the whole check, saving it and rendering. go-app
// renders on its next frame (60 a second), so the time includes the wait
// for that frame.
func BenchmarkCheckInput(b *testing.B) {
	s := serveSite(b)
	tb := newTab(b, s.URL)
	tb.open(b, "/check", "Return check")
	tb.run(b, chromedp.Evaluate(fmt.Sprintf(`localStorage.setItem("selfcheck.v1", %q)`, sixtyFindings()), nil))
	tb.open(b, "/check?step=body&edit=0", "Return check")
	tb.waitJS(b, `!!document.getElementById("finding-0-sizeMm")`, "the dent's form")

	// Each input flips the dent between acceptable (8 mm) and not (20 mm);
	// the time is taken when both its verdict and the summary count changed.
	const typeAndWait = `(async (size) => {
		const input = document.getElementById("finding-0-sizeMm");
		const verdict = () => document.querySelector("#finding-0 .verdict").textContent;
		const summary = () => document.querySelector(".check-steps").textContent;
		const before = [verdict(), summary()];
		return await new Promise(resolve => {
			const start = performance.now();
			const seen = new MutationObserver(() => {
				if (verdict() !== before[0] && summary() !== before[1]) {
					seen.disconnect();
					resolve(performance.now() - start);
				}
			});
			seen.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
			input.value = size;
			input.dispatchEvent(new Event("input", {bubbles: true}));
		});
	})(%q)`
	var times []float64
	b.ResetTimer()
	for i := 0; i < b.N*10; i++ {
		size := "20"
		if i%2 == 1 {
			size = "8"
		}
		var ms float64
		tb.run(b, chromedp.Evaluate(fmt.Sprintf(typeAndWait, size), &ms, awaitPromise))
		times = append(times, ms)
		time.Sleep(50 * time.Millisecond) // a person types a few keys a second
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(times[len(times)/2], "ms/input-median")
	b.ReportMetric(times[len(times)*9/10], "ms/input-p90")
	b.ReportMetric(times[len(times)-1], "ms/input-max")
}
