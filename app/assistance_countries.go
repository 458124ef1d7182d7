package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
)

// coveredCountries lists the countries road assistance applies in, as the
// page lists them, under id. It is a native <details>: it opens and reads
// in the prerendered page, before the app has arrived.
func coveredCountries(id string) app.UI {
	names := cover.ListedNames()
	return app.Elem("details").ID(id).Class("agreement covered-countries").Body(
		app.Elem("summary").Class("agreement-name").Text("The "+itoa(len(names))+" countries covered"),
		classUl("country-list",
			app.Range(names).Slice(func(i int) app.UI { return textLi(names[i]) }),
		),
		classP("source", "Source: "+cover.Places[0].Source),
	)
}
