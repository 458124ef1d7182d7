//go:build !wasm

// Command selfcheck serves the smart self-check app, writes it as a static
// site, and runs the command-line tools (check, catalogue, cover, pdf).
package main

import (
	"os"

	"github.com/smart-selfcheck/selfcheck/app"
	"github.com/smart-selfcheck/selfcheck/cli"
)

func main() {
	app.Register() // the server pre-renders pages with the browser's components
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
