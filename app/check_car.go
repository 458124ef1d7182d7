package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// yesNo are the answers to a yes/no question; "Not sure" leaves it unsaid,
// which the standards treat with care (borderline, or a reminder).
var yesNo = []option{{standards.Yes, "Yes"}, {standards.No, "No"}, {"", "Not sure"}}

func options(opts []standards.Option) []option {
	out := make([]option, len(opts))
	for i, o := range opts {
		out[i] = option{o.ID, o.Label}
	}
	return out
}

// renderCar is the car and its agreement, and what they change.
func (c *checkScreen) renderCar() app.UI {
	return app.Elem("section").Class("check-car").Aria("labelledby", "step-heading").Body(
		stepHeading("Your car"),
		app.P().Class("lead").Text("Only the powertrain and the first registration date are needed. The rest makes the check more exact."),
		app.Range(standards.VehicleFields()).Slice(func(i int) app.UI { return c.vehicleControl(standards.VehicleFields()[i]) }),
		c.renderEffects(),
		c.renderShots(),
		app.Div().Class("check-pager no-print").Body(
			app.A().Class("button").Href(stepURL(c.firstArea())).Text("Start the walk round →"),
		),
	)
}

func (c *checkScreen) firstArea() string {
	if len(c.st.report.Areas) == 0 {
		return stepSummary
	}
	return c.st.report.Areas[0].ID
}

func (c *checkScreen) vehicleControl(f *standards.Field) app.UI {
	path := "vehicle." + f.Name
	id := "vehicle-" + f.Name
	value, problem, warning := c.st.value(path), c.st.problems[path], c.st.report.WarningAt(path)
	switch {
	case f.Type == standards.Boolean:
		return choice{ID: id, Label: f.Label, Hint: f.Help, Problem: problem, Value: value,
			Options: yesNo, Choose: func(v string) handler { return c.onChoose(path, v) }}.render()
	case f.Type == standards.Choice && len(f.Options) <= 3:
		return choice{ID: id, Label: f.Label, Hint: f.Help, Problem: problem, Value: value, Required: f.Required,
			Options: options(f.Options), Choose: func(v string) handler { return c.onChoose(path, v) }}.render()
	case f.Type == standards.Choice:
		return picker{ID: id, Label: f.Label, Hint: f.Help, Problem: problem, Value: value, Required: f.Required,
			Options: options(f.Options), OnChange: c.onInput(path)}.render()
	}
	in := input{ID: id, Label: requiredLabel(f.Label, f.Required), Hint: f.Help, Problem: problem, Warning: warning,
		Value: value, Unit: f.Unit, Required: f.Required, OnInput: c.onInput(path)}
	switch {
	case f.Type == standards.Date:
		in.Type = "date"
	case f.Type == standards.Number:
		in.InputMode = "numeric"
	}
	return in.render()
}

// renderEffects says what the details change, in the report's own terms.
func (c *checkScreen) renderEffects() app.UI {
	return app.Elem("section").Class("check-effects").Aria("labelledby", "effects-heading").Body(
		app.H3().ID("effects-heading").Text("What your details change"),
		app.Ul().Body(
			app.Range(c.st.effects).Slice(func(i int) app.UI {
				return app.Li().Text(c.st.effects[i])
			}),
		),
	)
}

// effects are what the vehicle's details change, in the standards' words;
// a date typed but not readable is not taken for none.
func effects(f *standards.File, r *standards.Report, problems map[string]string) []string {
	return standards.CarFacts(&f.Vehicle, r, func(path string) bool { return problems[path] != "" })
}
