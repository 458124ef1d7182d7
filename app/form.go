package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// input describes one labelled form control. Every screen builds its forms
// from these, so labels, hints and errors look and read the same everywhere.
type input struct {
	ID        string
	Label     string
	Type      string // "text", "date", "tel", "number"...; "" is text
	Value     string // exactly what the driver typed, kept even when it is wrong
	Unit      string // shown after the control, such as "mm"
	Hint      string
	Problem   string // shown beside the control; "" when fine
	InputMode string // "decimal", "numeric", "tel"...
	Required  bool
	OnInput   app.EventHandler
}

// render draws the control with its label, hint and problem, linked for
// screen readers.
func (in input) render() app.UI {
	typ := in.Type
	if typ == "" {
		typ = "text"
	}
	hintID, problemID := in.ID+"-hint", in.ID+"-problem"
	describedBy := ""
	if in.Hint != "" {
		describedBy = hintID
	}
	if in.Problem != "" {
		describedBy += " " + problemID
	}
	control := app.Input().ID(in.ID).Name(in.ID).Type(typ).
		Class("control").Required(in.Required).OnInput(in.OnInput)
	// go-app trims attribute values, so writing "smart " back while the
	// driver types would delete the space they just typed. A value with
	// spaces at either end is left as the browser holds it.
	if in.Value == strings.TrimSpace(in.Value) {
		control = control.Value(in.Value)
	}
	if in.InputMode != "" {
		control = control.Attr("inputmode", in.InputMode)
	}
	if describedBy != "" {
		control = control.Aria("describedby", describedBy)
	}
	if in.Problem != "" {
		control = control.Aria("invalid", "true").Class("control-invalid")
	}
	return app.Div().Class("field").Body(
		app.Label().For(in.ID).Class("field-label").Text(in.Label),
		app.If(in.Hint != "", app.P().ID(hintID).Class("field-hint").Text(in.Hint)),
		app.Div().Class("field-row").Body(
			control,
			app.If(in.Unit != "", app.Span().Class("field-unit").Text(in.Unit)),
		),
		app.If(in.Problem != "", app.P().ID(problemID).Class("field-problem").Text(in.Problem)),
	)
}
