package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/cover"
	"github.com/smart-selfcheck/selfcheck/standards"
)

// shownNumbers are the numbers the app shows, in the documents' order.
func shownNumbers() []cover.Number {
	var out []cover.Number
	for _, n := range cover.Numbers {
		if n.Shown {
			out = append(out, n)
		}
	}
	return out
}

func (c *contactsScreen) renderNumbers() app.UI {
	numbers := shownNumbers()
	return div(
		pBody(app.Text("Broken down? "), link(PathAssistance, "Road assistance"),
			app.Text(" puts the right number first for where you are.")),
		classUl("contact-list",
			app.Range(numbers).Slice(func(i int) app.UI {
				return classLi("contact", renderNumber(numbers[i]))
			}),
		),
	)
}

// renderNumber is a number as a tel: link with who it reaches and its hours.
func renderNumber(n cover.Number) app.UI {
	return div(
		classP("contact-label", n.Label),
		app.A().Class("contact-number").ID("number-"+n.ID).Href(n.Tel).Aria("label", "Ring "+n.Display+", "+n.Label).Text(n.Display),
		app.If(n.Hours != "", classP("contact-hours", n.Hours)),
		app.If(n.Reading != "", classP("contact-reading", n.Reading)),
		classP("source", "Source: "+n.Source),
	)
}

func (c *contactsScreen) renderAddresses() app.UI {
	return div(
		classUl("contact-list",
			app.Range(cover.Emails).Slice(func(i int) app.UI {
				e := cover.Emails[i]
				return classLi("contact",
					classP("contact-label", e.Label),
					app.A().Class("contact-email").Href("mailto:"+e.Address).Text(e.Address),
					classP("source", "Source: "+e.Source),
				)
			}),
			app.Range(cover.Addresses).Slice(func(i int) app.UI {
				return classLi("contact", renderAddress(cover.Addresses[i], ""))
			}),
		),
	)
}

// renderAddress is a postal address with its source, unless the source is
// said is already said beside it.
func renderAddress(a cover.Address, said string) app.UI {
	return div(
		classP("contact-label", a.Name),
		classP("contact-purpose", a.Purpose),
		app.Elem("address").Class("contact-address").Body(
			app.Range(a.Lines).Slice(func(i int) app.UI {
				return classSpan("address-line", a.Lines[i])
			}),
		),
		app.If(a.Web != "", textP("Web: "+a.Web)),
		app.If(a.Source != said, classP("source", "Source: "+a.Source)),
	)
}

// renderWeb is the web addresses the documents give, as text to copy: the
// app never fetches them, and only a tap leaves the app.
func (c *contactsScreen) renderWeb() app.UI {
	return div(
		textP("The documents point to these pages. They need a signal; copy one, or tap it to open it in your browser."),
		classUl("contact-list",
			app.Range(cover.WebAddresses).Slice(func(i int) app.UI {
				w := cover.WebAddresses[i]
				return classLi("contact",
					classP("contact-label", capitalise(w.Purpose)),
					app.A().Class("contact-web").Href("https://"+w.Address).Attr("rel", "noopener noreferrer").Text(w.Address),
					classP("source", "Source: "+w.Source),
				)
			}),
		),
	)
}

// renderAgreements is the four agreement types, each opening to what it is
// and what happens at its end; the saved check's type is open.
func (c *contactsScreen) renderAgreements() app.UI {
	return div(
		app.Range(cover.Agreements).Slice(func(i int) app.UI {
			ag := cover.Agreements[i]
			title := ag.Name
			if ag.Agreement == c.agreement {
				title += " (yours)"
			}
			return app.Elem("details").Class("agreement").ID("agreement-"+ag.Agreement.String()).Attr("open", ag.Agreement == c.agreement).Body(
				app.Elem("summary").Class("agreement-name").Text(title),
				textP(ag.Overview),
				textH3("At the end of the agreement"),
				ul(
					app.Range(ag.AtEnd).Slice(func(j int) app.UI { return textLi(ag.AtEnd[j]) }),
				),
				app.If(ag.Abroad != "", textH3("Taking the car abroad"), textP(ag.Abroad)),
				app.Range(ag.Points).Slice(func(j int) app.UI {
					p := ag.Points[j]
					// Points in a row from one place say it once, after the last.
					last := j == len(ag.Points)-1 || ag.Points[j+1].Source != p.Source
					return classDiv("agreement-point",
						textH3(p.Title),
						textP(p.Text),
						app.If(p.Source != ag.Source && last, classP("source", "Source: "+p.Source)),
					)
				}),
				app.If(ag.Note != "", classP("note", ag.Note)),
				classP("source", "Source: "+ag.Source),
			)
		}),
	)
}

func (c *contactsScreen) onAbroadInput(ctx app.Context, e app.Event) {
	if c.abroad.search(ctx.JSSrc().Get("value").String()) {
		c.abroad.lookUp(ctx, nil)
	}
}

func (c *contactsScreen) onAbroadChoose(p *cover.Place) handler {
	return handle(func(ctx app.Context, e app.Event) { c.abroad.choose(p) }, p.Name)
}

func (c *contactsScreen) onAbroadChooseTown(m townMatch) handler {
	return handle(func(ctx app.Context, e app.Event) { c.abroad.chooseTown(m) }, m.Town, m.In)
}

// renderAbroad is what to do before taking the car abroad, with the country
// lookup and the number to ring from there.
func (c *contactsScreen) renderAbroad() app.UI {
	hire, _ := cover.AgreementOf(standards.ContractHire)
	services, _ := cover.NumberOf("customer-services")
	p := c.abroad.place()
	return div(
		classDiv("abroad-ve103",
			pBody(app.Elem("strong").Text("Contract Hire: "), app.Text(hire.Abroad)),
			app.A().Class("button button-secondary").Href(services.Tel).Aria("label", "Ring Customer Services, "+services.Display).
				Text("Ring Customer Services "+services.Display),
			classP("source", "Source: "+hire.Source),
		),
		c.abroad.render("Where are you going?", "Check that road assistance covers the country, and see the number to ring from there.",
			handle(c.onAbroadInput), c.onAbroadChoose, c.onAbroadChooseTown, nil),
		showIf(p != nil, func() app.UI {
			first := cover.CallList(p)[0]
			return classDiv("abroad-call",
				textP("If you break down in "+p.Name+", ring road assistance on:"),
				callButton(first, true),
			)
		}),
	)
}

// telLinked is text with each number of the documents in it as a tel: link,
// such as the DVLA's in "call 0300 790 6802 or go to…".
func telLinked(text string) []app.UI {
	for _, n := range shownNumbers() {
		if before, after, ok := strings.Cut(text, n.Display); ok {
			return append(append(telLinked(before), link(n.Tel, n.Display)), telLinked(after)...)
		}
	}
	if text == "" {
		return nil
	}
	return []app.UI{app.Text(text)}
}
