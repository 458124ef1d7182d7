package cli

import (
	"flag"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

func runServe(e env, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	if err := fs.Parse(args); err != nil {
		return exitBadInput
	}
	h, err := newSiteHandler()
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitFailure
	}
	fmt.Fprintf(e.stdout, "smart self-check on http://%s\n", *addr)
	if err := newServer(*addr, h).ListenAndServe(); err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitFailure
	}
	return exitOK
}

// newServer bounds how long a client may take and how much it may send, so
// slow or hostile clients cannot hold the server.
func newServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,  // requests have no body worth waiting for
		WriteTimeout:      120 * time.Second, // app.wasm, raw, over a slow local network
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
}

// newSiteHandler is the app with its security headers and compressed wasm.
// It answers GET and HEAD only, and hands out files from webDir only: a
// path that is not already clean (.., ., //, a backslash, an encoded
// slash, a dot file) is not found, never resolved.
func newSiteHandler() (http.Handler, error) {
	if err := precompressWasm(); err != nil {
		return nil, err
	}
	h, err := newHandler()
	if err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(webDir)
	if err != nil {
		return nil, err
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range securityHeaders {
			w.Header().Set(k, v)
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "only GET and HEAD are answered", http.StatusMethodNotAllowed)
			return
		}
		p := r.URL.Path
		if !cleanPath(p) || r.URL.RawPath != "" && !cleanPath(r.URL.RawPath) {
			http.NotFound(w, r)
			return
		}
		switch name, isWeb := strings.CutPrefix(p, "/web/"); {
		case isWeb:
			serveWeb(w, r, root, name)
		case p == "/app.wasm", p == "/goapp.wasm":
			serveWeb(w, r, root, "app.wasm")
		case p == "/robots.txt", p == "/sitemap.xml", p == "/ads.txt":
			// go-app would fetch these over HTTP from whatever Host the
			// request names; the site has none.
			http.NotFound(w, r)
		default:
			servePage(w, r, h)
		}
	}), nil
}

// cleanPath says whether p is an absolute path that cleaning leaves as it
// is, with no backslash and no segment starting with a dot.
func cleanPath(p string) bool {
	return strings.HasPrefix(p, "/") && (p == "/" || path.Clean(p) == p) &&
		!strings.ContainsAny(p, "\\\x00") && !strings.Contains(p, "/.")
}

// serveWeb sends the regular file name from root, the built site's folder;
// os.Root keeps symbolic links from leading out of it.
func serveWeb(w http.ResponseWriter, r *http.Request, root *os.Root, name string) {
	if slices.Contains(wasmFiles, name) {
		serveWasm(w, r, root, name)
		return
	}
	f, st, ok := openFile(root, name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// openFile opens name in root when it is a regular file.
func openFile(root *os.Root, name string) (*os.File, fs.FileInfo, bool) {
	if !fs.ValidPath(name) {
		return nil, nil, false
	}
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, false
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, false
	}
	return f, st, true
}

// servePage runs go-app's handler and tidies the pages it writes.
func servePage(w http.ResponseWriter, r *http.Request, h http.Handler) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	body := rec.Body.Bytes()
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		body = tidyPage(body)
		rec.Header().Set("Content-Length", strconv.Itoa(len(body)))
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	w.Write(body)
}

// securityHeaders are sent with every response, and written to the static
// site's _headers file.
var securityHeaders = map[string]string{
	"Content-Security-Policy": contentSecurityPolicy,
	"X-Content-Type-Options":  "nosniff",
	"Referrer-Policy":         "no-referrer",
	"Permissions-Policy":      "geolocation=(self), camera=(), microphone=()",
}

// serveWasm sends the best precompressed copy of name the browser accepts.
func serveWasm(w http.ResponseWriter, r *http.Request, root *os.Root, name string) {
	raw, st, ok := openFile(root, name)
	if !ok {
		http.NotFound(w, r)
		return
	}
	defer raw.Close()
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Vary", "Accept-Encoding")
	w.Header().Set(wasmLengthHeader, strconv.FormatInt(st.Size(), 10))
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range encodings {
		if !acceptsEncoding(accept, enc.name) {
			continue
		}
		if f, cst, ok := openFile(root, name+enc.ext); ok {
			defer f.Close()
			w.Header().Set("Content-Encoding", enc.name)
			http.ServeContent(w, r, "", cst.ModTime(), f)
			return
		}
	}
	http.ServeContent(w, r, "", st.ModTime(), raw)
}

// acceptsEncoding says whether an Accept-Encoding header accepts the coding
// name: listed, or covered by "*", with a quality above zero ("br;q=0"
// refuses brotli).
func acceptsEncoding(header, name string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		token, params, _ := strings.Cut(part, ";")
		token = strings.TrimSpace(token)
		ok := quality(params) > 0
		switch {
		case strings.EqualFold(token, name):
			return ok
		case token == "*":
			star = ok
		}
	}
	return star
}

// quality is the q parameter of an Accept-Encoding element: 1 when not
// given, 0 when unreadable.
func quality(params string) float64 {
	for _, p := range strings.Split(params, ";") {
		k, v, _ := strings.Cut(p, "=")
		if strings.EqualFold(strings.TrimSpace(k), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				return 0
			}
			return q
		}
	}
	return 1
}
