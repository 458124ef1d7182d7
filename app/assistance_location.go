package app

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// position is where the device says it is.
type position struct {
	Lat, Lon float64   // degrees, WGS 84
	Accuracy float64   // metres, radius of 95% confidence as the browser reports it
	At       time.Time // when the fix was taken
}

// locating is the state of a request for the position.
type locating int

const (
	locateIdle locating = iota
	locateFinding
	locateFound
	locateFailed
)

func (l locating) String() string {
	switch l {
	case locateIdle:
		return "idle"
	case locateFinding:
		return "finding"
	case locateFound:
		return "found"
	case locateFailed:
		return "failed"
	}
	return fmt.Sprintf("locating(%d)", int(l))
}

// Geolocation error codes (GeolocationPositionError).
const (
	geoPermissionDenied    = 1
	geoPositionUnavailable = 2
	geoTimeout             = 3
)

// locationProblem says why the position could not be had, and what to do;
// instead is what the driver can do without it, as the end of a sentence
// ("describe where you are below").
func locationProblem(code int, instead string) string {
	switch code {
	case geoPermissionDenied:
		return "Location is turned off for this app or was refused. You can allow it in the browser's site settings, or " + instead + "."
	case geoPositionUnavailable:
		return "Your phone could not work out its position here. Try again in the open, or " + instead + "."
	case geoTimeout:
		return "Finding your position took too long. Try again, or " + instead + "."
	}
	return "This browser cannot give your position. " + capitalise(instead) + "."
}

// describeInstead is what a driver without a position does on the
// assistance screen.
const describeInstead = "describe where you are below"

// requestPosition asks the browser for the position. The answer comes back
// on the UI goroutine through ctx.Dispatch, as done(ctx, position, "") or
// done(ctx, position{}, problem). Geolocation needs no network: GPS works
// offline.
func requestPosition(ctx app.Context, done func(ctx app.Context, p position, problem string)) {
	geo := app.Window().Get("navigator").Get("geolocation")
	if !geo.Truthy() {
		done(ctx, position{}, locationProblem(0, describeInstead))
		return
	}
	ok, fail := jsReply(ctx, func(args []app.Value) func(app.Context) {
		c := args[0].Get("coords")
		p := position{Lat: c.Get("latitude").Float(), Lon: c.Get("longitude").Float(),
			Accuracy: c.Get("accuracy").Float(), At: appClock()}
		return func(ctx app.Context) { done(ctx, p, "") }
	}, func(args []app.Value) func(app.Context) {
		code := args[0].Get("code").Int()
		return func(ctx app.Context) { done(ctx, position{}, locationProblem(code, describeInstead)) }
	})
	geo.Call("getCurrentPosition", ok, fail, map[string]any{
		"enableHighAccuracy": true,
		"timeout":            30000, // milliseconds
		"maximumAge":         60000, // milliseconds: a fix up to a minute old will do
	})
}

// copyText puts text on the clipboard; done receives "" or why it failed,
// on the UI goroutine.
func copyText(ctx app.Context, text string, done func(ctx app.Context, problem string)) {
	clip := app.Window().Get("navigator").Get("clipboard")
	const cannot = "This browser would not copy it: read the numbers out, or select them and copy."
	if !clip.Truthy() {
		done(ctx, cannot)
		return
	}
	ok, fail := jsReply(ctx, func([]app.Value) func(app.Context) {
		return func(ctx app.Context) { done(ctx, "") }
	}, func([]app.Value) func(app.Context) {
		return func(ctx app.Context) { done(ctx, cannot) }
	})
	clip.Call("writeText", text).Call("then", ok, fail)
}

// jsReply makes the success and failure callbacks of a browser API that
// answers later. Each reads the answer on the JavaScript side and hands what
// to do with it to the UI goroutine through ctx.Dispatch; both are released
// once either has run.
func jsReply(ctx app.Context, ok, fail func(args []app.Value) func(app.Context)) (app.Func, app.Func) {
	var okFn, failFn app.Func
	wrap := func(handle func([]app.Value) func(app.Context)) app.Func {
		return app.FuncOf(func(this app.Value, args []app.Value) any {
			then := handle(args)
			okFn.Release()
			failFn.Release()
			ctx.Dispatch(rescued(then))
			return nil
		})
	}
	okFn, failFn = wrap(ok), wrap(fail)
	return okFn, failFn
}

// coordinates writes the position as it is read out over the phone:
// "48.13743° N, 11.57549° E". Five decimals are about a metre.
func (p position) coordinates() string {
	return hemisphere(p.Lat, "N", "S") + ", " + hemisphere(p.Lon, "E", "W")
}

// plain is the position as maps and assistance centres take it: "48.13743, 11.57549".
func (p position) plain() string {
	return strconv.FormatFloat(p.Lat, 'f', 5, 64) + ", " + strconv.FormatFloat(p.Lon, 'f', 5, 64)
}

func hemisphere(v float64, pos, neg string) string {
	h := pos
	if v < 0 {
		h = neg
	}
	return strconv.FormatFloat(math.Abs(v), 'f', 5, 64) + "° " + h
}

// accuracy says how far off the position may be, in words.
func (p position) accuracy() string {
	switch m := p.Accuracy; {
	case m <= 0 || math.IsNaN(m):
		return "The browser did not say how accurate this is."
	case m < 1000:
		return fmt.Sprintf("Accurate to about %d metres.", int(math.Round(m)))
	default:
		return fmt.Sprintf("Only accurate to about %s km: check it before you rely on it.", strconv.FormatFloat(math.Round(m/100)/10, 'f', -1, 64))
	}
}
