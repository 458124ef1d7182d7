package app

import (
	"fmt"
	"reflect"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// handler is an event handler ready for an element's On… method, with the
// key go-app tells it from the handler of the last render by.
type handler struct {
	fn  app.EventHandler
	key string
}

// handle readies fn for an element: el.OnClick(handle(fn, i).args()).
//
// go-app keeps an element's handler across renders when it looks the same:
// same event, same scope, same code. A function literal's code is the same
// whatever it captured, so a handler that captured a finding's index, an
// area or a path passes what it captured as scope; otherwise a re-render
// keeps the old handler, which then acts on another finding or area.
// handlers_test.go checks every handler in the package.
//
// A panic in fn shows the failure screen instead of stopping the app.
func handle(fn app.EventHandler, scope ...any) handler {
	if fn == nil {
		return handler{}
	}
	key := strconv.FormatUint(uint64(reflect.ValueOf(fn).Pointer()), 36)
	for _, s := range scope {
		key += "/" + fmt.Sprint(s)
	}
	return handler{key: key, fn: func(ctx app.Context, e app.Event) {
		defer rescue()
		fn(ctx, e)
	}}
}

// args are the arguments of an element's On… method.
func (h handler) args() (app.EventHandler, string) { return h.fn, h.key }
