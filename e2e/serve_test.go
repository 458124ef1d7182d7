//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What `make run` serves: the app with its headers and a brotli app.wasm,
// which still opens once the server has stopped.
func TestServeCommand(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "selfcheck")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = ".."
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	server := exec.CommandContext(ctx, bin, "serve", "-addr", addr)
	server.Dir = ".."
	server.Stderr = os.Stderr
	require.NoError(t, server.Start())
	stop := func() { cancel(); server.Wait() }
	t.Cleanup(stop)
	origin := "http://" + addr
	deadline := time.Now().Add(60 * time.Second)
	for {
		res, err := http.Get(origin + "/")
		if err == nil {
			res.Body.Close()
			assert.Contains(t, res.Header.Get("Content-Security-Policy"), "default-src 'self'")
			break
		}
		require.True(t, time.Now().Before(deadline), "the server did not start: %v", err)
		time.Sleep(100 * time.Millisecond)
	}

	tb := newTab(t, origin)
	encodings := make(chan string, 8)
	chromedp.ListenTarget(tb.ctx, func(ev any) {
		if r, ok := ev.(*network.EventResponseReceived); ok && r.Response.URL == origin+"/web/app.wasm" {
			encodings <- fmt.Sprint(r.Response.Headers["Content-Encoding"])
		}
	})
	tb.open(t, "/", "What do you need?")
	select {
	case enc := <-encodings:
		assert.Equal(t, "br", enc, "app.wasm travels compressed")
	case <-time.After(10 * time.Second):
		t.Fatal("app.wasm was never fetched")
	}
	tb.waitOfflineReady(t)
	requireClean(t, tb)

	stop()
	tb.run(t, chromedp.Reload())
	tb.waitApp(t, "What do you need?")
	tb.open(t, "/check", "Return check")
}
