package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// retailersScreen builds a smart Retailer's two kiosk links, all without a
// network: the customers' link, for their own phones (a QR code, a printed
// card, a message), and the showroom tablet's link, opened on the tablet
// and never printed, since on a customer's phone it would clear their check.
type retailersScreen struct {
	app.Compo

	origin   string
	form     url.Values // what the retailer typed, by link parameter
	link     kioskLink
	url      string // the customers' link
	tablet   string // the showroom tablet's link, mode=shared
	qr       string // data URL of the QR code of url
	problem  string
	copied   string // the copy button's result
	canShare bool   // the browser has the Web Share API
}

func (r *retailersScreen) OnMount(ctx app.Context) {
	r.origin = app.Window().Get("location").Get("origin").String()
	r.canShare = app.Window().Get("navigator").Get("share").Truthy()
	r.form = url.Values{}
	r.update(ctx)
}

// update rebuilds the links from the form: the same reading the kiosk
// screen applies, so what is shown here is what customers get. The worker
// draws the customers' link's QR code.
func (r *retailersScreen) update(ctx app.Context) {
	r.link = parseKioskLink(r.form)
	r.copied = ""
	r.url, r.tablet, r.qr, r.problem = "", "", "", ""
	if r.link.Retailer.Name == "" || r.link.Retailer.Phone == "" {
		return
	}
	url := kioskURL(r.origin, r.link.Retailer, false)
	r.url, r.tablet = url, kioskURL(r.origin, r.link.Retailer, true)
	askWorker(workerapi.Request{Kind: workerapi.QR, Text: url}, func(reply workerapi.Reply, _ app.Value, err error) {
		ctx.Dispatch(rescued(func(ctx app.Context) {
			if r.url != url {
				return // the form changed while the code was drawn
			}
			if err != nil {
				r.problem = problemText(err)
				return
			}
			r.qr = reply.SVG
		}))
	})
}

func (r *retailersScreen) set(key string) handler {
	return handle(func(ctx app.Context, e app.Event) {
		r.form.Set(key, ctx.JSSrc().Get("value").String())
		r.update(ctx)
	}, key)
}

func (r *retailersScreen) copy(ctx app.Context, e app.Event) {
	copyText(ctx, r.url, func(ctx app.Context, problem string) {
		r.copied = "Copied."
		if problem != "" {
			r.copied = problem
		}
	})
}

// share hands the customers' link to the phone's share sheet (Web Share
// API); when the browser has none, or it fails, the link is copied instead.
func (r *retailersScreen) share(ctx app.Context, e app.Event) {
	nav := app.Window().Get("navigator")
	if !r.canShare {
		r.copy(ctx, e)
		return
	}
	ok, fail := jsReply(ctx, func([]app.Value) func(app.Context) {
		return func(ctx app.Context) {}
	}, func(args []app.Value) func(app.Context) {
		cancelled := len(args) > 0 && args[0].Get("name").String() == "AbortError"
		return func(ctx app.Context) {
			if !cancelled {
				r.copy(ctx, e)
			}
		}
	})
	nav.Call("share", map[string]any{"title": "smart self-check from " + r.link.Retailer.Name, "url": r.url}).Call("then", ok, fail)
}

// dropped is why the reading left out a link parameter, "" when it did not:
// "It looks too short: give the whole number, …".
func (r *retailersScreen) dropped(what string) string {
	for _, d := range r.link.Dropped {
		if strings.Contains(d, what) {
			_, why, _ := strings.Cut(d, " was left out: ")
			return capitalise(why)
		}
	}
	return ""
}

func (r *retailersScreen) Render() app.UI {
	return layout(PathRetailers, "For smart Retailers",
		classP("lead", "Make the links that open this kit with your details beside the road assistance numbers: "+
			"one for your customers' own phones, and one for a tablet in your showroom."),
		app.Elem("form").Class("retailer-form").OnSubmit(handle(func(ctx app.Context, e app.Event) { e.PreventDefault() }).args()).Body(
			input{ID: "retailer-name", Label: "Retailer name", Value: r.form.Get("retailer"),
				Problem: r.dropped("retailer name"), OnInput: r.set("retailer"), Required: true}.render(),
			input{ID: "retailer-phone", Label: "Phone number", Type: "tel", InputMode: "tel", Value: r.form.Get("phone"),
				Problem: r.dropped("phone number"), OnInput: r.set("phone"), Required: true}.render(),
			input{ID: "retailer-email", Label: "Email (optional)", Type: "email", Value: r.form.Get("email"),
				Problem: r.dropped("email address"), OnInput: r.set("email")}.render(),
		),
		app.If(r.problem != "", classP("notice notice-warn", r.problem)),
		app.If(r.url == "",
			classP("field-hint", "Enter your name and phone number to make the links."),
		).Else(
			app.Elem("section").ID("customers-link").Class("retailer-link").Aria("labelledby", "customers-link-title").Body(
				app.Elem("h2").ID("customers-link-title").Text("For your customers' phones"),
				textP("Print the card, show the QR code, or send the link by text or email. "+
					"On the customer's phone, their check stays on their phone."),
				app.P().Class("link-text").ID("kiosk-link").Text(r.url),
				classDiv("link-actions",
					app.If(r.canShare, app.Button().Type("button").ID("share-link").Class("button").Text("Share link").OnClick(handle(r.share).args())),
					app.Button().Type("button").ID("copy-link").Class("button button-secondary").Text("Copy link").OnClick(handle(r.copy).args()),
				),
				app.P().Class("field-hint").Aria("live", "polite").Text(r.copied),
				app.If(r.qr != "", app.Img().Class("qr").ID("kiosk-qr").Src(r.qr).Alt("QR code of the customers' link")).
					Else(classP("field-hint", "Drawing the QR code…")),
				textH3("A card for your counter"),
				classP("field-hint", "An A6 card with your details, the QR code of the customers' link and the road assistance number, to print."),
				newPDFDownload().Label("Download the card (PDF)").Card(r.link.Retailer, r.url),
			),
			app.Elem("section").ID("tablet-link").Class("retailer-link retailer-tablet").Aria("labelledby", "tablet-link-title").Body(
				app.Elem("h2").ID("tablet-link-title").Text("For a tablet in your showroom"),
				textP("Open this link on the tablet itself. It keeps nothing after each customer: "+
					"“Finish and clear”, or 3 minutes without a touch, wipes what they entered."),
				classP("notice notice-warn", "Never print this link or send it to customers: "+
					"on their own phone it would wipe their check after 3 minutes."),
				app.A().ID("open-tablet-link").Class("button button-secondary").Href(r.tablet).Text("Open the tablet link here"),
			),
		),
	)
}
