package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
)

// coveredCountries lists the countries road assistance applies in, as the
// page lists them. It is a native <details>: it opens and reads in the
// prerendered page, before the app has arrived.
func coveredCountries() app.UI {
	var listed []*cover.Place
	for i := range cover.Places {
		if cover.Places[i].Kind == cover.Listed {
			listed = append(listed, &cover.Places[i])
		}
	}
	return app.Elem("details").ID("where-countries").Class("agreement").Body(
		app.Elem("summary").Class("agreement-name").Text("The "+itoa(len(listed))+" countries covered"),
		app.Ul().Class("country-list").Body(
			app.Range(listed).Slice(func(i int) app.UI { return app.Li().Text(listed[i].Name) }),
		),
		app.P().Class("source").Text("Source: "+listed[0].Source),
	)
}
