package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/smart-selfcheck/selfcheck/standards"
)

func itoa(n int) string { return strconv.Itoa(n) }

// verdictClass colours a verdict, by standards.Verdict (the zero one: not
// checked); the words and symbol are the standards' own.
var verdictClass = [...]string{"verdict-none", "verdict-ok", "verdict-bad", "verdict-warn"}

func classOf(v standards.Verdict) string {
	return verdictClass[max(0, min(int(v), len(verdictClass)-1))]
}

// badge is a verdict's symbol and words, never colour alone.
func badge(v standards.Verdict, words string) app.UI {
	return app.Span().Class("verdict "+classOf(v)).Body(
		app.Span().Class("verdict-symbol").Aria("hidden", "true").Text(standards.VerdictSymbol(v)),
		app.Span().Text(words),
	)
}

func verdictBadge(v standards.Verdict) app.UI { return badge(v, standards.VerdictText(v)) }

// areaBadge tells an area's progress; an area not checked never reads as passed.
func areaBadge(a *standards.AreaStatus) app.UI { return badge(a.Verdict(), a.Text()) }

// renderArea is one area of the walk round: what the standards say, what
// the driver found, and the way on.
func (c *checkScreen) renderArea(a *standards.AreaStatus) app.UI {
	area, _ := standards.AreaByID(a.ID)
	areas := c.st.report.Areas
	at := 0
	for i := range areas {
		if areas[i].ID == a.ID {
			at = i
		}
	}
	prev, next := stepURL(stepCar), stepURL(stepHandBack)
	prevLabel, nextLabel := "← Car", "Hand back →"
	if at > 0 {
		prev, prevLabel = stepURL(areas[at-1].ID), "← "+areas[at-1].Label
	}
	if at < len(areas)-1 {
		next, nextLabel = stepURL(areas[at+1].ID), areas[at+1].Label+" →"
	}
	found := c.st.byArea[a.ID]
	return app.Elem("section").Class("check-area").Aria("labelledby", "step-heading").Body(
		app.P().Class("check-area-count").Text("Area "+itoa(at+1)+" of "+itoa(len(areas))),
		stepHeading(a.Label),
		app.P().Class("check-area-status").Body(areaBadge(a)),
		renderWording(area, a.Checked),
		app.H3().Text("What you found"),
		c.renderOutline(area),
		app.If(len(found) == 0, app.P().Class("check-none").Text("Nothing recorded here yet.")),
		app.Ul().Class("findings").Body(
			app.Range(found).Slice(func(j int) app.UI { return c.renderFinding(found[j], true) }),
		),
		c.renderUndo(),
		c.renderAdd(area),
		app.If(len(found) == 0, c.renderNothingFound(a)),
		app.Elem("nav").Class("check-pager no-print").Aria("label", "Areas").Body(
			app.A().Class("button button-secondary").Href(prev).Text(prevLabel),
			app.A().Class("button").Href(next).Text(nextLabel),
		),
	)
}

// renderWording quotes what the area's standards accept and do not.
func renderWording(a *standards.Area, checked bool) app.UI {
	source := ""
	if len(a.Acceptable) > 0 {
		source = a.Acceptable[0].Source
	}
	return app.Elem("details").Class("wording").Attr("open", !checked).Body(
		app.Elem("summary").Text("What the standards say"),
		app.Range(a.Intro).Slice(func(i int) app.UI { return app.P().Text(a.Intro[i].Text) }),
		wordingGroup(standards.Acceptable, "wording-ok", a.Acceptable),
		wordingGroup(standards.NotAcceptable, "wording-bad", a.NotAcceptable),
		app.P().Class("source").Text("Source: "+source),
	)
}

// wordingGroup is the clauses of one verdict under its words.
func wordingGroup(v standards.Verdict, class string, clauses []standards.Clause) app.UI {
	return app.Div().Body(
		app.Elem("h4").Class(class).Body(
			app.Span().Aria("hidden", "true").Text(standards.VerdictSymbol(v)+" "), app.Text(standards.VerdictText(v))),
		app.Ul().Class("wording-list").Body(
			app.Range(clauses).Slice(func(i int) app.UI { return app.Li().Text(clauses[i].Text) }),
		),
	)
}

// renderNothingFound lets the driver mark an area with no findings checked.
func (c *checkScreen) renderNothingFound(a *standards.AreaStatus) app.UI {
	id, label := a.ID, a.Label
	if a.Checked {
		return app.Button().Class("button button-secondary check-nothing").
			Text("Not checked after all").
			OnClick(handle(func(ctx app.Context, e app.Event) {
				c.st.setAreaChecked(id, false, c.today())
				c.save()
				c.status = label + ": not checked yet."
			}, id, label).args())
	}
	return app.Button().Class("button check-nothing").
		Text("✓ Checked, nothing found").
		OnClick(handle(func(ctx app.Context, e app.Event) {
			c.st.setAreaChecked(id, true, c.today())
			c.save()
			c.status = label + ": checked, nothing found. You can come back to it from the list of areas."
			ctx.Navigate(stepURL(c.stepAfter(id)))
		}, id, label).args())
}

// renderAdd offers the area's conditions to record, each a button that
// adds it: one tap, and every label shows whole on the narrowest phone.
func (c *checkScreen) renderAdd(a *standards.Area) app.UI {
	id := "add-" + a.ID
	return app.Div().ID(id).Class("check-add no-print").Attr("role", "group").Aria("labelledby", id+"-label").Body(
		app.P().ID(id+"-label").Class("field-label").Text("Add something you found"),
		app.P().Class("field-hint").Text("Tap what you found, then say more about it."),
		app.Ul().Class("add-kinds").Body(
			app.Range(a.Kinds).Slice(func(i int) app.UI {
				k := a.Kinds[i]
				return app.Li().Body(
					app.Button().Type("button").Class("button button-secondary add-kind").Value(k.ID).Text("+ " + k.Label).
						OnClick(handle(func(ctx app.Context, e app.Event) { c.addFinding(ctx, k.ID) }, k.ID).args()),
				)
			}),
		),
	)
}

// addFinding records a new finding and opens it for editing.
func (c *checkScreen) addFinding(ctx app.Context, kind string) {
	c.editing = c.st.add(kind, c.today())
	c.undo = nil
	c.save()
	c.status = "Added. " + standards.VerdictText(c.st.report.Findings[c.editing].Verdict) + "."
	at := "finding-" + itoa(c.editing)
	c.later(ctx, func(app.Context) { showFirstField(at) })
}

// renderFinding is one finding with its verdict; editable opens its form
// in place (the walk round), else it links to its area (the summary).
func (c *checkScreen) renderFinding(i int, editable bool) app.UI {
	f := &c.st.file.Findings[i]
	r := &c.st.report.Findings[i]
	k, _ := standards.KindByID(f.Kind)
	editing := editable && c.editing == i
	label := r.Label
	if label == "" {
		label = f.Kind
	}
	var form app.UI
	if editing && k != nil {
		form = c.renderFindingForm(i, k)
	}
	facts := standards.FactsText(standards.Facts(f))
	return app.Li().ID("finding-"+itoa(i)).TabIndex(-1).Class("finding "+classOf(r.Verdict)).Body(
		app.Div().Class("finding-head").Body(
			verdictBadge(r.Verdict),
			app.P().Class("finding-title").Text(r.Title()),
			app.If(facts != "", app.P().Class("finding-facts").Text(facts)),
		),
		app.P().Class("finding-reason").Text(r.Reason),
		app.If(r.Quote != "", app.Elem("details").Class("finding-quote").Body(
			app.Elem("summary").Text("The standards' wording"),
			app.Elem("blockquote").Body(
				app.P().Text("“"+r.Quote+"”"),
				app.P().Class("source").Text(r.Source),
			),
		)),
		app.If(c.st.problems[findingPath(i)+".kind"] != "",
			app.P().Class("field-problem").Text(c.st.problems[findingPath(i)+".kind"])),
		form,
		c.renderPhotos(i, editable),
		app.Div().Class("finding-actions no-print").Body(
			app.If(editable && !editing, app.Button().Class("button button-secondary").
				Text("Edit").Aria("label", "Edit "+label).
				OnClick(handle(func(ctx app.Context, e app.Event) {
					c.editing = i
					c.focusLater(ctx, "finding-"+itoa(i)+"-first")
				}, i).args())),
			app.If(editing, app.Button().Class("button").Text("Done").
				OnClick(handle(func(ctx app.Context, e app.Event) {
					c.editing = -1
					c.focusLater(ctx, "finding-"+itoa(i))
				}, i).args())),
			app.If(editable, app.Button().Class("button button-danger").
				Text("Remove").Aria("label", "Remove "+label).
				OnClick(handle(func(ctx app.Context, e app.Event) { c.removeFinding(i) }, i).args())),
			app.If(!editable, app.A().Class("button button-secondary").
				Href(stepURL(r.Area)+"&edit="+itoa(i)).Text("Edit").Aria("label", "Edit "+label)),
		),
	)
}

// removeFinding takes a finding out, with undo.
func (c *checkScreen) removeFinding(i int) {
	r := c.st.remove(i, c.today())
	c.undo = &r
	c.editing = -1
	c.save()
	c.status = "Removed. You can undo it."
}

func (c *checkScreen) renderUndo() app.UI {
	if c.undo == nil {
		return nil
	}
	label := c.undo.finding.Kind
	if k, ok := standards.KindByID(label); ok {
		label = k.Label
	}
	return app.Div().Class("notice notice-undo no-print").Body(
		app.P().Text("Removed: "+label+"."),
		app.Button().Class("button button-secondary").Text("Undo").OnClick(handle(func(ctx app.Context, e app.Event) {
			if c.undo == nil {
				return
			}
			c.st.restore(*c.undo, c.today())
			c.editing = -1
			c.undo = nil
			c.save()
			c.status = "Put back."
		}).args()),
	)
}

// renderFindingForm asks for the fields the finding's kind needs.
func (c *checkScreen) renderFindingForm(i int, k *standards.Kind) app.UI {
	return app.Div().Class("finding-form").Body(
		app.Range(k.Fields).Slice(func(j int) app.UI {
			return c.findingControl(i, k.Fields[j], j == 0)
		}),
	)
}

func (c *checkScreen) findingControl(i int, fl standards.Field, first bool) app.UI {
	path := findingPath(i) + "." + fl.Name
	id := "finding-" + itoa(i) + "-" + fl.Name
	if first {
		id = "finding-" + itoa(i) + "-first"
	}
	value, problem := c.st.value(path), c.st.problems[path]
	choose := func(v string) handler { return c.onChoose(path, v) }
	switch fl.Type {
	case standards.Boolean:
		if fl.Name == "highProfilePanel" {
			if text, ok := standards.PanelAnswer(c.st.file.Findings[i].Location); ok {
				return app.P().Class("field-hint panel-answer").Text(text)
			}
		}
		return choice{ID: id, Label: fl.Label, Hint: fl.Help, Problem: problem, Value: value,
			Options: yesNo, Choose: choose}.render()
	case standards.Choice:
		return picker{ID: id, Label: fl.Label, Hint: fl.Help, Problem: problem, Value: value,
			Options: options(fl.Options), OnChange: c.onInput(path)}.render()
	case standards.Text:
		if len(fl.Suggestions) > 0 {
			return c.suggestedText(id, path, fl, value, problem)
		}
	}
	in := input{ID: id, Label: fl.Label, Hint: fl.Help, Problem: problem, Value: value, Unit: fl.Unit,
		OnInput: c.onInput(path)}
	if fl.Type == standards.Number {
		in.InputMode = "decimal"
		if fl.Range != nil {
			in.Hint = strings.TrimSpace(in.Hint + " Up to " + numberText(&fl.Range.Max) + " " + fl.Unit + ".")
		}
	}
	return in.render()
}

// otherValue is the picker's value for an answer not in the list.
const otherValue = "other"

// suggestedText is a text field with a list to pick from, and "Somewhere
// else" to type anything.
func (c *checkScreen) suggestedText(id, path string, fl standards.Field, value, problem string) app.UI {
	opts := options(fl.Suggestions)
	picked := ""
	for _, o := range opts {
		if strings.EqualFold(o.Value, value) {
			picked = o.Value
		}
	}
	other := c.others[path] || value != "" && picked == ""
	if other {
		picked = otherValue
	}
	var otherInput app.UI
	otherLabel := "Something else"
	if fl.Name == "location" {
		otherLabel = "Somewhere else"
	}
	if other {
		otherInput = input{ID: id + "-other", Label: otherLabel + ": " + strings.ToLower(fl.Label), Value: value,
			Problem: problem, OnInput: c.onInput(path)}.render()
	}
	return app.Div().Class("suggested").Body(
		picker{ID: id, Label: fl.Label, Hint: fl.Help, Value: picked,
			Options: append(opts, option{otherValue, otherLabel + " (type it)"}),
			OnChange: handle(func(ctx app.Context, e app.Event) {
				v := ctx.JSSrc().Get("value").String()
				c.others[path] = v == otherValue
				if v == otherValue {
					v = ""
					c.focusLater(ctx, id+"-other")
				}
				c.change(path, v)
			}, id, path)}.render(),
		otherInput,
	)
}
