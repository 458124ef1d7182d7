package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

type navItem struct {
	path, label, icon string
}

// nav is the bar at the foot of every screen: each job is one tap away.
var nav = []navItem{
	{PathCheck, "Car check", "✓"},
	{PathAssistance, "Assistance", "☎"},
	{PathContacts, "Contacts", "✉"},
}

// layout frames a screen: header, the update notice, the content and the nav.
// current is the path of the screen, so its nav item is marked.
func layout(current, heading string, content ...app.UI) app.UI {
	return classDiv("shell",
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		app.Elem("header").Class("topbar").Body(
			app.A().Class("brand").Href(PathHome).Body(
				app.Img().Src("/web/icon.svg").Alt("").Class("brand-icon"),
				textSpan("smart self-check"),
			),
		),
		newUpdateNotice(),
		newKioskBar(),
		app.Elem("main").ID("main").Class("content").Body(
			&pageHeading{Text: heading},
			div(content...),
		),
		app.Elem("nav").Class("tabbar").Aria("label", "Main").Body(
			app.Range(nav).Slice(func(i int) app.UI {
				n := nav[i]
				a := app.A().Class("tab").Href(n.path).Body(
					app.Span().Class("tab-icon").Aria("hidden", "true").Text(n.icon),
					textSpan(n.label),
				)
				if n.path == current {
					a = a.Aria("current", "page").Class("tab-current")
				}
				return a
			}),
		),
	)
}

// pageHeading is the screen's h1, and names the browser tab after it, in
// the prerendered page too: "Road assistance – smart self-check".
type pageHeading struct {
	app.Compo
	Text string
}

func (h *pageHeading) OnPreRender(ctx app.Context) { h.title(ctx) }
func (h *pageHeading) OnMount(ctx app.Context)     { h.title(ctx) }
func (h *pageHeading) OnUpdate(ctx app.Context)    { h.title(ctx) }

func (h *pageHeading) title(ctx app.Context) { ctx.Page().SetTitle(h.Text + " – smart self-check") }

func (h *pageHeading) Render() app.UI { return app.Elem("h1").Text(h.Text) }
