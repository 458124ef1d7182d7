//go:build wasm

// Command hello is the yardstick for the wasm size budget: the smallest
// go-app v9 program with a browser-only main.
package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Hello") }

func main() {
	app.Route("/", &hello{})
	app.RunWhenOnBrowser()
}
