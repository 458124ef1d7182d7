package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// checkScreen is the return self-check (issue 6 fills it).
type checkScreen struct{ app.Compo }

func (c *checkScreen) Render() app.UI {
	return layout(PathCheck, "Return check",
		app.P().Text("Check your car against the Vehicle Return Standards before you hand it back."))
}
