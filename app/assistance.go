package app

import (
	"encoding/json"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/standards"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// keyAssistance holds what the driver typed on the assistance screen, so
// nothing is lost if the page is closed mid-call.
const keyAssistance = "selfcheck.assistance.v1"

// assistanceNotes is what the driver typed, exactly as typed.
type assistanceNotes struct {
	Place        string `json:"place,omitempty"`        // the country search
	Name         string `json:"name,omitempty"`         // personal details
	Phone        string `json:"phone,omitempty"`        // contact telephone
	Vehicle      string `json:"vehicle,omitempty"`      // model and registration, when changed from the saved check
	Where        string `json:"where,omitempty"`        // the location in words
	Fault        string `json:"fault,omitempty"`        // what happened
	Registered   string `json:"registered,omitempty"`   // YYYY-MM-DD
	Serviced     string `json:"serviced,omitempty"`     // YYYY-MM-DD
	LeaseAndCare bool   `json:"leaseAndCare,omitempty"` // a lease&care battery lease
	LeaseEnds    string `json:"leaseEnds,omitempty"`
	BatteryCheck string `json:"batteryCheck,omitempty"` // last high voltage battery check
	CheckMiles   string `json:"checkMiles,omitempty"`   // the mileage then
	Cartridge    string `json:"cartridge,omitempty"`    // last drying cartridge replacement
	CartMiles    string `json:"cartridgeMiles,omitempty"`
	Miles        string `json:"miles,omitempty"`  // today's mileage, when changed from the saved check
	Start        string `json:"start,omitempty"`  // first day of the breakdown
	Nation       string `json:"nation,omitempty"` // england, wales, scotland or northern-ireland: whose bank holidays count
}

func loadAssistanceNotes(s store) assistanceNotes {
	var n assistanceNotes
	if text, ok, _ := s.read(keyAssistance); ok {
		json.Unmarshal([]byte(text), &n) // unreadable notes start empty
	}
	return n
}

func saveAssistanceNotes(s store, n assistanceNotes) error {
	b, err := json.Marshal(n)
	if err != nil {
		return err
	}
	return s.write(keyAssistance, string(b))
}

// assistanceScreen is road assistance for a driver who has broken down:
// where am I and is it covered, which number to ring, what to have ready,
// and which schemes cover the car.
type assistanceScreen struct {
	app.Compo

	store   store
	now     func() time.Time // the clock, read when mounting
	today   date.Date
	vehicle standards.Vehicle // from the saved return check; zero when none
	notes   assistanceNotes
	saveErr string // why the notes could not be kept, "" when they were

	finder   placeFinder
	locating locating
	position position
	guess    *cover.Guess // from the position; nil until found
	locError string
	copied   string // the copy button's result

	cover    coverState
	retailer cover.Retailer // from a kiosk link; zero when none
}

// newAssistanceScreen makes the screen. The router makes a zero one, which
// uses the device's storage and the app's clock.
func newAssistanceScreen() *assistanceScreen { return &assistanceScreen{} }

// Clock sets where the screen reads the time, for tests.
func (a *assistanceScreen) Clock(now func() time.Time) *assistanceScreen {
	a.now = now
	return a
}

// Store sets where answers are kept, for tests.
func (a *assistanceScreen) Store(s store) *assistanceScreen {
	a.store = s
	return a
}

func (a *assistanceScreen) OnMount(ctx app.Context) {
	if a.store == nil {
		a.store = currentStore()
	}
	if a.now == nil {
		a.now = appClock
	}
	a.load(date.FromTime(a.now()))
	if a.finder.looking {
		a.finder.lookUp(ctx)
	}
}

// load reads the saved check and notes, and works everything out for today.
func (a *assistanceScreen) load(today date.Date) {
	a.today = today
	a.retailer = currentKiosk().Retailer
	a.vehicle = loadCheck(a.store).File.Vehicle
	a.notes = loadAssistanceNotes(a.store)
	a.finder = newPlaceFinder("where-country")
	if a.notes.Place != "" {
		a.finder.search(a.notes.Place)
	}
	a.cover.work(a.vehicle, a.notes, today)
}

// keep saves the notes and works the answers out again.
func (a *assistanceScreen) keep() {
	a.saveErr = problemText(saveAssistanceNotes(a.store, a.notes))
	a.cover.work(a.vehicle, a.notes, a.today)
}

// note returns a handler that keeps what is typed in the note field.
func (a *assistanceScreen) note(to *string) handler {
	return handle(func(ctx app.Context, e app.Event) {
		*to = ctx.JSSrc().Get("value").String()
		a.keep()
	}, to)
}

func (a *assistanceScreen) onCountryInput(ctx app.Context, e app.Event) {
	if a.finder.search(ctx.JSSrc().Get("value").String()) {
		a.finder.lookUp(ctx)
	}
	a.notes.Place = a.finder.query
	a.keep()
}

func (a *assistanceScreen) onChooseTown(m townMatch) handler {
	return handle(func(ctx app.Context, e app.Event) {
		a.finder.chooseTown(m)
		a.notes.Place = a.finder.query
		a.keep()
	}, m.Town, m.In)
}

func (a *assistanceScreen) onChoosePlace(p *cover.Place) handler {
	return handle(func(ctx app.Context, e app.Event) {
		a.finder.choose(p)
		a.notes.Place = a.finder.query
		a.keep()
	}, p.Name)
}

func (a *assistanceScreen) onLocate(ctx app.Context, e app.Event) {
	a.locating, a.locError, a.copied = locateFinding, "", ""
	requestPosition(ctx, a.located)
}

// located takes the position the browser gave, or why it gave none.
func (a *assistanceScreen) located(ctx app.Context, p position, problem string) {
	if problem != "" {
		a.locating, a.locError = locateFailed, problem
		return
	}
	// The outlines are the worker's; until it answers, the screen still
	// says it is finding the position.
	askWorker(workerapi.Request{Kind: workerapi.Locate, Position: &workerapi.Position{Lat: p.Lat, Lon: p.Lon, Accuracy: p.Accuracy}},
		func(reply workerapi.Reply, _ app.Value, err error) {
			ctx.Dispatch(rescued(func(ctx app.Context) {
				a.locating, a.position = locateFound, p
				var g cover.Guess // a worker that could not answer: the driver types the country
				if err == nil && reply.Guess != nil {
					g = reply.Guess.Cover()
				}
				a.guess = &g
				if g.Place != nil {
					a.finder.choose(g.Place)
					a.notes.Place = a.finder.query
					a.keep()
				}
			}))
		})
}

func (a *assistanceScreen) onCopy(ctx app.Context, e app.Event) {
	copyText(ctx, a.position.plain(), func(ctx app.Context, problem string) {
		a.copied = "Copied: " + a.position.plain()
		if problem != "" {
			a.copied = problem
		}
	})
}

func (a *assistanceScreen) Render() app.UI {
	return layout(PathAssistance, "Road assistance",
		app.P().Class("lead").Text("Works with no signal. Tell us where you are to see whether you are covered and which number to ring."),
		sectionLinks(a.sections()),
		app.If(a.saveErr != "", app.P().Class("notice notice-problem").Aria("live", "polite").Text("Could not keep your notes on this device: "+a.saveErr)),
		sectionsUI(a.sections()),
	)
}

// sections are the parts of the screen in order; a later part (retailer
// details) slots in here.
func (a *assistanceScreen) sections() []section {
	return []section{
		{ID: "where", Title: "Where are you?", Render: a.renderWhere},
		{ID: "call", Title: "Ring road assistance", Render: a.renderCall},
		{ID: "card", Title: "What to have ready", Render: a.renderCard},
		{ID: "cover", Title: "Am I covered?", Render: a.renderCover},
	}
}
