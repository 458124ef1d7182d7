package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/standards"
)

// itemsReady counts the required items the driver has, and those required.
func itemsReady(items []standards.ItemStatus) (have, needed int) {
	for _, it := range items {
		if it.Required {
			needed++
			if it.Have != nil && *it.Have {
				have++
			}
		}
	}
	return have, needed
}

// renderHandBack is the items checklist and the actions timeline.
func (c *checkScreen) renderHandBack() app.UI {
	items := c.st.report.Items
	return app.Elem("section").Class("check-hand-back").Aria("labelledby", "step-heading").Body(
		stepHeading("Hand back"),
		app.P().Class("lead").Text("Tick what you have ready to go back with the car. "+
			itoa(c.st.have)+" of "+itoa(c.st.needed)+" ready."),
		app.Ul().Class("items").Body(
			app.Range(items).Slice(func(i int) app.UI {
				it := items[i]
				id := "item-" + it.ID
				have := it.Have != nil && *it.Have
				return app.Li().Class("item").Body(
					app.Input().Type("checkbox").ID(id).Class("item-box").Checked(have).
						OnChange(handle(func(ctx app.Context, e app.Event) {
							c.st.setItem(it.ID, ctx.JSSrc().Get("checked").Bool(), c.today())
							c.save()
						}, it.ID).args()),
					app.Label().For(id).Class("item-label").Body(
						app.Span().Text(it.Label),
						app.Span().Class("item-when").Text(itemWhen(it)),
					),
				)
			}),
		),
		app.P().Class("source").Text("Source: "+standards.Contents().Items[0].Source),
		app.H3().Text("Before the return date"),
		c.renderTimeline(),
		app.Div().Class("check-pager no-print").Body(
			app.A().Class("button").Href(stepURL(stepSummary)).Text("See the summary →"),
		),
	)
}

// itemWhen says whether an item is needed for this car, from the catalogue.
func itemWhen(it standards.ItemStatus) string {
	for _, ci := range standards.Contents().Items {
		if ci.ID != it.ID || ci.Required == "always" {
			continue
		}
		if it.Required {
			return "Needed: " + ci.Required + "."
		}
		return "Not needed for this car: only " + ci.Required + "."
	}
	return ""
}

// renderTimeline lists the actions by due date.
func (c *checkScreen) renderTimeline() app.UI {
	actions := c.st.actions
	if len(actions) == 0 {
		return app.P().Text("Nothing to do before the return date.")
	}
	return app.Elem("ol").Class("timeline").Body(
		app.Range(actions).Slice(func(i int) app.UI {
			a := actions[i]
			overdue := a.Due.Before(c.today())
			return app.Li().Class("timeline-item").Body(
				app.P().Class("timeline-due").Body(
					app.If(overdue, app.Elem("strong").Class("overdue").Text("Overdue: ")),
					app.Text("By "),
					app.Elem("time").Attr("datetime", a.Due.String()).Text(a.Due.Long()),
				),
				app.P().Body(telLinked(a.Text)...),
				app.P().Class("source").Text(a.Source),
			)
		}),
	)
}

// renderSummary is what the standards say about the whole check; it is
// what a printout shows.
func (c *checkScreen) renderSummary() app.UI {
	r := &c.st.report
	v := &c.st.file.Vehicle
	car := v.Model
	if reg := v.Registration(); reg != "" {
		car += " " + reg
	}
	left := c.st.areasLeft
	return app.Elem("section").Class("check-summary").Aria("labelledby", "step-heading").Body(
		stepHeading("Summary"),
		app.If(car != "", app.P().Class("summary-car").Text(car)),
		app.P().Class("summary-asof").Text("Checked on "+r.AsOf.Long()+" for a return on "+r.ReturnDate.Long()+"."),
		app.P().Class("summary-progress").Body(
			app.Elem("strong").Text(itoa(c.st.checked)+" of "+itoa(len(r.Areas))+" areas checked"),
		),
		app.Elem("progress").Class("progress").Attr("max", len(r.Areas)).Attr("value", c.st.checked).Aria("label", "Areas checked"),
		app.Ul().Class("counts").Body(
			countTile(standards.NotAcceptable, r.Summary.NotAcceptable, "not acceptable"),
			countTile(standards.Borderline, r.Summary.Borderline, "borderline"),
			countTile(standards.Acceptable, r.Summary.Acceptable, "acceptable"),
		),
		app.If(v.Powertrain == 0 || v.FirstRegistered.IsZero(),
			app.P().Class("notice notice-warn").Body(
				app.Text("Your car's powertrain and first registration date are missing, so the verdicts assume a car up to two years old. "),
				app.A().Href(stepURL(stepCar)).Text("Add them"),
			)),
		app.If(len(left) > 0,
			app.H3().Text("Areas left to check"),
			app.Ul().Class("areas-left").Body(
				app.Range(left).Slice(func(i int) app.UI {
					return app.Li().Body(
						app.A().Href(stepURL(left[i].ID)).Text(left[i].Label),
						app.Text(" "),
						areaBadge(&left[i]),
					)
				}),
			),
		).Else(
			app.P().Class("verdict verdict-ok").Text("✓ Every area checked."),
		),
		c.summaryGroup(standards.NotAcceptable, "Not acceptable: likely to be charged"),
		c.summaryGroup(standards.Borderline, "Borderline: have these looked at"),
		c.summaryGroup(standards.Acceptable, "Acceptable"),
		app.H3().Text("Items to hand back"),
		c.renderMissingItems(),
		app.H3().Text("Before the return date"),
		c.renderTimeline(),
		renderTips(),
		c.renderKeep(),
	)
}

// renderTips is the booklet's care advice that bears on the return.
func renderTips() app.UI {
	tips := standards.Contents().Tips
	return app.Div().Class("tips").Body(
		app.H3().Text("Looking after the car until then"),
		app.Ul().Body(
			app.Range(tips).Slice(func(i int) app.UI {
				return app.Li().Body(app.Elem("strong").Text(tips[i].Label+": "), app.Text(tips[i].Text))
			}),
		),
		app.P().Class("source").Text("Source: "+tips[0].Source),
	)
}

func countTile(v standards.Verdict, n int, words string) app.UI {
	l := verdictLooks[v]
	return app.Li().Class("count "+l.class).Body(
		app.Span().Class("count-n").Text(itoa(n)),
		app.Span().Class("count-words").Body(
			app.Span().Aria("hidden", "true").Text(l.symbol+" "),
			app.Text(words),
		),
	)
}

func (c *checkScreen) summaryGroup(v standards.Verdict, heading string) app.UI {
	idx := c.st.byVerdict[v]
	if len(idx) == 0 {
		return nil
	}
	return app.Div().Class("summary-group").Body(
		app.H3().Text(heading+" ("+itoa(len(idx))+")"),
		app.Ul().Class("findings").Body(
			app.Range(idx).Slice(func(j int) app.UI { return c.renderFinding(idx[j], false) }),
		),
	)
}

func (c *checkScreen) renderMissingItems() app.UI {
	missing := c.st.missing
	if len(missing) == 0 {
		return app.P().Class("verdict verdict-ok").Text("✓ Everything required is ready.")
	}
	return app.Div().Body(
		app.P().Body(
			app.Text(itoa(c.st.have)+" of "+itoa(c.st.needed)+" ready. Still to find: "),
		),
		app.Ul().Class("items-missing").Body(
			app.Range(missing).Slice(func(i int) app.UI { return app.Li().Text(missing[i]) }),
		),
		app.A().Class("no-print").Href(stepURL(stepHandBack)).Text("Tick items off"),
	)
}
