package app

import (
	"errors"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/date"
	"github.com/smart-selfcheck/selfcheck/field"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// coverState is the answer to "am I covered?", worked out in handlers from
// the saved vehicle and what the driver typed.
type coverState struct {
	car       cover.Car
	fromSaved bool      // the car comes from the saved return check
	start     date.Date // first day of the breakdown
	answer    *cover.Answer
	battery   []cover.BatteryDue
	problems  map[string]string // by input id
}

// coverInputs name, by the JSON path cover reports, the input at fault.
var coverInputs = map[string]string{
	"firstRegistered":     "cover-registered",
	"on":                  "cover-registered",
	"lastService":         "cover-serviced",
	"agreement":           "cover-lease",
	"powertrain":          "cover-lease",
	"agreementEnds":       "cover-lease-ends",
	"start":               "cover-start",
	"lastCheck.on":        "cover-battery-check",
	"lastCheck.miles":     "cover-battery-check-miles",
	"lastCartridge.on":    "cover-cartridge",
	"lastCartridge.miles": "cover-cartridge-miles",
	"miles":               "cover-miles",
}

// work answers the question for today: typed dates win over saved ones.
func (c *coverState) work(v standards.Vehicle, n assistanceNotes, today date.Date) {
	*c = coverState{problems: map[string]string{}, fromSaved: !v.FirstRegistered.IsZero()}
	var errs []error
	parse := func(path, typed string, saved date.Date) date.Date {
		if strings.TrimSpace(typed) == "" {
			return saved
		}
		d, err := date.Parse(strings.TrimSpace(typed))
		if err != nil {
			errs = append(errs, field.Errorf(path, "must be a date, such as 2019-03-14"))
		}
		return d
	}
	saved := cover.CarOf(&v)
	agreement, powertrain := saved.Agreement, saved.Powertrain
	if n.LeaseAndCare {
		agreement = standards.LeaseAndCare
	}
	var leaseEnds date.Date
	if agreement == standards.LeaseAndCare {
		leaseEnds = parse("agreementEnds", n.LeaseEnds, v.AgreementEnds)
	}
	c.car = cover.Car{
		FirstRegistered: parse("firstRegistered", n.Registered, v.FirstRegistered),
		LastService:     parse("lastService", n.Serviced, v.LastOfficialService),
		Agreement:       agreement, AgreementEnds: leaseEnds, Powertrain: powertrain,
	}
	c.start = parse("start", n.Start, today)
	if len(errs) == 0 && !c.car.FirstRegistered.IsZero() {
		q := cover.Question{Car: c.car, On: today, Start: c.start}
		if nation, err := cover.ParseNation(n.Nation); err == nil {
			q.Nations = []cover.Nation{nation} // not said: every nation counts
		}
		a, err := cover.Assess(q)
		if err != nil {
			errs = append(errs, err)
		} else {
			c.answer = &a
		}
	}
	parseMiles := func(path, typed string, saved int) int {
		t := strings.ReplaceAll(strings.TrimSpace(typed), ",", "")
		if t == "" {
			return saved
		}
		m, err := strconv.Atoi(t)
		if err != nil || m < 0 {
			errs = append(errs, field.Errorf(path, "must be a whole number of miles, such as 12400"))
		}
		return m
	}
	// The battery's inputs do not hold up the schemes above.
	if c.answer != nil && agreement == standards.LeaseAndCare {
		before := len(errs)
		q := cover.BatteryQuestion{FirstRegistered: c.car.FirstRegistered, On: today, Miles: parseMiles("miles", n.Miles, mileage(v)),
			LastCheck:     cover.BatteryDone{On: parse("lastCheck.on", n.BatteryCheck, date.Date{}), Miles: parseMiles("lastCheck.miles", n.CheckMiles, 0)},
			LastCartridge: cover.BatteryDone{On: parse("lastCartridge.on", n.Cartridge, date.Date{}), Miles: parseMiles("lastCartridge.miles", n.CartMiles, 0)}}
		if len(errs) == before {
			due, err := cover.BatteryCare(q)
			if err != nil {
				errs = append(errs, err)
			}
			c.battery = due
		}
	}
	for _, fe := range fieldErrors(errors.Join(errs...)) {
		id, ok := coverInputs[fe.Path]
		if !ok {
			id = "cover-registered"
		}
		if _, seen := c.problems[id]; !seen {
			c.problems[id] = problemText(fe)
		}
	}
}

// mileage is the odometer reading of the saved check in whole miles, 0 when
// not given.
func mileage(v standards.Vehicle) int {
	if v.Mileage == nil || *v.Mileage < 0 {
		return 0
	}
	return int(*v.Mileage)
}

// fieldErrors lists the field errors inside err, joined or not.
func fieldErrors(err error) []*field.Error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []*field.Error
		for _, e := range j.Unwrap() {
			out = append(out, fieldErrors(e)...)
		}
		return out
	}
	if fe, ok := field.As(err); ok {
		return []*field.Error{fe}
	}
	return []*field.Error{{Problem: err.Error()}}
}

// nationOptions are the UK's nations for working days; "Not sure" counts
// every nation.
var nationOptions = []option{{"england", "England"}, {"wales", "Wales"}, {"scotland", "Scotland"},
	{"northern-ireland", "Northern Ireland"}, {"", "Not sure"}}

func (a *assistanceScreen) onNation(value string) handler {
	return handle(func(ctx app.Context, e app.Event) {
		a.notes.Nation = value
		a.keep()
	}, value)
}

func (a *assistanceScreen) onLeaseAndCare(ctx app.Context, e app.Event) {
	a.notes.LeaseAndCare = ctx.JSSrc().Get("checked").Bool()
	a.keep()
}

// renderCover is "am I covered?": the dates it depends on, then each scheme
// with its benefits, and Battery Care Cover for lease&care.
func (a *assistanceScreen) renderCover() app.UI {
	c := &a.cover
	v := a.vehicle
	leaseAndCare := c.car.Agreement == standards.LeaseAndCare
	return div(
		app.If(c.fromSaved, classP("from-saved", savedCarText(v))),
		app.If(!c.fromSaved, textP("Give the date of first registration (on the V5C log book) and of the latest official smart service.")),
		input{ID: "cover-registered", Label: "Date of first registration", Type: "date", Required: true,
			Value: typedOr(a.notes.Registered, v.FirstRegistered), Hint: "On the V5C log book.",
			Problem: c.problems["cover-registered"], OnInput: a.note(&a.notes.Registered)}.render(),
		input{ID: "cover-serviced", Label: "Latest official smart service", Type: "date",
			Value:   typedOr(a.notes.Serviced, v.LastOfficialService),
			Hint:    "In the service book. Each official service renews smart road assistance for a year. Leave empty if not known.",
			Problem: c.problems["cover-serviced"], OnInput: a.note(&a.notes.Serviced)}.render(),
		classDiv("field",
			app.Label().For("cover-lease").Class("check").Body(
				app.Input().Type("checkbox").ID("cover-lease").Class("check-box").Checked(leaseAndCare).
					Disabled(v.Agreement == standards.LeaseAndCare).OnChange(handle(a.onLeaseAndCare).args()),
				textSpan("lease&care: a battery lease for a smart fortwo electric drive"),
			),
			app.If(c.problems["cover-lease"] != "", classP("field-problem", c.problems["cover-lease"])),
		),
		app.If(leaseAndCare,
			input{ID: "cover-lease-ends", Label: "Date the battery lease ends", Type: "date",
				Value: typedOr(a.notes.LeaseEnds, v.AgreementEnds), Hint: "sale&care move lasts for the life of the battery lease.",
				Problem: c.problems["cover-lease-ends"], OnInput: a.note(&a.notes.LeaseEnds)}.render(),
		),
		input{ID: "cover-start", Label: "Day the breakdown started", Type: "date", Value: typedOr(a.notes.Start, a.today),
			Hint:    "Limits in working days are counted from this day, skipping weekends and UK bank holidays. Today unless you change it.",
			Problem: c.problems["cover-start"], OnInput: a.note(&a.notes.Start)}.render(),
		choice{ID: "cover-nation", Label: "Where in the UK you live", Value: a.notes.Nation, Options: nationOptions,
			Hint:   "Bank holidays differ across the UK. Where your nation's and England's give different days, the earlier is shown.",
			Choose: a.onNation}.render(),
		showIf(c.answer != nil, func() app.UI { return renderSchemes(c.answer.Schemes, a.today) }),
		app.If(leaseAndCare, a.renderBattery()),
	)
}

// milesOr is the mileage typed, or the saved check's.
func milesOr(typed string, v standards.Vehicle) string {
	if typed != "" || mileage(v) == 0 {
		return typed
	}
	return strconv.Itoa(mileage(v))
}

func typedOr(typed string, saved date.Date) string {
	if typed != "" {
		return typed
	}
	return saved.String()
}

func savedCarText(v standards.Vehicle) string {
	car := strings.TrimSpace(v.Model + " " + v.RegistrationNumber)
	if car == "" {
		car = "your car"
	}
	return "From your saved return check: " + car + ". Change a date below if it is out of date."
}

// renderSchemes shows each scheme, active or not, with its benefits.
func renderSchemes(schemes []cover.Cover, today date.Date) app.UI {
	advice := cover.LapsedAdvice(schemes)
	return app.Div().ID("schemes").Aria("live", "polite").Body(
		app.If(advice != "", classP("notice notice-problem", advice)),
		app.Range(schemes).Slice(func(i int) app.UI {
			s := schemes[i]
			return app.Elem("article").Class("scheme").Body(
				app.H3().Class("scheme-name").Text(s.Scheme.String()),
				app.P().Class(schemeStatusClass(s.Active)).Body(
					app.Span().Aria("hidden", "true").Text(coverMark(s.Active)),
					app.Text(schemeStatus(s, today)),
				),
				classP("scheme-basis", capitalise(s.Basis)+"."),
				app.Elem("dl").Class("benefits").Body(
					app.Range(s.Benefits).Slice(func(j int) app.UI {
						b := s.Benefits[j]
						return classDiv("benefit",
							app.Elem("dt").Text(b.Title),
							app.Elem("dd").Text(benefitLimit(b)),
						)
					}),
				),
				classP("source", "Source: "+cover.Rule(s.Scheme).Source),
			)
		}),
	)
}

func schemeStatusClass(active bool) string {
	if active {
		return "scheme-status scheme-active"
	}
	return "scheme-status scheme-inactive"
}

// schemeStatus says whether the scheme covers the car today, and until when.
func schemeStatus(s cover.Cover, today date.Date) string {
	switch {
	case s.Active:
		return "Active until " + s.Until.Day()
	case today.Before(s.From):
		return "Not yet: starts on " + s.From.Day() + ". " + cover.NotActiveAdvice + "."
	}
	return "Not active: ended on " + s.Until.Day() + ". " + cover.NotActiveAdvice + "."
}

// benefitLimit is the benefit's limit with its dates, or what it gives.
func benefitLimit(b cover.Benefit) string {
	text := b.Limit
	if text == "" {
		text = b.Text
	}
	text = capitalise(text)
	if !b.From.IsZero() && !b.Until.IsZero() {
		text += " (" + b.From.Long() + " to " + b.Until.Long() + ")"
	}
	return text
}

// renderBattery says when the Battery Care Cover tasks are next due.
func (a *assistanceScreen) renderBattery() app.UI {
	c := &a.cover
	return classDiv("battery",
		textH3("Battery Care Cover"),
		input{ID: "cover-miles", Label: "Mileage today", Type: "text", InputMode: "numeric", Unit: "miles",
			Value: milesOr(a.notes.Miles, a.vehicle), Hint: "On the odometer. Each task is due after a time or a distance, whichever comes first.",
			Problem: c.problems["cover-miles"], OnInput: a.note(&a.notes.Miles)}.render(),
		input{ID: "cover-battery-check", Label: "Last high voltage battery check", Type: "date", Value: a.notes.BatteryCheck,
			Hint: "In the service book. Leave empty if there has not been one.", Problem: c.problems["cover-battery-check"], OnInput: a.note(&a.notes.BatteryCheck)}.render(),
		input{ID: "cover-battery-check-miles", Label: "Mileage at that check", Type: "text", InputMode: "numeric", Unit: "miles", Value: a.notes.CheckMiles,
			Problem: c.problems["cover-battery-check-miles"], OnInput: a.note(&a.notes.CheckMiles)}.render(),
		input{ID: "cover-cartridge", Label: "Last battery drying cartridge replacement", Type: "date", Value: a.notes.Cartridge,
			Hint: "Leave empty if there has not been one.", Problem: c.problems["cover-cartridge"], OnInput: a.note(&a.notes.Cartridge)}.render(),
		input{ID: "cover-cartridge-miles", Label: "Mileage at that replacement", Type: "text", InputMode: "numeric", Unit: "miles", Value: a.notes.CartMiles,
			Problem: c.problems["cover-cartridge-miles"], OnInput: a.note(&a.notes.CartMiles)}.render(),
		app.Ul().ID("battery-due").Class("battery-due").Body(
			app.Range(c.battery).Slice(func(i int) app.UI {
				d := c.battery[i]
				class := "due"
				if d.Due {
					class += " due-now"
				}
				return app.Li().Class(class).Text(capitalise(d.Summary) + ".")
			}),
		),
		textP(cover.BatteryReplacement.Text),
		classP("source", "Source: "+cover.BatteryTasks[0].Source),
	)
}
