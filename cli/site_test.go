package cli

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ui "github.com/smart-selfcheck/selfcheck/app"
)

// fakeWeb makes a web directory in a fresh working directory, with a small
// stand-in for app.wasm, and returns the wasm bytes.
func fakeWeb(t *testing.T) []byte {
	t.Helper()
	t.Chdir(t.TempDir())
	require.NoError(t, os.Mkdir(webDir, 0o755))
	wasm := []byte(strings.Repeat("\x00asm wasm body ", 500))
	for name, body := range map[string][]byte{"app.wasm": wasm, "worker.wasm": []byte("\x00asm document maker"),
		"app.css": []byte("body{}"), "icon.svg": []byte("<svg/>")} {
		require.NoError(t, os.WriteFile(filepath.Join(webDir, name), body, 0o644))
	}
	return wasm
}

func init() { ui.Register() }

func get(t *testing.T, h http.Handler, path string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestServerSendsPagesWithCSPAndZoomAllowed(t *testing.T) {
	fakeWeb(t)
	h, err := newSiteHandler()
	require.NoError(t, err)
	for _, path := range append(ui.Paths, "/kiosk?retailer=x", "/no/such/page") {
		w := get(t, h, path)
		assert.Equal(t, http.StatusOK, w.Code, path)
		assert.Equal(t, contentSecurityPolicy, w.Header().Get("Content-Security-Policy"), path)
		body := w.Body.String()
		assert.Contains(t, body, `<meta http-equiv="Content-Security-Policy" content="`+contentSecurityPolicy+`">`, path)
		assert.Contains(t, body, `lang="en-GB"`, path)
		assert.NotContains(t, body, "user-scalable", path)
		assert.NotContains(t, body, "og:url", path)
		// Only the documents' web addresses on /contacts link away, and only a tap follows them.
		assert.NotRegexp(t, `(src|action)="https?://|<link[^>]+href="https?://`, body, path+": every resource comes from this origin")
	}
	manifest := get(t, h, "/manifest.webmanifest").Body.String()
	for _, icon := range []string{"/web/icon-192.png", "/web/icon-512.png", "/web/icon.svg"} {
		assert.Contains(t, manifest, icon)
	}
	assert.NotContains(t, manifest, "https://")
}

func TestServerSendsCompressedWasmTheBrowserAccepts(t *testing.T) {
	wasm := fakeWeb(t)
	h, err := newSiteHandler()
	require.NoError(t, err)
	for _, tc := range []struct {
		accept, encoding string
		decode           func(io.Reader) io.Reader
	}{
		{"gzip, deflate, br", "br", func(r io.Reader) io.Reader { return brotli.NewReader(r) }},
		{"gzip", "gzip", func(r io.Reader) io.Reader { z, _ := gzip.NewReader(r); return z }},
		{"br;q=0, gzip", "gzip", func(r io.Reader) io.Reader { z, _ := gzip.NewReader(r); return z }},
		{"", "", func(r io.Reader) io.Reader { return r }},
	} {
		w := get(t, h, "/web/app.wasm", "Accept-Encoding", tc.accept)
		require.Equal(t, http.StatusOK, w.Code, tc.accept)
		assert.Equal(t, tc.encoding, w.Header().Get("Content-Encoding"), tc.accept)
		assert.Equal(t, "application/wasm", w.Header().Get("Content-Type"), tc.accept)
		assert.Equal(t, "7500", w.Header().Get(wasmLengthHeader), tc.accept)
		got, err := io.ReadAll(tc.decode(w.Body))
		require.NoError(t, err, tc.accept)
		assert.Equal(t, wasm, got, tc.accept)
	}
}

func TestVersionChangesWithTheWasm(t *testing.T) {
	fakeWeb(t)
	v1, err := contentVersion(webDir)
	require.NoError(t, err)
	again, _ := contentVersion(webDir)
	assert.Equal(t, v1, again, "the same build has the same version")
	require.NoError(t, os.WriteFile(filepath.Join(webDir, "app.wasm"), []byte("new build"), 0o644))
	v2, _ := contentVersion(webDir)
	assert.NotEqual(t, v1, v2)
	require.NoError(t, os.WriteFile(filepath.Join(webDir, "app.wasm.br"), []byte("stale copy"), 0o644))
	v3, _ := contentVersion(webDir)
	assert.Equal(t, v2, v3, "compressed copies are the same content")
}

func TestStaticSiteHasEveryPageAndHeaders(t *testing.T) {
	fakeWeb(t)
	require.NoError(t, writeStaticSite("dist"))
	for _, f := range []string{"index.html", "check.html", "assistance.html", "contacts.html", "404.html",
		"app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest", "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz",
		"web/worker.wasm", "web/worker.wasm.br", "web/icon.svg"} {
		assert.FileExists(t, filepath.Join("dist", f))
	}
	index, err := os.ReadFile("dist/index.html")
	require.NoError(t, err)
	assert.NotContains(t, string(index), "user-scalable")
	headers, err := os.ReadFile("dist/_headers")
	require.NoError(t, err)
	assert.Contains(t, string(headers), "Content-Security-Policy: "+contentSecurityPolicy)
	assert.Contains(t, string(headers), wasmLengthHeader+": 7500")
	worker, err := os.ReadFile("dist/app-worker.js")
	require.NoError(t, err)
	assert.Contains(t, string(worker), `"/check"`, "routes are cached for offline use")
	assert.Contains(t, string(worker), `"/web/worker.wasm"`, "the PDF maker works offline")
	assert.Contains(t, string(worker), `cache: "reload"`)
}

func TestUnknownCommandIsBadInput(t *testing.T) {
	var out, errOut strings.Builder
	code := Run([]string{"frobnicate"}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, exitBadInput, code)
	assert.Contains(t, errOut.String(), `unknown command "frobnicate"`)
	code = Run(nil, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out.String(), "serve")
}

func TestPagesWaitForTheAppWithoutBreaking(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a false boolean is no attribute at all", `<head></head><body><a href="tel:+1" hidden="false">x</a>`, `<head></head><body><a href="tel:+1">x</a>`},
		{"a tick box written unticked stays unticked", `<body><input type="checkbox" checked="false" disabled="false">`, `<body><input type="checkbox" disabled data-wait>`},
		{"a button waits for the app", `<body><button type="button" class="button">Use my location</button>`, `<body><button type="button" class="button" disabled data-wait>Use my location</button>`},
		{"a field takes no typing the app would drop", `<body><textarea id="card-fault" aria-label="a/b"></textarea>`, `<body><textarea id="card-fault" aria-label="a/b" disabled data-wait></textarea>`},
		{"a control already disabled is marked only", `<body><select disabled class="x"></select>`, `<body><select disabled class="x" data-wait></select>`},
		{"a self-closing tag stays well formed", `<body><input value="x"/>`, `<body><input value="x" disabled data-wait/>`},
		{"the head is left alone", `<head><link rel="preload" as="style"></head><body><p>inputs</p>`, `<head><link rel="preload" as="style"></head><body><p>inputs</p>`},
		{"links are left working", `<body><a class="call" href="tel:+442079757079">0044</a>`, `<body><a class="call" href="tel:+442079757079">0044</a>`},
	} {
		assert.Equal(t, tc.want, string(tidyPage([]byte(tc.in))), tc.name)
	}
}
