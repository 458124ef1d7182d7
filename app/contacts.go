package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// contactsScreen lists every number, address and document (issue 7 fills it).
type contactsScreen struct{ app.Compo }

func (c *contactsScreen) Render() app.UI {
	return layout(PathContacts, "Contacts and documents",
		app.P().Text("Customer Services, insurance, complaints and your agreement."))
}
