//go:build wasm

package main

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/app"
)

// The browser program only routes the screens: no server, no commands.
func main() {
	app.Register()
	goapp.RunWhenOnBrowser()
}
