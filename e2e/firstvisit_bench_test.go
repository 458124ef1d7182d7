//go:build e2e

package e2e

import (
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// slow4G is the link of a driver on a weak signal: 150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up.
var slow4G = &network.Conditions{Latency: 150, DownloadThroughput: 1.6e6 / 8, UploadThroughput: 750e3 / 8}

// BenchmarkFirstVisit loads /assistance in a fresh profile, and the go-app
// hello world the same way in the same run, one after the other, over the
// slow link and over loopback, and a reload from the service worker's cache
// with no network ("offline"). Per site (medians):
//   - useful-ms: until a tel: link (the hello world: its heading) is on
//     screen and nothing covers it;
//   - takeover-ms: until the app has taken over (go-app's loader is gone);
//   - useful-bytes: bytes received (compressed, as sent) before useful-ms;
//   - ratio: takeover against the hello world's.
func BenchmarkFirstVisit(b *testing.B) {
	app := serveCDN(b, distDir)
	hello := serveCDN(b, helloSite(b))
	for _, link := range []struct {
		name       string
		conditions *network.Conditions
		offline    bool
	}{{"slow4G", slow4G, false}, {"loopback", nil, false}, {"offline", nil, true}} {
		b.Run(link.name, func(b *testing.B) {
			var apps, hellos []visit
			for i := 0; i < b.N; i++ {
				apps = append(apps, firstVisit(b, app.URL+"/assistance", `a[href^="tel:"]`, link.conditions, link.offline))
				hellos = append(hellos, firstVisit(b, hello.URL+"/", "h1", link.conditions, link.offline))
			}
			a, h := median(apps), median(hellos)
			b.ReportMetric(a.useful, "useful-ms")
			b.ReportMetric(a.takeover, "takeover-ms")
			b.ReportMetric(a.bytes, "useful-bytes")
			b.ReportMetric(h.useful, "hello-useful-ms")
			b.ReportMetric(h.takeover, "hello-takeover-ms")
			b.ReportMetric(a.takeover/h.takeover, "ratio")
		})
	}
}

// visit is what one first visit measured.
type visit struct {
	useful, takeover float64 // ms from the start of the navigation
	bytes            float64 // received before useful
}

func median(vs []visit) visit {
	pick := func(f func(visit) float64) float64 {
		xs := make([]float64, len(vs))
		for i, v := range vs {
			xs[i] = f(v)
		}
		slices.Sort(xs)
		return xs[len(xs)/2]
	}
	return visit{pick(func(v visit) float64 { return v.useful }), pick(func(v visit) float64 { return v.takeover }),
		pick(func(v visit) float64 { return v.bytes })}
}

// watchFirstVisit runs in the page before anything else: it notes when the
// first element matching the selector is on screen and the topmost thing
// under its middle (a tap there reaches it), and when go-app's loader goes.
const watchFirstVisit = `(() => {
	window.__visit = {useful: 0, takeover: 0};
	const look = () => {
		const e = document.querySelector(%q);
		if (!window.__visit.useful && e) {
			e.scrollIntoView({block: "center"});
			const r = e.getBoundingClientRect();
			const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			if (r.width > 0 && top && e.contains(top)) window.__visit.useful = performance.now();
		}
		if (!window.__visit.takeover && document.readyState !== "loading" && !document.getElementById("app-wasm-loader") && document.querySelector("h1")) {
			window.__visit.takeover = performance.now();
		}
		if (!window.__visit.useful || !window.__visit.takeover) requestAnimationFrame(look);
	};
	requestAnimationFrame(look);
})()`

// firstVisit opens url in a fresh profile over the link (nil: loopback)
// and measures it; offline, it measures instead a reload with no network
// once the service worker has cached the app.
func firstVisit(b *testing.B, url, useful string, link *network.Conditions, offline bool) visit {
	b.Helper()
	tb := newTab(b, "")
	var mu sync.Mutex
	var start *cdp.MonotonicTime
	type chunk struct {
		id    network.RequestID
		at    time.Time
		bytes int64
	}
	var chunks, finished []chunk // finished: each response's whole size on the wire
	chromedp.ListenTarget(tb.ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			if start == nil && ev.Type == network.ResourceTypeDocument {
				start = ev.Timestamp
			}
		case *network.EventDataReceived:
			chunks = append(chunks, chunk{ev.RequestID, ev.Timestamp.Time(), ev.EncodedDataLength})
		case *network.EventLoadingFinished:
			finished = append(finished, chunk{ev.RequestID, ev.Timestamp.Time(), int64(ev.EncodedDataLength)})
		}
	})
	actions := []chromedp.Action{chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(fmt.Sprintf(watchFirstVisit, useful)).Do(ctx)
		return err
	})}
	if link != nil {
		actions = append(actions, chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := network.EmulateNetworkConditionsByRule([]*network.Conditions{link}).Do(ctx)
			return err
		}))
	}
	tb.run(b, actions...)
	tb.run(b, chromedp.Navigate(url))
	tb.waitJS(b, `window.__visit && window.__visit.useful > 0 && window.__visit.takeover > 0`, "the first visit to "+url)
	if offline {
		tb.waitAsync(b, `navigator.serviceWorker.ready.then(() => caches.match("/web/app.wasm")).then(r => !!r)`, "the app cached for offline use")
		mu.Lock()
		start, chunks, finished = nil, nil, nil
		mu.Unlock()
		tb.run(b, chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := network.EmulateNetworkConditionsByRule([]*network.Conditions{{Offline: true}}).Do(ctx)
			return err
		}), chromedp.Reload())
		tb.waitJS(b, `window.__visit && window.__visit.useful > 0 && window.__visit.takeover > 0`, "the offline reload of "+url)
	}
	var v visit
	tb.run(b, chromedp.Evaluate(`window.__visit`, &struct {
		Useful, Takeover *float64
	}{&v.useful, &v.takeover}))
	mu.Lock()
	defer mu.Unlock()
	require.NotNil(b, start, "the navigation's request")
	until := start.Time().Add(time.Duration(v.useful * float64(time.Millisecond)))
	done := map[network.RequestID]bool{}
	for _, f := range finished {
		if !f.at.After(until) {
			done[f.id] = true
			v.bytes += float64(f.bytes)
		}
	}
	for _, c := range chunks { // what had come of responses still arriving
		if !done[c.id] && !c.at.After(until) {
			v.bytes += float64(c.bytes)
		}
	}
	return v
}

// serveCDN serves dir as a CDN does: a precompressed .br copy when the
// browser takes brotli, other files gzipped, pages by their path without
// .html.
func serveCDN(t testing.TB, dir string) *site {
	t.Helper()
	files := http.FileServer(http.Dir(dir))
	return startSite(t, func(w http.ResponseWriter, r *http.Request) {
		p := filepath.Join(dir, filepath.FromSlash(r.URL.Path))
		if _, err := os.Stat(p + ".br"); err == nil && strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
			w.Header().Set("Content-Encoding", "br")
			w.Header().Set("Content-Type", "application/wasm")
			http.ServeFile(w, r, p+".br")
			return
		}
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Header().Set("Content-Encoding", "gzip")
			z := gzip.NewWriter(w)
			defer z.Close()
			w = gzipped{w, z}
		}
		if _, err := os.Stat(p + ".html"); err == nil {
			http.ServeFile(w, r, p+".html")
			return
		}
		files.ServeHTTP(w, r)
	})
}

// gzipped sends what is written through z, and no length (it would be the
// uncompressed one).
type gzipped struct {
	http.ResponseWriter
	z *gzip.Writer
}

func (g gzipped) Write(b []byte) (int, error) { return g.z.Write(b) }

func (g gzipped) WriteHeader(code int) {
	g.Header().Del("Content-Length")
	g.ResponseWriter.WriteHeader(code)
}

var helloOnce struct {
	sync.Once
	dir string
	err error
}

// helloSite builds the go-app hello world (e2e/hello) as a static site, with
// its app.wasm compressed as the app's is (cli/compress.go).
func helloSite(t testing.TB) string {
	helloOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hello-site")
		if err != nil {
			helloOnce.err = err
			return
		}
		helloOnce.dir = dir
		build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "web", "app.wasm"), "./hello")
		build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		site := exec.Command("go", "run", "./hello", dir)
		for _, cmd := range []*exec.Cmd{site, build} {
			if out, err := cmd.CombinedOutput(); err != nil {
				helloOnce.err = fmt.Errorf("%v: %v\n%s", cmd.Args, err, out)
				return
			}
		}
		for _, icon := range []string{"icon.svg", "icon-192.png"} {
			if b, err := os.ReadFile(filepath.Join("..", "web", icon)); err == nil {
				os.WriteFile(filepath.Join(dir, "web", icon), b, 0o644)
			}
		}
		helloOnce.err = compressBrotli(filepath.Join(dir, "web", "app.wasm"))
	})
	require.NoError(t, helloOnce.err)
	return helloOnce.dir
}

func compressBrotli(path string) error {
	in, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := os.Create(path + ".br")
	if err != nil {
		return err
	}
	w := brotli.NewWriterLevel(out, brotli.BestCompression)
	if _, err := w.Write(in); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return out.Close()
}
