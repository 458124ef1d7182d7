// Command size reports the size of app.wasm raw, gzip and brotli, against the
// budget: brotli at most 1.25 times a go-app hello world built the same way.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

const budget = 1.25

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: size web/app.wasm [other.wasm ...]")
		os.Exit(2)
	}
	wasm, err := os.ReadFile(os.Args[1])
	check(err)
	tmp, err := os.MkdirTemp("", "hello")
	check(err)
	defer os.RemoveAll(tmp)
	helloPath := filepath.Join(tmp, "hello.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", helloPath, "./e2e/hello")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	check(cmd.Run())
	hello, err := os.ReadFile(helloPath)
	check(err)

	appBr, helloBr := brotliSize(wasm), brotliSize(hello)
	fmt.Printf("%-22s %12s %12s %12s\n", "", "raw", "gzip", "brotli")
	fmt.Printf("%-22s %12d %12d %12d\n", "app.wasm", len(wasm), gzipSize(wasm), appBr)
	fmt.Printf("%-22s %12d %12d %12d\n", "go-app hello world", len(hello), gzipSize(hello), helloBr)
	ratio := float64(appBr) / float64(helloBr)
	verdict := "within budget"
	if ratio > budget {
		verdict = "OVER BUDGET"
	}
	fmt.Printf("brotli ratio %.2fx hello world (budget %.2fx): %s\n", ratio, budget, verdict)
	for _, other := range os.Args[2:] {
		b, err := os.ReadFile(other)
		check(err)
		fmt.Printf("%-22s %12d %12d %12d  (loaded on demand, not in the budget)\n", filepath.Base(other), len(b), gzipSize(b), brotliSize(b))
	}
	if bytes.Contains(wasm, []byte("net/http.(*Server)")) {
		fmt.Println("app.wasm links an HTTP server: keep the browser build free of it")
	}
}

func gzipSize(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

func brotliSize(b []byte) int {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "size:", err)
		os.Exit(1)
	}
}
