package app

import (
	"errors"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// calendarDownload is "Add to calendar": the worker writes the dated
// actions of the saved check (and of a complaint, when Icomplaint is set)
// as an .ics file, which the phone's calendar opens.
type calendarDownload struct {
	app.Compo

	// Ifile and Ion are the check whose dates to write, as the screen holds
	// it, and the day the screen judged it on; a nil Ifile adds none.
	Ifile      *standards.File
	Ion        date.Date
	Icomplaint date.Date // the day a complaint was made; zero for none

	busy    bool
	problem string
}

func newCalendarDownload() *calendarDownload { return &calendarDownload{} }

// Check is the check whose dates to write and the day it was judged on.
func (d *calendarDownload) Check(f *standards.File, on date.Date) *calendarDownload {
	d.Ifile, d.Ion = f, on
	return d
}

// Complaint adds the dates the replies to a complaint made on day fall due.
func (d *calendarDownload) Complaint(day date.Date) *calendarDownload {
	d.Icomplaint = day
	return d
}

func (d *calendarDownload) OnMount(ctx app.Context) { startWorkerSoon() }

func (d *calendarDownload) Render() app.UI {
	label := "Add to calendar"
	if d.busy {
		label = "Making the calendar file…"
	}
	return app.Div().Class("calendar-download no-print").Body(
		app.Button().Type("button").Class("button button-secondary calendar-download-button").
			Disabled(d.busy).Aria("busy", d.busy).OnClick(handle(d.onMake).args()).Text(label),
		app.P().Class("field-hint").Text("Every date to come, each with its source and a reminder a week before, as a file your calendar opens."),
		app.If(d.problem != "", app.P().Class("field-problem").Attr("role", "alert").Text(d.problem)),
	)
}

func (d *calendarDownload) onMake(ctx app.Context, e app.Event) {
	d.busy, d.problem = true, ""
	req := workerapi.Request{Kind: workerapi.Calendar, On: d.Ion, Complaint: d.Icomplaint}
	if d.Ifile != nil {
		if b, err := d.Ifile.Encode(); err == nil {
			req.File = string(b)
		}
	}
	askWorker(req, func(_ workerapi.Reply, bytes app.Value, err error) {
		ctx.Dispatch(rescued(func(ctx app.Context) {
			d.busy = false
			if err != nil {
				d.problem = problemText(errors.New("the calendar file could not be made: " + err.Error()))
				return
			}
			parts := app.Window().Get("Array").New()
			parts.Call("push", bytes)
			saveBlob(app.Window().Get("Blob").New(parts, map[string]any{"type": "text/calendar"}), "smart-selfcheck-dates.ics")
		}))
	})
}
