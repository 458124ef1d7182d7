//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BenchmarkFirstLoad times a first visit in a fresh profile: download,
// compile and start app.wasm until the home screen shows.
func BenchmarkFirstLoad(b *testing.B) {
	s := serveSite(b)
	var total time.Duration
	for i := 0; i < b.N; i++ {
		tb := newTab(b, s.URL)
		start := time.Now()
		tb.open(b, "/", "What do you need?")
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/load")
}

// BenchmarkOfflineReload times a reload with the server gone, from the
// service worker's cache.
func BenchmarkOfflineReload(b *testing.B) {
	s := serveSite(b)
	tb := newTab(b, s.URL)
	tb.open(b, "/", "What do you need?")
	tb.waitOfflineReady(b)
	s.Stop()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		tb.run(b, chromedp.Reload())
		tb.waitApp(b, "What do you need?")
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/load")
}

// BenchmarkPDF40Findings times "Download PDF" for a 40-finding check, from
// the tap to the file being handed over, with the PDF worker already
// started (the first PDF also loads worker.wasm: reported as cold-ms).
func BenchmarkPDF40Findings(b *testing.B) {
	s := serveSite(b)
	tb := newTab(b, s.URL)
	var findings []string
	for i := range 40 {
		findings = append(findings, fmt.Sprintf(`{"kind":"body.dent","location":"panel %d","sizeMm":%d,"onSwageLineOrEdge":false,"note":"seen at the kerb"}`, i, 5+i%12))
	}
	check := `{"format":"smart-selfcheck","version":1,"vehicle":{"model":"smart fortwo coupé","powertrain":"petrol",` +
		`"registrationNumber":"AB19 CDE","firstRegistered":"2019-03-14"},"findings":[` + strings.Join(findings, ",") + `]}`
	tb.open(b, "/kiosk?retailer=smart+Showroom&phone=0113+496+0000&mode=shared", "Welcome from smart Showroom")
	tb.run(b, chromedp.Evaluate(fmt.Sprintf(`sessionStorage.setItem("selfcheck.v1", %q);
		sessionStorage.setItem("selfcheck.savedAt", "2026-11-21T09:00:00Z");
		navigator.canShare = () => true;
		navigator.share = async () => { window.__sharedAt = performance.now(); };`, check), nil),
		chromedp.Click("#kiosk-take", chromedp.ByID))
	tb.waitJS(b, `!!document.querySelector(".pdf-download-button")`, "the Download PDF button")
	makePDF := func() time.Duration {
		var ms float64
		tb.waitJS(b, `!document.querySelector(".pdf-download-button").disabled`, "the button to be ready")
		tb.run(b, chromedp.Evaluate(`window.__sharedAt = 0; window.__tapAt = performance.now();
			document.querySelector(".pdf-download-button").click()`, nil))
		tb.waitJS(b, `window.__sharedAt > 0`, "the PDF")
		tb.run(b, chromedp.Evaluate(`window.__sharedAt - window.__tapAt`, &ms))
		return time.Duration(ms * float64(time.Millisecond))
	}
	cold := makePDF()
	b.ResetTimer()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		total += makePDF()
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/pdf")
	b.ReportMetric(float64(cold.Milliseconds()), "cold-ms")
}
