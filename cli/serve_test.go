package cli

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rawGet sends the request line and headers exactly as given, so the path
// reaches the server uncleaned (curl --path-as-is), and returns the
// response.
func rawGet(t *testing.T, addr, request string) (*http.Response, string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	_, err = io.WriteString(c, request)
	require.NoError(t, err)
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	require.NoError(t, err, request)
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

// siteWithSecrets serves a fake site from a folder that also holds files
// the site must never hand out, as the project's folder holds .git.
func siteWithSecrets(t *testing.T) *httptest.Server {
	t.Helper()
	fakeWeb(t)
	require.NoError(t, os.WriteFile("go.mod", []byte("module secret-module"), 0o644))
	require.NoError(t, os.Mkdir(".git", 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(".git", "config"), []byte("[secret-config]"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(webDir, ".hidden"), []byte("secret-hidden"), 0o644))
	h, err := newSiteHandler()
	require.NoError(t, err)
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	return s
}

func TestServerHandsOutOnlyTheSitesFiles(t *testing.T) {
	s := siteWithSecrets(t)
	addr := s.Listener.Addr().String()
	for _, path := range []string{
		"/web/../go.mod",
		"/web/%2e%2e/go.mod",
		"/web/%2E%2E/.git/config",
		"/web/%2e%2e/",
		"/web/..%2fgo.mod",
		"/web%2f..%2fgo.mod",
		"/web/%252e%252e/go.mod", // double-encoded
		"/web/..%5cgo.mod",       // backslash
		"/web/..\\go.mod",
		"/web/.%2e/.git/config",
		"/web//../go.mod",
		"/web/./../go.mod",
		"/web/.hidden",
		"/web/",
		"/web",
		"/%2e%2e/go.mod",
		"/..%2f.git/config",
		"/.git/config",
		"/go.mod",
		"/robots.txt", // go-app would fetch it from the Host the request names
	} {
		res, body := rawGet(t, addr, "GET "+path+" HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
		assert.NotContains(t, body, "secret", path)
		assert.NotContains(t, body, "<pre>", path+": no folder listing")
		if strings.HasPrefix(path, "/web/") || strings.HasSuffix(path, ".txt") {
			assert.Equal(t, http.StatusNotFound, res.StatusCode, path)
		} // other paths are pages: the app's own "Page not found"
	}
	res, body := rawGet(t, addr, "GET /web/app.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "body{}", body, "the site's own files are served")
	assert.Contains(t, res.Header.Get("Content-Type"), "text/css")
}

func TestServerAnswersOnlyGetAndHead(t *testing.T) {
	s := siteWithSecrets(t)
	addr := s.Listener.Addr().String()
	for _, tc := range []struct {
		method string
		want   int
	}{
		{"GET", http.StatusOK},
		{"HEAD", http.StatusOK},
		{"POST", http.StatusMethodNotAllowed},
		{"PUT", http.StatusMethodNotAllowed},
		{"DELETE", http.StatusMethodNotAllowed},
		{"OPTIONS", http.StatusMethodNotAllowed},
		{"PATCH", http.StatusMethodNotAllowed},
		{"TRACE", http.StatusMethodNotAllowed},
		{"PROPFIND", http.StatusMethodNotAllowed},
	} {
		for _, path := range []string{"/", "/web/app.css", "/check"} {
			res, _ := rawGet(t, addr, tc.method+" "+path+" HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
			assert.Equal(t, tc.want, res.StatusCode, tc.method+" "+path)
			if tc.want == http.StatusMethodNotAllowed {
				assert.Equal(t, "GET, HEAD", res.Header.Get("Allow"), tc.method)
			}
		}
	}
}

// The server drops a client that sends its headers too slowly, and refuses
// headers too large, so a few clients cannot hold it.
func TestServerLimitsSlowAndLargeRequests(t *testing.T) {
	fakeWeb(t)
	h, err := newSiteHandler()
	require.NoError(t, err)
	srv := newServer("127.0.0.1:0", h)
	assert.Positive(t, srv.ReadTimeout)
	assert.Positive(t, srv.WriteTimeout)
	assert.Positive(t, srv.IdleTimeout)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	c, err := net.Dial("tcp", ln.Addr().String())
	require.NoError(t, err)
	defer c.Close()
	start := time.Now()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n")
	c.SetReadDeadline(time.Now().Add(srv.ReadHeaderTimeout + 5*time.Second))
	for i := 0; ; i++ {
		// One header byte a second, never finishing.
		if _, err := io.WriteString(c, "X"); err != nil {
			break
		}
		c.SetReadDeadline(time.Now().Add(time.Second))
		if _, err := c.Read(make([]byte, 1)); err != nil && !isTimeout(err) {
			break // closed, or answered 408 then closed
		}
		require.Less(t, time.Since(start), srv.ReadHeaderTimeout+5*time.Second, "a slow client is still connected")
	}
	assert.GreaterOrEqual(t, time.Since(start), srv.ReadHeaderTimeout-time.Second)

	big := "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 2*srv.MaxHeaderBytes) + "\r\nConnection: close\r\n\r\n"
	res, _ := rawGet(t, ln.Addr().String(), big)
	assert.Equal(t, http.StatusRequestHeaderFieldsTooLarge, res.StatusCode)
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}

func TestAcceptsEncoding(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   bool
	}{
		{"br", true},
		{"gzip, deflate, br", true},
		{"BR", true},
		{"br;q=0.5", true},
		{"br;q=0.001", true},
		{"br;q=1", true},
		{"br;q=0", false},
		{"br; q=0", false},
		{"br;Q=0", false},
		{"br;q=0.0", false},
		{"br;q=0.000", false},
		{"br ; q = 0", false},
		{"gzip", false},
		{"", false},
		{"brotli", false},
		{"*", true},
		{"*;q=0", false},
		{"br;q=0, *", false}, // named with q=0 is refused whatever * says
		{"gzip, *;q=0", false},
		{"br;q=abc", false},
	} {
		assert.Equal(t, tc.want, acceptsEncoding(tc.header, "br"), tc.header)
	}
}
