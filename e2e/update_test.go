//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// A new deployment reaches an installed app even when the host lets browsers
// keep files for a year: the worker fetches the new app.wasm past the HTTP
// cache and the app offers to reload.
func TestNewVersionReachesTheInstalledApp(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.CopyFS(dir, os.DirFS(distDir)))
	s := serveDir(t, dir, "public, max-age=31536000")
	tb := newTab(t, s.URL)
	tb.open(t, "/", "What do you need?")
	tb.waitOfflineReady(t)

	// Deploy: a new app.wasm (the old one plus a custom section, still valid
	// WebAssembly) and a worker with a new version.
	wasm, err := os.ReadFile(filepath.Join(dir, "web", "app.wasm"))
	require.NoError(t, err)
	section := append([]byte{0, 9, 8}, "deployed"...)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "web", "app.wasm"), append(wasm, section...), 0o644))
	worker, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	require.NoError(t, err)
	newWorker := strings.Replace(string(worker), `const cacheName = "selfcheck-`, `const cacheName = "selfcheck-new`, 1)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app-worker.js"), []byte(newWorker), 0o644))

	tb.run(t, chromedp.Evaluate(`navigator.serviceWorker.getRegistration().then(r => r.update())`, nil, awaitPromise))
	tb.waitJS(t, `[...document.querySelectorAll(".notice-update")].some(n => n.textContent.includes("A new version is ready"))`, "the update notice")
	tb.run(t, chromedp.Click(".notice-update button", chromedp.ByQuery))
	tb.waitApp(t, "What do you need?")

	tb.waitJS(t, `(caches.keys().then(k => window.__keys = k),
		(window.__keys || []).join() .startsWith("selfcheck-new") && window.__keys.length === 1)`, "the old version's cache to go")
	var cached int
	tb.run(t, chromedp.Evaluate(`caches.open(window.__keys[0])
		.then(c => c.match("/web/app.wasm")).then(r => r.arrayBuffer()).then(b => b.byteLength)`, &cached, awaitPromise))
	require.Equal(t, len(wasm)+len(section), cached, "the new version cached the new app.wasm, not the browser's old copy")
	requireClean(t, tb)
}
