package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// yesNo are the answers to a yes/no question; "Not sure" leaves it unsaid,
// which the standards treat with care (borderline, or a reminder).
var yesNo = []option{{yes, "Yes"}, {no, "No"}, {"", "Not sure"}}

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
		app.Range(vehicleFields).Slice(func(i int) app.UI { return c.vehicleControl(vehicleFields[i]) }),
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

func (c *checkScreen) vehicleControl(f vehicleField) app.UI {
	path := "vehicle." + f.Name
	id := "vehicle-" + f.Name
	value, problem := c.st.value(path), c.st.problems[path]
	switch {
	case f.Type == standards.Boolean:
		return choice{ID: id, Label: f.Label, Hint: f.Hint, Problem: problem, Value: value,
			Options: yesNo, Choose: func(v string) handler { return c.onChoose(path, v) }}.render()
	case f.Type == standards.Choice && len(f.Options) <= 3:
		return choice{ID: id, Label: f.Label, Hint: f.Hint, Problem: problem, Value: value, Required: f.Required,
			Options: options(f.Options), Choose: func(v string) handler { return c.onChoose(path, v) }}.render()
	case f.Type == standards.Choice:
		return picker{ID: id, Label: f.Label, Hint: f.Hint, Problem: problem, Value: value, Required: f.Required,
			Options: options(f.Options), OnChange: c.onInput(path)}.render()
	}
	in := input{ID: id, Label: requiredLabel(f.Label, f.Required), Hint: f.Hint, Problem: problem, Value: value, Unit: f.Unit,
		Required: f.Required, OnInput: c.onInput(path)}
	switch {
	case f.Date:
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

// effects are what the vehicle's details change, read from the report.
func effects(f *standards.File, r *standards.Report) []string {
	v := &f.Vehicle
	var out []string
	if v.AgreementEnds.IsZero() {
		out = append(out, "Return date: today, "+r.ReturnDate.Long()+", as no agreement end date is given.")
	} else {
		out = append(out, "Return date: "+r.ReturnDate.Long()+", when your agreement ends.")
	}
	if v.FirstRegistered.IsZero() {
		out = append(out, "Enter the first registration date to see how many small dents are acceptable and whether an MOT is needed. Until then up to 2 are counted.")
	} else {
		age := "up to two years old"
		if r.DentAllowance > 2 {
			age = "over two years old"
		}
		out = append(out, "Your car will be "+age+" at the return date, so up to "+itoa(r.DentAllowance)+" small dents are acceptable (less than 13 mm, one per panel).")
		if item(r, "mot-certificate").Required {
			out = append(out, "Your car will be over three years old at the return date, so an MOT with six months left is needed, and the MOT certificate goes back with the car.")
		} else {
			out = append(out, "Your car will be three years old or less at the return date, so no MOT certificate is needed.")
		}
	}
	switch {
	case v.Powertrain == 0:
		out = append(out, "Choose the powertrain: charging cables are checked for electric cars only.")
	case item(r, "charging-cables").Required:
		out = append(out, "Your car is electric, so the charging cables are checked and go back with the car.")
	default:
		out = append(out, "No charging cables to check: they apply to electric cars only.")
	}
	return out
}

func item(r *standards.Report, id string) standards.ItemStatus {
	for _, it := range r.Items {
		if it.ID == id {
			return it
		}
	}
	return standards.ItemStatus{}
}
