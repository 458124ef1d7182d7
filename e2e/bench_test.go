//go:build e2e

package e2e

import (
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
