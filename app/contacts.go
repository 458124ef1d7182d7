package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// contactsScreen lists every number and address with its hours, the four
// agreement types, taking the car abroad and the complaint route.
type contactsScreen struct {
	app.Compo

	store     store
	now       func() time.Time // the clock, read when mounting
	today     date.Date
	agreement standards.Agreement // from the saved check; zero when none
	saved     *standards.File     // the saved check, for the PDF; nil when it could not be read

	abroad    placeFinder
	complaint complaintState
	retailer  cover.Retailer // from a kiosk link; zero when none
}

// newContactsScreen makes the screen. The router makes a zero one, which
// uses the device's storage and the app's clock.
func newContactsScreen() *contactsScreen { return &contactsScreen{} }

// Clock sets where the screen reads the time, for tests.
func (c *contactsScreen) Clock(now func() time.Time) *contactsScreen {
	c.now = now
	return c
}

// Store sets where answers are kept, for tests.
func (c *contactsScreen) Store(s store) *contactsScreen {
	c.store = s
	return c
}

// OnInit names the place finder's control, for the page's HTML too.
func (c *contactsScreen) OnInit() { c.abroad = newPlaceFinder("abroad-country") }

func (c *contactsScreen) OnMount(ctx app.Context) {
	if c.store == nil {
		c.store = currentStore()
	}
	if c.now == nil {
		c.now = appClock
	}
	c.load(date.FromTime(c.now()))
}

func (c *contactsScreen) load(today date.Date) {
	c.today = today
	c.retailer = currentKiosk().Retailer
	saved := loadCheck(c.store)
	c.agreement = saved.File.Vehicle.Agreement
	if c.saved = saved.File; saved.Unreadable != "" {
		c.saved = nil
	}
	c.abroad = newPlaceFinder(c.abroad.id)
	c.complaint = complaintState{}
}

// renderForRetailers points a smart Retailer to the page that makes their
// links and counter card.
func renderForRetailers() app.UI {
	return div(
		textP("A smart Retailer can make a link and a printable counter card that open this kit with their details, and a link for a showroom tablet."),
		pBody(app.A().ID("retailers-link").Href(PathRetailers).Text("Make your links")),
	)
}

func (c *contactsScreen) Render() app.UI {
	return layout(PathContacts, "Contacts and documents",
		classP("lead", "Every number and address from your documents, with opening hours. Works with no signal."),
		app.Div().ID("contacts-actions").Class("actions").Body(
			newPDFDownload().Label("Download contact sheet (PDF)").Check(c.saved, c.today),
		),
		sectionLinks(c.sections()),
		sectionsUI(c.sections()),
	)
}

// sections are the parts of the screen in order. A kiosk link's retailer
// comes after the numbers, beside them, never instead.
func (c *contactsScreen) sections() []section {
	s := []section{{ID: "numbers", Title: "Phone numbers", Render: c.renderNumbers}}
	if !c.retailer.IsZero() {
		s = append(s, section{ID: "retailer", Title: "Your smart Retailer", Render: func() app.UI { return retailerCard(c.retailer, true) }})
	}
	return append(s,
		section{ID: "addresses", Title: "Email and postal addresses", Render: c.renderAddresses},
		section{ID: "agreements", Title: "Agreement types", Render: c.renderAgreements},
		section{ID: "web", Title: "Web pages", Render: c.renderWeb},
		section{ID: "abroad", Title: "Taking your car abroad", Render: c.renderAbroad},
		section{ID: "complaints", Title: "Making a complaint", Render: c.renderComplaints},
		section{ID: "retailers", Title: "For smart Retailers", Render: renderForRetailers},
	)
}
