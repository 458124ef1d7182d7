package app

import (
	"strconv"
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
	Warning   string // a value taken but unlikely to be meant, such as a date in the future
	InputMode string // "decimal", "numeric", "tel"...
	Required  bool
	OnInput   handler
}

// render draws the control with its label, hint and problem, linked for
// screen readers.
func (in input) render() app.UI {
	typ := in.Type
	if typ == "" {
		typ = "text"
	}
	control := app.Input().ID(in.ID).Name(in.ID).Type(typ).
		Class("control").Required(in.Required).OnInput(in.OnInput.args())
	// go-app trims attribute values, so writing "smart " back while the
	// driver types would delete the space they just typed. A value with
	// spaces at either end is left as the browser holds it.
	if in.Value == strings.TrimSpace(in.Value) {
		control = control.Value(in.Value)
	}
	if in.InputMode != "" {
		control = control.Attr("inputmode", in.InputMode)
	}
	d := describedBy(in.ID, in.Hint, in.Problem)
	if in.Warning != "" {
		d = strings.TrimSpace(d + " " + in.ID + "-warning")
	}
	if d != "" {
		control = control.Aria("describedby", d)
	}
	if in.Problem != "" {
		control = control.Aria("invalid", "true").Class("control-invalid")
	}
	return classDiv("field",
		app.Label().For(in.ID).Class("field-label").Text(in.Label),
		fieldNote(in.ID, "hint", in.Hint),
		classDiv("field-row",
			control,
			app.If(in.Unit != "", classSpan("field-unit", in.Unit)),
		),
		fieldNote(in.ID, "problem", in.Problem),
		fieldNote(in.ID, "warning", in.Warning),
	)
}

// option is one answer of a choice or select.
type option struct{ Value, Label string }

// choice is a labelled group of radio buttons: big targets, every answer in
// view. Value is the chosen option's value, "" for none.
type choice struct {
	ID       string
	Label    string
	Hint     string
	Problem  string
	Value    string
	Options  []option
	Required bool
	Choose   func(value string) handler // the handler of picking value
}

func (c choice) render() app.UI {
	group := app.Elem("fieldset").ID(c.ID).Class("field choice")
	if d := describedBy(c.ID, c.Hint, c.Problem); d != "" {
		group = group.Aria("describedby", d)
	}
	return group.Body(
		app.Elem("legend").Class("field-label").Text(requiredLabel(c.Label, c.Required)),
		fieldNote(c.ID, "hint", c.Hint),
		classDiv("choice-options",
			app.Range(c.Options).Slice(func(i int) app.UI {
				o := c.Options[i]
				id := c.ID + "-" + strconv.Itoa(i)
				return app.Label().For(id).Class("choice-option").Body(
					app.Input().Type("radio").ID(id).Name(c.ID).Value(o.Value).
						Checked(o.Value == c.Value).OnChange(c.Choose(o.Value).args()),
					textSpan(o.Label),
				)
			}),
		),
		fieldNote(c.ID, "problem", c.Problem),
	)
}

// picker is a labelled drop-down list, for choices too long to show as
// buttons. The first option is "Choose…" with the value "".
type picker struct {
	ID       string
	Label    string
	Hint     string
	Problem  string
	Value    string
	Options  []option
	Required bool
	OnChange handler
}

func (p picker) render() app.UI {
	sel := app.Select().ID(p.ID).Name(p.ID).Class("control").Required(p.Required).OnChange(p.OnChange.args())
	if d := describedBy(p.ID, p.Hint, p.Problem); d != "" {
		sel = sel.Aria("describedby", d)
	}
	if p.Problem != "" {
		sel = sel.Aria("invalid", "true").Class("control-invalid")
	}
	return classDiv("field",
		app.Label().For(p.ID).Class("field-label").Text(requiredLabel(p.Label, p.Required)),
		fieldNote(p.ID, "hint", p.Hint),
		classDiv("field-row",
			sel.Body(
				app.Option().Value("").Text("Choose…").Selected(p.Value == ""),
				app.Range(p.Options).Slice(func(i int) app.UI {
					o := p.Options[i]
					return app.Option().Value(o.Value).Text(o.Label).Selected(o.Value == p.Value)
				}),
			),
		),
		fieldNote(p.ID, "problem", p.Problem),
	)
}

// fieldNote is a control's hint or problem (kind), under the id the control
// is described by; nothing when text is "".
func fieldNote(id, kind, text string) app.UI {
	if text == "" {
		return nil
	}
	return app.P().ID(id + "-" + kind).Class("field-" + kind).Text(text)
}

// describedBy lists the ids of a control's hint and problem, when shown.
func describedBy(id, hint, problem string) string {
	var ids []string
	if hint != "" {
		ids = append(ids, id+"-hint")
	}
	if problem != "" {
		ids = append(ids, id+"-problem")
	}
	return strings.Join(ids, " ")
}

func requiredLabel(label string, required bool) string {
	if required {
		return label + " (required)"
	}
	return label
}
