package app

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// Steps of the check, besides one per area (by area id), as ?step= in the URL
// so the phone's back button goes back a step.
const (
	stepCar      = "car"
	stepHandBack = "hand-back"
	stepSummary  = "summary"
)

// checkScreen is the return self-check: the car, a walk round it area by
// area, what to hand back and the summary. It holds the check being edited;
// every change is judged and saved at once.
type checkScreen struct {
	app.Compo

	store store            // nil until mounted in a browser (or a test)
	now   func() time.Time // the clock, read in handlers only

	st      *checkState
	step    string          // stepCar, stepTasks, an area id, stepHandBack or stepSummary
	editing int             // index of the finding open for editing; -1 for none
	others  map[string]bool // text fields answered "something else", by path
	panel   string          // the panel picked on the car's outline, by standards panel id

	savedAt     time.Time
	saveProblem string
	unreadable  string // why the stored check could not be read, when it just happened
	keptCopy    bool   // an unreadable check is kept aside for download
	inPlace     bool   // it is kept in place, the storage having no room for a copy: nothing saves over it
	persisted   bool   // the browser promised not to clear the storage

	undo          *removed
	confirmNew    bool
	pendingImport *standards.File
	importRead    []*standards.Problem // the pending import's correctable problems
	importName    string
	importProblem string
	linkProblem   string // a check handed over in a link could not be read
	status        string // a short message for screen readers, such as "Check imported"

	ph photoState // app/check_photos.go
}

// newCheckScreen returns the screen. The router makes a zero one, which
// uses the device's storage (currentStore) and the app's clock.
func newCheckScreen() *checkScreen { return &checkScreen{} }

// Store sets where the check is kept, for tests.
func (c *checkScreen) Store(s store) *checkScreen {
	c.store = s
	return c
}

// Clock sets where the screen reads the time, for tests.
func (c *checkScreen) Clock(now func() time.Time) *checkScreen {
	c.now = now
	return c
}

func (c *checkScreen) today() date.Date { return date.FromTime(c.now()) }

func (c *checkScreen) OnMount(ctx app.Context) {
	if c.store == nil {
		if !app.IsClient {
			return // pre-rendering on the server: nothing is stored there
		}
		c.store = currentStore()
	}
	if c.now == nil {
		c.now = appClock
	}
	c.editing = -1
	c.others = map[string]bool{}
	saved := loadCheck(c.store)
	drafts := map[string]string{}
	if saved.Unreadable == "" {
		drafts = loadDrafts(c.store)
	} else {
		saveDrafts(c.store, nil)
	}
	c.st = newCheckState(saved.File, drafts, c.today())
	c.st.readWith(saved.Problems, c.today())
	c.savedAt, c.unreadable, c.inPlace = saved.SavedAt, saved.Unreadable, saved.InPlace
	_, c.keptCopy = unreadableCopy(c.store, c.inPlace)
	c.readStep(ctx)
	c.readHandover(ctx)
	c.askPersistence(ctx)
	c.loadPhotos(ctx)
	ctx.NewActionWithValue(actionCheckOnScreen, checkOnScreen(c.onScreen))
}

// actionCheckOnScreen hands the kiosk bar on this screen the way to ask for
// the check as the screen holds it, for "Take your answers". (Not go-app's
// state: linking its store made app.wasm about 25 KB brotli larger.)
const actionCheckOnScreen = "check-on-screen"

// checkOnScreen gives the check as the screen holds it; nil when the screen
// has neither saved nor tried to save anything.
type checkOnScreen func() *standards.File

func (c *checkScreen) onScreen() *standards.File {
	if c.st == nil || c.savedAt.IsZero() && c.saveProblem == "" {
		return nil
	}
	return c.st.file
}

func (c *checkScreen) OnNav(ctx app.Context) {
	if c.st == nil {
		return
	}
	c.readStep(ctx)
	c.readHandover(ctx)
	// The field asked for, the finding opened, or else the step.
	switch q := ctx.Page().URL().Query(); {
	case q.Get("field") != "":
		id := q.Get("field")
		c.later(ctx, func(app.Context) { focusField(id) })
	case c.editing >= 0:
		c.focusLater(ctx, "finding-"+itoa(c.editing)+"-first")
	default:
		c.focusLater(ctx, "step-heading")
	}
}

// readStep takes the step from the URL; with none, the driver carries on
// where there is something left to do.
func (c *checkScreen) readStep(ctx app.Context) {
	q := ctx.Page().URL().Query()
	c.step = q.Get("step")
	if c.step != stepCar && c.step != stepHandBack && c.step != stepSummary && c.step != stepTasks && c.areaStatus(c.step) == nil {
		c.step = c.nextStep()
	}
	c.editing = -1
	if i, err := strconv.Atoi(q.Get("edit")); err == nil && i >= 0 && i < len(c.st.file.Findings) {
		c.editing = i
	}
}

// nextStep is the car while it lacks what the standards need, then the first
// area not checked, then the summary.
func (c *checkScreen) nextStep() string {
	v := &c.st.file.Vehicle
	if v.Powertrain == 0 || v.FirstRegistered.IsZero() {
		return stepCar
	}
	if len(c.st.areasLeft) > 0 {
		return c.st.areasLeft[0].ID
	}
	return stepSummary
}

// areaStatus returns the report's status of area id, nil if the car has no
// such area.
func (c *checkScreen) areaStatus(id string) *standards.AreaStatus {
	for i := range c.st.report.Areas {
		if c.st.report.Areas[i].ID == id {
			return &c.st.report.Areas[i]
		}
	}
	return nil
}

func stepURL(step string) string { return PathCheck + "?step=" + step }

// fieldURL opens the car's step with the control id focused.
func fieldURL(id string) string { return stepURL(stepCar) + "&field=" + id }

// askPersistence asks the browser not to clear the check when space runs low.
func (c *checkScreen) askPersistence(ctx app.Context) {
	storage := app.Window().Get("navigator").Get("storage")
	if !storage.Truthy() || !storage.Get("persist").Truthy() {
		return
	}
	storage.Call("persist").Then(func(v app.Value) {
		granted := v.Truthy()
		ctx.Dispatch(rescued(func(ctx app.Context) { c.persisted = granted }))
	})
}

// change applies text typed into the input at path, judges and saves.
func (c *checkScreen) change(path, text string) {
	c.st.set(path, text, c.today())
	c.save()
}

// onInput handles typing into the input at path.
func (c *checkScreen) onInput(path string) handler {
	return handle(func(ctx app.Context, e app.Event) { c.change(path, ctx.JSSrc().Get("value").String()) }, path)
}

// onChoose handles picking value for path (a radio button).
func (c *checkScreen) onChoose(path, value string) handler {
	return handle(func(ctx app.Context, e app.Event) { c.change(path, value) }, path, value)
}

// save keeps the check on the device, with the typed values not yet in it.
func (c *checkScreen) save() {
	if c.inPlace {
		c.saveProblem = problemText(errOldCheckInPlace)
		return
	}
	now := c.now()
	if err := saveCheck(c.store, c.st.file, now); err != nil {
		c.saveProblem = problemText(err)
		return
	}
	if err := saveDrafts(c.store, c.st.drafts()); err != nil {
		c.saveProblem = problemText(err)
		return
	}
	c.savedAt, c.saveProblem = now, ""
	c.prunePhotos()
}

func (c *checkScreen) Render() app.UI {
	if c.st == nil {
		return layout(PathCheck, "Return check",
			app.P().Class("lead").Text("Loading your check…"))
	}
	return layout(PathCheck, "Return check",
		c.renderNotices(),
		c.renderPhotoView(),
		c.renderSteps(),
		c.renderErrorSummary(),
		c.renderStep(),
		app.If(c.savedText() != "", app.P().Class("check-saved no-print").Text(c.savedText())),
		app.Div().Class("check-status").Aria("live", "polite").Text(c.status),
	)
}

func (c *checkScreen) renderStep() app.UI {
	switch c.step {
	case stepCar:
		return c.renderCar()
	case stepHandBack:
		return c.renderHandBack()
	case stepSummary:
		return c.renderSummary()
	case stepTasks:
		return c.renderTasks()
	}
	return c.renderArea(c.areaStatus(c.step))
}

// renderSteps is the bar of steps; the summary is always one tap away.
func (c *checkScreen) renderSteps() app.UI {
	r := &c.st.report
	type tab struct {
		href, label, count string
		current            bool
	}
	tabs := []tab{
		{stepURL(stepCar), "Car", "", c.step == stepCar},
		{stepURL(stepTasks), "Walk round", itoa(c.st.checked) + "/" + itoa(len(r.Areas)), c.step == stepTasks || c.areaStatus(c.step) != nil},
		{stepURL(stepHandBack), "Hand back", itoa(c.st.have) + "/" + itoa(c.st.needed), c.step == stepHandBack},
		{stepURL(stepSummary), "Summary", summaryCount(r.Summary), c.step == stepSummary},
	}
	return app.Elem("nav").Class("check-steps no-print").Aria("label", "Steps of the check").Body(
		app.Range(tabs).Slice(func(i int) app.UI {
			t := tabs[i]
			a := app.A().Class("check-step").Href(t.href).Body(
				app.Span().Class("check-step-label").Text(t.label),
				app.If(t.count != "", app.Span().Class("check-step-count").Text(t.count)),
			)
			if t.current {
				a = a.Class("check-step-current").Aria("current", "step")
			}
			return a
		}),
	)
}

// summaryCount is the summary tab's count: findings needing attention.
func summaryCount(s standards.Counts) string {
	switch {
	case s.NotAcceptable > 0 && s.Borderline > 0:
		return "✗" + strconv.Itoa(s.NotAcceptable) + " ?" + strconv.Itoa(s.Borderline)
	case s.NotAcceptable > 0:
		return "✗" + strconv.Itoa(s.NotAcceptable)
	case s.Borderline > 0:
		return "?" + strconv.Itoa(s.Borderline)
	}
	return ""
}

// savedText says when the check was saved; nothing while saving fails or
// an unreadable check holds its place.
func (c *checkScreen) savedText() string {
	if c.saveProblem != "" || c.inPlace {
		return ""
	}
	if c.savedAt.IsZero() {
		return "Saved on this device as you type."
	}
	at := c.savedAt.Local()
	when := at.Format("15:04")
	if date.FromTime(at) != c.st.report.AsOf {
		when = date.FromTime(at).Long() + " at " + when
	}
	text := "Last saved on this device at " + when + "."
	if currentKiosk().Shared {
		text += " It is wiped when you tap “Finish and clear”."
	} else if c.persisted {
		text += " The browser keeps it until you clear it."
	}
	return text
}

// stepHeading is the heading of a step, focused when the step opens.
func stepHeading(text string) app.UI {
	return app.Elem("h2").ID("step-heading").TabIndex(-1).Class("check-heading").Text(text)
}

// later runs fn after the screen is next rendered. ctx.Defer would tie it
// to the element handling the event, which the render may remove.
func (c *checkScreen) later(ctx app.Context, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: c, Function: rescued(fn)})
}

// focusLater moves the focus to the element with id once it is rendered.
func (c *checkScreen) focusLater(ctx app.Context, id string) {
	c.later(ctx, func(app.Context) { focus(id) })
}

// focus moves the keyboard focus to the element with id, if it is there.
func focus(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}
