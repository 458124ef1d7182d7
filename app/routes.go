// Package app is the user interface: go-app components over the standards,
// cover and pdf packages. It holds no rules of its own.
package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Paths of the screens.
const (
	PathHome       = "/"
	PathCheck      = "/check"
	PathAssistance = "/assistance"
	PathContacts   = "/contacts"
	PathKiosk      = "/kiosk"
	PathRetailers  = "/retailers"
)

// Paths lists every routed screen, for the static site and the offline cache.
var Paths = []string{PathHome, PathCheck, PathAssistance, PathContacts, PathKiosk, PathRetailers}

// Register routes every screen; the native server and the browser both call
// it so that pages are pre-rendered with the same components the browser runs.
func Register() {
	app.Route(PathHome, &home{})
	app.Route(PathCheck, &checkScreen{})
	app.Route(PathAssistance, &assistanceScreen{})
	app.Route(PathContacts, &contactsScreen{})
	app.Route(PathKiosk, &kioskScreen{})
	app.Route(PathRetailers, &retailersScreen{})
	app.RouteWithRegexp(".*", &notFound{})
}
