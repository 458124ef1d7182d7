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
	verdict  *cover.Verdict // the place and the car together; nil while neither is known
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

// OnInit names the place finder's control, for the page's HTML too.
func (a *assistanceScreen) OnInit() { a.finder = newPlaceFinder("where-country") }

func (a *assistanceScreen) OnMount(ctx app.Context) {
	if a.store == nil {
		a.store = currentStore()
	}
	if a.now == nil {
		a.now = appClock
	}
	a.load(date.FromTime(a.now()))
	if a.finder.looking {
		a.finder.lookUp(ctx, a.judge)
	}
}

// load reads the saved check and notes, and works everything out for today.
func (a *assistanceScreen) load(today date.Date) {
	a.today = today
	a.retailer = currentKiosk().Retailer
	a.vehicle = loadCheck(a.store).File.Vehicle
	a.notes = loadAssistanceNotes(a.store)
	a.finder = newPlaceFinder(a.finder.id)
	if a.notes.Place != "" {
		a.finder.search(a.notes.Place)
	}
	a.cover.work(a.vehicle, a.notes, today)
	a.judge()
}

// keep saves the notes and works the answers out again.
func (a *assistanceScreen) keep() {
	a.saveErr = problemText(saveAssistanceNotes(a.store, a.notes))
	a.cover.work(a.vehicle, a.notes, a.today)
	a.judge()
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
		a.finder.lookUp(ctx, a.judge)
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
	ss := a.sections()
	return layout(PathAssistance, "Road assistance",
		safetyFirst(),
		// In its own box: go-app misplaces what follows when a condition
		// before it changes how many elements it holds.
		div(showIf(a.verdict != nil, func() app.UI { return verdictBox(a.verdict) })),
		sectionsUI(ss[:1]), // the numbers to ring come before anything else to read
		sectionLinks(ss[1:]),
		app.If(a.saveErr != "", app.P().Class("notice notice-problem").Aria("live", "polite").Text("Could not keep your notes on this device: "+a.saveErr)),
		sectionsUI(ss[1:]),
	)
}

// sections are the parts of the screen in order; a later part (retailer
// details) slots in here.
func (a *assistanceScreen) sections() []section {
	return []section{
		{ID: "call", Title: "Ring road assistance", Render: a.renderCall},
		{ID: "where", Title: "Where are you?", Render: a.renderWhere},
		{ID: "card", Title: "What to have ready", Render: a.renderCard},
		{ID: "cover", Title: "Am I covered?", Render: a.renderCover},
	}
}

// judge works out the one answer for the place and the car together, nil
// while neither is known.
func (a *assistanceScreen) judge() {
	var schemes []cover.Cover
	if a.cover.answer != nil {
		schemes = a.cover.answer.Schemes
	}
	a.verdict = nil
	if v, ok := cover.VerdictFor(a.finder.answer, schemes, a.today); ok {
		a.verdict = &v
	}
}

// verdictBox is the verdict at the top of the screen.
func verdictBox(v *cover.Verdict) app.UI {
	class := answerClass(v)
	return app.Div().ID("verdict").Class(class).Aria("live", "polite").Body(
		classPBody("answer-verdict",
			app.If(v.Covered || v.Against, app.Span().Class("answer-mark").Aria("hidden", "true").Text(coverMark(v.Covered))),
			app.Text(v.Text),
		),
	)
}

// safetyFirst is said before anything else: the emergency services, not
// road assistance, for anyone hurt or in danger.
func safetyFirst() app.UI {
	return app.Div().ID("safety").Class("safety").Body(
		classPBody("safety-text",
			app.Text("If anyone is hurt or in danger, call "),
			link("tel:"+cover.Emergency, cover.Emergency),
			app.Text(" (or "),
			link("tel:"+cover.EmergencyUK, cover.EmergencyUK),
			app.Text(" in the UK)."),
		),
		classP("source", "Source: "+cover.EmergencySource),
	)
}
