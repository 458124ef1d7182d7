package cli

import (
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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
	if err := http.ListenAndServe(*addr, h); err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitFailure
	}
	return exitOK
}

// newSiteHandler is the app with its security headers and compressed wasm.
func newSiteHandler() (http.Handler, error) {
	if err := precompressWasm(); err != nil {
		return nil, err
	}
	h, err := newHandler()
	if err != nil {
		return nil, err
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range securityHeaders {
			w.Header().Set(k, v)
		}
		for _, name := range wasmFiles {
			if r.URL.Path == "/web/"+name {
				serveWasm(w, r, filepath.Join(webDir, name))
				return
			}
		}
		servePage(w, r, h)
	}), nil
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

// serveWasm sends the best precompressed copy the browser accepts.
func serveWasm(w http.ResponseWriter, r *http.Request, path string) {
	raw, err := os.Stat(path)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Vary", "Accept-Encoding")
	w.Header().Set(wasmLengthHeader, strconv.FormatInt(raw.Size(), 10))
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range encodings {
		if !acceptsEncoding(accept, enc.name) {
			continue
		}
		if f, err := os.Open(path + enc.ext); err == nil {
			defer f.Close()
			st, _ := f.Stat()
			w.Header().Set("Content-Encoding", enc.name)
			http.ServeContent(w, r, "", st.ModTime(), f)
			return
		}
	}
	http.ServeFile(w, r, path)
}

func acceptsEncoding(header, name string) bool {
	for _, part := range strings.Split(header, ",") {
		token, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(token), name) {
			return !strings.Contains(strings.ReplaceAll(params, " ", ""), "q=0") ||
				strings.Contains(params, "q=0.")
		}
	}
	return false
}
