package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// stepProblem is a problem on the open step, led by the field's name, and
// the field it is about.
type stepProblem struct {
	text    string
	field   string // the id of the control to focus
	finding int    // the finding to open for editing; -1 for a car field
}

// stepProblems are the open step's problems in the order its fields come.
func (c *checkScreen) stepProblems() []stepProblem {
	var out []stepProblem
	if c.step == stepCar {
		for _, f := range standards.VehicleFields() {
			if p := c.st.problems["vehicle."+f.Name]; p != "" {
				out = append(out, stepProblem{f.Label + ": " + p, "vehicle-" + f.Name, -1})
			}
		}
		return out
	}
	for _, i := range c.st.byArea[c.step] {
		path := findingPath(i)
		if p := c.st.problems[path+".kind"]; p != "" {
			out = append(out, stepProblem{"Finding " + itoa(len(out)+1) + ": " + p, "finding-" + itoa(i), i})
		}
		k, ok := standards.KindByID(c.st.file.Findings[i].Kind)
		if !ok {
			continue
		}
		for j, fl := range k.Fields {
			id := "finding-" + itoa(i) + "-" + fl.Name
			if j == 0 {
				id = "finding-" + itoa(i) + "-first"
			}
			if p := c.st.problems[path+"."+fl.Name]; p != "" {
				out = append(out, stepProblem{k.Label + ", " + strings.ToLower(fl.Label[:1]) + fl.Label[1:] + ": " + p, id, i})
			}
		}
	}
	return out
}

// renderErrorSummary is GOV.UK's error summary: "There is a problem" and a
// link to each field at fault, which opens its finding and focuses it.
func (c *checkScreen) renderErrorSummary() app.UI {
	problems := c.stepProblems()
	if len(problems) == 0 {
		return nil
	}
	return app.Div().ID("error-summary").Class("error-summary no-print").Attr("role", "alert").TabIndex(-1).Body(
		app.H2().Text("There is a problem"),
		app.Ul().Body(
			app.Range(problems).Slice(func(i int) app.UI {
				p := problems[i]
				return app.Li().Body(
					// A button, not a link to #id: go-app would take the link for a
					// navigation and focus the step's heading instead.
					app.Button().Type("button").Class("error-summary-link").Text(p.text).OnClick(handle(func(ctx app.Context, e app.Event) {
						if p.finding >= 0 {
							c.editing = p.finding
						}
						id := p.field
						c.later(ctx, func(app.Context) { focusField(id) })
					}, p.field, p.finding).args()),
				)
			}),
		),
	)
}

// focusField focuses the control with id, or a group's first control (a
// fieldset of radio buttons), and brings it into view.
func focusField(id string) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	if el.Get("tagName").String() == "FIELDSET" {
		el = el.Call("querySelector", "input")
	}
	if el.Truthy() {
		el.Call("focus")
		el.Call("scrollIntoView", map[string]any{"block": "center"})
	}
}
