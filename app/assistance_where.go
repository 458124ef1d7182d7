package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
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
}

func newPlaceFinder(id string) placeFinder { return placeFinder{id: id} }

// search looks up what the driver typed: an exact name, own name or code
// answers at once; otherwise places that begin with or contain it are
// suggested; when none do, the answer says the place is not recognised.
func (f *placeFinder) search(query string) {
	f.query, f.suggestions, f.answer = query, nil, nil
	if strings.TrimSpace(query) == "" {
		return
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
}

// choose settles on a place, as when the driver taps a suggestion.
func (f *placeFinder) choose(p *cover.Place) {
	a := cover.LookupCountry(p.Name)
	f.query, f.suggestions, f.answer = p.Name, nil, &a
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
func (f *placeFinder) render(label, hint string, onInput handler, onChoose func(*cover.Place) handler) app.UI {
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
			showIf(f.answer != nil, func() app.UI { return countryAnswer(f.answer) }),
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
// and why.
func countryAnswer(a *cover.CountryAnswer) app.UI {
	verdict, why := "Not covered", a.Reason
	if a.Covered {
		verdict = "Covered"
	}
	for _, prefix := range []string{"covered: ", "not covered: "} {
		why = strings.TrimPrefix(why, prefix)
	}
	where := a.Name
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
