package app

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// kioskBar is on every screen of a shared kiosk: "Finish and clear", and
// the warning before the kiosk clears itself after a while without a touch.
type kioskBar struct {
	app.Compo

	session  kioskSession
	watch    idleWatch
	warning  bool
	secsLeft int
	confirm  bool
	alive    bool
	// The customer's way to take their check to their own phone, or as a
	// PDF of it, judged on the day they asked: the check as the check
	// screen holds it, saved or not, or else as saved.
	takeAway   bool
	onScreen   checkOnScreen   // the check screen's, when the bar is on it
	check      *standards.File // nil when the saved check could not be read
	checkOn    date.Date
	handoverQR string
	handover   string // the link the QR code holds
	problem    string
	unlisten   []func()
}

func newKioskBar() *kioskBar { return &kioskBar{} }

// activity is what counts as a touch.
var activity = []string{"pointerdown", "keydown", "input", "touchstart", "wheel"}

// actionKioskStarted tells the bar that a kiosk link has just been
// recorded, as the bar mounts before the kiosk screen reads its link.
const actionKioskStarted = "kiosk-started"

func (k *kioskBar) OnMount(ctx app.Context) {
	ctx.Handle(actionKioskStarted, func(ctx app.Context, a app.Action) { k.start(ctx) })
	ctx.Handle(actionCheckOnScreen, func(ctx app.Context, a app.Action) { k.onScreen, _ = a.Value.(checkOnScreen) })
	k.start(ctx)
}

// start begins watching for touches when this tab is a shared kiosk.
func (k *kioskBar) start(ctx app.Context) {
	k.session = currentKiosk()
	if !k.session.Shared || k.alive {
		return
	}
	k.alive = true
	k.watch = newIdleWatch(kioskIdle, appClock())
	for _, ev := range activity {
		k.unlisten = append(k.unlisten, app.Window().AddEventListener(ev, func(ctx app.Context, e app.Event) { k.touch() }))
	}
	k.unlisten = append(k.unlisten, forgetOnBack())
	k.tick(ctx)
}

// touch is the customer using the tablet: the idle time starts again.
func (k *kioskBar) touch() {
	k.watch.touch(appClock())
	k.warning = false
}

// forgetOnBack keeps the browser's back-forward cache from showing a page
// as an earlier customer left it: a page put away is blanked at once, and
// one brought back is loaded afresh from the (cleared) storage. Both run in
// the browser's own handlers, before the page is frozen.
func forgetOnBack() (stop func()) {
	win := app.Window()
	hide := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if args[0].Get("persisted").Bool() {
			win.Get("document").Get("body").Set("hidden", true)
		}
		return nil
	})
	show := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if args[0].Get("persisted").Bool() {
			win.Get("location").Call("reload")
		}
		return nil
	})
	win.Call("addEventListener", "pagehide", hide)
	win.Call("addEventListener", "pageshow", show)
	return func() {
		win.Call("removeEventListener", "pagehide", hide)
		win.Call("removeEventListener", "pageshow", show)
		hide.Release()
		show.Release()
	}
}

func (k *kioskBar) OnDismount() {
	k.alive = false
	for _, stop := range k.unlisten {
		stop()
	}
	k.unlisten = nil
}

// tick shows the warning or clears the kiosk as the idle watch says, and
// looks again when that next changes.
func (k *kioskBar) tick(ctx app.Context) {
	if !k.alive {
		return
	}
	st := k.watch.at(appClock())
	if st.Clear {
		k.finish(ctx)
		return
	}
	k.warning, k.secsLeft = st.Warning, st.SecondsLeft
	// Not ctx.After: go-app waits for those before it stops after a panic.
	time.AfterFunc(st.Next, func() { ctx.Dispatch(rescued(k.tick)) })
}

// finish forgets the customer and starts the kiosk afresh. Replacing the
// page drops everything held in memory too.
func (k *kioskBar) finish(ctx app.Context) {
	k.alive = false
	s := finishKiosk()
	link := s.Link
	if link == "" {
		link = PathKiosk
	}
	app.Window().Get("location").Call("replace", link)
}

// showTakeAway draws the check as a QR code for the customer's phone.
func (k *kioskBar) showTakeAway(ctx app.Context, e app.Event) {
	k.takeAway, k.handoverQR, k.handover, k.problem = true, "", "", ""
	var none bool
	k.check, none = takeAwayCheck(k.onScreen, currentStore())
	k.checkOn = date.FromTime(appClock())
	if none {
		k.problem = "There is no check on this tablet yet."
		return
	}
	file, err := k.check.Encode()
	if err != nil {
		k.problem = problemText(err)
		return
	}
	origin := app.Window().Get("location").Get("origin").String()
	askWorker(workerapi.Request{Kind: workerapi.Pack, Origin: origin, File: string(file)}, func(reply workerapi.Reply, _ app.Value, err error) {
		ctx.Dispatch(rescued(func(ctx app.Context) {
			if err != nil {
				k.problem = problemText(err)
				return
			}
			k.handoverQR, k.handover = reply.SVG, reply.URL
		}))
	})
}

// takeAwayCheck is the check to take away: as the check screen holds it,
// saved or not (a shared tablet's storage may be full or refused), or else
// as saved in s. f is nil when the saved check cannot be read; none is
// true when there is no check yet.
func takeAwayCheck(onScreen checkOnScreen, s store) (f *standards.File, none bool) {
	if onScreen != nil {
		if f := onScreen(); f != nil {
			return f, false
		}
	}
	saved := loadCheck(s)
	if f = saved.File; saved.Unreadable != "" {
		f = nil
	}
	return f, saved.SavedAt.IsZero()
}

func (k *kioskBar) Render() app.UI {
	if !k.session.Shared {
		return app.Div().Class("kiosk-slot")
	}
	return classDiv("kiosk-slot",
		classDiv("kiosk-bar",
			classP("kiosk-label", "Shared tablet: nothing is kept after you finish."),
			app.If(!k.confirm,
				classDiv("kiosk-actions",
					app.Button().Class("button button-secondary").ID("kiosk-take").Text("Take your answers").
						OnClick(handle(k.showTakeAway).args()),
					app.Button().Class("button").ID("kiosk-finish").Text("Finish and clear").
						OnClick(handle(func(ctx app.Context, e app.Event) { k.confirm = true }).args()),
				),
			).Else(
				classDiv("kiosk-confirm",
					textP("Clear everything you entered on this tablet?"),
					app.Button().Class("button").ID("kiosk-clear").Text("Yes, clear it").
						OnClick(handle(func(ctx app.Context, e app.Event) { k.finish(ctx) }).args()),
					app.Button().Class("button button-secondary").Text("Cancel").
						OnClick(handle(func(ctx app.Context, e app.Event) { k.confirm = false }).args()),
				),
			),
		),
		app.If(k.takeAway,
			// Each part in its own box: go-app misplaces the component below
			// when a condition before it changes how many elements it holds.
			app.Elem("section").Class("kiosk-take").Aria("label", "Take your answers with you").Body(
				div(app.If(k.handoverQR != "",
					textP("Scan this with your phone's camera to carry on with your check there. "+
						"Nothing goes through the internet: the check is inside the code. The code leaves your photos out; the PDF carries them."),
					app.Img().Class("qr").ID("kiosk-handover-qr").Src(k.handoverQR).Alt("QR code of your check"),
					classPBody("field-hint",
						app.Text("Or send yourself "),
						app.A().ID("kiosk-handover-link").Href(k.handover).Text("this link"),
						app.Text(", which holds the check."),
					),
				)),
				div(app.If(k.problem != "", classP("notice notice-warn", k.problem))),
				newPDFDownload().Label("Download your check as a PDF").Check(k.check, k.checkOn),
				app.Button().Class("button button-secondary").Text("Close").
					OnClick(handle(func(ctx app.Context, e app.Event) { k.takeAway = false }).args()),
			),
		),
		app.If(k.warning,
			app.Div().Class("kiosk-warning").Role("alertdialog").Aria("live", "assertive").
				Aria("labelledby", "kiosk-warning-text").Body(
				app.P().ID("kiosk-warning-text").Text(fmt.Sprintf(
					"Still there? This tablet clears everything in %d seconds.", k.secsLeft)),
				app.Button().Class("button").ID("kiosk-stay").Text("I’m still here").
					OnClick(handle(func(ctx app.Context, e app.Event) { k.touch() }).args()),
			),
		),
	)
}
