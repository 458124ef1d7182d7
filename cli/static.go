package cli

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// notFoundPage is written as 404.html, which static hosts serve for unknown paths.
const notFoundPage = "/404"

func runStatic(e env, args []string) int {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	out := fs.String("o", "dist", "directory to write the site to (replaced)")
	if err := fs.Parse(args); err != nil {
		return exitBadInput
	}
	if err := writeStaticSite(*out); err != nil {
		fmt.Fprintln(e.stderr, "static:", err)
		return exitFailure
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", *out)
	return exitOK
}

// writeStaticSite writes every page, the web assets with app.wasm and its
// compressed copies, and a _headers file, so any static host can serve the app.
func writeStaticSite(out string) error {
	if err := precompressWasm(); err != nil {
		return err
	}
	h, err := newHandler()
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, h, notFoundPage); err != nil {
		return err
	}
	if err := tidyPages(out); err != nil {
		return err
	}
	if err := copyDir(webDir, filepath.Join(out, webDir)); err != nil {
		return err
	}
	raw, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "_headers"), []byte(headersFile(raw.Size())), 0o644)
}

// headersFile is in the format Netlify and Cloudflare Pages read.
func headersFile(wasmSize int64) string {
	var b strings.Builder
	b.WriteString("/*\n")
	keys := make([]string, 0, len(securityHeaders))
	for k := range securityHeaders {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s: %s\n", k, securityHeaders[k])
	}
	b.WriteString("  Cache-Control: no-cache\n")
	fmt.Fprintf(&b, "/web/app.wasm\n  Content-Type: application/wasm\n  %s: %d\n", wasmLengthHeader, wasmSize)
	b.WriteString("/web/worker.wasm\n  Content-Type: application/wasm\n")
	return b.String()
}

func tidyPages(dir string) error {
	pages, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return err
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p, tidyPage(b), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func copyDir(from, to string) error {
	return filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		in, err := os.Open(path)
		if err != nil {
			return err
		}
		defer in.Close()
		outf, err := os.Create(dst)
		if err != nil {
			return err
		}
		if _, err := io.Copy(outf, in); err != nil {
			outf.Close()
			return err
		}
		return outf.Close()
	})
}
