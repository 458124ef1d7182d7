package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// updateNotice offers to reload when a new version has been installed in the
// background. Answers are kept in the browser's storage, so reloading loses
// nothing.
type updateNotice struct {
	app.Compo
	ready bool
}

func newUpdateNotice() *updateNotice { return &updateNotice{} }

func (u *updateNotice) OnMount(ctx app.Context) { u.ready = ctx.AppUpdateAvailable() }

func (u *updateNotice) OnAppUpdate(ctx app.Context) { u.ready = ctx.AppUpdateAvailable() }

func (u *updateNotice) Render() app.UI {
	if !u.ready {
		return app.Div().Class("update-slot")
	}
	return app.Div().Class("update-slot").Body(
		app.Div().Class("notice notice-update").Aria("live", "polite").Body(
			app.P().Text("A new version is ready. Your answers are kept."),
			app.Button().Class("button").Text("Reload").OnClick(handle(func(ctx app.Context, e app.Event) {
				ctx.Reload()
			}).args()),
		),
	)
}
