package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// notFound is shown for any path that is not a screen, online or offline.
type notFound struct{ app.Compo }

func (n *notFound) Render() app.UI {
	return layout("", "Page not found",
		app.P().Text("There is no page at this address. Everything in the kit is one tap away:"),
		jobList(),
	)
}
