package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// section is one part of a long screen, with its own heading and anchor, so
// screens are lists of sections that later issues can add to.
type section struct {
	ID     string // anchor, such as "call"
	Title  string
	Render func() app.UI
}

// sectionLinks lists the sections at the top of the screen, to jump to one.
func sectionLinks(ss []section) app.UI {
	return app.Elem("nav").Class("jump").Aria("label", "On this screen").Body(
		ul(
			app.Range(ss).Slice(func(i int) app.UI {
				return li(app.A().Class("jump-link").Href("#" + ss[i].ID).Text(ss[i].Title))
			}),
		),
	)
}

// sectionsUI draws each section under its heading.
func sectionsUI(ss []section) app.UI {
	return app.Range(ss).Slice(func(i int) app.UI {
		s := ss[i]
		return app.Elem("section").ID(s.ID).Class("part").Aria("labelledby", s.ID+"-title").Body(
			app.Elem("h2").ID(s.ID+"-title").Text(s.Title),
			s.Render(),
		)
	})
}
