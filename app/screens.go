package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// The screens below are filled by their own issues; each route exists now so
// links and the offline cache are stable.

type checkScreen struct{ app.Compo }

func (c *checkScreen) Render() app.UI {
	return layout(PathCheck, "Return check",
		app.P().Text("Check your car against the Vehicle Return Standards before you hand it back."))
}

type assistanceScreen struct{ app.Compo }

func (a *assistanceScreen) Render() app.UI {
	return layout(PathAssistance, "Road assistance",
		app.P().Text("Am I covered, does cover apply in this country, and which number do I ring."))
}

type contactsScreen struct{ app.Compo }

func (c *contactsScreen) Render() app.UI {
	return layout(PathContacts, "Contacts and documents",
		app.P().Text("Customer Services, insurance, complaints and your agreement."))
}
