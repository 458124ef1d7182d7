//go:build !wasm

// Natively, hello writes its static site (go-app's pages, loader and
// service worker, as a plain go-app app ships) for the first-visit bench:
// go run ./e2e/hello DIR. The bench adds web/app.wasm.
package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: hello DIR")
		os.Exit(2)
	}
	app.Route("/", &hello{})
	if err := app.GenerateStaticWebsite(os.Args[1], &app.Handler{Name: "Hello", Icon: app.Icon{Default: "/web/icon-192.png", SVG: "/web/icon.svg"}}); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}
