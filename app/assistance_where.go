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
	didYouMean  []cover.Suggestion   // what a misspelling may mean; no answer is given for it
	answer      *cover.CountryAnswer // nil while nothing has been typed, or while suggestions are offered
	matches     []townMatch          // towns, cities and regions to offer when the place is not known
	looking     bool                 // the gazetteer is being asked
}

// townMatch is a town, city or region from the gazetteer, in the worker
// (workerapi.Town).
type townMatch struct {
	Town, Kind string
	Of         string // for another name of a city, the city's own name
	In         string // the place of cover.Places it is in
	covered    bool   // road assistance applies in In, worked out when the reply comes
}

func newPlaceFinder(id string) placeFinder { return placeFinder{id: id} }

// search looks up what the driver typed (cover.SearchPlaces): an exact
// name, own name or code answers at once, with other matches after it;
// otherwise places that match are suggested, or for a misspelling the name
// meant; when nothing is, the answer says the place is not recognised.
// It reports whether the gazetteer should be asked (see lookUp): the name
// is not a country or region the app itself knows.
func (f *placeFinder) search(query string) (askGazetteer bool) {
	s := cover.SearchPlaces(query, maxSuggestions)
	f.query, f.answer, f.suggestions, f.didYouMean, f.matches, f.looking = query, s.Answer, s.Suggestions, s.DidYouMean, nil, false
	if strings.TrimSpace(query) == "" {
		return false
	}
	if f.answer == nil && len(f.suggestions) == 0 && len(f.didYouMean) == 0 {
		a := cover.LookupCountry(query)
		f.answer = &a
	}
	f.looking = s.Answer == nil
	return f.looking
}

// lookUp asks the worker's gazetteer where the name typed is, and shows its
// answer if the driver has not typed on since; then, when not nil, runs
// once it has. Without the worker the answer stays "we do not know the
// place", never "not covered".
func (f *placeFinder) lookUp(ctx app.Context, then func()) {
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
				matches = append(matches, townMatch{Town: m.Town, Of: m.Of, Kind: m.Kind, In: m.In, covered: p != nil && p.Covered()})
			}
			if !a.Known && len(f.didYouMean) > 0 {
				f.matches = matches
				return // a misspelling: "Did you mean…?", never a verdict
			}
			f.answer, f.matches = &a, matches
			if then != nil {
				then()
			}
		}))
	})
}

// choose settles on a place, as when the driver taps a suggestion.
func (f *placeFinder) choose(p *cover.Place) {
	a := cover.LookupCountry(p.Name)
	f.query, f.suggestions, f.didYouMean, f.answer, f.matches, f.looking = p.Name, nil, nil, &a, nil, false
}

// chooseTown settles on a town the gazetteer offered.
func (f *placeFinder) chooseTown(m townMatch) {
	p := cover.LookupCountry(m.In).Place
	if p == nil {
		return
	}
	a := cover.InPlace(m.Town, m.Town, m.Of, m.Kind, p)
	f.query, f.suggestions, f.didYouMean, f.answer, f.matches, f.looking = m.Town, nil, nil, &a, nil, false
}

// place is the place found, nil when none.
func (f *placeFinder) place() *cover.Place {
	if f.answer == nil {
		return nil
	}
	return f.answer.Place
}

// render draws the search box, the answer with the other places that match
// after it, or the suggestions. onInput receives what is typed; onChoose a
// suggestion tapped; onChooseTown a town the gazetteer offered. verdict,
// when not nil, is said in place of the place's own: the place and the car
// together.
func (f *placeFinder) render(label, hint string, onInput handler, onChoose func(*cover.Place) handler,
	onChooseTown func(townMatch) handler, verdict *cover.Verdict) app.UI {
	return classDiv("finder",
		input{ID: f.id, Label: label, Hint: hint, Value: f.query, OnInput: onInput}.render(),
		app.Div().Class("answer-slot").Aria("live", "polite").Body(
			app.If(len(f.didYouMean) > 0, app.P().ID(f.id+"-did-you-mean").Class("did-you-mean").Body(
				app.Text("Did you mean "),
				app.Range(f.didYouMean).Slice(func(i int) app.UI {
					s := f.didYouMean[i]
					return app.Span().Body(
						app.If(i > 0, app.Text(" or ")),
						app.Button().Type("button").Class("link-button").OnClick(onChoose(s.Place).args()).Text(s.Name),
					)
				}),
				app.Text("?"),
			)),
			showIf(f.answer != nil, func() app.UI { return countryAnswer(f.answer, f.looking, verdict) }),
			f.renderList(f.id+"-suggestions-label", suggestionsLabel(f.answer), len(f.suggestions), func(i int) app.UI {
				s := f.suggestions[i]
				return app.Button().Type("button").Class("suggestion").OnClick(onChoose(s.Place).args()).Body(
					classSpan("suggestion-name", s.Name),
					app.If(s.Matched != s.Name, classSpan("suggestion-matched", s.Matched)),
					coverBadge(s.Covered),
				)
			}),
			f.renderList(f.id+"-matches-label", "Nearest matches we know:", len(f.matches), func(i int) app.UI {
				m := f.matches[i]
				return app.Button().Type("button").Class("suggestion").OnClick(onChooseTown(m).args()).Body(
					classSpan("suggestion-name", m.Town),
					classSpan("suggestion-matched", m.In),
					coverBadge(m.covered),
				)
			}),
			showIf(f.answer != nil && !f.answer.Known && !f.looking, func() app.UI { return coveredCountries(f.id + "-countries") }),
		),
	)
}

// renderList is a labelled list of n places to tap, nothing when n is 0.
func (f *placeFinder) renderList(labelID, label string, n int, item func(i int) app.UI) app.UI {
	if n == 0 {
		return app.If(false)
	}
	return div(
		app.P().ID(labelID).Class("suggestions-label").Text(label),
		app.Ul().Class("suggestions").Aria("labelledby", labelID).Body(
			app.Range(make([]struct{}, n)).Slice(func(i int) app.UI { return li(item(i)) }),
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
func countryAnswer(a *cover.CountryAnswer, looking bool, v *cover.Verdict) app.UI {
	if !a.Known {
		text := capitalise(a.Reason) + "."
		if looking {
			text = "Looking for " + strings.TrimSpace(a.Query) + " among the towns and regions we know…"
		}
		return classDiv("answer answer-unknown",
			classP("answer-verdict", "We do not know this place"),
			textP(text),
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
	verdict += " in " + where
	if v != nil {
		verdict, class = v.Text, answerClass(v)
	}
	return app.Div().Class(class).Body(
		classPBody("answer-verdict",
			app.If(class != "answer answer-unknown", app.Span().Class("answer-mark").Aria("hidden", "true").Text(coverMark(class == "answer answer-ok"))),
			app.Text(verdict),
		),
		textP(capitalise(why)+"."),
		showIf(a.Place != nil, func() app.UI { return classP("source", "Source: "+answerSource(a)) }),
	)
}

// answerSource is where the answer comes from: the road assistance page,
// and for a town the gazetteer's data.
func answerSource(a *cover.CountryAnswer) string {
	if a.Town != "" {
		return a.Place.Source + "; " + cover.TownSource
	}
	return a.Place.Source
}

// answerClass is the answer box's look: good only when both the place
// and the car are.
func answerClass(v *cover.Verdict) string {
	switch {
	case v.Covered:
		return "answer answer-ok"
	case v.Against:
		return "answer answer-bad"
	}
	return "answer answer-unknown"
}

func coverBadge(covered bool) app.UI {
	if covered {
		return classSpan("badge badge-ok", "covered")
	}
	return classSpan("badge badge-bad", "not covered")
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
