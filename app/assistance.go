package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// assistanceScreen is road assistance for a driver who has broken down (issue 7 fills it).
type assistanceScreen struct{ app.Compo }

func (a *assistanceScreen) Render() app.UI {
	return layout(PathAssistance, "Road assistance",
		app.P().Text("Am I covered, does cover apply in this country, and which number do I ring."))
}
