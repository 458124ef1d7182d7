package app

import (
	"fmt"
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// rescue, deferred, turns a panic into the failure screen ("Something went
// wrong. Your answers are saved. [Reload]") and a console error with the
// stack, so the app never just stops answering. Every answer is saved as it
// is typed, so reloading loses at most the keystroke that failed.
//
// Handlers (handle) and dispatched functions (rescued) go through it. A
// panic anywhere else, in a Render say, stops the Go program once go-app has
// shut down, and web/failure.js shows the same screen then; a defer in every
// Render would cost app.wasm more than its budget allows. Nothing may keep
// go-app's shutdown waiting, so the app uses no ctx.After or ctx.Async.
func rescue() {
	if r := recover(); r != nil {
		failed(r, debug.Stack())
	}
}

// failed reports a panic. The screen itself is drawn by web/failure.js,
// which also draws it when the Go program stops.
func failed(r any, stack []byte) {
	win := app.Window()
	win.Get("console").Call("error", fmt.Sprintf("smart self-check failed: panic: %v\n%s", r, stack))
	if show := win.Get("selfcheckFailed"); show.Truthy() {
		show.Invoke()
	}
}

// rescued is fn, to run later on the UI goroutine (ctx.Dispatch), with
// rescue.
func rescued(fn func(app.Context)) func(app.Context) {
	return func(ctx app.Context) {
		defer rescue()
		fn(ctx)
	}
}
