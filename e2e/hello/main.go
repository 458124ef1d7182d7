//go:build wasm

// Command hello is the yardstick for the wasm size budget and the first-visit
// bench: the smallest go-app v9 program with a browser-only main.
package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

func main() {
	app.Route("/", &hello{})
	app.RunWhenOnBrowser()
}
