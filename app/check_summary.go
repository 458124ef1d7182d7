package app

import (
	"strings"

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
		classP("lead", "Tick what you have ready to go back with the car. "+
			itoa(c.st.have)+" of "+itoa(c.st.needed)+" ready."),
		classUl("items",
			app.Range(items).Slice(func(i int) app.UI {
				it := items[i]
				id := "item-" + it.ID
				have := it.Have != nil && *it.Have
				return classLi("item",
					app.Input().Type("checkbox").ID(id).Class("item-box").Checked(have).
						OnChange(handle(func(ctx app.Context, e app.Event) {
							c.st.setItem(it.ID, ctx.JSSrc().Get("checked").Bool(), c.today())
							c.save()
						}, it.ID).args()),
					app.Label().For(id).Class("item-label").Body(
						textSpan(it.Label),
						classSpan("item-when", it.When()),
					),
				)
			}),
		),
		classP("source", "Source: "+standards.Contents().Items[0].Source),
		textH3("Before the return date"),
		c.renderTimeline(),
		newCalendarDownload().Check(c.st.file, c.st.report.AsOf),
		classDiv("check-pager no-print",
			app.A().Class("button").Href(stepURL(stepSummary)).Text("See the summary →"),
		),
	)
}

// renderTimeline lists the actions by due date.
func (c *checkScreen) renderTimeline() app.UI {
	actions := c.st.actions
	if len(actions) == 0 {
		return textP("Nothing to do before the return date.")
	}
	return app.Elem("ol").Class("timeline").Body(
		app.Range(actions).Slice(func(i int) app.UI {
			a := actions[i]
			overdue := a.Due.Before(c.today())
			return classLi("timeline-item",
				classPBody("timeline-due",
					app.If(overdue, app.Elem("strong").Class("overdue").Text("Overdue: ")),
					app.Text("By "),
					app.Elem("time").Attr("datetime", a.Due.String()).Text(a.Due.Long()),
				),
				pBody(telLinked(a.Text)...),
				classP("source", a.Source),
			)
		}),
	)
}

// renderSummary is what the standards say about the whole check; it is
// what a printout shows. The counts, what needs doing and the PDF come
// first, then the answers, each with a way back to change it.
func (c *checkScreen) renderSummary() app.UI {
	r := &c.st.report
	v := &c.st.file.Vehicle
	car := v.Model
	if reg := v.Registration(); reg != "" {
		car = strings.TrimSpace(car + " " + reg)
	}
	tallies := r.Summary.Tallies()
	return app.Elem("section").Class("check-summary").Aria("labelledby", "step-heading").Body(
		stepHeading("Summary"),
		app.If(car != "", classP("summary-car", car)),
		classP("summary-asof", "Checked on "+r.AsOf.Long()+" for a return on "+r.ReturnDate.Long()+"."),
		classUl("counts",
			app.Range(tallies).Slice(func(i int) app.UI { return countTile(tallies[i]) }),
		),
		classPBody("summary-progress",
			app.Elem("strong").Text(itoa(c.st.checked)+" of "+itoa(len(r.Areas))+" areas checked"),
		),
		app.Elem("progress").Class("progress").Attr("max", len(r.Areas)).Attr("value", c.st.checked).Aria("label", "Areas checked"),
		renderMissingCar(v),
		classDiv("summary-pdf no-print", newPDFDownload().Check(c.st.file, c.st.report.AsOf)),
		c.renderToDo(),
		textH3("Check your answers"),
		c.renderAnswers(),
		app.Range(standards.Gravest[:]).Slice(func(i int) app.UI { return c.summaryGroup(standards.Gravest[i]) }),
		renderTips(),
		c.renderKeep(),
	)
}

// renderToDo is what needs doing before the return: the areas left, the
// items still to find and the dated actions.
func (c *checkScreen) renderToDo() app.UI {
	left := c.st.areasLeft
	return classDiv("summary-todo",
		textH3("What needs doing"),
		app.If(len(left) > 0,
			classPBody("areas-left",
				app.Text(standards.Plural(len(left), "area")+" left to check: "),
				app.Range(left).Slice(func(i int) app.UI {
					return app.Span().Body(
						app.If(i > 0, app.Text(", ")),
						link(stepURL(left[i].ID), left[i].Label),
					)
				}),
				app.Text("."),
			),
		).Else(
			classP("verdict verdict-ok", "✓ Every area checked."),
		),
		c.renderMissingItems(),
		app.Elem("h4").Class("todo-heading").Text("Before the return date"),
		c.renderTimeline(),
	)
}

// renderMissingCar says which of the car's details the verdicts lack, and
// links to the first of them.
func renderMissingCar(v *standards.Vehicle) app.UI {
	text, fields := standards.CarDetailsMissing(v)
	if len(fields) == 0 {
		return nil
	}
	add := "Add it"
	if len(fields) > 1 {
		add = "Add them"
	}
	return classPBody("notice notice-warn", app.Text(text+" "), link(fieldURL("vehicle-"+fields[0]), add))
}

// renderAnswers are the driver's answers, GOV.UK's "check your answers":
// each row with a Change link back to its step, and for the car's to the
// field.
func (c *checkScreen) renderAnswers() app.UI {
	r := &c.st.report
	v := &c.st.file.Vehicle
	var items []standards.ItemStatus
	for _, it := range r.Items {
		if it.Required {
			items = append(items, it)
		}
	}
	return app.Elem("dl").Class("summary-list").Body(
		carAnswer("model", v.Model),
		carAnswer("registrationNumber", v.Registration()),
		answerRow("When the car goes back", fieldURL("vehicle-agreementEnds"), app.Text(c.st.effects[0])),
		app.Range(r.Areas).Slice(func(i int) app.UI {
			a := &r.Areas[i]
			return answerRow(a.Label, stepURL(a.ID), areaBadge(a))
		}),
		app.Range(items).Slice(func(i int) app.UI {
			it := items[i]
			return answerRow(it.Label, stepURL(stepHandBack), classSpan("item-have", it.HaveText()))
		}),
	)
}

// carAnswer is the row of the vehicle's field called name, showing value.
func carAnswer(name, value string) app.UI {
	if value == "" {
		value = "Not given"
	}
	for _, f := range standards.VehicleFields() {
		if f.Name == name {
			return answerRow(f.Label, fieldURL("vehicle-"+name), app.Text(value))
		}
	}
	return nil
}

// answerRow is one row of the answers: what, the answer, and Change.
func answerRow(key, change string, value app.UI) app.UI {
	return classDiv("summary-row",
		app.Elem("dt").Class("summary-key").Text(key),
		app.Elem("dd").Class("summary-value").Body(value),
		app.Elem("dd").Class("summary-change no-print").Body(
			app.A().Href(change).Aria("label", "Change: "+key).Text("Change"),
		),
	)
}

// renderTips is the booklet's care advice that bears on the return.
func renderTips() app.UI {
	tips := standards.Contents().Tips
	return classDiv("tips",
		textH3("Looking after the car until then"),
		ul(
			app.Range(tips).Slice(func(i int) app.UI {
				return li(app.Elem("strong").Text(tips[i].Label+": "), app.Text(tips[i].Text))
			}),
		),
		classP("source", "Source: "+tips[0].Source),
	)
}

func countTile(t standards.Tally) app.UI {
	return app.Li().Class("count "+classOf(t.Verdict)).Body(
		classSpan("count-n", itoa(t.N)),
		app.Span().Class("count-words").Body(
			app.Span().Aria("hidden", "true").Text(standards.VerdictSymbol(t.Verdict)+" "),
			app.Text(t.Words),
		),
	)
}

func (c *checkScreen) summaryGroup(v standards.Verdict) app.UI {
	idx := c.st.byVerdict[v]
	if len(idx) == 0 {
		return nil
	}
	return classDiv("summary-group",
		textH3(standards.VerdictHeading(v)+" ("+itoa(len(idx))+")"),
		classUl("findings",
			app.Range(idx).Slice(func(j int) app.UI { return c.renderFinding(idx[j], false) }),
		),
	)
}

func (c *checkScreen) renderMissingItems() app.UI {
	missing := c.st.missing
	if len(missing) == 0 {
		return classP("verdict verdict-ok", "✓ Everything required is ready.")
	}
	return classPBody("items-missing",
		app.Text(itoa(c.st.have)+" of "+itoa(c.st.needed)+" items ready. Still to find: "+strings.Join(missing, ", ")+". "),
		app.A().Class("no-print").Href(stepURL(stepHandBack)).Text("Tick items off"),
	)
}
