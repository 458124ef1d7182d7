package app

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// workerRequest is what the app asks of the worker (worker/ in Go, run by
// web/worker.js): the work that needs large libraries (fpdf, QR codes,
// compression), kept out of the app's own wasm. It mirrors the worker's
// request type; the browser suite checks the two agree.
type workerRequest struct {
	Kind     string    `json:"kind"` // pdf, card, qr, pack or unpack
	File     string    `json:"file,omitempty"`
	On       string    `json:"on,omitempty"`
	Retailer *Retailer `json:"retailer,omitempty"`
	Text     string    `json:"text,omitempty"`
	Origin   string    `json:"origin,omitempty"`
	Fragment string    `json:"fragment,omitempty"`
	Zone     int       `json:"zone,omitempty"`  // photo: minutes east of UTC
	Added    string    `json:"added,omitempty"` // photo: RFC 3339
}

// worker is this page's Web Worker, started on first use and kept.
var worker struct {
	js      app.Value
	next    int
	pending map[int]func(reply app.Value, err error)
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

// askWorker sends r to the worker; done gets the reply object or why there
// is none. done runs outside the UI's goroutine: it must ctx.Dispatch.
func askWorker(r workerRequest, done func(reply app.Value, err error)) {
	askWorkerWith(r, nil, nil, done)
}

// askWorkerWith sends r with bytes (a Uint8Array, handed over to the
// worker) and photos ({name: Uint8Array}) beside it; either may be nil.
func askWorkerWith(r workerRequest, bytes, photos app.Value, done func(reply app.Value, err error)) {
	if err := startWorker(); err != nil {
		done(nil, err)
		return
	}
	b, err := json.Marshal(r)
	if err != nil {
		done(nil, fmt.Errorf("the request to the document maker: %v", err))
		return
	}
	worker.next++
	worker.pending[worker.next] = done
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
