package cli

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	ui "github.com/smart-selfcheck/selfcheck/app"
)

// webDir holds the static assets and the built app.wasm. go-app serves it at
// /web/ from the working directory, so commands run from the project root.
const webDir = "web"

// wasmFiles are the WebAssembly programs in webDir: the app, and the
// worker beside it that makes PDFs, QR codes and handover links.
var wasmFiles = []string{"app.wasm", "worker.wasm"}

// wasmLengthHeader carries the uncompressed size of app.wasm so the loader's
// progress is right when the file travels compressed.
const wasmLengthHeader = "X-Wasm-Content-Length"

// contentSecurityPolicy allows nothing from another origin, ever.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'none'"

//go:embed app-worker.js
var workerTemplate string

// newHandler describes the app to go-app. The version is a hash of what the
// browser runs, so a new build always installs as a new version.
func newHandler() (*app.Handler, error) {
	version, err := contentVersion(webDir)
	if err != nil {
		return nil, err
	}
	cacheable := []string{"/web/icon.svg", "/web/icon-512.png", "/web/worker.js", "/web/worker.wasm"}
	for _, p := range ui.Paths {
		if p != ui.PathHome {
			cacheable = append(cacheable, p)
		}
	}
	return &app.Handler{
		Name:            "smart self-check",
		ShortName:       "self-check",
		Title:           "smart self-check",
		Description:     "Offline self-check for smart drivers: the Vehicle Return Standards, road assistance cover and the numbers to call.",
		Lang:            "en-GB",
		ThemeColor:      "#0f5c3a",
		BackgroundColor: "#ffffff",
		LoadingLabel:    "Getting ready for offline use… {progress}%",
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/apple-touch-icon.png",
		},
		Styles:                  []string{"/web/app.css", "/web/check.css", "/web/assistance.css"},
		Scripts:                 []string{"/web/failure.js", "/web/shell.js defer"}, // failure.js before wasm_exec.js: it wraps Go
		CacheableResources:      cacheable,
		RawHeaders:              []string{`<meta http-equiv="Content-Security-Policy" content="` + contentSecurityPolicy + `">`},
		Version:                 version,
		WasmContentLengthHeader: wasmLengthHeader,
		ServiceWorkerTemplate:   workerTemplate,
	}, nil
}

// contentVersion hashes every file under dir that the browser loads
// (compressed copies are the same content) and the worker template.
func contentVersion(dir string) (string, error) {
	for _, name := range wasmFiles {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			return "", fmt.Errorf("%s/%s is missing: build it first with 'make wasm'", dir, name)
		}
	}
	var names []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !isCompressedCopy(path) {
			names = append(names, path)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := sha256.New()
	io.WriteString(h, workerTemplate)
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		io.WriteString(h, filepath.ToSlash(name))
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// tidyPage corrects what go-app writes into every page, so the page is of
// use before app.wasm has arrived (and with none at all):
//   - go-app forbids zooming, which low-vision drivers need;
//   - it records the address the page was rendered at, which means nothing
//     on another host;
//   - it writes false boolean attributes as disabled="false", which HTML
//     reads as disabled (and checked="false" as ticked);
//   - the page's links work from the HTML, but its buttons and fields need
//     the app: they are disabled and marked data-wait, and web/app.css says
//     "one moment" beside them. Nothing can be typed that the app's own
//     page would then drop; the app replaces all of it when it takes over.
func tidyPage(page []byte) []byte {
	page = bytes.Replace(page, []byte(", maximum-scale=1, user-scalable=0"), nil, 1)
	page = ogURL.ReplaceAll(page, nil)
	page = falseAttr.ReplaceAll(page, nil)
	head, body, ok := bytes.Cut(page, []byte("<body"))
	if !ok {
		return page
	}
	body = control.ReplaceAllFunc(body, func(tag []byte) []byte {
		mark := []byte(" disabled data-wait")
		if disabledAttr.Match(tag) {
			mark = mark[len(" disabled"):]
		}
		open, selfClosing := bytes.CutSuffix(tag, []byte("/"))
		if selfClosing {
			return slices.Concat(open, mark, []byte("/"))
		}
		return slices.Concat(tag, mark)
	})
	return slices.Concat(head, []byte("<body"), body)
}

var (
	ogURL        = regexp.MustCompile(`<meta [^>]*"og:url"[^>]*>\n?`)
	falseAttr    = regexp.MustCompile(` (?:checked|disabled|required|readonly|selected|multiple|hidden|open)="false"`)
	control      = regexp.MustCompile(`<(?:input|textarea|select|button)\b[^>]*`)
	disabledAttr = regexp.MustCompile(` disabled(?:="[^"]*")?(?: |/?$)`)
)

func isCompressedCopy(path string) bool {
	return strings.HasSuffix(path, ".br") || strings.HasSuffix(path, ".gz")
}
