package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// stepTasks is the task list: every part of the check with its status.
const stepTasks = "tasks"

// task is one row of the task list.
type task struct {
	id, label, href string
	progress        standards.Progress
}

// tasks are the car, the walk round's areas in order, and the hand-back
// items, each with how far the driver has got.
func (c *checkScreen) tasks() (car task, areas []task, handBack task) {
	v := &c.st.file.Vehicle
	car = task{"car", "Your car", stepURL(stepCar), standards.NotStarted}
	switch {
	case v.Powertrain != 0 && !v.FirstRegistered.IsZero():
		car.progress = standards.Checked
	case v.Powertrain != 0 || !v.FirstRegistered.IsZero() || v.Model != "" || v.RegistrationNumber != "":
		car.progress = standards.InProgress
	}
	for _, a := range c.st.report.Areas {
		areas = append(areas, task{a.ID, a.Label, stepURL(a.ID), a.Progress})
	}
	handBack = task{"hand-back", "Things to hand back", stepURL(stepHandBack), standards.NotStarted}
	answered := 0
	for _, it := range c.st.report.Items {
		if it.Have != nil {
			answered++
		}
	}
	switch {
	case c.st.needed > 0 && c.st.have == c.st.needed:
		handBack.progress = standards.Checked
	case answered > 0:
		handBack.progress = standards.InProgress
	}
	return car, areas, handBack
}

// renderTasks is the GOV.UK "complete multiple tasks" page: what there is
// to do, in order, and how far each part has got.
func (c *checkScreen) renderTasks() app.UI {
	car, areas, handBack := c.tasks()
	done := c.st.checked
	return app.Elem("section").Class("check-tasks").Aria("labelledby", "step-heading").Body(
		stepHeading("Your check"),
		app.P().Class("lead").Text("You have checked "+itoa(done)+" of "+itoa(len(areas))+" areas. Do them in any order; you can come back to any of them."),
		app.H3().Text("1. Your car"),
		taskList([]task{car}),
		app.H3().Text("2. Walk round the car"),
		taskList(areas),
		app.H3().Text("3. Before you hand the car back"),
		taskList([]task{handBack}),
		app.Div().Class("check-pager no-print").Body(
			app.A().Class("button").Href(stepURL(stepSummary)).Text("See the summary →"),
		),
	)
}

// taskList is a list of tasks, each a link with its status beside it.
func taskList(ts []task) app.UI {
	return app.Ul().Class("task-list").Body(
		app.Range(ts).Slice(func(i int) app.UI {
			t := ts[i]
			status := "task-" + t.id + "-status"
			return app.Li().Class("task").Body(
				app.A().Class("task-link").Href(t.href).Aria("describedby", status).Text(t.label),
				app.Span().ID(status).Class("task-status task-"+t.progress.String()).Text(t.progress.Words()),
			)
		}),
	)
}

// stepAfter is the step after area id: the next area, or the hand back.
func (c *checkScreen) stepAfter(id string) string {
	areas := c.st.report.Areas
	for i := range areas {
		if areas[i].ID == id && i+1 < len(areas) {
			return areas[i+1].ID
		}
	}
	return stepHandBack
}

// showFirstField brings the finding with id into view from its top, or,
// when its first field would then be below the screen, that field to the
// middle of it, and focuses the field without scrolling again.
func showFirstField(id string) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	el.Call("scrollIntoView", map[string]any{"block": "start"})
	first := el.Call("querySelector", ".finding-form input, .finding-form select, .finding-form textarea")
	if !first.Truthy() {
		return
	}
	if first.Call("getBoundingClientRect").Get("bottom").Float() > app.Window().Get("innerHeight").Float() {
		first.Call("scrollIntoView", map[string]any{"block": "center"})
	}
	first.Call("focus", map[string]any{"preventScroll": true})
}
