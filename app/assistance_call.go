package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
)

// renderWhere is the country search, "Use my location" and its guess.
func (a *assistanceScreen) renderWhere() app.UI {
	return div(
		a.finder.render("Where you are", "A country, region, island or town, in English or in its own language, or a country's two-letter code, such as Deutschland, AT or Mallorca.",
			handle(a.onCountryInput), a.onChoosePlace, a.onChooseTown, a.verdict),
		coveredCountries("where-countries"),
		classDiv("locate",
			app.Button().Type("button").ID("locate").Class("button button-secondary").
				Disabled(a.locating == locateFinding).OnClick(handle(a.onLocate).args()).Text(locateLabel(a.locating)),
			classP("field-hint", "Uses your phone's GPS, which works with no signal. Nothing is sent anywhere."),
			app.Div().Aria("live", "polite").Body(
				app.If(a.locating == locateFailed, app.P().ID("locate-problem").Class("field-problem").Text(a.locError)),
				showIf(a.guess != nil, a.renderGuess),
			),
		),
	)
}

func locateLabel(l locating) string {
	switch l {
	case locateFinding:
		return "Finding your position…"
	case locateFound:
		return "Find my position again"
	}
	return "Use my location"
}

// renderGuess says which country the position looks like, and offers the
// places nearby to correct it.
func (a *assistanceScreen) renderGuess() app.UI {
	g := a.guess
	if g.Place == nil {
		return app.P().ID("guess").Class("guess").Text("We could not tell which country this position is in. Type the country above.")
	}
	text := "Your position looks like it is in " + g.Place.Name + "."
	if !g.Inside {
		text = "Your position is off the coast; the nearest country is " + g.Place.Name + "."
	}
	return app.Div().ID("guess").Class("guess").Body(
		pBody(app.Elem("strong").Text(text), app.Text(" This is a guess from a rough map: if it is wrong, choose or type the right country above.")),
		app.If(len(g.Nearby) > 0,
			app.Ul().Class("suggestions").Aria("label", "Countries nearby").Body(
				app.Range(g.Nearby).Slice(func(i int) app.UI {
					p := g.Nearby[i]
					return li(
						app.Button().Type("button").Class("suggestion").OnClick(a.onChoosePlace(p).args()).Body(
							classSpan("suggestion-name", "I am in "+p.Name),
							coverBadge(p.Covered()),
						),
					)
				}),
			),
		),
		classP("source", "Source: "+cover.OutlineSource),
	)
}

// renderCall is the numbers to ring: the one for where the driver is first,
// as a big button, then the others.
func (a *assistanceScreen) renderCall() app.UI {
	p := a.finder.place()
	calls := cover.CallList(p)
	return div(
		classUl("calls",
			app.Range(calls).Slice(func(i int) app.UI {
				return li(callButton(calls[i], i == 0))
			}),
		),
		app.P().ID("call-advice").Text(cover.PlanFrom(p).Advice),
	)
}

// outcomes are what the Customer Assistance Centre may decide on the call.
func outcomes() app.UI {
	return div(
		app.P().ID("outcomes-label").Text("When you ring, the Customer Assistance Centre decides whether your vehicle:"),
		app.Ul().Class("outcomes").Aria("labelledby", "outcomes-label").Body(
			app.Range(cover.Outcomes).Slice(func(i int) app.UI { return textLi(cover.Outcomes[i].Text) }),
		),
		classP("source", "Source: "+cover.Outcomes[0].Source),
	)
}

// callButton is a tel: link as a big button.
func callButton(c cover.Call, first bool) app.UI {
	class := "call"
	if first {
		class += " call-first"
	}
	return app.A().Class(class).Href(c.Tel).ID("call-"+c.ID).Aria("label", "Ring "+c.Number+", "+c.Label).Body(
		app.Span().Class("call-icon").Aria("hidden", "true").Text("☎"),
		app.Span().Class("call-text").Body(
			classSpan("call-number", c.Number),
			classSpan("call-label", c.Label),
			showIf(hours(c.ID) != "", func() app.UI { return classSpan("call-hours", hours(c.ID)) }),
		),
	)
}

// hours are the opening hours of the number with the id, "" when the
// documents give none.
func hours(id string) string {
	n, _ := cover.NumberOf(id)
	return n.Hours
}
