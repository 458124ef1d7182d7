package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/workerapi"
)

// maxSuggestions is how many places the country search offers at once.
const maxSuggestions = 6

// placeFinder is a country search box: what the driver typed, the places
// suggested for it and the answer once it names a place. It is state held by
// the screen that shows it, so a position can fill it in too.
type placeFinder struct {
	id          string
	query       string
	suggestions []cover.Suggestion
	answer      *cover.CountryAnswer // nil while nothing has been typed, or while suggestions are offered
	matches     []townMatch          // towns, cities and regions to offer when the place is not known
	looking     bool                 // the gazetteer is being asked
}

// townMatch is a town, city or region from the gazetteer, in the worker
// (workerapi.Town).
type townMatch struct {
	Town, Kind string
	In         string // the place of cover.Places it is in
	covered    bool   // road assistance applies in In, worked out when the reply comes
}

func newPlaceFinder(id string) placeFinder { return placeFinder{id: id} }

// search looks up what the driver typed: an exact name, own name or code
// answers at once; otherwise places that begin with or contain it are
// suggested; when none do, the answer says the place is not recognised.
// It reports whether the gazetteer should be asked (see lookUp): the name
// is not a country or region the app itself knows.
func (f *placeFinder) search(query string) (askGazetteer bool) {
	f.query, f.suggestions, f.answer, f.matches, f.looking = query, nil, nil, nil, false
	if strings.TrimSpace(query) == "" {
		return false
	}
	a := cover.LookupCountry(query)
	for _, s := range cover.Suggest(query, maxSuggestions+1) {
		if s.Place != a.Place && len(f.suggestions) < maxSuggestions {
			f.suggestions = append(f.suggestions, s)
		}
	}
	if a.Place != nil || len(f.suggestions) == 0 {
		f.answer = &a
	}
	f.looking = a.Place == nil
	return f.looking
}

// lookUp asks the worker's gazetteer where the name typed is, and shows its
// answer if the driver has not typed on since. Without the worker the
// answer stays "we do not know the place", never "not covered".
func (f *placeFinder) lookUp(ctx app.Context) {
	query := f.query
	askWorker(workerapi.Request{Kind: workerapi.Place, Text: query}, func(reply workerapi.Reply, _ app.Value, err error) {
		ctx.Dispatch(rescued(func(ctx app.Context) {
			if f.query != query {
				return
			}
			f.looking = false
			if err != nil || reply.Place == nil {
				return
			}
			a := reply.Place.Answer
			if a.Known {
				a.Place = cover.LookupCountry(a.Name).Place
				a.Matched = a.Town
			}
			var matches []townMatch
			for _, m := range reply.Place.Matches {
				p := cover.LookupCountry(m.In).Place
				matches = append(matches, townMatch{Town: m.Town, Kind: m.Kind, In: m.In, covered: p != nil && p.Covered()})
			}
			f.answer, f.matches = &a, matches
		}))
	})
}

// choose settles on a place, as when the driver taps a suggestion.
func (f *placeFinder) choose(p *cover.Place) {
	a := cover.LookupCountry(p.Name)
	f.query, f.suggestions, f.answer, f.matches, f.looking = p.Name, nil, &a, nil, false
}

// chooseTown settles on a town the gazetteer offered.
func (f *placeFinder) chooseTown(m townMatch) {
	p := cover.LookupCountry(m.In).Place
	if p == nil {
		return
	}
	a := cover.InPlace(m.Town, m.Town, m.Kind, p)
	f.query, f.suggestions, f.answer, f.matches, f.looking = m.Town, nil, &a, nil, false
}

// place is the place found, nil when none.
func (f *placeFinder) place() *cover.Place {
	if f.answer == nil {
		return nil
	}
	return f.answer.Place
}

// render draws the search box, the suggestions and the answer. onInput
// receives what is typed; onChoose a suggestion tapped.
// onChooseTown a town the gazetteer offered.
func (f *placeFinder) render(label, hint string, onInput handler, onChoose func(*cover.Place) handler,
	onChooseTown func(townMatch) handler) app.UI {
	return app.Div().Class("finder").Body(
		input{ID: f.id, Label: label, Hint: hint, Value: f.query, OnInput: onInput}.render(),
		app.If(len(f.suggestions) > 0,
			app.P().ID(f.id+"-suggestions-label").Class("suggestions-label").Text(suggestionsLabel(f.answer)),
			app.Ul().Class("suggestions").Aria("labelledby", f.id+"-suggestions-label").Body(
				app.Range(f.suggestions).Slice(func(i int) app.UI {
					s := f.suggestions[i]
					return app.Li().Body(
						app.Button().Type("button").Class("suggestion").OnClick(onChoose(s.Place).args()).Body(
							app.Span().Class("suggestion-name").Text(s.Name),
							app.If(s.Matched != s.Name, app.Span().Class("suggestion-matched").Text(s.Matched)),
							coverBadge(s.Covered),
						),
					)
				}),
			),
		),
		app.Div().Class("answer-slot").Aria("live", "polite").Body(
			showIf(f.answer != nil, func() app.UI { return countryAnswer(f.answer, f.looking) }),
			app.If(len(f.matches) > 0,
				app.P().ID(f.id+"-matches-label").Class("suggestions-label").Text("Nearest matches we know:"),
				app.Ul().Class("suggestions").Aria("labelledby", f.id+"-matches-label").Body(
					app.Range(f.matches).Slice(func(i int) app.UI {
						m := f.matches[i]
						return app.Li().Body(
							app.Button().Type("button").Class("suggestion").OnClick(onChooseTown(m).args()).Body(
								app.Span().Class("suggestion-name").Text(m.Town),
								app.Span().Class("suggestion-matched").Text(m.In),
								coverBadge(m.covered),
							),
						)
					}),
				),
			),
			showIf(f.answer != nil && !f.answer.Known && !f.looking, func() app.UI { return coveredCountries(f.id + "-countries") }),
		),
	)
}

func suggestionsLabel(a *cover.CountryAnswer) string {
	if a != nil {
		return "Or did you mean:"
	}
	return "Choose your country:"
}

// countryAnswer says plainly whether road assistance applies in the place,
// and why; for a place not known, that we do not know it, never "not
// covered".
func countryAnswer(a *cover.CountryAnswer, looking bool) app.UI {
	if !a.Known {
		text := capitalise(a.Reason) + "."
		if looking {
			text = "Looking for " + strings.TrimSpace(a.Query) + " among the towns and regions we know…"
		}
		return app.Div().Class("answer answer-unknown").Body(
			app.P().Class("answer-verdict").Text("We do not know this place"),
			app.P().Text(text),
		)
	}
	verdict, why := "Not covered", a.Reason
	if a.Covered {
		verdict = "Covered"
	}
	for _, prefix := range []string{"covered: ", "not covered: "} {
		why = strings.TrimPrefix(why, prefix)
	}
	where := a.Name
	if a.Town != "" {
		where = a.Town + ", " + a.Name
	}
	if where == "" {
		where = strings.TrimSpace(a.Query)
	}
	class := "answer answer-bad"
	if a.Covered {
		class = "answer answer-ok"
	}
	return app.Div().Class(class).Body(
		app.P().Class("answer-verdict").Body(
			app.Span().Class("answer-mark").Aria("hidden", "true").Text(coverMark(a.Covered)),
			app.Text(verdict+" in "+where),
		),
		app.P().Text(capitalise(why)+"."),
		showIf(a.Place != nil, func() app.UI { return app.P().Class("source").Text("Source: " + a.Place.Source) }),
	)
}

func coverBadge(covered bool) app.UI {
	if covered {
		return app.Span().Class("badge badge-ok").Text("covered")
	}
	return app.Span().Class("badge badge-bad").Text("not covered")
}

func coverMark(ok bool) string {
	if ok {
		return "✓ "
	}
	return "✗ "
}

// showIf is the UI fn makes when cond holds and nothing otherwise, so fn may
// use what exists only then.
func showIf(cond bool, fn func() app.UI) app.UI {
	if !cond {
		return app.If(false)
	}
	return fn()
}
