package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
)

// renderCard is the call card: what the assistance centre asks for, each
// item filled in from the saved check or typed here and kept on the device.
func (a *assistanceScreen) renderCard() app.UI {
	return classDiv("card",
		textP("The assistance centre will ask for these. Fill them in now and keep this screen open while you ring."),
		app.Range(cover.CallCard).Slice(func(i int) app.UI {
			return a.renderCardItem(cover.CallCard[i])
		}),
		classP("source", "Source: "+cover.CallCard[0].Source),
		outcomes(),
		app.If(!a.retailer.IsZero(),
			textH3("Your smart Retailer"),
			retailerCard(a.retailer, false),
		),
	)
}

func (a *assistanceScreen) renderCardItem(it cover.CallCardItem) app.UI {
	id := "card-" + it.ID
	switch it.ID {
	case "personal-details":
		return noteArea{ID: id, Label: it.Label, Hint: capitalise(it.Hint), Value: a.notes.Name, Rows: 2, OnInput: a.note(&a.notes.Name)}.render()
	case "contact-telephone":
		return input{ID: id, Label: it.Label, Hint: capitalise(it.Hint), Type: "tel", InputMode: "tel", Value: a.notes.Phone,
			Problem: problemText(checkPhone(a.notes.Phone)), OnInput: a.note(&a.notes.Phone)}.render()
	case "vehicle":
		return input{ID: id, Label: it.Label, Hint: vehicleHint(a.vehicle.Model, a.vehicle.RegistrationNumber, a.notes.Vehicle),
			Value: a.vehicleText(), OnInput: a.note(&a.notes.Vehicle)}.render()
	case "first-registered":
		return a.renderRegistered(it)
	case "location":
		return a.renderLocation(it)
	case "fault":
		return noteArea{ID: id, Label: it.Label, Hint: capitalise(it.Hint), Value: a.notes.Fault, Rows: 4, OnInput: a.note(&a.notes.Fault)}.render()
	}
	return textP(it.Label + ": " + it.Hint)
}

// vehicleText is the model and registration as typed here, else as saved.
func (a *assistanceScreen) vehicleText() string {
	if a.notes.Vehicle != "" {
		return a.notes.Vehicle
	}
	return strings.TrimSpace(strings.Join([]string{a.vehicle.Model, a.vehicle.RegistrationNumber}, " "))
}

func vehicleHint(model, registration, typed string) string {
	if typed == "" && (model != "" || registration != "") {
		return "From your saved return check."
	}
	return "For example smart fortwo coupé, and the number plate."
}

// renderRegistered shows the date of first registration used for cover.
func (a *assistanceScreen) renderRegistered(it cover.CallCardItem) app.UI {
	reg := a.cover.car.FirstRegistered
	return classDiv("field",
		classP("field-label", it.Label),
		showIf(!reg.IsZero(), func() app.UI { return app.P().ID("card-first-registered").Class("card-value").Text(reg.Long()) }),
		app.If(reg.IsZero(), pBody(
			app.Text("Not given yet: "),
			link("#cover-registered", "type it under Am I covered?"),
			app.Text(" It is on the V5C log book."),
		)),
	)
}

// renderLocation is the position in large text with a copy button, or why
// there is none, and a box to say where the car is in words.
func (a *assistanceScreen) renderLocation(it cover.CallCardItem) app.UI {
	return classDiv("field",
		classP("field-label", it.Label),
		app.If(a.finder.place() != nil, textP("Country: "+placeName(a.finder.place()))),
		showIf(a.locating == locateFound, func() app.UI {
			return classDiv("position",
				app.P().ID("position").Class("position-value").Text(a.position.coordinates()),
				app.P().ID("position-accuracy").Class("field-hint").Text(a.position.accuracy()+" Taken at "+a.position.At.Format("15:04")+"."),
				classDiv("position-actions",
					app.Button().Type("button").ID("copy-position").Class("button").OnClick(handle(a.onCopy).args()).Text("Copy position"),
					app.Button().Type("button").Class("button button-secondary").OnClick(handle(a.onLocate).args()).Text("Update"),
				),
				app.P().Class("field-hint").Aria("live", "polite").Text(a.copied),
			)
		}),
		app.If(a.locating == locateIdle, pBody(
			app.Button().Type("button").Class("button button-secondary").OnClick(handle(a.onLocate).args()).Text("Add my position"),
		)),
		app.If(a.locating == locateFinding, app.P().Aria("live", "polite").Text("Finding your position…")),
		app.If(a.locating == locateFailed, classP("field-problem", a.locError)),
		noteArea{ID: "card-location", Label: "Where the car is, in words", Hint: capitalise(it.Hint) + ".",
			Value: a.notes.Where, Rows: 2, OnInput: a.note(&a.notes.Where)}.render(),
	)
}

func placeName(p *cover.Place) string {
	if p == nil {
		return ""
	}
	return p.Name
}

// checkPhone says what is wrong with the driver's contact number, nil
// while nothing is typed or when it can be rung.
func checkPhone(s string) error {
	if s = strings.TrimSpace(s); s == "" {
		return nil
	}
	return cover.CheckPhone(s)
}

// noteArea is a labelled box for a few lines of text, drawn like input.
type noteArea struct {
	ID, Label, Hint, Value string
	Rows                   int
	OnInput                handler
}

func (n noteArea) render() app.UI {
	area := app.Elem("textarea").ID(n.ID).Attr("name", n.ID).Class("control note-area").Attr("rows", n.Rows).Text(n.Value).OnInput(n.OnInput.args())
	if n.Hint != "" {
		area = area.Aria("describedby", n.ID+"-hint")
	}
	return classDiv("field",
		app.Label().For(n.ID).Class("field-label").Text(n.Label),
		app.If(n.Hint != "", app.P().ID(n.ID+"-hint").Class("field-hint").Text(n.Hint)),
		area,
	)
}
