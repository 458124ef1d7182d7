package app

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// worker is this page's Web Worker, started on first use and kept.
var worker struct {
	js      app.Value
	next    int
	pending map[int]func(data app.Value, err error)
	soon    bool // startWorkerSoon is waiting for the page to be idle
}

// startWorkerSoon starts the worker once the page is idle after the screen
// has been drawn (requestIdleCallback, within 2 s; where it is missing, after
// half a second), so that loading worker.wasm, large, never competes with
// the app's start. A request before then starts it at once.
func startWorkerSoon() {
	if worker.js != nil || worker.soon {
		return
	}
	worker.soon = true
	var start app.Func
	start = app.FuncOf(func(app.Value, []app.Value) any {
		start.Release()
		worker.soon = false
		startWorker()
		return nil
	})
	win := app.Window()
	if !win.Get("requestIdleCallback").Truthy() {
		win.Call("setTimeout", start, 500)
		return
	}
	within := win.Get("Object").New()
	within.Set("timeout", 2000)
	win.Call("requestIdleCallback", start, within)
}

// startWorker starts the worker, so worker.wasm loads off the page's thread
// before it is needed. A browser without workers is told of on first ask.
func startWorker() (err error) {
	defer recoverInto(&err, "starting the document maker")
	if worker.js != nil {
		return nil
	}
	worker.js = app.Window().Get("Worker").New("/web/worker.js")
	worker.pending = map[int]func(app.Value, error){}
	worker.js.Call("addEventListener", "message", app.FuncOf(func(_ app.Value, args []app.Value) any {
		data := args[0].Get("data")
		id := data.Get("id").Int()
		done, ok := worker.pending[id]
		if !ok {
			return nil
		}
		delete(worker.pending, id)
		if msg := data.Get("error"); msg.Truthy() {
			done(nil, errors.New(msg.String()))
		} else {
			done(data, nil)
		}
		return nil
	}))
	worker.js.Call("addEventListener", "error", app.FuncOf(func(app.Value, []app.Value) any {
		pending := worker.pending
		worker.js, worker.pending = nil, nil // a worker that failed to load is not reused
		for _, done := range pending {
			done(nil, errors.New("the document maker could not be loaded; reload the app and try again"))
		}
		return nil
	}))
	return nil
}

// askWorker sends r to the worker (worker/ in Go, run by web/worker.js),
// for the work that needs large libraries (fpdf, QR codes, compression,
// images) kept out of the app's own wasm. done gets the reply, with a
// PDF's (or a calendar's) bytes as a Uint8Array, or why there is none.
// done runs outside the UI's goroutine: it must ctx.Dispatch.
func askWorker(r workerapi.Request, done func(reply workerapi.Reply, bytes app.Value, err error)) {
	askWorkerWith(r, nil, nil, func(reply workerapi.Reply, data app.Value, err error) {
		var bytes app.Value
		if data != nil {
			bytes = data.Get("bytes")
		}
		done(reply, bytes, err)
	})
}

// askWorkerWith sends r with bytes (a Uint8Array, handed over to the
// worker) and photos ({name: Uint8Array}) beside it; either may be nil.
// done gets the reply and the message it came in, whose bytes, thumb and
// photos carry what the reply holds beside its JSON.
func askWorkerWith(r workerapi.Request, bytes, photos app.Value, done func(reply workerapi.Reply, data app.Value, err error)) {
	fail := func(err error) { done(workerapi.Reply{}, nil, err) }
	if err := startWorker(); err != nil {
		fail(err)
		return
	}
	b, err := workerapi.EncodeRequest(r)
	if err != nil {
		fail(fmt.Errorf("the request to the document maker: %v", err))
		return
	}
	worker.next++
	worker.pending[worker.next] = func(data app.Value, err error) {
		if err != nil {
			fail(err)
			return
		}
		reply, err := workerapi.DecodeReply([]byte(data.Get("reply").String()))
		if err == nil && reply.Error != "" {
			err = errors.New(reply.Error)
		}
		if err != nil {
			fail(err)
			return
		}
		done(reply, data, nil)
	}
	msg := app.Window().Get("Object").New()
	msg.Set("id", worker.next)
	msg.Set("request", string(b))
	moved := app.Window().Get("Array").New()
	if bytes != nil {
		msg.Set("bytes", bytes)
		moved.Call("push", bytes.Get("buffer"))
	}
	if photos != nil {
		msg.Set("photos", photos)
	}
	worker.js.Call("postMessage", msg, moved)
}
