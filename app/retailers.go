package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// retailersScreen builds a kiosk link for a smart Retailer, with a QR code
// to print or show, all without a network.
type retailersScreen struct {
	app.Compo

	origin  string
	form    url.Values // what the retailer typed, by link parameter
	link    kioskLink
	url     string
	qr      string // data URL of the QR code
	problem string
	copied  bool
}

func (r *retailersScreen) OnMount(ctx app.Context) {
	r.origin = app.Window().Get("location").Get("origin").String()
	r.form = url.Values{}
	r.update(ctx)
}

// update rebuilds the link from the form: the same reading the kiosk screen
// applies, so what is shown here is what customers get. The worker draws
// its QR code.
func (r *retailersScreen) update(ctx app.Context) {
	r.link = parseKioskLink(r.form)
	r.copied = false
	r.url, r.qr, r.problem = "", "", ""
	if r.link.Retailer.Name == "" || r.link.Retailer.Phone == "" {
		return
	}
	url := kioskURL(r.origin, r.link.Retailer, r.link.Shared)
	r.url = url
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

func (r *retailersScreen) setShared(ctx app.Context, e app.Event) {
	if ctx.JSSrc().Get("checked").Bool() {
		r.form.Set("mode", "shared")
	} else {
		r.form.Del("mode")
	}
	r.update(ctx)
}

func (r *retailersScreen) copy(ctx app.Context, e app.Event) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if clip.Truthy() {
		clip.Call("writeText", r.url)
		r.copied = true
	}
}

// dropped returns the note for a link parameter the reading left out.
func (r *retailersScreen) dropped(what string) string {
	for _, d := range r.link.Dropped {
		if strings.Contains(d, what) {
			return strings.TrimPrefix(d, "The link's ")
		}
	}
	return ""
}

func (r *retailersScreen) Render() app.UI {
	return layout(PathRetailers, "For smart Retailers",
		app.P().Class("lead").Text("Make a link that opens this kit with your details beside the road assistance numbers. "+
			"Print its QR code on a card, send it by text, or open it on a showroom tablet."),
		app.Elem("form").Class("retailer-form").OnSubmit(handle(func(ctx app.Context, e app.Event) { e.PreventDefault() }).args()).Body(
			input{ID: "retailer-name", Label: "Retailer name", Value: r.form.Get("retailer"),
				Problem: r.dropped("retailer name"), OnInput: r.set("retailer"), Required: true}.render(),
			input{ID: "retailer-phone", Label: "Phone number", Type: "tel", InputMode: "tel", Value: r.form.Get("phone"),
				Problem: r.dropped("phone number"), OnInput: r.set("phone"), Required: true}.render(),
			input{ID: "retailer-email", Label: "Email (optional)", Type: "email", Value: r.form.Get("email"),
				Problem: r.dropped("email address"), OnInput: r.set("email")}.render(),
			app.Label().Class("check-row").Body(
				app.Input().Type("checkbox").ID("retailer-shared").Checked(r.link.Shared).OnChange(handle(r.setShared).args()),
				app.Span().Text("Shared tablet in the showroom: keep nothing after each customer"),
			),
		),
		app.If(r.problem != "", app.P().Class("notice notice-warn").Text(r.problem)),
		app.If(r.url == "",
			app.P().Class("field-hint").Text("Enter your name and phone number to make the link."),
		).Else(
			app.Elem("section").Class("retailer-link").Body(
				app.Elem("h2").Text("Your link"),
				app.P().Class("link-text").ID("kiosk-link").Text(r.url),
				app.Button().Class("button").Text("Copy link").OnClick(handle(r.copy).args()),
				app.If(r.copied, app.P().Aria("live", "polite").Text("Copied.")),
				app.If(r.qr != "", app.Img().Class("qr").ID("kiosk-qr").Src(r.qr).Alt("QR code of the link")).
					Else(app.P().Class("field-hint").Text("Drawing the QR code…")),
				app.Elem("h2").Text("A card for your counter"),
				app.P().Class("field-hint").Text("An A6 card with your details, the QR code and the road assistance number, to print."),
				newPDFDownload().Label("Download the card (PDF)").Card(r.link.Retailer, r.url),
			),
		),
	)
}
