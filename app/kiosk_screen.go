package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
)

// kioskScreen is where a retailer's link lands: it records the link, greets
// the customer with the retailer's details and offers the three jobs.
type kioskScreen struct {
	app.Compo
	link    kioskLink
	problem string
}

func (k *kioskScreen) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	k.link = parseKioskLink(u.Query())
	k.problem = problemText(startKiosk(k.link, u.RequestURI(), personal, shared))
	k.link.Shared = k.link.Shared || currentKiosk().Shared // a shared tablet stays one
	ctx.NewAction(actionKioskStarted)
}

func (k *kioskScreen) Render() app.UI {
	heading := "Welcome"
	if k.link.Retailer.Name != "" {
		heading = "Welcome from " + k.link.Retailer.Name
	}
	return layout(PathKiosk, heading,
		// What was wrong with the link is for the retailer (their page says
		// it); the customer only needs to know what still works.
		app.If(len(k.link.Dropped) > 0, app.P().ID("kiosk-link-problem").Class("notice notice-warn").
			Text("Part of this link from your smart Retailer did not come through, so some of their details are not shown. "+
				"Everything else works, and the road assistance numbers are under Assistance.")),
		app.If(k.problem != "", app.P().Class("notice notice-warn").Text(k.problem)),
		app.If(!k.link.Retailer.IsZero(),
			app.Elem("h2").Text("Your smart Retailer"),
			retailerCard(k.link.Retailer, true),
		),
		app.If(k.link.Shared,
			app.P().Class("lead").Text("This is a shared tablet. Nothing you enter is kept once you tap “Finish and clear”, "+
				"or after 3 minutes without a touch. Take your answers with you as a PDF or a QR code before you go."),
		).Else(
			app.P().Class("lead").Text("Works offline. Your answers stay on this device."),
		),
		jobList(),
	)
}

// retailerCard shows a retailer's details, as text only, under a heading
// the screen gives it; elsewhere than the Assistance screen, pointAway says
// where the road assistance numbers are.
func retailerCard(r cover.Retailer, pointAway bool) app.UI {
	return app.Div().Class("retailer").Body(
		app.If(r.Name != "", app.P().Class("retailer-name").Text(r.Name)),
		app.If(r.Phone != "", app.P().Body(
			app.A().Class("button button-secondary").Href(r.Tel()).Text("Call "+r.Phone),
		)),
		app.If(r.Email != "", app.P().Body(
			app.A().Href("mailto:"+r.Email).Text(r.Email),
		)),
		app.If(pointAway, app.P().Class("field-hint").Text("For road assistance, always use the numbers on the Assistance screen.")),
	)
}
